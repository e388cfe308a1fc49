//! The main job as one call: import the resume, build the profile, read and
//! store the listings, analyse and score them, rank them, tailor the best
//! eligible ones through the truthfulness guard, prepare an application for
//! each, and write the tailored resumes and an HTML triage report.
//!
//! [`run`] is what `cargo run --release --example quickstart` runs; it is a
//! library call so that tests can check the result without reading output.
//! Running it twice on the same inputs and database changes nothing the
//! second time.

mod error;
mod progress;
mod sources;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use kairos_core::analysis::{Analyzer, WorkMode};
use kairos_core::listings::{country_of_place, find_duplicates};
use kairos_core::model::{
    Application, ApplicationId, ApplicationStatus, JdAnalysis, Job, JobId, JobStatus, MatchScore,
    Resume, TailoredResumeId, UserId, WorkRights,
};
use kairos_core::ports::{
    AnalysisStore, ApplicationStore, JobFilter, JobStore, PageRequest, ResumeStore, SkillStore,
    UpsertCounts,
};
use kairos_core::profile::{build_profile, Profile};
use kairos_core::report::{render_triage_html, TriageEntry, TriageReport};
use kairos_core::resume::{
    import_resume_bytes, render, resolve, RenderFormat, ResumeFormat, ResumeMeta,
};
use kairos_core::scoring::{score_many_located, EligibilityStatus, MatchResult};
use kairos_core::tailor::{apply_guard, tailor, GuardMode, TailorOptions};
use kairos_store::Store;

pub use error::PipelineError;
pub use progress::{Progress, Silent};
pub use sources::SourceSummary;

/// What to run on, and where to put the results.
#[derive(Debug, Clone)]
pub struct Options {
    /// The base resume: Markdown, plain text or JSON Resume.
    pub resume: PathBuf,
    /// Listing files: JobSpy CSV (`.csv`), JSON lines (`.jsonl`) or a JSON
    /// array of listings (`.json`).
    pub jobs: Vec<PathBuf>,
    /// `sqlite://…` or `postgres://…`; `None` for `kairos.db` in `out`.
    pub db: Option<String>,
    /// Where tailored resumes, the report and the default database go.
    pub out: PathBuf,
    /// How many of the best eligible jobs to tailor for.
    pub top: usize,
    /// The day years of experience are counted to.
    pub today: NaiveDate,
    /// When this run happens: the time stamped on what it records.
    pub now: DateTime<Utc>,
    /// The user's work rights, for eligibility.
    pub work_rights: WorkRights,
    /// The country the user looks for work in, for wording that names none.
    pub country: String,
    /// Whose data this is.
    pub owner: UserId,
}

/// A job in rank order, with what the run made of it.
#[derive(Debug, Clone)]
pub struct RankedJob {
    /// The job as stored.
    pub job: Job,
    /// Its score and breakdown.
    pub result: MatchResult,
    /// The country it was judged in (ISO code): where its description's
    /// location line places it, else its listing's place, else the
    /// user's country.
    pub country: String,
    /// Likely duplicates on other boards (`linkedin 4077700000`).
    pub duplicates: Vec<String>,
    /// The tailored resume written for it, if any.
    pub tailored: Option<Tailored>,
    /// Whether it is remote, hybrid or on site: its title first, then the
    /// board's place for it (`Remote (Australia)`), then its description.
    pub work_mode: Option<WorkMode>,
}

/// A tailored resume the run wrote.
#[derive(Debug, Clone)]
pub struct Tailored {
    /// Its id in the store.
    pub id: TailoredResumeId,
    /// The Markdown file.
    pub markdown: PathBuf,
    /// The HTML file.
    pub html: PathBuf,
    /// What it changed, one line each.
    pub diff_summary: Vec<String>,
}

