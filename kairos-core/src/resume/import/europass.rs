//! What Europass CVs write that other resumes do not: the EU's template
//! labels its fields (`City: Berlin | Country: Germany`, `Business or
//! sector`, `EQF level 6`) and sets labels in a column beside their values
//! (`PERSONAL INFORMATION    Lukas Schmidt`, `Mother tongue(s)    German`).
//! Read as text, those labels would be taken for names, employers and
//! institutions.

use super::lines::Line;
use crate::skills::in_lines;

/// A place given by labels, as Europass writes it under a role: `City:
/// Berlin | Country: Germany` is `Berlin, Germany`.
pub(super) fn labelled_place(line: &str) -> Option<String> {
    let mut place = String::new();
    for part in line.split('|') {
        let (label, name) = part.split_once(':')?;
        let labels = phrase_lines!["city", "country", "state", "region", "location"];
        if name.trim().is_empty() || !in_lines(labels, label.trim()) {
            return None;
        }
        if !place.is_empty() {
            place.push_str(", ");
        }
        place.push_str(name.trim());
    }
    Some(place)
}

/// `Business or sector Financial services`: what the employer does, which
/// stays with the role's text and is never a role's header.
pub(super) fn is_sector_line(line: &str) -> bool {
    let starts = |s: &str, with: &str| {
        s.get(..with.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(with))
    };
    let line = line.trim_start();
    let line = if starts(line, "type of ") {
        &line[8..]
    } else {
        line
    };
    starts(line, "business or sector")
}

/// `EQF level 6`, `ISCED 5`: a qualification's level in the European (or
/// UNESCO's) framework, beside the qualification.
pub(super) fn is_qualification_level(part: &str) -> bool {
    let (framework, level) = part.split_once(' ').unwrap_or_default();
    let level = level
        .strip_prefix("level ")
        .or_else(|| level.strip_prefix("Level "))
        .unwrap_or(level);
    in_lines(phrase_lines!["eqf", "isced", "nqf", "nfq"], framework)
        && !level.is_empty()
        && level.bytes().all(|b| b.is_ascii_digit())
}

/// A line set in two columns, a label beside its value (a tab or two
/// spaces or more between): the label and the value.
pub(super) fn columns(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let gap = line
        .as_bytes()
        .windows(2)
        .position(|pair| pair[0] == b'\t' || pair == b"  ")?;
    let value = line[gap..].trim();
    (gap > 0 && !value.is_empty()).then_some((&line[..gap], value))
}

/// What a label of Europass's older template (before 2013) gives: the
/// record's dates, its head (the position, the qualification), who it was
/// with (the employer, the school), or text about it.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Dates,
    Head,
    With,
    About,
}

fn field_of(label: &str) -> Option<Field> {
    let label = label.trim().to_ascii_lowercase();
    let starts = |heads: &[&str]| heads.iter().any(|h| label.starts_with(h));
    if label == "dates" {
        Some(Field::Dates)
    } else if starts(&["occupation or position held", "title of qualification"]) {
        Some(Field::Head)
    } else if starts(&[
        "name and address of employer",
        "name and type of organisation",
        "name of organisation",
    ]) {
        Some(Field::With)
    } else if starts(&[
        "main activities and responsibilities",
        "principal subjects",
        "type of business or sector",
        "level in national or international classification",
    ]) {
        Some(Field::About)
    } else {
        None
    }
}

/// A line's label and value, the label before a colon or in a column.
fn labelled(line: &str) -> Option<(Field, &str)> {
    let (label, value) = line.split_once(':').or_else(|| columns(line))?;
    Some((field_of(label)?, value.trim()))
}

