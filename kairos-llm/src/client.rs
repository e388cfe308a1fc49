//! The OpenAI-compatible client and its retry policy.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use kairos_core::ports::{Completion, CompletionRequest, LanguageModel, LlmError, TokenUsage};
use reqwest::StatusCode;

use crate::config::OpenAiConfig;
use crate::wire::{ChatRequest, ChatResponse, SchemaMode};

/// How much of a server's error body goes into an error message.
const BODY_EXCERPT: usize = 300;

/// A [`LanguageModel`] over any server that speaks OpenAI's chat-completions
/// protocol. Structured output uses `json_schema`, falling back (once, then
/// for the client's lifetime) to `json_object` with the schema in the prompt
/// when a server answers 400 about `response_format`. Retries 429, 5xx,
/// dropped connections and truncated bodies with exponential backoff and
/// jitter, honouring `Retry-After`; a timeout is not retried (it already
/// cost the full limit). The API key never appears in logs, errors or
/// `Debug` output.
#[derive(Debug)]
pub struct OpenAiCompatible {
    config: OpenAiConfig,
    endpoint: reqwest::Url,
    http: reqwest::Client,
    json_schema_refused: AtomicBool,
}

/// What one attempt came to.
enum Attempt {
    Done(Completion),
    /// Worth another try, after at least `wait` when the server said so.
    Retry {
        error: LlmError,
        wait: Option<Duration>,
    },
    /// The server refuses `json_schema`: ask again with `json_object`.
    SwitchToJsonObject,
    Fail(LlmError),
}

impl OpenAiCompatible {
    /// A client for `config`; errors name a base URL that does not parse or
    /// a missing model name.
    pub fn new(config: OpenAiConfig) -> Result<Self, LlmError> {
        if config.model.trim().is_empty() {
            return Err(LlmError::Config {
                reason: "the model name is empty".into(),
            });
        }
        let base = config.base_url.trim_end_matches('/');
        let endpoint = reqwest::Url::parse(&format!("{base}/chat/completions"))
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| LlmError::Config {
                reason: format!("base URL {:?} is not an http(s) URL", config.base_url),
            })?;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .build()
            .map_err(|e| LlmError::Config {
                reason: format!("cannot build the HTTP client: {e}"),
            })?;
        Ok(Self {
            config,
            endpoint,
            http,
            json_schema_refused: AtomicBool::new(false),
        })
    }

    /// A client configured from `KAIROS_LLM_BASE_URL`, `KAIROS_LLM_API_KEY`
    /// and `KAIROS_LLM_MODEL`.
    pub fn from_env() -> Result<Self, LlmError> {
        Self::new(OpenAiConfig::from_env()?)
    }

    /// The settings in use.
    pub fn config(&self) -> &OpenAiConfig {
        &self.config
    }

    fn scrub(&self, text: &str) -> String {
        match &self.config.api_key {
            Some(k) => k.scrub(text),
            None => text.to_owned(),
        }
    }

    /// The delay before retry `n` (1-based): base × 2^(n−1), ± 25 %, at most `max_delay`.
    fn backoff(&self, n: u32) -> Duration {
        let exp = self.config.base_delay.as_secs_f64() * 2f64.powi(n.saturating_sub(1) as i32);
        let jittered = exp * (0.75 + fastrand::f64() * 0.5);
        Duration::from_secs_f64(jittered.min(self.config.max_delay.as_secs_f64()))
    }

    async fn attempt(&self, request: &CompletionRequest, mode: SchemaMode) -> Attempt {
        let body = ChatRequest::new(&self.config.model, request, mode);
        let mut call = self.http.post(self.endpoint.clone()).json(&body);
        if let Some(key) = &self.config.api_key {
            call = call.bearer_auth(key.expose());
        }
        let response = match call.send().await {
            Ok(r) => r,
            Err(e) => return self.transport_error(&e),
        };
        let status = response.status();
        let retry_after = retry_after(response.headers());
        let bytes = match response.bytes().await {
            Ok(b) => b,
            Err(e) => return self.transport_error(&e),
        };
        let text = String::from_utf8_lossy(&bytes);
        if status.is_success() {
            return self.answer(&text);
        }
        let excerpt = self.scrub(&text.chars().take(BODY_EXCERPT).collect::<String>());
        match status {
            StatusCode::TOO_MANY_REQUESTS => {
                if retry_after.is_some_and(|d| d > self.config.max_delay) {
                    return Attempt::Fail(LlmError::RateLimited { retry_after });
                }
                Attempt::Retry {
                    error: LlmError::RateLimited { retry_after },
                    wait: retry_after,
                }
            }
            StatusCode::BAD_REQUEST
                if mode == SchemaMode::JsonSchema
                    && request.schema.is_some()
                    && (text.contains("response_format") || text.contains("json_schema")) =>
            {
                Attempt::SwitchToJsonObject
            }
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Attempt::Fail(LlmError::Config {
                reason: format!(
                    "the server refused the API key (HTTP {}): {excerpt}",
                    status.as_u16()
                ),
            }),
            s if s.is_server_error() => Attempt::Retry {
                error: LlmError::Unavailable {
                    reason: format!("HTTP {}: {excerpt}", s.as_u16()),
                },
                wait: retry_after,
            },
            s => Attempt::Fail(LlmError::BadResponse {
                reason: format!("HTTP {}: {excerpt}", s.as_u16()),
            }),
        }
    }

    fn transport_error(&self, e: &reqwest::Error) -> Attempt {
        let reason = self.scrub(&error_chain(e));
        if e.is_timeout() {
            return Attempt::Fail(LlmError::Timeout {
                after: self.config.timeout,
            });
        }
        if e.is_builder() {
            return Attempt::Fail(LlmError::Config { reason });
        }
        // Refused or reset connections and bodies cut short are worth a retry.
        Attempt::Retry {
            error: LlmError::Unavailable { reason },
            wait: None,
        }
    }

    fn answer(&self, text: &str) -> Attempt {
        let parsed: ChatResponse = match serde_json::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                return Attempt::Fail(LlmError::BadResponse {
                    reason: format!("the body is not a chat completion: {e}"),
                })
            }
        };
        let usage = parsed
            .usage
            .map(|u| TokenUsage {
                prompt_tokens: u.prompt_tokens,
                completion_tokens: u.completion_tokens,
            })
            .unwrap_or_default();
        let Some(choice) = parsed.choices.into_iter().next() else {
            return Attempt::Fail(LlmError::BadResponse {
                reason: "the completion has no choices".into(),
            });
        };
        if let Some(refusal) = choice.message.refusal.filter(|r| !r.is_empty()) {
            return Attempt::Fail(LlmError::Refused {
                reason: self.scrub(&refusal),
            });
        }
        if choice.finish_reason.as_deref() == Some("content_filter") {
            return Attempt::Fail(LlmError::Refused {
                reason: "the provider's content filter stopped the answer".into(),
            });
        }
        match choice.message.content {
            Some(text) => Attempt::Done(Completion { text, usage }),
            None => Attempt::Fail(LlmError::BadResponse {
                reason: "the answer has no content".into(),
            }),
        }
    }
}

