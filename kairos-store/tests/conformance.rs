//! The store conformance suite: the same tests for every backend. It runs on
//! embedded SQLite always, and on PostgreSQL whenever
//! `KAIROS_TEST_DATABASE_URL` is set (scripts/test starts a throw-away server
//! and sets it); each test gets a fresh database.

use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use kairos_core::model::*;
use kairos_core::ports::{
    AnalysisStore, ApplicationStore, JobFilter, JobStore, PageRequest, ResumeStore, SkillStore,
};
use kairos_core::Error;
use kairos_store::{PgStore, SqliteStore, PG_MIGRATOR};

trait Store: JobStore + AnalysisStore + ResumeStore + SkillStore + ApplicationStore + 'static {}
impl<T: JobStore + AnalysisStore + ResumeStore + SkillStore + ApplicationStore + 'static> Store
    for T
{
}

async fn sqlite() -> SqliteStore {
    let dir = std::env::temp_dir().join(format!("kairos-store-{}", uuid_like()));
    // New, never an earlier run's: a database left there would hold its rows.
    std::fs::create_dir(&dir).expect("a fresh temp dir");
    SqliteStore::open(&format!("sqlite://{}", dir.join("test.db").display()))
        .await
        .expect("opens")
}

/// A name no other test process has used: the process id, the clock in
/// nanoseconds and a counter. The process id and counter alone repeat:
/// nextest runs each test in a process of its own, ids are reused, and a
/// test once found another run's SQLite file under the reused name (two
/// of its 10,000 listings already stored).
fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "{}-{nanos}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0)
        .single()
        .expect("valid time")
}

fn listing(n: usize) -> JobListing {
    JobListing {
        platform: [
            Platform::Seek,
            Platform::LinkedIn,
            Platform::Indeed,
            Platform::Adzuna,
        ][n % 4],
        platform_job_id: format!("job-{n}"),
        title: format!("Engineer {n}"),
        company: format!("Company {}", n % 17),
        location: Some("Sydney NSW".into()),
        salary_min: Some(100_000),
        salary_max: Some(150_000),
        salary_currency: Some("AUD".into()),
        url: None,
        description_raw: format!("Requirements: Rust and PostgreSQL. Listing {n}."),
        // Some share a timestamp, so pagination must break ties by id.
        scraped_at: t0() + Duration::minutes((n / 3) as i64),
    }
}

const A: UserId = SINGLE_USER_ID;
fn user_b() -> UserId {
    UserId::derive(&["owner-b"])
}

/// A fresh, empty PostgreSQL database on the test server, if there is one.
async fn fresh_pg_url() -> Option<String> {
    let admin = std::env::var("KAIROS_TEST_DATABASE_URL").ok()?;
    let name = format!("kairos_test_{}", uuid_like().replace('-', "_"));
    let pool = sqlx::PgPool::connect(&admin)
        .await
        .expect("the test PostgreSQL server answers");
    sqlx::query(&format!("create database {name}"))
        .execute(&pool)
        .await
        .expect("creates a database");
    pool.close().await;
    let base = admin
        .rsplit_once('/')
        .map_or(admin.as_str(), |(b, _)| b)
        .to_owned();
    Some(format!("{base}/{name}"))
}

async fn each_backend<F, Fut>(test: F)
where
    F: Fn(Arc<dyn StoreDyn>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    test(Arc::new(sqlite().await)).await;
    if let Some(url) = fresh_pg_url().await {
        test(Arc::new(
            PgStore::open(&url).await.expect("opens PostgreSQL"),
        ))
        .await;
    } else {
        eprintln!("PostgreSQL skipped: KAIROS_TEST_DATABASE_URL is not set");
    }
}

/// Object-safe view of a full store for the suite.
trait StoreDyn: JobStore + AnalysisStore + ResumeStore + SkillStore + ApplicationStore {}
impl<T: Store> StoreDyn for T {}

