//! Profiles, match scoring, deterministic tailoring and the truthfulness
//! guard: by example, by property, and against the shape of real fabrication.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use kairos_core::analysis::{Analyzer, JdReport};
use kairos_core::model::*;
use kairos_core::profile::{build_profile, merge_manual, Profile};
use kairos_core::resume::{import_resume, resolve, ResumeFormat, ResumeMeta};
use kairos_core::scoring::{
    score, score_many_located, score_many_prepared, score_prepared, Coverage, EligibilityStatus,
    PreparedProfile, INELIGIBLE_CAP,
};
use kairos_core::tailor::{
    apply_guard, check_tailoring, tailor, GuardMode, TailorOptions, ViolationKind,
};
use proptest::prelude::*;

fn analyzer() -> &'static Analyzer {
    Analyzer::shared()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

fn meta() -> ResumeMeta {
    ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("valid time"),
    )
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/resumes")
            .join(name),
    )
    .expect("fixture")
}

fn resume(name: &str) -> Resume {
    let text = fixture_text(name);
    import_resume(&text, ResumeFormat::detect(&text), &meta()).expect("imports")
}

fn au_citizen() -> WorkRights {
    WorkRights {
        citizenships: vec!["AU".into()],
        ..WorkRights::default()
    }
}

fn profile_of(name: &str, rights: WorkRights) -> Profile {
    build_profile(&resume(name), rights, today(), analyzer())
}

const JD: &str = "About the role
We're hiring a Backend Engineer to build our payments platform.

What you'll bring:
- 5+ years of commercial software engineering experience
- At least three years of Rust
- PostgreSQL and Kafka in production
- Experience with AWS (ECS, RDS)
- Kubernetes

Nice to have
- Go
- Exposure to Terraform is a plus

You must be an Australian citizen or permanent resident.";

fn report() -> JdReport {
    analyzer().analyze("Senior Backend Engineer", JD)
}

#[test]
fn the_profile_has_years_proficiency_and_evidence() {
    let p = profile_of("ada-markdown.md", au_citizen());
    let rust = p.skill("Rust").expect("Rust in profile");
    // Mar 2021 – present at 2026-11-25: 69 months.
    assert_eq!(rust.years.get(), 5.8);
    assert_eq!(rust.source, SkillSource::ResumeAnalysis);
    assert!(
        rust.evidence
            .contains(&"Ledgerline — Senior Backend Engineer (Mar 2021 – Present)".to_owned()),
        "{:?}",
        rust.evidence
    );
    assert!(rust.evidence.contains(&"Project: ledger-sync".to_owned()));
    // 3 + 0.75 × 5.8 + 0.75 × 1 role + 0.5 × 1 project = 8.6 → 9.
    assert_eq!(rust.proficiency.get(), 9);
    let go = p.skill("Go").expect("Go");
    assert_eq!(go.years.get(), 3.1, "Feb 2018 – Feb 2021 is 37 months");
    assert_eq!(p.total_years, 10.9, "work experience, overlaps merged");
    assert!(p.skill("Kubernetes").is_some() && p.skill("Haskell").is_none());
}

/// A certification shows the skill it certifies: listed (no years), with
/// the certification kept as a term a job may ask for.
#[test]
fn a_certification_shows_the_skill_it_certifies() {
    let text = "# Sam Lee\n\n## Experience\n\n### Engineer — Acme | 2020 – 2024\n- Wrote Go\n\n\
        ## Certifications\n\n- AWS Certified Solutions Architect – Associate (2023)\n- CKA\n\
        - AWS Certified Data Analytics – Specialty\n";
    let resume = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let p = build_profile(&resume, au_citizen(), today(), analyzer());
    for (skill, certification) in [
        ("AWS", "AWS Certified Solutions Architect"),
        ("Kubernetes", "Certified Kubernetes Administrator"),
        // The Data Analytics specialty's full name: its successor, not
        // `Data analysis`.
        ("AWS", "AWS Certified Data Engineer"),
    ] {
        let entry = p
            .skill(skill)
            .unwrap_or_else(|| panic!("{skill} in {:?}", p.skills));
        assert_eq!(
            (entry.years.get(), entry.evidence.as_slice()),
            (0.0, ["Certifications".to_owned()].as_slice()),
            "{skill}"
        );
        assert!(p.terms.iter().any(|t| t == certification), "{:?}", p.terms);
    }
    let jd = analyzer().analyze("Engineer", "Requirements\n- AWS\n- Kubernetes");
    let result = score(&jd, &p, analyzer().taxonomy(), Some("AU"));
    assert!(
        result
            .required
            .iter()
            .all(|m| m.coverage == Coverage::Matched),
        "{}",
        result.reasoning
    );
    assert!(p.skill("Data analysis").is_none(), "{:?}", p.skills);
}

/// A stack shows its parts where it is named: with the role's years when
/// a role was built on it, listed when a skills section names it.
#[test]
fn a_stack_shows_its_parts() {
    let text = "# Sam Lee\n\n## Experience\n\n### Engineer — Acme | 2020 – 2024\n\
        - Built the booking app on the MERN stack\n\n## Skills\n\nLAMP stack, Docker\n";
    let resume = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let p = build_profile(&resume, au_citizen(), today(), analyzer());
    for skill in ["MongoDB", "Express", "React", "Node.js"] {
        let entry = p
            .skill(skill)
            .unwrap_or_else(|| panic!("{skill} in {:?}", p.skills));
        assert_eq!(entry.years.get(), 5.0, "{skill}: 2020 – 2024 is five years");
    }
    for skill in ["Linux", "Apache HTTP Server", "MySQL", "PHP"] {
        let entry = p
            .skill(skill)
            .unwrap_or_else(|| panic!("{skill} in {:?}", p.skills));
        assert_eq!(entry.years.get(), 0.0, "{skill}");
    }
}

