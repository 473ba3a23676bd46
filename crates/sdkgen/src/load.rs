//! Loading: reads a spec (YAML or JSON) and bundles relative-file `$ref`s into one document.
//!
//! Schemas reached through another file are hoisted into `components/schemas` (so recursive
//! schemas stay references); everything else reached through another file is inlined. Local
//! references of the root file are left alone.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::SpecWarning;
use crate::error::{escape_pointer_segment, unescape_pointer_segment, Error, Location, SpecError};
use crate::keys;

/// How deeply bundling may nest objects (inlined references included) before it refuses the
/// spec; far deeper than any real spec, far shallower than the stack allows.
const MAX_NESTING: usize = 256;

/// How many objects and arrays bundling may produce: references inlined inside references
/// inlined inside references multiply, and a few kilobytes of spec could otherwise expand to
/// more than memory holds.
const MAX_BUNDLED_NODES: usize = 2_000_000;

/// The largest spec file read (the corpus's largest, Microsoft Graph beta, is 45 MiB).
const MAX_FILE_BYTES: u64 = 256 << 20;

/// How many `$ref`s in a row that lead only to another `$ref` are followed.
const MAX_REFERENCE_CHAIN: usize = 64;

/// A spec bundled into one JSON document, with enough bookkeeping to locate errors in the file
/// the content came from.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The root file.
    pub root: PathBuf,
    /// The bundled document.
    pub document: Value,
    /// Where content of other files landed: bundled pointer prefix → (file, pointer in file).
    origins: Vec<(String, PathBuf, String)>,
    /// References that could not be followed and were replaced by an empty schema.
    pub warnings: Vec<SpecWarning>,
}

impl Bundle {
    /// Every file the spec was read from: the root file and each file its `$ref`s reached,
    /// sorted.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::iter::once(self.root.clone())
            .chain(self.origins.iter().map(|(_, file, _)| file.clone()))
            .collect();
        files.sort();
        files.dedup();
        files
    }

    /// Maps a pointer in the bundled document back to the file and pointer it came from.
    pub fn locate(&self, pointer: &str) -> (PathBuf, String) {
        let best = self
            .origins
            .iter()
            .filter(|(prefix, _, _)| {
                pointer == prefix || pointer.starts_with(&format!("{prefix}/"))
            })
            .max_by_key(|(prefix, _, _)| prefix.len());
        match best {
            Some((prefix, file, file_pointer)) => (
                file.clone(),
                format!("{file_pointer}{}", &pointer[prefix.len()..]),
            ),
            None => (self.root.clone(), pointer.to_string()),
        }
    }

    /// Sets member `key` of the object at `pointer` to `value`, which was written in `file` at
    /// `file_pointer`: errors about it then point there. Nothing happens where there is no
    /// object.
    pub fn graft(
        &mut self,
        pointer: &str,
        key: &str,
        value: Value,
        file: &Path,
        file_pointer: &str,
    ) {
        if let Some(Value::Object(object)) = self.document.pointer_mut(pointer) {
            object.insert(key.to_string(), value);
            self.origins.push((
                format!("{pointer}/{}", escape_pointer_segment(key)),
                file.to_path_buf(),
                file_pointer.to_string(),
            ));
        }
    }

    /// A located error for a pointer in the bundled document.
    pub fn error_at(&self, pointer: &str, message: impl Into<String>) -> SpecError {
        let (file, pointer) = self.locate(pointer);
        SpecError::at_pointer(&file, pointer, message)
    }
}

/// Reads and parses one file as YAML or JSON (by extension; YAML otherwise, a superset).
pub fn parse_file(path: &Path) -> Result<Value, Error> {
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SpecError::in_file(path, "no such file").into(),
        _ => Error::io(format!("reading {}", path.display()), e),
    })?;
    // A reference may name any path: a device or a pipe would never end, a huge file would
    // fill memory.
    if !metadata.is_file() {
        return Err(SpecError::in_file(path, "not a regular file").into());
    }
    if metadata.len() > MAX_FILE_BYTES {
        let why = format!("larger than {} MiB", MAX_FILE_BYTES >> 20);
        return Err(SpecError::in_file(path, why).into());
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    parse_text(path, &text)
}

