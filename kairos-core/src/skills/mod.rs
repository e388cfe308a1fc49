//! Skills: the bundled taxonomy, the extractor that finds skills in text,
//! and the context rules for skills whose names are everyday words.

mod acronyms;
mod context;
mod cues;
mod employer;
mod extract;
mod gate;
mod lead_words;
mod spellings;
mod taxonomy;
mod words;

#[cfg(test)]
pub(crate) use context::ends_sentence;
pub(crate) use context::{
    last_sentence_end, next_sentence_end, turn_to_reader, word_span_after, words_before,
};
pub(crate) use extract::{
    floor_char_boundary, in_lines, in_list, leading_title, next_word, room_for, short_clause_before,
};
pub use extract::{ExtraHit, Extractor, SkillHit, SkillSpan};
pub use taxonomy::{SkillDef, SkillId, SkillKind, Taxonomy};
pub(crate) use words::WordSet;