/// A skills section's note of years counts when the roles show fewer, and
/// does not hide the skill it follows (`Go (2 yrs)` was no list item).
#[test]
fn years_a_skills_section_states_count() {
    let text = "# Mia Chen\n\n## Experience\n\n### Developer \u{2014} Acme | 2024 \u{2013} 2025\n\
        - Built APIs in Go and Python\n\n## Skills\n\n\
        Python (6 years), Go (1 yr), Rust \u{2014} 2 years, AWS (EC2, S3)\n";
    let resume = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let p = build_profile(&resume, au_citizen(), today(), analyzer());
    let entry = |skill: &str| {
        p.skill(skill)
            .unwrap_or_else(|| panic!("{skill} in {:?}", p.skills))
    };
    // Stated over the roles' two years; the roles' over a smaller statement.
    assert_eq!(entry("Python").years.get(), 6.0);
    assert_eq!(entry("Go").years.get(), 2.0);
    assert_eq!(entry("Rust").years.get(), 2.0);
    assert!(
        entry("Rust")
            .evidence
            .contains(&"Skills section: Rust \u{2014} 2 years".to_owned()),
        "{:?}",
        entry("Rust").evidence
    );
    // A note that is not years stays with its name.
    assert_eq!(entry("Amazon EC2").years.get(), 0.0);
    assert!(entry("Python").proficiency > entry("Rust").proficiency);
}

/// JSON Resume skills given by name and level, with no keywords (`{"name":
/// "Rust", "level": "Expert"}`), are listed skills; the profile had read
/// only keywords and missed them. Rendered, each is written as the skill
/// it is (`Rust (Expert)`, not a label over nothing) and still counts.
#[test]
fn skills_named_without_keywords_are_listed() {
    let json = r#"{"basics": {"name": "Kim Park"}, "skills": [
        {"name": "Rust", "level": "Expert"},
        {"name": "Kubernetes"},
        {"name": "Frontend", "keywords": ["React"]}]}"#;
    let resume = import_resume(json, ResumeFormat::JsonResume, &meta()).expect("imports");
    let rendered =
        kairos_core::resume::render(&resume, kairos_core::resume::RenderFormat::Markdown);
    assert!(
        rendered.contains("\n- Rust (Expert)\n- Kubernetes\n- **Frontend:** React\n"),
        "{rendered}"
    );
    let again = import_resume(&rendered, ResumeFormat::Markdown, &meta()).expect("imports");
    for r in [&resume, &again] {
        let p = build_profile(r, au_citizen(), today(), analyzer());
        for skill in ["Rust", "Kubernetes", "React"] {
            assert!(p.skill(skill).is_some(), "{skill} in {:?}", p.skills);
        }
        assert!(
            p.skill("Frontend development").is_none(),
            "a group's name over items is a label"
        );
    }
}

#[test]
fn manual_entries_win_and_are_marked() {
    let p = profile_of("ada-markdown.md", au_citizen());
    let manual = |name: &str, level: i64, years: f64| SkillEntry {
        id: SkillEntryId::derive(&["manual", name]),
        owner_id: SINGLE_USER_ID,
        resume_id: meta().id,
        name: name.into(),
        category: SkillCategory::Language,
        proficiency: Proficiency::new(level).expect("valid"),
        years: Years::new(years).expect("valid"),
        evidence: vec!["Told us so".into()],
        source: SkillSource::Manual,
    };
    let merged = merge_manual(
        &p.skills,
        &[manual("Rust", 10, 7.0), manual("Haskell", 4, 1.0)],
    );
    let rust = merged.iter().find(|s| s.name == "Rust").expect("Rust");
    assert_eq!(
        (rust.proficiency.get(), rust.years.get(), rust.source),
        (10, 7.0, SkillSource::Both)
    );
    assert!(rust.evidence.contains(&"Told us so".to_owned()) && rust.evidence.len() > 1);
    let haskell = merged
        .iter()
        .find(|s| s.name == "Haskell")
        .expect("Haskell");
    assert_eq!(haskell.source, SkillSource::Manual);
    let go = merged.iter().find(|s| s.name == "Go").expect("Go");
    assert_eq!(go.source, SkillSource::ResumeAnalysis);
}

#[test]
fn a_good_match_scores_high_and_says_why() {
    let result = score(
        &report(),
        &profile_of("ada-markdown.md", au_citizen()),
        analyzer().taxonomy(),
        Some("AU"),
    );
    assert!(result.score > 0.75, "{}", result.score);
    assert_eq!(result.eligibility.status, EligibilityStatus::Eligible);
    assert!(
        result
            .required
            .iter()
            .all(|m| m.coverage == Coverage::Matched),
        "{:?}",
        result.required
    );
    let rust = result
        .required
        .iter()
        .find(|m| &*m.skill == "Rust")
        .expect("Rust asked");
    assert_eq!(rust.years_asked, Some(3.0));
    assert!(
        result.reasoning.starts_with("Meets all 7 required skills."),
        "{}",
        result.reasoning
    );
    assert!(
        result
            .reasoning
            .contains("Rust: 9/10 over 5.8 years against 3+ asked."),
        "{}",
        result.reasoning
    );
    let sentences = result.reasoning.matches(". ").count() + 1;
    assert!((2..=4).contains(&sentences), "{}", result.reasoning);
}

/// `0-2 years of Rust` sets no floor: the reasoning quotes the skill's
/// level and years without "against 0+ asked".
#[test]
fn years_with_no_floor_are_not_quoted_as_asked() {
    let p = profile_of("ada-markdown.md", au_citizen());
    let r = score(
        &analyzer().analyze(
            "Engineer",
            "Requirements\n- 0-2 years of experience with Rust",
        ),
        &p,
        analyzer().taxonomy(),
        Some("AU"),
    );
    assert!(
        r.reasoning.contains("Rust: 9/10 over 5.8 years.") && !r.reasoning.contains("asked"),
        "{}",
        r.reasoning
    );
}

