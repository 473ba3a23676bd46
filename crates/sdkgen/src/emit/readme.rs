//! The crate README, rendered from the minijinja templates in `templates/`.

use std::collections::BTreeMap;

use minijinja::{context, Environment};
use sdkgen_ir::Api;

use super::client::{default_base_url, scheme_how};
use crate::config::Settings;
use crate::error::Error;

/// The templates shipped with sdkgen.
const README_TEMPLATE: &str = include_str!("../../../../templates/README.md.j2");

/// Collapses text to one line that is safe inside a markdown table cell.
fn oneline(text: String) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn environment() -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_filter("oneline", oneline);
    env.add_template("README.md", README_TEMPLATE)
        .map_err(|e| Error::Internal(format!("template README.md: {e}")))?;
    Ok(env)
}

/// Renders the crate's README.md.
pub fn render(api: &Api, settings: &Settings) -> Result<String, Error> {
    let env = environment()?;
    let scheme_how: BTreeMap<&str, String> = api
        .security_schemes
        .iter()
        .map(|scheme| (scheme.name.as_str(), scheme_how(scheme)))
        .collect();
    let template = env
        .get_template("README.md")
        .map_err(|e| Error::Internal(format!("template README.md: {e}")))?;
    template
        .render(context! {
            api => api,
            package => &settings.package,
            lib_name => settings.lib_name(),
            default_base_url => default_base_url(api),
            scheme_how => scheme_how,
        })
        .map_err(|e| Error::Internal(format!("rendering README.md: {e:#}")))
}
