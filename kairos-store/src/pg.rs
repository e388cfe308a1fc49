//! The server store: PostgreSQL through sqlx.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kairos_core::model::{JdAnalysis, Job, JobId, JobListing, JobStatus, Platform, UserId, WebUrl};
use kairos_core::ports::{AnalysisStore, JobFilter, JobStore, Page, PageRequest, UpsertCounts};
use kairos_core::status::{StatusChange, StatusMachine};
use kairos_core::{Error, Result};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions, PgRow};
use sqlx::Connection;
use sqlx::Row;
use uuid::Uuid;

use crate::codec::{
    bad_value, batch_rows, db_error, decode_cursor, encode_cursor, in_order_given, like_pattern,
    not_found, open_error, parse_enum, parse_ts, ts, unknown_job,
};
use crate::pg_copy;

/// The migrations, in the service's order (see `migrations/postgres`).
pub static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// The server store: PostgreSQL, migrated on open.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
    /// Whether the server can compress with lz4 (built `--with-lz4`).
    lz4: bool,
}

const JOB_COLUMNS: &str = "id, platform, platform_job_id, title, company, location, salary_min, salary_max, salary_currency, url, \
     description_raw, pr_required, citizenship_required, visa_sponsorship, status, scraped_at";

impl PgStore {
    /// Connects to `url` (`postgres://…`) and runs pending migrations.
    pub async fn open(url: &str) -> Result<Self> {
        let options = PgConnectOptions::from_str(url).map_err(|e| open_error(url, e))?;
        // One connection first: a wrong host, port, password or database is
        // told at once and by its cause, where the pool retried for its 30 s
        // and said only that it had timed out.
        PgConnection::connect_with(&options)
            .await
            .map_err(|e| open_error(url, e))?
            .close()
            .await
            .map_err(|e| open_error(url, e))?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect_with(options)
            .await
            .map_err(|e| open_error(url, e))?;
        MIGRATOR.run(&pool).await.map_err(db_error)?;
        let lz4: bool = sqlx::query_scalar(
            "select coalesce(bool_or('lz4' = any(enumvals)), false) from pg_settings \
             where name = 'default_toast_compression'",
        )
        .fetch_one(&pool)
        .await
        .map_err(db_error)?;
        Ok(Self { pool, lz4 })
    }

