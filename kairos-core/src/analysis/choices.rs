//! Skills a listing offers as a choice: `AWS or GCP`, `Python, Java or
//! Go`, `Go, or another backend language (Java, Kotlin, C#)`. A choice is
//! one ask, met by any of its skills; everything else is asked for each.

use crate::find;
use crate::model::SkillCategory;
use crate::skills::{
    floor_char_boundary, in_list, SkillDef, SkillHit, SkillId, SkillKind, Taxonomy,
};

/// Pairs of skills a listing offers as alternatives: the technical
/// mentions a list joins with `or`, with the ones before it up to a
/// comma (`AWS or GCP`, `Python, Java or Go`, `either React or Vue`;
/// in `Python or Go, Docker` Docker is asked as well), and a list that
/// an `or` with `another`, `similar` or the like opens or closes, with
/// the skills named in that clause (`Go, or another backend language
/// (Java, Kotlin, C#)`, `Java, Kotlin or a similar language`), and a list
/// that words before it offer as a choice (`at least one of: Python, Go,
/// Rust`, `a cloud provider (AWS, GCP, Azure)`). A list joined by `and` or
/// by commas alone asks for each, and so does a long one ending in a bare
/// `or` (`Python, Java, C#, Go, Ruby, PHP or Scala` is a stack, not a
/// choice).
pub(super) fn alternatives(
    taxonomy: &Taxonomy,
    text: &str,
    hits: &[SkillHit],
) -> Vec<(SkillId, SkillId)> {
    let mut pairs: Vec<(SkillId, SkillId)> = Vec::new();
    // The skills of the list read so far that an `or` may join.
    let mut segment: Vec<SkillId> = Vec::new();
    let mut after_or = false;
    // Where the clause of an offered choice ends, while in one.
    let mut offer_end: Option<usize> = None;
    let mut previous_end: Option<usize> = None;
    // The last technical mention, and where it ends: past the bracket of
    // what it is used with (`AWS (EC2, RDS) - GCP also fine`).
    let mut last_counted: Option<(&SkillHit, usize)> = None;
    // The end of a bracket of libraries after a mention (`Python (pandas)
    // or R`): its mentions qualify the one before and are no part of the
    // list, which goes on after it.
    let mut qualifiers_end: Option<usize> = None;
    // Alternatives joined by slashes, so far (`AWS/Azure/GCP`).
    let mut slashed: Vec<SkillId> = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        if qualifiers_end.is_some_and(|close| hit.start < close) {
            continue;
        }
        let def = taxonomy.get(hit.skill);
        let technical = matches!(def.kind, SkillKind::Technical(_));
        // A role is no list's item, but the mention an `or` joins to it
        // shares its noun: a choice of role (`as a Java or Python
        // developer`, `in SRE or DevOps roles`).
        if let Some(before) = i.checked_sub(1).map(|k| &hits[k]) {
            if hit.names_role
                && technical
                && matches!(taxonomy.get(before.skill).kind, SkillKind::Technical(_))
                && text.get(before.end..hit.start).and_then(or_list_join) == Some(true)
            {
                pair_up(&[before.skill, hit.skill], 2, &mut pairs);
            }
        }
        let counts = !hit.names_role && technical;
        let mut join = previous_end
            .filter(|_| counts)
            .and_then(|end| text.get(end..hit.start))
            .and_then(or_list_join);
        if let Some(end) = offer_end {
            if hit.start < end {
                // The field the clause names (`another backend
                // language`) is the choice's kind, not one of it; a
                // skill of another kind (`or similar (we use Spring
                // Boot)` after languages) is no choice of it either.
                let same_kind = || segment.iter().any(|&s| taxonomy.get(s).kind == def.kind);
                if counts && !def.generic && same_kind() {
                    segment.push(hit.skill);
                    pair_up(&segment, MAX_OFFERED, &mut pairs);
                    previous_end = Some(hit.end);
                }
                continue;
            }
            offer_end = None;
            join = None;
        }
        // `AWS/Azure/GCP`, `React/Vue`: any of them will do (`HTML/CSS`,
        // `Python/Django` ask for each).
        // Asked of every mention: the gap's bytes first (`/`, ` / `).
        let slash = previous_end.is_some_and(|end| {
            matches!(
                text.as_bytes().get(end..hit.start),
                Some(b"/" | b" /" | b"/ " | b" / ")
            )
        });
        let joins_slashed = slash
            && slashed
                .last()
                .is_some_and(|&before| slash_alternatives(taxonomy, before, hit.skill));
        if !joins_slashed {
            slashed.clear();
        }
        if counts && !def.generic {
            slashed.push(hit.skill);
            if slashed.len() > 1 {
                pair_up(&slashed, MAX_ALTERNATIVES, &mut pairs);
            }
        }
        let mut opened = None;
        match join {
            Some(true) => {
                // `Python 3, FastAPI or Django`: the choice is of the two
                // `or` joins (`JavaScript or TypeScript`, whatever they
                // are) and of the skills before them that may stand in for
                // one after (`Kafka, RabbitMQ or SQS`); the others before
                // them are asked for each.
                segment.push(hit.skill);
                let not_peer = (0..segment.len().saturating_sub(2)).rev().find(|&i| {
                    !segment[i + 1..]
                        .iter()
                        .any(|&later| in_or_list_with(taxonomy, segment[i], later))
                });
                if let Some(last) = not_peer {
                    segment.drain(..=last);
                }
                pair_up(&segment, MAX_ALTERNATIVES, &mut pairs);
                after_or = true;
            }
            Some(false) if !after_or => segment.push(hit.skill),
            _ => {
                segment.clear();
                if counts {
                    segment.push(hit.skill);
                    if !def.generic {
                        opened = choice_opened_before(text, hit.start);
                    }
                }
                after_or = false;
            }
        }
        // `AWS; GCP is fine too`: the one accepted as well is a choice of
        // the one just named.
        if counts && !def.generic {
            if let Some((previous, _)) = last_counted.filter(|&(p, end)| {
                may_stand_in(taxonomy, p.skill, hit.skill) && accepted_as_well(text, end, hit)
            }) {
                pair_up(&[previous.skill, hit.skill], 2, &mut pairs);
            }
        }
        // A general term's bracket names its kinds (`a public cloud (AWS,
        // Azure)`), which may be a choice.
        qualifiers_end = (counts && !def.generic)
            .then(|| qualifier_bracket(text, hits, i))
            .flatten();
        previous_end = counts.then_some(qualifiers_end.map_or(hit.end, |close| close + 1));
        if counts && !def.generic {
            last_counted = previous_end.map(|end| (hit, end));
        }
        // `PyTorch, TensorFlow, JAX (any one)`: the list just read is a
        // choice.
        if counts && segment.len() > 1 && any_one_after(text, hit.end) {
            pair_up(&segment, MAX_OFFERED, &mut pairs);
        }
        if counts {
            offer_end = offered_choice(text, hit.end);
            if offer_end.is_some() {
                pair_up(&segment, MAX_OFFERED, &mut pairs);
            }
            offer_end = offer_end.or(opened);
        }
    }
    pairs
}

