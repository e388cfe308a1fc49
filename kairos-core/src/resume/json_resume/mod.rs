//! JSON Resume (<https://jsonresume.org/schema>) import and export.
//!
//! The mapping, both ways (older v0 names such as `company`, `website`,
//! `gpa` and `picture` are read too):
//!
//! | JSON Resume | Kairos |
//! |---|---|
//! | `basics` (name, label, image, email, phone, url, location, profiles) | [`Contact`] |
//! | `basics.summary` | `summary` section, paragraphs split on blank lines |
//! | `work[]` | `work_experience` roles (name → employer, position → title, highlights → bullets) |
//! | `volunteer[]` | `extracurricular` "Volunteer" roles (organization → employer) |
//! | `education[]` | `education` (studyType → qualification, courses → notes) |
//! | `projects[]` | `projects` (highlights → bullets, keywords → technologies) |
//! | `skills[]` | `technologies` groups (keywords → items) |
//! | `awards[]`, `certificates[]`, `publications[]`, `languages[]`, `interests[]` | `extracurricular` entries, one section each |
//! | `references[]` | `references` entries (name → title, reference → summary) |
//!
//! A role with a start date and no end date is current (`present`), as the
//! schema intends; exported, `present` is written by leaving `endDate` out.
//! `meta` and `$schema` describe the file, not the person, and are not kept.

use serde::Serialize;

mod read;

use super::import::role_id;
use super::ResumeMeta;
use crate::error::{Error, Result};
use crate::model::{
    Contact, EducationEntry, Entry, Location, PartialDate, Profile, Project, Resume, ResumeSection,
    Role, SectionContent, SectionId, SectionType, SkillGroup, Until,
};

#[derive(Debug, Default, Serialize)]
struct Document {
    #[serde(skip_serializing_if = "Basics::is_empty")]
    basics: Basics,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    work: Vec<Work>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    volunteer: Vec<Volunteer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    education: Vec<Education>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    awards: Vec<Award>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    certificates: Vec<Certificate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    publications: Vec<Publication>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<Skill>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<Language>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    interests: Vec<Interest>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    references: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    projects: Vec<JrProject>,
}

type Text = Option<String>;

#[derive(Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Basics {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<JrLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    profiles: Vec<JrProfile>,
}

impl Basics {
    fn is_empty(&self) -> bool {
        self == &Basics::default()
    }
}

#[derive(Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct JrLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_code: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Text,
}

