//! Types as the generated code spells them, for docs and change lists: plain text, or
//! markdown with named types linked to their model pages.

use sdkgen_ir::TypeRef;

use crate::surface::{plain_type, spelling, Spelling};
use crate::text::md;

/// A type as markdown: its Rust spelling in one code span, with named types linked to their
/// model pages under `models_dir`.
pub(super) fn md_type(ty: &TypeRef, models_dir: &str) -> String {
    linked_code(&plain_type(ty), ty, models_dir)
}

/// `text`, the Rust spelling of `ty` (perhaps wrapped), as one code span: a link when it is a
/// named type, else followed by links to the named types inside it.
pub(super) fn linked_code(text: &str, ty: &TypeRef, models_dir: &str) -> String {
    let link = |name: &str| format!("[`{name}`]({models_dir}{name}.md)");
    if matches!(ty, TypeRef::Named(name) if name == text) {
        return link(text);
    }
    let mut names = Vec::new();
    named_types(ty, &mut names);
    if names.is_empty() {
        return md::code(text);
    }
    let links: Vec<String> = names.into_iter().map(link).collect();
    format!("{} ({})", md::code(text), links.join(", "))
}

/// The named types inside `ty`, in order of appearance, each once.
fn named_types<'a>(ty: &'a TypeRef, names: &mut Vec<&'a str>) {
    match spelling(ty) {
        Spelling::Named(name) => {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        Spelling::Vec(inner)
        | Spelling::Map(inner)
        | Spelling::Option(inner)
        | Spelling::EventStream(inner) => named_types(inner, names),
        Spelling::Primitive(_) => {}
    }
}
