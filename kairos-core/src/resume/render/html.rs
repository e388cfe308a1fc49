//! One self-contained HTML page: semantic headings, a single column, no
//! scripts and no external requests, so applicant tracking systems read it
//! and a browser prints it cleanly. Every user string is escaped, and only
//! `http`, `https` and `mailto` links become links.

use std::fmt::Write;

use super::super::text::is_bare_web_address;
use super::{contact_parts, group_parts, human_range, join_nonempty, project_facts};
use crate::model::{Resume, SectionContent};

const STYLE: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}\
h1{margin:0;font-size:1.9rem}h2{font-size:1.15rem;text-transform:uppercase;letter-spacing:.05em;border-bottom:1px solid #999;margin-top:1.6rem}\
h3{font-size:1rem;margin:1rem 0 .1rem}.meta{color:#444;margin:0 0 .3rem}.contact{margin:.2rem 0}ul{margin:.2rem 0 .6rem;padding-left:1.2rem}\
@media print{body{margin:0}a{color:inherit;text-decoration:none}}";

/// Escapes text for HTML element content and attribute values (`&`, `<`,
/// `>`, `"` and `'`). Use it for any user or listing text put in a page.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Whether `url` may be a link target: `http`, `https` or `mailto` only,
/// so `javascript:` and `data:` never become clickable.
fn is_safe_link(url: &str) -> bool {
    let u: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    u.starts_with("http://") || u.starts_with("https://") || u.starts_with("mailto:")
}

fn link(out: &mut String, text: &str, url: &str) {
    // A site written without its scheme (`ada.dev`) is a web page.
    let bare = is_bare_web_address(url.trim());
    if bare || is_safe_link(url) {
        out.push_str(if bare {
            "<a href=\"https://"
        } else {
            "<a href=\""
        });
        escape_into(out, url.trim());
        out.push_str("\">");
        escape_into(out, text);
        out.push_str("</a>");
    } else {
        escape_into(out, text);
    }
}

/// An address as a page shows it: without its scheme or a last slash
/// (`github.com/ada`), as people write one on a resume.
fn shown_address(url: &str) -> &str {
    let bare = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    bare.strip_suffix('/').unwrap_or(bare)
}

/// A name, linked to its site when it has one (the address shown when
/// there is no name).
fn name_linked(out: &mut String, name: &str, url: Option<&str>) {
    match url {
        Some(url) if name.is_empty() => link(out, url, url),
        Some(url) => link(out, name, url),
        None => escape_into(out, name),
    }
}

/// `Title — Employer` (or `Degree — School`), the second linked to its site.
fn heading_with_linked_name(out: &mut String, first: &str, name: &str, url: Option<&str>) {
    escape_into(out, first);
    if !first.is_empty() && !name.is_empty() {
        out.push_str(" — ");
    }
    name_linked(out, name, url);
}

fn bullets(out: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str("<ul>\n");
    for b in items {
        out.push_str("<li>");
        escape_into(out, b);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn meta_line(out: &mut String, parts: &[&str]) {
    let line = join_nonempty(parts, " · ");
    if !line.is_empty() {
        out.push_str("<p class=\"meta\">");
        escape_into(out, &line);
        out.push_str("</p>\n");
    }
}

pub(super) fn render(resume: &Resume) -> String {
    let mut out = String::with_capacity(8192);
    let c = &resume.contact;
    let title = if c.name.is_empty() {
        "Resume"
    } else {
        c.name.as_str()
    };
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape_into(&mut out, title);
    let _ = write!(
        out,
        "</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>"
    );
    escape_into(&mut out, title);
    out.push_str("</h1>\n");
    if let Some(label) = &c.label {
        out.push_str("<p class=\"meta\">");
        escape_into(&mut out, label);
        out.push_str("</p>\n");
    }
    let contacts = contact_parts(resume);
    if !contacts.is_empty() {
        out.push_str("<p class=\"contact\">");
        for (i, part) in contacts.iter().enumerate() {
            if i > 0 {
                out.push_str(" · ");
            }
            if c.email.as_deref() == Some(part.as_str()) {
                link(&mut out, part, &format!("mailto:{part}"));
            } else {
                link(&mut out, shown_address(part), part);
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n<main>\n");
    for section in &resume.sections {
        let _ = write!(out, "<section class=\"{}\">\n<h2>", section.section_type);
        escape_into(&mut out, &section.heading);
        out.push_str("</h2>\n");
        match &section.content {
            SectionContent::Paragraphs { paragraphs } => {
                for p in paragraphs {
                    out.push_str("<p>");
                    escape_into(&mut out, p);
                    out.push_str("</p>\n");
                }
            }
            SectionContent::Roles { roles } => {
                for r in roles {
                    out.push_str("<article>\n<h3>");
                    heading_with_linked_name(&mut out, &r.title, &r.employer, r.url.as_deref());
                    out.push_str("</h3>\n");
                    let dates = human_range(r.start.as_ref(), r.end.as_ref());
                    meta_line(&mut out, &[r.location.as_deref().unwrap_or(""), &dates]);
                    for line in [&r.description, &r.summary].into_iter().flatten() {
                        out.push_str("<p>");
                        escape_into(&mut out, line);
                        out.push_str("</p>\n");
                    }
                    bullets(&mut out, &r.bullets);
                    out.push_str("</article>\n");
                }
            }
            SectionContent::Projects { projects } => {
                for p in projects {
                    out.push_str("<article>\n<h3>");
                    name_linked(&mut out, &p.name, p.url.as_deref());
                    out.push_str("</h3>\n");
                    let dates = human_range(p.start.as_ref(), p.end.as_ref());
                    meta_line(&mut out, &[&dates, &project_facts(p)]);
                    if let Some(d) = &p.description {
                        out.push_str("<p>");
                        escape_into(&mut out, d);
                        out.push_str("</p>\n");
                    }
                    bullets(&mut out, &p.bullets);
                    if !p.technologies.is_empty() {
                        out.push_str("<p class=\"meta\">Tech: ");
                        escape_into(&mut out, &p.technologies.join(", "));
                        out.push_str("</p>\n");
                    }
                    out.push_str("</article>\n");
                }
            }
            SectionContent::Groups { groups } => {
                out.push_str("<ul>\n");
                for g in groups {
                    out.push_str("<li>");
                    let (label, items) = group_parts(g);
                    if let Some(name) = label {
                        out.push_str("<strong>");
                        escape_into(&mut out, &name);
                        out.push_str(":</strong> ");
                    }
                    escape_into(&mut out, &items);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            SectionContent::Education { entries } => {
                for e in entries {
                    out.push_str("<article>\n<h3>");
                    let q = super::markdown::qualification_line(e);
                    heading_with_linked_name(&mut out, &q, &e.institution, e.url.as_deref());
                    out.push_str("</h3>\n");
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    meta_line(&mut out, &[&dates, e.score.as_deref().unwrap_or("")]);
                    bullets(&mut out, &e.notes);
                    out.push_str("</article>\n");
                }
            }
            SectionContent::Entries { entries } => {
                out.push_str("<ul>\n");
                for e in entries {
                    out.push_str("<li>");
                    name_linked(&mut out, &e.title, e.url.as_deref());
                    let dates = human_range(e.start.as_ref(), e.end.as_ref());
                    let rest = join_nonempty(
                        &[e.subtitle.as_deref().unwrap_or(""), dates.as_str()],
                        " · ",
                    );
                    if !rest.is_empty() {
                        out.push_str(" — ");
                        escape_into(&mut out, &rest);
                    }
                    if let Some(s) = &e.summary {
                        out.push_str("<br>");
                        escape_into(&mut out, s);
                    }
                    if !e.bullets.is_empty() {
                        out.push('\n');
                        bullets(&mut out, &e.bullets);
                    }
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
