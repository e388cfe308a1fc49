-- Multi-tenant: every job belongs to an owner. Existing rows belong to the
-- single-user owner; keys and indexes now lead with owner_id, so two users
-- may track the same listing and the table can be distributed by owner.
alter table jobs add column owner_id uuid;
update jobs set owner_id = '00000000-0000-0000-0000-000000000001';
alter table jobs alter column owner_id set not null;

alter table jobs drop constraint jobs_platform_job_unique;
alter table jobs add constraint jobs_owner_platform_job_unique unique (owner_id, platform, platform_job_id);

alter table jobs drop constraint jobs_pkey;
alter table jobs add primary key (owner_id, id);

drop index jobs_scraped_at_id;
create index jobs_owner_scraped_at_id on jobs (owner_id, scraped_at desc, id desc);
