//! Plain-text output: underlined headings and `•` bullets.

use std::fmt::Write;

use super::{
    blank_line_before_section, contact_parts, group_parts, human_range, join_nonempty,
    one_final_newline, project_facts,
};
use crate::model::{Resume, SectionContent};

pub(super) fn render(resume: &Resume) -> String {
    let mut out = String::with_capacity(4096);
    let c = &resume.contact;
    if !c.name.is_empty() {
        let _ = writeln!(out, "{}", c.name);
    }
    if let Some(label) = &c.label {
        let _ = writeln!(out, "{label}");
    }
    let contacts = contact_parts(resume);
    if !contacts.is_empty() {
        let _ = writeln!(out, "{}", contacts.join(" | "));
    }
    for section in &resume.sections {
        // Underlined as written, in any script: capitalising would need
        // Unicode's case tables (8 KB of the WebAssembly module, gzipped)
        // or spell `Expérience` as `EXPéRIENCE`.
        let rule = "-".repeat(section.heading.chars().count());
        blank_line_before_section(&mut out);
        let _ = write!(out, "{}\n{rule}\n\n", section.heading);
        match &section.content {
            SectionContent::Paragraphs { paragraphs } => {
                out.push_str(&paragraphs.join("\n\n"));
                out.push('\n');
            }
            SectionContent::Roles { roles } => {
                for r in roles {
                    let dates = human_range(r.start.as_ref(), r.end.as_ref());
                    let _ = writeln!(
                        out,
                        "{}",
                        join_nonempty(
                            &[
                                r.title.as_str(),
                                r.employer.as_str(),
                                r.location.as_deref().unwrap_or(""),
                                dates.as_str(),
                                r.url.as_deref().unwrap_or("")
                            ],
                            " | "
                        )
                    );
                    for line in [&r.description, &r.summary].into_iter().flatten() {
                        let _ = writeln!(out, "{line}");
                    }
                    bullets(&mut out, &r.bullets);
                }
            }
            SectionContent::Projects { projects } => {
                for p in projects {
                    let dates = human_range(p.start.as_ref(), p.end.as_ref());
                    let _ = writeln!(
                        out,
                        "{}",
                        join_nonempty(
                            &[
                                p.name.as_str(),
                                p.url.as_deref().unwrap_or(""),
                                dates.as_str()
                            ],
                            " | "
                        )
                    );
                    let facts = project_facts(p);
                    if !facts.is_empty() {
                        let _ = writeln!(out, "{facts}");
                    }
                    if let Some(d) = &p.description {
                        let _ = writeln!(out, "{d}");
                    }
                    bullets(&mut out, &p.bullets);
                    if !p.technologies.is_empty() {
                        let _ = writeln!(out, "Tech: {}", p.technologies.join(", "));
                    }
                    out.push('\n');
                }
            }
            SectionContent::Groups { groups } => {
                for g in groups {
                    match group_parts(g) {
                        (Some(name), items) => {
                            let _ = writeln!(out, "{name}: {items}");
                        }
                        (None, items) => {
                            let _ = writeln!(out, "{items}");
                        }
                    }
                }
            }
            SectionContent::Education { entries } => {
                for e in entries {
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    let q = super::markdown::qualification_line(e);
                    let _ = writeln!(
                        out,
                        "{}",
                        join_nonempty(
                            &[
                                q.as_str(),
                                e.institution.as_str(),
                                dates.as_str(),
                                e.url.as_deref().unwrap_or("")
                            ],
                            " | "
                        )
                    );
                    if let Some(score) = &e.score {
                        let _ = writeln!(out, "Score: {score}");
                    }
                    bullets(&mut out, &e.notes);
                }
            }
            SectionContent::Entries { entries } => {
                for e in entries {
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    let _ = writeln!(
                        out,
                        "• {}",
                        join_nonempty(
                            &[
                                e.title.as_str(),
                                e.subtitle.as_deref().unwrap_or(""),
                                dates.as_str(),
                                e.url.as_deref().unwrap_or("")
                            ],
                            " — "
                        )
                    );
                    // The summary as prose indented under the entry's line,
                    // as Markdown writes it.
                    if let Some(s) = &e.summary {
                        let _ = writeln!(out, "  {s}");
                    }
                    for b in &e.bullets {
                        let _ = writeln!(out, "  • {b}");
                    }
                }
            }
        }
    }
    one_final_newline(&mut out);
    out
}

fn bullets(out: &mut String, items: &[String]) {
    for b in items {
        let _ = writeln!(out, "• {b}");
    }
    out.push('\n');
}
