//! Base + tailored → the full resume, and the rules a tailoring must keep.

use crate::error::{Error, Result};
use crate::model::{Resume, ResumeSection, Role, SectionContent, TailoredResume, TailoredSection};

fn section_name(s: &ResumeSection) -> String {
    format!("{} ({})", s.heading, s.section_type)
}

fn refuse(section: &ResumeSection, field: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::Tailoring {
        section: section_name(section),
        field: field.into(),
        reason: reason.into(),
    }
}

fn role_name(r: &Role) -> String {
    match (r.employer.is_empty(), r.title.is_empty()) {
        (false, false) => format!("{} — {}", r.employer, r.title),
        (false, true) => r.employer.clone(),
        _ => r.title.clone(),
    }
}

/// Checks a tailoring against its base without building the result.
///
/// Refused, with [`Error::Tailoring`] naming the section and field: a
/// tailoring of another base resume; a section the base does not have or of
/// another type; two changes to one section; a protected section
/// (education, extracurricular, references); content of the wrong shape;
/// and, in work experience and internships, a role the base does not have
/// or a change to anything but a role's bullets.
pub fn validate_tailoring(base: &Resume, tailored: &TailoredResume) -> Result<()> {
    if tailored.base_resume_id != base.id {
        return Err(Error::Tailoring {
            section: "the whole resume".into(),
            field: "base_resume_id".into(),
            reason: format!(
                "tailored for base resume {}, not {}",
                tailored.base_resume_id, base.id
            ),
        });
    }
    // A resume's few sections: a list, not a hash set, keeps one more
    // hash table's code out of the browser's module.
    let mut seen = Vec::with_capacity(tailored.sections.len());
    for t in &tailored.sections {
        let Some(b) = base.sections.iter().find(|s| s.id == t.section_id) else {
            return Err(Error::Tailoring {
                section: format!("section {}", t.section_id),
                field: "section_id".into(),
                reason: "the base resume has no such section".into(),
            });
        };
        if seen.contains(&t.section_id) {
            return Err(refuse(b, "section_id", "the section is changed twice"));
        }
        seen.push(t.section_id);
        check_section(b, t)?;
    }
    Ok(())
}

fn check_section(b: &ResumeSection, t: &TailoredSection) -> Result<()> {
    if t.section_type != b.section_type {
        return Err(refuse(
            b,
            "section_type",
            format!(
                "`{}` does not match the base's `{}`",
                t.section_type, b.section_type
            ),
        ));
    }
    if !b.section_type.is_tailorable() {
        return Err(refuse(
            b,
            "content",
            format!(
                "`{}` sections are protected and never tailored",
                b.section_type
            ),
        ));
    }
    if !t.content.fits(b.section_type) {
        return Err(refuse(
            b,
            "content",
            format!(
                "this shape of content does not belong in a `{}` section",
                b.section_type
            ),
        ));
    }
    if b.section_type.bullets_only() {
        let (SectionContent::Roles { roles: base_roles }, SectionContent::Roles { roles }) =
            (&b.content, &t.content)
        else {
            return Err(refuse(b, "content", "only roles can replace roles"));
        };
        let mut seen = Vec::with_capacity(roles.len());
        for (i, r) in roles.iter().enumerate() {
            let Some(br) = base_roles.iter().find(|br| br.id == r.id) else {
                return Err(refuse(
                    b,
                    format!("roles[{i}]"),
                    format!("the base has no role `{}` (id {})", role_name(r), r.id),
                ));
            };
            if seen.contains(&r.id) {
                return Err(refuse(
                    b,
                    format!("roles[{i}]"),
                    format!("role `{}` is changed twice", role_name(br)),
                ));
            }
            seen.push(r.id);
            let fixed: [(&str, bool); 8] = [
                ("employer", r.employer == br.employer),
                ("title", r.title == br.title),
                ("location", r.location == br.location),
                ("start", r.start == br.start),
                ("end", r.end == br.end),
                ("url", r.url == br.url),
                ("description", r.description == br.description),
                ("summary", r.summary == br.summary),
            ];
            if let Some((field, _)) = fixed.iter().find(|(_, same)| !same) {
                return Err(refuse(
                    b,
                    format!("{} → {field}", role_name(br)),
                    "only a role's bullets may change; its employer, title, location, dates and text are fixed",
                ));
            }
        }
    }
    Ok(())
}

/// The full resume a tailoring stands for: every base section in base
/// order, with tailored sections replacing theirs. In work experience and
/// internships every base role stays, in base order, with the tailored
/// bullets where the tailoring gives them.
pub fn resolve(base: &Resume, tailored: &TailoredResume) -> Result<Resume> {
    validate_tailoring(base, tailored)?;
    let mut out = base.clone();
    for section in &mut out.sections {
        let Some(t) = tailored
            .sections
            .iter()
            .find(|t| t.section_id == section.id)
        else {
            continue;
        };
        match (&mut section.content, &t.content) {
            (SectionContent::Roles { roles }, SectionContent::Roles { roles: new })
                if section.section_type.bullets_only() =>
            {
                for role in roles.iter_mut() {
                    if let Some(n) = new.iter().find(|n| n.id == role.id) {
                        role.bullets.clone_from(&n.bullets);
                    }
                }
            }
            (content, new) => *content = new.clone(),
        }
    }
    Ok(out)
}
