//! Small text helpers shared by the importers and renderers.

use crate::find;
use crate::skills::in_lines;

/// The marks a list item starts with, in resumes and job descriptions alike
/// (`- `, `• `, `◦ `, `➢ `, `✓ `, a recruiter's `➡️ ` and `👉 `): what word
/// processors, job boards and social posts put before an item. (An emoji's
/// variation selector, U+FE0F, goes with it.) Word's Symbol and Wingdings
/// bullets come out of a copy or a PDF as private-use characters: U+F0B7
/// (`•`), U+F0A7 (`▪`), U+F076 (`❖`), U+F0D8 (`➢`), U+F0FC (`✓`).
pub(crate) const BULLETS: &[char] = &[
    '-', '*', '+', '•', '·', '▪', '◦', '‣', '●', '○', '■', '–', '➢', '►', '→', '✓', '✔', '➡', '➤',
    '▶', '◆', '❖', '♦', '★', '✅', '☑', '🔹', '🔸', '👉', '\u{FE0F}', '\u{F0B7}', '\u{F0A7}',
    '\u{F076}', '\u{F0D8}', '\u{F0FC}',
];

/// `text` past the spaces and list marks ([`BULLETS`]) it starts with:
/// one copy of the trim for every reader of an item's first words.
pub(crate) fn past_bullets(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c))
}

/// Removes inline Markdown emphasis and code marks, and turns `[text](url)`
/// into `text`, so a heading or header can be matched as words.
pub(crate) fn strip_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end))
        }) {
            Some((close, end)) if !after[..close].contains('[') => {
                out.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace("`", "")
}

/// Inline Markdown turned into plain text for content: emphasis and code
/// marks dropped, `[text](url)` kept as `text (url)` so no link is lost.
pub(crate) fn clean_inline(s: &str) -> String {
    if find::find_any(s, b"*_`[").is_none() {
        return s.trim().to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end))
        });
        match link {
            Some((close, end)) if !after[..close].contains('[') => {
                let text = &after[..close];
                let url = &after[close + 2..end];
                out.push_str(text);
                if !url.is_empty() && url != text {
                    out.push_str(" (");
                    out.push_str(url);
                    out.push(')');
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "")
        .replace("__", "")
        .replace("`", "")
        .trim()
        .to_owned()
}

/// How well a person says they know a skill or a language, as resume
/// builders write it on a line of its own under the name (`React` over
/// `Expert`, `Irish` over `Good working knowledge`). Matched whole,
/// ignoring ASCII case.
pub(crate) const LEVELS: &str = phrase_lines![
    "master",
    "expert",
    "experienced",
    "skillful",
    "skilled",
    "advanced",
    "intermediate",
    "proficient",
    "highly proficient",
    "beginner",
    "novice",
    "basic",
    "native",
    "native speaker",
    "bilingual",
    "fluent",
    "conversational",
    "very good command",
    "good working knowledge",
    "working knowledge",
    "elementary proficiency",
    "limited working proficiency",
    "professional working proficiency",
    "full professional proficiency",
    "native or bilingual proficiency",
    "a1",
    "a2",
    "b1",
    "b2",
    "c1",
    "c2",
];

/// A closing bracket pair at the end of `s` and the text before it:
/// `Berlin (Germany)` is `("Berlin", "Germany")`.
pub(crate) fn bracketed_tail(s: &str) -> Option<(&str, &str)> {
    s.strip_suffix(')')?.rsplit_once(" (")
}

/// The first `[text](url)` link target in `s`, or a bare `http(s)://` URL,
/// or a repository's address without its scheme (`github.com/ada/x`).
pub(crate) fn first_url(s: &str) -> Option<String> {
    if let Some(start) = s.find("](") {
        let rest = &s[start + 2..];
        let end = url_end(rest);
        if rest[end..].starts_with(')') {
            return Some(rest[..end].to_owned());
        }
    }
    let start = (s.find("https://"))
        .or_else(|| s.find("http://"))
        .or_else(|| s.find("github.com/"))
        .or_else(|| s.find("gitlab.com/"))?;
    let rest = &s[start..];
    Some(rest[..url_end(rest)].to_owned())
}

/// Adds a line of prose after what `prose` holds, a space between: an
/// entry's summary or a project's description read over several lines.
pub(crate) fn append_prose(prose: &mut Option<String>, more: String) {
    *prose = Some(match prose.take() {
        Some(before) => format!("{before} {more}"),
        None => more,
    });
}

/// Whether `s` is a web address written without its scheme, as people
/// write a site on a resume (`koala.example.com`, `www.ada.dev/blog`): a
/// host of two labels or more ending in a common top-level domain, written
/// in small letters, and perhaps a path. Not `Node.js`, `ASP.NET`,
/// `README.md` or `v2.0`.
pub(crate) fn is_bare_web_address(s: &str) -> bool {
    let bytes = s.as_bytes();
    let host = match bytes.iter().position(|&b| b == b'/') {
        Some(end) => &bytes[..end],
        None => bytes,
    };
    let Some(dot) = host.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let top = &s[dot + 1..host.len()];
    host.split(|&b| b == b'.').all(|label| {
        label.first().is_some_and(|&b| b != b'-')
            && label
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
    }) && bytes.iter().all(|&b| b > b' ')
        && top.bytes().all(|b| b.is_ascii_lowercase())
        && in_lines(TOP_LEVEL_DOMAINS, top)
}

/// Top-level domains a resume's sites end in; a closed list so file names
/// and versions (`main.rs`, `setup.py`, `Chart.js`) are no address.
const TOP_LEVEL_DOMAINS: &str = phrase_lines![
    "com", "org", "net", "edu", "gov", "io", "dev", "co", "ai", "app", "me", "info", "tech", "xyz",
    "page", "site", "blog", "cloud", "design", "au", "uk", "nz", "ca", "us", "de", "fr", "nl",
    "ie", "sg", "eu",
];

/// Where the address `url` starts with ends: at a space, a bar, a comma, an
/// angle bracket, or a closing bracket it did not open, so
/// `…/wiki/Silicon_Valley_(TV_series)` keeps its brackets and `(see
/// https://x.dev)` does not take the one closing the aside.
fn url_end(url: &str) -> usize {
    let mut open = 0usize;
    for (i, c) in url.char_indices() {
        match c {
            '(' => open += 1,
            ')' if open > 0 => open -= 1,
            ')' | '>' | '|' | ',' => return i,
            c if c.is_whitespace() => return i,
            _ => {}
        }
    }
    url.len()
}

/// Lower-cases and keeps only letters, digits and single spaces; `&` reads as `and`.
pub(crate) fn normalize_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_words_into(s, &mut out);
    out
}

