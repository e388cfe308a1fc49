//! Markdown output, in the shapes the importer reads back.

use std::fmt::Write;

use super::{
    blank_line_before_section, contact_parts, group_parts, human_range, join_nonempty,
    markdown_link, one_final_newline, project_facts,
};
use crate::model::{Resume, SectionContent};

pub(super) fn render(resume: &Resume) -> String {
    let mut out = String::with_capacity(4096);
    let c = &resume.contact;
    if !c.name.is_empty() {
        let _ = writeln!(out, "# {}\n", c.name);
    }
    if let Some(label) = &c.label {
        let _ = writeln!(out, "{label}");
    }
    let contacts = contact_parts(resume);
    if !contacts.is_empty() {
        let _ = writeln!(out, "{}", contacts.join(" | "));
    }
    for section in &resume.sections {
        blank_line_before_section(&mut out);
        let _ = write!(out, "## {}\n\n", section.heading);
        match &section.content {
            SectionContent::Paragraphs { paragraphs } => {
                out.push_str(&paragraphs.join("\n\n"));
                out.push('\n');
            }
            SectionContent::Roles { roles } if !section.section_type.bullets_only() => {
                // Outside work experience, roles read back as entries: one
                // line and its bullets, its parts as an entry's are written.
                for r in roles {
                    let dates = human_range(r.start.as_ref(), r.end.as_ref());
                    let employer = markdown_link(&r.employer, r.url.as_deref());
                    let _ = writeln!(
                        out,
                        "- {}",
                        join_nonempty(
                            &[
                                r.title.as_str(),
                                employer.as_str(),
                                r.location.as_deref().unwrap_or(""),
                                dates.as_str()
                            ],
                            " — "
                        )
                    );
                    // Its prose as the item's own paragraphs, indented
                    // under it; its bullets nested.
                    for line in [&r.description, &r.summary].into_iter().flatten() {
                        let _ = writeln!(out, "\n  {line}\n");
                    }
                    for line in &r.bullets {
                        let _ = writeln!(out, "  - {line}");
                    }
                }
            }
            SectionContent::Roles { roles } => {
                for r in roles {
                    let employer = markdown_link(&r.employer, r.url.as_deref());
                    let head = join_nonempty(&[r.title.as_str(), employer.as_str()], " — ");
                    let dates = human_range(r.start.as_ref(), r.end.as_ref());
                    let tail = join_nonempty(
                        &[r.location.as_deref().unwrap_or(""), dates.as_str()],
                        " | ",
                    );
                    let _ = writeln!(
                        out,
                        "### {}\n",
                        join_nonempty(&[head.as_str(), tail.as_str()], " | ")
                    );
                    for line in [&r.description, &r.summary].into_iter().flatten() {
                        let _ = writeln!(out, "{line}\n");
                    }
                    bullets(&mut out, &r.bullets);
                }
            }
            SectionContent::Projects { projects } => {
                for p in projects {
                    let name = markdown_link(&p.name, p.url.as_deref());
                    let dates = human_range(p.start.as_ref(), p.end.as_ref());
                    let _ = writeln!(
                        out,
                        "### {}\n",
                        join_nonempty(&[name.as_str(), dates.as_str()], " | ")
                    );
                    let facts = project_facts(p);
                    if !facts.is_empty() {
                        let _ = writeln!(out, "{facts}\n");
                    }
                    if let Some(d) = &p.description {
                        let _ = writeln!(out, "{d}\n");
                    }
                    bullets(&mut out, &p.bullets);
                    if !p.technologies.is_empty() {
                        let _ = writeln!(out, "Tech: {}\n", p.technologies.join(", "));
                    }
                }
            }
            SectionContent::Groups { groups } => {
                for g in groups {
                    match group_parts(g) {
                        (Some(name), items) => {
                            let _ = writeln!(out, "- **{name}:** {items}");
                        }
                        (None, items) => {
                            let _ = writeln!(out, "- {items}");
                        }
                    }
                }
            }
            SectionContent::Education { entries } => {
                for e in entries {
                    let qualification = qualification_line(e);
                    let institution = markdown_link(&e.institution, e.url.as_deref());
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    let _ = writeln!(
                        out,
                        "### {}\n",
                        join_nonempty(
                            &[qualification.as_str(), institution.as_str(), dates.as_str()],
                            " | "
                        )
                    );
                    let score = e.score.as_ref().map(|s| format!("Score: {s}"));
                    let notes: Vec<String> =
                        score.into_iter().chain(e.notes.iter().cloned()).collect();
                    bullets(&mut out, &notes);
                }
            }
            SectionContent::Entries { entries } => {
                for e in entries {
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    let line = join_nonempty(
                        &[
                            e.title.as_str(),
                            e.subtitle.as_deref().unwrap_or(""),
                            dates.as_str(),
                            e.url.as_deref().unwrap_or(""),
                        ],
                        " — ",
                    );
                    let _ = writeln!(out, "- {line}");
                    // The summary as the item's own paragraph, indented
                    // under it.
                    if let Some(s) = &e.summary {
                        let _ = writeln!(out, "\n  {s}\n");
                    }
                    for b in &e.bullets {
                        let _ = writeln!(out, "  - {b}");
                    }
                }
            }
        }
    }
    one_final_newline(&mut out);
    out
}

/// `Bachelor of Science (Computer Science)`: the area in parentheses, so the
/// line reads back as one qualification.
pub(super) fn qualification_line(e: &crate::model::EducationEntry) -> String {
    match (e.qualification.as_deref(), e.area.as_deref()) {
        (Some(q), Some(a)) => format!("{q} ({a})"),
        (Some(q), None) => q.to_owned(),
        (None, Some(a)) => a.to_owned(),
        (None, None) => String::new(),
    }
}

fn bullets(out: &mut String, items: &[String]) {
    for b in items {
        let _ = writeln!(out, "- {b}");
    }
    if !items.is_empty() {
        out.push('\n');
    }
}
