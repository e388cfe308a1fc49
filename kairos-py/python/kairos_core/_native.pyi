# Type stubs of the native module, written by hand and checked against it by
# `python -m mypy.stubtest kairos_core._native` (scripts/test).
#
# Entity attributes are read from the wire format by `__getattr__`; they are
# declared here so type checkers know them (kairos-py/stubtest-allowlist.txt
# tells stubtest they are served dynamically).
from datetime import date, datetime
from collections.abc import Callable, Iterable
from typing import Any, Literal, Optional, Protocol, Union

from typing_extensions import Self, final

__all__ = [
    "Application",
    "Conflict",
    "InvalidTransition",
    "JdAnalysis",
    "JdReport",
    "Job",
    "JobListing",
    "KairosError",
    "ListingImportError",
    "LlmError",
    "MatchResult",
    "NotFound",
    "OpenAiCompatible",
    "Profile",
    "Resume",
    "ResumeImportError",
    "SkillEntry",
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
    "country_of_place",
    "enum_values",
    "import_resume",
    "next_statuses",
    "rank_listings",
    "read_jobspy_csv",
    "read_json_lines",
    "read_json_listings",
    "render",
    "score",
    "score_many",
    "tailor",
    "tailor_with_model",
    "transition",
    "work_mode",
]

__version__: str

_JsonDict = dict[str, Any]
_When = Union[datetime, str, None]
_Text = Union[str, bytes]

class KairosError(Exception): ...
class ValidationError(KairosError):
    field: str
    value: str
    reason: str
class InvalidTransition(KairosError):
    machine: str
    from_status: str
    to_status: str
class NotFound(KairosError):
    entity: str
    id: str
class Conflict(KairosError):
    entity: str
    id: str
    reason: str
class ResumeImportError(KairosError):
    format: str
    location: str
    reason: str
class ListingImportError(KairosError):
    format: str
    location: str
    reason: str
class TailoringError(KairosError):
    section: str
    field: str
    reason: str
class LlmError(KairosError):
    kind: str
    retry_after: Optional[float]
class StoreError(KairosError):
    message: str

class _Entity:
    @classmethod
    def from_dict(cls, data: _JsonDict) -> Self: ...
    @classmethod
    def from_json(cls, text: str) -> Self: ...
    def to_dict(self) -> _JsonDict: ...
    def to_json(self) -> str: ...
    def __getattr__(self, name: str) -> Any: ...
    def __reduce__(self) -> tuple[Callable[[str], Self], tuple[str]]: ...
    def __dir__(self) -> list[str]: ...
    def __eq__(self, other: object) -> bool: ...

@final
class JobListing(_Entity):
    platform: str
    platform_job_id: str
    title: str
    company: str
    location: Optional[str]
    salary_min: Optional[int]
    salary_max: Optional[int]
    salary_currency: Optional[str]
    url: Optional[str]
    description_raw: str
    scraped_at: str

@final
class Job(_Entity):
    id: str
    owner_id: str
    platform: str
    platform_job_id: str
    title: str
    company: str
    location: Optional[str]
    salary_min: Optional[int]
    salary_max: Optional[int]
    salary_currency: Optional[str]
    url: Optional[str]
    description_raw: str
    pr_required: Optional[bool]
    citizenship_required: Optional[bool]
    visa_sponsorship: Optional[bool]
    status: str
    scraped_at: str

@final
class JdAnalysis(_Entity):
    job_id: str
    owner_id: str
    required_skills: list[str]
    preferred_skills: list[str]
    years_experience: Optional[float]
    keywords: list[str]
    match_score: Optional[float]
    match_reasoning: Optional[str]
    analyzed_at: str

@final
class Resume(_Entity):
    id: str
    owner_id: str
    contact: _JsonDict
    sections: list[_JsonDict]
    created_at: str

@final
class TailoredResume(_Entity):
    id: str
    owner_id: str
    base_resume_id: str
    job_id: str
    sections: list[_JsonDict]
    diff_summary: list[str]
    approved: bool
    created_at: str

