//! Which header parameter an API deduplicates requests by: `Idempotency-Key` and
//! `X-Idempotency-Key` by convention, or the name the spec's `x-sdkgen-idempotency-header`
//! gives (which the settings' `[client] idempotency-header` is grafted on as).

use openapiv3::OpenAPI;
use sdkgen_ir::{Parameter, ParameterLocation};
use serde_json::Value;

use crate::error::Error;
use crate::load::Bundle;

/// The root extension that names an API's own idempotency header.
pub(crate) const EXTENSION: &str = "x-sdkgen-idempotency-header";

/// The header names that carry idempotency keys by convention.
const CONVENTIONAL: &[&str] = &["Idempotency-Key", "X-Idempotency-Key"];

/// The names an idempotency header of this spec may have: the conventional ones and the
/// spec's own, which must be a valid header name.
pub(super) fn header_names(spec: &OpenAPI, bundle: &Bundle) -> Result<Vec<String>, Error> {
    let mut names: Vec<String> = CONVENTIONAL.iter().map(|name| name.to_string()).collect();
    match spec.extensions.get(EXTENSION) {
        None => {}
        Some(Value::String(name)) if is_header_name(name) => names.push(name.clone()),
        Some(_) => {
            let message = "must be a header name (letters, digits and !#$%&'*+-.^_`|~)";
            return Err(bundle.error_at(&format!("/{EXTENSION}"), message).into());
        }
    }
    Ok(names)
}

/// The wire name of the operation's idempotency header parameter, if it declares one.
pub(super) fn declared_header(parameters: &[Parameter], names: &[String]) -> Option<String> {
    parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Header)
        .find(|p| {
            names
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&p.api_name))
        })
        .map(|p| p.api_name.clone())
}

/// Whether `name` is an HTTP header name (a token).
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}
