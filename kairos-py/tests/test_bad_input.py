"""Bad input from Python: a clear exception, never a crash."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import kairos_core as k


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a"], {"text": "x"}, object()])
def test_wrong_types_raise_type_error_naming_the_type(bad: Any) -> None:
    with pytest.raises(TypeError, match=r"^text must be str or bytes \(UTF-8\), not "):
        k.analyze_job(bad)


def test_wrong_types_name_the_argument(profile: k.Profile) -> None:
    # In the message itself, on every Python: not only in a traceback note.
    report = k.analyze_job("Rust")
    with pytest.raises(TypeError, match="^title must be str, not int"):
        k.analyze_job("Rust", title=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^country must be str, not int"):
        k.score(report, profile, country=61)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^country must be str, not list"):
        k.score_many([report], profile, country=["AU"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^title must be str, not float"):
        k.analyze_with_model(object(), "Rust", title=1.5)  # type: ignore[arg-type]
    # The defaults and explicit None still read as before.
    assert k.analyze_job("Rust").to_dict() == k.analyze_job("Rust", title="").to_dict()
    assert k.score(report, profile, country=None).to_dict() == k.score(report, profile).to_dict()


def test_huge_and_odd_text() -> None:
    with pytest.raises(k.ValidationError, match="larger than 16 MB"):
        k.analyze_job("a" * (17 * 1024 * 1024))
    big = "We need Rust and PostgreSQL. 🚀 Ünïcode <b>html</b>\n" * 200_000  # ~10 MB
    assert any(s["skill"] == "Rust" for s in k.analyze_job(big).required_skills + k.analyze_job(big).context_skills + k.analyze_job(big).preferred_skills)
    assert k.analyze_job("").required_skills == []
    assert k.analyze_job("\x00\x00 !!! 🙂").required_skills == []


def test_a_str_that_is_not_text_is_named() -> None:
    with pytest.raises(k.ValidationError, match=r"texts\[1\]: is not text: .*surrogates"):
        k.analyze_jobs(["Rust", "Rust \ud800 and Go"], threads=1)
    assert k.analyze_job("Rust").required_skills  # the module still works


def test_text_beyond_ascii_reads_as_its_utf8_bytes() -> None:
    # Latin-1, two-byte and four-byte characters: each kind of str CPython
    # keeps, read as UTF-8 where CPython caches it, and as bytes.
    texts = [
        "Développeur Rust: PostgreSQL und Kafka.",
        "We’d like “Go” – and 日本語 skills, plus Kubernetes.",
        "🚀 Senior engineer: Python, AWS 🙂 and Terraform.",
    ]
    for text in texts:
        as_str = k.analyze_jobs([text, text], threads=1)
        as_bytes = k.analyze_jobs([text.encode()], threads=1)
        assert as_str[0].to_dict() == as_str[1].to_dict() == as_bytes[0].to_dict()
        assert as_str[0].required_skills


def test_bytes_must_be_utf8() -> None:
    with pytest.raises(k.ValidationError, match="is not UTF-8"):
        k.import_resume(b"# Name\n\n## Experience\n\xff\xfe")
    with pytest.raises(k.ResumeImportError) as e:
        k.import_resume("")
    assert e.value.format and e.value.reason


def test_dicts_with_missing_extra_and_nan_values(profile: k.Profile) -> None:
    report = k.analyze_job("Rust")
    with pytest.raises(k.ValidationError, match="profile.skills"):
        k.score(report, {"skills": [{"name": "Rust"}]})
    with pytest.raises(k.ValidationError, match="profile.colour"):
        k.score(report, {**profile.to_dict(), "colour": 1})
    nested = profile.to_dict()
    nested["skills"][1]["colour"] = "teal"
    with pytest.raises(k.ValidationError) as e:
        k.score(report, nested)
    assert (e.value.field, e.value.value) == ("profile.skills[1].colour", '"teal"')
    bad = profile.to_dict()
    bad["total_years"] = float("nan")
    with pytest.raises(k.ValidationError, match="not plain JSON"):
        k.score(report, bad)
    with pytest.raises(TypeError, match="profile must be a Profile or a dict"):
        k.score(report, "profile")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="analyses must be a list"):
        k.score_many("x", profile)  # type: ignore[arg-type]
    # A str, bytes or dict iterates characters, bytes or keys: refused, by
    # name; an error the caller's generator raises goes on as it is.
    for wrong in ("Rust", b"Rust", {"text": "Rust"}, 42):
        with pytest.raises(TypeError, match=r"texts must be a list \(or another iterable\), not "):
            k.analyze_jobs(wrong)  # type: ignore[arg-type]

    def failing() -> Iterator[str]:
        yield "Requirements: Rust."
        raise LookupError("the scraper's own error")

    with pytest.raises(LookupError, match="the scraper's own error"):
        k.analyze_jobs(failing())
    with pytest.raises(k.ValidationError, match="today"):
        k.build_profile(k.import_resume("# A\n\n## Skills\n- Rust\n"), today="25/11/2026")
    with pytest.raises(k.ValidationError, match="mode"):
        k.apply_guard(k.import_resume("# A\n\n## Skills\n- Rust\n"), profile, {}, "maybe")  # type: ignore[arg-type]


def test_a_country_not_written_as_its_code_is_named(profile: k.Profile) -> None:
    # `Australia` for `AU` would match no job's country: every citizenship
    # requirement would silently read as unmet.
    resume = k.import_resume("# A\n\n## Skills\n- Rust\n")
    with pytest.raises(k.ValidationError, match=r"^invalid work_rights.citizenships: is not a country's two-letter ISO code .*\(got \"Australia\"\)"):
        k.build_profile(resume, today="2026-11-25", work_rights={"citizenships": ["Australia"]})
    with pytest.raises(k.ValidationError, match=r"^invalid work_rights.permanent_residencies: .*GB for the United Kingdom\) \(got \"UK\"\)"):
        k.build_profile(resume, today="2026-11-25", work_rights={"permanent_residencies": ["UK"]})
    report = k.analyze_job("Requirements: Rust. Must be an Australian citizen.")
    with pytest.raises(k.ValidationError, match=r"^invalid country: .*\(got \"Australia\"\)"):
        k.score(report, profile, country="Australia")
    with pytest.raises(k.ValidationError, match=r"^invalid countries\[1\]: .*\(got \"N\.Z\.\"\)"):
        k.score_many([report, report], profile, countries=["AU", "N.Z."])
    with pytest.raises(k.ValidationError, match=r"^invalid country: .*\(got \"USA\"\)"):
        k.rank_listings('{"title": "Rust", "description": "Rust"}', profile, country="USA")
    # A profile or a user read from the wire format is held to the same rule.
    data = profile.to_dict()
    data["work_rights"] = {"citizenships": ["Australia"]}
    with pytest.raises(k.ValidationError, match=r"^invalid work_rights.citizenships: .*\(got \"Australia\"\)"):
        k.score(report, data, country="AU")
    with pytest.raises(k.ValidationError, match=r"^invalid work_rights.citizenships"):
        k.Profile.from_dict(data)
    user = {"id": k.SINGLE_USER_ID, "name": "A", "created_at": "2026-11-25T09:00:00Z",
            "work_rights": {"permanent_residencies": ["New Zealand"]}}
    with pytest.raises(k.ValidationError, match=r"^invalid work_rights.permanent_residencies"):
        k.User.from_dict(user)
    # Codes in either case still read, and judge as before.
    lower = k.build_profile(resume, today="2026-11-25", work_rights={"citizenships": ["au"]})
    assert k.score(report, lower, country="au").eligibility["status"] == "eligible"


def test_the_interpreter_survives_everything_above() -> None:
    skills = [s["skill"] for s in k.analyze_job("Requirements: Rust and PostgreSQL.").required_skills]
    assert skills == ["Rust", "PostgreSQL"]
