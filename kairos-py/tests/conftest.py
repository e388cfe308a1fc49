"""Shared fixtures: the repository's data, a fresh owner per test, and a
store on SQLite (always) and on the test PostgreSQL (when
KAIROS_TEST_DATABASE_URL is set, as scripts/test does)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import kairos_core as k

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def resume_md() -> str:
    return (ROOT / "examples" / "data" / "resume.md").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def resume(resume_md: str) -> k.Resume:
    return k.import_resume(resume_md, "markdown", created_at="2026-11-25T09:00:00Z")


@pytest.fixture(scope="session")
def profile(resume: k.Resume) -> k.Profile:
    return k.build_profile(resume, today="2026-11-25", work_rights={"citizenships": ["AU"]})


@pytest.fixture()
def owner() -> str:
    return str(uuid.uuid4())


def _store_urls(tmp_dir: Path) -> list[str]:
    urls = [f"sqlite://{tmp_dir / 'kairos.db'}"]
    pg = os.environ.get("KAIROS_TEST_DATABASE_URL")
    if pg:
        urls.append(pg)
    return urls


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[k.Store]:
    if request.param == "sqlite":
        yield k.Store.open(f"sqlite://{tmp_path_factory.mktemp('store') / 'kairos.db'}")
    else:
        url = os.environ.get("KAIROS_TEST_DATABASE_URL")
        if not url:
            pytest.skip("KAIROS_TEST_DATABASE_URL is not set")
        yield k.Store.open(url)
