//! Spec text as markdown for the docs pages: every string from a spec reaches a page through
//! one of these functions (as template filters or when `docs.rs` builds a fragment), so that
//! it reads as the text it is and never as markup that changes the page around it.

/// Text on one line with every character that markdown could read as markup escaped: a title,
/// a name or a description shown as plain text.
pub fn text(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.char_indices() {
        let starts_a_block = i == 0 && matches!(c, '-' | '+' | '=' | '>' | '#');
        if starts_a_block
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '&' | '!' | '|'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    // `1. ` at the start would begin an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// A code span showing `text` exactly, on one line, whatever backticks it contains.
pub fn code(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() {
        return "` `".to_string();
    }
    let longest_run = line.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    // A space on each side keeps a backtick at either end from joining the fence.
    let pad = if line.starts_with('`') || line.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{line}{pad}{fence}")
}

/// Markdown (a description) collapsed to one line for a table cell: raw HTML is shown as text
/// and `|` cannot end the cell.
pub fn cell(text: &str) -> String {
    escape_html_outside_code(&one_line(&super::html::to_markdown(text))).replace('|', "\\|")
}

/// A description (CommonMark, as OpenAPI allows) for a page: its formatting is kept, but
/// code blocks become `text` blocks (never doctests), raw HTML is shown as text, and a
/// heading cannot outrank the page's own.
pub fn prose(text: &str) -> String {
    let sanitized = super::doc::sanitize_markdown(text);
    let mut in_fence = false;
    let mut after_text = false;
    let mut out = Vec::new();
    for line in sanitized.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
            after_text = false;
            out.push(line.to_string());
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        let line = escape_html_outside_code(line);
        // Headings in spec text sit below the page's `##` sections.
        let hashes = line.chars().take_while(|c| *c == '#').count();
        let underline = line.trim();
        let out_line = if (1..4).contains(&hashes) && line[hashes..].starts_with(' ') {
            format!("####{}", &line[hashes..])
        } else if after_text
            && !underline.is_empty()
            && (underline.chars().all(|c| c == '=') || underline.chars().all(|c| c == '-'))
        {
            // `===` or `---` under a line of text would make it a big heading.
            format!("\\{underline}")
        } else {
            line.clone()
        };
        after_text = !line.trim().is_empty();
        out.push(out_line);
    }
    out.join("\n")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<` as `&lt;` outside code spans, so that no tag or comment of the spec's reaches the page.
fn escape_html_outside_code(line: &str) -> String {
    super::doc::map_outside_code(line, |text| text.replace('<', "&lt;"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup() {
        assert_eq!(text("a *b* [c](d) <e>"), "a \\*b\\* \\[c\\](d) \\<e\\>");
        assert_eq!(text("# Title\n- x"), "\\# Title - x");
        assert_eq!(text("1. first"), "1\\. first");
        assert_eq!(text("{{ x }} {% y %}"), "{{ x }} {% y %}");
    }

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(code("plain"), "`plain`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x``"), "``` `x`` ```");
        assert_eq!(code("two\nlines"), "`two lines`");
        assert_eq!(code(""), "` `");
    }

    #[test]
    fn cells_stay_one_cell() {
        assert_eq!(cell("a | b\n<!-- c `<d>`"), "a \\| b &lt;!-- c `<d>`");
    }

    #[test]
    fn underlines_cannot_make_headings() {
        assert_eq!(
            prose("Title\n=====\n\nSub\n---"),
            "Title\n\\=====\n\nSub\n\\---"
        );
        assert_eq!(prose("a\n\n---\nb"), "a\n\n---\nb");
    }

    #[test]
    fn prose_keeps_formatting_but_not_html_or_big_headings() {
        assert_eq!(
            prose("# Big\n*em* <script>\n```\n<kept>\n```"),
            "#### Big\n*em* &lt;script>\n```text\n<kept>\n```"
        );
    }
}
