//! Rust names for spec names: valid, idiomatic, deterministic, and unique where they must be.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be plain identifiers (strict and reserved keywords of every edition).
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Type names that generated code uses unqualified (the prelude and friends); a model with one
/// of these names would shadow it.
pub(crate) const RESERVED_TYPE_NAMES: &[&str] = &[
    "Nullable",
    "FilePart",
    "Option",
    "Result",
    "Box",
    "String",
    "Vec",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "ToString",
    "Into",
    "From",
    "AsRef",
    "AsMut",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Debug",
    "Hash",
    "Self",
    "Client",
    "Error",
    "Response",
    "Serialize",
    "Deserialize",
];

/// Replaces characters that cannot appear in an identifier; non-ASCII letters become `uXXXX`
/// so that distinct names stay distinct.
fn ascii_words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_ascii() {
            out.push(' ');
        } else {
            out.push_str(&format!(" u{:x} ", c as u32));
        }
    }
    out
}

/// A snake_case identifier for a field, argument, method or module.
pub fn snake(name: &str) -> String {
    let mut out = ascii_words(name).to_snake_case();
    if out.is_empty() {
        out = "value".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out = format!("n{out}");
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// The words `snake` makes of a name: lowercase ASCII, split where `snake` puts underscores
/// (`reposGet` → repos, get; `API Keys` → api, keys; `größe` → gr, uf6, udf, e).
fn words(name: &str) -> Vec<String> {
    ascii_words(name)
        .to_snake_case()
        .split('_')
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// `snake(name)` when it needs no mangling: `None` when `snake` would have to make up a name
/// (nothing left), prefix an `n` (a leading digit) or append an `_` (a keyword).
pub fn plain_snake(name: &str) -> Option<String> {
    let out = ascii_words(name).to_snake_case();
    let mangled = out.is_empty()
        || out.starts_with(|c: char| c.is_ascii_digit())
        || KEYWORDS.contains(&out.as_str());
    (!mangled).then_some(out)
}

/// Characters that end a leading group name in an operation id (`repos/get`, `repos.get`,
/// `repos_get`, `repos-get`, `repos:get`).
const ID_SEPARATORS: &[char] = &['/', '.', '_', '-', ':'];

/// What an operation id says after a leading group name, or `None` when it does not start
/// with one. The id starts with the group when its first words (as [`snake`] splits them) are
/// exactly the words of the group's name, and the characters that spell them are followed
/// right away, in the id as written, by one of `/ . _ - :` or by an uppercase ASCII letter
/// after a lowercase ASCII letter or digit (a camelCase boundary: `reposGet`, `ReposGet`).
/// Separators before the group's name are skipped (`/repos/get`). Something with a word in it
/// must remain. So in group `repos` (tag `repos` or `Repos`): `repos/get` → `get`,
/// `reposGet` → `Get`, `repos_list_for_org` → `list_for_org`; but not `repository/get`,
/// `reposget`, `REPOSGet`, `repos` or `repos/`. In group `API Keys`: `api-keys/list` →
/// `list`, `apiKeysList` → `List`, but not `apikeys/list` (one word, not two).
pub fn strip_group_prefix<'a>(id: &'a str, group: &str) -> Option<&'a str> {
    let group_words = words(group);
    let spelled = group_words.concat();
    if spelled.is_empty() {
        return None;
    }
    // Walk the id until the characters seen spell the group's words, comparing as we go so
    // that the walk stops at the first character that does not fit (the id may be long).
    let mut matched = 0;
    let mut chars = id.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        // What `c` adds to the words (see `ascii_words`).
        let piece = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase().to_string()
        } else if c.is_ascii() {
            continue;
        } else {
            format!("u{:x}", c as u32)
        };
        if !spelled.get(matched..)?.starts_with(&piece) {
            return None;
        }
        matched += piece.len();
        if matched < spelled.len() {
            continue;
        }
        let (cut, next) = chars.peek().copied()?;
        let boundary = ID_SEPARATORS.contains(&next)
            || ((c.is_ascii_lowercase() || c.is_ascii_digit()) && next.is_ascii_uppercase());
        let prefix = id.get(..cut)?;
        let rest = id.get(cut..)?;
        let rest_words = words(rest);
        // The cut must fall between the id's own words, as `snake` splits the whole id.
        let aligned = words(prefix) == group_words
            && words(id).strip_prefix(group_words.as_slice()) == Some(rest_words.as_slice());
        return (boundary && aligned && !rest_words.is_empty()).then_some(rest);
    }
    None
}