/// The most skills one `or` list offers as alternatives; a longer list is
/// a stack.
const MAX_ALTERNATIVES: usize = 4;

/// How the text between two mentions joins them in a list: `Some(true)` for
/// `or` (` or `, `, or `, ` or even `), `Some(false)` for a comma or a slash,
/// `None` when they are not in one list.
fn or_list_join(gap: &str) -> Option<bool> {
    // Most mentions are sentences apart: the longest join is ` and / or `.
    if gap.len() > 10 {
        return None;
    }
    match gap.trim_matches(' ') {
        // `Java and/or Kotlin`: either will do.
        "or" | ", or" | "or even" | "and/or" | "and / or" => Some(true),
        "," | "/" => Some(false),
        _ => None,
    }
}

/// Where the bracket right after mention `i` closes, when it holds
/// nothing but a list of other mentions (`Python (pandas, NumPy)`, `Java
/// (Spring Boot and Hibernate)`): what the skill is used with, not a
/// choice. A bracket with other words in it (`SQL (any flavour: …)`, `Go
/// (or a similar language)`) or an `or` is read as it is.
fn qualifier_bracket(text: &str, hits: &[SkillHit], i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut open = hits[i].end;
    while bytes.get(open) == Some(&b' ') {
        open += 1;
    }
    if bytes.get(open) != Some(&b'(') {
        return None;
    }
    // Mention by mention: only spaces, commas, slashes, `&` and `and`
    // between them, then the closing bracket (a byte loop: no searcher's
    // code in the WebAssembly module).
    let mut at = open + 1;
    for h in &hits[i + 1..] {
        if h.start > open + MAX_QUALIFIER_BYTES {
            return None;
        }
        let gap = &bytes[at..h.start.max(at)];
        let joined = gap
            .split(gap_byte)
            .all(|w| w.is_empty() || (at > open + 1 && w.eq_ignore_ascii_case(b"and")));
        if !joined {
            break;
        }
        at = h.end;
        let mut after = at;
        while bytes.get(after) == Some(&b' ') {
            after += 1;
        }
        if bytes.get(after) == Some(&b')') {
            return (at > open + 1).then_some(after);
        }
    }
    None
}

