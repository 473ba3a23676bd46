//! Doc comments from spec text: markdown that rustdoc renders without warnings and never
//! mistakes for doctests.

use proc_macro2::TokenStream;
use quote::quote;

/// Rewrites spec markdown so rustdoc accepts it: fenced blocks become `text` blocks, indented
/// lines lose the indentation that would make them code, stray `<`, `>`, `[` and `]` are
/// escaped outside code spans, and bare URLs become autolinks.
pub fn sanitize(text: &str) -> String {
    // Tabs render unpredictably in rustdoc (and clippy rejects them).
    let text = super::html::to_markdown(text).replace('\t', "    ");
    let mut out = Vec::new();
    let mut in_fence = false;
    // Where the text of the current list item starts; 0 outside lists.
    let mut list_indent = 0;
    for line in text.trim().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            out.push(if in_fence {
                "```".to_string()
            } else {
                "```text".to_string()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
        } else if trimmed.is_empty() {
            list_indent = 0;
            out.push(String::new());
        } else if let Some(offset) = list_content_offset(trimmed) {
            list_indent = offset;
            out.push(escape_line(trimmed.trim_end()));
        } else if list_indent > 0 {
            // A line that continues a list item: indent it to the item's text, or rustdoc
            // reads it lazily.
            out.push(format!(
                "{}{}",
                " ".repeat(list_indent),
                escape_line(trimmed.trim_end())
            ));
        } else {
            out.push(escape_line(trimmed.trim_end()));
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out.join("\n")
}

/// Where the text of a list item starts (`- a` → 2, `1.  a` → 4), if the line starts one.
fn list_content_offset(line: &str) -> Option<usize> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = if line.starts_with(['-', '*', '+']) {
        1
    } else if digits > 0 && line[digits..].starts_with(['.', ')']) {
        digits + 1
    } else {
        return None;
    };
    let spaces = line[marker..].chars().take_while(|c| *c == ' ').count();
    (spaces > 0).then_some(marker + spaces)
}

/// Rewrites spec markdown for a markdown page that is also compiled as a doctest: fenced
/// blocks become `text` blocks and indentation that would make a code block is dropped;
/// everything else is kept.
pub fn sanitize_markdown(text: &str) -> String {
    let text = super::html::to_markdown(text);
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.trim().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            out.push(if in_fence { "```" } else { "```text" }.to_string());
            in_fence = !in_fence;
        } else if in_fence {
            out.push(line.to_string());
        } else {
            out.push(trimmed.trim_end().to_string());
        }
    }
    if in_fence {
        out.push("```".to_string());
    }
    out.join("\n")
}

fn escape_line(line: &str) -> String {
    map_outside_code(line, escape_prose_keeping_links)
}

/// [`escape_prose`], keeping inline links to web addresses (`[the guide](https://…)`), which
/// rustdoc renders as links without taking them for intra-doc links.
fn escape_prose_keeping_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, label, url, end)) = next_web_link(rest) {
        out.push_str(&escape_prose(&rest[..start]));
        out.push('[');
        out.push_str(&escape_chars(label));
        out.push_str("](");
        out.push_str(url);
        out.push(')');
        rest = &rest[end..];
    }
    out.push_str(&escape_prose(rest));
    out
}

