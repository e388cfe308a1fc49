//! A job description pasted as HTML is analysed on its text.

use crate::skills::in_lines;
use std::sync::OnceLock;

use crate::skills::WordSet;

/// Whether `text` looks like HTML: it has a tag of a real HTML element
/// (`<p>`, `<li class="x">`, `</div>`, `<br/>`) or a comment. Other angle
/// brackets are text: `List<String>` in a Java ask, the `<ORGANIZATION>`
/// placeholders of anonymised postings, `salary < 100k`.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Texts full of placeholders have thousands of `<`: the SIMD search of
    // the memchr crate finds each several times faster than `str::find`.
    memchr::memchr_iter(b'<', bytes).any(|at| {
        let rest = &bytes[at + 1..];
        rest.starts_with(b"!--") || opens_element(rest, b">")
    })
}

/// Whether `text` is HTML whose markup was escaped once more, as job
/// boards' APIs return it (Greenhouse's `content`: `&lt;p&gt;We are…`):
/// escaped tags of known elements, two at least (text may mention one:
/// `write &lt;div&gt;-free UIs`).
pub(crate) fn looks_like_escaped_html(text: &str) -> bool {
    // Built once: every description not in HTML is asked.
    static LT: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    LT.get_or_init(|| memchr::memmem::Finder::new(b"&lt;"))
        .find_iter(text.as_bytes())
        .filter(|&at| opens_element(&text.as_bytes()[at + 4..], b"&gt;"))
        .nth(1)
        .is_some()
}

/// Whether `rest`, the text after a tag's `<`, opens or closes a known
/// element: its name, then `close` (how the tag's `>` is written), `/` or
/// a space.
fn opens_element(rest: &[u8], close: &[u8]) -> bool {
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let name_len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let after = &rest[name_len..];
    let ends_tag = after.starts_with(close)
        || after
            .first()
            .is_some_and(|&b| b == b'/' || b.is_ascii_whitespace());
    ends_tag && ELEMENTS.contains_bytes(&rest[..name_len])
}

/// The text of HTML escaped once more (see [`looks_like_escaped_html`]):
/// its entities decoded, then read as HTML.
pub(crate) fn escaped_html_to_text(text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    decode_into(&mut html, text);
    html_to_text(&html)
}

/// HTML elements a job description pasted as HTML is made of. A set: text
/// full of placeholders such as `<ORGANIZATION>` asks it thousands of times.
static ELEMENTS: WordSet = WordSet::new(&[
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "main",
    "mark",
    "meta",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "sup",
    "script",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "title",
    "tr",
    "tt",
    "u",
    "ul",
]);

const BLOCK_TAGS: &str = phrase_lines![
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
    "article", "header", "footer", "table", "dd", "dt",
];

/// The text of an HTML fragment: tags dropped (block tags become line
/// breaks, `<li>` a `- ` bullet), `<script>` and `<style>` bodies dropped,
/// and the common entities decoded.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        decode_into(&mut out, &rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            decode_into(&mut out, &rest[open..]);
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &rest[open + close + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let end_tag = format!("</{name}");
            // Searched ignoring case without copying the rest of the page.
            rest = rest
                .as_bytes()
                .windows(end_tag.len())
                .position(|w| w.eq_ignore_ascii_case(end_tag.as_bytes()))
                .map_or("", |i| &rest[i..]);
            continue;
        }
        if name == "li" && !tag.starts_with('/') {
            out.push_str("\n- ");
        } else if in_lines(BLOCK_TAGS, &name) {
            out.push('\n');
        }
    }
    decode_into(&mut out, rest);
    out
}

fn decode_into(out: &mut String, s: &str) {
    if !s.contains('&') {
        out.push_str(s);
        return;
    }
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let entity = after.find(';').filter(|&i| i <= 10).map(|i| &after[..=i]);
        let decoded = entity.and_then(|e| match e {
            "&amp;" => Some('&'),
            "&lt;" => Some('<'),
            "&gt;" => Some('>'),
            "&quot;" => Some('"'),
            "&#39;" | "&apos;" => Some('\''),
            "&nbsp;" => Some(' '),
            "&ndash;" => Some('–'),
            "&mdash;" => Some('—'),
            "&bull;" => Some('•'),
            "&middot;" => Some('·'),
            "&hellip;" => Some('…'),
            // Word processors' quotes: `What you&rsquo;ll bring` is a heading.
            "&rsquo;" => Some('’'),
            "&lsquo;" => Some('‘'),
            "&ldquo;" => Some('“'),
            "&rdquo;" => Some('”'),
            // Currencies, for pay: `&pound;55,000`.
            "&pound;" => Some('£'),
            "&euro;" => Some('€'),
            "&yen;" => Some('¥'),
            // Vendors' marks: `Rust&reg;`, `Java&trade;`.
            "&reg;" => Some('®'),
            "&trade;" => Some('™'),
            "&copy;" => Some('©'),
            _ => e
                .strip_prefix("&#")
                .and_then(|n| n.strip_suffix(';'))
                .and_then(|n| {
                    n.strip_prefix('x')
                        .map_or_else(|| n.parse().ok(), |h| u32::from_str_radix(h, 16).ok())
                })
                .and_then(char::from_u32),
        });
        match (entity, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e.len()..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_decodes_entities() {
        let html = "<h2>Requirements</h2><ul><li>5+ years of <b>Rust</b></li><li>AWS &amp; GCP</li></ul><script>alert('x')</script><p>R&amp;D &#8211; done</p>";
        assert!(looks_like_html(html));
        let text = html_to_text(html);
        assert!(text.contains("\nRequirements\n"), "{text}");
        assert!(text.contains("- 5+ years of Rust"), "{text}");
        assert!(text.contains("AWS & GCP"));
        assert!(!text.contains("alert"));
        assert!(text.contains("R&D – done"));
        assert!(!looks_like_html("salary < 100k and > 50k"));
    }

    #[test]
    fn entities_for_quotes_and_currencies_are_decoded() {
        let text = html_to_text(
            "<h3>What you&rsquo;ll bring</h3><p>&pound;55,000 &ndash; &euro;60.000 &ldquo;ok&rdquo;&hellip;</p>",
        );
        assert!(text.contains("What you’ll bring"), "{text}");
        assert!(text.contains("£55,000 – €60.000 “ok”…"), "{text}");
        let text = html_to_text("<li>Rust&reg;</li><li>Go&trade;</li><p>&yen;8M</p>");
        assert!(text.contains("Rust®") && text.contains("Go™"), "{text}");
        assert!(text.contains("¥8M"), "{text}");
    }

    #[test]
    fn angle_brackets_that_are_not_tags_are_text() {
        for text in [
            "Java (List<String>, Map<K, V>) and C++ templates like vector<int>",
            "<ORGANIZATION> is hiring in <ADDRESS>",
            "a <= b, x<y",
            "ends with <",
        ] {
            assert!(!looks_like_html(text), "{text}");
        }
        for html in [
            "<P>Hi</P>",
            "x<br/>y",
            "<li class=\"a\">Go",
            "</div>",
            "<!-- c -->",
            "<SCRIPT src=x>",
        ] {
            assert!(looks_like_html(html), "{html}");
        }
    }

    #[test]
    fn script_bodies_end_at_their_closing_tag_in_any_case() {
        let text = html_to_text("<p>Rust</p><SCRIPT>var go = 1;</Script><p>Python</p>");
        assert!(
            text.contains("Rust") && text.contains("Python") && !text.contains("var go"),
            "{text}"
        );
    }
}