#[test]
fn an_alternative_the_listing_accepts_meets_the_ask() {
    let p = profile_of("ada-markdown.md", au_citizen());
    let scored = |jd: &str| {
        score(
            &analyzer().analyze("Engineer", jd),
            &p,
            analyzer().taxonomy(),
            Some("AU"),
        )
    };
    let either = scored("Requirements\n- Java or Go");
    let m = &either.required[0];
    assert_eq!(
        (&*m.skill, m.coverage, m.via.as_deref()),
        ("Java", Coverage::Matched, Some("Go")),
        "{}",
        either.reasoning
    );
    assert!(
        either
            .reasoning
            .starts_with("Meets the one required skill."),
        "{}",
        either.reasoning
    );
    let java_only = scored("Requirements\n- Java");
    assert_eq!(java_only.required[0].coverage, Coverage::Missing);
    assert!(either.score > java_only.score);
    // The detail names the alternative that meets the ask on its own: it
    // was asked as much as Java was, not covered through it.
    let years = scored("Requirements\n- 3+ years of Java or Go");
    assert!(
        years
            .reasoning
            .contains(" Go: 6/10 over 3.1 years against 3+ asked.")
            && !years.reasoning.contains("through"),
        "{}",
        years.reasoning
    );
    // A choice the profile has none of is named whole.
    let neither = scored("Requirements\n- Haskell or OCaml\n- Rust");
    assert!(
        neither
            .reasoning
            .starts_with("Meets 1 of 2 required skills; missing Haskell (or OCaml)."),
        "{}",
        neither.reasoning
    );
}

#[test]
fn missing_skills_and_years_shortfalls_are_named() {
    let p = profile_of("dev-heading-dates.md", au_citizen());
    let result = score(&report(), &p, analyzer().taxonomy(), Some("AU"));
    assert!(
        result.reasoning.contains("missing Rust"),
        "{}",
        result.reasoning
    );
    assert!(
        result.reasoning.contains("against 5+ asked"),
        "{}",
        result.reasoning
    );
    assert_eq!(result.years.met, Some(false));
    assert!(result.score < 0.4, "{}", result.score);
}

#[test]
fn ineligibility_comes_first_and_caps_the_score() {
    let r = analyzer().analyze(
        "Backend Engineer",
        &format!("{JD}\nThis role requires Baseline security clearance."),
    );
    let visa_holder = WorkRights {
        citizenships: vec!["IN".into()],
        visas: vec!["AU 482".into()],
        needs_sponsorship: Some(true),
        ..WorkRights::default()
    };
    let result = score(
        &r,
        &profile_of("ada-markdown.md", visa_holder),
        analyzer().taxonomy(),
        Some("AU"),
    );
    assert_eq!(result.eligibility.status, EligibilityStatus::Ineligible);
    assert!(
        result
            .reasoning
            .starts_with("Not eligible: the job requires Australian citizenship"),
        "{}",
        result.reasoning
    );
    assert!(result.score <= INELIGIBLE_CAP);

    let no_sponsor = analyzer().analyze(
        "Engineer",
        "Requirements: Rust. We are unable to sponsor visas.",
    );
    let needs = WorkRights {
        needs_sponsorship: Some(true),
        ..WorkRights::default()
    };
    let result = score(
        &no_sponsor,
        &profile_of("ada-markdown.md", needs),
        analyzer().taxonomy(),
        None,
    );
    assert!(
        result
            .reasoning
            .starts_with("Not eligible: the job does not sponsor visas"),
        "{}",
        result.reasoning
    );
}

/// A job in a country where the profile, which names where the user may
/// work, gives no right to, and which offers no sponsorship, is not one
/// the user can take, though the listing says nothing of work rights: a
/// Manchester job for an Australian permanent resident. A visa of that
/// country, sponsorship on offer, the Trans-Tasman arrangement, a treaty
/// (the European Economic Area, Ireland and the United Kingdom) or a
/// profile silent on rights keep it open.
#[test]
fn a_job_abroad_needs_the_right_to_work_there() {
    let silent = analyzer().analyze("Rust Engineer", "Requirements: Rust and PostgreSQL.");
    let sponsored = analyzer().analyze(
        "Rust Engineer",
        "Requirements: Rust and PostgreSQL. Visa sponsorship is available.",
    );
    let au_resident = WorkRights {
        permanent_residencies: vec!["AU".into()],
        ..WorkRights::default()
    };
    let uk_visa = WorkRights {
        citizenships: vec!["IN".into()],
        visas: vec!["UK Skilled Worker".into()],
        ..WorkRights::default()
    };
    let nz_citizen = WorkRights {
        citizenships: vec!["NZ".into()],
        ..WorkRights::default()
    };
    let irish_citizen = WorkRights {
        citizenships: vec!["IE".into()],
        ..WorkRights::default()
    };
    let judged = |report: &JdReport, rights: &WorkRights, country: &str| {
        let result = score(
            report,
            &profile_of("ada-markdown.md", rights.clone()),
            analyzer().taxonomy(),
            Some(country),
        );
        (result.eligibility.status, result.eligibility.reason)
    };
    let (status, reason) = judged(&silent, &au_resident, "GB");
    assert_eq!(status, EligibilityStatus::Ineligible);
    assert_eq!(
        reason.as_deref(),
        Some(
            "Not eligible: the job is in the United Kingdom, where your profile lists no right \
             to work, and it does not say it sponsors visas."
        )
    );
    // The reason says what the listing says: silent above, a refusal here.
    let refusing = analyzer().analyze(
        "Rust Engineer",
        "Requirements: Rust and PostgreSQL. We are unable to offer visa sponsorship.",
    );
    assert_eq!(
        judged(&refusing, &au_resident, "GB").1.as_deref(),
        Some(
            "Not eligible: the job is in the United Kingdom, where your profile lists no right \
             to work, and it does not sponsor visas."
        )
    );
    // Berlin for an Australian: the country by its name, not its code.
    let (status, reason) = judged(&silent, &au_resident, "DE");
    assert_eq!(status, EligibilityStatus::Ineligible);
    assert!(
        reason
            .as_deref()
            .is_some_and(|r| r.contains("the job is in Germany, where")),
        "{reason:?}"
    );
    for (report, rights, country) in [
        (&silent, &au_resident, "AU"),
        (&sponsored, &au_resident, "GB"),
        (&silent, &au_resident, "NZ"),
        (&silent, &nz_citizen, "AU"),
        (&silent, &uk_visa, "GB"),
        (&silent, &WorkRights::default(), "GB"),
        // Treaties: Irish citizens in Germany and in the United Kingdom.
        (&silent, &irish_citizen, "DE"),
        (&silent, &irish_citizen, "GB"),
    ] {
        assert_eq!(
            judged(report, rights, country),
            (EligibilityStatus::Eligible, None),
            "{rights:?} in {country}"
        );
    }
}