/// The most bytes a bracket of qualifying mentions holds.
const MAX_QUALIFIER_BYTES: usize = 80;

/// Whether `hit`, a mark or two after a mention ending at `previous_end`
/// (or after its `preferred, but`), is said to do as well as it: `AWS;
/// GCP is fine too`, `PostgreSQL (MySQL works too)`, `AWS (Azure also
/// considered)`, `C# preferred, but Java considered`.
pub(crate) fn accepted_as_well(text: &str, previous_end: usize, hit: &SkillHit) -> bool {
    let bytes = text.as_bytes();
    let mut at = hit.end;
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    // Every phrase opens with `is`, `also`, `works`, `would`, `will`,
    // `considered`, `ok`, `transferable` or `experience`: most list items
    // are turned away by one byte.
    if !matches!(
        bytes.get(at).map(|b| b | 0x20),
        Some(b'i' | b'a' | b'w' | b'c' | b'o' | b't' | b'e')
    ) || hit.start < previous_end
    {
        return false;
    }
    let gap = &bytes[previous_end..hit.start];
    // `C# preferred, but Java considered`, `React, though Vue is also
    // fine`: the one named first is the listing's preference of the two.
    let words_from = gap.iter().take_while(|b| gap_byte(b)).count();
    let gap = PREFERENCE_BEFORE
        .iter()
        .find_map(|words| {
            let rest = &gap[words_from..];
            let after = rest.get(words.len()..)?;
            rest[..words.len()]
                .eq_ignore_ascii_case(words.as_bytes())
                .then_some(after)
        })
        .unwrap_or(gap);
    // A mark or two: `;`, ` - `, ` — ` (three bytes of its own).
    gap.len() <= 5
        && gap.iter().all(gap_byte)
        && ACCEPTED_AS_WELL.iter().any(|phrase| {
            let end = at + phrase.len();
            // The phrase ends its clause: `Kotlin considered a plus` says
            // something else.
            bytes
                .get(at..end)
                .is_some_and(|a| a.eq_ignore_ascii_case(phrase.as_bytes()))
                && bytes[end..]
                    .iter()
                    .find(|&&b| b != b' ')
                    .is_none_or(|b| b",;.)!\r\n-\xE2".contains(b))
        })
}

/// Whether skill `b` may be accepted in place of `a`: of the same kind
/// (`PostgreSQL; MySQL is fine too`), or related in the taxonomy
/// (`Terraform preferred, CloudFormation OK`: a tool and a cloud service
/// for one job). `Python; Django is fine too` names no choice.
pub(crate) fn may_stand_in(taxonomy: &Taxonomy, a: SkillId, b: SkillId) -> bool {
    let (da, db) = (taxonomy.get(a), taxonomy.get(b));
    da.kind == db.kind || da.related.contains(&b) || db.related.contains(&a)
}

