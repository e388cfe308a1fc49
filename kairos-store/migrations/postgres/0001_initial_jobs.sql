-- The service's first table: one row per scraped listing, single user.
create table jobs (
    id uuid primary key,
    platform text not null,
    platform_job_id text not null,
    title text not null,
    company text not null,
    location text,
    salary_min bigint,
    salary_max bigint,
    url text,
    description_raw text not null,
    pr_required boolean,
    citizenship_required boolean,
    visa_sponsorship boolean,
    status text not null default 'new',
    scraped_at timestamptz not null,
    constraint jobs_platform_job_unique unique (platform, platform_job_id)
);