@final
class Application(_Entity):
    id: str
    owner_id: str
    job_id: str
    tailored_resume_id: Optional[str]
    status: str
    notes: Optional[str]
    created_at: str
    updated_at: str

@final
class SkillEntry(_Entity):
    id: str
    owner_id: str
    resume_id: str
    name: str
    category: str
    proficiency: int
    years: float
    evidence: list[str]
    source: str

@final
class User(_Entity):
    id: str
    name: str
    work_rights: _JsonDict

@final
class JdReport(_Entity):
    required_skills: list[_JsonDict]
    preferred_skills: list[_JsonDict]
    context_skills: list[_JsonDict]
    years_experience: Optional[_JsonDict]
    skill_years: list[_JsonDict]
    keywords: list[_JsonDict]
    work_rights: _JsonDict
    location: Optional[str]
    salary: Optional[_JsonDict]
    seniority: Optional[_JsonDict]
    def to_analysis(self, job_id: str, *, result: Optional[Union[MatchResult, _JsonDict]] = None, analyzed_at: _When = None, owner: Optional[str] = None) -> JdAnalysis: ...

@final
class MatchResult(_Entity):
    score: float
    eligibility: _JsonDict
    required: list[_JsonDict]
    preferred: list[_JsonDict]
    keywords_matched: list[str]
    keywords_missing: list[str]
    years: _JsonDict
    reasoning: str

@final
class Profile(_Entity):
    skills: list[_JsonDict]
    terms: list[str]
    work_rights: _JsonDict
    total_years: float

@final
class Store:
    @staticmethod
    def open(url: str) -> Store: ...
    def upsert_jobs(self, listings: Iterable[Union[JobListing, _JsonDict]], *, owner: Optional[str] = None) -> dict[str, int]: ...
    def get_job(self, job_id: str, *, owner: Optional[str] = None) -> Job: ...
    def list_jobs(
        self,
        *,
        owner: Optional[str] = None,
        status: Optional[str] = None,
        platform: Optional[str] = None,
        min_score: Optional[float] = None,
        text: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: int = 50,
    ) -> tuple[list[Job], Optional[str]]: ...
    def transition_job(self, job_id: str, from_status: str, to_status: str, *, at: _When = None, owner: Optional[str] = None) -> _JsonDict: ...
    def job_history(self, job_id: str, *, owner: Optional[str] = None) -> list[_JsonDict]: ...
    def put_analysis(self, analysis: Union[JdAnalysis, _JsonDict], *, owner: Optional[str] = None) -> None: ...
    def put_analyses(self, analyses: Iterable[Union[JdAnalysis, _JsonDict]], *, at: _When = None, owner: Optional[str] = None) -> list[str]: ...
    def get_analysis(self, job_id: str, *, owner: Optional[str] = None) -> JdAnalysis: ...
    def jobs_needing_analysis(self, *, owner: Optional[str] = None, limit: int = 100) -> list[Job]: ...
    def put_resume(self, resume: Union[Resume, _JsonDict], *, owner: Optional[str] = None) -> None: ...
    def get_resume(self, resume_id: str, *, owner: Optional[str] = None) -> Resume: ...
    def put_tailored(self, tailored: Union[TailoredResume, _JsonDict], *, owner: Optional[str] = None) -> None: ...
    def get_tailored(self, tailored_id: str, *, owner: Optional[str] = None) -> TailoredResume: ...
    def resolve_tailored(self, tailored_id: str, *, owner: Optional[str] = None) -> Resume: ...
    def replace_skills(self, resume_id: str, entries: Iterable[Union[SkillEntry, _JsonDict]], *, owner: Optional[str] = None) -> None: ...
    def list_skills(self, resume_id: str, *, owner: Optional[str] = None) -> list[SkillEntry]: ...
    def create_application(self, application: Union[Application, _JsonDict], *, owner: Optional[str] = None) -> None: ...
    def get_application(self, application_id: str, *, owner: Optional[str] = None) -> Application: ...
    def list_applications(self, *, owner: Optional[str] = None) -> list[Application]: ...
    def transition_application(
        self, application_id: str, from_status: str, to_status: str, *, at: _When = None, owner: Optional[str] = None
    ) -> _JsonDict: ...
    def application_history(self, application_id: str, *, owner: Optional[str] = None) -> list[_JsonDict]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, exc_type: object, exc_value: object, traceback: object) -> bool: ...