/// Everything a run did, for printing or checking.
#[derive(Debug, Clone)]
pub struct RunSummary {
    /// The database used.
    pub db: String,
    /// The imported resume.
    pub resume: Resume,
    /// The format it was read as.
    pub resume_format: ResumeFormat,
    /// The profile built from it.
    pub profile: Profile,
    /// Each listings file and what it gave.
    pub sources: Vec<SourceSummary>,
    /// Listings whose text changed between two scrapes in the inputs.
    pub changed_between_scrapes: Vec<String>,
    /// What the ingest did.
    pub ingest: UpsertCounts,
    /// Jobs analysed and stored in this run (new or changed).
    pub analysed: usize,
    /// Every tracked job, best first.
    pub ranked: Vec<RankedJob>,
    /// Applications prepared in this run.
    pub applications_created: usize,
    /// Applications the tailored jobs already had from an earlier run
    /// (a run prepares one a job, once).
    pub applications_existing: usize,
    /// The HTML triage report.
    pub report: PathBuf,
    /// How long each stage took.
    pub stages: Vec<(&'static str, Duration)>,
}

/// Runs the main job; see the module docs. Errors name the file, row or
/// value that was wrong; rows that cannot be read are reported in
/// [`RunSummary::sources`] and the run goes on.
pub async fn run(
    options: &Options,
    progress: &mut dyn Progress,
) -> Result<RunSummary, PipelineError> {
    let mut clock = Stages::start();
    let owner = options.owner;
    let analyzer = Analyzer::shared();
    clock.lap("build the analyzer (taxonomy and automaton)");

    let bytes = read(&options.resume)?;
    let resume_format = ResumeFormat::detect(&String::from_utf8_lossy(&bytes));
    let resume = import_resume_bytes(&bytes, resume_format, &ResumeMeta::base(owner, options.now))
        .map_err(|source| core_error(&options.resume, source))?;
    let profile = build_profile(
        &resume,
        options.work_rights.clone(),
        options.today,
        analyzer,
    );
    clock.lap("import the resume and build the profile");

    let sources::Sources {
        listings,
        summaries: sources,
        changed: changed_between_scrapes,
    } = sources::read_sources(&options.jobs)?;
    clock.lap("read listings");

    std::fs::create_dir_all(&options.out).map_err(|source| PipelineError::Io {
        action: "create",
        path: options.out.clone(),
        source,
    })?;
    let db = options
        .db
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}", options.out.join("kairos.db").display()));
    let store = Store::open(&db).await?;
    store.put_resume(owner, &resume).await?;
    store
        .replace_skills(owner, resume.id, &profile.skills)
        .await?;
    let ingest = store.upsert_jobs(owner, &listings).await?;
    let jobs = all_jobs(&store, owner).await?;
    clock.lap("store listings");

    progress.start("analyse", jobs.len() as u64);
    let mut reports = Vec::with_capacity(jobs.len());
    for chunk in jobs.chunks(64) {
        reports.extend(
            chunk
                .iter()
                .map(|j| analyzer.analyze(&j.title, &j.description_raw)),
        );
        progress.advance(chunk.len() as u64);
    }
    progress.finish();
    // Each job judged where it is (a Manchester job by the user's rights in
    // the United Kingdom): where its description's location line or else
    // its listing's place puts it, or where the user looks for work when
    // neither names a country.
    let countries: Vec<&str> = reports
        .iter()
        .zip(&jobs)
        .map(|(report, job)| {
            let place = job.location.as_deref().and_then(country_of_place);
            report.job_country().or(place).unwrap_or(&options.country)
        })
        .collect();
    let results = score_many_located(
        reports.iter().zip(&countries).map(|(r, &c)| (r, Some(c))),
        &profile,
        analyzer.taxonomy(),
    );
    clock.lap("analyse and score");

    let stale: HashSet<JobId> = store
        .jobs_needing_analysis(owner, u32::MAX)
        .await?
        .into_iter()
        .map(|j| j.id)
        .collect();
    let mut jobs = jobs;
    let analyses: Vec<JdAnalysis> = jobs
        .iter()
        .enumerate()
        .filter(|(_, j)| stale.contains(&j.id))
        .map(|(i, job)| {
            let mut analysis = reports[i].to_analysis(job.id, owner, options.now);
            analysis.match_score = MatchScore::new(results[i].score).ok();
            analysis.match_reasoning = Some(results[i].reasoning.clone());
            analysis
        })
        .collect();
    // One transaction for the batch: two commits a job took 1.4 s of a
    // 1.5 s run on 1,000 listings.
    let analyzed: HashSet<JobId> = store
        .put_analyses(owner, &analyses, options.now)
        .await?
        .into_iter()
        .collect();
    for job in jobs.iter_mut().filter(|j| analyzed.contains(&j.id)) {
        job.status = JobStatus::Analyzed;
    }
    clock.lap("store analyses");

