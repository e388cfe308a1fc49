//! The main job end to end on the shipped sample data: the ranking, the
//! three tailored resumes (re-read from the store and re-checked by the
//! guard), the applications, the report, and that a second run changes
//! nothing. On embedded SQLite always; on PostgreSQL when
//! `KAIROS_TEST_DATABASE_URL` is set (scripts/test sets it).

// Helpers here are test code too: a panic is a failing test with its location.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone, Utc};
use kairos::analysis::Analyzer;
use kairos::model::{ApplicationStatus, JobStatus, Platform, UserId, WorkRights};
use kairos::pipeline::{run, Options, PipelineError, RunSummary, Silent};
use kairos::ports::{ApplicationStore, JobStore, ResumeStore};
use kairos::scoring::EligibilityStatus;
use kairos::store::Store;
use kairos::tailor::check_tailoring;

fn data(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(file)
}

fn options(out: &Path, db: String, owner: UserId) -> Options {
    Options {
        resume: data("resume.md"),
        jobs: [
            "scrape-2026-11-20.jsonl",
            "jobspy-2026-11-22.csv",
            "scrape-2026-11-24.jsonl",
        ]
        .map(data)
        .to_vec(),
        db: Some(db),
        out: out.to_owned(),
        top: 3,
        today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        now: Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap(),
        work_rights: WorkRights {
            permanent_residencies: vec!["AU".into()],
            ..WorkRights::default()
        },
        country: "AU".into(),
        owner,
    }
}

/// An owner no other test run has used, so runs on a shared PostgreSQL
/// server never see each other's rows.
fn fresh_owner() -> UserId {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    UserId::derive(&[
        "quickstart-test",
        &nanos.to_string(),
        &std::process::id().to_string(),
    ])
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kairos-quickstart-{tag}-{}", fresh_owner()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ranking(s: &RunSummary) -> Vec<(String, String)> {
    s.ranked
        .iter()
        .map(|r| (r.job.platform.to_string(), r.job.platform_job_id.clone()))
        .collect()
}

