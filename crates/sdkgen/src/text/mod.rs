//! Spec text made safe for where it goes: rustdoc comments in the code (`doc`) and markdown
//! pages (`md`). Every description, summary or name from a spec passes through one of them.

pub(crate) mod doc;
pub(crate) mod md;
