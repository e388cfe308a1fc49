"""The store API on SQLite and on the test PostgreSQL, one fresh owner per
test; threads sharing one Store."""

from __future__ import annotations

import multiprocessing
import os
import threading
import uuid
from pathlib import Path

import pytest

import kairos_core as k


def listing(n: int, status_text: str = "Rust and PostgreSQL.") -> dict[str, object]:
    return {
        "platform": "seek",
        "platform_job_id": f"py-{n}",
        "title": f"Rust Engineer {n}",
        "company": "Acme",
        "description_raw": status_text,
        "scraped_at": f"2026-11-{1 + n % 28:02d}T09:00:00Z",
    }


def test_jobs_pages_and_transitions(store: k.Store, owner: str) -> None:
    counts = store.upsert_jobs([listing(n) for n in range(120)], owner=owner)
    assert counts == {"inserted": 120, "updated": 0, "unchanged": 0}
    assert store.upsert_jobs([listing(n) for n in range(120)], owner=owner)["unchanged"] == 120
    seen: list[str] = []
    cursor = None
    while True:
        jobs, cursor = store.list_jobs(owner=owner, cursor=cursor, limit=50)
        seen += [j.id for j in jobs]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 120
    job = store.list_jobs(owner=owner, text="Engineer 7", limit=5)[0][0]
    change = store.transition_job(job.id, "new", "analyzed", at="2026-11-25T09:00:00Z", owner=owner)
    assert (change["from"], change["to"]) == ("new", "analyzed")
    with pytest.raises(k.Conflict) as e:
        store.transition_job(job.id, "new", "skipped", owner=owner)
    assert "analyzed" in e.value.reason
    with pytest.raises(k.InvalidTransition):
        store.transition_job(job.id, "analyzed", "offer", owner=owner)
    assert [h["to"] for h in store.job_history(job.id, owner=owner)] == ["analyzed"]
    assert store.get_job(job.id, owner=owner).status == "analyzed"
    # Another owner sees nothing of it.
    other = str(uuid.uuid4())
    with pytest.raises(k.NotFound) as nf:
        store.get_job(job.id, owner=other)
    assert (nf.value.entity, nf.value.id) == ("job", job.id)
    assert store.list_jobs(owner=other) == ([], None)


def test_analyses_resumes_skills_and_applications(store: k.Store, owner: str, resume_md: str) -> None:
    store.upsert_jobs([listing(1)], owner=owner)
    job = store.list_jobs(owner=owner)[0][0]
    report = k.analyze_job(job.description_raw, title=job.title)
    resume = k.import_resume(resume_md, owner_id=owner, created_at="2026-11-25T09:00:00Z")
    profile = k.build_profile(resume, today="2026-11-25")
    result = k.score(report, profile)
    analysis = {
        "job_id": job.id, "owner_id": owner, "required_skills": [s["skill"] for s in report.required_skills],
        "preferred_skills": [], "years_experience": None, "keywords": [], "match_score": result.score,
        "match_reasoning": result.reasoning, "analyzed_at": "2026-11-25T09:00:00Z",
    }
    store.put_analysis(analysis, owner=owner)
    assert store.get_analysis(job.id, owner=owner).match_score == result.score
    assert store.jobs_needing_analysis(owner=owner) == []
    store.put_resume(resume, owner=owner)
    assert store.get_resume(resume.id, owner=owner) == resume
    store.replace_skills(resume.id, [k.SkillEntry.from_dict(s) for s in profile.skills], owner=owner)
    assert {s.name for s in store.list_skills(resume.id, owner=owner)} == {s["name"] for s in profile.skills}
    tailored = k.tailor(resume, report, job_id=job.id, created_at="2026-11-25T09:00:00Z")
    store.put_tailored(tailored, owner=owner)
    assert store.get_tailored(tailored.id, owner=owner) == tailored
    assert k.render(store.resolve_tailored(tailored.id, owner=owner)) == k.render(resume, tailored)
    store.transition_job(job.id, "new", "analyzed", owner=owner)
    store.transition_job(job.id, "analyzed", "matched", owner=owner)
    application = {
        "id": str(uuid.uuid4()), "owner_id": owner, "job_id": job.id, "tailored_resume_id": tailored.id,
        "status": "prepared", "created_at": "2026-11-25T09:00:00Z", "updated_at": "2026-11-25T09:00:00Z",
    }
    store.create_application(application, owner=owner)
    moved = store.transition_application(application["id"], "prepared", "submitted", owner=owner)
    assert moved["job"]["to"] == "applied"
    assert store.get_job(job.id, owner=owner).status == k.JobStatus.APPLIED
    assert [a.status for a in store.list_applications(owner=owner)] == ["submitted"]
    assert [h["to"] for h in store.application_history(application["id"], owner=owner)] == ["submitted"]
    assert store.get_application(application["id"], owner=owner).tailored_resume_id == tailored.id


