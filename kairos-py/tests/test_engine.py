"""Resumes, tailoring and the guard from Python."""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor

import pytest

import kairos_core as k

JOB_ID = "8b0f6f3e-5b1a-5c1e-9a57-0d3c2b1a0f01"
JD = "Requirements:\n- 4+ years of Rust\n- PostgreSQL and Kafka\n- Kubernetes\nNice to have: Go.\nYou must have full working rights in Australia."


def test_import_render_and_tailor(resume: k.Resume, profile: k.Profile, resume_md: str) -> None:
    assert k.import_resume(resume_md.encode("utf-8"), created_at="2026-11-25T09:00:00Z") == resume
    assert k.render(resume).startswith("# Ada Okafor")
    assert "<h1>Ada Okafor</h1>" in k.render(resume, format="html")
    report = k.analyze_job(JD, title="Senior Rust Engineer")
    tailored = k.tailor(resume, report, job_id=JOB_ID, created_at="2026-11-25T09:00:00Z")
    assert k.check_tailoring(resume, profile, tailored) == []
    assert "Ada Okafor" in k.render(resume, tailored, "text")
    result = k.score(report, profile, country="AU")
    assert result.reasoning.startswith("Meets")
    assert 0.5 < result.score <= 1.0


def test_a_profile_scores_as_a_fresh_one_every_call_and_thread(profile: k.Profile) -> None:
    """A Profile keeps what scoring prepares from it between calls: every
    call, batch, copy and thread scores as the profile read afresh from its
    dict does, and one profile's preparation is never another's."""
    reports = [k.analyze_job(JD), k.analyze_job("Python and Django, 3+ years. Visa sponsorship available.")]
    fresh = [k.score(r, profile.to_dict(), "AU") for r in reports]
    for _ in range(2):
        assert [k.score(r, profile, "AU") for r in reports] == fresh
        assert k.score_many(reports, profile, "AU") == fresh
    assert k.score_many(reports, profile.to_dict(), "AU") == fresh
    assert [k.score(r, copy.deepcopy(profile), "AU") for r in reports] == fresh
    without_rust = profile.to_dict()
    without_rust["skills"] = [s for s in without_rust["skills"] if s["name"] != "Rust"]
    other = k.Profile.from_dict(without_rust)
    assert k.score(reports[0], other, "AU").score < fresh[0].score
    assert k.score(reports[0], profile, "AU") == fresh[0]
    # Threads racing to prepare one new profile all get its scores.
    shared = k.Profile.from_dict(profile.to_dict())
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: k.score(reports[i % 2], shared, "AU"), range(64)))
    assert results == [fresh[i % 2] for i in range(64)]


def test_the_guard_catches_fabrication(resume: k.Resume, profile: k.Profile) -> None:
    report = k.analyze_job(JD)
    tailored = k.tailor(resume, report, job_id=JOB_ID, created_at="2026-11-25T09:00:00Z").to_dict()
    work = next(s for s in resume.sections if s["section_type"] == "work_experience")
    role = dict(work["content"]["roles"][0])
    role["bullets"] = [*role["bullets"], "Increased revenue 40% by moving everything to Elixir"]
    tailored["sections"] = [{"section_id": work["id"], "section_type": "work_experience", "content": {"kind": "roles", "roles": [role]}}]
    violations = k.check_tailoring(resume, profile, tailored)
    kinds = {(v["kind"], v["detail"]) for v in violations}
    assert ("invented_skill", "Elixir") in kinds
    assert any(kind == "invented_number" and "40%" in detail for kind, detail in kinds)
    rejected = k.apply_guard(resume, profile, tailored, "reject")
    assert rejected["tailored"] is None and rejected["violations"] == violations
    stripped = k.apply_guard(resume, profile, tailored, "strip")
    text = k.render(resume, stripped["tailored"], "text")
    assert "Elixir" not in text and "40%" not in text


def test_tailoring_a_protected_section_is_refused(resume: k.Resume) -> None:
    education = next(s for s in resume.sections if s["section_type"] == "education")
    bad = {
        "id": "00000000-0000-0000-0000-0000000000aa",
        "owner_id": resume.owner_id,
        "base_resume_id": resume.id,
        "job_id": JOB_ID,
        "created_at": "2026-11-25T09:00:00Z",
        "sections": [{"section_id": education["id"], "section_type": "education", "content": {"kind": "education", "entries": []}}],
    }
    with pytest.raises(k.TailoringError) as e:
        k.render(resume, bad)
    assert e.value.section and e.value.reason
