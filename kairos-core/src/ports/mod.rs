//! The traits the outside world implements for the core: storage and
//! language models. Async methods use `async-trait`; the core never
//! spawns or blocks, so any runtime can drive them.
//!
//! Every method takes the owner, and every query is scoped by it: another
//! owner's id is [`Error::NotFound`](crate::Error::NotFound), never a leak.

mod llm;
mod store;

pub use llm::{
    AnswerSchema, ChatMessage, ChatRole, Completion, CompletionRequest, LanguageModel, LlmError,
    TokenUsage,
};
pub use store::{
    AnalysisStore, ApplicationStore, JobFilter, JobStore, Page, PageRequest, ResumeStore,
    SkillStore, UpsertCounts,
};