/// Whether `a` and `b` may be alternatives in an `or` list: one may stand
/// in for the other, and neither is built on the other (`Django` on
/// `Python`, `MySQL` on `SQL`).
fn peers(taxonomy: &Taxonomy, a: SkillId, b: SkillId) -> bool {
    may_stand_in(taxonomy, a, b)
        && !taxonomy.get(a).implies.contains(&b)
        && !taxonomy.get(b).implies.contains(&a)
}

/// Whether `a`, listed before an `or` (`Kafka, RabbitMQ or SQS`), is one
/// of the choice with `b`, named after it: peers, and for frameworks and
/// tools, kinds too broad to say so alone, related in the taxonomy or
/// both kinds of one practice (`Datadog, New Relic or Grafana`, all
/// monitoring). `React, Next.js, React Query, Zustand or Redux Toolkit`
/// asks for Next.js and React Query, and offers a choice of the two state
/// libraries only.
fn in_or_list_with(taxonomy: &Taxonomy, a: SkillId, b: SkillId) -> bool {
    let (da, db) = (taxonomy.get(a), taxonomy.get(b));
    let broad = matches!(
        da.kind,
        SkillKind::Technical(SkillCategory::Framework | SkillCategory::Tool)
    );
    let one_practice = || {
        da.implies.iter().any(|p| {
            db.implies.contains(p)
                && taxonomy.get(*p).kind == SkillKind::Technical(SkillCategory::Concept)
        })
    };
    peers(taxonomy, a, b)
        && (!broad || da.related.contains(&b) || db.related.contains(&a) || one_practice())
}

/// Words right after the first of two skills that say it is preferred,
/// or that only join the one accepted as well (see [`accepted_as_well`]).
const PREFERENCE_BEFORE: &[&str] = &[
    "preferred, but",
    "preferred but",
    "preferred",
    "though",
    "although",
    "but",
];

/// Whether a byte parts the mentions of a list (or the bytes of a dash:
/// `–`, `—`), for the gaps between mentions read by byte.
fn gap_byte(b: &u8) -> bool {
    matches!(
        b,
        b' ' | b',' | b'/' | b'&' | b';' | b'(' | b'-' | 0xE2 | 0x80 | 0x93 | 0x94
    )
}

/// What a listing says after a skill it accepts in place of the one
/// before (see [`accepted_as_well`]).
const ACCEPTED_AS_WELL: &[&str] = &[
    "is fine too",
    "is fine as well",
    "is also fine",
    "works too",
    "also works",
    "would also work",
    "also considered",
    "considered",
    "will also be considered",
    "will be considered",
    "is also welcome",
    "also welcome",
    "also fine",
    // `Terraform preferred, CloudFormation OK`.
    "ok",
    "is ok",
    "also ok",
    "okay",
    "is okay",
    // `React; Vue experience transferable`.
    "transferable",
    "is transferable",
    "experience transferable",
    "experience is transferable",
    "is fine",
    // `Postgres preferred, MySQL acceptable`.
    "is acceptable",
    "is also acceptable",
    "also acceptable",
    "acceptable",
];

/// The most skills a list offered as a choice in so many words (`or
/// another language such as …`) holds.
const MAX_OFFERED: usize = 8;

/// The most bytes of an offered choice's clause that are read.
const MAX_OFFER_BYTES: usize = 160;

/// Words after `or` that offer a choice of skills rather than name one.
const CHOICE_WORDS: &[&str] = &[
    // `PostgreSQL, MySQL or any relational database`.
    "any",
    // `5+ years in SRE, DevOps or infrastructure roles`: any of them.
    "roles",
    "positions",
    "another",
    "other",
    "similar",
    "equivalent",
    "comparable",
    "alternative",
    "alternatives",
];