    /// The pool, for tests and tools that need raw access.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Closes every connection, waiting for calls under way to finish, so
    /// the server's connection slots are given back now; every later call
    /// fails with a [`Error::Store`].
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn enum_col<T: std::str::FromStr<Err = Error>>(
    row: &PgRow,
    table: &str,
    column: &str,
) -> Result<T> {
    let value: String = row.try_get(column).map_err(db_error)?;
    parse_enum(table, column, &value)
}

fn job_from_row(owner: UserId, row: &PgRow) -> Result<Job> {
    let id: Uuid = row.try_get("id").map_err(db_error)?;
    let url: Option<String> = row.try_get("url").map_err(db_error)?;
    Ok(Job {
        id: JobId::from_uuid(id),
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
        pr_required: row.try_get("pr_required").map_err(db_error)?,
        citizenship_required: row.try_get("citizenship_required").map_err(db_error)?,
        visa_sponsorship: row.try_get("visa_sponsorship").map_err(db_error)?,
        status: enum_col(row, "jobs", "status")?,
        scraped_at: row.try_get("scraped_at").map_err(db_error)?,
    })
}

/// The batch as one array per column, for `unnest`.
#[derive(Default)]
struct Columns {
    id: Vec<Uuid>,
    platform: Vec<String>,
    platform_job_id: Vec<String>,
    title: Vec<String>,
    company: Vec<String>,
    location: Vec<Option<String>>,
    salary_min: Vec<Option<i64>>,
    salary_max: Vec<Option<i64>>,
    salary_currency: Vec<Option<String>>,
    url: Vec<Option<String>>,
    description_raw: Vec<String>,
    scraped_at: Vec<DateTime<Utc>>,
}

/// The `insert` of an upsert, before its rows.
const UPSERT_INSERT: &str =
    "insert into jobs (owner_id, id, platform, platform_job_id, title, company, location, \
     salary_min, salary_max, salary_currency, url, description_raw, scraped_at) ";

/// The rest of an upsert, after its rows. The status and everything the
/// user set are never touched; a new description makes the analysis stale;
/// unchanged rows are not written, so they return nothing.
const UPSERT_ON_CONFLICT: &str = " on conflict (owner_id, platform, platform_job_id) do update set \
     title = excluded.title, company = excluded.company, location = excluded.location, \
     salary_min = excluded.salary_min, salary_max = excluded.salary_max, salary_currency = excluded.salary_currency, \
     url = excluded.url, scraped_at = excluded.scraped_at, \
     analysis_stale = jobs.analysis_stale or jobs.description_raw is distinct from excluded.description_raw, \
     description_raw = excluded.description_raw \
     where (jobs.title, jobs.company, jobs.location, jobs.salary_min, jobs.salary_max, jobs.salary_currency, jobs.url, \
            jobs.description_raw, jobs.scraped_at) \
           is distinct from \
           (excluded.title, excluded.company, excluded.location, excluded.salary_min, excluded.salary_max, \
            excluded.salary_currency, excluded.url, excluded.description_raw, excluded.scraped_at) \
     returning (xmax = 0) as inserted";

impl PgStore {
    /// Upserts a batch in one statement over `unnest` arrays: the fastest
    /// way for the usual batch of a few hundred listings.
    async fn upsert_by_unnest(
        &self,
        owner: UserId,
        batch: &[(JobId, &JobListing)],
    ) -> Result<Vec<PgRow>> {
        let mut c = Columns::default();
        for (id, l) in batch {
            c.id.push(id.as_uuid());
            c.platform.push(l.platform.as_str().to_owned());
            c.platform_job_id.push(l.platform_job_id.trim().to_owned());
            c.title.push(l.title.clone());
            c.company.push(l.company.clone());
            c.location.push(l.location.clone());
            c.salary_min.push(l.salary_min);
            c.salary_max.push(l.salary_max);
            c.salary_currency.push(l.salary_currency.clone());
            c.url.push(l.url.as_ref().map(|u| u.as_str().to_owned()));
            c.description_raw.push(l.description_raw.clone());
            c.scraped_at.push(l.scraped_at);
        }
        let statement = format!(
            "{UPSERT_INSERT} select $1, * from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], \
             $7::text[], $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::text[], $13::timestamptz[]) \
             {UPSERT_ON_CONFLICT}"
        );
        sqlx::query(&statement)
            .bind(owner.as_uuid())
            .bind(&c.id)
            .bind(&c.platform)
            .bind(&c.platform_job_id)
            .bind(&c.title)
            .bind(&c.company)
            .bind(&c.location)
            .bind(&c.salary_min)
            .bind(&c.salary_max)
            .bind(&c.salary_currency)
            .bind(&c.url)
            .bind(&c.description_raw)
            .bind(&c.scraped_at)
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)
    }

