//! Measures skill extraction against SkillSpan-format data.
//!
//! `cargo run --release -p kairos-core --example skill_eval -- FILE.jsonl [--misses]`
//!
//! Each posting is rebuilt from its sentences (same `source` and `idx`, in
//! file order): tokens joined by single spaces, sentences by newlines. A
//! predicted span is correct when it overlaps a gold knowledge or skill
//! span; a gold knowledge span is found when a predicted span overlaps it.
//! Prints `postings=`, `precision=`, `recall=` and, last, `f1=`.
//! `--misses` also prints the most common wrong and missed spans (for
//! improving the taxonomy on the training split only).

use std::collections::HashMap;
use std::io::BufRead;

use kairos_core::analysis::{Analyzer, Importance};
use kairos_core::skills::{SkillId, Taxonomy};
use serde::Deserialize;

#[derive(Deserialize)]
struct Sentence {
    idx: i64,
    source: String,
    tokens: Vec<String>,
    tags_skill: Vec<String>,
    tags_knowledge: Vec<String>,
}

#[derive(Default)]
struct Posting {
    text: String,
    knowledge: Vec<(usize, usize)>,
    skill: Vec<(usize, usize)>,
    /// Byte ranges of the sentences with no gold span of either kind.
    unannotated: Vec<(usize, usize)>,
}

