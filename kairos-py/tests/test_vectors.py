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