    /// Upserts a wide batch by streaming it with COPY into a staging table
    /// and upserting from there, in one transaction (see [`pg_copy`]).
    async fn upsert_by_copy(
        &self,
        owner: UserId,
        batch: &[(JobId, &JobListing)],
    ) -> Result<Vec<PgRow>> {
        /// How much COPY text is sent at a time.
        const CHUNK: usize = 1 << 20;
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        if self.lz4 {
            // Descriptions are compressed once, as they enter the staging
            // table, and keep that compression on their way into `jobs`:
            // lz4 does it several times faster than the default pglz.
            sqlx::query("set local default_toast_compression = 'lz4'")
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        sqlx::query(pg_copy::CREATE_STAGING)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        let mut copy = tx
            .copy_in_raw(pg_copy::COPY_INTO_STAGING)
            .await
            .map_err(db_error)?;
        let mut chunk = Vec::with_capacity(CHUNK + 8192);
        pg_copy::write_header(&mut chunk);
        for (id, l) in batch {
            pg_copy::write_row(&mut chunk, *id, l);
            if chunk.len() >= CHUNK {
                copy.send(std::mem::take(&mut chunk))
                    .await
                    .map_err(db_error)?;
                chunk.reserve(CHUNK + 8192);
            }
        }
        pg_copy::write_trailer(&mut chunk);
        copy.send(chunk).await.map_err(db_error)?;
        copy.finish().await.map_err(db_error)?;
        let statement =
            format!("{UPSERT_INSERT} select $1, * from kairos_job_staging {UPSERT_ON_CONFLICT}");
        let rows = sqlx::query(&statement)
            .bind(owner.as_uuid())
            .fetch_all(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(rows)
    }
}

#[async_trait]
impl JobStore for PgStore {
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
        let mut last: Vec<(JobId, &JobListing)> = Vec::with_capacity(listings.len());
        let mut at: HashMap<JobId, usize> = HashMap::with_capacity(listings.len());
        for l in listings {
            let id = l.job_id(owner);
            match at.get(&id) {
                Some(&i) => last[i].1 = l,
                None => {
                    at.insert(id, last.len());
                    last.push((id, l));
                }
            }
        }
        let description_bytes: usize = last.iter().map(|(_, l)| l.description_raw.len()).sum();
        let returned = if description_bytes >= pg_copy::COPY_FROM_BYTES {
            self.upsert_by_copy(owner, &last).await?
        } else {
            self.upsert_by_unnest(owner, &last).await?
        };
        let inserted = returned
            .iter()
            .filter(|r| r.try_get::<bool, _>("inserted").unwrap_or(false))
            .count() as u64;
        let updated = returned.len() as u64 - inserted;
        Ok(UpsertCounts {
            inserted,
            updated,
            unchanged: last.len() as u64 - inserted - updated,
        })
    }

    async fn get_job(&self, owner: UserId, id: JobId) -> Result<Job> {
        let row = sqlx::query(&format!(
            "select {JOB_COLUMNS} from jobs where owner_id = $1 and id = $2"
        ))
        .bind(owner.as_uuid())
        .bind(id.as_uuid())
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
                let bad = || Error::validation("cursor", c, "is not a cursor this store issued");
                (
                    Some(parse_ts("cursor", "scraped_at", &a).map_err(|_| bad())?),
                    Some(Uuid::parse_str(&i).map_err(|_| bad())?),
                )
            }
            None => (None, None),
        };
        // With a cursor the bound is a plain row comparison, so the planner
        // starts the index scan there rather than filtering from the top.
        let after = if after_at.is_some() {
            "and (scraped_at, id) < ($6, $7::uuid)"
        } else {
            "and $6::timestamptz is null and $7::uuid is null"
        };
        let rows = sqlx::query(&format!(
            "select {JOB_COLUMNS} from jobs where owner_id = $1 \
               and ($2::text is null or status = $2) and ($3::text is null or platform = $3) \
               and ($4::text is null or title ilike $4 or company ilike $4) \
               and ($5::float8 is null or exists (select 1 from analyses a where a.owner_id = jobs.owner_id and a.job_id = jobs.id and a.match_score >= $5)) \
               {after} order by scraped_at desc, id desc limit $8"
        ))
        .bind(owner.as_uuid())
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
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        // Conditional on the current status: of two racing moves, one wins.
        let done = sqlx::query(
            "update jobs set status = $1 where owner_id = $2 and id = $3 and status = $4",
        )
        .bind(to.as_str())
        .bind(owner.as_uuid())
        .bind(id.as_uuid())
        .bind(from.as_str())
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        if done.rows_affected() != 1 {
            let current: Option<String> =
                sqlx::query_scalar("select status from jobs where owner_id = $1 and id = $2")
                    .bind(owner.as_uuid())
                    .bind(id.as_uuid())
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
        sqlx::query("insert into job_status_history (owner_id, job_id, from_status, to_status, at) values ($1, $2, $3, $4, $5)")
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        tx.commit().await.map_err(db_error)?;
        Ok(change)
    }

    async fn job_history(&self, owner: UserId, id: JobId) -> Result<Vec<StatusChange<JobStatus>>> {
        self.get_job(owner, id).await?;
        let rows = sqlx::query("select from_status, to_status, at from job_status_history where owner_id = $1 and job_id = $2 order by seq")
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter()
            .map(|r| {
                Ok(StatusChange {
                    from: enum_col(r, "job_status_history", "from_status")?,
                    to: enum_col(r, "job_status_history", "to_status")?,
                    at: r.try_get("at").map_err(db_error)?,
                })
            })
            .collect()
    }
}

