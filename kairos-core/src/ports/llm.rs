//! The language-model port: one completion call that any provider
//! implements (`kairos-llm`'s OpenAI-compatible client, a Python object with
//! `complete`, a scripted model in tests).

use std::time::Duration;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// Who says a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatRole {
    /// The person (or Kairos on their behalf).
    User,
    /// The model, in an earlier turn.
    Assistant,
}

/// One message of the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// Who says it.
    pub role: ChatRole,
    /// What is said.
    pub content: String,
}

impl ChatMessage {
    /// A user message.
    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: ChatRole::User,
            content: content.into(),
        }
    }

    /// An earlier answer of the model.
    pub fn assistant(content: impl Into<String>) -> Self {
        Self {
            role: ChatRole::Assistant,
            content: content.into(),
        }
    }
}

/// The JSON Schema an answer must follow, with a name for providers that
/// want one (OpenAI's `json_schema.name`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerSchema {
    /// A short identifier: letters, digits, `_` and `-`.
    pub name: String,
    /// The schema itself.
    pub schema: serde_json::Value,
}

/// One completion request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletionRequest {
    /// The system prompt.
    pub system: String,
    /// The conversation, oldest first.
    pub messages: Vec<ChatMessage>,
    /// When set, the answer must be JSON following this schema.
    #[serde(default)]
    pub schema: Option<AnswerSchema>,
    /// Sampling temperature; Kairos asks for 0 so answers repeat.
    pub temperature: f32,
    /// The most tokens the answer may use.
    pub max_tokens: u32,
}

/// Tokens a call used, as the provider reports them (0 when it does not).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUsage {
    /// Tokens of the prompt.
    pub prompt_tokens: u32,
    /// Tokens of the answer.
    pub completion_tokens: u32,
}

impl std::ops::AddAssign for TokenUsage {
    fn add_assign(&mut self, other: Self) {
        self.prompt_tokens += other.prompt_tokens;
        self.completion_tokens += other.completion_tokens;
    }
}

/// A model's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completion {
    /// The answer's text (JSON when a schema was asked for, if the model obeyed).
    pub text: String,
    /// What it cost.
    pub usage: TokenUsage,
}

/// Why a completion failed. Messages never contain the API key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    /// The provider said to slow down; `retry_after` is how long it asked
    /// to wait, when it said.
    #[error("rate limited by the model provider{}", retry_after.map(|d| format!("; retry after {:.1} s", d.as_secs_f64())).unwrap_or_default())]
    RateLimited {
        /// The wait the provider asked for.
        retry_after: Option<Duration>,
    },
    /// No complete answer within the time allowed.
    #[error("the model provider did not answer within {:.1} s", after.as_secs_f64())]
    Timeout {
        /// The limit that ran out.
        after: Duration,
    },
    /// The model declined to answer.
    #[error("the model refused: {reason}")]
    Refused {
        /// What it said.
        reason: String,
    },
    /// An answer that is not a valid completion (broken HTTP body, missing
    /// fields, an HTTP error the provider explained).
    #[error("bad response from the model provider: {reason}")]
    BadResponse {
        /// What was wrong.
        reason: String,
    },
    /// The provider could not be reached, or kept failing until the attempts
    /// ran out.
    #[error("the model provider is unavailable: {reason}")]
    Unavailable {
        /// The last failure.
        reason: String,
    },
    /// The client is set up wrongly (a bad base URL, a missing model name).
    #[error("language model configuration: {reason}")]
    Config {
        /// What is wrong, naming the setting.
        reason: String,
    },
}

/// A language model Kairos can ask. Implement it to plug in any provider;
/// Kairos asks with temperature 0 and a schema, and checks every answer, so
/// a provider only has to pass the text through.
#[async_trait]
pub trait LanguageModel: Send + Sync {
    /// Asks for one completion.
    async fn complete(&self, request: &CompletionRequest) -> Result<Completion, LlmError>;
}

#[async_trait]
impl<T: LanguageModel + ?Sized> LanguageModel for &T {
    async fn complete(&self, request: &CompletionRequest) -> Result<Completion, LlmError> {
        (**self).complete(request).await
    }
}
