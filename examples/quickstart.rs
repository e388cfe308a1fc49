//! The main job of Kairos. With no arguments it runs on the sample data that
//! ships with the project (a resume and 46 listings from SEEK, LinkedIn,
//! Indeed and Adzuna in three scrapes) into an embedded SQLite database in
//! `kairos-out/`; with `--resume`, `--jobs` and `--db` it runs on yours.
//!
//! `cargo run --release --example quickstart -- --help` lists the options.
//! The work is [`kairos::pipeline::run`]; this file parses arguments, shows
//! progress and prints the result.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime, Utc};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use kairos::analysis::WorkMode;
use kairos::model::{is_country_code, WorkRights, NOT_A_CODE, SINGLE_USER_ID};
use kairos::pipeline::{run, Options, Progress, RunSummary};
use kairos::scoring::{Coverage, EligibilityStatus};

/// Rank job listings against your resume, tailor your resume for the best
/// ones (reorder and select only, checked by the truthfulness guard), and
/// write an HTML triage report.
#[derive(Parser, Debug)]
#[command(name = "quickstart")]
struct Args {
    /// Your resume: Markdown, plain text or JSON Resume.
    #[arg(long, value_name = "FILE")]
    resume: Option<PathBuf>,
    /// Listings: a JobSpy CSV export (.csv), JSON lines (.jsonl) or a JSON array (.json). Repeat for several.
    #[arg(long = "jobs", value_name = "FILE")]
    jobs: Vec<PathBuf>,
    /// Database URL: sqlite://PATH or postgres://… [default: sqlite://OUT/kairos.db]
    #[arg(long, value_name = "URL")]
    db: Option<String>,
    /// Where tailored resumes, the report and the default database go.
    #[arg(long, value_name = "DIR", default_value = "kairos-out")]
    out: PathBuf,
    /// How many of the best eligible jobs to tailor for.
    #[arg(long, value_name = "N", default_value_t = 3)]
    top: usize,
    /// The day years of experience are counted to [default: today; 2026-11-25
    /// for the sample data, so the sample run gives the same result every day].
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// The country you look for work in (ISO code).
    #[arg(long, value_name = "CC", default_value = "AU", value_parser = country_code)]
    country: String,
    /// A citizenship you hold (repeatable). With neither --citizen nor
    /// --resident, you are taken to be a permanent resident of --country (not
    /// a citizen), so jobs that require citizenship show as not eligible.
    #[arg(long = "citizen", value_name = "CC", value_parser = country_code)]
    citizenships: Vec<String>,
    /// A permanent residency you hold (repeatable).
    #[arg(long = "resident", value_name = "CC", value_parser = country_code)]
    residencies: Vec<String>,
    /// You need visa sponsorship to take a job.
    #[arg(long)]
    needs_sponsorship: bool,
}

/// A country argument in upper case, refused unless written as its code:
/// `--citizen Australia` would otherwise match no job's country.
fn country_code(value: &str) -> Result<String, String> {
    if is_country_code(value) {
        Ok(value.to_ascii_uppercase())
    } else {
        Err(NOT_A_CODE.to_owned())
    }
}

fn main() {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => fail(&format!("cannot start the async runtime: {e}")),
    };
    let options = options(args);
    let mut progress = Reporter::new();
    match runtime.block_on(run(&options, &mut progress)) {
        Ok(summary) => print_summary(&options, &summary),
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

fn options(args: Args) -> Options {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let sample = args.resume.is_none() && args.jobs.is_empty();
    // Records are stamped with the run's time; the sample run uses a fixed
    // moment so it writes the same rows whenever it runs.
    let now = match args.today {
        Some(day) => day
            .and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN))
            .and_utc(),
        None if sample => NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap_or_default()
            .and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN))
            .and_utc(),
        None => Utc::now(),
    };
    let jobs = if args.jobs.is_empty() {
        [
            "scrape-2026-11-20.jsonl",
            "jobspy-2026-11-22.csv",
            "scrape-2026-11-24.jsonl",
        ]
        .iter()
        .map(|f| data.join(f))
        .collect()
    } else {
        args.jobs
    };
    let country = args.country.to_uppercase();
    let residencies = if args.citizenships.is_empty() && args.residencies.is_empty() {
        vec![country.clone()]
    } else {
        args.residencies.iter().map(|c| c.to_uppercase()).collect()
    };
    Options {
        resume: args.resume.unwrap_or_else(|| data.join("resume.md")),
        jobs,
        db: args.db,
        out: args.out,
        top: args.top,
        today: now.date_naive(),
        now,
        work_rights: WorkRights {
            citizenships: args.citizenships.iter().map(|c| c.to_uppercase()).collect(),
            permanent_residencies: residencies,
            visas: Vec::new(),
            needs_sponsorship: Some(args.needs_sponsorship),
        },
        country,
        owner: SINGLE_USER_ID,
    }
}

/// A progress bar on a terminal; a line per stage otherwise (logs, CI).
struct Reporter {
    bar: Option<ProgressBar>,
    terminal: bool,
    stage: &'static str,
}

impl Reporter {
    fn new() -> Self {
        Self {
            bar: None,
            terminal: std::io::stderr().is_terminal(),
            stage: "",
        }
    }
}

