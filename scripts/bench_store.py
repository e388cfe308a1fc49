"""Store benchmark: Kairos's batch upsert against the fastest Python paths
on the same PostgreSQL server and schema, in one run.

asyncpg COPY: COPY the batch into a temporary staging table, then one
INSERT ... SELECT ... ON CONFLICT DO UPDATE (what a careful Python service does).
asyncpg row-at-a-time: one INSERT ... ON CONFLICT per listing.
Each database gets Kairos's migrations first, so the schema is identical.
"""
import asyncio, datetime, json, statistics, subprocess, sys, uuid

import asyncpg

admin, rust_bin, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
ROWS, ROW_AT_A_TIME = 100_000, 5_000
OWNER = uuid.UUID("00000000-0000-0000-0000-000000000001")
T0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
UPSERT = """insert into jobs (owner_id, id, platform, platform_job_id, title, company, location, salary_min, salary_max,
    salary_currency, url, description_raw, scraped_at) select * from {src}
    on conflict (owner_id, platform, platform_job_id) do update set title = excluded.title, company = excluded.company,
    location = excluded.location, salary_min = excluded.salary_min, salary_max = excluded.salary_max,
    salary_currency = excluded.salary_currency, url = excluded.url, scraped_at = excluded.scraped_at,
    analysis_stale = jobs.analysis_stale or jobs.description_raw is distinct from excluded.description_raw,
    description_raw = excluded.description_raw
    where (jobs.title, jobs.company, jobs.description_raw, jobs.scraped_at) is distinct from
          (excluded.title, excluded.company, excluded.description_raw, excluded.scraped_at)"""


def rows(n, desc, salt):
    body = ("Requirements: Rust, PostgreSQL and Kubernetes. " * (desc // 47 + 1))[:desc]
    platforms = ["seek", "linkedin", "indeed", "adzuna"]
    return [(OWNER, uuid.uuid5(uuid.NAMESPACE_URL, f"{salt}-{i}"), platforms[i % 4], f"{salt}-{i}", f"Engineer {i}", f"Company {i % 997}",
             "Sydney NSW", 100000, 150000, "AUD", None, body, T0 + datetime.timedelta(seconds=i)) for i in range(n)]


async def fresh_db(name):
    conn = await asyncpg.connect(admin)
    await conn.execute(f"drop database if exists {name}")
    await conn.execute(f"create database {name}")
    await conn.close()
    url = admin.rsplit("/", 1)[0] + "/" + name
    # Kairos's migrations make the schema (the Rust side opens it once).
    subprocess.run([rust_bin, "ingest", "--url", url, "--rows", "1", "--salt", "schema"], check=True, capture_output=True)
    return url


async def copy_path(url, data):
    conn = await asyncpg.connect(url)
    out = {}
    for label in ["fresh", "again"]:
        t = datetime.datetime.now()
        for i in range(0, len(data), 10_000):
            batch = data[i:i + 10_000]
            async with conn.transaction():
                await conn.execute("create temporary table staging (like jobs including defaults) on commit drop")
                await conn.copy_records_to_table("staging", records=batch, columns=[
                    "owner_id", "id", "platform", "platform_job_id", "title", "company", "location", "salary_min", "salary_max",
                    "salary_currency", "url", "description_raw", "scraped_at"])
                await conn.execute(UPSERT.format(src="(select owner_id, id, platform, platform_job_id, title, company, location, salary_min, salary_max, salary_currency, url, description_raw, scraped_at from staging) s"))
        out[label] = len(data) / (datetime.datetime.now() - t).total_seconds()
    await conn.close()
    return out


async def row_path(url, data):
    conn = await asyncpg.connect(url)
    stmt = UPSERT.format(src="(values ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::bigint, $9::bigint, $10, $11, $12, $13::timestamptz)) v")
    t = datetime.datetime.now()
    for r in data:
        await conn.execute(stmt, *r)
    rate = len(data) / (datetime.datetime.now() - t).total_seconds()
    await conn.close()
    return rate


def kairos(url, desc, salt):
    out = subprocess.run([rust_bin, "ingest", "--url", url, "--rows", str(ROWS), "--desc", str(desc), "--salt", salt], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


async def main():
    results = {}
    for desc in (200, 6000):
        k_f, k_a, c_f, c_a, r = [], [], [], [], []
        for n in range(rounds):
            k_url = await fresh_db(f"bench_k_{desc}_{n}")
            k = kairos(k_url, desc, f"k{n}")
            c_url = await fresh_db(f"bench_c_{desc}_{n}")
            c = await copy_path(c_url, rows(ROWS, desc, f"c{n}"))
            r_url = await fresh_db(f"bench_r_{desc}_{n}")
            r.append(await row_path(r_url, rows(ROW_AT_A_TIME, desc, f"r{n}")))
            k_f.append(k["fresh"]); k_a.append(k["again"]); c_f.append(c["fresh"]); c_a.append(c["again"])
        m = statistics.median
        results[desc] = (m(k_f), m(k_a), m(c_f), m(c_a), m(r))
    print(f"PostgreSQL ingest of {ROWS:,} listings (row-at-a-time on {ROW_AT_A_TIME:,}), rows/s, median of {rounds} rounds:")
    print(f"  {'description':>11} {'Kairos fresh':>13} {'again':>9} {'asyncpg COPY fresh':>19} {'again':>9} {'row-at-a-time':>14}  Kairos/COPY  Kairos/row")
    for desc, (kf, ka, cf, ca, r) in results.items():
        print(f"  {desc:>9} B {kf:13,.0f} {ka:9,.0f} {cf:19,.0f} {ca:9,.0f} {r:14,.0f}  {kf/cf:5.2f}x/{ka/ca:4.2f}x  {kf/r:6.1f}x")

asyncio.run(main())
