//! The native side of `scripts/bench-wasm`: analyse and score every job of
//! a corpus (`{"title", "text"}` JSON lines, as `bench_analysis
//! --make-corpus` writes) against the profile of a resume, for N rounds
//! after a warm-up, and print one JSON object with the median throughput.
//! The browser side (`kairos-wasm/www/bench.js`) does exactly the same
//! calls on the same files.
//!
//! `cargo run --release -p kairos-core --example bench_score -- CORPUS RESUME ROUNDS`

use std::hint::black_box;
use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use kairos_core::analysis::Analyzer;
use kairos_core::model::{WorkRights, SINGLE_USER_ID};
use kairos_core::profile::build_profile;
use kairos_core::resume::{import_resume, ResumeFormat, ResumeMeta};
use kairos_core::scoring::{rank_listings, score_many};
use serde::Deserialize;

#[derive(Deserialize)]
struct Jd {
    title: String,
    text: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus, resume, rounds] = args.as_slice() else {
        return Err("usage: bench_score CORPUS.jsonl RESUME.md ROUNDS".into());
    };
    let rounds: usize = rounds.parse()?;
    let jds: Vec<Jd> = std::fs::read_to_string(corpus)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let bytes: usize = jds.iter().map(|j| j.title.len() + j.text.len()).sum();
    let started = Instant::now();
    let analyzer = Analyzer::shared();
    let build_ms = started.elapsed().as_secs_f64() * 1000.0;
    let at = Utc
        .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .ok_or("bad time")?;
    let resume = import_resume(
        &std::fs::read_to_string(resume)?,
        ResumeFormat::Markdown,
        &ResumeMeta::base(SINGLE_USER_ID, at),
    )?;
    let rights = WorkRights {
        citizenships: vec!["AU".into()],
        ..WorkRights::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("bad date")?;
    let profile = build_profile(&resume, rights, today, analyzer);

    let mut times = Vec::new();
    let mut scoring = Vec::new();
    // The same listings as JSON lines, as the page's batch mode ranks them
    // (`rankListings`): written before the timing, read inside it.
    let listings: String = jds
        .iter()
        .map(|j| serde_json::json!({"title": j.title, "description": j.text}).to_string() + "\n")
        .collect();
    let mut ranking = Vec::new();
    let mut rank_checksum = 0.0;
    let mut checksum = 0.0;
    for round in 0..=rounds {
        let t = Instant::now();
        let reports: Vec<_> = jds
            .iter()
            .map(|j| analyzer.analyze(&j.title, &j.text))
            .collect();
        let analysed = t.elapsed();
        let results = score_many(&reports, &profile, analyzer.taxonomy(), Some("AU"));
        // The analyses are scratch once scored, as inside the browser's
        // `scoreJobs`, which frees them before it returns: timed in both.
        drop(reports);
        checksum = results.iter().map(|r| r.score).sum::<f64>();
        black_box(&results);
        if round > 0 {
            times.push(t.elapsed().as_secs_f64());
            scoring.push((t.elapsed() - analysed).as_secs_f64());
        }
        let t = Instant::now();
        let ranked = rank_listings(&listings, &profile, analyzer, Some("AU"))?;
        rank_checksum = ranked.iter().map(|r| r.score).sum::<f64>();
        black_box(&ranked);
        if round > 0 {
            ranking.push(t.elapsed().as_secs_f64());
        }
    }
    ranking.sort_by(f64::total_cmp);
    let rank_median = ranking[ranking.len() / 2];
    times.sort_by(f64::total_cmp);
    scoring.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "{}",
        serde_json::json!({
            "jobs": jds.len(),
            "bytes": bytes,
            "median_s": median,
            "mb_per_s": bytes as f64 / 1e6 / median,
            "analyzer_build_ms": build_ms,
            "scoring_share": scoring[scoring.len() / 2] / median,
            "score_sum": (checksum * 1e6).round() / 1e6,
            "rank_median_s": rank_median,
            "rank_mb_per_s": bytes as f64 / 1e6 / rank_median,
            "rank_score_sum": (rank_checksum * 1e6).round() / 1e6,
        })
    );
    Ok(())
}
