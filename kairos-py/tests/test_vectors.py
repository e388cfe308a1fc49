"""Every shared vector gives, through Python, exactly the Rust analysis,
score and reasoning (compared as canonical JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kairos_core as k

VECTORS = sorted((Path(__file__).resolve().parents[2] / "tests" / "vectors").glob("[0-9][0-9]-*.json"))


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def test_there_are_at_least_30_vectors() -> None:
    assert len(VECTORS) >= 30


@pytest.mark.parametrize("path", VECTORS, ids=[p.stem for p in VECTORS])
def test_vector(path: Path) -> None:
    v = json.loads(path.read_text(encoding="utf-8"))
    report = k.analyze_job(v["description"], title=v["title"])
    assert canonical(report.to_dict()) == canonical(v["expected"]["analysis"])
    result = k.score(report, v["profile"], country=v["country"])
    assert result.score == v["expected"]["score"]
    assert result.reasoning == v["expected"]["reasoning"]
    assert canonical(result.to_dict()) == canonical(v["expected"]["result"])
    # The JSON the binding writes is the Rust serde's, and reads back equal.
    assert k.MatchResult.from_json(result.to_json()) == result


def test_batch_calls_equal_single_calls() -> None:
    vectors = [json.loads(p.read_text(encoding="utf-8")) for p in VECTORS]
    reports = k.analyze_jobs([(v["title"], v["description"]) for v in vectors])
    assert [r.to_dict() for r in reports] == [k.analyze_job(v["description"], title=v["title"]).to_dict() for v in vectors]
    profile = vectors[0]["profile"]
    many = k.score_many(reports, profile, country="AU")
    assert many == [k.score(r, profile, country="AU") for r in reports]
    # Any iterable will do, a generator as well as a list, in its order.
    assert [r.to_dict() for r in k.analyze_jobs((v["title"], v["description"]) for v in vectors)] == [
        r.to_dict() for r in reports
    ]
    assert k.score_many(iter(reports), profile, countries=("AU" for _ in reports)) == many


def test_large_batches_run_on_worker_threads_in_order() -> None:
    vectors = [json.loads(p.read_text(encoding="utf-8")) for p in VECTORS]
    # Over the size where workers start (256 KB), with each job marked so
    # that a reordering would show.
    jobs = [
        (f"{v['title']} {i}", f"Requirement {i}: Rust.\n" + v["description"])
        for i, v in enumerate(vectors * (1 + 300_000 // sum(len(v["description"]) for v in vectors)))
    ]
    assert sum(len(d) for _, d in jobs) > 256 * 1024
    one = [r.to_dict() for r in k.analyze_jobs(jobs, threads=1)]
    assert [r.to_dict() for r in k.analyze_jobs(jobs)] == one
    assert [r.to_dict() for r in k.analyze_jobs(jobs, threads=3)] == one
    assert one[7] == k.analyze_job(jobs[7][1], title=jobs[7][0]).to_dict()
    with pytest.raises(k.ValidationError) as e:
        k.analyze_jobs(jobs[:2], threads=0)
    assert e.value.field == "threads"
    with pytest.raises(TypeError):
        k.analyze_jobs(jobs[:2], threads="two")  # type: ignore[arg-type]


def test_rank_listings_ranks_as_score_many_scores() -> None:
    vectors = [json.loads(p.read_text(encoding="utf-8")) for p in VECTORS]
    profile = vectors[0]["profile"]
    # Scraper-shaped lines: other fields ignored, a blank line counted.
    lines = [json.dumps({"title": v["title"], "description": v["description"], "company": f"C{i}", "salary": i}) for i, v in enumerate(vectors)]
    text = "\n".join(lines[:3] + [""] + lines[3:])
    ranked = k.rank_listings(text, profile, country="AU")
    scores = [r.score for r in k.score_many(k.analyze_jobs([(v["title"], v["description"]) for v in vectors]), profile, country="AU")]
    # Best first, equal scores in input order (a stable sort of the input).
    order = sorted(range(len(vectors)), key=lambda i: -scores[i])
    assert [r["company"] for r in ranked] == [f"C{i}" for i in order]
    assert [r["score"] for r in ranked] == [scores[i] for i in order]
    assert [r["line"] for r in ranked] == [i + 1 + (i >= 3) for i in order]
    best = ranked[0]
    assert set(best) - {"work_mode"} == {"line", "title", "company", "score", "eligibility", "missing"}
    # Remote, hybrid or on site, when the listing says, as work_mode reads it.
    modes = [k.work_mode(v["description"], title=v["title"]) for v in vectors]
    assert [r.get("work_mode") for r in ranked] == [m["mode"] if m else None for m in (modes[i] for i in order)]
    said = [
        {"title": "Rust Engineer (Remote)", "description": "Rust"},
        {"title": "Rust Engineer", "location": "Sydney NSW (Hybrid)", "description": "Rust"},
        {"title": "Rust Engineer", "description": "Rust"},
    ]
    ranked_said = k.rank_listings("\n".join(json.dumps(line) for line in said), profile)
    assert sorted((r["line"], r.get("work_mode")) for r in ranked_said) == [(1, "remote"), (2, "hybrid"), (3, None)]
    missing = [m["skill"] for m in k.score(k.analyze_job(vectors[order[-1]]["description"], title=vectors[order[-1]]["title"]), profile, country="AU").required if m["coverage"] == "missing"]
    assert ranked[-1]["missing"] == missing[:3]
    # A file's bytes as read, with the byte order mark a Windows editor writes.
    assert k.rank_listings(b"\xef\xbb\xbf" + text.encode(), profile, country="AU") == ranked
    # On worker threads (over 256 KB), the same ranking.
    big = "\n".join(lines * (1 + 300_000 // len(text)))
    assert len(big) > 256 * 1024
    assert k.rank_listings(big, profile, "AU", threads=1) == k.rank_listings(big, profile, "AU", threads=2)
    assert k.rank_listings("", profile) == [] and k.rank_listings(b" \n\n", profile) == []


def test_each_job_is_judged_where_it_is() -> None:
    """`rank_listings` reads each listing's `location`; `score_many` takes one
    country a job in `countries`, `country` standing in for a None."""
    profile = dict(json.loads(VECTORS[0].read_text(encoding="utf-8"))["profile"])
    profile["work_rights"] = {"permanent_residencies": ["AU"]}
    report = k.analyze_job("Requirements: Rust and PostgreSQL.", title="Rust Engineer")
    results = k.score_many([report, report, report], profile, "AU", countries=["AU", "GB", None])
    assert [r.eligibility["status"] for r in results] == ["eligible", "ineligible", "eligible"]
    assert results[1].eligibility["reason"] == (
        "Not eligible: the job is in the United Kingdom, where your profile lists no right to work, "
        "and it does not say it sponsors visas."
    )
    lines = "\n".join(
        json.dumps({"title": "Rust Engineer", "location": place, "description": "Requirements: Rust and PostgreSQL."})
        for place in ["Sydney NSW", "Manchester", "Remote"]
    )
    ranked = k.rank_listings(lines, profile, country="AU")
    assert [(r["line"], r["eligibility"]["status"]) for r in ranked] == [(1, "eligible"), (3, "eligible"), (2, "ineligible")]
    with pytest.raises(k.ValidationError) as e:
        k.score_many([report, report], profile, countries=["AU"])
    assert (e.value.field, e.value.value) == ("countries", "1")
    with pytest.raises(TypeError, match=r"countries\[0\]"):
        k.score_many([report], profile, countries=[61])  # type: ignore[list-item]
    # A place read as `rank_listings` reads it, for `score` and `countries=`.
    places = ["Perth WA", "Denver, Colorado", "London, ON", "US or Canada", "Remote"]
    assert [k.country_of_place(p) for p in places] == ["AU", "US", "CA", None, None]
    assert k.score(report, profile, "AU", location="Berlin, Germany").eligibility["status"] == "ineligible"
    assert k.score(report, profile, "AU", location="Remote").eligibility["status"] == "eligible"
    with pytest.raises(TypeError, match="location"):
        k.score(report, profile, "AU", location=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="place"):
        k.country_of_place(None)  # type: ignore[arg-type]
    # A description's own location line says where the job is, first.
    pasted = k.analyze_job("Location: Manchester\n\nRequirements: Rust and PostgreSQL.")
    assert pasted.location == "Manchester"
    assert k.country_of_place(pasted.location) == "GB"
    assert k.score(pasted, profile, "AU").eligibility["status"] == "ineligible"
    assert k.JdReport.from_dict(pasted.to_dict()) == pasted
    assert report.location is None


def test_work_mode() -> None:
    assert k.work_mode("Acme · Sydney NSW (Hybrid) · Full time\n\nWe use Go.") == {
        "mode": "hybrid",
        "evidence": "Acme · Sydney NSW (Hybrid) · Full time",
    }
    assert k.work_mode(b"We use Go.", title="Engineer (Remote)") == {"mode": "remote", "evidence": "title: Engineer (Remote)"}
    assert k.work_mode("London\nThis is not a remote role.") == {"mode": "onsite", "evidence": "This is not a remote role"}
    assert k.work_mode("London\nYou will be in the office 3 days per week.") == {
        "mode": "hybrid",
        "evidence": "You will be in the office 3 days per week",
    }
    assert k.work_mode("We build remote monitoring for mines.", title="Remote Sensing Analyst") is None
    # The board's place for the job, after the title and before the text.
    assert k.work_mode("Fully remote.", title="Engineer", location="Sydney NSW (Hybrid)") == {
        "mode": "hybrid",
        "evidence": "location: Sydney NSW (Hybrid)",
    }
    assert k.work_mode("We use Go.", location=None) is None
    with pytest.raises(TypeError, match="^location must be str"):
        k.work_mode("We use Go.", location=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^text must be str or bytes"):
        k.work_mode(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        ('{"description": "Rust"}\n{not json', "json_lines line 2", "is not JSON: key must be a string at line 1 column 2"),
        ('{"description": "Rust"}\n [1]', "json_lines line 2", "is not a listing: expected a JSON object, found `[1]`"),
        ('{"title": 3, "description": "Go"}', "json_lines line 1", "is not a listing: invalid type: integer `3`"),
        ('\n\n{"title": "Go"}', "json_lines line 3", "has no description (a string `description` or `description_raw`)"),
    ],
)
def test_rank_listings_names_the_bad_line(text: str, field: str, reason: str) -> None:
    profile = json.loads(VECTORS[0].read_text(encoding="utf-8"))["profile"]
    with pytest.raises(k.ValidationError) as e:
        k.rank_listings(text, profile)
    assert e.value.field == field
    assert e.value.reason.startswith(reason)
    assert e.value.value == json.dumps(text.splitlines()[int(field.rsplit(" ", 1)[1]) - 1])


def test_rank_listings_quotes_a_long_bad_line_shortly() -> None:
    profile = json.loads(VECTORS[0].read_text(encoding="utf-8"))["profile"]
    with pytest.raises(k.ValidationError) as e:
        k.rank_listings('{"title": "' + "é" * 5000, profile)
    assert e.value.value == json.dumps('{"title": "' + "é" * 69 + "…", ensure_ascii=False)
    with pytest.raises(k.ValidationError, match="threads"):
        k.rank_listings('{"description": "Rust"}', profile, threads=0)
    with pytest.raises(TypeError, match="^profile must be a Profile or a dict"):
        k.rank_listings('{"description": "Rust"}', [])  # type: ignore[arg-type]
