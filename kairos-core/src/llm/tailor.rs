//! The LLM tailor: a model rewords the summary and role bullets; the
//! truthfulness guard decides what survives.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::prompts::{self, TailorAnswer};
use super::{ask, Dropped, ModelOutcome};
use crate::analysis::{Analyzer, JdReport};
use crate::model::{Resume, SectionContent, SectionType, TailoredResume, TailoredSection};
use crate::ports::{ChatMessage, CompletionRequest, LanguageModel, TokenUsage};
use crate::profile::Profile;
use crate::tailor::{apply_guard, tailor, GuardMode, GuardOutcome, TailorOptions};

/// The result of [`tailor_with_model`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelTailoring {
    /// The guard's verdict on the proposal, in the mode the caller chose:
    /// `tailored` is the clean proposal, the stripped one, or `None` when
    /// rejected; `violations` lists everything the model invented.
    pub outcome: GuardOutcome,
    /// Whether the model's answer was used; when it fell back, the proposal
    /// is the deterministic tailoring (still checked by the guard).
    pub model: ModelOutcome,
    /// Parts of the answer that named nothing in the resume (an unknown role).
    pub dropped: Vec<Dropped>,
    /// Tokens used, repairs included.
    pub usage: TokenUsage,
}

/// Asks `model` to reword `base` for the job in `report`, then runs the
/// truthfulness guard in `mode`: [`GuardMode::Reject`] refuses a proposal
/// with any invented skill or figure, [`GuardMode::Strip`] removes them and
/// keeps the rest. Only the summary and role bullets are asked for; headers,
/// dates and protected sections are never sent back to the resume.
pub async fn tailor_with_model(
    model: &dyn LanguageModel,
    analyzer: &Analyzer,
    base: &Resume,
    profile: &Profile,
    report: &JdReport,
    options: &TailorOptions,
    mode: GuardMode,
) -> ModelTailoring {
    let skills: Vec<String> = report
        .required_skills
        .iter()
        .chain(&report.preferred_skills)
        .map(|s| s.skill.to_string())
        .collect();
    let request = CompletionRequest {
        system: prompts::tailor_system(),
        messages: vec![ChatMessage::user(prompts::tailor_user(
            &skills,
            &tailorable_parts(base),
        ))],
        schema: Some(prompts::tailor_schema()),
        temperature: 0.0,
        max_tokens: 3000,
    };
    let (answer, usage, repairs) = ask::<TailorAnswer>(model, request, TailorAnswer::check).await;
    let (proposal, model_outcome, dropped) = match answer {
        Ok(answer) => {
            let (proposal, dropped) = proposal_from(base, &answer, options);
            let outcome = ModelOutcome::Used {
                prompt: prompts::TAILOR_VERSION.into(),
                repairs,
            };
            (proposal, outcome, dropped)
        }
        Err(reason) => (
            tailor(base, report, analyzer, options),
            ModelOutcome::FellBack { reason },
            Vec::new(),
        ),
    };
    ModelTailoring {
        outcome: apply_guard(base, profile, &proposal, analyzer, mode),
        model: model_outcome,
        dropped,
        usage,
    }
}

/// What the model is shown: the summary and each role's id, header and bullets.
fn tailorable_parts(base: &Resume) -> serde_json::Value {
    let mut summary = Vec::new();
    let mut roles = Vec::new();
    for section in &base.sections {
        match (&section.content, section.section_type) {
            (SectionContent::Paragraphs { paragraphs }, SectionType::Summary) => {
                summary.extend(paragraphs.iter().cloned());
            }
            (SectionContent::Roles { roles: rs }, t) if t.bullets_only() => {
                roles.extend(rs.iter().map(|r| {
                    json!({"role_id": r.id.to_string(), "employer": r.employer, "title": r.title, "bullets": r.bullets})
                }));
            }
            _ => {}
        }
    }
    json!({"summary": summary, "roles": roles})
}

/// Builds the tailored resume the answer describes: changed sections only.
fn proposal_from(
    base: &Resume,
    answer: &TailorAnswer,
    options: &TailorOptions,
) -> (TailoredResume, Vec<Dropped>) {
    let mut sections = Vec::new();
    let mut used = vec![false; answer.roles.len()];
    for section in &base.sections {
        match (&section.content, section.section_type) {
            (SectionContent::Paragraphs { paragraphs }, SectionType::Summary) => {
                if let Some(new) = answer.summary.as_ref().filter(|s| *s != paragraphs) {
                    sections.push(TailoredSection {
                        section_id: section.id,
                        section_type: section.section_type,
                        content: SectionContent::Paragraphs {
                            paragraphs: new.clone(),
                        },
                    });
                }
            }
            (SectionContent::Roles { roles }, t) if t.bullets_only() => {
                let changed: Vec<_> = roles
                    .iter()
                    .filter_map(|role| {
                        let id = role.id.to_string();
                        let (i, new) = answer
                            .roles
                            .iter()
                            .enumerate()
                            .find(|(_, r)| r.role_id == id)?;
                        used[i] = true;
                        (new.bullets != role.bullets).then(|| {
                            let mut role = role.clone();
                            role.bullets = new.bullets.clone();
                            role
                        })
                    })
                    .collect();
                if !changed.is_empty() {
                    sections.push(TailoredSection {
                        section_id: section.id,
                        section_type: section.section_type,
                        content: SectionContent::Roles { roles: changed },
                    });
                }
            }
            _ => {}
        }
    }
    let dropped = answer
        .roles
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(r, _)| Dropped {
            item: format!("role {}", r.role_id),
            reason: "the resume has no role with that id".into(),
        })
        .collect();
    (options.proposal(base, sections), dropped)
}