#[tokio::test]
async fn ingest_is_idempotent_and_never_resets_status() {
    each_backend(|s| async move {
        let listings: Vec<JobListing> = (0..10_000).map(listing).collect();
        let first = s.upsert_jobs(A, &listings).await.expect("ingests");
        assert_eq!(
            (first.inserted, first.updated, first.unchanged),
            (10_000, 0, 0)
        );
        let id = listings[42].job_id(A);
        s.transition_job(A, id, JobStatus::New, JobStatus::Skipped, t0())
            .await
            .expect("moves");
        for _ in 0..2 {
            let again = s.upsert_jobs(A, &listings).await.expect("ingests");
            assert_eq!(
                (again.inserted, again.updated, again.unchanged),
                (0, 0, 10_000)
            );
        }
        let mut seen = 0;
        let mut page = PageRequest {
            cursor: None,
            limit: 500,
        };
        loop {
            let p = s
                .list_jobs(A, &JobFilter::default(), &page)
                .await
                .expect("lists");
            seen += p.items.len();
            match p.next {
                Some(c) => page.cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen, 10_000, "no duplicate rows");
        assert_eq!(
            s.get_job(A, id).await.expect("found").status,
            JobStatus::Skipped,
            "the user's status survives re-ingest"
        );
    })
    .await;
}

#[tokio::test]
async fn a_changed_description_makes_the_analysis_stale() {
    each_backend(|s| async move {
        let mut l = listing(1);
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let id = l.job_id(A);
        let analysis = JdAnalysis {
            job_id: id,
            owner_id: A,
            required_skills: vec!["Rust".into()],
            preferred_skills: vec![],
            years_experience: None,
            keywords: vec!["Rust".into()],
            match_score: Some(MatchScore::new(0.8).expect("valid")),
            match_reasoning: Some("Meets the one required skill.".into()),
            analyzed_at: t0(),
        };
        assert_eq!(
            s.jobs_needing_analysis(A, 10).await.expect("lists").len(),
            1
        );
        s.put_analysis(A, &analysis).await.expect("stores");
        assert!(s
            .jobs_needing_analysis(A, 10)
            .await
            .expect("lists")
            .is_empty());
        assert_eq!(s.get_analysis(A, id).await.expect("found"), analysis);

        l.title = "Senior Engineer 1".into();
        let c = s
            .upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        assert_eq!((c.inserted, c.updated, c.unchanged), (0, 1, 0));
        assert!(
            s.jobs_needing_analysis(A, 10)
                .await
                .expect("lists")
                .is_empty(),
            "a new title keeps the analysis"
        );

        l.description_raw.push_str(" Now also Kubernetes.");
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let stale = s.jobs_needing_analysis(A, 10).await.expect("lists");
        assert_eq!(stale.len(), 1, "a new description is analysed again");
        assert!(stale[0].description_raw.ends_with("Kubernetes."));
    })
    .await;
}

#[tokio::test]
async fn keyset_pages_are_newest_first_without_gaps_or_repeats() {
    each_backend(|s| async move {
        let listings: Vec<JobListing> = (0..120).map(listing).collect();
        s.upsert_jobs(A, &listings).await.expect("ingests");
        let mut all: Vec<Job> = Vec::new();
        let mut page = PageRequest {
            cursor: None,
            limit: 50,
        };
        let mut pages = 0;
        loop {
            let p = s
                .list_jobs(A, &JobFilter::default(), &page)
                .await
                .expect("lists");
            pages += 1;
            all.extend(p.items);
            match p.next {
                Some(c) => page.cursor = Some(c),
                None => break,
            }
        }
        assert_eq!((pages, all.len()), (3, 120));
        for w in all.windows(2) {
            assert!(
                (w[0].scraped_at, w[0].id) > (w[1].scraped_at, w[1].id),
                "ordered by (scraped_at, id) desc"
            );
        }
        let err = s
            .list_jobs(
                A,
                &JobFilter::default(),
                &PageRequest {
                    cursor: Some("not-a-cursor".into()),
                    limit: 5,
                },
            )
            .await
            .expect_err("forged");
        assert!(
            matches!(err, Error::Validation { ref field, .. } if field == "cursor"),
            "{err}"
        );
    })
    .await;
}

#[tokio::test]
async fn filters_combine() {
    each_backend(|s| async move {
        let mut listings: Vec<JobListing> = (0..40).map(listing).collect();
        listings[3].title = "50%_off Rust \\ Engineer".into();
        s.upsert_jobs(A, &listings).await.expect("ingests");
        let by = |f: JobFilter| {
            let s = s.clone();
            async move {
                s.list_jobs(
                    A,
                    &f,
                    &PageRequest {
                        cursor: None,
                        limit: 100,
                    },
                )
                .await
                .expect("lists")
                .items
            }
        };
        assert_eq!(
            by(JobFilter {
                platform: Some(Platform::Seek),
                ..JobFilter::default()
            })
            .await
            .len(),
            10
        );
        let text = by(JobFilter {
            text: Some("50%_off".into()),
            ..JobFilter::default()
        })
        .await;
        assert_eq!(
            text.len(),
            1,
            "LIKE wildcards in the search text are literal"
        );
        assert_eq!(
            by(JobFilter {
                text: Some("company 5".into()),
                ..JobFilter::default()
            })
            .await
            .len(),
            3,
            "case-insensitive"
        );
        s.transition_job(
            A,
            listings[0].job_id(A),
            JobStatus::New,
            JobStatus::Skipped,
            t0(),
        )
        .await
        .expect("moves");
        assert_eq!(
            by(JobFilter {
                status: Some(JobStatus::Skipped),
                ..JobFilter::default()
            })
            .await
            .len(),
            1
        );
        let analysis = |n: usize, score: f64| JdAnalysis {
            job_id: listings[n].job_id(A),
            owner_id: A,
            required_skills: vec![],
            preferred_skills: vec![],
            years_experience: None,
            keywords: vec![],
            match_score: Some(MatchScore::new(score).expect("valid")),
            match_reasoning: None,
            analyzed_at: t0(),
        };
        s.put_analysis(A, &analysis(5, 0.9)).await.expect("stores");
        s.put_analysis(A, &analysis(6, 0.4)).await.expect("stores");
        let good = by(JobFilter {
            min_score: Some(0.5),
            ..JobFilter::default()
        })
        .await;
        assert_eq!(
            good.iter().map(|j| j.id).collect::<Vec<_>>(),
            [listings[5].job_id(A)]
        );
    })
    .await;
}

fn bare_analysis(job_id: JobId, score: f64) -> JdAnalysis {
    JdAnalysis {
        job_id,
        owner_id: A,
        required_skills: vec!["Rust".into()],
        preferred_skills: vec![],
        years_experience: None,
        keywords: vec![],
        match_score: Some(MatchScore::new(score).expect("valid")),
        match_reasoning: None,
        analyzed_at: t0(),
    }
}

#[tokio::test]
async fn a_batch_of_analyses_is_stored_and_moves_new_jobs_to_analyzed() {
    each_backend(|s| async move {
        let listings: Vec<JobListing> = (0..4).map(listing).collect();
        s.upsert_jobs(A, &listings).await.expect("ingests");
        let ids: Vec<JobId> = listings.iter().map(|l| l.job_id(A)).collect();
        // The user skipped job 2 before it was analysed: it stays skipped.
        s.transition_job(A, ids[2], JobStatus::New, JobStatus::Skipped, t0())
            .await
            .expect("moves");
        let at = t0() + Duration::hours(1);
        let batch = [
            bare_analysis(ids[0], 0.2),
            bare_analysis(ids[1], 0.5),
            bare_analysis(ids[2], 0.7),
            // Job 0 again: the last analysis given wins, and it moves once.
            bare_analysis(ids[0], 0.9),
        ];
        let moved = s.put_analyses(A, &batch, at).await.expect("stores");
        assert_eq!(
            moved,
            [ids[0], ids[1]],
            "the moved jobs, in the order given"
        );
        assert_eq!(s.get_analysis(A, ids[0]).await.expect("found"), batch[3]);
        assert_eq!(s.get_analysis(A, ids[2]).await.expect("found"), batch[2]);
        assert_eq!(
            s.get_job(A, ids[0]).await.expect("found").status,
            JobStatus::Analyzed
        );
        assert_eq!(
            s.get_job(A, ids[2]).await.expect("found").status,
            JobStatus::Skipped
        );
        let history = s.job_history(A, ids[1]).await.expect("history");
        assert_eq!(history.len(), 1);
        assert_eq!(
            (history[0].from, history[0].to, history[0].at),
            (JobStatus::New, JobStatus::Analyzed, at)
        );
        let stale: Vec<JobId> = s
            .jobs_needing_analysis(A, 10)
            .await
            .expect("lists")
            .iter()
            .map(|j| j.id)
            .collect();
        assert_eq!(stale, [ids[3]], "only the job left out is still to analyse");
        assert!(s
            .put_analyses(A, &[], at)
            .await
            .expect("an empty batch")
            .is_empty());
        // Analysing again moves nothing: the jobs are no longer new.
        let again = s.put_analyses(A, &batch[..2], at).await.expect("stores");
        assert!(again.is_empty());
        assert_eq!(s.job_history(A, ids[1]).await.expect("history").len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_batch_naming_an_unknown_job_writes_nothing() {
    each_backend(|s| async move {
        let listings: Vec<JobListing> = (0..2).map(listing).collect();
        s.upsert_jobs(A, &listings).await.expect("ingests");
        let known = listings[0].job_id(A);
        let unknown = listing(9).job_id(A);
        let batch = [bare_analysis(known, 0.8), bare_analysis(unknown, 0.6)];
        match s.put_analyses(A, &batch, t0()).await {
            Err(Error::NotFound { entity, id }) => {
                assert_eq!((entity, id), ("job", unknown.to_string()));
            }
            other => panic!("expected NotFound for the unknown job, got {other:?}"),
        }
        assert!(
            matches!(s.get_analysis(A, known).await, Err(Error::NotFound { .. })),
            "the known job's analysis was not kept"
        );
        assert_eq!(
            s.get_job(A, known).await.expect("found").status,
            JobStatus::New
        );
        assert_eq!(
            s.jobs_needing_analysis(A, 10).await.expect("lists").len(),
            2
        );
        assert!(s.job_history(A, known).await.expect("history").is_empty());
    })
    .await;
}

#[tokio::test]
async fn another_owner_sees_nothing_method_by_method() {
    each_backend(|s| async move {
        let l = listing(7);
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let id = l.job_id(A);
        let b = user_b();
        let nf = |r: Result<_, Error>| matches!(r, Err(Error::NotFound { .. }));
        assert!(nf(s.get_job(b, id).await.map(|_| ())), "get_job");
        assert!(
            s.list_jobs(b, &JobFilter::default(), &PageRequest::default())
                .await
                .expect("lists")
                .items
                .is_empty(),
            "list_jobs"
        );
        assert!(
            nf(
                s.transition_job(b, id, JobStatus::New, JobStatus::Skipped, t0())
                    .await
                    .map(|_| ())
            ),
            "transition_job"
        );
        assert!(nf(s.job_history(b, id).await.map(|_| ())), "job_history");
        let analysis = JdAnalysis {
            job_id: id,
            owner_id: b,
            required_skills: vec![],
            preferred_skills: vec![],
            years_experience: None,
            keywords: vec![],
            match_score: None,
            match_reasoning: None,
            analyzed_at: t0(),
        };
        assert!(
            nf(s.put_analysis(b, &analysis).await),
            "put_analysis on A's job"
        );
        assert!(
            nf(s.put_analysis(A, &analysis).await),
            "put_analysis naming owner B"
        );
        assert!(
            nf(s.put_analyses(b, std::slice::from_ref(&analysis), t0())
                .await
                .map(|_| ())),
            "put_analyses on A's job"
        );
        assert!(nf(s.get_analysis(b, id).await.map(|_| ())), "get_analysis");
        assert!(
            s.jobs_needing_analysis(b, 10)
                .await
                .expect("lists")
                .is_empty(),
            "jobs_needing_analysis"
        );
        // B tracking the same listing gets a row of its own; A's stays as it was.
        let c = s
            .upsert_jobs(b, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        assert_eq!(c.inserted, 1);
        s.transition_job(b, l.job_id(b), JobStatus::New, JobStatus::Skipped, t0())
            .await
            .expect("moves");
        assert_eq!(
            s.get_job(A, id).await.expect("found").status,
            JobStatus::New
        );
    })
    .await;
}

#[tokio::test]
async fn racing_transitions_have_exactly_one_winner() {
    each_backend(|s| async move {
        let l = listing(9);
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let id = l.job_id(A);
        s.transition_job(A, id, JobStatus::New, JobStatus::Analyzed, t0())
            .await
            .expect("moves");
        let tasks: Vec<_> = (0..16)
            .map(|i| {
                let s = s.clone();
                let to = if i % 2 == 0 {
                    JobStatus::Matched
                } else {
                    JobStatus::Skipped
                };
                tokio::spawn(async move {
                    s.transition_job(A, id, JobStatus::Analyzed, to, t0() + Duration::seconds(i))
                        .await
                })
            })
            .collect();
        let mut wins = 0;
        for t in tasks {
            match t.await.expect("task ran") {
                Ok(_) => wins += 1,
                Err(Error::Conflict { reason, .. }) => {
                    assert!(reason.contains("not `analyzed`"), "{reason}")
                }
                Err(other) => panic!("unexpected {other}"),
            }
        }
        assert_eq!(wins, 1);
        let history = s.job_history(A, id).await.expect("history");
        assert_eq!(
            history.len(),
            2,
            "new→analyzed and the one winning move: {history:?}"
        );
        assert_eq!(s.get_job(A, id).await.expect("found").status, history[1].to);
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_stored_verbatim_or_refused_whole() {
    each_backend(|s| async move {
        let mut l = listing(11);
        l.title = "Robert'); DROP TABLE jobs;-- \"x\" %_\\".into();
        l.description_raw = "é∑ 🚀 ".repeat(1024 * 1024 / 12);
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let back = s.get_job(A, l.job_id(A)).await.expect("found");
        assert_eq!(
            (back.title.as_str(), back.description_raw.len()),
            (l.title.as_str(), l.description_raw.len())
        );
        assert_eq!(back.description_raw, l.description_raw);

        let mut batch: Vec<JobListing> = (100..110).map(listing).collect();
        batch[7].salary_min = Some(200_000);
        let err = s.upsert_jobs(A, &batch).await.expect_err("invalid listing");
        assert!(err.to_string().contains("listings[7].salary_min"), "{err}");
        assert!(
            matches!(
                s.get_job(A, batch[0].job_id(A)).await,
                Err(Error::NotFound { .. })
            ),
            "nothing half-written"
        );
        // A NUL character (which PostgreSQL cannot store) in a wide batch,
        // the one that would go through COPY: refused before anything is sent.
        let mut wide: Vec<JobListing> = (300..303).map(listing).collect();
        for l in &mut wide {
            l.description_raw = "Rust ".repeat(100_000);
        }
        wide[2].description_raw.push_str("\0 trailing junk");
        let err = s.upsert_jobs(A, &wide).await.expect_err("NUL refused");
        assert!(
            err.to_string().contains("listings[2].description_raw"),
            "{err}"
        );
        assert!(
            matches!(
                s.get_job(A, wide[0].job_id(A)).await,
                Err(Error::NotFound { .. })
            ),
            "nothing half-written"
        );
        let err = s
            .transition_job(A, l.job_id(A), JobStatus::New, JobStatus::Offer, t0())
            .await
            .expect_err("not an edge");
        assert!(matches!(err, Error::InvalidTransition { .. }));
    })
    .await;
}

#[tokio::test]
async fn a_database_that_cannot_be_opened_is_named_with_its_cause() {
    let missing = std::env::temp_dir()
        .join(format!("kairos-missing-{}", uuid_like()))
        .join("kairos.db");
    let url = format!("sqlite://{}", missing.display());
    let err = SqliteStore::open(&url).await.expect_err("no such folder");
    let folder = missing.parent().expect("a folder").display().to_string();
    assert!(
        matches!(&err, Error::Store { message }
            if message.contains(&url) && message.contains(&format!("the folder {folder} does not exist"))),
        "{err}"
    );
    // In-memory databases and files in the working folder have no folder to check.
    SqliteStore::open("sqlite::memory:")
        .await
        .expect("in memory");
    // A port nothing listens on is told at once and by its cause (the pool
    // retried for 30 s and said only that it timed out), without the
    // password.
    let err = PgStore::open("postgres://bob:hunter2@127.0.0.1:1/kairos")
        .await
        .expect_err("nothing listens on port 1");
    let message = err.to_string();
    assert!(
        message.contains("cannot open postgres://bob:****@127.0.0.1:1/kairos")
            && !message.contains("hunter2")
            && !message.contains("timed out"),
        "{message}"
    );
    let err = kairos_store::Store::open("mysql://bob:hunter2@db/kairos")
        .await
        .expect_err("not a backend");
    assert!(!err.to_string().contains("hunter2"), "{err}");
}

#[tokio::test]
async fn a_closed_store_refuses_calls_with_a_store_error() {
    let sqlite = sqlite().await;
    sqlite.upsert_jobs(A, &[listing(1)]).await.expect("ingests");
    let mut stores = vec![kairos_store::Store::Sqlite(sqlite)];
    if let Some(url) = fresh_pg_url().await {
        stores.push(
            kairos_store::Store::open(&url)
                .await
                .expect("opens PostgreSQL"),
        );
    }
    for store in stores {
        store.close().await;
        let err = store
            .get_job(A, listing(1).job_id(A))
            .await
            .expect_err("closed");
        assert!(
            matches!(&err, Error::Store { message } if message.contains("closed")),
            "{err}"
        );
        // Closing again is harmless.
        store.close().await;
    }
}

#[tokio::test]
async fn a_row_written_by_another_program_names_table_column_and_value() {
    let s = sqlite().await;
    s.upsert_jobs(A, &[listing(1)]).await.expect("ingests");
    sqlx::query("update jobs set status = 'hired'")
        .execute(s.pool())
        .await
        .expect("raw update");
    let err = s
        .get_job(A, listing(1).job_id(A))
        .await
        .expect_err("unknown status");
    let message = err.to_string();
    assert!(
        message.contains("jobs.status") && message.contains("\"hired\""),
        "{message}"
    );
    assert_eq!(err.kind(), "StoreError");
}

#[tokio::test]
async fn a_foreign_postgres_row_names_table_column_and_value() {
    let Some(url) = fresh_pg_url().await else {
        return;
    };
    let s = PgStore::open(&url).await.expect("opens");
    s.upsert_jobs(A, &[listing(1)]).await.expect("ingests");
    sqlx::query("update jobs set platform = 'monster'")
        .execute(s.pool())
        .await
        .expect("raw update");
    let message = s
        .get_job(A, listing(1).job_id(A))
        .await
        .expect_err("unknown platform")
        .to_string();
    assert!(
        message.contains("jobs.platform") && message.contains("\"monster\""),
        "{message}"
    );
}

#[tokio::test]
async fn migrating_from_the_single_user_schema_backfills_owners() {
    let Some(url) = fresh_pg_url().await else {
        return;
    };
    let pool = sqlx::PgPool::connect(&url).await.expect("connects");
    // Bring the database to 0002, as the old service left it, with rows.
    let mut old = sqlx::migrate::Migrator {
        migrations: std::borrow::Cow::Owned(PG_MIGRATOR.migrations[..2].to_vec()),
        ..sqlx::migrate::Migrator::DEFAULT
    };
    old.set_ignore_missing(true);
    old.run(&pool).await.expect("migrates to 0002");
    for n in 0..3 {
        let l = listing(n);
        sqlx::query("insert into jobs (id, platform, platform_job_id, title, company, description_raw, status, scraped_at) values ($1, $2, $3, $4, $5, $6, 'matched', $7)")
            .bind(l.job_id(A).as_uuid())
            .bind(l.platform.as_str())
            .bind(&l.platform_job_id)
            .bind(&l.title)
            .bind(&l.company)
            .bind(&l.description_raw)
            .bind(l.scraped_at)
            .execute(&pool)
            .await
            .expect("old row");
    }
    pool.close().await;
    let s = PgStore::open(&url).await.expect("migrates to the latest");
    let jobs = s
        .list_jobs(A, &JobFilter::default(), &PageRequest::default())
        .await
        .expect("lists");
    assert_eq!(jobs.items.len(), 3, "rows backfilled to the single user");
    assert!(jobs
        .items
        .iter()
        .all(|j| j.status == JobStatus::Matched && j.owner_id == A));
    // The new unique key is (owner, platform, platform id): another owner may track the same listing.
    let c = s
        .upsert_jobs(user_b(), &[listing(0)])
        .await
        .expect("ingests");
    assert_eq!(c.inserted, 1);
    let dup = sqlx::query("insert into jobs (owner_id, id, platform, platform_job_id, title, company, description_raw, scraped_at) values ($1, $2, 'seek', 'job-0', 't', 'c', 'd', now())")
        .bind(A.as_uuid())
        .bind(uuid_for_test())
        .execute(s.pool())
        .await;
    assert!(dup.is_err(), "the same owner cannot hold one listing twice");
}

fn uuid_for_test() -> uuid::Uuid {
    JobId::derive(&["dup"]).as_uuid()
}

fn resume() -> Resume {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/resumes/ada-markdown.md"
    ))
    .expect("fixture");
    kairos_core::resume::import_resume(
        &text,
        kairos_core::resume::ResumeFormat::Markdown,
        &kairos_core::resume::ResumeMeta::base(A, t0()),
    )
    .expect("imports")
}

fn tailored_of(base: &Resume) -> TailoredResume {
    let summary = base
        .sections
        .iter()
        .find(|s| s.section_type == SectionType::Summary)
        .expect("summary");
    TailoredResume {
        id: TailoredResumeId::derive(&["t1"]),
        owner_id: A,
        base_resume_id: base.id,
        job_id: listing(1).job_id(A),
        sections: vec![TailoredSection {
            section_id: summary.id,
            section_type: summary.section_type,
            content: SectionContent::Paragraphs {
                paragraphs: vec!["Backend engineer.".into()],
            },
        }],
        diff_summary: vec![],
        approved: false,
        created_at: t0(),
    }
}

#[tokio::test]
async fn resumes_and_tailored_resumes_round_trip() {
    each_backend(|s| async move {
        let base = resume();
        s.put_resume(A, &base).await.expect("stores");
        assert_eq!(s.get_resume(A, base.id).await.expect("found"), base);
        let t = tailored_of(&base);
        s.put_tailored(A, &t).await.expect("stores");
        assert_eq!(
            s.get_tailored(A, t.id).await.expect("found"),
            t,
            "only the changed section is stored"
        );
        let resolved = s.resolve_tailored(A, t.id).await.expect("resolves");
        assert_eq!(resolved.sections.len(), base.sections.len());
        let mut bad = t.clone();
        let edu = base
            .sections
            .iter()
            .find(|x| x.section_type == SectionType::Education)
            .expect("education");
        bad.sections.push(TailoredSection {
            section_id: edu.id,
            section_type: edu.section_type,
            content: edu.content.clone(),
        });
        assert!(
            matches!(s.put_tailored(A, &bad).await, Err(Error::Tailoring { .. })),
            "protected sections are refused"
        );
        // Another owner sees none of it.
        assert!(matches!(
            s.get_resume(user_b(), base.id).await,
            Err(Error::NotFound { .. })
        ));
        assert!(matches!(
            s.get_tailored(user_b(), t.id).await,
            Err(Error::NotFound { .. })
        ));
        let mut theirs = t.clone();
        theirs.owner_id = user_b();
        assert!(
            matches!(
                s.put_tailored(user_b(), &theirs).await,
                Err(Error::NotFound { .. })
            ),
            "B cannot tailor A's base"
        );
    })
    .await;
}

#[tokio::test]
async fn skill_profiles_are_replaced_whole() {
    each_backend(|s| async move {
        let base = resume();
        s.put_resume(A, &base).await.expect("stores");
        let profile = kairos_core::profile::build_profile(
            &base,
            WorkRights::default(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date"),
            kairos_core::analysis::Analyzer::shared(),
        );
        s.replace_skills(A, base.id, &profile.skills)
            .await
            .expect("stores");
        let mut stored = s.list_skills(A, base.id).await.expect("lists");
        let mut expected = profile.skills.clone();
        stored.sort_by(|a, b| a.name.cmp(&b.name));
        expected.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(stored, expected);
        s.replace_skills(A, base.id, &profile.skills[..2])
            .await
            .expect("stores");
        assert_eq!(s.list_skills(A, base.id).await.expect("lists").len(), 2);
        assert!(matches!(
            s.list_skills(user_b(), base.id).await,
            Err(Error::NotFound { .. })
        ));
        assert!(matches!(
            s.replace_skills(user_b(), base.id, &[]).await,
            Err(Error::NotFound { .. })
        ));
    })
    .await;
}

fn application(n: u128, job: JobId) -> Application {
    Application {
        id: ApplicationId::derive(&["app", &n.to_string()]),
        owner_id: A,
        job_id: job,
        tailored_resume_id: None,
        status: ApplicationStatus::Prepared,
        notes: Some("Referred by Sam".into()),
        created_at: t0(),
        updated_at: t0(),
    }
}

#[tokio::test]
async fn applications_carry_their_job_and_race_safely() {
    each_backend(|s| async move {
        let l = listing(1);
        s.upsert_jobs(A, std::slice::from_ref(&l))
            .await
            .expect("ingests");
        let job = l.job_id(A);
        s.transition_job(A, job, JobStatus::New, JobStatus::Analyzed, t0())
            .await
            .expect("moves");
        s.transition_job(A, job, JobStatus::Analyzed, JobStatus::Matched, t0())
            .await
            .expect("moves");
        let a = application(1, job);
        s.create_application(A, &a).await.expect("creates");
        assert!(
            matches!(
                s.create_application(A, &a).await,
                Err(Error::Conflict { .. })
            ),
            "no duplicate"
        );
        let tasks: Vec<_> = (0..8)
            .map(|i| {
                let s = s.clone();
                let id = a.id;
                tokio::spawn(async move {
                    s.transition_application(
                        A,
                        id,
                        ApplicationStatus::Prepared,
                        ApplicationStatus::Submitted,
                        t0() + Duration::seconds(i),
                    )
                    .await
                })
            })
            .collect();
        let mut wins = 0;
        for t in tasks {
            match t.await.expect("task ran") {
                Ok(change) => {
                    wins += 1;
                    assert_eq!(
                        change.job.map(|j| (j.from, j.to)),
                        Some((JobStatus::Matched, JobStatus::Applied))
                    );
                }
                Err(Error::Conflict { .. }) => {}
                Err(other) => panic!("unexpected {other}"),
            }
        }
        assert_eq!(wins, 1);
        assert_eq!(
            s.get_job(A, job).await.expect("found").status,
            JobStatus::Applied
        );
        assert_eq!(
            s.application_history(A, a.id).await.expect("history").len(),
            1
        );
        assert_eq!(
            s.job_history(A, job).await.expect("history").len(),
            3,
            "new→analyzed→matched→applied, no lost rows"
        );
        let got = s.get_application(A, a.id).await.expect("found");
        assert_eq!(
            (got.status, got.notes.as_deref()),
            (ApplicationStatus::Submitted, Some("Referred by Sam"))
        );
        assert_eq!(s.list_applications(A).await.expect("lists").len(), 1);

        // A coupled move the job cannot make is refused whole.
        let l2 = listing(2);
        s.upsert_jobs(A, std::slice::from_ref(&l2))
            .await
            .expect("ingests");
        s.transition_job(A, l2.job_id(A), JobStatus::New, JobStatus::Skipped, t0())
            .await
            .expect("moves");
        let b2 = application(2, l2.job_id(A));
        s.create_application(A, &b2).await.expect("creates");
        let err = s
            .transition_application(
                A,
                b2.id,
                ApplicationStatus::Prepared,
                ApplicationStatus::Submitted,
                t0(),
            )
            .await
            .expect_err("job is skipped");
        assert!(matches!(err, Error::CouplingRefused { .. }), "{err}");
        assert_eq!(
            s.get_application(A, b2.id).await.expect("found").status,
            ApplicationStatus::Prepared,
            "nothing half-written"
        );

        // Another owner sees none of it, method by method.
        let b = user_b();
        assert!(matches!(
            s.get_application(b, a.id).await,
            Err(Error::NotFound { .. })
        ));
        assert!(s.list_applications(b).await.expect("lists").is_empty());
        assert!(matches!(
            s.transition_application(
                b,
                a.id,
                ApplicationStatus::Submitted,
                ApplicationStatus::Interview,
                t0()
            )
            .await,
            Err(Error::NotFound { .. })
        ));
        assert!(matches!(
            s.application_history(b, a.id).await,
            Err(Error::NotFound { .. })
        ));
        let mut theirs = application(3, job);
        theirs.owner_id = b;
        assert!(
            matches!(
                s.create_application(b, &theirs).await,
                Err(Error::NotFound { .. })
            ),
            "B cannot apply with A's job"
        );
    })
    .await;
}

#[tokio::test]
async fn wide_batches_keep_tabs_newlines_and_backslashes() {
    // Large batches of long descriptions full of the characters text formats reserve.
    each_backend(|s| async move {
        let mut batch: Vec<JobListing> = (200..206).map(listing).collect();
        for (i, l) in batch.iter_mut().enumerate() {
            l.description_raw = format!(
                "Tabs\there\\nnot a newline\\\\ but this is:\n\r\n{}{}",
                "x\\y\t".repeat(200_000),
                i
            );
            l.location = None;
        }
        let c = s.upsert_jobs(A, &batch).await.expect("ingests");
        assert_eq!(c.inserted, 6);
        for l in &batch {
            assert_eq!(
                s.get_job(A, l.job_id(A))
                    .await
                    .expect("found")
                    .description_raw,
                l.description_raw
            );
        }
        let again = s.upsert_jobs(A, &batch).await.expect("ingests");
        assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, 6));
        // A change in one wide row is an update of that row alone, with
        // the NULLs and numbers it carries.
        batch[3].description_raw.push_str(" changed");
        batch[3].salary_min = None;
        let changed = s.upsert_jobs(A, &batch).await.expect("ingests");
        assert_eq!(
            (changed.inserted, changed.updated, changed.unchanged),
            (0, 1, 5)
        );
        let job = s.get_job(A, batch[3].job_id(A)).await.expect("found");
        assert_eq!(job.description_raw, batch[3].description_raw);
        assert_eq!((job.salary_min, job.salary_max), (None, Some(150_000)));
        assert_eq!(job.scraped_at, batch[3].scraped_at);
    })
    .await;
}