#[async_trait]
impl AnalysisStore for PgStore {
    async fn put_analysis(&self, owner: UserId, analysis: &JdAnalysis) -> Result<()> {
        if analysis.owner_id != owner {
            return Err(not_found("job", analysis.job_id));
        }
        let body = serde_json::to_value(analysis).map_err(db_error)?;
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        let job =
            sqlx::query("update jobs set analysis_stale = false where owner_id = $1 and id = $2")
                .bind(owner.as_uuid())
                .bind(analysis.job_id.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        if job.rows_affected() != 1 {
            return Err(not_found("job", analysis.job_id));
        }
        sqlx::query(
            "insert into analyses (owner_id, job_id, body, match_score, analyzed_at) values ($1, $2, $3, $4, $5) \
             on conflict (owner_id, job_id) do update set body = excluded.body, match_score = excluded.match_score, analyzed_at = excluded.analyzed_at",
        )
        .bind(owner.as_uuid())
        .bind(analysis.job_id.as_uuid())
        .bind(sqlx::types::Json(body))
        .bind(analysis.match_score.map(|s| s.get()))
        .bind(analysis.analyzed_at)
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
        let rows = batch_rows(owner, analyses, at)?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<Uuid> = rows.iter().map(|&i| analyses[i].job_id.as_uuid()).collect();
        let bodies = rows
            .iter()
            .map(|&i| serde_json::to_value(&analyses[i]).map(sqlx::types::Json))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(db_error)?;
        let scores: Vec<Option<f64>> = rows
            .iter()
            .map(|&i| analyses[i].match_score.map(|s| s.get()))
            .collect();
        let analyzed_at: Vec<DateTime<Utc>> =
            rows.iter().map(|&i| analyses[i].analyzed_at).collect();

        // Three statements for the whole batch, whatever its size.
        let mut tx = self.pool.begin().await.map_err(db_error)?;
        let found = sqlx::query(
            "update jobs set analysis_stale = false where owner_id = $1 and id = any($2)",
        )
        .bind(owner.as_uuid())
        .bind(&ids)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        if found.rows_affected() != ids.len() as u64 {
            let have: HashSet<Uuid> =
                sqlx::query_scalar("select id from jobs where owner_id = $1 and id = any($2)")
                    .bind(owner.as_uuid())
                    .bind(&ids)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(db_error)?
                    .into_iter()
                    .collect();
            return Err(unknown_job(analyses, &rows, |id| {
                have.contains(&id.as_uuid())
            }));
        }
        sqlx::query(
            "insert into analyses (owner_id, job_id, body, match_score, analyzed_at) \
             select $1, job_id, body, match_score, analyzed_at \
             from unnest($2::uuid[], $3::jsonb[], $4::float8[], $5::timestamptz[]) as a (job_id, body, match_score, analyzed_at) \
             on conflict (owner_id, job_id) do update set body = excluded.body, match_score = excluded.match_score, analyzed_at = excluded.analyzed_at",
        )
        .bind(owner.as_uuid())
        .bind(&ids)
        .bind(&bodies)
        .bind(&scores)
        .bind(&analyzed_at)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        // Conditional on the status, as `transition_job` is: a job the user
        // has moved on keeps its status.
        let moved: HashSet<Uuid> = sqlx::query_scalar(
            "with moved as (update jobs set status = $1 where owner_id = $2 and id = any($3) and status = $4 returning id) \
             insert into job_status_history (owner_id, job_id, from_status, to_status, at) \
             select $2, id, $4, $1, $5 from moved returning job_id",
        )
        .bind(JobStatus::Analyzed.as_str())
        .bind(owner.as_uuid())
        .bind(&ids)
        .bind(JobStatus::New.as_str())
        .bind(at)
        .fetch_all(&mut *tx)
        .await
        .map_err(db_error)?
        .into_iter()
        .collect();
        tx.commit().await.map_err(db_error)?;
        Ok(in_order_given(analyses)
            .filter(|id| moved.contains(&id.as_uuid()))
            .collect())
    }

    async fn get_analysis(&self, owner: UserId, job: JobId) -> Result<JdAnalysis> {
        let body: sqlx::types::Json<serde_json::Value> =
            sqlx::query_scalar("select body from analyses where owner_id = $1 and job_id = $2")
                .bind(owner.as_uuid())
                .bind(job.as_uuid())
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?
                .ok_or_else(|| not_found("analysis", job))?;
        serde_json::from_value(body.0.clone()).map_err(|e| {
            bad_value(
                "analyses",
                "body",
                &body.0.to_string().chars().take(80).collect::<String>(),
                &e.to_string(),
            )
        })
    }

    async fn jobs_needing_analysis(&self, owner: UserId, limit: u32) -> Result<Vec<Job>> {
        let rows = sqlx::query(&format!("select {JOB_COLUMNS} from jobs where owner_id = $1 and analysis_stale order by scraped_at desc, id desc limit $2"))
            .bind(owner.as_uuid())
            .bind(i64::from(limit.max(1)))
            .fetch_all(&self.pool)
            .await
            .map_err(db_error)?;
        rows.iter().map(|r| job_from_row(owner, r)).collect()
    }
}