/// A description pasted with its `Location:` line is judged where that
/// line places the job, not in the country the caller assumed: a
/// Manchester job is in the United Kingdom for an Australian citizen
/// scoring it with `AU`. A location line naming no country leaves the one
/// given.
#[test]
fn a_location_line_says_where_the_job_is() {
    let au_citizen = au_citizen();
    let judged = |text: &str| {
        let report = analyzer().analyze("Rust Engineer", text);
        let profile = profile_of("ada-markdown.md", au_citizen.clone());
        let eligibility = score(&report, &profile, analyzer().taxonomy(), Some("AU")).eligibility;
        (report.job_country().zip(report.location), eligibility)
    };
    let (location, eligibility) =
        judged("Rust Engineer\nLocation: Manchester, England\n\nRequirements: Rust.");
    assert_eq!(location, Some(("GB", "Manchester, England".to_owned())));
    assert_eq!(eligibility.status, EligibilityStatus::Ineligible);
    assert_eq!(
        eligibility.reason.as_deref(),
        Some(
            "Not eligible: the job is in the United Kingdom, where your profile lists no right \
             to work, and it does not say it sponsors visas."
        )
    );
    for text in [
        "Location: Sydney NSW\n\nRequirements: Rust.",
        "Location: Remote\n\nRequirements: Rust.",
        "Location: Manchester\n\nRequirements: Rust. Visa sponsorship is available.",
        "Location: Melbourne VIC\n\nRequirements: Rust. Australian citizens only.",
    ] {
        assert_eq!(
            judged(text).1.status,
            EligibilityStatus::Eligible,
            "{text:?}"
        );
    }
    let (location, eligibility) = judged("Location: Remote\n\nRequirements: Rust.");
    assert_eq!((location, eligibility.reason), (None, None));
}

/// `EU citizenship required` asks for the citizenship of any country of
/// the European Economic Area (or Switzerland), not of the country the job
/// is in.
#[test]
fn an_eu_citizenship_is_any_of_its_countries() {
    let report = analyzer().analyze(
        "Rust Engineer",
        "Requirements: Rust and PostgreSQL.\nEU citizenship required.",
    );
    let citizen_of = |code: &str| WorkRights {
        citizenships: vec![code.into()],
        ..WorkRights::default()
    };
    let judged = |code: &str| {
        let profile = profile_of("ada-markdown.md", citizen_of(code));
        score(&report, &profile, analyzer().taxonomy(), Some("DE")).eligibility
    };
    for code in ["DE", "IE", "FR"] {
        assert_eq!(judged(code).status, EligibilityStatus::Eligible, "{code}");
    }
    assert_eq!(
        judged("AU").reason.as_deref(),
        Some("Not eligible: the job requires EU citizenship, which your profile does not list.")
    );
}

#[test]
fn unknown_flags_never_penalise() {
    let r = report();
    let known = score(
        &r,
        &profile_of("ada-markdown.md", au_citizen()),
        analyzer().taxonomy(),
        Some("AU"),
    );
    let unknown = score(
        &r,
        &profile_of("ada-markdown.md", WorkRights::default()),
        analyzer().taxonomy(),
        None,
    );
    let silent = analyzer().analyze(
        "Senior Backend Engineer",
        &JD.replace(
            "You must be an Australian citizen or permanent resident.",
            "",
        ),
    );
    let silent = score(
        &silent,
        &profile_of("ada-markdown.md", WorkRights::default()),
        analyzer().taxonomy(),
        Some("AU"),
    );
    assert_eq!(silent.eligibility.status, EligibilityStatus::Eligible);
    assert_eq!(
        unknown.eligibility.status,
        EligibilityStatus::Eligible,
        "no country known: no penalty"
    );
    assert_eq!(known.score, silent.score);
}

/// A Next.js entry with the profile's Rust proficiency and years: Next.js
/// implies React, so it covers a React ask in part.
fn next_js_like_rust(p: &Profile) -> SkillEntry {
    let mut next = p
        .skills
        .iter()
        .find(|s| s.name == "Rust")
        .expect("Rust")
        .clone();
    next.name = "Next.js".into();
    next
}

#[test]
fn implied_and_related_skills_give_partial_credit() {
    let r = analyzer().analyze("Engineer", "Requirements:\n- React\n- MySQL");
    let mut p = profile_of("ada-markdown.md", au_citizen());
    p.skills.retain(|s| s.name != "React" && s.name != "MySQL");
    p.skills.push(next_js_like_rust(&p));
    let result = score(&r, &p, analyzer().taxonomy(), None);
    let react = &result.required[0];
    assert_eq!(
        (react.coverage, react.via.as_deref()),
        (Coverage::Partial, Some("Next.js"))
    );
    let mysql = &result.required[1];
    assert_eq!(
        (mysql.coverage, mysql.via.as_deref()),
        (Coverage::Partial, Some("PostgreSQL"))
    );
    assert!(
        react.credit > mysql.credit,
        "implied counts more than related"
    );
    assert!(
        result
            .reasoning
            .contains("partly covers React through Next.js"),
        "{}",
        result.reasoning
    );
}

/// The reasoning's detail names the job's skill with the entry covering
/// it, so the years asked read as the job's (`React through Next.js: …
/// against 3+ asked`), never as if asked of the entry.
#[test]
fn a_detail_through_another_skill_names_both() {
    let r = analyzer().analyze("Engineer", "Requirements:\n- 3+ years of React");
    let mut p = profile_of("ada-markdown.md", au_citizen());
    p.skills.retain(|s| s.name != "React");
    p.skills.push(next_js_like_rust(&p));
    let result = score(&r, &p, analyzer().taxonomy(), None);
    assert!(
        result
            .reasoning
            .contains("React through Next.js: 9/10 over 5.8 years against 3+ asked."),
        "{}",
        result.reasoning
    );
}

