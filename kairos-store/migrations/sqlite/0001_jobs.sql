-- Jobs a user tracks: one row per owner and listing. Every key and index
-- leads with owner_id, so rows of different owners never mix.
create table jobs (
    owner_id text not null,
    id text not null,
    platform text not null,
    platform_job_id text not null,
    title text not null,
    company text not null,
    location text,
    salary_min integer,
    salary_max integer,
    salary_currency text,
    url text,
    description_raw text not null,
    pr_required integer,
    citizenship_required integer,
    visa_sponsorship integer,
    status text not null default 'new',
    -- RFC 3339, UTC, fixed width (microseconds), so text order is time order.
    scraped_at text not null,
    -- 1 until the current description has been analysed.
    analysis_stale integer not null default 1,
    primary key (owner_id, id),
    unique (owner_id, platform, platform_job_id)
);

-- Keyset pagination: newest first, ties broken by id.
create index jobs_owner_scraped_id on jobs (owner_id, scraped_at desc, id desc);
create index jobs_owner_stale on jobs (owner_id, analysis_stale);

-- Every status change, written with the change itself.
create table job_status_history (
    owner_id text not null,
    job_id text not null,
    seq integer primary key autoincrement,
    from_status text not null,
    to_status text not null,
    at text not null
);
create index job_status_history_owner_job on job_status_history (owner_id, job_id, seq);

-- One analysis per job; the whole JdAnalysis as JSON, the score beside it for filtering.
create table analyses (
    owner_id text not null,
    job_id text not null,
    body text not null,
    match_score real,
    analyzed_at text not null,
    primary key (owner_id, job_id)
);
create index analyses_owner_score on analyses (owner_id, match_score);
