//! The chat-completions wire format, as much of it as Kairos uses.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use kairos_core::ports::{ChatRole, CompletionRequest};

#[derive(Serialize)]
pub(crate) struct ChatRequest<'a> {
    pub(crate) model: &'a str,
    pub(crate) messages: Vec<WireMessage<'a>>,
    pub(crate) temperature: f32,
    pub(crate) max_tokens: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) response_format: Option<Value>,
}

#[derive(Serialize)]
pub(crate) struct WireMessage<'a> {
    pub(crate) role: &'static str,
    pub(crate) content: std::borrow::Cow<'a, str>,
}

/// How the answer's JSON shape is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemaMode {
    /// `response_format: json_schema` (OpenAI, vLLM, llama.cpp, LM Studio, Ollama ≥ 0.5).
    JsonSchema,
    /// `response_format: json_object`, with the schema in the system prompt,
    /// for servers that refuse `json_schema`.
    JsonObject,
}

impl<'a> ChatRequest<'a> {
    pub(crate) fn new(model: &'a str, request: &'a CompletionRequest, mode: SchemaMode) -> Self {
        let mut system = std::borrow::Cow::Borrowed(request.system.as_str());
        let response_format = request.schema.as_ref().map(|s| match mode {
            SchemaMode::JsonSchema => json!({
                "type": "json_schema",
                "json_schema": {"name": s.name, "schema": s.schema, "strict": false}
            }),
            SchemaMode::JsonObject => {
                system = std::borrow::Cow::Owned(format!(
                    "{}\n\nAnswer with one JSON object that follows this JSON Schema:\n{}",
                    request.system, s.schema
                ));
                json!({"type": "json_object"})
            }
        });
        let mut messages = vec![WireMessage {
            role: "system",
            content: system,
        }];
        messages.extend(request.messages.iter().map(|m| WireMessage {
            role: match m.role {
                ChatRole::User => "user",
                ChatRole::Assistant => "assistant",
            },
            content: std::borrow::Cow::Borrowed(m.content.as_str()),
        }));
        Self {
            model,
            messages,
            temperature: request.temperature,
            max_tokens: request.max_tokens,
            response_format,
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct ChatResponse {
    pub(crate) choices: Vec<Choice>,
    #[serde(default)]
    pub(crate) usage: Option<Usage>,
}

#[derive(Deserialize)]
pub(crate) struct Choice {
    pub(crate) message: AnswerMessage,
    #[serde(default)]
    pub(crate) finish_reason: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct AnswerMessage {
    #[serde(default)]
    pub(crate) content: Option<String>,
    #[serde(default)]
    pub(crate) refusal: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct Usage {
    #[serde(default)]
    pub(crate) prompt_tokens: u32,
    #[serde(default)]
    pub(crate) completion_tokens: u32,
}
