//! Parsing the repaired document into `openapiv3` types, dropping the parts that do not parse.

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use rayon::prelude::*;
use sdkgen_ir::Warning;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::{locate, path_to_pointer, repair, InvalidParts};
use crate::error::Error;
use crate::load::Bundle;

/// How many unparsable parts of a spec are dropped before it is refused.
const MAX_DROPPED_PARTS: usize = 200;

/// How the warning about a part that is not valid OpenAPI begins; what follows the last `; `
/// says what became of the part.
pub(super) const DOES_NOT_PARSE: &str = "does not parse";

/// Refuses the spec at the first part that did not parse, of those already degraded (schemas
/// pruned before parsing).
pub(super) fn refuse_invalid(bundle: &Bundle, repairs: &[Warning]) -> Result<(), Error> {
    match repairs
        .iter()
        .find(|warning| warning.message.starts_with(DOES_NOT_PARSE))
    {
        Some(invalid) => {
            let (why, fallback) = invalid
                .message
                .rsplit_once("; ")
                .unwrap_or((invalid.message.as_str(), "it is degraded"));
            Err(bundle
                .error_at(&invalid.pointer, refusal(why, fallback))
                .into())
        }
        None => Ok(()),
    }
}

fn refusal(why: &str, fallback: &str) -> String {
    format!("{why}; refused (with --lenient, {fallback})")
}

/// Parses `document`. A part that does not parse is dropped or made permissive, with a warning
/// in `repairs`, so that one broken schema or parameter does not refuse the whole spec; what
/// cannot be dropped is an error.
pub fn parse(
    bundle: &Bundle,
    document: &mut Value,
    repairs: &mut Vec<Warning>,
    invalid: InvalidParts,
) -> Result<OpenAPI, Error> {
    let mut dropped = 0;
    loop {
        if let Some(spec) = parse_schemas_apart(document) {
            return Ok(spec);
        }
        let e = match serde_path_to_error::deserialize(&*document) {
            Ok(spec) => return Ok(spec),
            Err(e) => e,
        };
        let (pointer, message) = locate::parse_error(document)
            .unwrap_or_else(|| (path_to_pointer(e.path()), e.inner().to_string()));
        let fallback = if dropped < MAX_DROPPED_PARTS {
            repair::drop_unparsable(document, &pointer)
        } else {
            None
        };
        let why = format!("{DOES_NOT_PARSE} ({message})");
        let what = match (fallback, invalid) {
            (Some(what), InvalidParts::Degrade) => what,
            (Some(what), InvalidParts::Refuse) => {
                return Err(bundle.error_at(&pointer, refusal(&why, what)).into())
            }
            (None, _) => {
                return Err(bundle
                    .error_at(
                        &pointer,
                        format!("not a valid OpenAPI 3.0 document: {message}"),
                    )
                    .into())
            }
        };
        dropped += 1;
        repairs.push(Warning {
            pointer,
            message: format!("{why}; {what}"),
        });
    }
}

/// Parses the component schemas, most of a large spec, in parallel with each other and with the
/// rest of the document. `None` when some part does not parse: parsing the whole document then
/// says where.
fn parse_schemas_apart(document: &mut Value) -> Option<OpenAPI> {
    let slot = document.pointer_mut("/components/schemas")?;
    if !slot.is_object() {
        return None;
    }
    let schemas = std::mem::replace(slot, Value::Object(Map::new()));
    let (rest, parsed) = rayon::join(|| OpenAPI::deserialize(&*document), || parse_each(&schemas));
    if let Some(slot) = document.pointer_mut("/components/schemas") {
        *slot = schemas;
    }
    let mut spec = rest.ok()?;
    spec.components.as_mut()?.schemas = parsed?.into_iter().collect();
    Some(spec)
}

fn parse_each(schemas: &Value) -> Option<Vec<(String, ReferenceOr<Schema>)>> {
    let entries: Vec<(&String, &Value)> = schemas.as_object()?.iter().collect();
    entries
        .into_par_iter()
        .map(|(name, schema)| Some((name.clone(), ReferenceOr::deserialize(schema).ok()?)))
        .collect()
}
