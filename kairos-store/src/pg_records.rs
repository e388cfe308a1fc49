//! Resumes, skill profiles and applications on PostgreSQL.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kairos_core::model::{
    Application, ApplicationId, ApplicationStatus, JobStatus, Resume, ResumeId, SkillEntry,
    TailoredResume, TailoredResumeId, UserId,
};
use kairos_core::ports::{ApplicationStore, ResumeStore, SkillStore};
use kairos_core::resume::validate_tailoring;
use kairos_core::status::{transition_application, CoupledChange, StatusChange};
use kairos_core::{Error, Result};
use sqlx::Row;
use uuid::Uuid;

use crate::codec::{db_error, decode_body, encode_body, not_found, parse_enum};
use crate::PgStore;

#[async_trait]
impl ResumeStore for PgStore {
    async fn put_resume(&self, owner: UserId, resume: &Resume) -> Result<()> {
        if resume.owner_id != owner {
            return Err(not_found("resume", resume.id));
        }
        sqlx::query("insert into resumes (owner_id, id, body, created_at) values ($1, $2, $3::jsonb, $4) on conflict (owner_id, id) do update set body = excluded.body")
            .bind(owner.as_uuid())
            .bind(resume.id.as_uuid())
            .bind(encode_body(resume)?)
            .bind(resume.created_at)
            .execute(self.pool())
            .await
            .map_err(db_error)?;
        Ok(())
    }

    async fn get_resume(&self, owner: UserId, id: ResumeId) -> Result<Resume> {
        let body: String =
            sqlx::query_scalar("select body::text from resumes where owner_id = $1 and id = $2")
                .bind(owner.as_uuid())
                .bind(id.as_uuid())
                .fetch_optional(self.pool())
                .await
                .map_err(db_error)?
                .ok_or_else(|| not_found("resume", id))?;
        decode_body("resumes", &body)
    }

    async fn put_tailored(&self, owner: UserId, tailored: &TailoredResume) -> Result<()> {
        if tailored.owner_id != owner {
            return Err(not_found("resume", tailored.base_resume_id));
        }
        let base = self.get_resume(owner, tailored.base_resume_id).await?;
        validate_tailoring(&base, tailored)?;
        sqlx::query(
            "insert into tailored_resumes (owner_id, id, base_resume_id, job_id, body, created_at) values ($1, $2, $3, $4, $5::jsonb, $6) \
             on conflict (owner_id, id) do update set body = excluded.body",
        )
        .bind(owner.as_uuid())
        .bind(tailored.id.as_uuid())
        .bind(tailored.base_resume_id.as_uuid())
        .bind(tailored.job_id.as_uuid())
        .bind(encode_body(tailored)?)
        .bind(tailored.created_at)
        .execute(self.pool())
        .await
        .map_err(db_error)?;
        Ok(())
    }

    async fn get_tailored(&self, owner: UserId, id: TailoredResumeId) -> Result<TailoredResume> {
        let body: String = sqlx::query_scalar(
            "select body::text from tailored_resumes where owner_id = $1 and id = $2",
        )
        .bind(owner.as_uuid())
        .bind(id.as_uuid())
        .fetch_optional(self.pool())
        .await
        .map_err(db_error)?
        .ok_or_else(|| not_found("tailored resume", id))?;
        decode_body("tailored_resumes", &body)
    }
}

