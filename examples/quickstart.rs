//! The main job of Kairos, on sample data that ships with the project:
//! import a resume, build the skill profile, analyse and score every
//! listing, rank them, tailor the top ones (reorder and select only, checked
//! by the truthfulness guard) and write each tailored resume as Markdown and
//! HTML.
//!
//! `cargo run --release --example quickstart -- [--resume FILE] [--jobs FILE.jsonl]
//!  [--db URL] [--out DIR] [--top N] [--today YYYY-MM-DD] [--country CC]`
//!
//! Jobs and analyses go into a database (embedded SQLite in the output
//! directory by default, or `--db postgres://…`); running it again changes
//! nothing. The JobSpy CSV import and the HTML triage report arrive with
//! their issue.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use kairos::analysis::Analyzer;
use kairos::model::{
    Job, JobListing, JobStatus, MatchScore, TailoredResumeId, WorkRights, SINGLE_USER_ID,
};
use kairos::ports::{AnalysisStore, JobFilter, JobStore, PageRequest};
use kairos::profile::build_profile;
use kairos::resume::{
    import_resume_bytes, render, resolve, RenderFormat, ResumeFormat, ResumeMeta,
};
use kairos::scoring::{score_many, Coverage, EligibilityStatus};
use kairos::store::Store;
use kairos::tailor::{apply_guard, tailor, GuardMode, TailorOptions};

struct Options {
    resume: PathBuf,
    jobs: PathBuf,
    out: PathBuf,
    db: Option<String>,
    top: usize,
    today: NaiveDate,
    country: String,
}

fn parse_args() -> Result<Options, String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut o = Options {
        resume: data.join("resume.md"),
        jobs: data.join("listings.jsonl"),
        out: PathBuf::from("kairos-out"),
        db: None,
        top: 3,
        // A fixed day for the sample run, so it gives the same result every time.
        today: NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("bad default date")?,
        country: "AU".into(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--resume" => o.resume = value()?.into(),
            "--jobs" => o.jobs = value()?.into(),
            "--out" => o.out = value()?.into(),
            "--db" => o.db = Some(value()?),
            "--top" => o.top = value()?.parse().map_err(|e| format!("--top: {e}"))?,
            "--today" => {
                let v = value()?;
                o.today = NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|e| format!("--today `{v}`: {e} (expected YYYY-MM-DD)"))?;
            }
            "--country" => o.country = value()?.to_uppercase(),
            "--help" | "-h" => return Err("usage: quickstart [--resume FILE] [--jobs FILE.jsonl] [--db URL] [--out DIR] [--top N] [--today YYYY-MM-DD] [--country CC]".into()),
            other => return Err(format!("unknown option `{other}` (try --help)")),
        }
    }
    Ok(o)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Reads listings from JSON lines, reporting unreadable rows and going on.