/// A weak entry of the skill itself and a strong one implying it: the
/// credit is the strong one's, and so are the figures shown, so a reader
/// can check the credit against them.
#[test]
fn the_entry_that_earns_the_credit_is_the_one_shown() {
    let r = analyzer().analyze("Engineer", "Requirements:\n- 3+ years of React");
    let mut p = profile_of("ada-markdown.md", au_citizen());
    p.skills.push(next_js_like_rust(&p));
    let react = p
        .skills
        .iter_mut()
        .find(|s| s.name == "React")
        .expect("React");
    react.years = Years::new(0.5).expect("years");
    react.proficiency = Proficiency::new(3).expect("proficiency");
    let result = score(&r, &p, analyzer().taxonomy(), None);
    let m = &result.required[0];
    assert_eq!(
        (m.coverage, m.via.as_deref(), m.proficiency, m.years),
        (Coverage::Matched, Some("Next.js"), Some(9), Some(5.8))
    );
    // 0.75 for an implying entry × (0.7 + 0.3 × 9/10), years met.
    assert!((m.credit - 0.75 * 0.97).abs() < 1e-6, "{}", m.credit);
    assert!(
        result
            .reasoning
            .contains("React through Next.js: 9/10 over 5.8 years against 3+ asked."),
        "{}",
        result.reasoning
    );
}

/// The first section of type `t`.
fn section_of(r: &Resume, t: SectionType) -> &ResumeSection {
    r.sections
        .iter()
        .find(|s| s.section_type == t)
        .unwrap_or_else(|| panic!("a {t:?} section"))
}

fn options() -> TailorOptions {
    TailorOptions {
        id: TailoredResumeId::derive(&["t"]),
        job_id: JobId::derive(&["j"]),
        created_at: meta().created_at,
        max_projects: 1,
    }
}

#[test]
fn deterministic_tailoring_reorders_selects_and_passes_the_guard() {
    let base = resume("ada-markdown.md");
    let t = tailor(&base, &report(), analyzer(), &options());
    assert!(!t.sections.is_empty());
    assert!(t.sections.iter().all(|s| s.section_type.is_tailorable()));
    let resolved = resolve(&base, &t).expect("valid tailoring");
    let SectionContent::Projects { projects } =
        &section_of(&resolved, SectionType::Projects).content
    else {
        unreachable!()
    };
    assert_eq!(projects.len(), 1);
    assert_eq!(
        projects[0].name, "ledger-sync",
        "the Rust project is the relevant one"
    );
    assert!(check_tailoring(
        &base,
        &profile_of("ada-markdown.md", au_citizen()),
        &t,
        analyzer()
    )
    .is_empty());
    assert!(
        t.diff_summary.iter().any(|l| l.starts_with("Projects:")),
        "{:?}",
        t.diff_summary
    );
}

/// The first role's bullets after tailoring `resume_md` to `jd`.
fn tailored_bullets(resume_md: &str, jd: &str) -> Vec<String> {
    let base = import_resume(resume_md, ResumeFormat::Markdown, &meta()).expect("imports");
    let report = analyzer().analyze("Backend Engineer", jd);
    let resolved = resolve(&base, &tailor(&base, &report, analyzer(), &options())).expect("valid");
    let work = section_of(&resolved, SectionType::WorkExperience);
    let SectionContent::Roles { roles } = &work.content else {
        unreachable!("work holds roles")
    };
    roles[0].bullets.clone()
}

#[test]
fn tailoring_credits_bullets_that_show_a_skill_through_another() {
    let resume =
        "# Sam Lee\n\n## Experience\n\n### Backend Engineer, Tallow (Jan 2020 – Present)\n\n\
        - Mentored two graduate engineers\n\
        - Ran the weekly incident review\n\
        - Built the booking service in Django\n\
        - Moved the reporting jobs from MySQL to a new store\n";
    // Django implies Python; MySQL is related to PostgreSQL: the bullets
    // that show the job's skills, though not by name, come first, the one
    // implying a required skill before the merely related one.
    let bullets = tailored_bullets(
        resume,
        "Requirements:\n- Python\n- PostgreSQL\n\nYou will build our booking platform.",
    );
    assert_eq!(
        bullets,
        [
            "Built the booking service in Django",
            "Moved the reporting jobs from MySQL to a new store",
            "Mentored two graduate engineers",
            "Ran the weekly incident review",
        ]
    );
    // A bullet naming the required skill still outranks one implying it.
    let bullets = tailored_bullets(
        &resume.replace(
            "Ran the weekly incident review",
            "Wrote Python scripts for the weekly incident review",
        ),
        "Requirements:\n- Python\n",
    );
    assert_eq!(
        bullets[0],
        "Wrote Python scripts for the weekly incident review"
    );
    assert_eq!(bullets[1], "Built the booking service in Django");
}

#[test]
fn tailoring_counts_a_choice_as_one_ask_met_by_any_of_its_skills() {
    let resume =
        "# Sam Lee\n\n## Experience\n\n### Cloud Engineer, Tallow (Jan 2020 – Present)\n\n\
        - Ran the on-call roster\n\
        - Moved the data platform to GCP\n\
        - Migrated workloads between AWS and GCP\n\
        - Wrote Terraform modules for AWS\n";
    // `AWS or GCP` is one ask, met as well by GCP alone as by AWS; naming
    // both meets it once, so the bullet that also meets Terraform leads.
    let bullets = tailored_bullets(resume, "Requirements:\n- AWS or GCP\n- Terraform\n");
    assert_eq!(
        bullets,
        [
            "Wrote Terraform modules for AWS",
            "Moved the data platform to GCP",
            "Migrated workloads between AWS and GCP",
            "Ran the on-call roster",
        ]
    );
}