impl Progress for Reporter {
    fn start(&mut self, stage: &'static str, total: u64) {
        self.stage = stage;
        if self.terminal {
            let bar = ProgressBar::new(total);
            if let Ok(style) =
                ProgressStyle::with_template("{msg:>15} [{bar:40}] {pos}/{len} {elapsed}")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(stage);
            self.bar = Some(bar);
        } else {
            eprintln!("{stage}: {total} jobs");
        }
    }

    fn advance(&mut self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    fn finish(&mut self) {
        match self.bar.take() {
            Some(bar) => bar.finish_and_clear(),
            None => eprintln!("{}: done", self.stage),
        }
    }
}

fn print_summary(options: &Options, s: &RunSummary) {
    println!("Kairos quickstart\n");
    let strongest: Vec<String> = s
        .profile
        .skills
        .iter()
        .take(6)
        .map(|e| format!("{} {}/10 {}y", e.name, e.proficiency.get(), e.years.get()))
        .collect();
    println!(
        "Resume    {} ({} sections, {} read as {})",
        s.resume.contact.name,
        s.resume.sections.len(),
        options.resume.display(),
        s.resume_format.as_str()
    );
    println!(
        "Profile   {} skills; strongest: {}; {} years of work",
        s.profile.skills.len(),
        strongest.join(", "),
        s.profile.total_years
    );
    let rights = &options.work_rights;
    println!(
        "Rights    citizen of: {}; permanent resident of: {}; needs sponsorship: {} (--citizen, --resident, --needs-sponsorship)",
        list_or_none(&rights.citizenships),
        list_or_none(&rights.permanent_residencies),
        if rights.needs_sponsorship == Some(true) { "yes" } else { "no" }
    );
    for src in &s.sources {
        let untracked: usize = src.untracked.iter().map(|(_, n)| n).sum();
        println!(
            "Read      {}: {} listings ({}), {} rows skipped, {} from untracked boards{}",
            src.path.display(),
            src.read,
            src.format,
            src.skipped.len(),
            untracked,
            if src.untracked.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    src.untracked
                        .iter()
                        .map(|(b, n)| format!("{b} {n}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        );
        for row in &src.skipped {
            println!("          skipped {row}");
        }
    }
    for c in &s.changed_between_scrapes {
        println!("Changed   {c}");
    }
    println!(
        "Ingested  into {}: {} new, {} updated, {} unchanged",
        s.db, s.ingest.inserted, s.ingest.updated, s.ingest.unchanged
    );
    println!(
        "Analysed  {} jobs ({} new or changed stored)\n",
        s.ranked.len(),
        s.analysed
    );

    println!(
        "{:>2}  {:>5}  {:<36} {:<24} {:<9} {:<6} {:<8} {:<18} top missing",
        "#", "score", "title", "company", "platform", "mode", "eligible", "duplicate of"
    );
    for (rank, r) in s.ranked.iter().enumerate() {
        let missing: Vec<&str> = r
            .result
            .required
            .iter()
            .filter(|m| m.coverage == Coverage::Missing)
            .map(|m| &*m.skill)
            .take(3)
            .collect();
        let eligible = r.result.eligibility.status == EligibilityStatus::Eligible;
        let verdict = if eligible { "yes" } else { "NO" };
        // A job judged abroad says where (`NO · GB`, `yes · NZ`).
        let verdict = if r.country == options.country {
            verdict.to_owned()
        } else {
            format!("{verdict} · {}", r.country)
        };
        println!(
            "{:>2}  {:>5.3}  {:<36} {:<24} {:<9} {:<6} {:<8} {:<18} {}",
            rank + 1,
            r.result.score,
            truncate(&r.job.title, 36),
            truncate(&r.job.company, 24),
            r.job.platform,
            r.work_mode.map_or("—", WorkMode::as_str),
            verdict,
            truncate(&r.duplicates.join(", "), 18),
            missing.join(", ")
        );
    }

    println!(
        "\nTailored resumes (reorder and select only; each checked by the truthfulness guard):"
    );
    for r in s.ranked.iter().filter(|r| r.tailored.is_some()) {
        let Some(t) = &r.tailored else { continue };
        println!(
            "  {} at {} ({:.3}): {}",
            r.job.title, r.job.company, r.result.score, r.result.reasoning
        );
        for line in &t.diff_summary {
            println!("      · {line}");
        }
        println!(
            "      guard: passed; wrote {} and {}",
            t.markdown.display(),
            t.html.display()
        );
    }
    let earlier = match s.applications_existing {
        0 => String::new(),
        n => format!("; {n} prepared by an earlier run, kept"),
    };
    println!(
        "\nApplications: {} prepared in this run (status `prepared`, each with its tailored resume){earlier}",
        s.applications_created
    );
    println!("Report: {}", s.report.display());
    println!("\nTime per stage:");
    let mut total = 0.0;
    for (stage, took) in &s.stages {
        let ms = took.as_secs_f64() * 1000.0;
        total += ms;
        println!("  {stage:<42} {ms:>9.1} ms");
    }
    println!("  {:<42} {total:>9.1} ms", "total");
    println!("\nOutput in {}", options.out.display());
}

fn list_or_none(codes: &[String]) -> String {
    if codes.is_empty() {
        "none".into()
    } else {
        codes.join(", ")
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