/// The next `[label](http…)` in `text`: where it starts, its label and address, and where it
/// ends. The label holds no brackets; the address no spaces, parentheses or angle brackets.
fn next_web_link(text: &str) -> Option<(usize, &str, &str, usize)> {
    let mut from = 0;
    while let Some(offset) = text[from..].find("](http") {
        let middle = from + offset;
        let url_start = middle + 2;
        let url_end = text[url_start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>'))
            .map(|i| url_start + i);
        let start = text[..middle].rfind('[');
        let label = start.map(|start| &text[start + 1..middle]);
        match (start, label, url_end) {
            (Some(start), Some(label), Some(url_end))
                if !label.contains(['[', ']'])
                    && text[url_end..].starts_with(')')
                    && (text[url_start..url_end].starts_with("http://")
                        || text[url_start..url_end].starts_with("https://")) =>
            {
                return Some((start, label, &text[url_start..url_end], url_end + 1));
            }
            _ => from = url_start,
        }
    }
    None
}

/// Applies `escape` to the parts of a markdown line outside code spans. A code span is a run
/// of backticks closed by the next run of the same length (as CommonMark pairs them); a run
/// without a partner is literal text.
pub fn map_outside_code(line: &str, escape: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(line.len());
    let mut text_start = 0;
    let mut i = 0;
    while let Some(offset) = line[i..].find('`') {
        let open = i + offset;
        let run = backtick_run(&line[open..]);
        match closing_run(line, open + run, run) {
            Some(close) => {
                out.push_str(&escape(&line[text_start..open]));
                out.push_str(&line[open..close + run]);
                i = close + run;
                text_start = i;
            }
            None => i = open + run,
        }
    }
    out.push_str(&escape(&line[text_start..]));
    out
}

fn backtick_run(text: &str) -> usize {
    text.bytes().take_while(|b| *b == b'`').count()
}

/// Where the next run of exactly `run` backticks at or after `from` starts.
fn closing_run(line: &str, from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while let Some(offset) = line[i..].find('`') {
        let start = i + offset;
        let length = backtick_run(&line[start..]);
        if length == run {
            return Some(start);
        }
        i = start + length;
    }
    None
}

fn escape_prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in split_keep_whitespace(text) {
        if let Some(start) = word.find("http://").or_else(|| word.find("https://")) {
            let (before, url) = word.split_at(start);
            let end = url
                .find([')', ']', '>', '"', '\'', '<'])
                .unwrap_or(url.len());
            let url = &url[..end];
            let url = url.trim_end_matches(['.', ',', ';', ':']);
            let rest = &word[start + url.len()..];
            out.push_str(&escape_chars(before));
            out.push('<');
            out.push_str(url);
            out.push('>');
            out.push_str(&escape_chars(rest));
        } else {
            out.push_str(&escape_chars(word));
        }
    }
    out
}

fn split_keep_whitespace(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if start < i {
                parts.push(&text[start..i]);
            }
            parts.push(&text[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    parts
}

fn escape_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '\\' => out.push_str("\\\\"),
            other => out.push(other),
        }
    }
    out
}

/// `#[doc]` attributes for the given paragraphs (empty ones are skipped), one per line.
pub fn attrs<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let text = paragraphs
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    lines(&text)
}

/// `#[doc]` attributes for text that is already valid rustdoc markdown.
pub fn lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #[doc = #line] }
    });
    quote! { #(#lines)* }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn web_links_are_kept_and_other_brackets_escaped() {
        assert_eq!(
            sanitize("See [the guide](https://example.com/a_b) or [x] and [y](#z)."),
            "See [the guide](https://example.com/a_b) or \\[x\\] and \\[y\\](#z)."
        );
        assert_eq!(
            sanitize("[a <b>](https://e.com/x) [c](ftp://e.com)"),
            "[a &lt;b&gt;](https://e.com/x) \\[c\\](ftp://e.com)"
        );
    }

    #[test]
    fn fences_become_text_blocks() {
        assert_eq!(sanitize("a\n```\nx <y>\n```"), "a\n```text\nx <y>\n```");
    }

    #[test]
    fn html_and_brackets_are_escaped_outside_code() {
        assert_eq!(
            sanitize("use `ApiKey <key>` or <key> [optional]"),
            "use `ApiKey <key>` or &lt;key&gt; \\[optional\\]"
        );
    }

    #[test]
    fn code_spans_pair_runs_of_equal_length() {
        assert_eq!(
            sanitize("x ```<script> and ``a`<b>`` <c>"),
            "x ```&lt;script&gt; and ``a`<b>`` &lt;c&gt;"
        );
        assert_eq!(sanitize("`[Foo]` [Bar]"), "`[Foo]` \\[Bar\\]");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            sanitize("see https://example.com/a."),
            "see <https://example.com/a>."
        );
        assert_eq!(sanitize("(https://x.io/b)"), "(<https://x.io/b>)");
    }

    #[test]
    fn markdown_pages_keep_markup_but_lose_code_blocks() {
        assert_eq!(
            super::sanitize_markdown(
                "Use <key> [here](x.md)\n\n    indented\n```\nAuthorization: x\n```"
            ),
            "Use <key> [here](x.md)\n\nindented\n```text\nAuthorization: x\n```"
        );
    }

    #[test]
    fn list_item_continuations_are_indented() {
        assert_eq!(
            sanitize("Modes:\n* one\nmore about one\n\nafter"),
            "Modes:\n* one\n  more about one\n\nafter"
        );
    }

    #[test]
    fn indentation_is_dropped() {
        assert_eq!(sanitize("a\n\n    code?"), "a\n\ncode?");
    }
}