/// Parses text as YAML or JSON; `path` is only used for the extension and for error messages.
pub fn parse_text(path: &Path, text: &str) -> Result<Value, Error> {
    let is_json = path.extension().is_some_and(|ext| ext == "json");
    if is_json {
        return serde_json::from_str(text).map_err(|e| {
            SpecError {
                file: path.to_path_buf(),
                location: Location::Line {
                    line: e.line(),
                    column: e.column(),
                },
                message: format!("invalid JSON: {e}"),
            }
            .into()
        });
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = match e.location() {
            Some(loc) => Location::Line {
                line: loc.line(),
                column: loc.column(),
            },
            None => Location::File,
        };
        SpecError {
            file: path.to_path_buf(),
            location,
            message: format!("invalid YAML: {e}"),
        }
    })?;
    yaml_to_json(yaml, "")
        .map_err(|(pointer, message)| SpecError::at_pointer(path, pointer, message).into())
}

/// Converts YAML to JSON; non-string keys (such as unquoted `200:`) become strings.
fn yaml_to_json(value: serde_yaml::Value, pointer: &str) -> Result<Value, (String, String)> {
    use serde_yaml::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| {
                        (
                            pointer.to_string(),
                            format!("number {n} is not representable in JSON"),
                        )
                    })?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &format!("{pointer}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut object = Map::new();
            for (key, item) in mapping {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_string(),
                    _ => {
                        return Err((
                            pointer.to_string(),
                            "mapping keys must be strings, numbers or booleans".to_string(),
                        ))
                    }
                };
                let child = format!("{pointer}/{}", escape_pointer_segment(&key));
                object.insert(key, yaml_to_json(item, &child)?);
            }
            Value::Object(object)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, pointer)?,
    })
}

/// Loads a spec file and bundles every relative-file `$ref` into one document.
pub fn load(path: &Path) -> Result<Bundle, Error> {
    let root = normalize_path(path);
    let document = parse_file(&root)?;
    let mut bundler = Bundler {
        root: root.clone(),
        files: HashMap::new(),
        hoisted: BTreeMap::new(),
        hoisted_names: HashMap::new(),
        inlining: Vec::new(),
        origins: Vec::new(),
        warnings: Vec::new(),
        depth: 0,
        walked: 0,
    };
    bundler.files.insert(root.clone(), document.clone());
    let mut document = bundler.walk(document, &root, "", "", Role::Plain, false)?;
    if !bundler.hoisted.is_empty() {
        let schemas = document
            .as_object_mut()
            .ok_or_else(|| SpecError::at_pointer(&root, "", "the document must be an object"))?
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or_else(|| SpecError::at_pointer(&root, "/components", "must be an object"))?
            .entry("schemas")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or_else(|| {
                SpecError::at_pointer(&root, "/components/schemas", "must be an object")
            })?;
        for (name, schema) in std::mem::take(&mut bundler.hoisted) {
            schemas.insert(name, schema);
        }
    }
    Ok(Bundle {
        root,
        document,
        origins: bundler.origins,
        warnings: bundler.warnings,
    })
}

/// Where a value being walked is: its file, its pointer there, and its pointer in the bundle.
struct Site<'a> {
    file: &'a Path,
    file_pointer: &'a str,
    out_pointer: &'a str,
}

struct Bundler {
    root: PathBuf,
    files: HashMap<PathBuf, Value>,
    /// Hoisted schemas by their new component name.
    hoisted: BTreeMap<String, Value>,
    /// (file, pointer) of a hoisted schema → its component name.
    hoisted_names: HashMap<(PathBuf, String), String>,
    /// Non-schema targets being inlined, to stop reference cycles.
    inlining: Vec<(PathBuf, String)>,
    origins: Vec<(String, PathBuf, String)>,
    warnings: Vec<SpecWarning>,
    /// How many objects and arrays are being walked inside each other right now.
    depth: usize,
    /// How many objects and arrays have been walked so far.
    walked: usize,
}

/// What the keys of an object being walked are: keywords, or names chosen by the spec's author
/// (where `example` or `x-foo` is a property or response name, not a keyword).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An OpenAPI object or schema: keys are keywords.
    Plain,
    /// A map from names to objects (`properties`, `components/schemas`, `content`…).
    Names,
    /// A map from names to Example Objects (`examples` outside schemas).
    ExampleNames,
    /// An Example Object, whose `value` is data.
    Example,
}