#[derive(Debug, Default, PartialEq, Serialize)]
struct JrProfile {
    #[serde(skip_serializing_if = "Option::is_none")]
    network: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    username: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Work {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    highlights: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Volunteer {
    #[serde(skip_serializing_if = "Option::is_none")]
    organization: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    highlights: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Education {
    #[serde(skip_serializing_if = "Option::is_none")]
    institution: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    study_type: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    courses: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
struct Award {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    awarder: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
}

#[derive(Debug, Default, Serialize)]
struct Certificate {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    issuer: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Publication {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    release_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
}

#[derive(Debug, Default, Serialize)]
struct Skill {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
struct Language {
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    fluency: Text,
}

#[derive(Debug, Default, Serialize)]
struct Interest {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct JrProject {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    highlights: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Text,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Text,
}

/// Empty and whitespace-only strings mean "not given".
fn given(t: &Text) -> Option<String> {
    t.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn items(v: &[String]) -> Vec<String> {
    v.iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn bad(path: String, reason: String) -> Error {
    Error::ResumeImport {
        format: "json_resume",
        location: path,
        reason,
    }
}

fn date(path: &dyn Fn() -> String, t: &Text) -> Result<Option<PartialDate>> {
    match given(t) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            bad(
                path(),
                format!("`{s}` is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            )
        }),
    }
}

/// An end date; with a start and no end, the role is current.
fn until(
    path: &dyn Fn() -> String,
    t: &Text,
    has_start: bool,
    open_means_present: bool,
) -> Result<Option<Until>> {
    match given(t) {
        Some(s) if s.eq_ignore_ascii_case("present") || s.eq_ignore_ascii_case("current") => {
            Ok(Some(Until::Present))
        }
        Some(_) => Ok(date(path, t)?.map(Until::Date)),
        None if has_start && open_means_present => Ok(Some(Until::Present)),
        None => Ok(None),
    }
}

/// Imports a JSON Resume document.
pub(super) fn import(document: &str, meta: &ResumeMeta) -> Result<Resume> {
    let value: serde_json::Value = serde_json::from_str(document).map_err(|e| {
        let (path, _) = crate::json_path::error_path(document, &e);
        let location = if path == "." {
            "the document root".into()
        } else {
            path
        };
        // The user's own document: its line and column help them find it.
        bad(location, e.to_string())
    })?;
    let doc = read::document(&value)?;
    let b = &doc.basics;
    let location = b.location.as_ref().map(|l| Location {
        address: given(&l.address),
        postal_code: given(&l.postal_code),
        city: given(&l.city),
        region: given(&l.region),
        country_code: given(&l.country_code),
    });
    let contact = Contact {
        name: given(&b.name).unwrap_or_default(),
        label: given(&b.label),
        email: given(&b.email),
        phone: given(&b.phone),
        url: given(&b.url),
        image: given(&b.image),
        location: location.unwrap_or_default(),
        profiles: b
            .profiles
            .iter()
            .map(|p| Profile {
                network: given(&p.network),
                username: given(&p.username),
                url: given(&p.url),
            })
            .filter(|p| p != &Profile::default())
            .collect(),
    };

    let mut out = SectionsOut {
        meta,
        sections: Vec::new(),
    };
    if let Some(summary) = given(&b.summary) {
        let paragraphs = summary
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        out.push(
            SectionType::Summary,
            "Summary",
            SectionContent::Paragraphs { paragraphs },
        );
    }

    let index = out.sections.len();
    let mut roles = Vec::new();
    for (i, w) in doc.work.iter().enumerate() {
        let p = |f: &'static str| move || format!("work[{i}].{f}");
        let start = date(&p("startDate"), &w.start_date)?;
        let role = Role {
            id: role_id(
                meta,
                index,
                roles.len(),
                &given(&w.name).unwrap_or_default(),
                &given(&w.position).unwrap_or_default(),
            ),
            employer: given(&w.name).unwrap_or_default(),
            title: given(&w.position).unwrap_or_default(),
            location: given(&w.location),
            end: until(&p("endDate"), &w.end_date, start.is_some(), true)?,
            start,
            url: given(&w.url),
            description: given(&w.description),
            summary: given(&w.summary),
            bullets: items(&w.highlights),
        };
        if !role_is_empty(&role) {
            roles.push(role);
        }
    }
    out.push_nonempty(
        SectionType::WorkExperience,
        "Work Experience",
        roles,
        |roles| SectionContent::Roles { roles },
    );

    let mut projects = Vec::new();
    for (i, pr) in doc.projects.iter().enumerate() {
        let p = |f: &'static str| move || format!("projects[{i}].{f}");
        let start = date(&p("startDate"), &pr.start_date)?;
        let project = Project {
            name: given(&pr.name).unwrap_or_default(),
            description: given(&pr.description),
            url: given(&pr.url),
            end: until(&p("endDate"), &pr.end_date, start.is_some(), false)?,
            start,
            bullets: items(&pr.highlights),
            technologies: items(&pr.keywords),
            roles: items(&pr.roles),
            entity: given(&pr.entity),
            kind: given(&pr.kind),
        };
        if project.name.is_empty() && project.description.is_none() && project.bullets.is_empty() {
            continue;
        }
        projects.push(project);
    }
    out.push_nonempty(SectionType::Projects, "Projects", projects, |projects| {
        SectionContent::Projects { projects }
    });

    let groups: Vec<SkillGroup> = doc
        .skills
        .iter()
        .map(|s| SkillGroup {
            name: given(&s.name),
            level: given(&s.level),
            items: items(&s.keywords),
        })
        .filter(|g| g.name.is_some() || !g.items.is_empty())
        .collect();
    out.push_nonempty(SectionType::Technologies, "Skills", groups, |groups| {
        SectionContent::Groups { groups }
    });

    let mut studies = Vec::new();
    for (i, e) in doc.education.iter().enumerate() {
        let p = |f: &'static str| move || format!("education[{i}].{f}");
        let start = date(&p("startDate"), &e.start_date)?;
        let entry = EducationEntry {
            institution: given(&e.institution).unwrap_or_default(),
            qualification: given(&e.study_type),
            area: given(&e.area),
            end: until(&p("endDate"), &e.end_date, start.is_some(), false)?,
            start,
            score: given(&e.score),
            url: given(&e.url),
            notes: items(&e.courses),
        };
        if entry != empty_education() {
            studies.push(entry);
        }
    }
    out.push_nonempty(SectionType::Education, "Education", studies, |entries| {
        SectionContent::Education { entries }
    });

    let index = out.sections.len();
    let mut volunteering = Vec::new();
    for (i, v) in doc.volunteer.iter().enumerate() {
        let p = |f: &'static str| move || format!("volunteer[{i}].{f}");
        let start = date(&p("startDate"), &v.start_date)?;
        let role = Role {
            id: role_id(
                meta,
                index,
                volunteering.len(),
                &given(&v.organization).unwrap_or_default(),
                &given(&v.position).unwrap_or_default(),
            ),
            employer: given(&v.organization).unwrap_or_default(),
            title: given(&v.position).unwrap_or_default(),
            location: None,
            end: until(&p("endDate"), &v.end_date, start.is_some(), true)?,
            start,
            url: given(&v.url),
            description: None,
            summary: given(&v.summary),
            bullets: items(&v.highlights),
        };
        if !role_is_empty(&role) {
            volunteering.push(role);
        }
    }
    out.push_nonempty(
        SectionType::Extracurricular,
        "Volunteer",
        volunteering,
        |roles| SectionContent::Roles { roles },
    );

    let mut awards = Vec::new();
    for (i, a) in doc.awards.iter().enumerate() {
        let start = date(&|| format!("awards[{i}].date"), &a.date)?;
        awards.push(entry(
            given(&a.title),
            given(&a.awarder),
            start,
            None,
            given(&a.summary),
            Vec::new(),
        ));
    }
    out.push_entries(SectionType::Extracurricular, "Awards", awards);

    let mut certificates = Vec::new();
    for (i, c) in doc.certificates.iter().enumerate() {
        let start = date(&|| format!("certificates[{i}].date"), &c.date)?;
        certificates.push(entry(
            given(&c.name),
            given(&c.issuer),
            start,
            given(&c.url),
            None,
            Vec::new(),
        ));
    }
    out.push_entries(SectionType::Extracurricular, "Certificates", certificates);

    let mut publications = Vec::new();
    for (i, pb) in doc.publications.iter().enumerate() {
        let start = date(
            &|| format!("publications[{i}].releaseDate"),
            &pb.release_date,
        )?;
        publications.push(entry(
            given(&pb.name),
            given(&pb.publisher),
            start,
            given(&pb.url),
            given(&pb.summary),
            Vec::new(),
        ));
    }
    out.push_entries(SectionType::Extracurricular, "Publications", publications);

    let languages = doc
        .languages
        .iter()
        .map(|l| {
            entry(
                given(&l.language),
                given(&l.fluency),
                None,
                None,
                None,
                Vec::new(),
            )
        })
        .collect();
    out.push_entries(SectionType::Extracurricular, "Languages", languages);

    let interests = doc
        .interests
        .iter()
        .map(|n| {
            entry(
                given(&n.name),
                None,
                None,
                None,
                given(&n.summary),
                items(&n.keywords),
            )
        })
        .collect();
    out.push_entries(SectionType::Extracurricular, "Interests", interests);

    let references = doc
        .references
        .iter()
        .map(|r| {
            entry(
                given(&r.name),
                None,
                None,
                None,
                given(&r.reference),
                Vec::new(),
            )
        })
        .collect();
    out.push_entries(SectionType::References, "References", references);

    if out.sections.is_empty() {
        return Err(bad(
            "the document root".into(),
            "no section has any content (summary, work, education, skills, projects, … are all empty)".into(),
        ));
    }
    Ok(Resume {
        id: meta.id,
        owner_id: meta.owner_id,
        contact,
        sections: out.sections,
        created_at: meta.created_at,
    })
}

fn role_is_empty(r: &Role) -> bool {
    r.employer.is_empty()
        && r.title.is_empty()
        && r.start.is_none()
        && r.summary.is_none()
        && r.bullets.is_empty()
        && r.description.is_none()
}

fn empty_education() -> EducationEntry {
    EducationEntry {
        institution: String::new(),
        qualification: None,
        area: None,
        start: None,
        end: None,
        score: None,
        url: None,
        notes: Vec::new(),
    }
}

fn entry(
    title: Text,
    subtitle: Text,
    start: Option<PartialDate>,
    url: Text,
    summary: Text,
    bullets: Vec<String>,
) -> Option<Entry> {
    let e = Entry {
        title: title.unwrap_or_default(),
        subtitle,
        start,
        end: None,
        url,
        summary,
        bullets,
    };
    let empty = e.title.is_empty()
        && e.subtitle.is_none()
        && e.start.is_none()
        && e.url.is_none()
        && e.summary.is_none()
        && e.bullets.is_empty();
    (!empty).then_some(e)
}

struct SectionsOut<'a> {
    meta: &'a ResumeMeta,
    sections: Vec<ResumeSection>,
}

impl SectionsOut<'_> {
    fn push(&mut self, section_type: SectionType, heading: &str, content: SectionContent) {
        let index = self.sections.len();
        self.sections.push(ResumeSection {
            id: SectionId::derive(&[
                &self.meta.id.to_string(),
                &index.to_string(),
                section_type.as_str(),
            ]),
            section_type,
            heading: heading.into(),
            content,
        });
    }

    fn push_nonempty<T>(
        &mut self,
        section_type: SectionType,
        heading: &str,
        items: Vec<T>,
        content: impl FnOnce(Vec<T>) -> SectionContent,
    ) {
        if !items.is_empty() {
            self.push(section_type, heading, content(items));
        }
    }

    fn push_entries(
        &mut self,
        section_type: SectionType,
        heading: &str,
        entries: Vec<Option<Entry>>,
    ) {
        let entries: Vec<Entry> = entries.into_iter().flatten().collect();
        self.push_nonempty(section_type, heading, entries, |entries| {
            SectionContent::Entries { entries }
        });
    }
}

fn some(s: &str) -> Text {
    (!s.is_empty()).then(|| s.to_owned())
}

fn date_text(d: Option<PartialDate>) -> Text {
    d.map(|d| d.to_string())
}

/// The end date as JSON Resume writes it: `present` is an absent `endDate`.
fn until_text(u: Option<Until>) -> Text {
    match u {
        Some(Until::Date(d)) => Some(d.to_string()),
        Some(Until::Present) | None => None,
    }
}

/// Exports a resolved resume as a JSON Resume document (pretty-printed).
///
/// Importing the result gives the same resume for any resume imported from
/// JSON Resume. Internships export as `work`, and free-form sections by
/// their heading (awards, certificates, publications, languages, volunteer,
/// otherwise interests).
pub fn to_json_resume(resume: &Resume) -> String {
    let c = &resume.contact;
    let mut doc = Document {
        basics: Basics {
            name: some(&c.name),
            label: c.label.clone(),
            image: c.image.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            url: c.url.clone(),
            summary: None,
            location: (!c.location.is_empty()).then(|| JrLocation {
                address: c.location.address.clone(),
                postal_code: c.location.postal_code.clone(),
                city: c.location.city.clone(),
                country_code: c.location.country_code.clone(),
                region: c.location.region.clone(),
            }),
            profiles: c
                .profiles
                .iter()
                .map(|p| JrProfile {
                    network: p.network.clone(),
                    username: p.username.clone(),
                    url: p.url.clone(),
                })
                .collect(),
        },
        ..Document::default()
    };
    let mut summaries: Vec<&str> = Vec::new();
    for section in &resume.sections {
        let heading = section.heading.to_ascii_lowercase();
        match (&section.content, section.section_type) {
            (SectionContent::Paragraphs { paragraphs }, SectionType::Summary) => {
                summaries.extend(paragraphs.iter().map(String::as_str))
            }
            (SectionContent::Paragraphs { paragraphs }, SectionType::References) => {
                doc.references.extend(paragraphs.iter().map(|p| Reference {
                    name: Some(p.clone()),
                    reference: None,
                }))
            }
            (SectionContent::Paragraphs { paragraphs }, _) => {
                doc.interests.extend(paragraphs.iter().map(|p| Interest {
                    name: Some(p.clone()),
                    summary: None,
                    keywords: Vec::new(),
                }))
            }
            (
                SectionContent::Roles { roles },
                SectionType::WorkExperience | SectionType::Internship,
            ) => {
                doc.work.extend(roles.iter().map(|r| Work {
                    name: some(&r.employer),
                    location: r.location.clone(),
                    description: r.description.clone(),
                    position: some(&r.title),
                    url: r.url.clone(),
                    start_date: date_text(r.start),
                    end_date: until_text(r.end),
                    summary: r.summary.clone(),
                    highlights: r.bullets.clone(),
                }));
            }
            (SectionContent::Roles { roles }, _) => {
                doc.volunteer.extend(roles.iter().map(|r| Volunteer {
                    organization: some(&r.employer),
                    position: some(&r.title),
                    url: r.url.clone(),
                    start_date: date_text(r.start),
                    end_date: until_text(r.end),
                    summary: r.summary.clone(),
                    highlights: r.bullets.clone(),
                }))
            }
            (SectionContent::Projects { projects }, _) => {
                doc.projects.extend(projects.iter().map(|p| JrProject {
                    name: some(&p.name),
                    description: p.description.clone(),
                    highlights: p.bullets.clone(),
                    keywords: p.technologies.clone(),
                    start_date: date_text(p.start),
                    end_date: until_text(p.end),
                    url: p.url.clone(),
                    roles: p.roles.clone(),
                    entity: p.entity.clone(),
                    kind: p.kind.clone(),
                }))
            }
            (SectionContent::Groups { groups }, _) => {
                doc.skills.extend(groups.iter().map(|g| Skill {
                    name: g.name.clone(),
                    level: g.level.clone(),
                    keywords: g.items.clone(),
                }))
            }
            (SectionContent::Education { entries }, _) => {
                doc.education.extend(entries.iter().map(|e| Education {
                    institution: some(&e.institution),
                    url: e.url.clone(),
                    area: e.area.clone(),
                    study_type: e.qualification.clone(),
                    start_date: date_text(e.start),
                    end_date: until_text(e.end),
                    score: e.score.clone(),
                    courses: e.notes.clone(),
                }))
            }
            (SectionContent::Entries { entries }, SectionType::References) => {
                doc.references.extend(entries.iter().map(|e| {
                    Reference {
                        name: some(&e.title),
                        reference: e
                            .summary
                            .clone()
                            .or_else(|| (!e.bullets.is_empty()).then(|| e.bullets.join(" "))),
                    }
                }))
            }
            (SectionContent::Entries { entries }, _) => export_entries(&heading, entries, &mut doc),
        }
    }
    if !summaries.is_empty() {
        doc.basics.summary = Some(summaries.join("\n\n"));
    }
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn export_entries(heading: &str, entries: &[Entry], doc: &mut Document) {
    let date = |e: &Entry| date_text(e.start);
    if heading.contains("award")
        || heading.contains("honour")
        || heading.contains("honor")
        || heading.contains("achievement")
    {
        doc.awards.extend(entries.iter().map(|e| Award {
            title: some(&e.title),
            date: date(e),
            awarder: e.subtitle.clone(),
            summary: e.summary.clone(),
        }));
    } else if heading.contains("certif") || heading.contains("licen") {
        doc.certificates.extend(entries.iter().map(|e| Certificate {
            name: some(&e.title),
            date: date(e),
            url: e.url.clone(),
            issuer: e.subtitle.clone(),
        }));
    } else if heading.contains("publication") || heading.contains("talk") {
        doc.publications.extend(entries.iter().map(|e| Publication {
            name: some(&e.title),
            publisher: e.subtitle.clone(),
            release_date: date(e),
            url: e.url.clone(),
            summary: e.summary.clone(),
        }));
    } else if heading.contains("language") {
        doc.languages.extend(entries.iter().map(|e| Language {
            language: some(&e.title),
            fluency: e.subtitle.clone(),
        }));
    } else if heading.contains("volunteer") {
        doc.volunteer.extend(entries.iter().map(|e| Volunteer {
            organization: e.subtitle.clone(),
            position: some(&e.title),
            url: e.url.clone(),
            start_date: date(e),
            end_date: until_text(e.end),
            summary: e.summary.clone(),
            highlights: e.bullets.clone(),
        }));
    } else {
        doc.interests.extend(entries.iter().map(|e| Interest {
            name: some(&e.title),
            summary: e.summary.clone(),
            keywords: e.bullets.clone(),
        }));
    }
}
