"""Entities and enums: wire strings, typed attributes, dict and JSON round
trips, and refusals that name the field."""

from __future__ import annotations

import json
from typing import Union

import pytest

import kairos_core as k
from kairos_core import enums

LISTING = {
    "platform": "seek",
    "platform_job_id": "81234567",
    "title": "Senior Rust Engineer",
    "company": "Acme",
    "location": "Sydney NSW",
    "salary_min": 170000,
    "salary_max": 190000,
    "salary_currency": "AUD",
    "url": "https://www.seek.com.au/job/81234567",
    "description_raw": "Rust, PostgreSQL.",
    "scraped_at": "2026-11-25T09:00:00Z",
}


def test_enums_are_the_wire_strings() -> None:
    applied: str = "applied"
    assert k.JobStatus.APPLIED == applied and isinstance(k.JobStatus.APPLIED, str)
    assert str(k.Platform.LINKEDIN) == "linkedin"
    native = k.enum_values()
    for e in enums.ALL:
        assert [m.value for m in e] == native[e.__name__], e.__name__


def test_the_package_shows_only_its_api() -> None:
    # What `dir()` and editors offer is the API: no helper of the package's
    # own making (a `from __future__` import once showed as `annotations`).
    shown = {name for name in dir(k) if not name.startswith("_")}
    assert shown - {"enums"} == set(k.__all__) - {"__version__"}


def test_entities_round_trip_through_dict_and_json() -> None:
    listing = k.JobListing.from_dict(LISTING)
    assert listing.platform == "seek" and listing.salary_min == 170000
    assert listing.to_dict() == LISTING
    assert k.JobListing.from_json(listing.to_json()) == listing
    assert json.loads(listing.to_json()) == LISTING


def test_resume_and_profile_attributes(resume: k.Resume, profile: k.Profile) -> None:
    assert resume.contact["name"] == "Ada Okafor"
    assert any(s["section_type"] == "work_experience" for s in resume.sections)
    rust = next(s for s in profile.skills if s["name"] == "Rust")
    assert rust["proficiency"] >= 8 and rust["source"] == "resume_analysis"
    entry = k.SkillEntry.from_dict(rust)
    assert entry.name == "Rust" and isinstance(entry.years, float)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = entry.nope


def test_optional_fields_left_out_read_as_none() -> None:
    """The wire format leaves an empty optional field out (`salary` of a
    listing without pay); its attribute reads None, as the stub types it,
    and a name no field has still raises."""
    report = k.analyze_job("Requirements: Rust and PostgreSQL.")
    assert "salary" not in report.to_dict()
    assert (report.salary, report.seniority, report.years_experience) == (None, None, None)
    with pytest.raises(AttributeError, match="'JdReport' has no attribute 'salery'"):
        _ = report.salery
    listing = k.JobListing.from_dict({key: value for key, value in LISTING.items() if not key.startswith("salary")})
    assert (listing.salary_min, listing.salary_currency) == (None, None)


_Entity = Union[k.JobListing, k.JdReport, k.MatchResult, k.Resume, k.Profile, k.SkillEntry]


def _entities(resume: k.Resume, profile: k.Profile) -> list[_Entity]:
    report = k.analyze_job(
        "Location: Sydney NSW\nRequirements: 5+ years of Rust and PostgreSQL.\n"
        "Kubernetes is a plus. Salary: $150,000 - $170,000 + super. Australian citizens only."
    )
    return [
        k.JobListing.from_dict(LISTING),
        report,
        k.score(report, profile),
        resume,
        profile,
        k.SkillEntry.from_dict(profile.skills[0]),
    ]


def test_each_attribute_reads_as_its_key_of_the_dict(resume: k.Resume, profile: k.Profile) -> None:
    """An attribute converts only its own field; what it gives is what the
    whole value's dict holds under that key, nested values included."""
    for entity in _entities(resume, profile):
        whole = entity.to_dict()
        assert whole, type(entity).__name__
        for key, value in whole.items():
            assert getattr(entity, key) == value, f"{type(entity).__name__}.{key}"


def test_entities_pickle_and_copy(resume: k.Resume, profile: k.Profile) -> None:
    """Results go through `multiprocessing`, caches and `copy` as they do
    for any Python value: through the wire format, equal and of their class."""
    import copy
    import pickle

    for entity in _entities(resume, profile):
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            back = pickle.loads(pickle.dumps(entity, protocol=protocol))
            assert type(back) is type(entity) and back == entity
        assert copy.copy(entity) == entity and copy.deepcopy(entity) == entity