#[async_trait]
impl SkillStore for PgStore {
    async fn replace_skills(
        &self,
        owner: UserId,
        resume: ResumeId,
        entries: &[SkillEntry],
    ) -> Result<()> {
        self.get_resume(owner, resume).await?;
        if let Some(e) = entries
            .iter()
            .find(|e| e.owner_id != owner || e.resume_id != resume)
        {
            return Err(Error::validation(
                "skill entry",
                &e.name,
                "belongs to another owner or resume",
            ));
        }
        let names: Vec<String> = entries.iter().map(|e| e.name.clone()).collect();
        let bodies: Vec<String> = entries.iter().map(encode_body).collect::<Result<_>>()?;
        let mut tx = self.pool().begin().await.map_err(db_error)?;
        sqlx::query("delete from skill_entries where owner_id = $1 and resume_id = $2")
            .bind(owner.as_uuid())
            .bind(resume.as_uuid())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        sqlx::query(
            "insert into skill_entries (owner_id, resume_id, name, body) \
             select $1, $2, n, b::jsonb from unnest($3::text[], $4::text[]) as t(n, b) \
             on conflict (owner_id, resume_id, name) do update set body = excluded.body",
        )
        .bind(owner.as_uuid())
        .bind(resume.as_uuid())
        .bind(&names)
        .bind(&bodies)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
        tx.commit().await.map_err(db_error)
    }

    async fn list_skills(&self, owner: UserId, resume: ResumeId) -> Result<Vec<SkillEntry>> {
        self.get_resume(owner, resume).await?;
        let bodies: Vec<String> = sqlx::query_scalar("select body::text from skill_entries where owner_id = $1 and resume_id = $2 order by name")
            .bind(owner.as_uuid())
            .bind(resume.as_uuid())
            .fetch_all(self.pool())
            .await
            .map_err(db_error)?;
        bodies
            .iter()
            .map(|b| decode_body("skill_entries", b))
            .collect()
    }
}

fn application_from_row(row: &sqlx::postgres::PgRow) -> Result<Application> {
    let body: String = row.try_get("body").map_err(db_error)?;
    let status: String = row.try_get("status").map_err(db_error)?;
    let mut a: Application = decode_body("applications", &body)?;
    a.status = parse_enum("applications", "status", &status)?;
    a.updated_at = row.try_get("updated_at").map_err(db_error)?;
    Ok(a)
}

#[async_trait]
impl ApplicationStore for PgStore {
    async fn create_application(&self, owner: UserId, a: &Application) -> Result<()> {
        if a.owner_id != owner {
            return Err(not_found("job", a.job_id));
        }
        if a.status != ApplicationStatus::Prepared {
            return Err(Error::validation(
                "status",
                a.status.as_str(),
                "a new application starts as `prepared`",
            ));
        }
        let job: Option<String> =
            sqlx::query_scalar("select status from jobs where owner_id = $1 and id = $2")
                .bind(owner.as_uuid())
                .bind(a.job_id.as_uuid())
                .fetch_optional(self.pool())
                .await
                .map_err(db_error)?;
        job.ok_or_else(|| not_found("job", a.job_id))?;
        if let Some(t) = a.tailored_resume_id {
            self.get_tailored(owner, t).await?;
        }
        let done = sqlx::query(
            "insert into applications (owner_id, id, job_id, status, body, created_at, updated_at) values ($1, $2, $3, $4, $5::jsonb, $6, $7) \
             on conflict (owner_id, id) do nothing",
        )
        .bind(owner.as_uuid())
        .bind(a.id.as_uuid())
        .bind(a.job_id.as_uuid())
        .bind(a.status.as_str())
        .bind(encode_body(a)?)
        .bind(a.created_at)
        .bind(a.updated_at)
        .execute(self.pool())
        .await
        .map_err(db_error)?;
        if done.rows_affected() != 1 {
            return Err(Error::Conflict {
                entity: "application",
                id: a.id.to_string(),
                reason: "it already exists".into(),
            });
        }
        Ok(())
    }

    async fn get_application(&self, owner: UserId, id: ApplicationId) -> Result<Application> {
        let row = sqlx::query("select status, body::text as body, updated_at from applications where owner_id = $1 and id = $2")
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .fetch_optional(self.pool())
            .await
            .map_err(db_error)?
            .ok_or_else(|| not_found("application", id))?;
        application_from_row(&row)
    }

