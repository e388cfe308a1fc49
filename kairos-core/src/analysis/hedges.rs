//! What a word that would like rather than ask (`ideally`, `is a plus`)
//! speaks of when a sentence asks for something else first: `Strong
//! Python, preferably with Django` asks for Python and would like Django.

use crate::skills::{in_list, SkillHit};

use super::structure::part_at;

/// Hedges that speak of the words after them (`ideally in pricing`,
/// `preferably Django`, `exposure to Rust`, `bonus points for Go`); the
/// rest of [`super::structure::PREFERRED_PHRASES`] speak of the words
/// before them (`experience with Go is a plus`).
const LEADING_HEDGES: &[&str] = &[
    "ideally",
    "preferably",
    "exposure to",
    "bonus",
    "a bonus",
    "extra points",
    "extra credit",
    "brownie points",
    "idealerweise",
];

/// Words that may join a hedge to the clause before it (`SQL, and ideally
/// dbt`, `Java, with exposure to Kotlin`).
const JOINS: &[&str] = &["and", "or", "but", "plus", "with"];

/// The part of the sentence `text[from..to]` that the hedge at
/// `start..end` speaks of, when the sentence asks for something before it
/// in a clause of its own: after a comma, semicolon or dash, a leading
/// hedge speaks of the rest of the sentence (`3+ years of machine learning,
/// ideally in pricing`) and a trailing one of its own clause (`Strong
/// Python skills, experience with Go is a plus`). `None` when the hedge
/// speaks of the whole sentence: it opens it (`Ideally you know Kotlin`),
/// ends it (`Experience with Kafka, ideally`), or its clause runs on from a
/// list (`Kafka, RabbitMQ or SQS is a plus`). `hits` are the text's skill
/// mentions in order.
pub(crate) fn preferred_clause(
    text: &str,
    hits: &[SkillHit],
    (from, to): (usize, usize),
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mentions_in = |lo: usize, hi: usize| {
        let first = hits.partition_point(|h| h.start < lo);
        hits.get(first).is_some_and(|h| h.end <= hi)
    };
    if in_list(LEADING_HEDGES, &text[start..end]) {
        let mut before = text[from..start].trim_end();
        let mut joined = false;
        if let Some(word) = before.rsplit(' ').next().filter(|w| in_list(JOINS, w)) {
            before = before[..before.len() - word.len()].trim_end();
            joined = true;
        }
        let mark = before.len().checked_sub(1).map(|i| from + i)?;
        // `Python and ideally Django`: the joining word parts the clause
        // as a comma does.
        let parted = joined
            || part_at(bytes, mark) > 0
            || (before.ends_with(&['\u{2013}', '\u{2014}'][..]) && part_at(bytes, mark - 2) > 0);
        if mentions_in(end, to) {
            let clause_end = another_ask_after(text, hits, end, to);
            // What the sentence asks before the hedge: up to its mark, or
            // to the joining word's start.
            let asked_to = if joined { mark + 1 } else { mark };
            return (parted && mentions_in(from, asked_to)).then_some((start, clause_end));
        }
        // Nothing named after it: `bonus` and `ideally` close their clause
        // too (`dbt experience is a bonus`, `Kafka, ideally`).
    }
    // The last mark before the hedge, and the clause from it.
    let mark = (from..start).rev().find(|&i| part_at(bytes, i) > 0)?;
    let clause_start = mark + part_at(bytes, mark);
    let mut clause = text[clause_start..start].trim_start();
    let mut joined = false;
    if let Some(word) = clause.split(' ').next().filter(|w| in_list(JOINS, w)) {
        clause = clause[word.len()..].trim_start();
        // `Python, Java, and Go is a plus` goes on with the list.
        joined = !in_list(&["and", "or"], word);
    }
    let clause_at = start - clause.len();
    // `Kafka, RabbitMQ or SQS is a plus`: after a comma, a clause that
    // starts with a name continues the list before it (after a semicolon
    // or a dash it is a clause of its own: `Strong SQL - dbt is a bonus`).
    // A clause of its own before the comma (`Python is a must, Go is a
    // plus`) ends no list: the mention before the comma must end at it.
    let list_before = || {
        let before = hits.partition_point(|h| h.end <= mark);
        before > 0 && text[hits[before - 1].end..mark].trim().is_empty()
    };
    // A joining word other than `and` and `or` opens a clause of its own
    // (`Java, with Kotlin as a bonus`).
    let runs_on = bytes[mark] == b','
        && !joined
        && hits.binary_search_by_key(&clause_at, |h| h.start).is_ok()
        && list_before();
    (!runs_on && mentions_in(from, mark) && mentions_in(clause_at, start))
        .then_some((clause_at, to))
}

