//! The truthfulness guard: every tailored section, whoever wrote it, must
//! say nothing the base resume and the profile do not already say.

use crate::fasthash::FastSet;

use serde::{Deserialize, Serialize};

use super::numbers::figures;
use crate::analysis::Analyzer;
use crate::case::Lowercase;
use crate::model::{
    Project, Resume, ResumeSection, Role, SectionContent, TailoredResume, TailoredSection,
};
use crate::profile::Profile;
use crate::resume::{diff_summary, render, RenderFormat};

/// What rule a tailoring broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationKind {
    /// Names a skill that is in neither the profile nor the base resume.
    InventedSkill,
    /// Has a figure (a percentage, money, a count, a year) the base does not.
    InventedNumber,
    /// Changes a role's employer, title, location or dates, or its type.
    ChangedFixedField,
    /// Changes a protected section (education, extracurricular, references).
    ProtectedSection,
    /// Names a section, role or project the base does not have.
    UnknownEntry,
    /// Puts content of the wrong shape in a section.
    WrongShape,
}

/// One broken rule, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    /// What rule.
    pub kind: ViolationKind,
    /// The section, by heading and type.
    pub section: String,
    /// Where in it: `Acme — Senior Engineer, bullet 2`, `paragraph 1`, `Languages, item 3`.
    pub location: String,
    /// What was found: the skill, the figure or the field.
    pub detail: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            ViolationKind::InventedSkill => "skill in neither the profile nor the base resume",
            ViolationKind::InventedNumber => "figure the base resume does not have",
            ViolationKind::ChangedFixedField => "changed a field tailoring may not change",
            ViolationKind::ProtectedSection => "changed a protected section",
            ViolationKind::UnknownEntry => "names something the base resume does not have",
            ViolationKind::WrongShape => "content of the wrong shape",
        };
        write!(
            f,
            "{}, {}: {what}: {}",
            self.section, self.location, self.detail
        )
    }
}

/// What to do with a tailoring that breaks the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardMode {
    /// Refuse the whole tailoring.
    Reject,
    /// Remove what breaks the rules and keep the rest.
    Strip,
}

/// The guard's verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuardOutcome {
    /// The mode it ran in.
    pub mode: GuardMode,
    /// Every violation found in the proposal.
    pub violations: Vec<Violation>,
    /// The tailoring to use: the proposal when clean, the stripped one in
    /// strip mode, `None` when rejected.
    pub tailored: Option<TailoredResume>,
}

/// What the person is known to have and to have said.
struct Known {
    skills: FastSet<String>,
    figures: FastSet<String>,
}

fn known(base: &Resume, profile: &Profile, analyzer: &Analyzer) -> Known {
    let text = render(base, RenderFormat::Markdown);
    let taxonomy = analyzer.taxonomy();
    let mut skills: FastSet<String> = analyzer
        .extractor()
        .extract(&text)
        .into_iter()
        .map(|h| taxonomy.get(h.skill).name.lowercase())
        .collect();
    skills.extend(profile.skills.iter().map(|s| s.name.lowercase()));
    skills.extend(profile.terms.iter().map(|t| t.lowercase()));
    Known {
        skills,
        figures: figures(&text).into_iter().collect(),
    }
}

struct Checker<'a> {
    analyzer: &'a Analyzer,
    known: &'a Known,
    out: Vec<Violation>,
}

impl Checker<'_> {
    fn text(&mut self, section: &str, location: &str, text: &str) {
        let taxonomy = self.analyzer.taxonomy();
        for hit in self.analyzer.extractor().extract(text) {
            let name = &taxonomy.get(hit.skill).name;
            if !self.known.skills.contains(&name.lowercase()) {
                self.push(
                    ViolationKind::InventedSkill,
                    section,
                    location,
                    name.clone(),
                );
            }
        }
        for f in figures(text) {
            if !self.known.figures.contains(&f) {
                self.push(ViolationKind::InventedNumber, section, location, f);
            }
        }
    }

    fn push(&mut self, kind: ViolationKind, section: &str, location: &str, detail: String) {
        let v = Violation {
            kind,
            section: section.to_owned(),
            location: location.to_owned(),
            detail,
        };
        if !self.out.contains(&v) {
            self.out.push(v);
        }
    }
}

fn section_name(s: &ResumeSection) -> String {
    format!("{} ({})", s.heading, s.section_type)
}

