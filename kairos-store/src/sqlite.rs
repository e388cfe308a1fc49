//! The embedded store: SQLite through sqlx.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kairos_core::model::{JdAnalysis, Job, JobId, JobListing, JobStatus, Platform, UserId, WebUrl};
use kairos_core::ports::{AnalysisStore, JobFilter, JobStore, Page, PageRequest, UpsertCounts};
use kairos_core::status::{StatusChange, StatusMachine};
use kairos_core::{Error, Result};
use serde::Serialize;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteRow,
};
use sqlx::Row;

use crate::codec::{
    bad_value, batch_rows, db_error, decode_cursor, encode_cursor, in_order_given, like_pattern,
    not_found, open_error, parse_enum, parse_ts, ts, unknown_job,
};

/// The embedded store: one SQLite file (or memory), migrated on open.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

const JOB_COLUMNS: &str = "id, platform, platform_job_id, title, company, location, salary_min, salary_max, salary_currency, url, \
     description_raw, pr_required, citizenship_required, visa_sponsorship, status, scraped_at";

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` (`sqlite://path` or
    /// `sqlite::memory:`) and runs pending migrations.
    pub async fn open(url: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| Error::validation("database url", url, e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        // The file is created if missing, its folder is not: say which
        // folder, where SQLite says only that it cannot open the file.
        let folder = options.get_filename().parent();
        if let Some(folder) = folder.filter(|f| !f.as_os_str().is_empty() && !f.is_dir()) {
            return Err(open_error(
                url,
                format!("the folder {} does not exist", folder.display()),
            ));
        }
        // An in-memory database lives in one connection.
        let max = if url.contains(":memory:") { 1 } else { 8 };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .connect_with(options)
            .await
            .map_err(|e| open_error(url, e))?;
        sqlx::migrate!("./migrations/sqlite")
            .run(&pool)
            .await
            .map_err(db_error)?;
        Ok(Self { pool })
    }

    /// The pool, for tests and tools that need raw access.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Closes every connection, waiting for calls under way to finish, so
    /// the database file is released (its write-ahead log checkpointed);
    /// every later call fails with a [`Error::Store`]. Dropping the store
    /// closes it too, but not at a moment the caller chooses.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Starts a transaction that holds the write lock from its first
    /// statement. A plain `BEGIN` reads first and then fails with "database
    /// is locked" when another writer committed in between, instead of
    /// waiting; a no-op write claims the lock (waiting up to the busy
    /// timeout) before anything is read.
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'_, sqlx::Sqlite>> {
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        sqlx::query("update jobs set status = status where 0")
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        Ok(tx)
    }
}

fn enum_col<T: FromStr<Err = Error>>(row: &SqliteRow, table: &str, column: &str) -> Result<T> {
    let value: String = row.try_get(column).map_err(db_error)?;
    parse_enum(table, column, &value)
}

fn flag(v: Option<i64>) -> Option<bool> {
    v.map(|v| v != 0)
}

fn job_from_row(owner: UserId, row: &SqliteRow) -> Result<Job> {
    let id: String = row.try_get("id").map_err(db_error)?;
    let url: Option<String> = row.try_get("url").map_err(db_error)?;
    let scraped_at: String = row.try_get("scraped_at").map_err(db_error)?;
    Ok(Job {
        id: id
            .parse()
            .map_err(|e: Error| bad_value("jobs", "id", &id, &e.to_string()))?,
        owner_id: owner,
        platform: enum_col(row, "jobs", "platform")?,
        platform_job_id: row.try_get("platform_job_id").map_err(db_error)?,
        title: row.try_get("title").map_err(db_error)?,
        company: row.try_get("company").map_err(db_error)?,
        location: row.try_get("location").map_err(db_error)?,
        salary_min: row.try_get("salary_min").map_err(db_error)?,
        salary_max: row.try_get("salary_max").map_err(db_error)?,
        salary_currency: row.try_get("salary_currency").map_err(db_error)?,
        url: url
            .map(|u| WebUrl::new(&u).map_err(|e| bad_value("jobs", "url", &u, &e.to_string())))
            .transpose()?,
        description_raw: row.try_get("description_raw").map_err(db_error)?,
        pr_required: flag(row.try_get("pr_required").map_err(db_error)?),
        citizenship_required: flag(row.try_get("citizenship_required").map_err(db_error)?),
        visa_sponsorship: flag(row.try_get("visa_sponsorship").map_err(db_error)?),
        status: enum_col(row, "jobs", "status")?,
        scraped_at: parse_ts("jobs", "scraped_at", &scraped_at)?,
    })
}

