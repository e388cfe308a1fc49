#!/usr/bin/env python3
"""Writes the quickstart's made-up sample listings, or N more for timing runs.

    scripts/gen_listings.py                      rewrite examples/data/ (seeded: same bytes every time)
    scripts/gen_listings.py --count 1000 FILE    N listings as JSON lines, for the 1,000-listing timing

Every company, person and listing here is invented; nothing is copied from a
real job board or from ../shared/data. The hand-written first scrape
(examples/data/scrape-2026-11-20.jsonl, first ten lines) is kept as it is and
the generated listings are appended after a marker line count.

The sample covers what the quickstart must show: SEEK, LinkedIn, Indeed and
Adzuna wording; Australian, New Zealand, UK and US work-rights phrases;
salaries as ranges, `k`, `+ super`, hourly, daily and monthly; three jobs
listed on two boards (cross-platform duplicates); one listing that changed
between two scrapes; and a JobSpy CSV with rows from boards Kairos does not
track (counted and skipped).
"""

import csv
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
HAND_WRITTEN = 10

ARCHETYPES = {
    "rust": ("Rust Engineer", ["Rust", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "gRPC"], ["Go", "Terraform", "Tokio"]),
    "go": ("Backend Engineer (Go)", ["Go", "PostgreSQL", "Redis", "Docker", "REST APIs"], ["Kubernetes", "gRPC", "Terraform"]),
    "python": ("Python Developer", ["Python", "Django", "PostgreSQL", "Celery", "AWS"], ["FastAPI", "Redis", "Docker"]),
    "java": ("Java Developer", ["Java", "Spring Boot", "Oracle", "Maven", "JUnit"], ["Kafka", "Microservices", "Jenkins"]),
    "dotnet": (".NET Developer", ["C#", ".NET", "SQL Server", "Azure", "Entity Framework"], ["Blazor", "Azure DevOps"]),
    "frontend": ("Frontend Developer", ["React", "TypeScript", "CSS", "HTML", "Jest"], ["Next.js", "GraphQL", "Storybook"]),
    "data": ("Data Engineer", ["Python", "SQL", "Apache Spark", "Airflow", "dbt"], ["Snowflake", "Kafka", "Terraform"]),
    "ml": ("Machine Learning Engineer", ["Python", "PyTorch", "scikit-learn", "SQL", "Docker"], ["Kubernetes", "MLflow", "AWS"]),
    "platform": ("Platform Engineer", ["Kubernetes", "Terraform", "AWS", "Helm", "GitHub Actions"], ["Go", "Prometheus", "Grafana"]),
    "sre": ("Site Reliability Engineer", ["Linux", "Kubernetes", "Prometheus", "Grafana", "Python"], ["Go", "Terraform", "PostgreSQL"]),
    "ios": ("iOS Developer", ["Swift", "SwiftUI", "Xcode", "Core Data"], ["Kotlin", "Firebase"]),
    "android": ("Android Developer", ["Kotlin", "Jetpack Compose", "Android SDK", "Gradle"], ["Java", "Firebase"]),
    "security": ("Security Engineer", ["AWS", "Terraform", "Python", "Splunk", "Linux"], ["Kubernetes", "Go"]),
    "qa": ("QA Automation Engineer", ["Selenium", "Cypress", "JavaScript", "Jenkins"], ["Playwright", "Docker"]),
}

SENIORITY = ["", "Senior ", "Senior ", "Lead ", "Junior ", "Staff ", ""]
PREFIXES = ["Harbour", "Wattle", "Southern Cross", "Banksia", "Koorong", "Ironbark", "Saltwater", "Magpie",
            "Granite", "Bluegum", "Kestrel", "Lyrebird", "Quokka", "Riverbend", "Sandstone", "Tasman"]
SUFFIXES = ["Labs", "Software", "Logistics", "Health", "Energy", "Retail Group", "Insurance", "Games", "Analytics",
            "Telecom", "Bank", "Learning", "Property", "Media"]
LEGAL = [" Pty Ltd", "", "", " Ltd", ""]
AU_CITIES = ["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Perth WA", "Adelaide SA", "Canberra ACT", "Hobart TAS",
             "Remote (Australia)"]
ELSEWHERE = [("Auckland", "NZ"), ("Wellington", "NZ"), ("London", "UK"), ("Manchester", "UK"), ("Austin, TX", "US"),
             ("Seattle, WA", "US"), ("Toronto, ON", "CA")]

RIGHTS = {
    "AU": ["You must have full working rights in Australia.",
           "Applicants must be Australian citizens or permanent residents.",
           "Australian citizenship is required for this role.",
           "Applicants must be Australian citizens able to obtain an NV1 security clearance.",
           "We are unable to sponsor visas for this role.",
           "Visa sponsorship is available for the right candidate.",
           ""],
    "NZ": ["You must have the right to work in New Zealand.", "Sponsorship is available.", ""],
    "UK": ["You must have the right to work in the UK; we cannot offer sponsorship.",
           "Visa sponsorship is available.", ""],
    "US": ["Must be a U.S. citizen with an active Secret clearance.",
           "We are unable to sponsor or take over sponsorship of an employment visa at this time.",
           "Candidates must be authorized to work in the United States.", ""],
    "CA": ["Must be legally entitled to work in Canada.", ""],
}
CURRENCY = {"AU": ("AUD", "$"), "NZ": ("NZD", "NZ$"), "UK": ("GBP", "£"), "US": ("USD", "US$"), "CA": ("CAD", "CA$")}

