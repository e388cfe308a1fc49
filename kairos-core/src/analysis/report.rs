//! What the analyzer reports, item by item with evidence.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::rights::WorkRightsFlags;
use super::salary::SalaryInfo;
use super::seniority::SeniorityInfo;
use crate::listings::country_of_place;
use crate::model::{JdAnalysis, JobId, UserId, Years};

/// How strongly a description asks for a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// Mentioned only about the company (its stack, its history).
    Context,
    /// Nice to have.
    Preferred,
    /// Asked for: in the requirements, the duties, the title or the introduction.
    Required,
}

/// A skill the description names, with how it asks for it and where.
///
/// Names are shared with the taxonomy (`Arc<str>`) and categories are the
/// taxonomy's fixed words, so a report copies neither; both read like `&str`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillAsk {
    /// Canonical skill name.
    pub skill: Arc<str>,
    /// Its category (`language`, `framework`, …).
    pub category: Cow<'static, str>,
    /// How many times it is mentioned.
    pub mentions: u32,
    /// The sentence that decided its importance (or `title: …`).
    pub evidence: String,
    /// Skills the listing accepts instead (`AWS or GCP` asks for AWS with
    /// the alternative GCP): having any of them meets this ask.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Arc<str>>,
}

/// A number of years of experience asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearsAsk {
    /// The minimum.
    pub min: f64,
    /// The maximum of a range (`3–5 years`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The skill it is asked for, or `None` for experience overall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<Arc<str>>,
    /// The sentence it came from.
    pub evidence: String,
}

/// An ATS keyword and how much weight the description gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    /// The canonical term.
    pub term: Arc<str>,
    /// Its category or kind (`language`, …, `certification`, `spoken`, `domain`).
    pub kind: Cow<'static, str>,
    /// Importance × mentions: 3 required, 2 preferred, 1 context, plus 1 for
    /// the title, times (1 + ½·ln mentions); three decimals.
    pub weight: f64,
}

/// Everything the deterministic analyzer reads in a job description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JdReport {
    /// Skills the job asks for.
    pub required_skills: Vec<SkillAsk>,
    /// Skills the job would like.
    pub preferred_skills: Vec<SkillAsk>,
    /// Skills mentioned only about the company.
    pub context_skills: Vec<SkillAsk>,
    /// Years of experience asked for overall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<YearsAsk>,
    /// Years asked for particular skills.
    #[serde(default)]
    pub skill_years: Vec<YearsAsk>,
    /// ATS keywords, heaviest first: technical skills, certifications,
    /// methods, spoken languages and domains.
    pub keywords: Vec<Keyword>,
    /// Citizenship, residency and sponsorship.
    pub work_rights: WorkRightsFlags,
    /// Where the listing's head says the job is: the place its location
    /// line gives (`Manchester` from `Location: Manchester`, `Berlin,
    /// Germany (Hybrid)` from LinkedIn's `Acme · Berlin, Germany (Hybrid)
    /// · Full time`), when its location lines name one country:
    /// [`JdReport::job_country`] gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Pay, when the text gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<SalaryInfo>,
    /// How senior the job is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<SeniorityInfo>,
}

impl JdReport {
    /// The ISO code of the country the listing's location line places the
    /// job in (`GB` for `Location: Manchester`), which eligibility judges
    /// the job in before any country the caller gives.
    pub fn job_country(&self) -> Option<&'static str> {
        self.location.as_deref().and_then(country_of_place)
    }

    /// The stored [`JdAnalysis`] for a job: skills, years and keywords; the
    /// score and reasoning are filled in by scoring.
    pub fn to_analysis(
        &self,
        job_id: JobId,
        owner_id: UserId,
        analyzed_at: DateTime<Utc>,
    ) -> JdAnalysis {
        JdAnalysis {
            job_id,
            owner_id,
            required_skills: self
                .required_skills
                .iter()
                .map(|s| s.skill.to_string())
                .collect(),
            preferred_skills: self
                .preferred_skills
                .iter()
                .map(|s| s.skill.to_string())
                .collect(),
            years_experience: self
                .years_experience
                .as_ref()
                .and_then(|y| Years::new(y.min).ok()),
            keywords: self.keywords.iter().map(|k| k.term.to_string()).collect(),
            match_score: None,
            match_reasoning: None,
            analyzed_at,
        }
    }
}