impl Role {
    /// The role of the value under `key` in an object of this role, and whether that value
    /// is data (an example, a default, an extension…) whose `$ref` keys are not references.
    fn child(self, key: &str, child: &Value) -> (Role, bool) {
        match self {
            Role::Names => (Role::Plain, false),
            Role::ExampleNames => (Role::Example, false),
            Role::Example => (Role::Plain, key == "value" || key.starts_with("x-")),
            Role::Plain => {
                let data = keys::holds_data(key) || (key == "examples" && !child.is_object());
                let role = match key {
                    "examples" => Role::ExampleNames,
                    key if keys::is_name_map(key) => Role::Names,
                    _ => Role::Plain,
                };
                (role, data)
            }
        }
    }
}

/// Keys whose value is a schema.
fn is_schema_key(key: &str) -> bool {
    matches!(key, "schema" | "items" | "additionalProperties" | "not")
}

/// Keys whose value is a list or map of schemas.
fn is_schema_collection_key(key: &str) -> bool {
    matches!(key, "allOf" | "oneOf" | "anyOf" | "properties")
}

impl Bundler {
    /// Walks `value`, found in `file` at `file_pointer`, landing at `out_pointer` in the bundle.
    fn walk(
        &mut self,
        value: Value,
        file: &Path,
        file_pointer: &str,
        out_pointer: &str,
        role: Role,
        in_schema: bool,
    ) -> Result<Value, Error> {
        if !matches!(value, Value::Object(_) | Value::Array(_)) {
            return Ok(value);
        }
        self.walked += 1;
        if self.walked > MAX_BUNDLED_NODES {
            return Err(SpecError::at_pointer(
                file,
                file_pointer,
                format!("the spec expands to more than {MAX_BUNDLED_NODES} objects and arrays through references inlined in each other"),
            )
            .into());
        }
        if self.depth >= MAX_NESTING {
            return Err(SpecError::at_pointer(
                file,
                file_pointer,
                format!(
                    "the spec nests more than {MAX_NESTING} levels deep here (through references?)"
                ),
            )
            .into());
        }
        self.depth += 1;
        let result = self.walk_nested(value, file, file_pointer, out_pointer, role, in_schema);
        self.depth -= 1;
        result
    }

    fn walk_nested(
        &mut self,
        value: Value,
        file: &Path,
        file_pointer: &str,
        out_pointer: &str,
        role: Role,
        in_schema: bool,
    ) -> Result<Value, Error> {
        match value {
            Value::Object(mut object) => {
                if let Some(Value::String(reference)) = object
                    .get("$ref")
                    .filter(|_| !matches!(role, Role::Names | Role::ExampleNames))
                {
                    let reference = reference.clone();
                    let site = Site {
                        file,
                        file_pointer,
                        out_pointer,
                    };
                    return self.resolve_ref(&reference, &site, role, in_schema);
                }
                let parent_is_schema_collection = out_pointer
                    .rsplit('/')
                    .next()
                    .is_some_and(is_schema_collection_key);
                // Children are walked in place: rebuilding each map would hash every key again.
                for (key, child) in object.iter_mut() {
                    let (child_role, is_data) = role.child(key, child);
                    if is_data {
                        continue;
                    }
                    let segment = escape_pointer_segment(key);
                    let child_in_schema = in_schema
                        || is_schema_key(key)
                        || parent_is_schema_collection
                        || (out_pointer == "/components/schemas" && file == self.root);
                    *child = self.walk(
                        std::mem::take(child),
                        file,
                        &format!("{file_pointer}/{segment}"),
                        &format!("{out_pointer}/{segment}"),
                        child_role,
                        child_in_schema && key != "examples",
                    )?;
                }
                Ok(Value::Object(object))
            }
            Value::Array(mut items) => {
                let in_schema_list = in_schema
                    || out_pointer
                        .rsplit('/')
                        .next()
                        .is_some_and(is_schema_collection_key);
                for (i, item) in items.iter_mut().enumerate() {
                    *item = self.walk(
                        std::mem::take(item),
                        file,
                        &format!("{file_pointer}/{i}"),
                        &format!("{out_pointer}/{i}"),
                        Role::Plain,
                        in_schema_list,
                    )?;
                }
                Ok(Value::Array(items))
            }
            other => Ok(other),
        }
    }