/// Byte spans of BIO-tagged runs, given each token's byte span.
fn bio_spans(tags: &[String], offsets: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (tag, &(s, e)) in tags.iter().zip(offsets) {
        match tag.chars().next() {
            Some('B') => {
                out.extend(current.take());
                current = Some((s, e));
            }
            Some('I') => match current.as_mut() {
                Some(c) => c.1 = e,
                None => current = Some((s, e)),
            },
            _ => out.extend(current.take()),
        }
    }
    out.extend(current);
    out
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The line of `text` around the span `(start, end)`, to show it in context.
fn line_around(text: &str, (start, end): (usize, usize)) -> &str {
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    &text[from..to]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: skill_eval FILE.jsonl [--misses]")?;
    let rest: Vec<String> = args.collect();
    let show_misses = rest.iter().any(|a| a == "--misses");
    // --analyzer: the analyzer's job-skill mentions (not those it reads as
    // only about the company) instead of the bare extractor's.
    let analyzer_mode = rest.iter().any(|a| a == "--analyzer");
    // KAIROS_EVAL_SHOW=1 prints every wrong and missed span in its line.
    let show = std::env::var_os("KAIROS_EVAL_SHOW").is_some();
    // KAIROS_EVAL_SHOW_RIGHT=1 prints every correct span in its line too.
    let show_right = std::env::var_os("KAIROS_EVAL_SHOW_RIGHT").is_some();
    let file = std::fs::File::open(&path).map_err(|e| format!("cannot open {path}: {e}"))?;
    let mut postings: Vec<Posting> = Vec::new();
    let mut index: HashMap<(String, i64), usize> = HashMap::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let s: Sentence =
            serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let i = *index.entry((s.source.clone(), s.idx)).or_insert_with(|| {
            postings.push(Posting::default());
            postings.len() - 1
        });
        let p = &mut postings[i];
        if !p.text.is_empty() {
            p.text.push('\n');
        }
        let mut offsets = Vec::with_capacity(s.tokens.len());
        for (k, token) in s.tokens.iter().enumerate() {
            if k > 0 {
                p.text.push(' ');
            }
            offsets.push((p.text.len(), p.text.len() + token.len()));
            p.text.push_str(token);
        }
        let (knowledge, skill) = (
            bio_spans(&s.tags_knowledge, &offsets),
            bio_spans(&s.tags_skill, &offsets),
        );
        if knowledge.is_empty() && skill.is_empty() {
            let start = offsets.first().map_or(p.text.len(), |o| o.0);
            p.unannotated.push((start, p.text.len()));
        }
        p.knowledge.extend(knowledge);
        p.skill.extend(skill);
    }

    let analyzer = Analyzer::new(Taxonomy::bundled());
    let extractor = analyzer.extractor();
    let (mut predicted, mut correct, mut gold, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut wrong: HashMap<String, usize> = HashMap::new();
    let mut by_kind: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut missed: HashMap<String, usize> = HashMap::new();
    // Per canonical skill: (predicted, correct), to find the skills that
    // are wrong more often than right.
    let mut by_skill: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut ctx_stats = (0usize, 0usize);
    // Wrong predictions in sentences the annotators gave no span at all:
    // there a right reading of a named technology still counts as wrong.
    let mut wrong_unannotated = 0usize;
    for p in &postings {
        if std::env::var_os("KAIROS_EVAL_CONTEXT").is_some() {
            for m in analyzer.mentions(&p.text) {
                if m.importance == Importance::Context && !m.names_role {
                    ctx_stats.0 += 1;
                    let ok = p
                        .knowledge
                        .iter()
                        .chain(&p.skill)
                        .any(|&g| overlaps((m.start, m.end), g));
                    if ok {
                        ctx_stats.1 += 1;
                    }
                    if show {
                        eprintln!(
                            "CTX {} [{}] in: {}",
                            if ok { "OK " } else { "BAD" },
                            &p.text[m.start..m.end],
                            line_around(&p.text, (m.start, m.end))
                        );
                    }
                }
            }
        }
        // A mention that names a role (`Java Developer`) is not a knowledge span.
        let raw: Vec<(SkillId, usize, usize)> = if analyzer_mode {
            analyzer
                .mentions(&p.text)
                .into_iter()
                .filter(|m| !m.names_role && m.importance != Importance::Context)
                .map(|m| (m.skill, m.start, m.end))
                .collect()
        } else {
            extractor
                .extract(&p.text)
                .into_iter()
                .filter(|h| !h.names_role)
                .map(|h| (h.skill, h.start, h.end))
                .collect()
        };
        let hits: Vec<(usize, usize)> = raw.iter().map(|h| (h.1, h.2)).collect();
        predicted += hits.len();
        for (k, &h) in hits.iter().enumerate() {
            let kind = extractor.taxonomy().get(raw[k].0).kind.as_str();
            let entry = by_kind.entry(kind).or_default();
            entry.0 += 1;
            let skill = by_skill
                .entry(extractor.taxonomy().get(raw[k].0).name.as_str())
                .or_default();
            skill.0 += 1;
            if p.knowledge.iter().chain(&p.skill).any(|&g| overlaps(h, g)) {
                entry.1 += 1;
                skill.1 += 1;
                correct += 1;
                if show_right {
                    eprintln!(
                        "RIGHT [{}] in: {}",
                        &p.text[h.0..h.1],
                        line_around(&p.text, h)
                    );
                }
            } else {
                if !p.text[..h.0].contains('\n') {
                    by_kind.entry("(wrong on the title line)").or_default().0 += 1;
                }
                *wrong.entry(p.text[h.0..h.1].to_lowercase()).or_default() += 1;
                if p.unannotated.iter().any(|&(s, e)| s <= h.0 && h.1 <= e) {
                    wrong_unannotated += 1;
                }
                if show {
                    let line = line_around(&p.text, h);
                    let place = if p.text[..h.0].contains('\n') {
                        ""
                    } else {
                        " (first line)"
                    };
                    eprintln!("WRONG{place} [{}] in: {line}", &p.text[h.0..h.1]);
                }
            }
        }
        gold += p.knowledge.len();
        for &g in &p.knowledge {
            if hits.iter().any(|&h| overlaps(h, g)) {
                found += 1;
            } else {
                *missed.entry(p.text[g.0..g.1].to_lowercase()).or_default() += 1;
                if show {
                    let line = line_around(&p.text, g);
                    eprintln!("MISSED [{}] in: {line}", &p.text[g.0..g.1]);
                }
            }
        }
    }
    let precision = if predicted == 0 {
        0.0
    } else {
        correct as f64 / predicted as f64
    };
    let recall = if gold == 0 {
        0.0
    } else {
        found as f64 / gold as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    if show_misses {
        for (label, map) in [("wrong", &wrong), ("missed", &missed)] {
            let mut v: Vec<_> = map.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            println!(
                "{label}: {}",
                v.iter()
                    .take(150)
                    .map(|(k, n)| format!("{k}×{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    if show_misses {
        let mut skills: Vec<_> = by_skill
            .into_iter()
            .filter(|(_, (n, ok))| n - ok >= 3)
            .collect();
        skills.sort_by(|a, b| (b.1 .0 - b.1 .1).cmp(&(a.1 .0 - a.1 .1)).then(a.0.cmp(b.0)));
        println!(
            "wrong 3+ times (skill predicted/correct): {}",
            skills
                .iter()
                .map(|(name, (n, ok))| format!("{name} {n}/{ok}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut kinds: Vec<_> = by_kind.into_iter().collect();
        kinds.sort();
        for (kind, (n, ok)) in kinds {
            println!(
                "kind {kind}: predicted {n}, correct {ok} ({:.2})",
                ok as f64 / n as f64
            );
        }
        // The most a reader could reach by mending every other wrong
        // prediction: what the annotation leaves out bounds precision.
        let wrong_total = predicted - correct;
        println!(
            "wrong in sentences with no gold span: {wrong_unannotated} of {wrong_total}; \
             precision if every other wrong one went: {:.4}",
            correct as f64 / (correct + wrong_unannotated).max(1) as f64
        );
    }
    if ctx_stats.0 > 0 {
        println!(
            "context mentions {} of which correct {}",
            ctx_stats.0, ctx_stats.1
        );
    }
    println!("postings={}", postings.len());
    println!("predicted={predicted} correct={correct} gold_knowledge={gold} found={found}");
    println!("precision={precision:.4}");
    println!("recall={recall:.4}");
    println!("f1={f1:.4}");
    Ok(())
}
