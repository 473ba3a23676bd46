//! Spec text made safe for where it goes: rustdoc comments in the code (`doc`) and markdown
//! pages (`md`). Every description, summary or name from a spec passes through one of them;
//! descriptions written in HTML are first turned into markdown (`html`).

pub(crate) mod doc;
mod html;
pub(crate) mod md;
