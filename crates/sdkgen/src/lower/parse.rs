//! Parsing the repaired document into `openapiv3` types, dropping the parts that do not parse.

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use rayon::prelude::*;
use sdkgen_ir::Warning;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::{locate, path_to_pointer, repair};
use crate::error::Error;
use crate::load::Bundle;

/// How many unparsable parts of a spec are dropped before it is refused.
const MAX_DROPPED_PARTS: usize = 200;

/// Parses `document`. A part that does not parse is dropped or made permissive, with a warning
/// in `repairs`, so that one broken schema or parameter does not refuse the whole spec; what
/// cannot be dropped is an error.
pub fn parse(
    bundle: &Bundle,
    document: &mut Value,
    repairs: &mut Vec<Warning>,
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
        let Some(what) = fallback else {
            return Err(bundle
                .error_at(
                    &pointer,
                    format!("not a valid OpenAPI 3.0 document: {message}"),
                )
                .into());
        };
        dropped += 1;
        repairs.push(Warning {
            pointer,
            message: format!("does not parse ({message}); {what}"),
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
