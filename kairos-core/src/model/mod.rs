//! The entities of Kairos, their identifiers and their rules.
//!
//! Every entity serializes to the wire format shared with the existing
//! Python service (snake_case fields, lowercase enum strings, RFC 3339
//! timestamps, UUID strings). Rules are checked when values are made and
//! when they are deserialized, so an invalid value never gets in.

mod analysis;
mod application;
mod dates;
mod enums;
mod ids;
mod job;
mod resume;
mod section_content;
mod skill;
mod user;
mod values;

pub use analysis::JdAnalysis;
pub use application::Application;
pub(crate) use dates::utc_timestamp;
pub use dates::{PartialDate, Until};
pub use enums::{ApplicationStatus, JobStatus, Platform, SectionType, SkillCategory, SkillSource};
pub use ids::{
    ApplicationId, JobId, ResumeId, RoleId, SectionId, SkillEntryId, TailoredResumeId, UserId,
    KAIROS_NAMESPACE, SINGLE_USER_ID,
};
pub use job::{Job, JobListing};
pub use resume::{
    Contact, EducationEntry, Entry, Location, Profile, Project, Resume, ResumeSection, Role,
    SectionContent, SkillGroup, TailoredResume, TailoredSection,
};
pub use skill::SkillEntry;
pub use user::{check_country, is_country_code, User, WorkRights, NOT_A_CODE};
pub use values::{MatchScore, Proficiency, WebUrl, Years};
