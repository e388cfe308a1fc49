//! Entries: the lines of a certifications, awards, languages or
//! publications section, each a title with perhaps who gave it, when and a
//! link.

use super::super::date_text::{find_date_range, FoundRange};
use super::super::text::{
    append_prose, bracketed_tail, clean_inline, first_url, word_count, LEVELS,
};
use super::headers::is_title;
use super::lines::Line;
use crate::model::Entry;
use crate::skills::in_lines;

/// A line past this many words is prose (a publication's citation), kept
/// whole: a year inside it is not the entry's date.
const MAX_ENTRY_WORDS: usize = 16;

/// The marks between an entry's parts: the renderer's dash and the bars
/// and dots people write. An en dash is left alone, as it is often part of
/// the name (`AWS Certified Developer – Associate`).
const PART_MARKS: [char; 3] = ['—', '|', '·'];

/// Free-form entries: each top-level line or bullet is an entry, indented
/// bullets belong to the entry above, a sub-heading titles the lines under
/// it, and so does a dated line (`Teacher | CoderDojo | 2012 – 2013`, as
/// plain text writes a volunteer role) the prose and bullets right under it.
pub(super) fn parse_entries(body: &[Line<'_>]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut under_heading = false;
    // Whether the last entry came from a dated line of text and no blank
    // line has followed it.
    let mut under_dated_line = false;
    // Whether the last entry came from a top-level bullet, and only blank
    // lines or its own indented prose have followed it.
    let mut under_bullet = false;
    for line in body {
        let was_under_dated_line = std::mem::take(&mut under_dated_line);
        let was_under_bullet = std::mem::take(&mut under_bullet);
        match line {
            Line::Heading { text, .. } => {
                entries.push(entry(clean_inline(text)));
                under_heading = true;
            }
            // A top-level bullet with dates of its own (`Dean's List 2015`
            // under `Best Paper, ICSE 2020`) is an entry, not a bullet.
            Line::Bullet { indent, text }
                if was_under_dated_line && (*indent > 0 || !is_dated(text)) =>
            {
                if let Some(e) = entries.last_mut() {
                    e.bullets.push(clean_inline(text));
                }
                under_dated_line = *indent == 0;
            }
            // `Global movement of free coding clubs.` under the dated line.
            Line::Text { text, .. }
                if was_under_dated_line
                    && is_prose(text)
                    && entries
                        .last()
                        .is_some_and(|e| e.summary.is_none() && e.bullets.is_empty()) =>
            {
                if let Some(e) = entries.last_mut() {
                    e.summary = Some(clean_inline(text));
                }
                under_dated_line = true;
            }
            Line::Bullet { indent, text } if *indent > 0 || under_heading => {
                match entries.last_mut() {
                    Some(e) => e.bullets.push(clean_inline(text)),
                    None => entries.extend(entries_of_line(text)),
                }
            }
            // Prose under a sub-heading, or indented under a top-level
            // bullet (`  Taught kids to code on Saturdays.` under `- Mentor
            // — Code Club — 2019`, the item's own paragraph, as the
            // renderers write an entry's summary): the entry's summary.
            Line::Text { text, indent, .. }
                if under_heading
                    || was_under_bullet
                        && *indent > 0
                        && entries.last().is_some_and(|e| e.bullets.is_empty()) =>
            {
                if let Some(e) = entries.last_mut() {
                    append_prose(&mut e.summary, clean_inline(text));
                }
                under_bullet = was_under_bullet;
            }
            // `Irish` over `Good working knowledge` (resume.io): the
            // fluency of the entry above.
            Line::Text { text, .. }
                if entries.last().is_some_and(|e| e.subtitle.is_none())
                    && in_lines(LEVELS, text.trim()) =>
            {
                if let Some(e) = entries.last_mut() {
                    e.subtitle = Some(text.trim().to_owned());
                }
            }
            // `March 2021 to March 2024` under `Certified Kubernetes
            // Administrator (CKA)`: the dates of the entry above.
            Line::Text { text, .. } => {
                let dates = entries
                    .last()
                    .filter(|e| e.start.is_none() && e.end.is_none())
                    .and_then(|_| dates_alone(text));
                match (dates, entries.last_mut()) {
                    (Some(range), Some(e)) => (e.start, e.end) = (range.start, range.end),
                    _ => {
                        let read = entries_of_line(text);
                        under_dated_line = matches!(read.as_slice(),
                            [one] if one.start.is_some() || one.end.is_some());
                        entries.extend(read);
                    }
                }
            }
            Line::Bullet { text, .. } => {
                let read = entries_of_line(text);
                under_bullet = read.len() == 1;
                entries.extend(read);
            }
            Line::Blank => under_bullet = was_under_bullet,
        }
    }
    entries
}

/// The entries a line holds: one, or one for each item of a list of three
/// or more short items between dots or bars (`Portuguese (native) · English
/// (C1) · Spanish (B2)`, `Chess | Climbing | Jazz`), each with what it says
/// in brackets as its subtitle. Two items are one entry's title and
/// subtitle (`English — Native`), and a line with dates or a link is one
/// entry's parts (`Best Paper Award | ICSE | 2020`).
fn entries_of_line(text: &str) -> Vec<Entry> {
    let line = clean_inline(text);
    let one = entry(line.clone());
    // Also items set apart by runs of spaces (`Climbing   Chess   Open
    // source`, a row of a PDF turned to text).
    let items: Vec<&str> = line
        .split(PART_MARKS)
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    let is_list = items.len() >= 3
        && one.start.is_none()
        && one.end.is_none()
        && one.url.is_none()
        && items
            .iter()
            .all(|item| (1..=4).contains(&word_count(item)) && !item.ends_with('.'));
    if !is_list {
        return vec![one];
    }
    items
        .into_iter()
        .map(|item| {
            let (title, subtitle) = match bracketed_tail(item) {
                Some((name, said)) => (name.trim(), Some(said.trim().to_owned())),
                None => (item, None),
            };
            Entry {
                title: title.to_owned(),
                subtitle,
                ..Entry::default()
            }
        })
        .collect()
}

/// One entry's line, as the renderer writes it (`AWS Certified Developer —
/// Amazon Web Services — Mar 2021 — https://…`) or as people do (`Best
/// Paper Award | ICSE | 2020`, `Google Professional Data Engineer, 2019`,
/// `CKA (2022)`): the title, who gave it after a dash or a bar, the dates
/// written as a part or at the line's end, and a link. A sentence or a
/// long line stays whole.
fn entry(line: String) -> Entry {
    let mut entry = Entry {
        title: line.clone(),
        ..Entry::default()
    };
    if word_count(&line) > MAX_ENTRY_WORDS || line.ends_with('.') {
        return entry;
    }
    // The parts that are words, each with the dates found in it.
    let mut words = Vec::new();
    for part in line
        .split(PART_MARKS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let dates = find_date_range(part);
        if entry.url.is_none() && first_url(part).as_deref() == Some(part) {
            entry.url = Some(part.to_owned());
        } else if let Some(range) = dates.filter(|r| {
            entry.start.is_none() && is_only_marks(&part[..r.span.0], &part[r.span.1..])
        }) {
            (entry.start, entry.end) = (range.start, range.end);
        } else {
            words.push((part, dates));
        }
    }
    // `Google Professional Data Engineer, 2019`, `CKA (2022)`, `CKA —
    // CNCF, 2022`: dates ending the last part.
    if let Some((part, Some(range))) = words.last_mut() {
        let whole: &str = part;
        let head = whole[..range.span.0].trim_end_matches(&[' ', '(', '[', ',', '-', '–', '—'][..]);
        if entry.start.is_none() && is_only_marks("", &whole[range.span.1..]) && !head.is_empty() {
            (entry.start, entry.end) = (range.start, range.end);
            *part = head;
        }
    }
    // A link the line gave in Markdown, on any part (`[CKA](https://…)`
    // reads `CKA (https://…)`, `Teacher — [CoderDojo](https://…)` its
    // second part so).
    for (part, _) in &mut words {
        let whole: &str = part;
        if let Some((name, url)) = bracketed_tail(whole) {
            if entry.url.is_none() && first_url(url).as_deref() == Some(url) {
                entry.url = Some(url.to_owned());
                *part = name;
            }
        }
    }
    let mut title = words.first().map_or("", |w| w.0).to_owned();
    // `Mentor, Codebar Lisbon`, `Analyst of the Year, Zillow`: a role's or
    // an award's title, then who it was with (not `Chess, Climbing`).
    let mut subtitle = None;
    if words.len() == 1 {
        if let Some((head, tail)) = title.split_once(", ") {
            if is_title(head) && !is_title(tail) {
                subtitle = Some(tail.trim().to_owned());
                title = head.trim().to_owned();
            }
        }
    }
    if title.is_empty() {
        // Dates or a link alone: kept as written.
        (entry.start, entry.end, entry.url) = (None, None, None);
        return entry;
    }
    entry.title = title;
    entry.subtitle = subtitle.or_else(|| {
        (words.len() > 1).then(|| {
            let rest: Vec<&str> = words[1..].iter().map(|w| w.0).collect();
            rest.join(" — ")
        })
    });
    entry
}

/// Whether a line reads as an entry with dates (`Dean's List 2015`).
fn is_dated(text: &str) -> bool {
    let read = entry(clean_inline(text));
    read.start.is_some() || read.end.is_some()
}

/// A sentence (`… for young people.`) or a line too long for an entry's
/// title: prose, not an entry of its own.
fn is_prose(text: &str) -> bool {
    let text = text.trim();
    text.ends_with('.') || word_count(text) > MAX_ENTRY_WORDS
}

/// The dates a line holds alone (`March 2021 to March 2024`, `(2020)`).
fn dates_alone(line: &str) -> Option<FoundRange> {
    find_date_range(line).filter(|r| is_only_marks(&line[..r.span.0], &line[r.span.1..]))
}

/// Whether the text around a part's dates is only brackets and commas
/// (`(2020)`, `Mar 2021,`): the part is dates alone.
fn is_only_marks(before: &str, after: &str) -> bool {
    before
        .bytes()
        .chain(after.bytes())
        .all(|b| matches!(b, b' ' | b'\t' | b'(' | b')' | b'[' | b']' | b','))
}