/// [`normalize_words`] into `out` (cleared first), for a caller reading
/// many lines with one buffer.
pub(crate) fn normalize_words_into(s: &str, out: &mut String) {
    out.clear();
    let mut space = true;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            // The common case, without Unicode case tables.
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if c.is_alphanumeric() {
            out.push(crate::case::lower_char(c));
            space = false;
        } else if c == '&' {
            if !space {
                out.push(' ');
            }
            out.push_str("and ");
            space = true;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

/// Counts words the way a reader would: runs of non-space characters with
/// a letter or digit in them, so the marks between a header's parts
/// (`Engineer | Acme | 2018 – 2021`) are no words.
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Splits a list written inline (`Rust, Python; Go | SQL`) into trimmed items,
/// keeping commas inside parentheses (`AWS (EC2, S3)`).
pub(crate) fn split_list(s: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in s.chars() {
        match c {
            '(' | '[' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                current.push(c);
            }
            ',' | ';' | '|' | '•' | '·' if depth == 0 => {
                push_item(&mut items, &current);
                current.clear();
            }
            // `Go   Java   Kubernetes`: items set apart by spaces, as a PDF
            // turned to text lays out a row of them.
            ' ' if depth == 0 && current.ends_with(' ') && !current.trim().is_empty() => {
                push_item(&mut items, &current);
                current.clear();
            }
            _ => current.push(c),
        }
    }
    push_item(&mut items, &current);
    items
}

fn push_item(items: &mut Vec<String>, raw: &str) {
    let item = raw.trim().trim_end_matches('.').trim();
    if !item.is_empty() {
        items.push(item.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_links_and_emphasis() {
        assert_eq!(
            strip_inline("**Acme** — [site](https://a.b) `x`"),
            "Acme — site x"
        );
        assert_eq!(strip_inline("a [b c"), "a [b c");
    }

    #[test]
    fn cleans_content_keeping_links() {
        assert_eq!(
            clean_inline("Built **[ledger](https://x.dev)** in `Rust`"),
            "Built ledger (https://x.dev) in Rust"
        );
        assert_eq!(clean_inline("plain"), "plain");
    }

    #[test]
    fn bare_web_addresses_are_sites_and_file_names_are_not() {
        for site in [
            "ada.dev",
            "koala.example.com",
            "www.unsw.edu.au/cse",
            "Amazon.com",
        ] {
            assert!(is_bare_web_address(site), "{site}");
        }
        for other in [
            "Node.js",
            "ASP.NET",
            "README.md",
            "v2.0",
            "main.rs",
            "a .com",
            "-x.com",
        ] {
            assert!(!is_bare_web_address(other), "{other}");
        }
    }

    #[test]
    fn finds_urls() {
        assert_eq!(
            first_url("[gh](https://github.com/x)").as_deref(),
            Some("https://github.com/x")
        );
        assert_eq!(
            first_url("see https://x.dev/a, then").as_deref(),
            Some("https://x.dev/a")
        );
        assert_eq!(first_url("none"), None);
        assert_eq!(
            first_url("rustgrep | github.com/ada/rustgrep").as_deref(),
            Some("github.com/ada/rustgrep")
        );
        // Brackets the address opens are its own; the one closing an
        // aside around it is not.
        let wiki = "https://en.wikipedia.org/wiki/Rust_(programming_language)";
        assert_eq!(first_url(&format!("Rust — {wiki}")).as_deref(), Some(wiki));
        assert_eq!(first_url(&format!("[Rust]({wiki})")).as_deref(), Some(wiki));
        assert_eq!(
            first_url("a talk (see https://x.dev/talk) at RustConf").as_deref(),
            Some("https://x.dev/talk")
        );
    }

    #[test]
    fn normalizes_headings() {
        assert_eq!(
            normalize_words("Education & Qualifications:"),
            "education and qualifications"
        );
        assert_eq!(normalize_words("  TECHNICAL   SKILLS "), "technical skills");
    }

    #[test]
    fn splits_lists_but_not_parentheses() {
        assert_eq!(
            split_list("Rust, Python; AWS (EC2, S3) | Go."),
            ["Rust", "Python", "AWS (EC2, S3)", "Go"]
        );
    }
}
