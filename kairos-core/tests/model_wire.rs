//! The wire format: every enum's strings one by one, and serde round trips
//! for every entity.

use chrono::{TimeZone, Utc};
use kairos_core::model::*;
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string(value).expect("serializes");
    let back: T = serde_json::from_str(&json).expect("deserializes what it wrote");
    assert_eq!(
        &back, value,
        "round trip changed the value; json was {json}"
    );
    assert_eq!(serde_json::to_string(&back).expect("serializes"), json);
}

fn wire<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .expect("serializes")
        .as_str()
        .expect("a string")
        .to_owned()
}

#[test]
fn platform_wire_strings() {
    assert_eq!(wire(Platform::Seek), "seek");
    assert_eq!(wire(Platform::LinkedIn), "linkedin");
    assert_eq!(wire(Platform::Indeed), "indeed");
    assert_eq!(wire(Platform::Adzuna), "adzuna");
    assert_eq!(Platform::ALL.len(), 4);
}

#[test]
fn job_status_wire_strings() {
    let expected = [
        (JobStatus::New, "new"),
        (JobStatus::Analyzed, "analyzed"),
        (JobStatus::Matched, "matched"),
        (JobStatus::Skipped, "skipped"),
        (JobStatus::Applied, "applied"),
        (JobStatus::Rejected, "rejected"),
        (JobStatus::Interview, "interview"),
        (JobStatus::Offer, "offer"),
    ];
    for (status, s) in expected {
        assert_eq!(wire(status), s);
        assert_eq!(s.parse::<JobStatus>().expect("parses"), status);
    }
    assert_eq!(JobStatus::ALL.len(), expected.len());
}

#[test]
fn application_status_wire_strings() {
    let expected = [
        (ApplicationStatus::Prepared, "prepared"),
        (ApplicationStatus::Submitted, "submitted"),
        (ApplicationStatus::Acknowledged, "acknowledged"),
        (ApplicationStatus::Interview, "interview"),
        (ApplicationStatus::Rejected, "rejected"),
        (ApplicationStatus::Offer, "offer"),
    ];
    for (status, s) in expected {
        assert_eq!(wire(status), s);
        assert_eq!(s.parse::<ApplicationStatus>().expect("parses"), status);
    }
    assert_eq!(ApplicationStatus::ALL.len(), expected.len());
}

#[test]
fn section_type_wire_strings_and_tailoring_rules() {
    // (type, wire string, tailorable, bullets only)
    let expected = [
        (SectionType::Summary, "summary", true, false),
        (SectionType::Education, "education", false, false),
        (SectionType::WorkExperience, "work_experience", true, true),
        (SectionType::Internship, "internship", true, true),
        (SectionType::Projects, "projects", true, false),
        (SectionType::Technologies, "technologies", true, false),
        (
            SectionType::Extracurricular,
            "extracurricular",
            false,
            false,
        ),
        (SectionType::References, "references", false, false),
    ];
    for (t, s, tailorable, bullets_only) in expected {
        assert_eq!(wire(t), s);
        assert_eq!(s.parse::<SectionType>().expect("parses"), t);
        assert_eq!(t.is_tailorable(), tailorable, "{s} tailorable");
        assert_eq!(t.bullets_only(), bullets_only, "{s} bullets only");
    }
    assert_eq!(SectionType::ALL.len(), expected.len());
}

#[test]
fn skill_category_and_source_wire_strings() {
    let categories = [
        (SkillCategory::Language, "language"),
        (SkillCategory::Framework, "framework"),
        (SkillCategory::Database, "database"),
        (SkillCategory::Tool, "tool"),
        (SkillCategory::Cloud, "cloud"),
        (SkillCategory::Concept, "concept"),
    ];
    for (c, s) in categories {
        assert_eq!(wire(c), s);
    }
    assert_eq!(SkillCategory::ALL.len(), categories.len());
    let sources = [
        (SkillSource::ResumeAnalysis, "resume_analysis"),
        (SkillSource::Manual, "manual"),
        (SkillSource::Both, "both"),
    ];
    for (c, s) in sources {
        assert_eq!(wire(c), s);
    }
    assert_eq!(SkillSource::ALL.len(), sources.len());
}

#[test]
fn single_user_id_is_the_fixed_uuid() {
    assert_eq!(
        SINGLE_USER_ID.to_string(),
        "00000000-0000-0000-0000-000000000001"
    );
}

fn at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0)
        .single()
        .expect("valid time")
}