/// A listing as the upsert statement reads it from JSON.
#[derive(Serialize, PartialEq)]
struct ListingRow {
    id: String,
    platform: &'static str,
    platform_job_id: String,
    title: String,
    company: String,
    location: Option<String>,
    salary_min: Option<i64>,
    salary_max: Option<i64>,
    salary_currency: Option<String>,
    url: Option<String>,
    description_raw: String,
    scraped_at: String,
}

#[async_trait]
impl JobStore for SqliteStore {
    async fn upsert_jobs(&self, owner: UserId, listings: &[JobListing]) -> Result<UpsertCounts> {
        for (i, l) in listings.iter().enumerate() {
            l.validate().map_err(|e| match e {
                Error::Validation {
                    field,
                    value,
                    reason,
                } => Error::Validation {
                    field: format!("listings[{i}].{field}"),
                    value,
                    reason,
                },
                other => other,
            })?;
        }
        // The last of duplicate listings in one batch wins.
        let mut rows: Vec<ListingRow> = Vec::with_capacity(listings.len());
        let mut at: HashMap<String, usize> = HashMap::with_capacity(listings.len());
        for l in listings {
            let row = ListingRow {
                id: l.job_id(owner).to_string(),
                platform: l.platform.as_str(),
                platform_job_id: l.platform_job_id.trim().to_owned(),
                title: l.title.clone(),
                company: l.company.clone(),
                location: l.location.clone(),
                salary_min: l.salary_min,
                salary_max: l.salary_max,
                salary_currency: l.salary_currency.clone(),
                url: l.url.as_ref().map(|u| u.as_str().to_owned()),
                description_raw: l.description_raw.clone(),
                scraped_at: ts(&l.scraped_at),
            };
            match at.get(&row.id) {
                Some(&i) => rows[i] = row,
                None => {
                    at.insert(row.id.clone(), rows.len());
                    rows.push(row);
                }
            }
        }
        let batch = serde_json::to_string(&rows).map_err(db_error)?;
        let owner_s = owner.to_string();
        let mut tx = self.begin_write().await?;
        // What is stored now, to count inserts, updates and unchanged rows.
        let existing = sqlx::query(&format!(
            "select {JOB_COLUMNS} from jobs where owner_id = ?1 and id in (select j.value ->> 'id' from json_each(?2) as j)"
        ))
        .bind(&owner_s)
        .bind(&batch)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_error)?;
        let mut counts = UpsertCounts::default();
        let stored_by_id: HashMap<String, &SqliteRow> = existing
            .iter()
            .filter_map(|e| Some((e.try_get::<String, _>("id").ok()?, e)))
            .collect();
        for row in &rows {
            let stored = stored_by_id.get(&row.id);
            match stored {
                None => counts.inserted += 1,
                Some(e) => {
                    let same = |col: &str, v: &Option<String>| {
                        e.try_get::<Option<String>, _>(col).ok().as_ref() == Some(v)
                    };
                    let same_i = |col: &str, v: Option<i64>| {
                        e.try_get::<Option<i64>, _>(col).ok() == Some(v)
                    };
                    let unchanged = same("title", &Some(row.title.clone()))
                        && same("company", &Some(row.company.clone()))
                        && same("location", &row.location)
                        && same_i("salary_min", row.salary_min)
                        && same_i("salary_max", row.salary_max)
                        && same("salary_currency", &row.salary_currency)
                        && same("url", &row.url)
                        && same("description_raw", &Some(row.description_raw.clone()))
                        && same("scraped_at", &Some(row.scraped_at.clone()));
                    if unchanged {
                        counts.unchanged += 1;
                    } else {
                        counts.updated += 1;
                    }
                }
            }
        }
        // One statement for the whole batch; the status and everything else
        // the user set are never touched; a new description makes the analysis stale.
        sqlx::query(
            "insert into jobs (owner_id, id, platform, platform_job_id, title, company, location, salary_min, salary_max, \
                               salary_currency, url, description_raw, scraped_at) \
             select ?1, j.value ->> 'id', j.value ->> 'platform', j.value ->> 'platform_job_id', j.value ->> 'title', \
                    j.value ->> 'company', j.value ->> 'location', j.value ->> 'salary_min', j.value ->> 'salary_max', \
                    j.value ->> 'salary_currency', j.value ->> 'url', j.value ->> 'description_raw', j.value ->> 'scraped_at' \
             from json_each(?2) as j where true \
             on conflict (owner_id, platform, platform_job_id) do update set \
                 title = excluded.title, company = excluded.company, location = excluded.location, \
                 salary_min = excluded.salary_min, salary_max = excluded.salary_max, salary_currency = excluded.salary_currency, \
                 url = excluded.url, scraped_at = excluded.scraped_at, \
                 analysis_stale = jobs.analysis_stale or (jobs.description_raw is not excluded.description_raw), \
                 description_raw = excluded.description_raw \
             where jobs.title is not excluded.title or jobs.company is not excluded.company \
                or jobs.location is not excluded.location or jobs.salary_min is not excluded.salary_min \
                or jobs.salary_max is not excluded.salary_max or jobs.salary_currency is not excluded.salary_currency \
                or jobs.url is not excluded.url or jobs.description_raw is not excluded.description_raw \
                or jobs.scraped_at is not excluded.scraped_at",
        )
        .bind(&owner_s)
        .bind(&batch)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(counts)
    }

    async fn get_job(&self, owner: UserId, id: JobId) -> Result<Job> {
        let row = sqlx::query(&format!(
            "select {JOB_COLUMNS} from jobs where owner_id = ?1 and id = ?2"
        ))
        .bind(owner.to_string())
        .bind(id.to_string())
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?
        .ok_or_else(|| not_found("job", id))?;
        job_from_row(owner, &row)
    }

    async fn list_jobs(
        &self,
        owner: UserId,
        filter: &JobFilter,
        page: &PageRequest,
    ) -> Result<Page<Job>> {
        let limit = match page.limit {
            0 => 50,
            n if n > 500 => return Err(Error::validation("limit", n, "must be at most 500")),
            n => n,
        };
        let (after_at, after_id) = match &page.cursor {
            Some(c) => {
                let (a, i) = decode_cursor(c)?;
                (Some(a), Some(i))
            }
            None => (None, None),
        };
        let rows = sqlx::query(&format!(
            "select {JOB_COLUMNS} from jobs where owner_id = ?1 \
               and (?2 is null or status = ?2) and (?3 is null or platform = ?3) \
               and (?4 is null or title like ?4 escape '\\' or company like ?4 escape '\\') \
               and (?5 is null or exists (select 1 from analyses a where a.owner_id = jobs.owner_id and a.job_id = jobs.id and a.match_score >= ?5)) \
               and (?6 is null or (scraped_at, id) < (?6, ?7)) \
             order by scraped_at desc, id desc limit ?8"
        ))
        .bind(owner.to_string())
        .bind(filter.status.map(JobStatus::as_str))
        .bind(filter.platform.map(Platform::as_str))
        .bind(filter.text.as_deref().map(like_pattern))
        .bind(filter.min_score)
        .bind(after_at)
        .bind(after_id)
        .bind(i64::from(limit) + 1)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        let mut items = rows
            .iter()
            .take(limit as usize)
            .map(|r| job_from_row(owner, r))
            .collect::<Result<Vec<_>>>()?;
        let next = if rows.len() > limit as usize {
            items
                .last()
                .map(|j| encode_cursor(&ts(&j.scraped_at), &j.id.to_string()))
        } else {
            None
        };
        items.truncate(limit as usize);
        Ok(Page { items, next })
    }

    async fn transition_job(
        &self,
        owner: UserId,
        id: JobId,
        from: JobStatus,
        to: JobStatus,
        at: DateTime<Utc>,
    ) -> Result<StatusChange<JobStatus>> {
        let change = from.transition(to, at)?;
        let mut tx = self.begin_write().await?;
        // Conditional on the current status: of two racing moves, one wins.
        let done = sqlx::query(
            "update jobs set status = ?1 where owner_id = ?2 and id = ?3 and status = ?4",
        )
        .bind(to.as_str())
        .bind(owner.to_string())
        .bind(id.to_string())
        .bind(from.as_str())
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        if done.rows_affected() != 1 {
            let current: Option<String> =
                sqlx::query_scalar("select status from jobs where owner_id = ?1 and id = ?2")
                    .bind(owner.to_string())
                    .bind(id.to_string())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
            return Err(match current {
                None => not_found("job", id),
                Some(s) => Error::Conflict {
                    entity: "job",
                    id: id.to_string(),
                    reason: format!("it is `{s}` now, not `{from}`"),
                },
            });
        }
        sqlx::query("insert into job_status_history (owner_id, job_id, from_status, to_status, at) values (?1, ?2, ?3, ?4, ?5)")
            .bind(owner.to_string())
            .bind(id.to_string())
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(ts(&at))
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(change)
    }

    async fn job_history(&self, owner: UserId, id: JobId) -> Result<Vec<StatusChange<JobStatus>>> {
        self.get_job(owner, id).await?;
        let rows = sqlx::query("select from_status, to_status, at from job_status_history where owner_id = ?1 and job_id = ?2 order by seq")
            .bind(owner.to_string())
            .bind(id.to_string())
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter()
            .map(|r| {
                let at: String = r.try_get("at").map_err(db_error)?;
                Ok(StatusChange {
                    from: enum_col(r, "job_status_history", "from_status")?,
                    to: enum_col(r, "job_status_history", "to_status")?,
                    at: parse_ts("job_status_history", "at", &at)?,
                })
            })
            .collect()
    }
}