    let duplicates = duplicate_labels(&jobs);
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by(|&a, &b| {
        results[b]
            .score
            .total_cmp(&results[a].score)
            .then_with(|| jobs[a].title.cmp(&jobs[b].title))
            .then_with(|| jobs[a].platform.as_str().cmp(jobs[b].platform.as_str()))
            .then_with(|| jobs[a].platform_job_id.cmp(&jobs[b].platform_job_id))
    });
    clock.lap("rank and find duplicates");

    // Tailor for the best eligible jobs, passing over a duplicate of one
    // already tailored for: one application per real job.
    let existing: HashSet<JobId> = store
        .list_applications(owner)
        .await?
        .into_iter()
        .map(|a| a.job_id)
        .collect();
    let mut tailored: HashMap<usize, Tailored> = HashMap::new();
    let (mut applications_created, mut applications_existing) = (0, 0);
    for &i in &order {
        if tailored.len() >= options.top {
            break;
        }
        let job = &jobs[i];
        let eligible = results[i].eligibility.status == EligibilityStatus::Eligible;
        let covered = duplicates[i].1.iter().any(|d| tailored.contains_key(d));
        if !eligible || covered || !matches!(job.status, JobStatus::Analyzed | JobStatus::Matched) {
            continue;
        }
        let options_t = TailorOptions {
            id: TailoredResumeId::derive(&[&job.id.to_string(), "deterministic"]),
            job_id: job.id,
            created_at: options.now,
            max_projects: 2,
        };
        let proposal = tailor(&resume, &reports[i], analyzer, &options_t);
        let outcome = apply_guard(&resume, &profile, &proposal, analyzer, GuardMode::Reject);
        let Some(proposal) = outcome.tailored else {
            // The deterministic tailoring only reorders, so this is a bug;
            // say so rather than write a resume that failed the guard.
            return Err(PipelineError::GuardRefused {
                job: format!("{} {}", job.platform, job.platform_job_id),
                violations: outcome.violations.iter().map(ToString::to_string).collect(),
            });
        };
        store.put_tailored(owner, &proposal).await?;
        let resolved = resolve(&resume, &proposal)?;
        let stem = format!("{}-{}", job.platform, file_safe(&job.platform_job_id));
        let markdown = write(
            &options.out.join(format!("{stem}.md")),
            &render(&resolved, RenderFormat::Markdown),
        )?;
        let html = write(
            &options.out.join(format!("{stem}.html")),
            &render(&resolved, RenderFormat::Html),
        )?;
        if job.status == JobStatus::Analyzed {
            store
                .transition_job(
                    owner,
                    job.id,
                    JobStatus::Analyzed,
                    JobStatus::Matched,
                    options.now,
                )
                .await?;
        }
        if !existing.contains(&job.id) {
            let application = Application {
                id: ApplicationId::derive(&[&job.id.to_string(), "application"]),
                owner_id: owner,
                job_id: job.id,
                tailored_resume_id: Some(proposal.id),
                status: ApplicationStatus::Prepared,
                notes: None,
                created_at: options.now,
                updated_at: options.now,
            };
            store.create_application(owner, &application).await?;
            applications_created += 1;
        } else {
            applications_existing += 1;
        }
        tailored.insert(
            i,
            Tailored {
                id: proposal.id,
                markdown,
                html,
                diff_summary: proposal.diff_summary.clone(),
            },
        );
    }
    clock.lap("tailor, render and prepare applications");