def test_a_batch_of_analyses_in_one_call(store: k.Store, owner: str) -> None:
    store.upsert_jobs([listing(n) for n in range(3)], owner=owner)
    jobs = sorted(store.list_jobs(owner=owner)[0], key=lambda j: j.title)
    reports = k.analyze_jobs([(j.title, j.description_raw) for j in jobs])
    store.transition_job(jobs[2].id, "new", "skipped", owner=owner)
    batch = [r.to_analysis(j.id, analyzed_at="2026-11-25T09:00:00Z", owner=owner).to_dict() for j, r in zip(jobs, reports)]
    for item in batch:
        item["match_score"] = 0.5
    moved = store.put_analyses(batch, at="2026-11-26T10:00:00Z", owner=owner)
    assert moved == [jobs[0].id, jobs[1].id], "the skipped job keeps its status"
    assert [store.get_job(j.id, owner=owner).status for j in jobs] == ["analyzed", "analyzed", "skipped"]
    assert store.get_analysis(jobs[2].id, owner=owner).required_skills == ["Rust", "PostgreSQL"]
    assert store.job_history(jobs[0].id, owner=owner)[0]["at"] == "2026-11-26T10:00:00Z"
    assert store.jobs_needing_analysis(owner=owner) == []
    # All or nothing: an unknown job is named, and the known one is not rewritten.
    unknown = {**batch[0], "job_id": str(uuid.uuid4()), "match_score": 0.1}
    with pytest.raises(k.NotFound) as nf:
        store.put_analyses([{**batch[0], "match_score": 0.9}, unknown], owner=owner)
    assert (nf.value.entity, nf.value.id) == ("job", unknown["job_id"])
    assert store.get_analysis(jobs[0].id, owner=owner).match_score == 0.5
    with pytest.raises(TypeError, match="analyses"):
        store.put_analyses(None, owner=owner)  # type: ignore[arg-type]
    with pytest.raises(k.ValidationError, match=r"analyses\[0\]"):
        store.put_analyses([{"job_id": jobs[0].id}], owner=owner)


def test_a_report_becomes_the_analysis_to_store(store: k.Store, owner: str, resume_md: str) -> None:
    store.upsert_jobs([listing(n) for n in range(2)], owner=owner)
    jobs, _ = store.list_jobs(owner=owner)
    reports = k.analyze_jobs([(j.title, j.description_raw) for j in jobs])
    resume = k.import_resume(resume_md, owner_id=owner, created_at="2026-11-25T09:00:00Z")
    results = k.score_many(reports, k.build_profile(resume, today="2026-11-25"))
    analyses = [
        report.to_analysis(job.id, result=result, analyzed_at="2026-11-26T10:00:00Z", owner=owner)
        for job, report, result in zip(jobs, reports, results)
    ]
    first = analyses[0]
    assert (first.job_id, first.owner_id) == (jobs[0].id, owner)
    assert first.required_skills == [s["skill"] for s in reports[0].required_skills]
    assert first.keywords == [kw["term"] for kw in reports[0].keywords]
    assert (first.match_score, first.match_reasoning) == (results[0].score, results[0].reasoning)
    assert first.analyzed_at == "2026-11-26T10:00:00Z"
    assert store.put_analyses(analyses, owner=owner) == [j.id for j in jobs]
    assert store.get_analysis(jobs[1].id, owner=owner) == analyses[1]
    # Without a result there is no score yet; the time defaults to now.
    bare = reports[0].to_analysis(jobs[0].id)
    assert (bare.match_score, bare.match_reasoning, bare.owner_id) == (None, None, k.SINGLE_USER_ID)
    with pytest.raises(k.ValidationError, match="job_id"):
        reports[0].to_analysis("not-a-uuid")
    with pytest.raises(TypeError, match="result must be a MatchResult or a dict"):
        reports[0].to_analysis(jobs[0].id, result=3)  # type: ignore[arg-type]