#[async_trait]
impl LanguageModel for OpenAiCompatible {
    async fn complete(&self, request: &CompletionRequest) -> Result<Completion, LlmError> {
        let attempts = self.config.max_attempts.max(1);
        let mut n = 0;
        let mut switched = false;
        loop {
            n += 1;
            let mode = if self.json_schema_refused.load(Ordering::Relaxed) {
                SchemaMode::JsonObject
            } else {
                SchemaMode::JsonSchema
            };
            log::debug!(
                "chat completion: POST {} model={} attempt {n}/{attempts} ({mode:?})",
                self.endpoint,
                self.config.model
            );
            match self.attempt(request, mode).await {
                Attempt::Done(c) => return Ok(c),
                Attempt::Fail(e) => return Err(e),
                Attempt::SwitchToJsonObject if !switched => {
                    log::info!(
                        "{} refuses json_schema; using json_object from now on",
                        self.endpoint
                    );
                    self.json_schema_refused.store(true, Ordering::Relaxed);
                    switched = true;
                    n -= 1; // the server's refusal of a format is not a failed attempt
                }
                Attempt::SwitchToJsonObject => {
                    return Err(LlmError::BadResponse {
                        reason: "the server refuses both json_schema and json_object".into(),
                    })
                }
                Attempt::Retry { error, wait } => {
                    if n >= attempts {
                        return Err(match error {
                            LlmError::Unavailable { reason } => LlmError::Unavailable {
                                reason: format!("{reason} (after {n} attempts)"),
                            },
                            other => other,
                        });
                    }
                    let delay = wait
                        .unwrap_or_else(|| self.backoff(n))
                        .min(self.config.max_delay);
                    log::warn!(
                        "chat completion attempt {n} failed ({error}); retrying in {:.2} s",
                        delay.as_secs_f64()
                    );
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }
}

/// `Retry-After` in seconds or as an HTTP date.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = at.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// The error and its causes, e.g. "error sending request: connection reset".
fn error_chain(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
