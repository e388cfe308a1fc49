//! Writes the shared test vectors from `tests/vectors/cases.json`:
//! `cargo run -p kairos-core --example make_vectors`.
//!
//! Each case's profile is built from a fixture resume (as of 2026-11-25,
//! with the named work rights) and stored in the vector, so every surface
//! (Rust, Python, WebAssembly) checks the same analysis, score and
//! reasoning from the same inputs.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use kairos_core::analysis::Analyzer;
use kairos_core::model::{WorkRights, SINGLE_USER_ID};
use kairos_core::profile::build_profile;
use kairos_core::resume::{import_resume, ResumeFormat, ResumeMeta};
use kairos_core::scoring::score;
use serde_json::{json, Value};

fn rights(preset: &str) -> Result<WorkRights, String> {
    let citizen = |c: &str| WorkRights {
        citizenships: vec![c.into()],
        ..WorkRights::default()
    };
    Ok(match preset {
        "au_citizen" => citizen("AU"),
        "nz_citizen" => citizen("NZ"),
        "uk_citizen" => citizen("GB"),
        "us_citizen" => citizen("US"),
        "au_pr" => WorkRights {
            citizenships: vec!["GB".into()],
            permanent_residencies: vec!["AU".into()],
            ..WorkRights::default()
        },
        "visa_needs_sponsor" => WorkRights {
            citizenships: vec!["IN".into()],
            visas: vec!["AU 482".into()],
            needs_sponsorship: Some(true),
            ..WorkRights::default()
        },
        "none" => WorkRights::default(),
        other => return Err(format!("unknown rights preset `{other}`")),
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cases: Value = serde_json::from_str(&std::fs::read_to_string(
        root.join("tests/vectors/cases.json"),
    )?)?;
    let analyzer = Analyzer::shared();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?;
    let meta = ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .ok_or("time")?,
    );
    let list = cases["cases"]
        .as_array()
        .ok_or("cases.json has no `cases` list")?;
    for (n, case) in list.iter().enumerate() {
        let field = |k: &str| {
            case[k]
                .as_str()
                .ok_or_else(|| format!("case {n}: `{k}` missing"))
        };
        let resume_text =
            std::fs::read_to_string(root.join("tests/fixtures/resumes").join(field("resume")?))?;
        let resume = import_resume(&resume_text, ResumeFormat::detect(&resume_text), &meta)?;
        let profile = build_profile(&resume, rights(field("rights")?)?, today, analyzer);
        let (title, description, country) =
            (field("title")?, field("description")?, field("country")?);
        let report = analyzer.analyze(title, description);
        let result = score(&report, &profile, analyzer.taxonomy(), Some(country));
        let vector = json!({
            "name": field("name")?,
            "title": title,
            "description": description,
            "country": country,
            "profile": profile,
            "checks": case["checks"],
            "expected": { "analysis": report, "score": result.score, "reasoning": result.reasoning, "result": result },
        });
        let path = root.join(format!(
            "tests/vectors/{:02}-{}.json",
            n + 1,
            field("name")?
        ));
        std::fs::write(&path, serde_json::to_string_pretty(&vector)? + "\n")?;
        println!(
            "{:<45} {:.6}  {}",
            path.file_name().and_then(|f| f.to_str()).unwrap_or(""),
            result.score,
            result.reasoning
        );
    }
    Ok(())
}
