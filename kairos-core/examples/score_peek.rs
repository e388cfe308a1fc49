//! Scores a job description against a resume and prints the profile and
//! the match: `cargo run -p kairos-core --example score_peek -- RESUME JD [TITLE] [COUNTRY]`.
use chrono::{NaiveDate, TimeZone, Utc};
use kairos_core::analysis::Analyzer;
use kairos_core::model::{WorkRights, SINGLE_USER_ID};
use kairos_core::profile::build_profile;
use kairos_core::resume::{import_resume, ResumeFormat, ResumeMeta};
use kairos_core::scoring::score;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [resume_path, jd_path, rest @ ..] = args.as_slice() else {
        return Err("usage: score_peek RESUME JD [TITLE] [COUNTRY]".into());
    };
    let text = std::fs::read_to_string(resume_path)?;
    let meta = ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .ok_or("time")?,
    );
    let resume = import_resume(&text, ResumeFormat::detect(&text), &meta)?;
    let analyzer = Analyzer::shared();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?;
    let rights = WorkRights {
        citizenships: vec!["AU".into()],
        ..WorkRights::default()
    };
    let profile = build_profile(&resume, rights, today, analyzer);
    for s in &profile.skills {
        println!(
            "{:<24} {:>2}/10 {:>4} y  {}",
            s.name,
            s.proficiency.get(),
            s.years.get(),
            s.evidence.join("; ")
        );
    }
    println!(
        "terms: {:?}; total years {}",
        profile.terms, profile.total_years
    );
    let jd = std::fs::read_to_string(jd_path)?;
    let report = analyzer.analyze(rest.first().map_or("", String::as_str), &jd);
    let result = score(
        &report,
        &profile,
        analyzer.taxonomy(),
        rest.get(1).map(String::as_str),
    );
    println!("{}", serde_json::to_string_pretty(&result)?);
    Ok(())
}
