"""The enums of the wire format, as ``str`` enums whose values are the wire
strings: ``JobStatus.APPLIED == "applied"``. Every function that takes a
status or platform takes these or the plain strings alike."""

from __future__ import annotations

import enum


class _WireEnum(str, enum.Enum):
    """A ``str`` enum that prints as its wire string."""

    def __str__(self) -> str:
        return str(self.value)


class Platform(_WireEnum):
    """The job boards Kairos tracks."""

    SEEK = "seek"
    LINKEDIN = "linkedin"
    INDEED = "indeed"
    ADZUNA = "adzuna"


class JobStatus(_WireEnum):
    """Where a user stands with a job."""

    NEW = "new"
    ANALYZED = "analyzed"
    MATCHED = "matched"
    SKIPPED = "skipped"
    APPLIED = "applied"
    REJECTED = "rejected"
    INTERVIEW = "interview"
    OFFER = "offer"


class ApplicationStatus(_WireEnum):
    """Where an application stands."""

    PREPARED = "prepared"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    INTERVIEW = "interview"
    REJECTED = "rejected"
    OFFER = "offer"


class SectionType(_WireEnum):
    """The kinds of resume section."""

    SUMMARY = "summary"
    EDUCATION = "education"
    WORK_EXPERIENCE = "work_experience"
    INTERNSHIP = "internship"
    PROJECTS = "projects"
    TECHNOLOGIES = "technologies"
    EXTRACURRICULAR = "extracurricular"
    REFERENCES = "references"


class SkillCategory(_WireEnum):
    """The categories of profile skills."""

    LANGUAGE = "language"
    FRAMEWORK = "framework"
    DATABASE = "database"
    TOOL = "tool"
    CLOUD = "cloud"
    CONCEPT = "concept"


class SkillSource(_WireEnum):
    """Where a profile entry came from."""

    RESUME_ANALYSIS = "resume_analysis"
    MANUAL = "manual"
    BOTH = "both"


ALL = (Platform, JobStatus, ApplicationStatus, SectionType, SkillCategory, SkillSource)
