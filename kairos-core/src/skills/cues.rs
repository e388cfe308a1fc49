//! Sentence cues: the words that make a sentence ask for things
//! (`experience`, `must`, `years`) or talk about the company (`we`, `our`,
//! `clients`). A general term (`cloud`, `security`) counts as a skill in a
//! sentence that asks for things, and a domain only there and not in one
//! about the company.
//!
//! The words of a sentence are its runs of letters, digits, `-` and `'`; a
//! company word is such a run (`we're`, `industry-leading`), an asking word
//! a run or the part of one between apostrophes (`experience` in
//! `experience's`). Reading every sentence that holds a general term for
//! those words cost 7 % of the analysis; instead the cue words are spellings
//! of the extractor's automaton, found in the pass that finds the skills,
//! and a sentence's verdicts are a look at the cues between its bounds.
//!
//! A cue hidden inside a longer match (`experience` in `user experience`,
//! `we` in `we use`) is read from that match's pattern: [`PatternCues`]
//! says which of its words are cue words, and the text around the match
//! says whether the words at its edges are whole there (`use` in `we used`
//! is not). Two places differ from reading the sentence's words: a cue
//! joined to a word by `_` (`x_we`: the scan reads one word) and a cue run
//! that a longer match ends inside (`x-we're` after a spelling `x-we`); both
//! are vanishingly rare in prose.

use super::words::WordSet;

/// Words that make a sentence a statement of what the job asks for, so the
/// general terms in it count (`Experience with cloud and security`).
static ASKING_WORDS: WordSet = WordSet::new(&[
    "experience",
    "experienced",
    "knowledge",
    "skills",
    "skill",
    "understanding",
    "familiar",
    "familiarity",
    "proficient",
    "proficiency",
    "degree",
    "background",
    "expertise",
    "expert",
    "required",
    "require",
    "requires",
    "must",
    "ideally",
    "plus",
    "desirable",
    "preferred",
    "bonus",
    "essential",
    "qualifications",
    "qualification",
    "competence",
    "competency",
    "fluent",
    "fluency",
    "capable",
    "ability",
    "demonstrated",
    "proven",
    "track",
    "hands-on",
    "exposure",
    "certification",
    "certified",
    "years",
    "advantage",
    "advantageous",
    // `French is an asset` (Canadian listings' word for a plus).
    "asset",
    "strong",
    "solid",
    "knowledgeable",
    "speak",
    "write",
    "fluently",
    "languages",
    "have",
    "use",
    "work",
]);

/// Words that make a sentence talk about the company rather than the job.
static COMPANY_WORDS: WordSet = WordSet::new(&[
    "we",
    "our",
    "we're",
    "us",
    "company",
    "founded",
    "clients",
    "customers",
    "leading",
    "provider",
    "headquartered",
    "offices",
    "employees",
    "mission",
    "global",
    "group",
    "organisation",
    "organization",
    "business",
    "brand",
    "portfolio",
    "industry-leading",
    "partners",
]);

/// A cue's bits: the sentence asks for things.
pub(super) const ASKS: u8 = 1;
/// A cue's bits: the sentence talks about the company.
pub(super) const COMPANY: u8 = 2;

/// Every cue word, to be compiled into the automaton as a spelling.
pub(super) fn cue_words() -> impl Iterator<Item = &'static str> {
    ASKING_WORDS
        .words()
        .iter()
        .chain(COMPANY_WORDS.words())
        .copied()
}

/// Where a pattern holds cue words, by where they stand in it: the whole
/// pattern, a word at its start, at its end, or inside. Words at an edge
/// count only if the text does not go on with the same word past the edge.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct PatternCues {
    whole: u8,
    first: u8,
    last: u8,
    inside: u8,
}

impl PatternCues {
    /// The cue words of `pattern` (as the automaton matches it).
    pub(super) fn of(pattern: &str) -> Self {
        let mut cues = Self::default();
        let len = pattern.len();
        let mut place = |from: usize, to: usize, bit: u8| {
            let slot = match (from == 0, to == len) {
                (true, true) => &mut cues.whole,
                (true, false) => &mut cues.first,
                (false, true) => &mut cues.last,
                (false, false) => &mut cues.inside,
            };
            *slot |= bit;
        };
        for (from, run) in runs(pattern) {
            if COMPANY_WORDS.contains(run) {
                place(from, from + run.len(), COMPANY);
            }
            let mut at = from;
            for part in run.split('\'') {
                if is_asking(part) {
                    place(at, at + part.len(), ASKS);
                }
                at += part.len() + 1;
            }
        }
        cues
    }

    /// Whether the pattern holds no cue word (most patterns).
    pub(super) fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Pushes onto `out` the cues of a match of this pattern at
    /// `start..end` of `text`: the words inside it, and those at its edges
    /// that the text does not go on past the edge.
    pub(super) fn found(&self, text: &str, start: usize, end: usize, out: &mut Vec<Cue>) {
        let before = whole_beside(text[..start].chars().next_back());
        let after = whole_beside(text[end..].chars().next());
        let first = self.first & before | self.inside;
        let whole = self.whole & before & after;
        if first | whole != 0 {
            out.push(Cue {
                at: start,
                bits: first | whole,
            });
        }
        let last = self.last & after;
        if last != 0 {
            out.push(Cue {
                at: end - 1,
                bits: last,
            });
        }
    }
}

/// A cue word found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    /// A byte inside the word.
    pub(super) at: usize,
    /// [`ASKS`], [`COMPANY`] or both.
    pub(super) bits: u8,
}