/// A skills group is weighed as the job's asks it meets, each once: three
/// clouds for `AWS, GCP or Azure` meet one ask, fewer than the two
/// languages the job also requires (summed item by item, the clouds
/// counted three asks and stayed first).
#[test]
fn tailoring_weighs_a_skills_group_by_the_asks_it_meets() {
    let resume = "# Sam Lee\n\n## Experience\n\n### Engineer, Tallow (Jan 2020 – Present)\n\n\
        - Built services\n\n## Skills\n\n\
        - Cloud: AWS, GCP, Azure\n\
        - Languages: Python, SQL\n\
        - Tools: Jira\n";
    let base = import_resume(resume, ResumeFormat::Markdown, &meta()).expect("imports");
    let report = analyzer().analyze(
        "Data Engineer",
        "Requirements:\n- Python\n- SQL\n- Experience with AWS, GCP or Azure\n",
    );
    assert_eq!(
        tailored_group_names(&base, &report),
        ["Languages", "Cloud", "Tools"]
    );
}

#[test]
fn tailoring_orders_a_kept_project_s_bullets_and_technologies() {
    let resume = "# Sam Lee\n\n## Experience\n\n### Engineer, Tallow (Jan 2020 – Present)\n\n\
        - Built services\n\n## Projects\n\n### rota-bot\n\n\
        - Used by 5 teams\n- Written in Rust with a PostgreSQL store\n\n\
        Tech: Slack API, TypeScript, Rust, PostgreSQL\n";
    let base = import_resume(resume, ResumeFormat::Markdown, &meta()).expect("imports");
    let report = analyzer().analyze("Backend Engineer", "Requirements:\n- Rust\n- PostgreSQL\n");
    let resolved = resolve(&base, &tailor(&base, &report, analyzer(), &options())).expect("valid");
    let SectionContent::Projects { projects } =
        &section_of(&resolved, SectionType::Projects).content
    else {
        unreachable!("projects hold projects")
    };
    assert_eq!(
        projects[0].bullets,
        ["Written in Rust with a PostgreSQL store", "Used by 5 teams"]
    );
    assert_eq!(
        projects[0].technologies,
        ["Rust", "PostgreSQL", "Slack API", "TypeScript"]
    );
}

/// Skills listed by name alone (JSON Resume's `{"name": "Rust"}`) are
/// ordered by what they name, as a group is by its items: they had no
/// items, so counted nothing and fell behind every group.
#[test]
fn tailoring_orders_skills_named_without_keywords() {
    let json = r#"{"basics": {"name": "Kim Park"},
        "work": [{"name": "Tallow", "position": "Engineer", "startDate": "2020-01",
                  "highlights": ["Built services"]}],
        "skills": [{"name": "Java", "level": "Advanced"}, {"name": "Office", "keywords": ["Excel"]},
                   {"name": "Rust", "level": "Expert"}]}"#;
    let base = import_resume(json, ResumeFormat::JsonResume, &meta()).expect("imports");
    let report = analyzer().analyze("Backend Engineer", "Requirements:\n- Rust\n");
    assert_eq!(
        tailored_group_names(&base, &report),
        ["Rust", "Java", "Office"]
    );
}

/// The names of the skills groups of `base` tailored for `report`, in
/// their tailored order.
fn tailored_group_names(base: &Resume, report: &JdReport) -> Vec<String> {
    let resolved = resolve(base, &tailor(base, report, analyzer(), &options())).expect("valid");
    let SectionContent::Groups { groups } =
        &section_of(&resolved, SectionType::Technologies).content
    else {
        unreachable!("skills hold groups")
    };
    groups.iter().filter_map(|g| g.name.clone()).collect()
}

fn fabricate(base: &Resume, bullet: &str) -> TailoredResume {
    let section = section_of(base, SectionType::WorkExperience);
    let SectionContent::Roles { roles } = &section.content else {
        unreachable!()
    };
    let mut role = roles[0].clone();
    role.bullets.push(bullet.into());
    TailoredResume {
        sections: vec![TailoredSection {
            section_id: section.id,
            section_type: section.section_type,
            content: SectionContent::Roles { roles: vec![role] },
        }],
        ..tailor(base, &report(), analyzer(), &options())
    }
}

#[test]
fn the_guard_catches_real_fabrications() {
    let base = resume("dev-heading-dates.md");
    let profile = profile_of("dev-heading-dates.md", au_citizen());
    let t = fabricate(
        &base,
        "Deployed the services to Kubernetes and increased revenue 40%",
    );
    let violations = check_tailoring(&base, &profile, &t, analyzer());
    let found: Vec<(ViolationKind, &str)> = violations
        .iter()
        .map(|v| (v.kind, v.detail.as_str()))
        .collect();
    assert!(
        found.contains(&(ViolationKind::InventedSkill, "Kubernetes")),
        "{violations:?}"
    );
    assert!(
        found.contains(&(ViolationKind::InventedNumber, "40%")),
        "{violations:?}"
    );
    assert!(
        violations
            .iter()
            .all(|v| v.location == "Acme Mining Software — Graduate Software Engineer, bullet 3"),
        "{violations:?}"
    );

    let rejected = apply_guard(&base, &profile, &t, analyzer(), GuardMode::Reject);
    assert!(rejected.tailored.is_none() && rejected.violations.len() == 2);
    let stripped = apply_guard(&base, &profile, &t, analyzer(), GuardMode::Strip);
    let kept = stripped.tailored.expect("strip keeps the rest");
    assert!(check_tailoring(&base, &profile, &kept, analyzer()).is_empty());
    let text = kairos_core::resume::render(
        &resolve(&base, &kept).expect("valid"),
        kairos_core::resume::RenderFormat::Markdown,
    );
    assert!(!text.contains("Kubernetes") && !text.contains("40%"));
}

