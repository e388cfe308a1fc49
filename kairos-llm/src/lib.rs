//! Language models for Kairos over HTTP: [`OpenAiCompatible`] speaks the
//! chat-completions protocol of OpenAI, Ollama, vLLM, llama.cpp's server and
//! LM Studio, and implements the core's
//! [`LanguageModel`](kairos_core::ports::LanguageModel).
//!
//! ```no_run
//! use kairos_core::analysis::Analyzer;
//! use kairos_core::llm::analyze_with_model;
//! use kairos_llm::{OpenAiCompatible, OpenAiConfig};
//!
//! # async fn example() -> Result<(), kairos_core::ports::LlmError> {
//! // Or OpenAiCompatible::from_env() with KAIROS_LLM_BASE_URL, _API_KEY, _MODEL.
//! let model = OpenAiCompatible::new(OpenAiConfig::new("http://localhost:11434/v1", "llama3.1"))?;
//! let analysis = analyze_with_model(&model, Analyzer::shared(), "Rust Engineer", "Requirements: Rust").await;
//! println!("{:?}: {} unknown skills", analysis.model, analysis.unknown_skills.len());
//! # Ok(()) }
//! ```

mod client;
mod config;
mod wire;

pub use client::OpenAiCompatible;
pub use config::{ApiKey, OpenAiConfig};