/// Whether the sentence `from..to` asks for things and whether it talks
/// about the company, from the text's cues (in order of place).
pub(super) fn sentence_verdicts(cues: &[Cue], from: usize, to: usize) -> (bool, bool) {
    let first = cues.partition_point(|c| c.at < from);
    let mut bits = 0;
    for cue in cues[first..].iter().take_while(|c| c.at < to) {
        bits |= cue.bits;
        if bits == ASKS | COMPANY {
            break;
        }
    }
    (bits & ASKS != 0, bits & COMPANY != 0)
}

/// A word asks for things: short parts (`re` of `we're`) never do.
fn is_asking(part: &str) -> bool {
    part.len() > 2 && ASKING_WORDS.contains(part)
}

/// Whether a character continues a sentence word.
fn in_run(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// The runs of letters, digits, `-` and `'` in `s`, with their offsets.
fn runs(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(|c: char| !in_run(c))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// The bits of cue words that stand whole beside `c` (the character just
/// before or just after them): a company word only beside a character that
/// ends runs, an asking word also beside an apostrophe.
fn whole_beside(c: Option<char>) -> u8 {
    match c {
        Some('\'') => ASKS,
        Some(c) if in_run(c) => 0,
        _ => ASKS | COMPANY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::{Extractor, Taxonomy};
    use std::sync::OnceLock;

    fn extractor() -> &'static Extractor {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        EXTRACTOR.get_or_init(|| Extractor::new(Taxonomy::bundled()))
    }

    /// The verdicts of every line of `text`, from the cues and by reading
    /// the line's words.
    fn line_verdicts(text: &str) -> Vec<((bool, bool), (bool, bool))> {
        let cues = extractor().cues(text);
        let mut from = 0;
        text.split('\n')
            .map(|line| {
                let to = from + line.len();
                let both = (sentence_verdicts(&cues, from, to), reference(line));
                from = to + 1;
                both
            })
            .collect()
    }

    #[test]
    fn finds_cue_words_of_each_kind_alone_and_inside_other_spellings() {
        assert_eq!(
            PatternCues::of("user experience"),
            PatternCues {
                last: ASKS,
                ..Default::default()
            }
        );
        assert_eq!(
            PatternCues::of("we use"),
            PatternCues {
                first: COMPANY,
                last: ASKS,
                ..Default::default()
            }
        );
        assert_eq!(
            PatternCues::of("we're"),
            PatternCues {
                whole: COMPANY,
                ..Default::default()
            }
        );
        assert!(PatternCues::of("python").is_empty());
        let lines = "Experience with cloud\n\
                     We build tools\n\
                     our clients' experience's value\n\
                     Strong user experience design\n\
                     we used Python\n\
                     non-essential work-life we’re\n\
                     the cloud";
        let found: Vec<_> = line_verdicts(lines)
            .into_iter()
            .map(|(cues, _)| cues)
            .collect();
        assert_eq!(
            found,
            [
                (true, false),
                (false, true),
                (true, true),
                (true, false),
                (false, true),
                (false, true),
                (false, false),
            ]
        );
    }

    proptest::proptest! {
        /// The cues give every line the verdicts reading its words gives,
        /// whatever joins the words: hyphens, apostrophes, curly quotes,
        /// letters beyond ASCII, spellings that hold cue words.
        #[test]
        fn cues_agree_with_reading_the_words(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "experience", "Experience", "years", "must", "MUST", "hands-on", "skills",
                "we", "We", "we're", "WE'RE", "our", "clients", "industry-leading",
                "user experience", "we use", "must have", "strong", "work", "use",
                "wealth", "used", "non", "life", "re", "s", "python", "Go", "cloud",
                "C++", "node.js", "é", "ü", "日本", "2", "data",
            ]), 0..24),
            joins in proptest::collection::vec(proptest::sample::select(vec![
                " ", " ", "  ", "-", "'", "’", ", ", ". ", "\n", "/", " (", ") ", "é", "\t",
            ]), 24),
        ) {
            let mut text = String::new();
            for (word, join) in words.iter().zip(&joins) {
                text.push_str(word);
                text.push_str(join);
            }
            for (k, (cues, read)) in line_verdicts(&text).into_iter().enumerate() {
                proptest::prop_assert_eq!(cues, read, "line {} of {:?}", k, text);
            }
        }
    }

    /// The definition the cues reproduce: whether a sentence asks for things
    /// (a word of [`ASKING_WORDS`]; an apostrophe splits words here) and whether
    /// it talks about the company (a word of [`COMPANY_WORDS`], where `we're`
    /// is one word), with words the runs of letters, digits, `-` and `'`.
    /// A curly apostrophe parts words, but in `we’re`, which the automaton
    /// reads as the spelling `we're` (so `we’re-` is one run, and no
    /// company word).
    fn reference(sentence: &str) -> (bool, bool) {
        let (mut asks, mut about_company) = (false, false);
        let asking = |part: &str| part.len() > 2 && ASKING_WORDS.contains(part);
        let lower = sentence.to_ascii_lowercase();
        let sentence: String = sentence
            .char_indices()
            .map(|(at, c)| {
                let we_re = matches!(c, '’' | '‘')
                    && lower[..at].ends_with("we")
                    && lower[at + c.len_utf8()..].starts_with("re");
                if we_re {
                    '\''
                } else {
                    c
                }
            })
            .collect();
        for w in sentence.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'') {
            if w.is_empty() {
                continue;
            }
            about_company = about_company || COMPANY_WORDS.contains(w);
            // Few words have an apostrophe; splitting every word is a search.
            asks = asks
                || if w.bytes().any(|b| b == b'\'') {
                    w.split('\'').any(asking)
                } else {
                    asking(w)
                };
            if asks && about_company {
                break;
            }
        }
        (asks, about_company)
    }
}
