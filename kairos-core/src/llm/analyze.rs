//! The LLM-backed analyzer: the deterministic reading, plus what a model
//! finds that the text backs up.

use serde::{Deserialize, Serialize};

use super::prompts::{self, JdAnswer};
use super::{ask, ModelOutcome};
use crate::analysis::{Analyzer, JdReport, YearsAsk};
use crate::case::Lowercase;
use crate::ports::{CompletionRequest, LanguageModel, TokenUsage};

/// A skill the model found that the taxonomy does not know. It is kept for
/// the user to see (and to add to the taxonomy) but not scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownSkill {
    /// The name as the text writes it.
    pub name: String,
    /// Whether the model read it as required (else preferred or a keyword).
    pub required: bool,
}

/// Something the model said that Kairos did not take, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// What the model said.
    pub item: String,
    /// Why it was not taken.
    pub reason: String,
}

/// The result of [`analyze_with_model`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelAnalysis {
    /// The analysis to score: the deterministic report plus what the model
    /// added that the text backs up.
    pub report: JdReport,
    /// Skills outside the taxonomy that the text names.
    pub unknown_skills: Vec<UnknownSkill>,
    /// What the model said that was not taken.
    pub dropped: Vec<Dropped>,
    /// Whether the model's answer was used.
    pub model: ModelOutcome,
    /// Tokens used, repairs included.
    pub usage: TokenUsage,
}

/// Analyses a job description with the deterministic analyzer and a model.
///
/// The model's answer is checked against its schema (repaired once, else
/// the result falls back to the deterministic analysis and says why). Then
/// only what the text backs up is taken: skills outside the taxonomy that
/// the text names, and overall years when the rules found none and the text
/// states that number of years. Skills the taxonomy knows keep the
/// deterministic reading, and a known skill the analyzer did not find in
/// the text (because the text does not name it, or names it as an everyday
/// word) is dropped with the reason. So text that tells the model to list
/// every skill, or to give a score, changes nothing that is scored.
pub async fn analyze_with_model(
    model: &dyn LanguageModel,
    analyzer: &Analyzer,
    title: &str,
    description: &str,
) -> ModelAnalysis {
    let mut report = analyzer.analyze(title, description);
    let request = CompletionRequest {
        system: prompts::jd_analysis_system(),
        messages: vec![crate::ports::ChatMessage::user(prompts::jd_analysis_user(
            title,
            description,
        ))],
        schema: Some(prompts::jd_analysis_schema()),
        temperature: 0.0,
        max_tokens: 1200,
    };
    let (answer, usage, repairs) = ask::<JdAnswer>(model, request, JdAnswer::check).await;
    let answer = match answer {
        Ok(a) => a,
        Err(reason) => {
            return ModelAnalysis {
                report,
                unknown_skills: Vec::new(),
                dropped: Vec::new(),
                model: ModelOutcome::FellBack { reason },
                usage,
            }
        }
    };
    let text = analyzer.clean_text(description).lowercase();
    let title_lower = title.lowercase();
    let found: Vec<String> = report
        .required_skills
        .iter()
        .chain(&report.preferred_skills)
        .chain(&report.context_skills)
        .map(|s| s.skill.to_string())
        .collect();
    let mut unknown_skills: Vec<UnknownSkill> = Vec::new();
    let mut dropped = Vec::new();
    let named = answer
        .required_skills
        .iter()
        .map(|s| (s, true))
        .chain(answer.preferred_skills.iter().map(|s| (s, false)))
        .chain(answer.keywords.iter().map(|s| (s, false)));
    for (name, required) in named {
        let name = name.trim();
        match analyzer.taxonomy().canonical(name) {
            Some(canonical) if found.iter().any(|f| f == canonical) => {}
            Some(canonical) => dropped.push(Dropped {
                item: name.to_owned(),
                reason: format!(
                    "{canonical} is not named as a skill in the text (the analyzer did not find it)"
                ),
            }),
            None if appears(&text, name) || appears(&title_lower, name) => {
                if !unknown_skills
                    .iter()
                    .any(|u| u.name.eq_ignore_ascii_case(name))
                {
                    unknown_skills.push(UnknownSkill {
                        name: name.to_owned(),
                        required,
                    });
                }
            }
            None => dropped.push(Dropped {
                item: name.to_owned(),
                reason: "not in the text".into(),
            }),
        }
    }
    if let Some(years) = answer.years_experience {
        let stated = years.fract() == 0.0 && states_years(&text, years as u32);
        match (&report.years_experience, stated) {
            (None, true) => {
                report.years_experience = Some(YearsAsk {
                    min: years,
                    max: None,
                    skill: None,
                    evidence: format!(
                        "model ({}), backed by the text",
                        prompts::JD_ANALYSIS_VERSION
                    ),
                });
            }
            (Some(rule), _) if (rule.min - years).abs() < f64::EPSILON => {}
            (Some(rule), _) => dropped.push(Dropped {
                item: format!("years_experience {years}"),
                reason: format!("the text's own wording gives {}", rule.min),
            }),
            (None, false) => dropped.push(Dropped {
                item: format!("years_experience {years}"),
                reason: "the text does not state that number of years".into(),
            }),
        }
    }
    ModelAnalysis {
        report,
        unknown_skills,
        dropped,
        model: ModelOutcome::Used {
            prompt: prompts::JD_ANALYSIS_VERSION.into(),
            repairs,
        },
        usage,
    }
}

/// Whether `name` appears in `text` (both lowercase) as a whole word.
fn appears(text: &str, name: &str) -> bool {
    let needle = name.lowercase();
    if needle.is_empty() {
        return false;
    }
    text.match_indices(&needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the text states `n` years ("5+ years", "5 years", "5-7 years").
fn states_years(text: &str, n: u32) -> bool {
    let n = n.to_string();
    text.match_indices(&n).any(|(at, _)| {
        let before_ok = !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        let rest = text[at + n.len()..].trim_start_matches(|c: char| {
            c == '+' || c.is_whitespace() || c == '-' || c == '–' || c.is_ascii_digit()
        });
        before_ok && (rest.starts_with("year") || rest.starts_with("yr"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_must_be_stated_as_years() {
        assert!(states_years("at least 5+ years of rust", 5));
        assert!(states_years("3-5 years of python", 3));
        assert!(!states_years("we have 5 offices", 5));
        assert!(!states_years("15 years", 5));
    }

    #[test]
    fn names_appear_as_whole_words() {
        assert!(appears("we use temporal and rust", "Temporal"));
        assert!(!appears("temporally", "temporal"));
    }
}