@final
class OpenAiCompatible:
    def __new__(
        cls, base_url: str, model: str, *, api_key: Optional[str] = None, timeout: float = 120.0, max_attempts: int = 3
    ) -> OpenAiCompatible: ...
    @staticmethod
    def from_env() -> OpenAiCompatible: ...

class _CompletingModel(Protocol):
    def complete(self, request: _JsonDict) -> Union[str, _JsonDict]: ...

_Model = Union[OpenAiCompatible, _CompletingModel]

def analyze_job(text: _Text, title: str = "") -> JdReport: ...
def analyze_jobs(texts: Iterable[Union[_Text, tuple[_Text, _Text]]], *, threads: Optional[int] = None) -> list[JdReport]: ...
def build_profile(resume: Union[Resume, _JsonDict], *, today: Union[date, str], work_rights: Optional[_JsonDict] = None) -> Profile: ...
def score(
    analysis: Union[JdReport, _JsonDict],
    profile: Union[Profile, _JsonDict],
    country: Optional[str] = None,
    *,
    location: Optional[str] = None,
) -> MatchResult: ...
def country_of_place(place: str) -> Optional[str]: ...
def work_mode(text: _Text, title: str = "", *, location: Optional[str] = None) -> Optional[_JsonDict]: ...
def score_many(
    analyses: Iterable[Union[JdReport, _JsonDict]],
    profile: Union[Profile, _JsonDict],
    country: Optional[str] = None,
    *,
    countries: Optional[Iterable[Optional[str]]] = None,
) -> list[MatchResult]: ...
def rank_listings(
    json_lines: _Text, profile: Union[Profile, _JsonDict], country: Optional[str] = None, *, threads: Optional[int] = None
) -> list[_JsonDict]: ...
def tailor(
    resume: Union[Resume, _JsonDict],
    analysis: Union[JdReport, _JsonDict],
    *,
    job_id: str,
    created_at: _When = None,
    max_projects: int = 2,
    tailored_id: Optional[str] = None,
) -> TailoredResume: ...
def check_tailoring(
    base: Union[Resume, _JsonDict], profile: Union[Profile, _JsonDict], tailored: Union[TailoredResume, _JsonDict]
) -> list[_JsonDict]: ...
def apply_guard(
    base: Union[Resume, _JsonDict],
    profile: Union[Profile, _JsonDict],
    tailored: Union[TailoredResume, _JsonDict],
    mode: Literal["reject", "strip"] = "reject",
) -> _JsonDict: ...
def import_resume(
    document: _Text,
    format: Literal["auto", "markdown", "text", "json_resume"] = "auto",
    *,
    owner_id: Optional[str] = None,
    created_at: _When = None,
) -> Resume: ...
def render(
    resume: Union[Resume, _JsonDict],
    tailored: Union[TailoredResume, _JsonDict, None] = None,
    format: Literal["markdown", "html", "text", "json_resume"] = "markdown",
) -> str: ...
def transition(machine: Literal["job", "application"], from_status: str, to_status: str, at: _When = None) -> _JsonDict: ...
def next_statuses(machine: Literal["job", "application"], status: str) -> list[str]: ...
def enum_values() -> dict[str, list[str]]: ...
def analyze_with_model(model: _Model, text: _Text, title: str = "") -> _JsonDict: ...
def tailor_with_model(
    model: _Model,
    resume: Union[Resume, _JsonDict],
    profile: Union[Profile, _JsonDict],
    analysis: Union[JdReport, _JsonDict],
    *,
    job_id: str,
    mode: Literal["reject", "strip"] = "reject",
    created_at: _When = None,
) -> _JsonDict: ...
def read_jobspy_csv(text: _Text, scraped_at: Union[datetime, str]) -> _JsonDict: ...
def read_json_lines(text: _Text) -> _JsonDict: ...
def read_json_listings(text: _Text) -> _JsonDict: ...