/// The function name in an operation id that FastAPI made up, or `None` when the id does not
/// look like one. FastAPI's default id is the function's name followed by the path with every
/// character that is not a word character (`re.sub(r"\W", "_", path)`) replaced by `_`, then `_`
/// and the lowercase method: `read_item_items__item_id__get` for `GET /items/{item_id}` →
/// `read_item`, `create_user_users__post` for `POST /users/` → `create_user`. The id must end
/// with exactly that suffix for this operation's path and method, and what precedes it must be
/// word characters (letters, digits, `_`) with a letter or digit among them.
pub fn strip_fastapi_suffix<'a>(id: &'a str, path: &str, method: &str) -> Option<&'a str> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut suffix: String = path
        .chars()
        .map(|c| if is_word(c) { c } else { '_' })
        .collect();
    suffix.push('_');
    suffix.push_str(&method.to_ascii_lowercase());
    let function = id.strip_suffix(suffix.as_str())?;
    let is_function_name =
        function.chars().all(is_word) && function.chars().any(char::is_alphanumeric);
    is_function_name.then_some(function)
}

/// The method name for an operation id with what the id repeats dropped, or `None` when
/// nothing is dropped. Two steps, each taken only when what remains makes a name that
/// [`plain_snake`] accepts (no keyword, no leading digit, not empty): first the suffix FastAPI
/// appends to its default ids ([`strip_fastapi_suffix`]), then a leading group name
/// ([`strip_group_prefix`]). `group` is the group's tag, `method` the HTTP method.
pub fn trimmed_method_name(id: &str, group: &str, path: &str, method: &str) -> Option<String> {
    let mut name = None;
    let mut rest = id;
    if let Some(function) = strip_fastapi_suffix(rest, path, method) {
        if let Some(plain) = plain_snake(function) {
            name = Some(plain);
            rest = function;
        }
    }
    if let Some(after_group) = strip_group_prefix(rest, group) {
        if let Some(plain) = plain_snake(after_group) {
            name = Some(plain);
        }
    }
    name
}

/// The resource an untagged operation's path names first, which names its group: the first
/// segment that is neither a parameter nor an API or version prefix (`/v1/customers/{id}` is
/// in `customers`), up to any parameter in it. `None` for a path of parameters and prefixes
/// only.
pub fn path_resource(path: &str) -> Option<&str> {
    path.split('/')
        // `/profiles{mediaTypeExtension}` names `profiles`.
        .map(|segment| segment.split('{').next().unwrap_or_default())
        .find(|segment| {
            !segment.is_empty() && !segment.eq_ignore_ascii_case("api") && !is_version(segment)
        })
}

