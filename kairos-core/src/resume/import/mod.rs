//! Importing Markdown and plain-text resumes as people write them.
//!
//! Two passes: [`lines`] classifies each line (heading, bullet, text), then
//! the lines between section headings are read by the parser for that
//! section's type ([`sections`]). Headings are matched in their usual
//! spellings ([`super::headings`]); an unrecognised heading keeps its
//! section as `extracurricular` under its own heading, so nothing is dropped.

mod columns;
mod entries;
mod europass;
mod headers;
mod letter_spacing;
mod ligatures;
mod lines;
mod preamble;
mod sections;

use lines::{classify_lines, Line};

use super::headings::classify;
use super::text::strip_inline;
use super::ResumeMeta;
use crate::error::{Error, Result};
use crate::model::{Resume, ResumeSection, Role, RoleId, SectionContent, SectionId, SectionType};
use crate::skills::in_lines;

/// Imports a Markdown or plain-text resume; `format` only names the source in errors.
pub(super) fn import_text(text: &str, format: &'static str, meta: &ResumeMeta) -> Result<Resume> {
    // Text as a PDF gives it: columns read apart first (by position, which
    // the next steps would shift), then ligatures and letter-spaced lines.
    let columns = columns::one_after_the_other(text);
    let text = columns.as_deref().unwrap_or(text);
    let written_out = ligatures::written_out(text);
    let text = written_out.as_deref().unwrap_or(text);
    let closed_up = letter_spacing::closed_up(text);
    let lines = main_column_first(classify_lines(closed_up.as_deref().unwrap_or(text)));
    // Whether each line is a heading naming a section: asked of every
    // heading (a role's too) three times below, so read once.
    let names_section: Vec<bool> = lines
        .iter()
        .map(|l| matches!(l, Line::Heading { text, .. } if classify(text).is_some()))
        .collect();
    let section_level = lines
        .iter()
        .zip(&names_section)
        .filter_map(|(l, &named)| match l {
            Line::Heading { level, .. } if named && *level > 0 => Some(*level),
            _ => None,
        })
        .min()
        .unwrap_or(0);
    let is_boundary = |i: usize| match &lines[i] {
        Line::Heading { level: 0, .. } => names_section[i],
        Line::Heading { level, .. } => *level == section_level,
        _ => false,
    };
    let Some(first) = (0..lines.len()).position(|i| is_boundary(i) && names_section[i]) else {
        return Err(Error::ResumeImport {
            format,
            location: "the whole document".into(),
            reason:
                "no recognisable section heading (looked for Experience, Work History, Skills, \
                     Technical Skills, Education, Projects, Summary and their usual spellings)"
                    .into(),
        });
    };
    // Unknown headings at section level before the first known one belong to the preamble.
    let preamble = preamble::read_preamble(&lines[..first]);
    // `JANE DOE` and her contact line again at the top of page two, as a
    // PDF's running header gives them: no part of the section they fall in.
    // Told by the name and the email the preamble read (a title line may
    // well come again as a role's).
    let name = &preamble.contact.name;
    let email = preamble.contact.email.as_deref().filter(|e| !e.is_empty());
    let repeats_header =
        |text: &str| text == name || email.is_some_and(|email| text.contains(email));

    let mut sections: Vec<ResumeSection> = Vec::new();
    let mut i = first;
    while i < lines.len() {
        let Line::Heading { text: heading, .. } = &lines[i] else {
            unreachable!("loop starts at a boundary")
        };
        let end = (i + 1..lines.len())
            .find(|&k| is_boundary(k))
            .unwrap_or(lines.len());
        let body: Vec<Line<'_>> = lines[i + 1..end]
            .iter()
            .map(|l| match l {
                Line::Heading { text, .. } if repeats_header(text) => Line::Blank,
                Line::Text { text, .. } if repeats_header(text) => Line::Blank,
                // A heading inside a section that is not a boundary is a sub-heading.
                Line::Heading {
                    level: 0,
                    text,
                    line_no,
                } => Line::Text {
                    text: text.as_str(),
                    line_no: *line_no,
                    indent: 0,
                },
                other => other.clone(),
            })
            .collect();
        let section_type = classify(heading).unwrap_or(SectionType::Extracurricular);
        let index = sections.len();
        sections.push(ResumeSection {
            id: SectionId::derive(&[
                &meta.id.to_string(),
                &index.to_string(),
                section_type.as_str(),
            ]),
            section_type,
            heading: strip_inline(heading).trim().to_owned(),
            content: read_section(section_type, &body, meta, index),
        });
        i = end;
    }

    if !preamble.summary.is_empty() {
        match sections
            .iter_mut()
            .find(|s| s.section_type == SectionType::Summary)
        {
            Some(ResumeSection {
                content: SectionContent::Paragraphs { paragraphs },
                ..
            }) => {
                paragraphs.splice(0..0, preamble.summary);
            }
            _ => sections.insert(
                0,
                ResumeSection {
                    id: SectionId::derive(&[&meta.id.to_string(), "preamble", "summary"]),
                    section_type: SectionType::Summary,
                    heading: "Summary".into(),
                    content: SectionContent::Paragraphs {
                        paragraphs: preamble.summary,
                    },
                },
            ),
        }
    }

    Ok(Resume {
        id: meta.id,
        owner_id: meta.owner_id,
        contact: preamble.contact,
        sections,
        created_at: meta.created_at,
    })
}