/// A skill group's name is checked as its items are: a skill listed by
/// name alone (`{"name": "Rust"}`) renamed to one the person never showed
/// is an invented skill, and stripping drops the group.
#[test]
fn the_guard_checks_a_skill_group_s_name() {
    let json = r#"{"basics": {"name": "Kim Park"},
        "work": [{"name": "Tallow", "position": "Engineer", "startDate": "2020-01",
                  "highlights": ["Built services in Rust"]}],
        "skills": [{"name": "Rust", "level": "Expert"}, {"name": "Languages", "keywords": ["Rust"]}]}"#;
    let base = import_resume(json, ResumeFormat::JsonResume, &meta()).expect("imports");
    let profile = build_profile(&base, au_citizen(), today(), analyzer());
    let section = section_of(&base, SectionType::Technologies);
    let SectionContent::Groups { groups } = &section.content else {
        unreachable!("skills hold groups")
    };
    let mut renamed = groups.clone();
    renamed[0].name = Some("Kubernetes".into());
    let t = TailoredResume {
        sections: vec![TailoredSection {
            section_id: section.id,
            section_type: section.section_type,
            content: SectionContent::Groups { groups: renamed },
        }],
        ..tailor(&base, &report(), analyzer(), &options())
    };
    let violations = check_tailoring(&base, &profile, &t, analyzer());
    assert!(
        violations
            .iter()
            .any(|v| v.kind == ViolationKind::InventedSkill
                && v.detail == "Kubernetes"
                && v.location.contains("Kubernetes, name")),
        "{violations:?}"
    );
    let kept = apply_guard(&base, &profile, &t, analyzer(), GuardMode::Strip)
        .tailored
        .expect("strip keeps the rest");
    assert!(check_tailoring(&base, &profile, &kept, analyzer()).is_empty());
    let SectionContent::Groups { groups } = &kept.sections[0].content else {
        unreachable!("skills hold groups")
    };
    let names: Vec<_> = groups.iter().filter_map(|g| g.name.as_deref()).collect();
    assert_eq!(names, ["Languages"]);
}

#[test]
fn the_guard_refuses_header_changes_and_protected_sections() {
    let base = resume("dev-heading-dates.md");
    let profile = profile_of("dev-heading-dates.md", au_citizen());
    let mut t = fabricate(
        &base,
        "Built Spring Boot microservices for equipment telemetry",
    );
    if let SectionContent::Roles { roles } = &mut t.sections[0].content {
        roles[0].title = "Senior Software Engineer".into();
    }
    let edu = section_of(&base, SectionType::Education);
    t.sections.push(TailoredSection {
        section_id: edu.id,
        section_type: edu.section_type,
        content: edu.content.clone(),
    });
    let kinds: Vec<ViolationKind> = check_tailoring(&base, &profile, &t, analyzer())
        .iter()
        .map(|v| v.kind)
        .collect();
    assert!(
        kinds.contains(&ViolationKind::ChangedFixedField)
            && kinds.contains(&ViolationKind::ProtectedSection),
        "{kinds:?}"
    );
    let stripped = apply_guard(&base, &profile, &t, analyzer(), GuardMode::Strip)
        .tailored
        .expect("stripped");
    assert!(check_tailoring(&base, &profile, &stripped, analyzer()).is_empty());
    assert!(resolve(&base, &stripped).is_ok());
}

/// The Resume-Matcher master resume as Markdown, so the project's own
/// importer reads it.
fn resume_matcher_markdown(v: &serde_json::Value) -> String {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_owned();
    let mut md = format!(
        "# {}\n{}\n\n## Summary\n{}\n\n## Experience\n",
        s(&v["personalInfo"]["name"]),
        s(&v["personalInfo"]["title"]),
        s(&v["summary"])
    );
    for w in v["workExperience"].as_array().into_iter().flatten() {
        md.push_str(&format!(
            "### {} — {} | {} | {}\n",
            s(&w["title"]),
            s(&w["company"]),
            s(&w["location"]),
            s(&w["years"])
        ));
        for d in w["description"].as_array().into_iter().flatten() {
            md.push_str(&format!("- {}\n", s(d)));
        }
    }
    md.push_str("\n## Projects\n");
    for p in v["personalProjects"].as_array().into_iter().flatten() {
        md.push_str(&format!("### {}\n", s(&p["name"])));
        for d in p["description"].as_array().into_iter().flatten() {
            md.push_str(&format!("- {}\n", s(d)));
        }
    }
    md.push_str("\n## Skills\n");
    for k in v["additional"]["technicalSkills"]
        .as_array()
        .into_iter()
        .flatten()
    {
        md.push_str(&format!("- {}\n", s(k)));
    }
    md
}

#[test]
fn the_shared_resume_matcher_jds_score_against_its_master_resume() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    let Ok(master) = std::fs::read_to_string(dir.join("resumes/resume-matcher-master.json")) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let master: serde_json::Value = serde_json::from_str(&master).expect("valid JSON");
    let base = import_resume(
        &resume_matcher_markdown(&master),
        ResumeFormat::Markdown,
        &meta(),
    )
    .expect("imports");
    let profile = build_profile(&base, WorkRights::default(), today(), analyzer());
    for name in ["backend-eng", "frontend-eng", "ml-eng", "product-manager"] {
        let jd = std::fs::read_to_string(dir.join(format!("jds/resume-matcher/{name}.txt")))
            .expect("JD");
        let result = score(
            &analyzer().analyze("", &jd),
            &profile,
            analyzer().taxonomy(),
            None,
        );
        eprintln!("{name}: {:.3} — {}", result.score, result.reasoning);
        for m in result.required.iter().chain(&result.preferred) {
            eprintln!("    {:<24} {:?} {:?}", m.skill, m.coverage, m.via);
        }
        assert!((0.0..=1.0).contains(&result.score));
    }
}

// ---- properties ----

fn any_profile() -> impl Strategy<Value = Profile> {
    let names = vec![
        "Rust",
        "Go",
        "PostgreSQL",
        "Kubernetes",
        "AWS",
        "React",
        "Next.js",
        "MySQL",
        "Python",
        "Django",
        "Terraform",
        "Apache Kafka",
    ];
    prop::collection::vec((prop::sample::select(names), 1..=10i64, 0.0..12.0f64), 0..8).prop_map(
        |entries| {
            let mut skills: Vec<SkillEntry> = Vec::new();
            for (name, level, years) in entries {
                if skills.iter().any(|s| s.name == name) {
                    continue;
                }
                skills.push(SkillEntry {
                    id: SkillEntryId::derive(&[name]),
                    owner_id: SINGLE_USER_ID,
                    resume_id: meta().id,
                    name: name.into(),
                    category: SkillCategory::Tool,
                    proficiency: Proficiency::new(level).expect("in range"),
                    years: Years::new(years).expect("valid"),
                    evidence: vec![],
                    source: SkillSource::Manual,
                });
            }
            Profile {
                skills,
                terms: vec![],
                work_rights: WorkRights::default(),
                total_years: 3.0,
            }
        },
    )
}