/// `v1`, `v2`, `v1beta1`, `v3.1`: a `v`, a digit, then anything alphanumeric or dots.
fn is_version(segment: &str) -> bool {
    let mut chars = segment.chars();
    matches!(chars.next(), Some('v' | 'V'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '.')
}

/// An UpperCamelCase identifier for a type or variant.
pub fn camel(name: &str) -> String {
    let mut out = ascii_words(name).to_upper_camel_case();
    if out.is_empty() {
        out = "Value".to_string();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out = format!("N{out}");
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// Why the Rust name `name` of the spec's schema `key` is not `camel(key)`, or `None` when
/// it is.
pub fn rename_reason(key: &str, name: &str) -> Option<&'static str> {
    if camel(key) == name {
        None
    } else if type_name(key) != camel(key) {
        Some("a name the generated crate uses itself")
    } else {
        Some("the name of another schema")
    }
}

/// An UpperCamelCase name for a model type, kept clear of names generated code relies on.
pub fn type_name(name: &str) -> String {
    let out = camel(name);
    if RESERVED_TYPE_NAMES.contains(&out.as_str()) {
        format!("{out}Model")
    } else {
        out
    }
}

/// Hands out unique names: the first taker keeps a name, later ones get a numeric suffix.
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    taken: BTreeSet<String>,
}

impl NameSet {
    /// A set with some names taken in advance.
    pub fn with_reserved<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        NameSet {
            taken: names.into_iter().map(str::to_string).collect(),
        }
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `name`, or `name2`, `name3`, … if it is taken. `separator` goes between the name
    /// and the number (`_` for snake_case names).
    pub fn take(&mut self, name: &str, separator: &str) -> String {
        let unique = if self.taken.contains(name) {
            // `type_` becomes `type_2`, not `type__2`, which is not snake case.
            let stem = name
                .strip_suffix(separator)
                .filter(|_| !separator.is_empty())
                .unwrap_or(name);
            (2..)
                .map(|n| format!("{stem}{separator}{n}"))
                .find(|candidate| !self.taken.contains(candidate))
                .unwrap_or_else(|| name.to_string())
        } else {
            name.to_string()
        };
        self.taken.insert(unique.clone());
        unique
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names_are_valid_identifiers() {
        assert_eq!(snake("X-API-KEY"), "x_api_key");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(snake("ListApiKeys"), "list_api_keys");
        assert_eq!(snake("get-api-keys"), "get_api_keys");
        assert_eq!(snake(""), "value");
        assert_eq!(snake("größe"), "gr_uf6_udf_e");
    }

    #[test]
    fn type_names_avoid_the_prelude() {
        assert_eq!(type_name("Option"), "OptionModel");
        assert_eq!(type_name("result"), "ResultModel");
        assert_eq!(type_name("apiKey"), "ApiKey");
        assert_eq!(type_name("APIKey"), "ApiKey");
        assert_eq!(type_name("1beta"), "N1beta");
    }

    #[test]
    fn plain_snake_refuses_what_snake_mangles() {
        assert_eq!(
            plain_snake("listComments").as_deref(),
            Some("list_comments")
        );
        assert_eq!(plain_snake("type"), None);
        assert_eq!(plain_snake("Self"), None);
        assert_eq!(plain_snake("2fa"), None);
        assert_eq!(plain_snake("/-"), None);
    }

    #[test]
    fn group_prefixes_end_at_a_separator_or_a_camel_case_boundary() {
        assert_eq!(strip_group_prefix("repos/get", "repos"), Some("/get"));
        assert_eq!(strip_group_prefix("Repos.Get", "repos"), Some(".Get"));
        assert_eq!(strip_group_prefix("repos:get", "Repos"), Some(":get"));
        assert_eq!(strip_group_prefix("repos-get", "repos"), Some("-get"));
        assert_eq!(
            strip_group_prefix("repos_list_for_org", "repos"),
            Some("_list_for_org")
        );
        assert_eq!(strip_group_prefix("reposGet", "repos"), Some("Get"));
        assert_eq!(strip_group_prefix("ReposGet", "repos"), Some("Get"));
        assert_eq!(strip_group_prefix("/repos/get", "repos"), Some("/get"));
        assert_eq!(
            strip_group_prefix("issues/list-comments", "issues"),
            Some("/list-comments")
        );
        // Several words in the group's name.
        assert_eq!(
            strip_group_prefix("api-keys/list", "API Keys"),
            Some("/list")
        );
        assert_eq!(strip_group_prefix("apiKeysList", "API Keys"), Some("List"));
        assert_eq!(strip_group_prefix("oauth2Token", "oauth2"), Some("Token"));
        assert_eq!(strip_group_prefix("größe/get", "größe"), Some("/get"));
    }

    #[test]
    fn group_prefixes_are_whole_words_and_leave_a_name() {
        // Not at a word boundary of the id.
        assert_eq!(strip_group_prefix("repository/get", "repo"), None);
        assert_eq!(strip_group_prefix("reposget", "repos"), None);
        assert_eq!(strip_group_prefix("repos get", "repos"), None);
        // `snake` splits REPOSGet into repos, get, but as written the id has neither a
        // separator nor a lowercase-to-uppercase boundary there.
        assert_eq!(strip_group_prefix("REPOSGet", "repos"), None);
        // Words differ even where letters agree.
        assert_eq!(strip_group_prefix("apikeys/list", "API Keys"), None);
        assert_eq!(strip_group_prefix("api/keys/list", "apikeys"), None);
        // Only at the start.
        assert_eq!(strip_group_prefix("get/repos", "repos"), None);
        assert_eq!(strip_group_prefix("v1/repos/get", "repos"), None);
        // Never down to nothing.
        assert_eq!(strip_group_prefix("repos", "repos"), None);
        assert_eq!(strip_group_prefix("repos/", "repos"), None);
        assert_eq!(strip_group_prefix("repos/--", "repos"), None);
        // A group name without words.
        assert_eq!(strip_group_prefix("/get", "/"), None);
        // A digit before an uppercase letter is a boundary as written, but `snake` reads
        // A2BCList as a2bc, list: the cut would fall inside a word.
        assert_eq!(strip_group_prefix("A2BCList", "a2"), None);
    }

    #[test]
    fn fastapi_suffixes_are_computed_from_path_and_method() {
        assert_eq!(
            strip_fastapi_suffix("list_items_items_get", "/items", "GET"),
            Some("list_items")
        );
        assert_eq!(
            strip_fastapi_suffix("read_item_items__item_id__get", "/items/{item_id}", "GET"),
            Some("read_item")
        );
        assert_eq!(
            strip_fastapi_suffix("create_user_users__post", "/users/", "POST"),
            Some("create_user")
        );
        assert_eq!(strip_fastapi_suffix("root__get", "/", "GET"), Some("root"));
        assert_eq!(
            strip_fastapi_suffix(
                "get_file_files__file_path__get",
                "/files/{file_path}",
                "get"
            ),
            Some("get_file")
        );
        assert_eq!(
            strip_fastapi_suffix("read_v1_items_v1_items_get", "/v1/items", "GET"),
            Some("read_v1_items")
        );
    }

    #[test]
    fn fastapi_suffixes_must_match_exactly_and_leave_a_function_name() {
        // Another method, another path, no trailing slash where the path has one.
        assert_eq!(
            strip_fastapi_suffix("list_items_items_get", "/items", "POST"),
            None
        );
        assert_eq!(
            strip_fastapi_suffix("list_items_items_get", "/things", "GET"),
            None
        );
        assert_eq!(
            strip_fastapi_suffix("create_user_users_post", "/users/", "POST"),
            None
        );
        // Nothing, or no function name, before the suffix.
        assert_eq!(strip_fastapi_suffix("_items_get", "/items", "GET"), None);
        assert_eq!(strip_fastapi_suffix("__items_get", "/items", "GET"), None);
        // Not a Python function name before the suffix.
        assert_eq!(
            strip_fastapi_suffix("list-items_items_get", "/items", "GET"),
            None
        );
        // Ordinary ids.
        assert_eq!(strip_fastapi_suffix("listItems", "/items", "GET"), None);
        assert_eq!(strip_fastapi_suffix("get", "/", "GET"), None);
    }

    #[test]
    fn untagged_paths_are_grouped_by_their_first_resource() {
        let cases = [
            ("/v1/customers/{customer}/sources", Some("customers")),
            ("/api/v2beta1/payment_intents", Some("payment_intents")),
            ("/{tenant}/v3.1/reports/{id}", Some("reports")),
            ("/version/history", Some("version")),
            ("/profiles{mediaTypeExtension}", Some("profiles")),
            ("/v1", None),
            ("/{id}", None),
            ("/", None),
        ];
        for (path, resource) in cases {
            assert_eq!(path_resource(path), resource, "{path}");
        }
    }

    #[test]
    fn trimmed_method_names() {
        let trim = |id, group, path, method| trimmed_method_name(id, group, path, method);
        assert_eq!(
            trim("repos/get", "repos", "/repos/{owner}/{repo}", "GET").as_deref(),
            Some("get")
        );
        assert_eq!(
            trim("issues/list-comments", "issues", "/issues/comments", "GET").as_deref(),
            Some("list_comments")
        );
        assert_eq!(
            trim(
                "read_item_items__item_id__get",
                "items",
                "/items/{item_id}",
                "GET"
            )
            .as_deref(),
            Some("read_item")
        );
        // Both steps.
        assert_eq!(
            trim("items_list_items_get", "items", "/items", "GET").as_deref(),
            Some("list")
        );
        // A step whose result would be mangled is skipped; the other still applies.
        assert_eq!(
            trim("items_type_items_get", "items", "/items", "GET").as_deref(),
            Some("items_type")
        );
        assert_eq!(trim("repos/type", "repos", "/r", "GET"), None);
        assert_eq!(trim("repos/2fa", "repos", "/r", "GET"), None);
        assert_eq!(trim("type_items_get", "items", "/items", "GET"), None);
        // Nothing to drop.
        assert_eq!(trim("listItems", "Items", "/items", "GET"), None);
        assert_eq!(
            trim("get-api-keys", "API Keys", "/auth/api_keys", "GET"),
            None
        );
    }

    #[test]
    fn name_sets_number_collisions() {
        let mut names = NameSet::default();
        assert_eq!(names.take("Foo", ""), "Foo");
        assert_eq!(names.take("Foo", ""), "Foo2");
        assert_eq!(names.take("Foo", ""), "Foo3");
        assert_eq!(names.take("bar", "_"), "bar");
        assert_eq!(names.take("bar", "_"), "bar_2");
        assert_eq!(names.take("type_", "_"), "type_");
        assert_eq!(names.take("type_", "_"), "type_2");
    }
}