def test_dir_names_the_fields() -> None:
    """Completion in a REPL or notebook offers the fields read through
    `__getattr__`, empty optional ones included, beside the methods."""
    report = k.analyze_job("Requirements: Rust.")
    names = dir(report)
    assert {"required_skills", "salary", "work_rights", "to_json", "from_dict"} <= set(names)
    assert names == sorted(set(names))


def test_bad_dicts_name_the_field() -> None:
    with pytest.raises(k.ValidationError) as e:
        k.JobListing.from_dict({**LISTING, "salary_min": 200000})
    assert e.value.field == "JobListing" and "salary_min" in e.value.reason
    with pytest.raises(k.ValidationError, match="missing field `title`"):
        k.JobListing.from_dict({key: v for key, v in LISTING.items() if key != "title"})
    with pytest.raises(k.ValidationError, match="JobListing.colour"):
        k.JobListing.from_dict({**LISTING, "colour": "blue"})
    with pytest.raises(k.ValidationError, match="unknown platform `monster`") as e:
        k.JobListing.from_dict({**LISTING, "platform": "monster"})
    # The value that was wrong, not the head of the whole dict.
    assert (e.value.field, e.value.value) == ("JobListing.platform", '"monster"')
    with pytest.raises(k.ValidationError) as e:
        k.JobListing.from_dict({**LISTING, "salary_min": "lots"})
    assert (e.value.field, e.value.value) == ("JobListing.salary_min", '"lots"')
    with pytest.raises(k.ValidationError) as e:
        k.Profile.from_dict({"skills": [{"name": "Rust", "proficiency": "high"}]})
    assert (e.value.field, e.value.value) == ("Profile.skills[0].proficiency", '"high"')
    with pytest.raises(k.ValidationError) as e:
        k.JobListing.from_dict({**LISTING, "salary_min": 1.5})
    assert (e.value.field, e.value.value) == ("JobListing.salary_min", "1.5")
    with pytest.raises(k.ValidationError, match="not plain JSON"):
        k.JobListing.from_dict({**LISTING, "salary_min": float("nan")})
    with pytest.raises(TypeError, match="must be a dict, not None"):
        k.JobListing.from_dict(None)  # type: ignore[arg-type]


def test_status_machines() -> None:
    change = k.transition("job", k.JobStatus.NEW, k.JobStatus.ANALYZED, at="2026-11-25T09:00:00Z")
    assert change == {"from": "new", "to": "analyzed", "at": "2026-11-25T09:00:00Z"}
    assert k.next_statuses("job", "matched") == ["skipped", "applied"]
    with pytest.raises(k.InvalidTransition) as e:
        k.transition("job", "new", "offer")
    assert (e.value.machine, e.value.from_status, e.value.to_status) == ("job", "new", "offer")


def test_listing_readers() -> None:
    csv = "site,id,title,interval,min_amount,max_amount,currency\nindeed,in-1,Engineer,hourly,50,60,AUD\nglassdoor,gd-2,X,,,,\n"
    got = k.read_jobspy_csv(csv, "2026-11-22T00:00:00Z")
    assert [item.salary_min for item in got["listings"]] == [104000]
    assert got["untracked"] == [("glassdoor", 1)]
    # As Excel in a German locale saves it: semicolons and a decimal comma.
    excel = csv.replace(",", ";").replace(";50;60;", ";50,5;60;")
    assert [item.salary_min for item in k.read_jobspy_csv(excel, "2026-11-22T00:00:00Z")["listings"]] == [105040]
    with pytest.raises(k.ListingImportError) as e:
        k.read_jobspy_csv("id,title\n", "2026-11-22T00:00:00Z")
    assert e.value.location == "header"
    lines = k.read_json_lines(json.dumps(LISTING) + "\n{oops\n")
    assert len(lines["listings"]) == 1 and lines["skipped"][0]["line"] == 2
    # A .json file as json.dump writes one: an array, pretty-printed.
    bad = dict(LISTING, platform="myspace")
    array = k.read_json_listings(json.dumps([LISTING, bad, LISTING], indent=2))
    assert len(array["listings"]) == 2
    assert [(s["row"], s["line"]) for s in array["skipped"]] == [(2, 2 + json.dumps(LISTING, indent=2).count("\n") + 1)]
    assert "myspace" in array["skipped"][0]["reason"]
    assert k.read_json_listings(b"") == {"listings": [], "skipped": [], "untracked": []}
    # A download cut short keeps what it has and says the rest is missing.
    cut = json.dumps([LISTING, LISTING], indent=2)[:-2]
    short = k.read_json_listings(cut)
    assert len(short["listings"]) == 2
    assert "without its closing `]`" in short["skipped"][0]["reason"]