fn any_report() -> impl Strategy<Value = JdReport> {
    let lines = prop::collection::vec(
        prop::sample::select(vec![
            "Rust",
            "Go",
            "PostgreSQL",
            "Kubernetes",
            "AWS",
            "React",
            "MySQL",
            "Python",
            "Terraform",
            "Kafka",
            "3+ years of Rust",
            "5+ years of experience",
        ]),
        1..8,
    );
    (lines.clone(), lines).prop_map(|(req, pref)| {
        analyzer().analyze(
            "Engineer",
            &format!(
                "Requirements:\n- {}\nNice to have:\n- {}",
                req.join("\n- "),
                pref.join("\n- ")
            ),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any place, in any script, reads as a known country or none, and
    /// the same twice.
    #[test]
    fn any_place_reads_as_a_known_country_or_none(place in "\\PC{0,60}") {
        let country = kairos_core::listings::country_of_place(&place);
        prop_assert!(country.is_none_or(|c| ["AU", "NZ", "GB", "US", "CA"].contains(&c)));
        prop_assert_eq!(country, kairos_core::listings::country_of_place(&place));
    }

    #[test]
    fn the_score_is_in_range_and_never_nan(r in any_report(), p in any_profile()) {
        let s = score(&r, &p, analyzer().taxonomy(), None).score;
        prop_assert!((0.0..=1.0).contains(&s));
    }

    /// A profile prepared once and kept, as a service keeps it between
    /// calls, scores every job and batch as preparing it afresh does.
    #[test]
    fn a_kept_prepared_profile_scores_as_a_fresh_one(
        reports in prop::collection::vec(any_report(), 1..4),
        p in any_profile(),
        country in prop::sample::select(vec![None, Some("AU"), Some("US")]),
    ) {
        let taxonomy = analyzer().taxonomy();
        let kept = PreparedProfile::new(&p, taxonomy);
        for r in &reports {
            prop_assert_eq!(score_prepared(r, &kept, taxonomy, country), score(r, &p, taxonomy, country));
        }
        for _ in 0..2 {
            let jobs = || reports.iter().map(|r| (r, country));
            prop_assert_eq!(
                score_many_prepared(jobs(), &kept, taxonomy),
                score_many_located(jobs(), &p, taxonomy)
            );
        }
    }

    #[test]
    fn more_skill_never_lowers_the_score(r in any_report(), p in any_profile(), extra in prop::sample::select(vec!["Rust", "Kubernetes", "MySQL", "Haskell", "React"]), bump in 0usize..8) {
        let before = score(&r, &p, analyzer().taxonomy(), None).score;
        // Raise one entry's proficiency and years.
        let mut raised = p.clone();
        if let Some(e) = raised.skills.get_mut(bump) {
            e.proficiency = Proficiency::new(i64::from(e.proficiency.get()).max(9)).expect("in range");
            e.years = Years::new(e.years.get() + 2.0).expect("valid");
        }
        prop_assert!(score(&r, &raised, analyzer().taxonomy(), None).score >= before);
        // Add a skill.
        let mut added = p.clone();
        if !added.skills.iter().any(|s| s.name == extra) {
            let mut e = p.skills.first().cloned().unwrap_or_else(any_entry);
            e.name = extra.into();
            added.skills.push(e);
            prop_assert!(score(&r, &added, analyzer().taxonomy(), None).score >= before);
        }
        // Remove a required skill: never raises.
        if let Some(req) = r.required_skills.first() {
            let mut removed = p.clone();
            removed.skills.retain(|s| *s.name != *req.skill);
            prop_assert!(score(&r, &removed, analyzer().taxonomy(), None).score <= before);
        }
    }

    #[test]
    fn deterministic_tailoring_always_passes_the_guard(r in any_report(), name in prop::sample::select(vec!["ada-markdown.md", "ben-plain.txt", "chloe-bold.md", "dev-heading-dates.md", "erin.resume.json", "two-page.md"])) {
        let base = resume(name);
        let p = build_profile(&base, WorkRights::default(), today(), analyzer());
        let t = tailor(&base, &r, analyzer(), &options());
        prop_assert!(check_tailoring(&base, &p, &t, analyzer()).is_empty());
        prop_assert!(resolve(&base, &t).is_ok());
    }

    #[test]
    fn the_guard_flags_every_injected_skill_and_number(
        skill in prop::sample::select(vec!["Kubernetes", "Haskell", "Snowflake", "Terraform", "Elixir", "COBOL"]),
        number in 41u32..9999,
        percent in any::<bool>(),
    ) {
        // A number the resume already has (`Dean's List 2021`) is not
        // invented; the guard rightly lets it through.
        let text = fixture_text("dev-heading-dates.md");
        prop_assume!(!text
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n == number.to_string()));
        let base = resume("dev-heading-dates.md");
        let p = build_profile(&base, WorkRights::default(), today(), analyzer());
        let figure = if percent { format!("{number}%") } else { number.to_string() };
        let t = fabricate(&base, &format!("Moved {figure} services to {skill} in production"));
        let v = check_tailoring(&base, &p, &t, analyzer());
        prop_assert!(v.iter().any(|v| v.kind == ViolationKind::InventedSkill && v.detail == skill), "{:?}", v);
        prop_assert!(v.iter().any(|v| v.kind == ViolationKind::InventedNumber && v.detail == figure), "{:?}", v);
    }
}

fn any_entry() -> SkillEntry {
    SkillEntry {
        id: SkillEntryId::derive(&["x"]),
        owner_id: SINGLE_USER_ID,
        resume_id: meta().id,
        name: "X".into(),
        category: SkillCategory::Tool,
        proficiency: Proficiency::new(5).expect("in range"),
        years: Years::new(2.0).expect("valid"),
        evidence: vec![],
        source: SkillSource::Manual,
    }
}