    fn resolve_ref(
        &mut self,
        reference: &str,
        site: &Site<'_>,
        role: Role,
        in_schema: bool,
    ) -> Result<Value, Error> {
        let (file, file_pointer) = (site.file, site.file_pointer);
        if reference.contains("://") {
            return Ok(self.unfollowed(
                site,
                format!("remote reference `{reference}` is not fetched; download it and refer to the local file. Using an empty schema (any value)"),
            ));
        }
        let (target_file, target_pointer) = self.split_reference(file, reference);
        if target_file == self.root && is_component_pointer(&target_pointer) {
            // A component of the root document: keep the reference, but check it resolves.
            self.target(&target_file, &target_pointer, file, file_pointer, reference)?;
            return Ok(Value::Object(Map::from_iter([(
                "$ref".to_string(),
                Value::String(format!("#{target_pointer}")),
            )])));
        }
        let key = (target_file.clone(), target_pointer.clone());
        if in_schema {
            return self.hoist(reference, key, site);
        }
        if self.inlining.contains(&key) {
            return Err(SpecError::at_pointer(
                file,
                file_pointer,
                format!("reference `{reference}` refers back to itself"),
            )
            .into());
        }
        let target = self.target(&target_file, &target_pointer, file, file_pointer, reference)?;
        self.inlining.push(key);
        self.origins.push((
            site.out_pointer.to_string(),
            target_file.clone(),
            target_pointer.clone(),
        ));
        let result = self.walk(
            target,
            &target_file,
            &target_pointer,
            site.out_pointer,
            role,
            false,
        );
        self.inlining.pop();
        result
    }

    /// The file and decoded pointer a reference names, relative to the file it is in.
    fn split_reference(&self, file: &Path, reference: &str) -> (PathBuf, String) {
        // A pointer in a URI fragment may be percent-encoded (`%7Bid%7D` for `{id}`).
        let decode = |pointer: &str| {
            percent_encoding::percent_decode_str(pointer)
                .decode_utf8_lossy()
                .into_owned()
        };
        match reference.split_once('#') {
            Some(("", pointer)) => (file.to_path_buf(), decode(pointer)),
            Some((relative, pointer)) => (self.relative_path(file, relative), decode(pointer)),
            None => (self.relative_path(file, reference), String::new()),
        }
    }

    /// A schema reached by reference from outside `components/schemas` of the root: hoisted
    /// into `components/schemas` once, referred to by name everywhere.
    fn hoist(
        &mut self,
        reference: &str,
        key: (PathBuf, String),
        site: &Site<'_>,
    ) -> Result<Value, Error> {
        let name = match self.hoisted_names.get(&key) {
            Some(name) => name.clone(),
            None => {
                let (target_file, target_pointer) = key.clone();
                let target = self.target(
                    &target_file,
                    &target_pointer,
                    site.file,
                    site.file_pointer,
                    reference,
                )?;
                if self.leads_back(&target, &target_file, &key) {
                    return Ok(self.unfollowed(
                        site,
                        format!("reference `{reference}` leads back to itself through references only; using an empty schema (any value)"),
                    ));
                }
                let name = self.hoisted_name(&target_file, &target_pointer);
                self.hoisted_names.insert(key, name.clone());
                self.hoisted.insert(name.clone(), Value::Null);
                let out = format!("/components/schemas/{}", escape_pointer_segment(&name));
                self.origins
                    .push((out.clone(), target_file.clone(), target_pointer.clone()));
                let schema = self.walk(
                    target,
                    &target_file,
                    &target_pointer,
                    &out,
                    Role::Plain,
                    true,
                )?;
                self.hoisted.insert(name.clone(), schema);
                name
            }
        };
        Ok(Value::Object(Map::from_iter([(
            "$ref".to_string(),
            Value::String(format!(
                "#/components/schemas/{}",
                escape_pointer_segment(&name)
            )),
        )])))
    }

    /// Whether `target`, the value `key` names, is a `$ref` whose chain of bare references
    /// comes back to `key` without reaching any content: a schema that is only itself.
    fn leads_back(&mut self, target: &Value, target_file: &Path, key: &(PathBuf, String)) -> bool {
        let mut current = (target.clone(), target_file.to_path_buf());
        for _ in 0..MAX_REFERENCE_CHAIN {
            let Some(reference) = current.0.get("$ref").and_then(Value::as_str) else {
                return false;
            };
            if reference.contains("://") {
                return false;
            }
            let (file, pointer) = self.split_reference(&current.1, reference);
            if file == key.0 && pointer == key.1 {
                return true;
            }
            match self.target(&file, &pointer, &current.1, "", reference) {
                Ok(next) => current = (next, file),
                Err(_) => return false,
            }
        }
        // A longer chain is left to hoisting, which names each schema once and so ends.
        false
    }