/// Where a leading hedge's words end, read from `from` to the sentence's
/// end at `to`: at a comma that `and`, `but` or `while` follows with no skill
/// right after it (`ideally EKS, and writing performant SQL` opens another
/// ask; `ideally EKS, and GKE` goes on with the list), else at `to`.
fn another_ask_after(text: &str, hits: &[SkillHit], from: usize, to: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(comma) = memchr::memchr(b',', &bytes[at..to]).map(|i| at + i) {
        // `next_word` reads past the spaces after the comma.
        let (word, tail) = crate::skills::next_word(&text[comma + 1..to]);
        if in_list(&["and", "but", "while"], word) {
            let next = to - tail.trim_start_matches(' ').len();
            if hits.binary_search_by_key(&next, |h| h.start).is_err() {
                return comma;
            }
        }
        at = comma + 1;
    }
    to
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;

    /// The part of `sentence` the first `hedge` in it speaks of, as text.
    fn clause<'s>(sentence: &'s str, hedge: &str) -> Option<&'s str> {
        let hits = Analyzer::shared().extractor.extract(sentence);
        let start = sentence.find(hedge).expect("the hedge is in the sentence");
        preferred_clause(
            sentence,
            &hits,
            (0, sentence.len()),
            start,
            start + hedge.len(),
        )
        .map(|(lo, hi)| &sentence[lo..hi])
    }

    #[test]
    fn a_hedge_after_an_ask_speaks_of_its_own_clause() {
        assert_eq!(
            clause(
                "3+ years of machine learning, ideally in forecasting",
                "ideally"
            ),
            Some("ideally in forecasting")
        );
        assert_eq!(
            clause("Strong Python, preferably with Django", "preferably"),
            Some("preferably with Django")
        );
        assert_eq!(
            clause("SQL, and ideally dbt", "ideally"),
            Some("ideally dbt")
        );
        assert_eq!(
            clause(
                "Strong Python skills, experience with Go is a plus",
                "is a plus"
            ),
            Some("experience with Go is a plus")
        );
        assert_eq!(
            clause(
                "Strong Python skills - knowing Kotlin is a plus",
                "is a plus"
            ),
            Some("knowing Kotlin is a plus")
        );
        assert_eq!(
            clause("Strong SQL skills - dbt experience is a bonus", "a bonus"),
            Some("dbt experience is a bonus")
        );
        assert_eq!(
            clause(
                "Proficiency in Java, with exposure to Kotlin",
                "exposure to"
            ),
            Some("exposure to Kotlin")
        );
    }

    #[test]
    fn a_hedge_that_opens_ends_or_follows_a_list_speaks_of_the_sentence() {
        for (sentence, hedge) in [
            ("Ideally you know Kotlin and Swift", "Ideally"),
            ("Experience with Kafka, ideally", "ideally"),
            (
                "Experience with Kafka, RabbitMQ or SQS is a plus",
                "is a plus",
            ),
            ("Python, Go preferred", "preferred"),
            ("Experience with Go is a plus", "is a plus"),
            ("Python, Java, and Go is a plus", "is a plus"),
        ] {
            assert_eq!(clause(sentence, hedge), None, "{sentence}");
        }
    }
}
