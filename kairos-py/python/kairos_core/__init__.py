"""Kairos from Python: read job descriptions, score them against your skills
with reasons you can check, tailor your resume without inventing anything,
and track jobs and applications in SQLite or PostgreSQL.

>>> import kairos_core as k
>>> report = k.analyze_job("Requirements: 3+ years of Rust, PostgreSQL.", title="Rust Engineer")
>>> [s["skill"] for s in report.required_skills]
['Rust', 'PostgreSQL']

Everything is the Rust engine (``kairos_core._native``); objects convert to
and from the wire format with ``to_dict()``/``from_dict()`` and
``to_json()``/``from_json()``.
"""

from ._native import (
    Application,
    Conflict,
    InvalidTransition,
    JdAnalysis,
    JdReport,
    Job,
    JobListing,
    KairosError,
    ListingImportError,
    LlmError,
    MatchResult,
    NotFound,
    OpenAiCompatible,
    Profile,
    Resume,
    ResumeImportError,
    SkillEntry,
    Store,
    StoreError,
    TailoredResume,
    TailoringError,
    User,
    ValidationError,
    __version__,
    analyze_job,
    analyze_jobs,
    analyze_with_model,
    apply_guard,
    build_profile,
    check_tailoring,
    enum_values,
    import_resume,
    next_statuses,
    rank_listings,
    read_jobspy_csv,
    read_json_lines,
    render,
    score,
    score_many,
    tailor,
    tailor_with_model,
    transition,
)
from .enums import ApplicationStatus, JobStatus, Platform, SectionType, SkillCategory, SkillSource

#: The owner of single-user mode.
SINGLE_USER_ID = "00000000-0000-0000-0000-000000000001"

__all__ = [
    "SINGLE_USER_ID",
    "Application",
    "ApplicationStatus",
    "Conflict",
    "InvalidTransition",
    "JdAnalysis",
    "JdReport",
    "Job",
    "JobListing",
    "JobStatus",
    "KairosError",
    "ListingImportError",
    "LlmError",
    "MatchResult",
    "NotFound",
    "OpenAiCompatible",
    "Platform",
    "Profile",
    "Resume",
    "ResumeImportError",
    "SectionType",
    "SkillCategory",
    "SkillEntry",
    "SkillSource",
    "Store",
    "StoreError",
    "TailoredResume",
    "TailoringError",
    "User",
    "ValidationError",
    "__version__",
    "analyze_job",
    "analyze_jobs",
    "analyze_with_model",
    "apply_guard",
    "build_profile",
    "check_tailoring",
    "enum_values",
    "import_resume",
    "next_statuses",
    "rank_listings",
    "read_jobspy_csv",
    "read_json_lines",
    "render",
    "score",
    "score_many",
    "tailor",
    "tailor_with_model",
    "transition",
]
