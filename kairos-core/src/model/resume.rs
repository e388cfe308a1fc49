//! Resumes as structured sections, and tailored resumes that store only what
//! they change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::dates::{PartialDate, Until};
use super::enums::SectionType;
use super::ids::{JobId, ResumeId, RoleId, SectionId, TailoredResumeId, UserId};

/// A user's base resume: contact details and an ordered list of sections.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Resume {
    /// The resume's id.
    pub id: ResumeId,
    /// Its owner.
    pub owner_id: UserId,
    /// Who the resume is about and how to reach them.
    #[serde(default)]
    pub contact: Contact,
    /// The sections, in the order they are shown.
    pub sections: Vec<ResumeSection>,
    /// When it was created.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub created_at: DateTime<Utc>,
}

/// Who a resume is about and how to reach them (JSON Resume's `basics`,
/// without the summary, which is a section).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct Contact {
    /// Full name.
    #[serde(default)]
    pub name: String,
    /// A headline such as `Senior Backend Engineer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Personal site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A picture (URL or file name), as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Where the person lives.
    #[serde(default, skip_serializing_if = "Location::is_empty")]
    pub location: Location,
    /// Profiles on other sites (GitHub, LinkedIn, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
}

/// A postal location; every part optional. Free-text locations from a
/// Markdown resume land in `address`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct Location {
    /// Street address, or the whole location as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State, province or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
}

impl Location {
    /// Whether no part is set.
    pub fn is_empty(&self) -> bool {
        self == &Location::default()
    }

    /// The location on one line: the address, then the city, region and
    /// postal code, then the country. A part the address already holds is
    /// left out: JSON Resume documents often give the whole postal address
    /// (`123 Somewhere Rd.\nMountain View, CA 94035`) and its city, region
    /// and code again.
    pub fn one_line(&self) -> String {
        let address = self.address.as_deref().unwrap_or_default();
        let mut line = address.to_owned();
        let mut sep = ", ";
        for part in [&self.city, &self.region, &self.postal_code]
            .into_iter()
            .flatten()
            .filter(|part| !address.contains(part.as_str()))
        {
            if !line.is_empty() {
                line.push_str(sep);
            }
            line.push_str(part);
            sep = " ";
        }
        if let Some(country) = self.country_code.as_deref().filter(|c| !c.is_empty()) {
            if !line.is_empty() {
                line.push_str(", ");
            }
            line.push_str(country);
        }
        line.replace('\n', ", ")
    }
}

/// A profile on another site.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct Profile {
    /// The site, e.g. `GitHub`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// The user name there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The profile's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One section of a base resume.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ResumeSection {
    /// The section's id, which tailored sections refer to.
    pub id: SectionId,
    /// What kind of section it is.
    pub section_type: SectionType,
    /// The heading as the user wrote it (`Professional Experience`).
    pub heading: String,
    /// The structured content.
    pub content: SectionContent,
}

/// The structured content of a section; which shape goes with which
/// [`SectionType`] is given by [`SectionContent::fits`].
///
/// In JSON it is internally tagged, `{"kind": "roles", "roles": […]}`; it is
/// read by hand (see `section_content.rs`) rather than by serde's derive,
/// whose buffering of every internally tagged value doubled the readers of
/// every type inside it in the WebAssembly module.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SectionContent {
    /// Paragraphs of prose (a summary).
    Paragraphs {
        /// The paragraphs, in order.
        paragraphs: Vec<String>,
    },
    /// Jobs held (work experience, internships).
    Roles {
        /// The roles, in order.
        roles: Vec<Role>,
    },
    /// Projects.
    Projects {
        /// The projects, in order.
        projects: Vec<Project>,
    },
    /// Groups of skills or technologies.
    Groups {
        /// The groups, in order.
        groups: Vec<SkillGroup>,
    },
    /// Studies.
    Education {
        /// The studies, in order.
        entries: Vec<EducationEntry>,
    },
    /// Anything else: volunteering, awards, certificates, languages,
    /// interests, references.
    Entries {
        /// The entries, in order.
        entries: Vec<Entry>,
    },
}