fn sample_job() -> Job {
    Job {
        id: JobId::from_uuid(Uuid::from_u128(7)),
        owner_id: SINGLE_USER_ID,
        platform: Platform::Seek,
        platform_job_id: "81234567".into(),
        title: "Senior Rust Engineer".into(),
        company: "Acme".into(),
        location: Some("Sydney NSW".into()),
        salary_min: Some(170_000),
        salary_max: Some(190_000),
        salary_currency: Some("AUD".into()),
        url: Some(WebUrl::new("https://www.seek.com.au/job/81234567").expect("valid url")),
        description_raw: "We need Rust.\nMust have full working rights.".into(),
        pr_required: Some(false),
        citizenship_required: None,
        visa_sponsorship: Some(false),
        status: JobStatus::Analyzed,
        scraped_at: at(),
    }
}

#[test]
fn job_round_trips_with_the_service_field_names() {
    let job = sample_job();
    round_trip(&job);
    let value = serde_json::to_value(&job).expect("serializes");
    assert_eq!(value["platform"], "seek");
    assert_eq!(value["status"], "analyzed");
    assert_eq!(value["scraped_at"], "2026-11-25T09:30:00Z");
    assert_eq!(value["citizenship_required"], serde_json::Value::Null);
    assert_eq!(value["owner_id"], "00000000-0000-0000-0000-000000000001");
}

#[test]
fn listing_round_trips_and_maps_to_a_stable_job_id() {
    let job = sample_job();
    let listing = JobListing {
        platform: job.platform,
        platform_job_id: job.platform_job_id.clone(),
        title: job.title.clone(),
        company: job.company.clone(),
        location: job.location.clone(),
        salary_min: job.salary_min,
        salary_max: job.salary_max,
        salary_currency: job.salary_currency.clone(),
        url: job.url.clone(),
        description_raw: job.description_raw.clone(),
        scraped_at: job.scraped_at,
    };
    round_trip(&listing);
    let a = Job::from_listing(SINGLE_USER_ID, listing.clone()).expect("valid");
    let b = Job::from_listing(SINGLE_USER_ID, listing.clone()).expect("valid");
    assert_eq!(a.id, b.id, "the same listing maps to the same job");
    assert_eq!(a.status, JobStatus::New);
    let other_owner = UserId::from_uuid(Uuid::from_u128(2));
    assert_ne!(
        listing.job_id(other_owner),
        a.id,
        "two users track the same listing apart"
    );
}

#[test]
fn user_round_trips() {
    round_trip(&User {
        id: SINGLE_USER_ID,
        name: "Ada Lovelace".into(),
        email: Some("ada@example.com".into()),
        work_rights: WorkRights {
            citizenships: vec!["AU".into()],
            permanent_residencies: vec![],
            visas: vec!["UK Skilled Worker".into()],
            needs_sponsorship: Some(false),
        },
        created_at: at(),
    });
}

