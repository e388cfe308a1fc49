//! The store benchmark's Rust side; `scripts/bench-store` drives it with the
//! asyncpg peers so that every figure comes from one run on one server.
//!
//! `bench_store ingest --url URL --rows N --desc BYTES` ingests N listings
//! twice (fresh, then again unchanged) in batches of 10,000 and prints the
//! rows/s of each. `bench_store pages --url URL --rows N` fills a table of N
//! rows (skipped if already full) and prints the latency of a 50-row page at
//! several depths, by keyset and by OFFSET.

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use kairos_core::model::{JobListing, Platform, SINGLE_USER_ID};
use kairos_core::ports::{JobFilter, JobStore, PageRequest};
use kairos_store::Store;

fn listings(n: usize, desc: usize, salt: &str) -> Vec<JobListing> {
    let t0 = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("valid time");
    let body: String =
        "Requirements: Rust, PostgreSQL and Kubernetes. ".repeat(desc / 47 + 1)[..desc].to_owned();
    (0..n)
        .map(|i| JobListing {
            platform: [
                Platform::Seek,
                Platform::LinkedIn,
                Platform::Indeed,
                Platform::Adzuna,
            ][i % 4],
            platform_job_id: format!("{salt}-{i}"),
            title: format!("Engineer {i}"),
            company: format!("Company {}", i % 997),
            location: Some("Sydney NSW".into()),
            salary_min: Some(100_000),
            salary_max: Some(150_000),
            salary_currency: Some("AUD".into()),
            url: None,
            description_raw: body.clone(),
            scraped_at: t0 + Duration::seconds(i as i64),
        })
        .collect()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let url = arg("--url").ok_or("--url needed")?;
    let rows: usize = arg("--rows").map_or(Ok(100_000), |r| r.parse())?;
    let store = Store::open(&url).await?;
    match args.first().map(String::as_str) {
        Some("ingest") => {
            let desc: usize = arg("--desc").map_or(Ok(200), |d| d.parse())?;
            let salt = arg("--salt").unwrap_or_else(|| "b".into());
            let data = listings(rows, desc, &salt);
            let mut out = serde_json::Map::new();
            for pass in ["fresh", "again"] {
                let t = Instant::now();
                for chunk in data.chunks(10_000) {
                    store.upsert_jobs(SINGLE_USER_ID, chunk).await?;
                }
                out.insert(
                    pass.into(),
                    serde_json::json!(rows as f64 / t.elapsed().as_secs_f64()),
                );
            }
            println!("{}", serde_json::Value::Object(out));
        }
        Some("pages") => {
            let have = store
                .list_jobs(
                    SINGLE_USER_ID,
                    &JobFilter::default(),
                    &PageRequest {
                        cursor: None,
                        limit: 1,
                    },
                )
                .await?;
            let Store::Postgres(pg) = &store else {
                return Err("pages needs PostgreSQL".into());
            };
            let count: i64 = sqlx::query_scalar("select count(*) from jobs")
                .fetch_one(pg.pool())
                .await?;
            if (count as usize) < rows || have.items.is_empty() {
                for chunk in listings(rows, 200, "p").chunks(10_000) {
                    store.upsert_jobs(SINGLE_USER_ID, chunk).await?;
                }
                sqlx::query("analyze jobs").execute(pg.pool()).await?;
            }
            let depths = [
                0usize,
                10_000,
                100_000,
                500_000,
                rows.saturating_sub(10_000),
            ];
            // The cursor at each depth: the row just before it.
            let mut cursors = Vec::new();
            for &depth in &depths {
                cursors.push(if depth == 0 {
                    None
                } else {
                    let row: (chrono::DateTime<Utc>, uuid::Uuid) = sqlx::query_as("select scraped_at, id from jobs where owner_id = $1 order by scraped_at desc, id desc offset $2 limit 1")
                        .bind(SINGLE_USER_ID.as_uuid())
                        .bind(depth as i64 - 1)
                        .fetch_one(pg.pool())
                        .await?;
                    Some(encode(&row.0, &row.1))
                });
            }
            // Keyset pages first, depths interleaved within each round after a
            // warm-up round, so every depth is timed in the same cache state
            // (timing the first page alone, first, measured a cold cache).
            let mut keyset = vec![Vec::new(); depths.len()];
            for round in 0..8 {
                for (d, cursor) in cursors.iter().enumerate() {
                    let t = Instant::now();
                    store
                        .list_jobs(
                            SINGLE_USER_ID,
                            &JobFilter::default(),
                            &PageRequest {
                                cursor: cursor.clone(),
                                limit: 50,
                            },
                        )
                        .await?;
                    if round > 0 {
                        keyset[d].push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                }
            }
            // OFFSET pages after, for contrast: a deep OFFSET reads most of the
            // index and would change the cache the keyset pages see.
            let mut offset = vec![Vec::new(); depths.len()];
            for _ in 0..7 {
                for (d, &depth) in depths.iter().enumerate() {
                    let t = Instant::now();
                    let _: Vec<(uuid::Uuid,)> = sqlx::query_as("select id from jobs where owner_id = $1 order by scraped_at desc, id desc offset $2 limit 50")
                        .bind(SINGLE_USER_ID.as_uuid())
                        .bind(depth as i64)
                        .fetch_all(pg.pool())
                        .await?;
                    offset[d].push(t.elapsed().as_secs_f64() * 1000.0);
                }
            }
            let mut out = serde_json::Map::new();
            for (d, depth) in depths.iter().enumerate() {
                keyset[d].sort_by(f64::total_cmp);
                offset[d].sort_by(f64::total_cmp);
                out.insert(
                    depth.to_string(),
                    serde_json::json!({"keyset_ms": keyset[d][3], "offset_ms": offset[d][3]}),
                );
            }
            println!("{}", serde_json::Value::Object(out));
        }
        _ => {
            return Err(
                "usage: bench_store ingest|pages --url URL [--rows N] [--desc BYTES]".into(),
            )
        }
    }
    Ok(())
}

/// The store's own cursor for a row (same encoding as the store's).
fn encode(at: &chrono::DateTime<Utc>, id: &uuid::Uuid) -> String {
    format!("{}|{id}", at.format("%Y-%m-%dT%H:%M:%S%.6fZ"))
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}