/// LinkedIn's "Save to PDF" sets its sidebar first (`Contact`, then `Top
/// Skills`, `Languages`, `Certifications`), then the name, headline and
/// place over the main column. Read as text, the name would follow the
/// sidebar: its head (the lines just before the first Summary or
/// Experience heading, the place counted when it is one) moves first, the
/// sidebar's contact lines after it, so the preamble reads as any resume's;
/// the sidebar's sections follow.
fn main_column_first(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    fn text_of<'l>(line: &'l Line<'_>) -> &'l str {
        match line {
            Line::Heading { text, .. } => text.trim(),
            Line::Text { text, .. } => text.trim(),
            _ => "",
        }
    }
    let Some(contact) = lines.iter().position(|l| !matches!(l, Line::Blank)) else {
        return lines;
    };
    if !text_of(&lines[contact]).eq_ignore_ascii_case("contact") {
        return lines;
    }
    let Some(main) = lines.iter().position(|l| {
        matches!(l, Line::Heading { .. })
            && in_lines(phrase_lines!["summary", "experience"], text_of(l))
    }) else {
        return lines;
    };
    let mut before_main = (contact + 1..main)
        .rev()
        .filter(|&k| !matches!(lines[k], Line::Blank));
    let placed = before_main
        .next()
        .is_some_and(|k| headers::is_place(text_of(&lines[k])));
    let Some(name) = before_main.nth(usize::from(placed)) else {
        return lines;
    };
    // The sidebar's head names no one.
    lines[contact] = Line::Blank;
    lines[contact + 1..main].rotate_right(main - name);
    lines
}

fn read_section(
    section_type: SectionType,
    body: &[Line<'_>],
    meta: &ResumeMeta,
    index: usize,
) -> SectionContent {
    let records = match section_type {
        SectionType::WorkExperience | SectionType::Internship | SectionType::Education => {
            europass::records(body)
        }
        _ => None,
    };
    let body = records.as_deref().unwrap_or(body);
    match section_type {
        SectionType::Summary => SectionContent::Paragraphs {
            paragraphs: sections::parse_paragraphs(body),
        },
        SectionType::WorkExperience | SectionType::Internship => {
            let drafts = sections::parse_roles(body);
            let roles = drafts
                .into_iter()
                .enumerate()
                .map(|(n, d)| {
                    let (description, summary) = d.description_and_summary();
                    Role {
                        id: role_id(meta, index, n, &d.employer, &d.title),
                        employer: d.employer,
                        title: d.title,
                        location: d.location,
                        start: d.start,
                        end: d.end,
                        url: d.url,
                        description,
                        summary,
                        bullets: d.bullets,
                    }
                })
                .collect();
            SectionContent::Roles { roles }
        }
        SectionType::Projects => SectionContent::Projects {
            projects: sections::parse_projects(body),
        },
        SectionType::Technologies => SectionContent::Groups {
            groups: sections::parse_groups(body),
        },
        SectionType::Education => SectionContent::Education {
            entries: sections::parse_education(body),
        },
        SectionType::Extracurricular | SectionType::References => SectionContent::Entries {
            entries: entries::parse_entries(body),
        },
    }
}

/// A role's id: stable for the same resume, section position and role.
pub(super) fn role_id(
    meta: &ResumeMeta,
    section: usize,
    n: usize,
    employer: &str,
    title: &str,
) -> RoleId {
    RoleId::derive(&[
        &meta.id.to_string(),
        &section.to_string(),
        &n.to_string(),
        employer,
        title,
    ])
}
