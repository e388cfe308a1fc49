//! The main job of Kairos, on sample data that ships with the project:
//! import a resume, build the skill profile, analyse and score every
//! listing, rank them, tailor the top ones (reorder and select only, checked
//! by the truthfulness guard) and write each tailored resume as Markdown and
//! HTML.
//!
//! `cargo run --release --example quickstart -- [--resume FILE] [--jobs FILE.jsonl]
//!  [--out DIR] [--top N] [--today YYYY-MM-DD] [--country CC]`
//!
//! Everything runs in memory for now: storage, the JobSpy CSV import and
//! the HTML triage report arrive with their issues.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use kairos::analysis::Analyzer;
use kairos::model::{Job, JobListing, TailoredResumeId, WorkRights, SINGLE_USER_ID};
use kairos::profile::build_profile;
use kairos::resume::{
    import_resume_bytes, render, resolve, RenderFormat, ResumeFormat, ResumeMeta,
};
use kairos::scoring::{score_many, Coverage, EligibilityStatus};
use kairos::tailor::{apply_guard, tailor, GuardMode, TailorOptions};

struct Options {
    resume: PathBuf,
    jobs: PathBuf,
    out: PathBuf,
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
            "--top" => o.top = value()?.parse().map_err(|e| format!("--top: {e}"))?,
            "--today" => {
                let v = value()?;
                o.today = NaiveDate::parse_from_str(&v, "%Y-%m-%d").map_err(|e| format!("--today `{v}`: {e} (expected YYYY-MM-DD)"))?;
            }
            "--country" => o.country = value()?.to_uppercase(),
            "--help" | "-h" => return Err("usage: quickstart [--resume FILE] [--jobs FILE.jsonl] [--out DIR] [--top N] [--today YYYY-MM-DD] [--country CC]".into()),
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

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
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
    println!("Kairos quickstart — in memory (storage and the HTML report come next)\n");
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
    let jobs: Vec<Job> = listings
        .into_iter()
        .filter_map(|l| {
            Job::from_listing(SINGLE_USER_ID, l)
                .map_err(|e| eprintln!("skipped listing: {e}"))
                .ok()
        })
        .collect();
    let t = Instant::now();
    let reports: Vec<_> = jobs
        .iter()
        .map(|j| analyzer.analyze(&j.title, &j.description_raw))
        .collect();
    let results = score_many(&reports, &profile, analyzer.taxonomy(), Some(&o.country));
    println!(
        "Analysed  {} listings from {} in {:.1} ms ({} rows skipped)\n",
        jobs.len(),
        o.jobs.display(),
        t.elapsed().as_secs_f64() * 1000.0,
        skipped.len()
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
    }
    println!(
        "\nDone in {:.0} ms. Output in {}",
        started.elapsed().as_secs_f64() * 1000.0,
        o.out.display()
    );
    Ok(())
}
