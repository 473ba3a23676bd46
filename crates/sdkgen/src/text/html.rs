//! HTML in spec text (Stripe writes its descriptions in it) turned into the markdown it means:
//! paragraphs, links, code, emphasis and lists, by `htmd`. Only text written in HTML alone is
//! converted: text without such tags, or with markdown markup of its own, is left alone (its
//! tags are then shown as text downstream), so that markdown keeps its markup and `a < b`
//! stays text.

use std::borrow::Cow;

/// Tags whose presence says that a description is written in HTML.
const HTML_MARKERS: &[&str] = &[
    "<p>", "<p ", "</p>", "<br", "<a ", "</a>", "<code>", "</code>", "<pre>", "<ul>", "<ol>",
    "<li>", "<strong>", "<em>", "<b>", "<i>", "<div", "<span", "<table", "<h1>", "<h2>", "<h3>",
    "<h4>",
];

/// Deeper nesting is left as text: the converter walks the document recursively.
const MAX_NESTING: usize = 32;

/// Longer text is left as text: no description needs converting at this size.
const MAX_LEN: usize = 256 * 1024;

/// Elements that never hold content, so never nest.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// `text` as markdown: converted when it is written in HTML, else as it is. What cannot be
/// converted safely stays as it is, and the escaping downstream shows its tags as text.
pub fn to_markdown(text: &str) -> Cow<'_, str> {
    if text.len() > MAX_LEN || !looks_like_html(text) || nesting(text) > MAX_NESTING {
        return Cow::Borrowed(text);
    }
    match htmd::convert(text) {
        Ok(markdown) => Cow::Owned(markdown.trim().to_string()),
        Err(_) => Cow::Borrowed(text),
    }
}

fn looks_like_html(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    HTML_MARKERS.iter().any(|marker| lower.contains(marker)) && !has_markdown_markup(text)
}

/// Whether `text` uses markdown of its own: code spans or fences, links, strong emphasis,
/// headings or list items. Converting it would escape that markup.
fn has_markdown_markup(text: &str) -> bool {
    text.contains('`')
        || text.contains("](")
        || text.contains("**")
        || text.lines().any(|line| {
            let line = line.trim_start();
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            line.starts_with('#')
                || line.starts_with("* ")
                || line.starts_with("- ")
                || line.starts_with("+ ")
                || (digits > 0 && line[digits..].starts_with(". "))
        })
}

/// How deep the elements of `text` nest, counting every start tag that is not void or
/// self-closing as one level until its end tag: an upper bound when end tags are left out.
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in text.split('<').skip(1) {
        let Some(tag) = tag.split('>').next() else {
            continue;
        };
        let (closing, tag) = match tag.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, tag),
        };
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || VOID_ELEMENTS.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_descriptions_become_markdown() {
        assert_eq!(
            to_markdown("<p>Creates a <code>Charge</code>. See <a href=\"https://example.com/docs\">the docs</a>.</p><p>Then <strong>pay</strong>.</p>"),
            "Creates a `Charge`. See [the docs](https://example.com/docs).\n\nThen **pay**."
        );
        assert_eq!(
            to_markdown("<ul><li>one</li><li>two</li></ul>")
                .lines()
                .count(),
            2
        );
    }

    #[test]
    fn markdown_and_plain_text_stay_as_they_are() {
        for text in [
            "# Title\n\n* item `a <b>`",
            "a < b and c > d",
            "Use <T> here",
            "Markdown with a `code` span<br>and a tag",
        ] {
            assert_eq!(to_markdown(text), text);
        }
    }

    #[test]
    fn deep_or_huge_html_is_left_to_the_escaping() {
        let deep = "<div>".repeat(10_000) + "x";
        assert_eq!(to_markdown(&deep), deep);
        let huge = "<p>".to_string() + &"x".repeat(MAX_LEN) + "</p>";
        assert_eq!(to_markdown(&huge), huge);
        assert_eq!(nesting("<p>a<br>b<img src=x/></p><p>c</p>"), 1);
    }
}