async fn end_to_end(db: String, out: &Path) {
    let owner = fresh_owner();
    let opts = options(out, db.clone(), owner);
    let first = run(&opts, &mut Silent)
        .await
        .expect("the sample run succeeds");

    // Inputs: 22 + 18 + 7 listings, one of them seen in two scrapes; three
    // JobSpy rows from boards Kairos does not track.
    assert_eq!(first.ranked.len(), 46);
    assert_eq!(first.ingest.inserted, 46);
    let untracked: usize = first
        .sources
        .iter()
        .flat_map(|s| &s.untracked)
        .map(|(_, n)| n)
        .sum();
    assert_eq!(untracked, 3);
    assert!(first.sources.iter().all(|s| s.skipped.is_empty()));
    assert_eq!(first.changed_between_scrapes.len(), 1);
    assert!(first.changed_between_scrapes[0].starts_with("seek 81001002"));

    // The ranking: the Rust and Go backend jobs the resume fits best come
    // first; mobile jobs, for which the resume has nothing, come last; every
    // job the user may not take is capped.
    let top: Vec<&str> = first.ranked[..5]
        .iter()
        .map(|r| r.job.title.as_str())
        .collect();
    assert_eq!(
        top,
        [
            "Senior Rust Engineer",
            "Senior Rust Engineer",
            "Backend Engineer (Go)",
            "Senior Backend Engineer - Python",
            "Staff Python Developer"
        ]
    );
    let scores: Vec<f64> = first.ranked.iter().map(|r| r.result.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    for r in &first.ranked[first.ranked.len() - 6..] {
        assert!(
            r.job.title.contains("iOS") || r.job.title.contains("Android"),
            "{}",
            r.job.title
        );
    }
    let ineligible: Vec<_> = first
        .ranked
        .iter()
        .filter(|r| r.result.eligibility.status == EligibilityStatus::Ineligible)
        .collect();
    assert!(ineligible.len() >= 5);
    assert!(ineligible.iter().all(|r| r.result.score <= 0.2));
    assert!(ineligible
        .iter()
        .any(|r| r.job.platform_job_id == "81001002"
            && r.result.reasoning.starts_with("Not eligible")));
    // Each job is judged where it is: the Manchester listing, silent on
    // work rights, is not for an Australian permanent resident; the
    // Auckland one is (Australian residents may work in New Zealand).
    let at = |place: &str| {
        first
            .ranked
            .iter()
            .find(|r| r.job.location.as_deref() == Some(place))
            .map(|r| {
                (
                    r.country.as_str(),
                    r.result.eligibility.status,
                    r.result.eligibility.reason.clone(),
                )
            })
    };
    assert_eq!(
        at("Manchester"),
        Some((
            "GB",
            EligibilityStatus::Ineligible,
            Some(
                "Not eligible: the job is in the United Kingdom, where your profile lists no \
                 right to work, and it does not say it sponsors visas."
                    .into()
            )
        ))
    );
    assert_eq!(
        at("Auckland"),
        Some(("NZ", EligibilityStatus::Eligible, None))
    );
    assert_eq!(at("Sydney NSW").map(|(country, ..)| country), Some("AU"));

    // Cross-board duplicates are flagged both ways, not merged.
    let tidepool: Vec<_> = first
        .ranked
        .iter()
        .filter(|r| r.job.company == "Tidepool Payments" && r.job.title == "Senior Rust Engineer")
        .collect();
    assert_eq!(tidepool.len(), 2);
    assert!(tidepool.iter().all(|r| r.duplicates.len() == 1));
    assert_eq!(
        first
            .ranked
            .iter()
            .filter(|r| !r.duplicates.is_empty())
            .count(),
        6
    );

    // Three tailored resumes, for three different real jobs (the second
    // Tidepool listing is passed over), each passing the guard again when
    // read back from the store, each with a prepared application.
    let tailored: Vec<_> = first
        .ranked
        .iter()
        .filter(|r| r.tailored.is_some())
        .collect();
    assert_eq!(tailored.len(), 3);
    assert_eq!(
        tailored
            .iter()
            .filter(|r| r.job.company == "Tidepool Payments")
            .count(),
        1
    );
    let store = Store::open(&db).await.unwrap();
    let analyzer = Analyzer::shared();
    for r in &tailored {
        let t = r.tailored.as_ref().unwrap();
        let stored = store.get_tailored(owner, t.id).await.unwrap();
        assert!(check_tailoring(&first.resume, &first.profile, &stored, analyzer).is_empty());
        assert!(std::fs::read_to_string(&t.markdown)
            .unwrap()
            .starts_with("# Ada Okafor"));
        assert!(std::fs::read_to_string(&t.html)
            .unwrap()
            .contains("<h1>Ada Okafor</h1>"));
        assert_eq!(
            store.get_job(owner, r.job.id).await.unwrap().status,
            JobStatus::Matched
        );
    }
    let applications = store.list_applications(owner).await.unwrap();
    assert_eq!(applications.len(), 3);
    assert!(applications
        .iter()
        .all(|a| a.status == ApplicationStatus::Prepared && a.tailored_resume_id.is_some()));
    assert_eq!(
        (first.applications_created, first.applications_existing),
        (3, 0)
    );

    let report = std::fs::read_to_string(&first.report).unwrap();
    assert_eq!(report.matches("<tr class=").count(), 46);
    assert_eq!(report.matches(">tailored</a>").count(), 3);

    // The second run: nothing new, nothing written, the same order.
    let second = run(&opts, &mut Silent).await.unwrap();
    assert_eq!(
        (
            second.ingest.inserted,
            second.ingest.updated,
            second.ingest.unchanged
        ),
        (0, 0, 46)
    );
    assert_eq!(second.analysed, 0);
    assert_eq!(
        (second.applications_created, second.applications_existing),
        (0, 3),
        "the second run keeps the first run's applications and says so"
    );
    assert_eq!(ranking(&first), ranking(&second));
    assert_eq!(store.list_applications(owner).await.unwrap().len(), 3);
    let jobs_after = store
        .list_jobs(
            owner,
            &Default::default(),
            &kairos::ports::PageRequest {
                cursor: None,
                limit: 100,
            },
        )
        .await
        .unwrap();
    assert_eq!(jobs_after.items.len(), 46);
    assert!(jobs_after
        .items
        .iter()
        .any(|j| j.platform == Platform::Adzuna));
}

#[tokio::test]
async fn the_sample_run_on_sqlite() {
    let out = temp_dir("sqlite");
    end_to_end(
        format!("sqlite://{}", out.join("kairos.db").display()),
        &out,
    )
    .await;
    std::fs::remove_dir_all(out).ok();
}

#[tokio::test]
async fn the_sample_run_on_postgres() {
    let Ok(db) = std::env::var("KAIROS_TEST_DATABASE_URL") else {
        eprintln!("PostgreSQL skipped: KAIROS_TEST_DATABASE_URL is not set");
        return;
    };
    let out = temp_dir("pg");
    end_to_end(db, &out).await;
    std::fs::remove_dir_all(out).ok();
}

#[tokio::test]
async fn bad_inputs_name_the_file() {
    let out = temp_dir("bad");
    let db = format!("sqlite://{}", out.join("kairos.db").display());
    let mut opts = options(&out, db, fresh_owner());

    opts.jobs = vec![out.join("missing.jsonl")];
    let err = run(&opts, &mut Silent).await.unwrap_err();
    assert!(matches!(err, PipelineError::Io { .. }));
    assert!(err.to_string().contains("missing.jsonl"), "{err}");

    let xml = out.join("jobs.xml");
    std::fs::write(&xml, "<jobs/>").unwrap();
    opts.jobs = vec![xml];
    let err = run(&opts, &mut Silent).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("jobs.xml: unknown listings format"),
        "{err}"
    );

    // A bad row is reported with its line, and the run goes on.
    let jsonl = out.join("jobs.jsonl");
    let good = std::fs::read_to_string(data("scrape-2026-11-20.jsonl")).unwrap();
    let first_line = good.lines().next().unwrap();
    std::fs::write(
        &jsonl,
        format!(
            "{first_line}\n{}\n",
            first_line.replace("\"seek\"", "\"monster\"")
        ),
    )
    .unwrap();
    opts.jobs = vec![jsonl];
    let s = run(&opts, &mut Silent).await.unwrap();
    assert_eq!(s.ranked.len(), 1);
    assert_eq!(s.sources[0].skipped.len(), 1);
    assert_eq!(s.sources[0].skipped[0].line, 2);
    assert!(s.sources[0].skipped[0]
        .reason
        .contains("unknown platform `monster`"));

    // A `.json` file holding an array of listings, as `json.dump` writes
    // one, is read item by item; a bad item is told by its line.
    let array = out.join("jobs.json");
    let listings: Vec<serde_json::Value> = good
        .lines()
        .take(3)
        .map(|l| serde_json::from_str(l).unwrap())
        .chain([serde_json::json!({"title": "Web Developer", "location": {"city": "Berlin"}})])
        .collect();
    std::fs::write(&array, serde_json::to_string_pretty(&listings).unwrap()).unwrap();
    opts.jobs = vec![array];
    let s = run(&opts, &mut Silent).await.unwrap();
    assert_eq!((s.sources[0].format, s.ranked.len()), ("json", 3));
    assert_eq!(s.sources[0].skipped.len(), 1);
    let skipped = &s.sources[0].skipped[0];
    assert_eq!(skipped.row, 4);
    assert!(skipped.reason.contains("invalid type: map"), "{skipped}");

    opts.resume = out.join("no-resume.md");
    let err = run(&opts, &mut Silent).await.unwrap_err();
    assert!(err.to_string().contains("no-resume.md"), "{err}");
    std::fs::remove_dir_all(out).ok();
}