#[async_trait]
impl AnalysisStore for SqliteStore {
    async fn put_analysis(&self, owner: UserId, analysis: &JdAnalysis) -> Result<()> {
        if analysis.owner_id != owner {
            return Err(not_found("job", analysis.job_id));
        }
        let body = serde_json::to_string(analysis).map_err(db_error)?;
        let mut tx = self.begin_write().await?;
        let job = sqlx::query("update jobs set analysis_stale = 0 where owner_id = ?1 and id = ?2")
            .bind(owner.to_string())
            .bind(analysis.job_id.to_string())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        if job.rows_affected() != 1 {
            return Err(not_found("job", analysis.job_id));
        }
        sqlx::query(
            "insert into analyses (owner_id, job_id, body, match_score, analyzed_at) values (?1, ?2, ?3, ?4, ?5) \
             on conflict (owner_id, job_id) do update set body = excluded.body, match_score = excluded.match_score, analyzed_at = excluded.analyzed_at",
        )
        .bind(owner.to_string())
        .bind(analysis.job_id.to_string())
        .bind(body)
        .bind(analysis.match_score.map(|s| s.get()))
        .bind(ts(&analysis.analyzed_at))
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    async fn put_analyses(
        &self,
        owner: UserId,
        analyses: &[JdAnalysis],
        at: DateTime<Utc>,
    ) -> Result<Vec<JobId>> {
        // Every check that needs no database comes before the transaction.
        let rows = batch_rows(owner, analyses, at)?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let mut batch = Vec::with_capacity(rows.len());
        for &i in &rows {
            let a = &analyses[i];
            batch.push((
                a.job_id.to_string(),
                serde_json::to_string(a).map_err(db_error)?,
                a.match_score.map(|s| s.get()),
                ts(&a.analyzed_at),
            ));
        }
        let owner_id = owner.to_string();
        // The batch goes in as one JSON array of rows, read by `json_each`:
        // four statements whatever its size (a statement a row took 0.2 s
        // for 1,000 jobs, most of it handing each to SQLite's thread).
        let batch = serde_json::to_string(&batch).map_err(db_error)?;
        let mut tx = self.begin_write().await?;
        let found = sqlx::query(
            "update jobs set analysis_stale = 0 where owner_id = ?1 \
             and id in (select value ->> 0 from json_each(?2))",
        )
        .bind(&owner_id)
        .bind(&batch)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        if found.rows_affected() != rows.len() as u64 {
            let have: HashSet<String> = sqlx::query_scalar(
                "select id from jobs where owner_id = ?1 \
                 and id in (select value ->> 0 from json_each(?2))",
            )
            .bind(&owner_id)
            .bind(&batch)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_error)?
            .into_iter()
            .collect();
            return Err(unknown_job(analyses, &rows, |id| {
                have.contains(&id.to_string())
            }));
        }
        sqlx::query(
            "insert into analyses (owner_id, job_id, body, match_score, analyzed_at) \
             select ?1, value ->> 0, value ->> 1, value ->> 2, value ->> 3 from json_each(?2) where true \
             on conflict (owner_id, job_id) do update set body = excluded.body, match_score = excluded.match_score, analyzed_at = excluded.analyzed_at",
        )
        .bind(&owner_id)
        .bind(&batch)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        // Conditional on the status, as `transition_job` is: a job the user
        // has moved on keeps its status.
        let moved: HashSet<String> = sqlx::query_scalar(
            "update jobs set status = ?1 where owner_id = ?2 and status = ?3 \
             and id in (select value ->> 0 from json_each(?4)) returning id",
        )
        .bind(JobStatus::Analyzed.as_str())
        .bind(&owner_id)
        .bind(JobStatus::New.as_str())
        .bind(&batch)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect();
        let moved: Vec<JobId> = in_order_given(analyses)
            .filter(|id| moved.contains(&id.to_string()))
            .collect();
        let moved_ids = serde_json::to_string(&moved).map_err(db_error)?;
        sqlx::query(
            "insert into job_status_history (owner_id, job_id, from_status, to_status, at) \
             select ?1, value, ?2, ?3, ?4 from json_each(?5)",
        )
        .bind(&owner_id)
        .bind(JobStatus::New.as_str())
        .bind(JobStatus::Analyzed.as_str())
        .bind(ts(&at))
        .bind(moved_ids)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(moved)
    }

    async fn get_analysis(&self, owner: UserId, job: JobId) -> Result<JdAnalysis> {
        let body: String =
            sqlx::query_scalar("select body from analyses where owner_id = ?1 and job_id = ?2")
                .bind(owner.to_string())
                .bind(job.to_string())
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?
                .ok_or_else(|| not_found("analysis", job))?;
        serde_json::from_str(&body).map_err(|e| {
            bad_value(
                "analyses",
                "body",
                &body.chars().take(80).collect::<String>(),
                &e.to_string(),
            )
        })
    }

    async fn jobs_needing_analysis(&self, owner: UserId, limit: u32) -> Result<Vec<Job>> {
        let rows = sqlx::query(&format!("select {JOB_COLUMNS} from jobs where owner_id = ?1 and analysis_stale = 1 order by scraped_at desc, id desc limit ?2"))
            .bind(owner.to_string())
            .bind(i64::from(limit.max(1)))
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|r| job_from_row(owner, r)).collect()
    }
}
