//! Formatting emitted tokens into Rust files: prettyplease, in parallel chunks for files of
//! many items, doc text made safe to print, and a blank line between items as people write.

use proc_macro2::TokenStream;
use rayon::prelude::*;

use crate::error::Error;

/// How many items one parallel formatting job takes.
const ITEMS_PER_CHUNK: usize = 32;

/// Formats a file of many top-level items in parallel chunks. prettyplease prints each
/// top-level item on its own lines, so the chunks joined in order are the file formatted whole.
pub(super) fn format_in_chunks<T: Sync>(
    head: TokenStream,
    items: &[T],
    item: impl Fn(&T) -> TokenStream + Sync,
    path: &str,
) -> Result<String, Error> {
    let chunks: Vec<String> = items
        .par_chunks(ITEMS_PER_CHUNK)
        .map(|chunk| format(chunk.iter().map(&item).collect(), path))
        .collect::<Result<_, Error>>()?;
    let mut text = format(head, path)?;
    text.extend(chunks);
    Ok(separate_items(&text))
}

/// Formats generated tokens; a parse failure is a bug in the emitter, reported with the file.
pub(super) fn format(tokens: TokenStream, path: &str) -> Result<String, Error> {
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("emitted code for {path} does not parse: {e}")))?;
    syn::visit_mut::VisitMut::visit_file_mut(&mut DocText, &mut file);
    Ok(separate_items(&prettyplease::unparse(&file)))
}

/// Makes every doc attribute safe to print as a `///` comment: doc text comes from specs, and
/// rustc rejects a carriage return in a doc comment and text-direction controls anywhere.
struct DocText;

impl syn::visit_mut::VisitMut for DocText {
    fn visit_attribute_mut(&mut self, attribute: &mut syn::Attribute) {
        if let syn::Meta::NameValue(meta) = &mut attribute.meta {
            if !meta.path.is_ident("doc") {
                return;
            }
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut meta.value
            {
                let value = text.value();
                if value.chars().any(is_unprintable_in_comments) {
                    let cleaned: String = value
                        .chars()
                        .map(|c| {
                            if is_unprintable_in_comments(c) {
                                ' '
                            } else {
                                c
                            }
                        })
                        .collect();
                    *text = syn::LitStr::new(&cleaned, text.span());
                }
            }
        }
        syn::visit_mut::visit_attribute_mut(self, attribute);
    }
}

/// Characters a comment cannot show as they are: control characters (but newlines) and the
/// Unicode text-direction controls that rustc denies in comments.
fn is_unprintable_in_comments(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The words an item (or its docs and attributes) starts with.
const ITEM_STARTS: &[&str] = &[
    "///",
    "#[",
    "pub ",
    "pub(",
    "impl",
    "fn ",
    "const ",
    "static ",
    "struct ",
    "enum ",
    "type ",
    "trait ",
    "mod ",
    "use ",
    "unsafe ",
    "async ",
    "macro_rules!",
    // A call of one of the runtime's macros (`crate::runtime::object! { … }`).
    "crate::",
];

/// prettyplease's text with a blank line between items: after a top-level item, and after
/// a method in an `impl` block (so not between a run of `use`s, nor between the associated
/// types and consts of an impl).
pub(super) fn separate_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if previous.is_some_and(|previous| ends_an_item(previous, line)) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Whether a blank line goes between `previous` and `line`.
fn ends_an_item(previous: &str, line: &str) -> bool {
    let depth = |text: &str| text.len() - text.trim_start().len();
    let (at, body) = (depth(line), line.trim_start());
    if depth(previous) != at || !ITEM_STARTS.iter().any(|start| body.starts_with(start)) {
        return false;
    }
    let previous = previous.trim_start();
    // A comment never ends an item, whatever it ends with (a doc line "&lt;p/&gt;").
    if previous.starts_with("//") {
        return false;
    }
    // `}` closes an item; `{}` is a whole one (`impl Error for E {}`).
    let closes = previous == "}" || previous.ends_with("{}");
    match at {
        0 if closes => true,
        0 if previous.ends_with(';') => !(is_use(previous) && is_use(body)),
        4 if closes => true,
        // A method after an impl's associated types and consts.
        4 => {
            previous.ends_with(';')
                && ["fn ", "pub fn ", "pub(crate) fn "]
                    .iter()
                    .any(|f| body.starts_with(f))
        }
        _ => false,
    }
}

/// Whether a line declares a `use` or a module file, which sit together in runs.
fn is_use(line: &str) -> bool {
    let line = line.strip_prefix("pub ").unwrap_or(line);
    line.starts_with("use ") || (line.starts_with("mod ") && line.ends_with(';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_separated_but_not_runs_of_uses_nor_associated_items() {
        let printed = "use a::b;\nuse c::d;\npub struct A;\nimpl std::error::Error for A {}\n/// Docs.\nimpl Trait for A {\n    type T = u8;\n    const C: u8 = 1;\n    fn f(&self) {}\n    fn g(&self) {\n        let x = 1;\n    }\n}\nenum E {}\n";
        let expected = "use a::b;\nuse c::d;\n\npub struct A;\n\nimpl std::error::Error for A {}\n\n/// Docs.\nimpl Trait for A {\n    type T = u8;\n    const C: u8 = 1;\n\n    fn f(&self) {}\n\n    fn g(&self) {\n        let x = 1;\n    }\n}\n\nenum E {}\n";
        assert_eq!(separate_items(printed), expected);
    }

    #[test]
    fn a_doc_line_that_ends_like_an_item_stays_on_its_item() {
        let printed =
            "pub struct A;\n/// &lt;p/&gt;\npub type B = A;\n    /// x {}\n    fn f() {}\n";
        let expected =
            "pub struct A;\n\n/// &lt;p/&gt;\npub type B = A;\n    /// x {}\n    fn f() {}\n";
        assert_eq!(separate_items(printed), expected);
    }

    #[test]
    fn emitted_tokens_format_with_blank_lines_between_items() {
        let tokens = quote::quote! {
            pub enum E { A }
            impl ::std::error::Error for E {}
            pub struct Next;
            crate::runtime::object! { Next {} required = [] }
        };
        let text = format(tokens, "test.rs").expect("formats");
        assert!(
            text.contains("impl ::std::error::Error for E {}\n\npub struct Next;"),
            "{text}"
        );
        assert!(
            text.contains("pub struct Next;\n\ncrate::runtime::object! {"),
            "{text}"
        );
    }
}