/// Where the clause ends when the text after a mention ending at `end`
/// offers a choice in its place: `or` (after a comma or a bracket) and,
/// before any `and`, a word such as `another` or `similar` (`, or deep
/// experience in another backend language (Java, Kotlin, C#)`, ` or a
/// similar tool`). `None` when it does not.
fn offered_choice(text: &str, end: usize) -> Option<usize> {
    let after = text.get(end..)?;
    let rest = find::trim_start_any(after, b", (");
    if !rest.get(..3)?.eq_ignore_ascii_case("or ") {
        return None;
    }
    let cut = floor_char_boundary(rest, rest.len().min(MAX_OFFER_BYTES));
    let clause_start = end + (after.len() - rest.len()) + 3;
    // `Go (or Java)`, `Terraform (or Pulumi)`: a bracket that opens with
    // `or` offers what it names, to its close.
    if after.trim_start_matches(' ').starts_with('(') {
        return rest[3..cut].find(')').map(|close| clause_start + close);
    }
    let clause = &rest[3..clause_len(&rest[..cut]).max(3)];
    // The clause may open a list in brackets: it ends where they close.
    let opened = find::find_any(clause, b"([");
    let offered = clause
        .get(..opened.unwrap_or(clause.len()))?
        .split(|c: char| !c.is_ascii_alphabetic())
        .take_while(|w| !w.eq_ignore_ascii_case("and"))
        .any(|w| in_list(CHOICE_WORDS, w));
    if !offered {
        return None;
    }
    let close = opened.and_then(|o| {
        let inside = &clause[o..];
        find::find_any(inside, b")]").map(|c| o + c)
    });
    Some(clause_start + close.unwrap_or(clause.len()))
}

/// Where the clause ends when the words before a list starting at `start`
/// offer it as a choice: `at least one of: Python, Go`, `any of Java,
/// Kotlin`, `one or more of the following languages: …`, `a modern
/// frontend framework (React, Vue, Angular)`, `a language such as …`,
/// examples of a kind (`vector databases (e.g. Pinecone, pgvector)`).
/// `None` when they do not. Read only where the text just before ends as
/// such an opening does (`:`, `(`, `of`, `such as`, `like`, `e.g.`), which
/// few list starts do.
fn choice_opened_before(text: &str, start: usize) -> Option<usize> {
    let before = text.get(..start)?.trim_end_matches(' ');
    // Most list starts follow a word such as `with`: their last byte ends
    // no opening.
    if !matches!(
        *before.as_bytes().last()? | 0x20,
        b':' | b'(' | b'f' | b's' | b'e' | b'.' | b','
    ) {
        return None;
    }
    let opening = OPENINGS.iter().find(|o| ends_with_word(before, o))?;
    // The words before the opening, back to the start of their line or
    // sentence.
    let head = find::trim_end_any(&before[..before.len() - opening.len()], b" ,(");
    // Most `of`s before a skill are `knowledge of`, `experience of`:
    // told from `one of` by the word before.
    if *opening == "of" {
        let word_before = head
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !in_list(&["one", "any", "either", "more"], word_before) {
            return None;
        }
    }
    // Back to a character's start, a byte or three past the limit.
    let from = floor_char_boundary(head, head.len().saturating_sub(MAX_OFFER_BYTES));
    let clause = &head[from..];
    let clause = &clause[clause
        .rfind(['\n', ';', '.', '!', '?'])
        .map_or(0, |i| i + 1)..];
    // The clause's last few words, the last first (an opening's `of` in
    // front): all the readings below need.
    let mut last = [""; CLAUSE_WORDS];
    let mut n = 0;
    if *opening == "of" {
        last[0] = opening;
        n = 1;
    }
    for word in clause
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if n == CLAUSE_WORDS {
            break;
        }
        last[n] = word;
        n += 1;
    }
    let words = &last[..n];
    let is = |w: &str, of: &[&str]| in_list(of, w);
    // `at least one of`, `one or more of the following`, `any of`: the
    // words after `of` say what (`the following languages`), not whose
    // (`one of our first engineers`).
    let one_of = (1..n).find(|&k| {
        is(words[k - 1], &["of"])
            && (is(words[k], &["one", "any", "either"])
                || (is(words[k], &["more"]) && words.get(k + 2).is_some_and(|w| is(w, &["one"]))))
    });
    // `state management (Redux, Zustand, etc.)`: a bracket of examples.
    let offered = match one_of {
        _ if *opening == "(" && ends_in_etc(&text[start..]) => true,
        Some(k) => !words[..k - 1].iter().any(|w| is(w, NOT_A_CHOICE)),
        // `a cloud provider (`: one of a kind, the article a few words
        // before the kind's noun; `one or more programming languages
        // (e.g., Python, Java`: one or more of a kind, in the plural too.
        None if *opening != "of" => {
            let kind = words.first().copied().unwrap_or_default();
            let plural =
                kind.len() > 1 && kind.ends_with('s') && is(&kind[..kind.len() - 1], CHOICE_KINDS);
            let before_kind = || words.iter().skip(1).take(KIND_WORDS);
            let one_or_more = (1..=KIND_WORDS).any(|k| {
                words
                    .get(k..k + 3)
                    .is_some_and(|w| is(w[0], &["more"]) && is(w[1], &["or"]) && is(w[2], &["one"]))
            });
            // `vector databases (e.g. Pinecone, pgvector)`, `languages
            // such as Go or Rust`: examples of the kind, any of which will do.
            // Not of `various languages such as …`: several are asked.
            let examples = is(opening, &["such as", "like", "e.g.", "e.g.,"])
                && !words
                    .iter()
                    .any(|w| is(w, &["various", "multiple", "several", "many"]));
            // `state management (e.g. Redux, Zustand)`: examples in a
            // bracket are examples of whatever comes before it.
            let bracketed_examples = is(opening, &["e.g.", "e.g.,"])
                && before[..before.len() - opening.len()]
                    .trim_end()
                    .ends_with('(');
            (is(kind, CHOICE_KINDS) || plural || bracketed_examples)
                && (one_or_more
                    || examples
                    || (!plural && before_kind().any(|w| is(w, &["a", "an", "one", "any"]))))
        }
        None => false,
    };
    if !offered {
        return None;
    }
    let rest = &text[start..];
    let cut = floor_char_boundary(rest, rest.len().min(MAX_OFFER_BYTES));
    Some(start + clause_len(&rest[..cut]))
}

