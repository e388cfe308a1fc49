//! How to reach a model: base URL, key, model name, time limits and retries.

use std::fmt;
use std::time::Duration;

use kairos_core::ports::LlmError;

/// An API key. It prints as `ApiKey(****)` in `Debug` and has no `Display`,
/// so it cannot reach a log line or an error message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    /// The key itself, for the `Authorization` header only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// `text` with every occurrence of the key replaced, for text that
    /// came from a server (an error body may echo the request).
    pub(crate) fn scrub(&self, text: &str) -> String {
        if self.0.len() < 4 {
            return text.to_owned();
        }
        text.replace(&self.0, "[redacted]")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(****)")
    }
}

/// Settings of an [`OpenAiCompatible`](crate::OpenAiCompatible) client.
///
/// Base URLs that work unchanged (each serves `/chat/completions`):
///
/// | server | base URL |
/// |---|---|
/// | OpenAI | `https://api.openai.com/v1` |
/// | Ollama | `http://localhost:11434/v1` |
/// | vLLM | `http://localhost:8000/v1` |
/// | llama.cpp `llama-server` | `http://localhost:8080/v1` |
/// | LM Studio | `http://localhost:1234/v1` |
#[derive(Debug, Clone)]
pub struct OpenAiConfig {
    /// Up to and including the version segment, e.g. `https://api.openai.com/v1`.
    pub base_url: String,
    /// The bearer key; local servers usually need none.
    pub api_key: Option<ApiKey>,
    /// The model name the server knows (`gpt-4o-mini`, `llama3.1`, …).
    pub model: String,
    /// How long to wait for a connection.
    pub connect_timeout: Duration,
    /// How long one attempt may take, from sending to the last byte.
    pub timeout: Duration,
    /// How many attempts at most (1 = no retry).
    pub max_attempts: u32,
    /// The first retry's delay; each further retry doubles it (± 25 % jitter).
    pub base_delay: Duration,
    /// The longest wait between attempts. A `Retry-After` longer than this
    /// ends the call as [`LlmError::RateLimited`] instead of waiting.
    pub max_delay: Duration,
}

impl OpenAiConfig {
    /// Settings for `model` at `base_url` with the default limits: connect
    /// 10 s, 120 s an attempt, 3 attempts, delays from 0.5 s up to 20 s.
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key: None,
            model: model.into(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(120),
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(20),
        }
    }

    /// Sets the API key.
    pub fn with_api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(ApiKey::new(key));
        self
    }

    /// Reads `KAIROS_LLM_BASE_URL` (default `https://api.openai.com/v1`),
    /// `KAIROS_LLM_API_KEY` (optional) and `KAIROS_LLM_MODEL` (required).
    pub fn from_env() -> Result<Self, LlmError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`OpenAiConfig::from_env`] over any lookup, so it can be tested
    /// without touching the process environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, LlmError> {
        let model = get("KAIROS_LLM_MODEL")
            .filter(|m| !m.trim().is_empty())
            .ok_or_else(|| LlmError::Config {
                reason:
                    "KAIROS_LLM_MODEL is not set (the model name, e.g. gpt-4o-mini or llama3.1)"
                        .into(),
            })?;
        let base = get("KAIROS_LLM_BASE_URL")
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| "https://api.openai.com/v1".into());
        let mut config = Self::new(base, model);
        config.api_key = get("KAIROS_LLM_API_KEY")
            .filter(|k| !k.is_empty())
            .map(ApiKey::new);
        Ok(config)
    }
}