REQ_HEADINGS = ["What you'll bring", "Requirements:", "Essential criteria", "Must have", "About you",
                "Key skills and experience"]
NICE_HEADINGS = ["Nice to have", "Bonus points", "Desirable", "Nice to have:"]
INTROS = ["We're growing our engineering team and looking for a {t} to join us.",
          "Join a small, friendly team building products used by thousands of Australians every day.",
          "This is a permanent full-time role with flexible hybrid working.",
          "We're a profitable scale-up with a calm engineering culture and no on-call heroics.",
          "Our platform team keeps {n} services running for customers across the region."]
BENEFITS = ["Benefits\n- Flexible hours and hybrid work\n- Learning budget of ${b} a year",
            "What we offer\n- Extra leave around the holidays\n- Paid parental leave",
            "Perks\n- Salary packaging\n- A quiet office near the train"]


def company(rng):
    return f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)}{rng.choice(LEGAL)}"


def place(rng, country_bias=0.85):
    if rng.random() < country_bias:
        return rng.choice(AU_CITIES), "AU"
    return rng.choice(ELSEWHERE)


def salary(rng, country, senior):
    """A salary line in one of several shapes, and the structured fields a board would give."""
    code, sym = CURRENCY[country]
    base = rng.randrange(90, 150, 5) + (40 if senior else 0)
    shape = rng.choice(["range", "k", "super", "hour", "day", "none", "up to"])
    if shape == "range":
        return f"{sym}{base},000 - {sym}{base + 20},000", (base * 1000, (base + 20) * 1000, code)
    if shape == "k":
        return f"{sym}{base}k–{base + 15}k", (base * 1000, (base + 15) * 1000, code)
    if shape == "super":
        return f"{sym}{base},000 + super", (base * 1000, None, code)
    if shape == "hour":
        rate = base // 2
        return f"{sym}{rate} - {sym}{rate + 10} per hour", (None, None, None)
    if shape == "day":
        return f"{sym}{base * 7} per day", (None, None, None)
    if shape == "up to":
        return f"Up to {sym}{base + 25},000 package", (None, (base + 25) * 1000, code)
    return "", (None, None, None)


def describe(rng, arch, title, country):
    _, required, preferred = ARCHETYPES[arch]
    req = rng.sample(required, k=min(len(required), rng.randint(3, 5)))
    pref = rng.sample(preferred, k=rng.randint(1, len(preferred)))
    years = rng.choice([2, 3, 4, 5, 6])
    lines = [rng.choice(INTROS).format(t=title, n=rng.randint(20, 200)), "", rng.choice(REQ_HEADINGS)]
    lines.append(f"- {years}+ years of experience with {req[0]}")
    lines += [f"- {s}" for s in req[1:]]
    lines += ["", rng.choice(NICE_HEADINGS)] + [f"- {s}" for s in pref]
    money, fields = salary(rng, country, "Senior" in title or "Lead" in title or "Staff" in title)
    tail = [rng.choice(RIGHTS[country]), money, rng.choice(BENEFITS).format(b=rng.choice([1000, 1500, 2000]))]
    return "\n".join(lines + [""] + [t for t in tail if t]), fields


def listing(rng, platform, pid, scraped_at, arch=None, country_bias=0.85):
    arch = arch or rng.choice(list(ARCHETYPES))
    title = rng.choice(SENIORITY) + ARCHETYPES[arch][0]
    location, country = place(rng, country_bias)
    description, (lo, hi, cur) = describe(rng, arch, title, country)
    return {
        "platform": platform, "platform_job_id": pid, "title": title, "company": company(rng),
        "location": location, "salary_min": lo, "salary_max": hi, "salary_currency": cur,
        "url": URLS[platform].format(pid), "description_raw": description, "scraped_at": scraped_at,
    }


URLS = {
    "seek": "https://www.seek.com.au/job/{}",
    "linkedin": "https://www.linkedin.com/jobs/view/{}",
    "indeed": "https://au.indeed.com/viewjob?jk={}",
    "adzuna": "https://www.adzuna.com.au/details/{}",
}


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


JOBSPY_COLUMNS = ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted",
                  "job_type", "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote",
                  "job_level", "job_function", "listing_type", "emails", "description", "company_industry",
                  "company_url", "company_logo", "company_url_direct", "company_addresses", "company_num_employees",
                  "company_revenue", "company_description"]
SITE_PREFIX = {"indeed": "in-", "linkedin": "li-", "glassdoor": "gd-", "zip_recruiter": "zr-"}