/// Timestamps are RFC 3339 as chrono's serde reads them: any offset, a
/// space for the `T`, fractions of a second; anything else is refused
/// with the reason.
#[test]
fn timestamps_read_as_rfc_3339() {
    let user = |at: &str| {
        serde_json::from_str::<User>(&format!(
            r#"{{"id":"{SINGLE_USER_ID}","name":"Ada","created_at":"{at}"}}"#
        ))
    };
    for text in [
        "2026-11-25T09:30:00Z",
        "2026-11-25T19:30:00+10:00",
        "2026-11-25 09:30:00Z",
        "2026-11-25t09:30:00.000z",
    ] {
        let read = user(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(read.created_at, at(), "{text}");
    }
    for text in ["2026-11-25", "yesterday", "2026-11-25T09:30:00"] {
        let e = user(text).expect_err(text).to_string();
        assert!(
            e.contains(&format!("\"{text}\" is not an RFC 3339 timestamp")),
            "{text}: {e}"
        );
    }
}

#[test]
fn analysis_round_trips() {
    round_trip(&JdAnalysis {
        job_id: JobId::from_uuid(Uuid::from_u128(7)),
        owner_id: SINGLE_USER_ID,
        required_skills: vec!["Rust".into(), "PostgreSQL".into()],
        preferred_skills: vec!["Kubernetes".into()],
        years_experience: Some(Years::new(5.0).expect("valid")),
        keywords: vec!["Rust".into(), "Scrum".into()],
        match_score: Some(MatchScore::new(0.8125).expect("valid")),
        match_reasoning: Some("Meets 2 of 2 required skills.".into()),
        analyzed_at: at(),
    });
}

fn sample_resume() -> Resume {
    let resume_id = ResumeId::from_uuid(Uuid::from_u128(3));
    let role = Role {
        id: RoleId::derive(&["acme", "engineer"]),
        employer: "Acme".into(),
        title: "Senior Engineer".into(),
        location: Some("Sydney".into()),
        start: Some(PartialDate::month(2020, 1).expect("valid")),
        end: Some(Until::Present),
        url: None,
        description: None,
        summary: None,
        bullets: vec![
            "Built a ledger in Rust".into(),
            "Cut p99 latency by 40%".into(),
        ],
    };
    let section = |n: u128, section_type, heading: &str, content| ResumeSection {
        id: SectionId::from_uuid(Uuid::from_u128(n)),
        section_type,
        heading: heading.into(),
        content,
    };
    Resume {
        id: resume_id,
        owner_id: SINGLE_USER_ID,
        contact: Contact {
            name: "Ada Lovelace".into(),
            ..Contact::default()
        },
        sections: vec![
            section(
                10,
                SectionType::Summary,
                "Summary",
                SectionContent::Paragraphs {
                    paragraphs: vec!["Backend engineer.".into()],
                },
            ),
            section(
                11,
                SectionType::WorkExperience,
                "Experience",
                SectionContent::Roles { roles: vec![role] },
            ),
            section(
                12,
                SectionType::Technologies,
                "Skills",
                SectionContent::Groups {
                    groups: vec![SkillGroup {
                        name: Some("Languages".into()),
                        level: None,
                        items: vec!["Rust".into(), "Python".into()],
                    }],
                },
            ),
            section(
                13,
                SectionType::Education,
                "Education",
                SectionContent::Education {
                    entries: vec![EducationEntry {
                        institution: "UNSW".into(),
                        qualification: Some("BSc".into()),
                        area: Some("Computer Science".into()),
                        start: Some(PartialDate::year(2012)),
                        end: Some(Until::Date(PartialDate::year(2015))),
                        score: None,
                        url: None,
                        notes: vec![],
                    }],
                },
            ),
            section(
                14,
                SectionType::Projects,
                "Projects",
                SectionContent::Projects {
                    projects: vec![Project {
                        name: "ledger-sync".into(),
                        description: Some("Sync tool".into()),
                        url: Some("https://github.com/example/ledger-sync".into()),
                        start: None,
                        end: None,
                        bullets: vec!["Wrote it".into()],
                        technologies: vec!["Rust".into()],
                        roles: vec![],
                        entity: None,
                        kind: None,
                    }],
                },
            ),
            section(
                15,
                SectionType::References,
                "References",
                SectionContent::Entries {
                    entries: vec![Entry {
                        title: "Available on request".into(),
                        subtitle: None,
                        start: None,
                        end: None,
                        url: None,
                        summary: None,
                        bullets: vec![],
                    }],
                },
            ),
        ],
        created_at: at(),
    }
}

#[test]
fn resume_round_trips_with_every_content_shape() {
    let resume = sample_resume();
    round_trip(&resume);
    for section in &resume.sections {
        assert!(
            section.content.fits(section.section_type),
            "{:?}",
            section.section_type
        );
    }
}

#[test]
fn tailored_resume_round_trips() {
    round_trip(&TailoredResume {
        id: TailoredResumeId::from_uuid(Uuid::from_u128(20)),
        owner_id: SINGLE_USER_ID,
        base_resume_id: ResumeId::from_uuid(Uuid::from_u128(3)),
        job_id: JobId::from_uuid(Uuid::from_u128(7)),
        sections: vec![TailoredSection {
            section_id: SectionId::from_uuid(Uuid::from_u128(10)),
            section_type: SectionType::Summary,
            content: SectionContent::Paragraphs {
                paragraphs: vec!["Rust engineer.".into()],
            },
        }],
        diff_summary: vec!["Summary rewritten (2 → 2 words)".into()],
        approved: false,
        created_at: at(),
    });
}

#[test]
fn application_round_trips() {
    round_trip(&Application {
        id: ApplicationId::from_uuid(Uuid::from_u128(30)),
        owner_id: SINGLE_USER_ID,
        job_id: JobId::from_uuid(Uuid::from_u128(7)),
        tailored_resume_id: Some(TailoredResumeId::from_uuid(Uuid::from_u128(20))),
        status: ApplicationStatus::Submitted,
        notes: None,
        created_at: at(),
        updated_at: at(),
    });
}

#[test]
fn skill_entry_round_trips() {
    round_trip(&SkillEntry {
        id: SkillEntryId::from_uuid(Uuid::from_u128(40)),
        owner_id: SINGLE_USER_ID,
        resume_id: ResumeId::from_uuid(Uuid::from_u128(3)),
        name: "Rust".into(),
        category: SkillCategory::Language,
        proficiency: Proficiency::new(8).expect("valid"),
        years: Years::new(4.5).expect("valid"),
        evidence: vec!["Acme — Senior Engineer (2020–present)".into()],
        source: SkillSource::Both,
    });
}

#[test]
fn partial_dates_keep_their_precision() {
    for s in ["2020", "2020-03", "2020-03-15"] {
        let d: PartialDate = s.parse().expect("parses");
        assert_eq!(d.to_string(), s);
    }
    round_trip(&Until::Present);
    round_trip(&Until::Date(PartialDate::year(1999)));
}
