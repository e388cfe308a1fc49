-- Base resumes, as their JSON (contact and sections).
create table resumes (
    owner_id uuid not null,
    id uuid not null,
    body jsonb not null,
    created_at timestamptz not null,
    primary key (owner_id, id)
);

-- Tailored resumes: only their changed sections, resolved over the base on read.
create table tailored_resumes (
    owner_id uuid not null,
    id uuid not null,
    base_resume_id uuid not null,
    job_id uuid not null,
    body jsonb not null,
    created_at timestamptz not null,
    primary key (owner_id, id),
    foreign key (owner_id, base_resume_id) references resumes (owner_id, id) on delete cascade
);
create index tailored_resumes_owner_job on tailored_resumes (owner_id, job_id);

-- The skill profile of a base resume.
create table skill_entries (
    owner_id uuid not null,
    resume_id uuid not null,
    name text not null,
    body jsonb not null,
    primary key (owner_id, resume_id, name),
    foreign key (owner_id, resume_id) references resumes (owner_id, id) on delete cascade
);

-- Applications; status and updated_at are the columns, the rest is the body.
create table applications (
    owner_id uuid not null,
    id uuid not null,
    job_id uuid not null,
    status text not null,
    body jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (owner_id, id),
    foreign key (owner_id, job_id) references jobs (owner_id, id) on delete cascade
);
create index applications_owner_created on applications (owner_id, created_at desc, id desc);

create table application_status_history (
    owner_id uuid not null,
    application_id uuid not null,
    seq bigint generated always as identity,
    from_status text not null,
    to_status text not null,
    at timestamptz not null,
    primary key (owner_id, application_id, seq),
    foreign key (owner_id, application_id) references applications (owner_id, id) on delete cascade
);