def jobspy_row(rng, site, pid, job=None, interval=None):
    """One JobSpy export row; `job` reuses a listing (a duplicate on another board)."""
    job = job or listing(rng, "indeed" if site == "indeed" else "linkedin", pid, "", country_bias=0.7)
    url = {"indeed": f"https://au.indeed.com/viewjob?jk={pid}", "linkedin": f"https://www.linkedin.com/jobs/view/{pid}",
           "glassdoor": f"https://www.glassdoor.com.au/job-listing/{pid}",
           "zip_recruiter": f"https://www.ziprecruiter.com/jobs/{pid}"}[site]
    lo, hi = job["salary_min"], job["salary_max"]
    interval = interval or ("yearly" if lo or hi else "")
    if interval == "hourly":
        lo, hi = rng.randrange(60, 90, 5), rng.randrange(95, 120, 5)
    elif interval == "daily":
        lo, hi = rng.randrange(700, 900, 50), rng.randrange(950, 1200, 50)
    elif interval == "monthly":
        lo, hi = rng.randrange(9000, 12000, 500), rng.randrange(12500, 15000, 500)
    row = dict.fromkeys(JOBSPY_COLUMNS, "")
    row.update({
        "id": SITE_PREFIX[site] + pid, "site": site, "job_url": url, "title": job["title"],
        "company": job["company"], "location": job["location"], "date_posted": "2026-11-21",
        "job_type": "fulltime", "interval": interval, "min_amount": "" if lo is None else f"{lo:.1f}",
        "max_amount": "" if hi is None else f"{hi:.1f}", "currency": (job["salary_currency"] or "AUD") if interval else "",
        "is_remote": str("Remote" in (job["location"] or "")), "description": job["description_raw"],
        "salary_source": "direct_data" if interval else "",
    })
    return row


def sample():
    rng = random.Random(20261120)
    first = DATA / "scrape-2026-11-20.jsonl"
    hand = first.read_text(encoding="utf-8").splitlines()[:HAND_WRITTEN]
    scrape1 = [json.loads(line) for line in hand]
    t1, t3 = "2026-11-20T09:00:00Z", "2026-11-24T09:00:00Z"
    platforms = ["seek", "seek", "linkedin", "indeed", "adzuna"]
    for n in range(12):
        p = platforms[n % len(platforms)]
        pid = {"seek": f"8100{2000 + n}", "linkedin": f"39001{n:05d}", "indeed": f"{rng.getrandbits(40):010x}",
               "adzuna": f"44130{n:05d}"}[p]
        scrape1.append(listing(rng, p, pid, t1, country_bias=0.7))
    write_jsonl(first, scrape1)

    # JobSpy scrape two days later: Indeed and LinkedIn rows, three duplicates of
    # first-scrape jobs on another board, and rows from boards Kairos does not track.
    rows = []
    for n, src in enumerate([scrape1[0], scrape1[3], scrape1[14]]):
        dup = dict(src)
        dup["description_raw"] = src["description_raw"] + "\n\nApply with your resume; we reply within a week."
        site = "linkedin" if src["platform"] != "linkedin" else "indeed"
        pid = f"40777{n:05d}" if site == "linkedin" else f"{rng.getrandbits(40):010x}"
        rows.append(jobspy_row(rng, site, pid, job=dup))
    intervals = ["yearly", "hourly", "daily", "monthly", "", "yearly", "hourly"]
    for n in range(15):
        site = "indeed" if n % 2 else "linkedin"
        pid = f"{rng.getrandbits(40):010x}" if site == "indeed" else f"40888{n:05d}"
        rows.append(jobspy_row(rng, site, pid, interval=intervals[n % len(intervals)]))
    for site in ["glassdoor", "zip_recruiter", "glassdoor"]:
        rows.append(jobspy_row(rng, site, f"{rng.getrandbits(32):08x}"))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=JOBSPY_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    (DATA / "jobspy-2026-11-22.csv").write_text(buf.getvalue(), encoding="utf-8")

    # A third scrape: one first-scrape listing re-posted with a changed
    # description and salary, and a few new ones.
    changed = dict(scrape1[2])
    changed["description_raw"] = changed["description_raw"].replace("Terraform and AWS", "Terraform, AWS and Ansible")
    changed["scraped_at"] = t3
    scrape3 = [changed] + [listing(rng, p, pid, t3) for p, pid in
                           [("seek", "81003001"), ("adzuna", "4414000001"), ("linkedin", "3900200001"),
                            ("seek", "81003002"), ("indeed", f"{rng.getrandbits(40):010x}"), ("seek", "81003003")]]
    write_jsonl(DATA / "scrape-2026-11-24.jsonl", scrape3)


def many(count, path):
    rng = random.Random(count)
    platforms = ["seek", "linkedin", "indeed", "adzuna"]
    rows = [listing(rng, platforms[n % 4], f"t{n:06d}", f"2026-11-{1 + n % 28:02d}T08:00:00Z", country_bias=0.9)
            for n in range(count)]
    write_jsonl(Path(path), rows)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--count":
        many(int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) == 1:
        sample()
    else:
        sys.exit(__doc__)
