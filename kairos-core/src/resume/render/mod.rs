//! Rendering a (resolved) resume as Markdown, HTML, plain text or JSON
//! Resume. Output is deterministic: the same resume always gives the same
//! bytes.

mod html;
pub use html::escape_html;
mod markdown;
mod plain;

use serde::{Deserialize, Serialize};

use super::text::is_bare_web_address;
use crate::error::{Error, Result};
use crate::model::{PartialDate, Project, Resume, SkillGroup, Until};

/// The output formats of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RenderFormat {
    /// Markdown that the importer reads back.
    Markdown,
    /// One self-contained, single-column, ATS-friendly HTML page.
    Html,
    /// Plain text.
    Text,
    /// A JSON Resume document.
    JsonResume,
}

impl std::str::FromStr for RenderFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s {
            "markdown" | "md" => Ok(RenderFormat::Markdown),
            "html" => Ok(RenderFormat::Html),
            "text" | "txt" => Ok(RenderFormat::Text),
            "json_resume" | "json" => Ok(RenderFormat::JsonResume),
            other => Err(Error::UnknownVariant {
                kind: "render format",
                value: other.to_owned(),
                allowed: "markdown, html, text, json_resume".into(),
            }),
        }
    }
}

/// Renders `resume` (resolve a tailored one first with [`super::resolve`]).
pub fn render(resume: &Resume, format: RenderFormat) -> String {
    match format {
        RenderFormat::Markdown => markdown::render(resume),
        RenderFormat::Html => html::render(resume),
        RenderFormat::Text => plain::render(resume),
        RenderFormat::JsonResume => super::to_json_resume(resume),
    }
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Jan 2020`, `2020`, or `15 Jan 2020`.
pub fn human_date(d: &PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", MONTH_ABBR[usize::from(m - 1) % 12], d.year),
        (Some(m), None) => format!("{} {}", MONTH_ABBR[usize::from(m - 1) % 12], d.year),
        _ => d.year.to_string(),
    }
}

/// `Jan 2020 – Present`, `2019 – 2022`, `2015`, or empty.
pub fn human_range(start: Option<&PartialDate>, end: Option<&Until>) -> String {
    let end = end.map(|u| match u {
        Until::Present => "Present".to_owned(),
        Until::Date(d) => human_date(d),
    });
    match (start.map(human_date), end) {
        (Some(s), Some(e)) if s == e => s,
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) => s,
        (None, Some(e)) => e,
        (None, None) => String::new(),
    }
}

/// A contact line's parts, in a fixed order.
pub(crate) fn contact_parts(resume: &Resume) -> Vec<String> {
    let c = &resume.contact;
    let mut parts = Vec::new();
    let location = c.location.one_line();
    if !location.is_empty() {
        parts.push(location);
    }
    parts.extend(c.email.iter().cloned());
    parts.extend(c.phone.iter().cloned());
    parts.extend(c.url.iter().cloned());
    // A profile without an address is its network and user name
    // (`Twitter: neutralthoughts`), which a reader can look up and the
    // importer reads back; a bare user name would say neither.
    parts.extend(c.profiles.iter().filter_map(|p| {
        let url = p.url.as_deref().filter(|u| !u.is_empty());
        let username = p.username.as_deref().filter(|u| !u.is_empty());
        let network = p.network.as_deref().filter(|n| !n.is_empty());
        match (url, network, username) {
            (Some(url), ..) => Some(url.to_owned()),
            (None, Some(network), Some(username)) => Some(format!("{network}: {username}")),
            (None, _, username) => username.map(str::to_owned),
        }
    }));
    parts
}

/// A skill group as the renderers write it: the label that heads its list
/// (the name with its level in brackets, `Web Development (Master)`, which
/// the importer reads back apart), if any, and the list. A group with a
/// name and no items (JSON Resume's `{"name": "Rust", "level": "Expert"}`)
/// names one skill and is written as one, `Rust (Expert)`, not as a label
/// over nothing.
pub(crate) fn group_parts(g: &SkillGroup) -> (Option<String>, String) {
    let label = g
        .name
        .as_deref()
        .map(|name| match g.level.as_deref().filter(|l| !l.is_empty()) {
            Some(level) => format!("{name} ({level})"),
            None => name.to_owned(),
        });
    match label {
        Some(label) if g.items.is_empty() => (None, label),
        label => (label, g.items.join(", ")),
    }
}

/// Puts one blank line between what came before and a new section: a block
/// that ends with a blank line of its own gets no second one.
pub(crate) fn blank_line_before_section(out: &mut String) {
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// Ends the text with one newline, as editors save a file.
pub(crate) fn one_final_newline(out: &mut String) {
    while out.ends_with("\n\n") {
        out.pop();
    }
}

/// A name that links to its site as Markdown writes it (`[Acme](https://
/// acme.com)`), the name alone without an address, the address alone
/// without a name; the importer reads the address back as the url.
pub(crate) fn markdown_link(name: &str, url: Option<&str>) -> String {
    match url {
        Some(url) if name.is_empty() => url.to_owned(),
        // A site written without its scheme would be a link to a file
        // beside the document: it stays as the person wrote it.
        Some(url) if is_bare_web_address(url) => format!("{name} ({url})"),
        Some(url) => format!("[{name}]({url})"),
        None => name.to_owned(),
    }
}

/// A project's roles, who it was for and its kind, as one line of
/// labelled parts (`Role: Maintainer · Organisation: Kairos Labs · Type:
/// application`) that the importer reads back; empty when it has none.
pub(crate) fn project_facts(p: &Project) -> String {
    let mut line = String::new();
    let mut fact = |label: &str, value: &str| {
        if !value.is_empty() {
            if !line.is_empty() {
                line.push_str(" · ");
            }
            line.push_str(label);
            line.push_str(value);
        }
    };
    let roles = p.roles.join(", ");
    fact(
        if p.roles.len() > 1 {
            "Roles: "
        } else {
            "Role: "
        },
        &roles,
    );
    fact("Organisation: ", p.entity.as_deref().unwrap_or(""));
    fact("Type: ", p.kind.as_deref().unwrap_or(""));
    line
}

/// Joins the parts that are not empty with `sep`.
pub(crate) fn join_nonempty(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}
