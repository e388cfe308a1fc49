//! Language models where they help, checked everywhere: reading unusual job
//! descriptions ([`analyze_with_model`]) and rewording bullets
//! ([`tailor_with_model`]), generic over any [`LanguageModel`].
//!
//! The rules that make a model safe to use here:
//! - every answer must parse under its schema (unknown fields are invalid);
//!   an invalid answer is sent back once to be repaired, then Kairos falls
//!   back to the deterministic result and says so — never "accept anyway";
//! - the model only adds what the text backs up; known skills keep the
//!   deterministic reading, so the score, always computed by the
//!   deterministic scorer, cannot be talked up by the listing;
//! - every tailoring goes through the truthfulness guard.

mod analyze;
pub mod prompts;
mod tailor;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use analyze::{analyze_with_model, Dropped, ModelAnalysis, UnknownSkill};
pub use tailor::{tailor_with_model, ModelTailoring};

use crate::ports::{ChatMessage, CompletionRequest, LanguageModel, TokenUsage};

/// What became of the model's part in a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ModelOutcome {
    /// The model's answer was valid and was used (after `repairs` repairs).
    Used {
        /// The prompt version that was asked.
        prompt: String,
        /// How many times an invalid answer was sent back (0 or 1).
        repairs: u8,
    },
    /// The model's answer could not be used; the result is the
    /// deterministic one.
    FellBack {
        /// Why: the model's error, or what was wrong with its answer.
        reason: String,
    },
}

/// Asks `model` for an answer of type `T`, sending an invalid answer back
/// once with what was wrong. Returns the answer (or why there is none), the
/// tokens used and how many repairs were asked.
async fn ask<T: DeserializeOwned>(
    model: &dyn LanguageModel,
    mut request: CompletionRequest,
    check: impl Fn(&T) -> Result<(), String>,
) -> (Result<T, String>, TokenUsage, u8) {
    let mut usage = TokenUsage::default();
    for attempt in 0..2u8 {
        let completion = match model.complete(&request).await {
            Ok(c) => c,
            Err(e) => return (Err(e.to_string()), usage, attempt),
        };
        usage += completion.usage;
        let problem = match parse::<T>(&completion.text) {
            Ok(answer) => match check(&answer) {
                Ok(()) => return (Ok(answer), usage, attempt),
                Err(p) => p,
            },
            Err(p) => p,
        };
        if attempt == 1 {
            return (
                Err(format!("the answer was invalid twice; last: {problem}")),
                usage,
                attempt,
            );
        }
        request
            .messages
            .push(ChatMessage::assistant(completion.text));
        request.messages.push(ChatMessage::user(format!(
            "That answer is invalid: {problem}. Answer again with JSON only, following the schema exactly."
        )));
    }
    (Err("no answer".into()), usage, 2)
}

/// Parses a JSON answer, tolerating a Markdown code fence around it.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let t = text.trim();
    let t = t
        .strip_prefix("```json")
        .or_else(|| t.strip_prefix("```"))
        .and_then(|r| r.strip_suffix("```"))
        .unwrap_or(t);
    serde_json::from_str(t).map_err(|e| format!("not valid JSON for the schema: {e}"))
}