    /// Records a reference that is not followed and stands in an empty schema for it.
    fn unfollowed(&mut self, site: &Site<'_>, message: String) -> Value {
        self.warnings.push(SpecWarning {
            file: site.file.to_path_buf(),
            pointer: site.file_pointer.to_string(),
            message,
        });
        Value::Object(Map::new())
    }

    fn relative_path(&self, from: &Path, relative: &str) -> PathBuf {
        let base = from.parent().unwrap_or_else(|| Path::new(""));
        normalize_path(&base.join(relative))
    }

    /// The value a reference points at, loading its file on first use.
    fn target(
        &mut self,
        target_file: &Path,
        target_pointer: &str,
        file: &Path,
        file_pointer: &str,
        reference: &str,
    ) -> Result<Value, Error> {
        if !self.files.contains_key(target_file) {
            let unreadable = |why: &dyn std::fmt::Display| -> Error {
                let message = format!(
                    "cannot read `{}` for reference `{reference}`: {why}",
                    target_file.display()
                );
                SpecError::at_pointer(file, file_pointer, message).into()
            };
            let parsed = match parse_file(target_file) {
                Ok(value) => value,
                Err(Error::Io { source, .. }) => return Err(unreadable(&source)),
                Err(Error::Spec(e)) if e.file == target_file && e.location == Location::File => {
                    return Err(unreadable(&e.message))
                }
                Err(other) => return Err(other),
            };
            self.files.insert(target_file.to_path_buf(), parsed);
        }
        let document = &self.files[target_file];
        let found = if target_pointer.is_empty() {
            Some(document)
        } else if !target_pointer.starts_with('/') {
            None
        } else {
            target_pointer[1..]
                .split('/')
                .map(unescape_pointer_segment)
                .try_fold(document, |value, segment| match value {
                    Value::Object(map) => map.get(&segment),
                    Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
                    _ => None,
                })
        };
        found.cloned().ok_or_else(|| {
            SpecError::at_pointer(
                file,
                file_pointer,
                format!("reference `{reference}` does not resolve: nothing at `#{target_pointer}` in {}", target_file.display()),
            )
            .into()
        })
    }

    /// A component name for a schema hoisted out of another file: the pointer's last segment
    /// (or the file stem), made unique against the root's own schemas and earlier hoists.
    fn hoisted_name(&self, target_file: &Path, target_pointer: &str) -> String {
        let stem = target_file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "schema".to_string());
        // The last segment that names something, skipping structural ones (`schema`, `items`,
        // media types, indexes…).
        let base = target_pointer
            .rsplit('/')
            .map(unescape_pointer_segment)
            .find(|segment| {
                !segment.is_empty()
                    // Paths name things; media types (`application/json`) do not.
                    && (!segment.contains('/') || segment.starts_with('/'))
                    && !segment.chars().all(|c| c.is_ascii_digit())
                    && ![
                        "schema",
                        "items",
                        "properties",
                        "content",
                        "allOf",
                        "oneOf",
                        "anyOf",
                        "not",
                        "additionalProperties",
                        "definitions",
                        "responses",
                        "parameters",
                        "get",
                        "put",
                        "post",
                        "delete",
                        "patch",
                        "head",
                        "options",
                        "trace",
                    ]
                    .contains(&segment.as_str())
            })
            .unwrap_or_else(|| stem.clone());
        let root_schemas = self.files[&self.root]
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let taken = |name: &str| {
            self.hoisted.contains_key(name) || root_schemas.is_some_and(|s| s.contains_key(name))
        };
        if !taken(&base) {
            return base;
        }
        let qualified = format!("{stem}_{base}");
        if !taken(&qualified) {
            return qualified;
        }
        (2..)
            .map(|n| format!("{qualified}_{n}"))
            .find(|candidate| !taken(candidate))
            .unwrap_or(qualified)
    }
}

/// Whether a pointer names a whole component (`/components/<kind>/<name>`), the one kind of
/// reference that stays a reference; anything deeper is hoisted or inlined.
fn is_component_pointer(pointer: &str) -> bool {
    let segments: Vec<&str> = pointer.split('/').collect();
    matches!(segments.as_slice(), ["", "components", _, _])
}

/// Removes `.` and `..` components without touching the file system.
fn normalize_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}