/// Europass's older template labels every part of a role or a course
/// (`Dates: 04/2020 – present`, `Occupation or position held: Backend
/// Developer`, `Main activities and responsibilities: …`, `Name and
/// address of employer: N26 GmbH, Berlin`): its records, rewritten as the
/// header (`Backend Developer — N26 GmbH, Berlin | 04/2020 – present`) and
/// text other resumes write; `None` when the section has no such record.
pub(super) fn records<'a>(body: &[Line<'a>]) -> Option<Vec<Line<'a>>> {
    let mut out = Vec::with_capacity(body.len());
    let mut record: Option<Record<'a>> = None;
    let mut any = false;
    for line in body {
        let field = match line {
            Line::Text { text, line_no, .. } => {
                labelled(text).map(|(f, value)| (f, value, *text, *line_no))
            }
            _ => None,
        };
        if let Some((Field::Dates, dates, _, line_no)) = field {
            if let Some(done) = record.take() {
                done.write(&mut out);
            }
            record = Some(Record {
                dates,
                line_no,
                head: "",
                with: "",
                about: Vec::new(),
            });
            any = true;
            continue;
        }
        let Some(r) = record.as_mut() else {
            out.push(line.clone());
            continue;
        };
        match field {
            Some((Field::Head, value, ..)) => r.head = value,
            Some((Field::With, value, ..)) => r.with = value,
            Some((Field::About, value, text, line_no)) if !value.is_empty() => {
                let text = if is_sector_line(text) {
                    text.trim()
                } else {
                    value
                };
                r.about.push(Line::Text {
                    text,
                    line_no,
                    indent: 0,
                });
            }
            _ => r.about.push(line.clone()),
        }
    }
    if let Some(done) = record {
        done.write(&mut out);
    }
    any.then_some(out)
}

/// One record of the older template, read so far.
struct Record<'a> {
    dates: &'a str,
    line_no: usize,
    head: &'a str,
    with: &'a str,
    about: Vec<Line<'a>>,
}

impl<'a> Record<'a> {
    /// Writes the header and text the record stands for.
    fn write(self, out: &mut Vec<Line<'a>>) {
        let header = match (self.head, self.with) {
            (head, "") => head.to_owned(),
            ("", with) => with.to_owned(),
            (head, with) => format!("{head} — {with}"),
        };
        out.push(Line::Heading {
            level: 3,
            text: format!("{header} | {}", self.dates),
            line_no: self.line_no,
        });
        out.extend(self.about);
    }
}

/// The labels Europass sets beside a person's skills.
pub(super) const SKILL_LABELS: &str = phrase_lines![
    "mother tongue(s)",
    "mother tongue",
    "other language(s)",
    "other languages",
    "digital skills",
    "digital competence",
    "computer skills",
    "communication skills",
    "organisational / managerial skills",
    "organisational skills",
    "job-related skills",
    "other skills",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_place_is_its_names() {
        assert_eq!(
            labelled_place("City: Berlin | Country: Germany").as_deref(),
            Some("Berlin, Germany")
        );
        assert_eq!(labelled_place("Country: Italy").as_deref(), Some("Italy"));
        assert_eq!(labelled_place("City: Berlin | Team: Payments"), None);
        assert_eq!(labelled_place("Built APIs: REST | gRPC"), None);
        assert_eq!(labelled_place("City: "), None);
    }

    #[test]
    fn qualification_levels() {
        for level in ["EQF level 6", "ISCED 5", "eqf 7", "NFQ Level 8"] {
            assert!(is_qualification_level(level), "{level}");
        }
        for other in [
            "EQF",
            "Level 6",
            "EQF level six",
            "B.Sc. Informatik",
            "EQF level 6 and more",
        ] {
            assert!(!is_qualification_level(other), "{other}");
        }
    }

    #[test]
    fn columns_part_a_label_from_its_value() {
        assert_eq!(
            columns("Mother tongue(s)        German"),
            Some(("Mother tongue(s)", "German"))
        );
        assert_eq!(
            columns("Digital skills\tKotlin, Java"),
            Some(("Digital skills", "Kotlin, Java"))
        );
        assert_eq!(columns("Kotlin, Java"), None);
        assert_eq!(columns("Kotlin   "), None);
    }
}