fn read_listings(path: &Path) -> Result<(Vec<JobListing>, Vec<String>), String> {
    let text = String::from_utf8(read(path)?)
        .map_err(|e| format!("{} is not UTF-8: {e}", path.display()))?;
    let mut listings = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<JobListing>(line) {
            Ok(l) => listings.push(l),
            Err(e) => skipped.push(format!("{}: row {}: {e}", path.display(), n + 1)),
        }
    }
    Ok((listings, skipped))
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let o = parse_args()?;
    let started = Instant::now();
    let analyzer = Analyzer::shared();
    let created_at = Utc
        .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .ok_or("bad time")?;

    let bytes = read(&o.resume)?;
    let format = ResumeFormat::detect(&String::from_utf8_lossy(&bytes));
    let resume = import_resume_bytes(
        &bytes,
        format,
        &ResumeMeta::base(SINGLE_USER_ID, created_at),
    )
    .map_err(|e| format!("{}: {e}", o.resume.display()))?;
    let rights = WorkRights {
        citizenships: vec![o.country.clone()],
        ..WorkRights::default()
    };
    let profile = build_profile(&resume, rights, o.today, analyzer);
    println!("Kairos quickstart\n");
    println!(
        "Resume    {} ({} sections, {} as {})",
        resume.contact.name,
        resume.sections.len(),
        o.resume.display(),
        format.as_str()
    );
    let taxonomy = analyzer.taxonomy();
    let named = |name: &str| {
        taxonomy
            .lookup(name)
            .is_none_or(|id| !taxonomy.get(id).vague)
    };
    let top: Vec<String> = profile
        .skills
        .iter()
        .filter(|s| named(&s.name))
        .take(6)
        .map(|s| format!("{} {}/10 {}y", s.name, s.proficiency.get(), s.years.get()))
        .collect();
    println!(
        "Profile   {} skills; strongest: {}; {} years of work",
        profile.skills.len(),
        top.join(", "),
        profile.total_years
    );

    let (listings, skipped) = read_listings(&o.jobs)?;
    for s in &skipped {
        eprintln!("skipped {s}");
    }
    std::fs::create_dir_all(&o.out)
        .map_err(|e| format!("cannot create {}: {e}", o.out.display()))?;
    let db =
        o.db.clone()
            .unwrap_or_else(|| format!("sqlite://{}", o.out.join("kairos.db").display()));
    let store = Store::open(&db).await.map_err(|e| e.to_string())?;
    let counts = store
        .upsert_jobs(SINGLE_USER_ID, &listings)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "Ingested  {} listings into {db}: {} new, {} updated, {} unchanged ({} rows skipped)",
        listings.len(),
        counts.inserted,
        counts.updated,
        counts.unchanged,
        skipped.len()
    );
    let mut jobs: Vec<Job> = Vec::new();
    let mut page = PageRequest {
        cursor: None,
        limit: 500,
    };
    loop {
        let p = store
            .list_jobs(SINGLE_USER_ID, &JobFilter::default(), &page)
            .await
            .map_err(|e| e.to_string())?;
        jobs.extend(p.items);
        match p.next {
            Some(c) => page.cursor = Some(c),
            None => break,
        }
    }
    let stale: Vec<_> = store
        .jobs_needing_analysis(SINGLE_USER_ID, 10_000)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|j| j.id)
        .collect();
    let t = Instant::now();
    let reports: Vec<_> = jobs
        .iter()
        .map(|j| analyzer.analyze(&j.title, &j.description_raw))
        .collect();
    let results = score_many(&reports, &profile, analyzer.taxonomy(), Some(&o.country));
    for (i, job) in jobs.iter_mut().enumerate() {
        if !stale.contains(&job.id) {
            continue;
        }
        let mut analysis = reports[i].to_analysis(job.id, SINGLE_USER_ID, created_at);
        analysis.match_score = MatchScore::new(results[i].score).ok();
        analysis.match_reasoning = Some(results[i].reasoning.clone());
        store
            .put_analysis(SINGLE_USER_ID, &analysis)
            .await
            .map_err(|e| e.to_string())?;
        if job.status == JobStatus::New {
            job.status = store
                .transition_job(
                    SINGLE_USER_ID,
                    job.id,
                    JobStatus::New,
                    JobStatus::Analyzed,
                    created_at,
                )
                .await
                .map_err(|e| e.to_string())?
                .to;
        }
    }
    println!(
        "Analysed  {} jobs ({} new or changed) in {:.1} ms\n",
        jobs.len(),
        stale.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );

    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by(|&a, &b| {
        results[b]
            .score
            .total_cmp(&results[a].score)
            .then(jobs[a].title.cmp(&jobs[b].title))
    });
    println!(
        "{:>2}  {:>5}  {:<38} {:<22} {:<9} {:<10} top missing",
        "#", "score", "title", "company", "platform", "eligible"
    );
    for (rank, &i) in order.iter().enumerate() {
        let (job, r) = (&jobs[i], &results[i]);
        let missing: Vec<&str> = r
            .required
            .iter()
            .filter(|m| m.coverage == Coverage::Missing)
            .map(|m| m.skill.as_str())
            .take(3)
            .collect();
        let eligible = if r.eligibility.status == EligibilityStatus::Eligible {
            "yes"
        } else {
            "NO"
        };
        println!(
            "{:>2}  {:>5.3}  {:<38} {:<22} {:<9} {:<10} {}",
            rank + 1,
            r.score,
            truncate(&job.title, 38),
            truncate(&job.company, 22),
            job.platform,
            eligible,
            missing.join(", ")
        );
    }

    std::fs::create_dir_all(&o.out)
        .map_err(|e| format!("cannot create {}: {e}", o.out.display()))?;
    println!("\nTailored resumes (reorder and select only; every one checked by the truthfulness guard):");
    for &i in order
        .iter()
        .filter(|&&i| results[i].eligibility.status == EligibilityStatus::Eligible)
        .take(o.top)
    {
        let job = &jobs[i];
        let options = TailorOptions {
            id: TailoredResumeId::derive(&[&job.id.to_string(), "deterministic"]),
            job_id: job.id,
            created_at,
            max_projects: 2,
        };
        let proposal = tailor(&resume, &reports[i], analyzer, &options);
        let outcome = apply_guard(&resume, &profile, &proposal, analyzer, GuardMode::Reject);
        let Some(tailored) = outcome.tailored else {
            println!(
                "  {} — refused by the guard: {:?}",
                job.title, outcome.violations
            );
            continue;
        };
        let resolved = resolve(&resume, &tailored).map_err(|e| e.to_string())?;
        let stem = format!("{}-{}", job.platform, job.platform_job_id);
        for (ext, format) in [("md", RenderFormat::Markdown), ("html", RenderFormat::Html)] {
            let path = o.out.join(format!("{stem}.{ext}"));
            std::fs::write(&path, render(&resolved, format))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        println!(
            "  {} at {} ({:.3}): {}",
            job.title, job.company, results[i].score, results[i].reasoning
        );
        for line in &tailored.diff_summary {
            println!("      · {line}");
        }
        println!(
            "      guard: passed; wrote {}/{stem}.md and .html",
            o.out.display()
        );
        // The user would now mark it matched; the sample run does it for them.
        if job.status == JobStatus::Analyzed {
            store
                .transition_job(
                    SINGLE_USER_ID,
                    job.id,
                    JobStatus::Analyzed,
                    JobStatus::Matched,
                    created_at,
                )
                .await
                .map_err(|e| e.to_string())?;
        }
    }
    println!(
        "\nDone in {:.0} ms. Output in {}",
        started.elapsed().as_secs_f64() * 1000.0,
        o.out.display()
    );
    Ok(())
}