def test_threads_share_one_store(store: k.Store, owner: str) -> None:
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            store.upsert_jobs([listing(1000 + t * 10 + n) for n in range(10)], owner=owner)
            store.list_jobs(owner=owner, limit=20)
            k.analyze_job("Requirements: Rust and Go.")
        except BaseException as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    total = 0
    cursor = None
    while True:
        jobs, cursor = store.list_jobs(owner=owner, cursor=cursor, limit=50)
        total += len(jobs)
        if cursor is None:
            break
    assert total == 80


def test_bad_urls_and_ids(tmp_path: object) -> None:
    with pytest.raises(k.KairosError):
        k.Store.open("mysql://nowhere")
    store = k.Store.open("sqlite://:memory:")
    with pytest.raises(k.ValidationError, match="job_id"):
        store.get_job("not-a-uuid")
    # A negative page size is refused by name, as one over the maximum is.
    for call in (lambda: store.list_jobs(limit=-1), lambda: store.jobs_needing_analysis(limit=-1)):
        with pytest.raises(k.ValidationError) as e:
            call()
        assert (e.value.field, e.value.value, e.value.reason) == ("limit", "-1", "must not be negative")
    with pytest.raises(k.ValidationError, match="at most 500"):
        store.list_jobs(limit=2**40)


def test_a_store_closes_at_the_end_of_a_with_block(tmp_path: Path, owner: str) -> None:
    """`with Store.open(url) as store:` gives the connections back when the
    block ends, also when it raises; later calls raise StoreError."""
    urls = [f"sqlite://{tmp_path / 'closing.db'}"] + [
        url for url in [os.environ.get("KAIROS_TEST_DATABASE_URL")] if url
    ]
    for url in urls:
        with k.Store.open(url) as store:
            assert store.upsert_jobs([listing(1)], owner=owner)["inserted"] == 1
        with pytest.raises(k.StoreError, match="closed"):
            store.list_jobs(owner=owner)
        store.close()  # closing again is harmless
        with pytest.raises(ZeroDivisionError):
            with k.Store.open(url) as raising:
                1 / 0
        with pytest.raises(k.StoreError, match="closed"):
            raising.list_jobs(owner=owner)
    # The SQLite file is released: another store reads what the first wrote.
    with k.Store.open(urls[0]) as again:
        assert len(again.list_jobs(owner=owner)[0]) == 1


# What a forked child inherits from its parent (set before the fork).
_INHERITED: dict[str, k.Store] = {}


def _in_forked_child(url: str, owner: str) -> tuple[int, str]:
    with k.Store.open(url) as own:
        found = len(own.list_jobs(owner=owner)[0])
    try:
        _INHERITED["store"].list_jobs(owner=owner)
    except k.StoreError as e:
        return found, e.message
    return found, "the parent's store answered"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_a_forked_child_opens_its_own_store(tmp_path: Path, owner: str) -> None:
    """A child forked after the parent used a store (multiprocessing's
    default on Linux, gunicorn --preload, Celery) waited for ever on the
    parent's runtime. It now opens and uses its own store, and the parent's
    tells it to."""
    url = f"sqlite://{tmp_path / 'forked.db'}"
    store = k.Store.open(url)
    store.upsert_jobs([listing(1)], owner=owner)
    _INHERITED["store"] = store
    with multiprocessing.get_context("fork").Pool(1) as pool:
        # A timeout, so a hang fails the test instead of stopping the run.
        found, message = pool.apply_async(_in_forked_child, (url, owner)).get(timeout=60)
    assert found == 1
    assert "before it forked; open a new Store in process" in message
    # The parent's store still works in the parent.
    assert len(store.list_jobs(owner=owner)[0]) == 1