/// Whether a bracket right after `end` says any one of the list before it
/// will do: `(any one)`, `(any of these)`, `(either)`.
fn any_one_after(text: &str, end: usize) -> bool {
    // Most mentions are followed by no bracket: one byte or two tell.
    let spaces = text.as_bytes()[end..]
        .iter()
        .take_while(|&&b| b == b' ')
        .count();
    if text.as_bytes().get(end + spaces) != Some(&b'(') {
        return false;
    }
    let inside = &text[end + spaces + 1..];
    let close = inside.bytes().take(24).position(|b| b == b')');
    close.is_some_and(|close| {
        in_list(
            &[
                "any",
                "any one",
                "any of these",
                "any of them",
                "one of these",
                "one of them",
                "either",
                "at least one",
            ],
            inside[..close].trim(),
        )
    })
}

/// Whether the bracket `rest` opens in (its text after `(`) ends with
/// `etc.` or `and so on`: a list of examples, not of asks.
fn ends_in_etc(rest: &str) -> bool {
    let cut = floor_char_boundary(rest, rest.len().min(MAX_OFFER_BYTES));
    let Some(close) = find::find_any(&rest[..cut], b")\n") else {
        return false;
    };
    let inside = find::trim_end_any(&rest[..close], b" .,");
    ["etc", "and so on", "and more", "and similar", "or similar"]
        .iter()
        .any(|end| ends_with_word(inside, end))
}

/// Words read back from an opening: `one or more of the following
/// languages:` is seven.
const CLAUSE_WORDS: usize = 8;

/// How the text just before a list offered as a choice ends.
const OPENINGS: &[&str] = &[":", "(", "of", "such as", "like", "e.g.", "e.g.,"];

