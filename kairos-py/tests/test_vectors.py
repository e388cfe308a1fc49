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
