//! The first pass of the text importer: each line becomes a heading, a
//! bullet, text or a blank.

use super::super::headings::{classify, looks_like_plain_heading};
use crate::find;
use crate::resume::text::BULLETS;

/// One line of a Markdown or plain-text resume, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Line<'a> {
    /// `# Heading` (level 1–6), a setext heading, a capitalised plain-text
    /// heading (level 0 marks these: they are section headings by shape),
    /// or a bold line naming a known section.
    Heading {
        level: u8,
        text: String,
        line_no: usize,
    },
    /// A bullet, with its indentation in columns.
    Bullet { indent: usize, text: &'a str },
    /// Any other non-empty line, with its indentation in columns (a
    /// list item's continuation is indented under it).
    Text {
        text: &'a str,
        line_no: usize,
        indent: usize,
    },
    /// An empty line or a horizontal rule.
    Blank,
}

fn bullet_text(line: &str) -> Option<(usize, &str)> {
    let indent = line.len() - line.trim_start().len();
    let t = line.trim_start();
    let mut chars = t.chars();
    let first = chars.next()?;
    if BULLETS.contains(&first) {
        let rest = chars.as_str();
        // `**bold**` starts with `*` but is not a bullet.
        if rest.starts_with(' ') || rest.starts_with('\t') {
            return Some((indent, rest.trim()));
        }
        return None;
    }
    // `o Mentored two juniors`: Word's second-level bullet, a letter o,
    // as a copy or a PDF gives it.
    if let Some(rest) = t.strip_prefix("o ").or_else(|| t.strip_prefix("o\t")) {
        let rest = rest.trim_start();
        if rest.starts_with(|c: char| c.is_uppercase()) {
            return Some((indent, rest.trim_end()));
        }
    }
    // Numbered lists: `1.` or `1)`.
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((indent, r.trim()));
        }
    }
    None
}

fn is_rule(t: &str) -> bool {
    let mut marks = t.chars().filter(|c| !c.is_whitespace());
    let Some(mark @ ('-' | '*' | '_' | '=')) = marks.next() else {
        return false;
    };
    let mut count = 1;
    marks.all(|c| {
        count += 1;
        c == mark
    }) && count >= 3
}

/// A line that is only bold text (`**Experience**`, `__Skills:__`).
fn bold_only(t: &str) -> Option<&str> {
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")))?;
    (!inner.contains("**")).then_some(inner)
}

/// Classifies every line; `line_no` counts from 1.
pub(super) fn classify_lines(text: &str) -> Vec<Line<'_>> {
    let raw: Vec<&str> = text.lines().collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let mut line = raw[i];
        // `> Site reliability engineer · Singapore`: a Markdown quote's
        // text (not `> 5 years`, more than five).
        if let Some(quoted) = line.trim_start().strip_prefix("> ") {
            if quoted.starts_with(char::is_alphabetic) {
                line = quoted;
            }
        }
        let t = line.trim();
        let line_no = i + 1;
        i += 1;
        if t.is_empty() {
            out.push(Line::Blank);
            continue;
        }
        // Setext: a text line underlined by === or ---.
        if let Some(next) = raw.get(i).map(|n| n.trim()) {
            let underline = next.len() >= 3
                && (next.chars().all(|c| c == '=') || next.chars().all(|c| c == '-'));
            if underline && bullet_text(line).is_none() && !t.starts_with('#') {
                let level = if next.starts_with('=') { 1 } else { 2 };
                out.push(Line::Heading {
                    level,
                    text: t.to_owned(),
                    line_no,
                });
                i += 1;
                continue;
            }
        }
        if is_rule(t) || is_page_footer(t) {
            out.push(Line::Blank);
            continue;
        }
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && find::starts_with_any(&t[hashes..], b" \t") {
            let text = t[hashes..].trim().trim_end_matches('#').trim().to_owned();
            out.push(Line::Heading {
                level: hashes as u8,
                text,
                line_no,
            });
            continue;
        }
        if let Some((indent, text)) = bullet_text(line) {
            out.push(Line::Bullet { indent, text });
            continue;
        }
        if let Some(inner) = bold_only(t) {
            let inner = inner.trim().trim_end_matches(':').trim();
            if classify(inner).is_some() && looks_like_plain_heading(inner) {
                out.push(Line::Heading {
                    level: 0,
                    text: inner.to_owned(),
                    line_no,
                });
                continue;
            }
        }
        if indent_of(line) == 0 && looks_like_plain_heading(t) {
            out.push(Line::Heading {
                level: 0,
                // `EXPERIENCE ————`: the rule a template draws after it is
                // no part of the heading.
                text: t
                    .trim_end_matches(&['—', '─', '━', '_', '=', ' '][..])
                    .trim_end_matches(':')
                    .trim()
                    .to_owned(),
                line_no,
            });
            continue;
        }
        out.push(Line::Text {
            text: t,
            line_no,
            indent: indent_of(line),
        });
    }
    out
}

/// `Page 1 of 3`, as a PDF turned to text leaves at each page's foot.
fn is_page_footer(t: &str) -> bool {
    let number =
        |w: Option<&str>| w.is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    let mut words = t.split(' ');
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("page"))
        && number(words.next())
        && words.next() == Some("of")
        && number(words.next())
        && words.next().is_none()
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bullet_mark_starts_an_item() {
        for mark in BULLETS {
            let line = format!("{mark} Shipped the ledger");
            assert!(
                matches!(bullet_text(&line), Some((0, "Shipped the ledger"))),
                "{line}"
            );
        }
    }

    #[test]
    fn classifies_the_shapes() {
        let lines = classify_lines("# Jane\n\nEXPERIENCE\n**Skills**\n- a\n  * b\n• c\n1. d\nplain\n\n---\nSetext\n======\n**Acme** — Engineer");
        assert!(matches!(&lines[0], Line::Heading { level: 1, text, .. } if text == "Jane"));
        assert_eq!(lines[1], Line::Blank);
        assert!(matches!(&lines[2], Line::Heading { level: 0, text, .. } if text == "EXPERIENCE"));
        assert!(matches!(&lines[3], Line::Heading { level: 0, text, .. } if text == "Skills"));
        assert_eq!(
            lines[4],
            Line::Bullet {
                indent: 0,
                text: "a"
            }
        );
        assert_eq!(
            lines[5],
            Line::Bullet {
                indent: 2,
                text: "b"
            }
        );
        assert_eq!(
            lines[6],
            Line::Bullet {
                indent: 0,
                text: "c"
            }
        );
        assert_eq!(
            lines[7],
            Line::Bullet {
                indent: 0,
                text: "d"
            }
        );
        assert!(matches!(lines[8], Line::Text { text: "plain", .. }));
        assert_eq!(lines[9], Line::Blank);
        assert_eq!(lines[10], Line::Blank, "a rule is a blank");
        assert!(matches!(&lines[11], Line::Heading { level: 1, text, .. } if text == "Setext"));
        assert!(matches!(
            lines[12],
            Line::Text {
                text: "**Acme** — Engineer",
                ..
            }
        ));
    }
}
