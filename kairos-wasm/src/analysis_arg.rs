//! An analysis handed back from JavaScript to be scored.

use kairos_core::analysis::{JdReport, Keyword, SkillAsk, WorkRightsFlags, YearsAsk};
use serde::Deserialize;

/// What scoring reads of a `JdReport` given to `scoreJob(s)`: everything
/// but the pay and the seniority, which scoring does not use. They are
/// left unread (and unchecked), as any field the wire format does not
/// know is: their readers would add ~1 KB (gzipped) to the module for
/// values dropped at once.
#[derive(Deserialize)]
pub(crate) struct ScoredAnalysis {
    required_skills: Vec<SkillAsk>,
    preferred_skills: Vec<SkillAsk>,
    context_skills: Vec<SkillAsk>,
    #[serde(default)]
    years_experience: Option<YearsAsk>,
    #[serde(default)]
    skill_years: Vec<YearsAsk>,
    keywords: Vec<Keyword>,
    work_rights: WorkRightsFlags,
    #[serde(default)]
    location: Option<String>,
}

impl From<ScoredAnalysis> for JdReport {
    fn from(a: ScoredAnalysis) -> Self {
        JdReport {
            required_skills: a.required_skills,
            preferred_skills: a.preferred_skills,
            context_skills: a.context_skills,
            years_experience: a.years_experience,
            skill_years: a.skill_years,
            keywords: a.keywords,
            work_rights: a.work_rights,
            location: a.location,
            salary: None,
            seniority: None,
        }
    }
}
