-- Keyset pagination on (scraped_at, id), newest first.
create index jobs_scraped_at_id on jobs (scraped_at desc, id desc);
