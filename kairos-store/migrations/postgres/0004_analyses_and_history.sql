-- What Kairos adds to jobs: the salary currency, and whether the current
-- description still needs analysing.
alter table jobs add column salary_currency text;
alter table jobs add column analysis_stale boolean not null default true;
create index jobs_owner_stale on jobs (owner_id, analysis_stale);

-- Every status change, written with the change itself.
create table job_status_history (
    owner_id uuid not null,
    job_id uuid not null,
    seq bigint generated always as identity,
    from_status text not null,
    to_status text not null,
    at timestamptz not null,
    primary key (owner_id, job_id, seq),
    foreign key (owner_id, job_id) references jobs (owner_id, id) on delete cascade
);

-- One analysis per job; the JdAnalysis as jsonb, the score beside it for filtering.
create table analyses (
    owner_id uuid not null,
    job_id uuid not null,
    body jsonb not null,
    match_score double precision,
    analyzed_at timestamptz not null,
    primary key (owner_id, job_id),
    foreign key (owner_id, job_id) references jobs (owner_id, id) on delete cascade
);
create index analyses_owner_score on analyses (owner_id, match_score);