    // Re-read the jobs so statuses reflect this run's moves.
    let fresh: HashMap<JobId, Job> = all_jobs(&store, owner)
        .await?
        .into_iter()
        .map(|j| (j.id, j))
        .collect();
    let ranked: Vec<RankedJob> = order
        .iter()
        .map(|&i| RankedJob {
            job: fresh
                .get(&jobs[i].id)
                .cloned()
                .unwrap_or_else(|| jobs[i].clone()),
            result: results[i].clone(),
            country: countries[i].to_owned(),
            duplicates: duplicates[i].0.clone(),
            tailored: tailored.get(&i).cloned(),
            work_mode: work_mode(&jobs[i]),
        })
        .collect();
    let report = write_report(options, &resume, &ranked)?;
    clock.lap("write the triage report");

    Ok(RunSummary {
        db,
        resume,
        resume_format,
        profile,
        sources,
        changed_between_scrapes,
        ingest,
        analysed: stale.len(),
        ranked,
        applications_created,
        applications_existing,
        report,
        stages: clock.laps,
    })
}

fn write_report(
    options: &Options,
    resume: &Resume,
    ranked: &[RankedJob],
) -> Result<PathBuf, PipelineError> {
    let href = |t: &Tailored| {
        t.html
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let report = TriageReport {
        subtitle: format!(
            "{} — {} jobs ranked on {}; the best {} tailored",
            resume.contact.name,
            ranked.len(),
            options.today,
            ranked.iter().filter(|r| r.tailored.is_some()).count()
        ),
        entries: ranked
            .iter()
            .map(|r| TriageEntry {
                job: &r.job,
                result: &r.result,
                duplicates: r.duplicates.clone(),
                tailored_href: r.tailored.as_ref().map(href),
                work_mode: r.work_mode,
            })
            .collect(),
    };
    write(
        &options.out.join("triage.html"),
        &render_triage_html(&report),
    )
}

/// Whether a job is remote, hybrid or on site (see [`RankedJob::work_mode`]).
fn work_mode(job: &Job) -> Option<WorkMode> {
    Analyzer::shared()
        .listing_work_mode(&job.title, job.location.as_deref(), &job.description_raw)
        .map(|said| said.mode)
}

/// For each job: labels of its likely duplicates, and their indices.
fn duplicate_labels(jobs: &[Job]) -> Vec<(Vec<String>, Vec<usize>)> {
    let mut out = vec![(Vec::new(), Vec::new()); jobs.len()];
    for pair in find_duplicates(jobs) {
        for (me, other) in [(pair.first, pair.second), (pair.second, pair.first)] {
            let o = &jobs[other];
            out[me]
                .0
                .push(format!("{} {}", o.platform, o.platform_job_id));
            out[me].1.push(other);
        }
    }
    out
}

async fn all_jobs(store: &Store, owner: UserId) -> Result<Vec<Job>, PipelineError> {
    let mut jobs = Vec::new();
    let mut page = PageRequest {
        cursor: None,
        limit: 500,
    };
    loop {
        let p = store.list_jobs(owner, &JobFilter::default(), &page).await?;
        jobs.extend(p.items);
        match p.next {
            Some(c) => page.cursor = Some(c),
            None => return Ok(jobs),
        }
    }
}

/// A board id made safe as part of a file name.
fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn read(path: &Path) -> Result<Vec<u8>, PipelineError> {
    std::fs::read(path).map_err(|source| PipelineError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })
}

fn write(path: &Path, text: &str) -> Result<PathBuf, PipelineError> {
    std::fs::write(path, text).map_err(|source| PipelineError::Io {
        action: "write",
        path: path.to_owned(),
        source,
    })?;
    Ok(path.to_owned())
}

fn core_error(path: &Path, source: kairos_core::Error) -> PipelineError {
    PipelineError::Core {
        context: path.display().to_string(),
        source,
    }
}

/// Wall time per stage.
struct Stages {
    laps: Vec<(&'static str, Duration)>,
    mark: Instant,
}

impl Stages {
    fn start() -> Self {
        Self {
            laps: Vec::new(),
            mark: Instant::now(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.laps.push((stage, now - self.mark));
        self.mark = now;
    }
}
