#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub use kairos_core::*;

/// Storage: [`store::Store::open`] picks SQLite or PostgreSQL by URL.
pub mod store {
    pub use kairos_store::*;
}

pub mod pipeline;

/// Language models over HTTP: [`providers::OpenAiCompatible`] for OpenAI,
/// Ollama, vLLM, llama.cpp and LM Studio.
pub mod providers {
    pub use kairos_llm::*;
}