fn role_name(r: &Role) -> String {
    [r.employer.as_str(), r.title.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
}

fn fixed_fields(a: &Role, b: &Role) -> Vec<&'static str> {
    let mut out = Vec::new();
    let checks: [(&'static str, bool); 8] = [
        ("employer", a.employer == b.employer),
        ("title", a.title == b.title),
        ("location", a.location == b.location),
        ("start", a.start == b.start),
        ("end", a.end == b.end),
        ("url", a.url == b.url),
        ("description", a.description == b.description),
        ("summary", a.summary == b.summary),
    ];
    for (name, same) in checks {
        if !same {
            out.push(name);
        }
    }
    out
}

/// Every way `tailored` departs from what `base` and `profile` support:
/// invented skills and figures in any text, changed role headers,
/// protected sections touched, sections, roles or projects the base does
/// not have. Empty when the tailoring is truthful.
pub fn check_tailoring(
    base: &Resume,
    profile: &Profile,
    tailored: &TailoredResume,
    analyzer: &Analyzer,
) -> Vec<Violation> {
    check_with(base, tailored, analyzer, &known(base, profile, analyzer))
}

fn check_with(
    base: &Resume,
    tailored: &TailoredResume,
    analyzer: &Analyzer,
    known: &Known,
) -> Vec<Violation> {
    let mut c = Checker {
        analyzer,
        known,
        out: Vec::new(),
    };
    for t in &tailored.sections {
        let Some(b) = base.sections.iter().find(|s| s.id == t.section_id) else {
            c.push(
                ViolationKind::UnknownEntry,
                &format!("section {}", t.section_id),
                "section",
                "the base resume has no such section".into(),
            );
            continue;
        };
        let name = section_name(b);
        if !b.section_type.is_tailorable() {
            c.push(
                ViolationKind::ProtectedSection,
                &name,
                "section",
                format!("`{}` sections are never tailored", b.section_type),
            );
            continue;
        }
        if t.section_type != b.section_type {
            c.push(
                ViolationKind::ChangedFixedField,
                &name,
                "section_type",
                format!("`{}` instead of `{}`", t.section_type, b.section_type),
            );
        }
        if !t.content.fits(b.section_type)
            || std::mem::discriminant(&t.content) != std::mem::discriminant(&b.content)
        {
            c.push(
                ViolationKind::WrongShape,
                &name,
                "content",
                "content of another shape than the base section".into(),
            );
            continue;
        }
        match (&b.content, &t.content) {
            (SectionContent::Paragraphs { .. }, SectionContent::Paragraphs { paragraphs }) => {
                for (i, p) in paragraphs.iter().enumerate() {
                    c.text(&name, &format!("paragraph {}", i + 1), p);
                }
            }
            (SectionContent::Roles { roles: base_roles }, SectionContent::Roles { roles }) => {
                for r in roles {
                    let Some(br) = base_roles.iter().find(|br| br.id == r.id) else {
                        c.push(
                            ViolationKind::UnknownEntry,
                            &name,
                            &role_name(r),
                            "a role the base does not have".into(),
                        );
                        continue;
                    };
                    for field in fixed_fields(br, r) {
                        c.push(
                            ViolationKind::ChangedFixedField,
                            &name,
                            &role_name(br),
                            field.into(),
                        );
                    }
                    for (i, bullet) in r.bullets.iter().enumerate() {
                        c.text(
                            &name,
                            &format!("{}, bullet {}", role_name(br), i + 1),
                            bullet,
                        );
                    }
                }
            }
            (
                SectionContent::Projects {
                    projects: base_projects,
                },
                SectionContent::Projects { projects },
            ) => {
                for p in projects {
                    if !base_projects.iter().any(|bp| bp.name == p.name) {
                        c.push(
                            ViolationKind::UnknownEntry,
                            &name,
                            &format!("project {}", p.name),
                            "a project the base does not have".into(),
                        );
                        continue;
                    }
                    if let Some(d) = &p.description {
                        c.text(&name, &format!("{}, description", p.name), d);
                    }
                    for (i, b) in p.bullets.iter().enumerate() {
                        c.text(&name, &format!("{}, bullet {}", p.name, i + 1), b);
                    }
                    for (i, t) in p.technologies.iter().enumerate() {
                        c.text(&name, &format!("{}, technology {}", p.name, i + 1), t);
                    }
                }
            }
            (SectionContent::Groups { .. }, SectionContent::Groups { groups }) => {
                for g in groups {
                    // A group's name may be a skill (`Rust`, listed with no
                    // items, is one): it is checked as its items are.
                    if let Some(group_name) = &g.name {
                        c.text(&name, &format!("{group_name}, name"), group_name);
                    }
                    for (i, item) in g.items.iter().enumerate() {
                        c.text(
                            &name,
                            &format!("{}, item {}", g.name.as_deref().unwrap_or("skills"), i + 1),
                            item,
                        );
                    }
                }
            }
            _ => {}
        }
    }
    c.out
}

/// Removes from `tailored` everything the guard objects to: an invented
/// paragraph, bullet or item is dropped; a changed role header is put back;
/// a role or project the base lacks is dropped; a protected, unknown or
/// misshapen section is dropped whole. What remains passes the guard.
pub fn strip_violations(
    base: &Resume,
    profile: &Profile,
    tailored: &TailoredResume,
    analyzer: &Analyzer,
) -> TailoredResume {
    strip_with(base, tailored, analyzer, &known(base, profile, analyzer))
}

fn strip_with(
    base: &Resume,
    tailored: &TailoredResume,
    analyzer: &Analyzer,
    k: &Known,
) -> TailoredResume {
    let taxonomy = analyzer.taxonomy();
    let clean = |text: &str| {
        analyzer
            .extractor()
            .extract(text)
            .iter()
            .all(|h| k.skills.contains(&taxonomy.get(h.skill).name.lowercase()))
            && figures(text).iter().all(|f| k.figures.contains(f))
    };
    let mut sections: Vec<TailoredSection> = Vec::new();
    for t in &tailored.sections {
        let Some(b) = base.sections.iter().find(|s| s.id == t.section_id) else {
            continue;
        };
        if !b.section_type.is_tailorable()
            || !t.content.fits(b.section_type)
            || std::mem::discriminant(&t.content) != std::mem::discriminant(&b.content)
        {
            continue;
        }
        let content = match (&b.content, &t.content) {
            (_, SectionContent::Paragraphs { paragraphs }) => SectionContent::Paragraphs {
                paragraphs: paragraphs.iter().filter(|p| clean(p)).cloned().collect(),
            },
            (SectionContent::Roles { roles: base_roles }, SectionContent::Roles { roles }) => {
                SectionContent::Roles {
                    roles: roles
                        .iter()
                        .filter_map(|r| {
                            let br = base_roles.iter().find(|br| br.id == r.id)?;
                            let mut fixed = br.clone();
                            fixed.bullets =
                                r.bullets.iter().filter(|x| clean(x)).cloned().collect();
                            Some(fixed)
                        })
                        .collect(),
                }
            }
            (
                SectionContent::Projects {
                    projects: base_projects,
                },
                SectionContent::Projects { projects },
            ) => SectionContent::Projects {
                projects: projects
                    .iter()
                    .filter_map(|p| {
                        let bp = base_projects.iter().find(|bp| bp.name == p.name)?;
                        Some(Project {
                            description: p
                                .description
                                .clone()
                                .filter(|d| clean(d))
                                .or_else(|| bp.description.clone()),
                            bullets: p.bullets.iter().filter(|x| clean(x)).cloned().collect(),
                            technologies: p
                                .technologies
                                .iter()
                                .filter(|x| clean(x))
                                .cloned()
                                .collect(),
                            ..bp.clone()
                        })
                    })
                    .collect(),
            },
            (_, SectionContent::Groups { groups }) => SectionContent::Groups {
                groups: groups
                    .iter()
                    .filter(|g| g.name.as_deref().is_none_or(&clean))
                    .map(|g| {
                        let mut g = g.clone();
                        g.items.retain(|i| clean(i));
                        g
                    })
                    .collect(),
            },
            _ => continue,
        };
        sections.push(TailoredSection {
            section_id: t.section_id,
            section_type: b.section_type,
            content,
        });
    }
    let mut out = TailoredResume {
        sections,
        ..tailored.clone()
    };
    out.diff_summary = diff_summary(base, &out);
    out
}

/// Runs the guard on a proposal: a clean proposal passes as it is; one with
/// violations is refused (`Reject`) or stripped (`Strip`). The outcome
/// records the mode and every violation found.
pub fn apply_guard(
    base: &Resume,
    profile: &Profile,
    proposal: &TailoredResume,
    analyzer: &Analyzer,
    mode: GuardMode,
) -> GuardOutcome {
    // What the person has and said is read once, for the check and the strip.
    let known = known(base, profile, analyzer);
    let violations = check_with(base, proposal, analyzer, &known);
    let tailored = if violations.is_empty() {
        Some(proposal.clone())
    } else {
        match mode {
            GuardMode::Reject => None,
            GuardMode::Strip => Some(strip_with(base, proposal, analyzer, &known)),
        }
    };
    GuardOutcome {
        mode,
        violations,
        tailored,
    }
}