impl SectionContent {
    /// Whether this shape of content belongs in a section of `section_type`.
    pub fn fits(&self, section_type: SectionType) -> bool {
        use SectionType as T;
        match self {
            SectionContent::Paragraphs { .. } => matches!(
                section_type,
                T::Summary | T::Extracurricular | T::References
            ),
            SectionContent::Roles { .. } => matches!(
                section_type,
                T::WorkExperience | T::Internship | T::Extracurricular
            ),
            SectionContent::Projects { .. } => section_type == T::Projects,
            SectionContent::Groups { .. } => section_type == T::Technologies,
            SectionContent::Education { .. } => section_type == T::Education,
            SectionContent::Entries { .. } => {
                matches!(section_type, T::Extracurricular | T::References)
            }
        }
    }
}

/// A job held: the header that tailoring never changes, and the bullets it may.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Role {
    /// Stable identity within the resume, so a tailored section can say which
    /// role it changes.
    pub id: RoleId,
    /// The employer.
    pub employer: String,
    /// The job title.
    pub title: String,
    /// Where, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// When it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// When it ended, or `present`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Until>,
    /// The employer's site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the employer does, e.g. `Payments company`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A short description of the role, before the bullets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What the person did, one achievement per bullet.
    #[serde(default)]
    pub bullets: Vec<String>,
}

/// A project.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Project {
    /// The project's name.
    pub name: String,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where to see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// When it ended, or `present`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Until>,
    /// Highlights.
    #[serde(default)]
    pub bullets: Vec<String>,
    /// Technologies used.
    #[serde(default)]
    pub technologies: Vec<String>,
    /// The person's roles in it, e.g. `Team lead`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The organisation it was for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// Its type, e.g. `application`, `talk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A named group of skills, e.g. `Languages: Rust, Python`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SkillGroup {
    /// The group's name, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A level such as `Advanced`, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The items, in the user's order.
    pub items: Vec<String>,
}

impl SkillGroup {
    /// The skills the group lists: its items, or, for a group with a name
    /// and no items (JSON Resume's `{"name": "Rust", "level": "Expert"}`),
    /// the one skill its name is. Use it wherever a group counts as what
    /// the person claims (the profile, tailoring's relevance).
    pub fn listed(&self) -> &[String] {
        match self.items.as_slice() {
            [] => self.name.as_slice(),
            items => items,
        }
    }
}

/// A course of study.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct EducationEntry {
    /// The school or university.
    pub institution: String,
    /// The qualification, e.g. `Bachelor of Science`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// The field of study, e.g. `Computer Science`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// When it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// When it ended, or `present`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Until>,
    /// A grade or GPA, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// The institution's site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Courses, honours and other notes.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// An entry of a free-form section: a volunteer role, an award, a
/// certificate, a language, an interest, a referee.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Entry {
    /// The main line: a position, an award, a language, a name.
    pub title: String,
    /// The second line: an organisation, an issuer, a fluency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// When it started, or its one date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// When it ended, or `present`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Until>,
    /// A link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A paragraph about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Bullets or keywords.
    #[serde(default)]
    pub bullets: Vec<String>,
}

/// A resume tailored to one job, holding only the sections it changes;
/// everything else is inherited from the base when it is resolved.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct TailoredResume {
    /// The tailored resume's id.
    pub id: TailoredResumeId,
    /// Its owner.
    pub owner_id: UserId,
    /// The base resume it is derived from.
    pub base_resume_id: ResumeId,
    /// The job it is tailored to.
    pub job_id: JobId,
    /// The changed sections only.
    pub sections: Vec<TailoredSection>,
    /// One line per changed section, in words a person understands.
    #[serde(default)]
    pub diff_summary: Vec<String>,
    /// Whether the user accepted it.
    #[serde(default)]
    pub approved: bool,
    /// When it was made.
    #[serde(deserialize_with = "super::utc_timestamp")]
    pub created_at: DateTime<Utc>,
}

/// A replacement for one section of the base resume.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct TailoredSection {
    /// The base section it replaces.
    pub section_id: SectionId,
    /// The replaced section's type (must match the base).
    pub section_type: SectionType,
    /// The new content. For roles, each role names a base role by id and only
    /// its bullets may differ.
    pub content: SectionContent,
}
