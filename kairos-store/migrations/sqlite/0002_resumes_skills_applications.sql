-- Base resumes, as their JSON (contact and sections).
create table resumes (
    owner_id text not null,
    id text not null,
    body text not null,
    created_at text not null,
    primary key (owner_id, id)
);

-- Tailored resumes: only their changed sections, resolved over the base on read.
create table tailored_resumes (
    owner_id text not null,
    id text not null,
    base_resume_id text not null,
    job_id text not null,
    body text not null,
    created_at text not null,
    primary key (owner_id, id),
    foreign key (owner_id, base_resume_id) references resumes (owner_id, id) on delete cascade
);
create index tailored_resumes_owner_job on tailored_resumes (owner_id, job_id);

-- The skill profile of a base resume.
create table skill_entries (
    owner_id text not null,
    resume_id text not null,
    name text not null,
    body text not null,
    primary key (owner_id, resume_id, name),
    foreign key (owner_id, resume_id) references resumes (owner_id, id) on delete cascade
);

-- Applications; status and updated_at are the columns, the rest is the body.
create table applications (
    owner_id text not null,
    id text not null,
    job_id text not null,
    status text not null,
    body text not null,
    created_at text not null,
    updated_at text not null,
    primary key (owner_id, id),
    foreign key (owner_id, job_id) references jobs (owner_id, id) on delete cascade
);
create index applications_owner_created on applications (owner_id, created_at desc, id desc);

create table application_status_history (
    owner_id text not null,
    application_id text not null,
    seq integer primary key autoincrement,
    from_status text not null,
    to_status text not null,
    at text not null
);
create index application_status_history_owner_app on application_status_history (owner_id, application_id, seq);