/// Singular nouns for a kind of tool that `a …` offers one of.
const CHOICE_KINDS: &[&str] = &[
    "language",
    "framework",
    "library",
    "provider",
    "platform",
    "database",
    "cloud",
    "engine",
    "orm",
    "rdbms",
    "tool",
    // `a message broker (Kafka, RabbitMQ)`, `a key-value store (…)`.
    "broker",
    "queue",
    "store",
    "warehouse",
    "orchestrator",
    "system",
    "ide",
    // `SQL (any flavour: Postgres, MySQL)`, `any SQL dialect (…)`.
    "flavour",
    "flavor",
    "dialect",
];

/// Words at most between `a` and the kind's noun (`a modern frontend
/// framework`).
const KIND_WORDS: usize = 3;

/// Words after `one of` that make it about someone, not a choice.
const NOT_A_CHOICE: &[&str] = &[
    "our", "your", "their", "its", "us", "them", "best", "first", "largest", "leading", "top",
    "fastest", "biggest",
];

/// Whether `s` ends with `word` (ASCII case ignored) that starts a word.
fn ends_with_word(s: &str, word: &str) -> bool {
    let Some(at) = s.len().checked_sub(word.len()) else {
        return false;
    };
    s.is_char_boundary(at)
        && s[at..].eq_ignore_ascii_case(word)
        && (!word.starts_with(|c: char| c.is_alphanumeric())
            || s[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric()))
}

/// Bytes up to the first end of a clause in `text` (a line break, `;`,
/// `!`, `?`, a closing bracket, or a full stop before a space but not in
/// `e.g.` or `i.e.`); all of it when none.
fn clause_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' if depth > 0 => depth -= 1,
            b'\n' | b';' | b'!' | b'?' | b')' | b']' => return i,
            b'.' => {
                let spaced = bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace);
                let before = &bytes[..i];
                let abbreviation = [b"e.g", b"i.e"]
                    .iter()
                    .any(|a| before.len() >= 3 && before[i - 3..].eq_ignore_ascii_case(*a));
                if spaced && !abbreviation {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Whether two skills joined by a slash are alternatives: cloud providers
/// (`AWS/GCP`), or related databases, frameworks or tools, neither built on
/// the other (`MySQL/PostgreSQL`, `React/Vue`, `Maven/Gradle`). Languages
/// ask for each (`HTML/CSS`, `Java/Kotlin`: often both are used), and so
/// do a framework and what it builds on (`React/Redux`).
fn slash_alternatives(taxonomy: &Taxonomy, a: SkillId, b: SkillId) -> bool {
    let (da, db) = (taxonomy.get(a), taxonomy.get(b));
    if is_cloud_provider(taxonomy, da) && is_cloud_provider(taxonomy, db) {
        return true;
    }
    da.kind == db.kind
        && matches!(
            da.kind,
            SkillKind::Technical(
                SkillCategory::Database | SkillCategory::Framework | SkillCategory::Tool
            )
        )
        && (da.related.contains(&b) || db.related.contains(&a))
        && peers(taxonomy, a, b)
}

/// Whether a skill is a provider of cloud services (AWS, Azure, GCP), not
/// one of a provider's services (AWS Lambda) or a general term (Serverless):
/// a cloud skill implying only cloud computing itself.
fn is_cloud_provider(taxonomy: &Taxonomy, def: &SkillDef) -> bool {
    def.kind == SkillKind::Technical(SkillCategory::Cloud)
        && !def.generic
        && def
            .implies
            .iter()
            .all(|&s| taxonomy.get(s).generic || taxonomy.get(s).kind != def.kind)
}

/// Pairs every two skills of `list` when it holds no more than `max`.
fn pair_up(list: &[SkillId], max: usize, pairs: &mut Vec<(SkillId, SkillId)>) {
    if list.len() > max {
        return;
    }
    for (k, &a) in list.iter().enumerate() {
        for &b in &list[k + 1..] {
            if a != b && !pairs.contains(&(a, b)) {
                pairs.push((a, b));
            }
        }
    }
}