    async fn list_applications(&self, owner: UserId) -> Result<Vec<Application>> {
        let rows = sqlx::query("select status, body::text as body, updated_at from applications where owner_id = $1 order by created_at desc, id desc")
            .bind(owner.as_uuid())
            .fetch_all(self.pool())
            .await
            .map_err(db_error)?;
        rows.iter().map(application_from_row).collect()
    }

    async fn transition_application(
        &self,
        owner: UserId,
        id: ApplicationId,
        from: ApplicationStatus,
        to: ApplicationStatus,
        at: DateTime<Utc>,
    ) -> Result<CoupledChange> {
        let mut tx = self.pool().begin().await.map_err(db_error)?;
        let row = sqlx::query(
            "select a.status as app_status, a.job_id, j.status as job_status from applications a \
             join jobs j on j.owner_id = a.owner_id and j.id = a.job_id where a.owner_id = $1 and a.id = $2",
        )
        .bind(owner.as_uuid())
        .bind(id.as_uuid())
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_error)?
        .ok_or_else(|| not_found("application", id))?;
        let current: String = row.try_get("app_status").map_err(db_error)?;
        let job_id: Uuid = row.try_get("job_id").map_err(db_error)?;
        let job_status: JobStatus = parse_enum(
            "jobs",
            "status",
            &row.try_get::<String, _>("job_status").map_err(db_error)?,
        )?;
        if current != from.as_str() {
            return Err(Error::Conflict {
                entity: "application",
                id: id.to_string(),
                reason: format!("it is `{current}` now, not `{from}`"),
            });
        }
        let change = transition_application(from, to, job_status, at)?;
        let moved = sqlx::query("update applications set status = $1, updated_at = $2 where owner_id = $3 and id = $4 and status = $5")
            .bind(to.as_str())
            .bind(at)
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .bind(from.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        if moved.rows_affected() != 1 {
            return Err(Error::Conflict {
                entity: "application",
                id: id.to_string(),
                reason: format!("it is no longer `{from}`"),
            });
        }
        sqlx::query("insert into application_status_history (owner_id, application_id, from_status, to_status, at) values ($1, $2, $3, $4, $5)")
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
        if let Some(j) = change.job {
            let moved = sqlx::query(
                "update jobs set status = $1 where owner_id = $2 and id = $3 and status = $4",
            )
            .bind(j.to.as_str())
            .bind(owner.as_uuid())
            .bind(job_id)
            .bind(j.from.as_str())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            if moved.rows_affected() != 1 {
                return Err(Error::Conflict {
                    entity: "job",
                    id: job_id.to_string(),
                    reason: format!("it is no longer `{}`", j.from),
                });
            }
            sqlx::query("insert into job_status_history (owner_id, job_id, from_status, to_status, at) values ($1, $2, $3, $4, $5)")
                .bind(owner.as_uuid())
                .bind(job_id)
                .bind(j.from.as_str())
                .bind(j.to.as_str())
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
        }
        tx.commit().await.map_err(db_error)?;
        Ok(change)
    }

    async fn application_history(
        &self,
        owner: UserId,
        id: ApplicationId,
    ) -> Result<Vec<StatusChange<ApplicationStatus>>> {
        self.get_application(owner, id).await?;
        let rows = sqlx::query("select from_status, to_status, at from application_status_history where owner_id = $1 and application_id = $2 order by seq")
            .bind(owner.as_uuid())
            .bind(id.as_uuid())
            .fetch_all(self.pool())
            .await
            .map_err(db_error)?;
        rows.iter()
            .map(|r| {
                let get = |c: &str| r.try_get::<String, _>(c).map_err(db_error);
                Ok(StatusChange {
                    from: parse_enum(
                        "application_status_history",
                        "from_status",
                        &get("from_status")?,
                    )?,
                    to: parse_enum(
                        "application_status_history",
                        "to_status",
                        &get("to_status")?,
                    )?,
                    at: r.try_get("at").map_err(db_error)?,
                })
            })
            .collect()
    }
}
