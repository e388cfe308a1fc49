//! Importing resumes: the project's fixtures in several styles, JSON Resume
//! round trips (including the shared reference documents when present), and
//! bad input.

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use kairos_core::model::*;
use kairos_core::resume::*;
use kairos_core::Error;

fn meta() -> ResumeMeta {
    ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("valid time"),
    )
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/resumes")
}

fn import_fixture(name: &str) -> Resume {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("fixture exists");
    import_resume(&text, ResumeFormat::detect(&text), &meta())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn section(r: &Resume, t: SectionType) -> &ResumeSection {
    r.sections
        .iter()
        .find(|s| s.section_type == t)
        .unwrap_or_else(|| panic!("no {t} section"))
}

fn roles(r: &Resume, t: SectionType) -> &[Role] {
    match &section(r, t).content {
        SectionContent::Roles { roles } => roles,
        other => panic!("expected roles, got {other:?}"),
    }
}

fn groups(r: &Resume) -> &[SkillGroup] {
    match &section(r, SectionType::Technologies).content {
        SectionContent::Groups { groups } => groups,
        other => panic!("expected groups, got {other:?}"),
    }
}

fn ym(y: i32, m: u8) -> PartialDate {
    PartialDate::month(y, m).expect("valid month")
}

#[test]
fn markdown_with_title_first_headers() {
    let r = import_fixture("ada-markdown.md");
    assert_eq!(r.contact.name, "Ada Okafor");
    assert_eq!(r.contact.label.as_deref(), Some("Senior Backend Engineer"));
    assert_eq!(r.contact.email.as_deref(), Some("ada.okafor@example.com"));
    assert_eq!(r.contact.profiles[0].network.as_deref(), Some("GitHub"));
    let types: Vec<SectionType> = r.sections.iter().map(|s| s.section_type).collect();
    use SectionType::*;
    assert_eq!(
        types,
        [
            Summary,
            WorkExperience,
            Internship,
            Technologies,
            Projects,
            Education,
            Extracurricular,
            References
        ]
    );
    let work = roles(&r, WorkExperience);
    assert_eq!(work.len(), 3);
    assert_eq!(
        (
            work[0].title.as_str(),
            work[0].employer.as_str(),
            work[0].location.as_deref()
        ),
        ("Senior Backend Engineer", "Ledgerline", Some("Sydney"))
    );
    assert_eq!(
        (work[0].start, work[0].end),
        (Some(ym(2021, 3)), Some(Until::Present))
    );
    assert_eq!(work[0].bullets.len(), 5);
    assert!(work[0]
        .summary
        .as_deref()
        .is_some_and(|s| s.starts_with("Ledgerline is a payments")));
    assert_eq!(work[2].end, Some(Until::Date(ym(2018, 1))));
    assert_eq!(roles(&r, Internship)[0].employer, "CSIRO Data61");
    let g = groups(&r);
    assert_eq!(g[0].name.as_deref(), Some("Languages"));
    assert_eq!(g[0].items, ["Rust", "Go", "Python", "SQL", "TypeScript"]);
    assert_eq!(g[3].name.as_deref(), Some("Cloud & Ops"));
    let SectionContent::Projects { projects } = &section(&r, Projects).content else {
        panic!("projects")
    };
    assert_eq!(projects[0].name, "ledger-sync");
    assert_eq!(
        projects[0].url.as_deref(),
        Some("https://github.com/ada-okafor-example/ledger-sync")
    );
    assert_eq!(projects[0].technologies, ["Rust", "SQLite"]);
    assert_eq!(projects[1].bullets, ["Used by 5 teams at Ledgerline"]);
    let SectionContent::Education { entries } = &section(&r, Education).content else {
        panic!("education")
    };
    assert_eq!(entries[0].institution, "University of New South Wales");
    assert_eq!(
        (
            entries[0].qualification.as_deref(),
            entries[0].area.as_deref()
        ),
        (Some("Bachelor of Engineering"), Some("Software"))
    );
    assert_eq!(
        entries[0].notes,
        [
            "First Class Honours",
            "Thesis: consensus protocols for embedded devices"
        ]
    );
}

#[test]
fn plain_text_with_capital_headings_and_pipes() {
    let r = import_fixture("ben-plain.txt");
    assert_eq!(r.contact.label.as_deref(), Some("Data Engineer"));
    assert_eq!(section(&r, SectionType::Summary).heading, "PROFILE");
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(work.len(), 2);
    assert_eq!(
        (
            work[0].employer.as_str(),
            work[0].title.as_str(),
            work[0].location.as_deref()
        ),
        (
            "Harbour Analytics",
            "Senior Data Engineer",
            Some("Auckland")
        )
    );
    assert_eq!(work[0].start, Some(ym(2020, 6)));
    assert_eq!(work[1].bullets.len(), 3, "• bullets are read");
    assert_eq!(
        groups(&r)[2].items,
        ["AWS (S3, Glue, Redshift)", "Azure Data Factory"]
    );
    let SectionContent::Education { entries } = &section(&r, SectionType::Education).content else {
        panic!("education")
    };
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].institution, "University of Auckland");
    assert_eq!(entries[1].end, Some(Until::Date(PartialDate::year(2014))));
    assert_eq!(
        section(&r, SectionType::Extracurricular).heading,
        "VOLUNTEERING"
    );
}

#[test]
fn bold_employer_first_setext_headings_and_unknown_sections() {
    let r = import_fixture("chloe-bold.md");
    assert_eq!(r.contact.label.as_deref(), Some("Frontend Engineer"));
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        (work[0].employer.as_str(), work[0].title.as_str()),
        ("Monzo-like Bank", "Senior Frontend Engineer")
    );
    assert_eq!(
        (work[0].start, work[0].end),
        (
            Some(PartialDate::year(2021)),
            Some(Until::Date(PartialDate::year(2024)))
        )
    );
    assert_eq!(groups(&r)[0].items.len(), 10);
    let speaking = r
        .sections
        .iter()
        .find(|s| s.heading == "Speaking")
        .expect("unknown sections are kept");
    assert_eq!(speaking.section_type, SectionType::Extracurricular);
    let SectionContent::Entries { entries } = &speaking.content else {
        panic!("entries")
    };
    assert_eq!(entries.len(), 2);
}

#[test]
fn heading_then_title_then_dates_lines() {
    let r = import_fixture("dev-heading-dates.md");
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        (
            work[0].employer.as_str(),
            work[0].title.as_str(),
            work[0].location.as_deref()
        ),
        (
            "Acme Mining Software",
            "Graduate Software Engineer",
            Some("Perth")
        )
    );
    assert_eq!(work[0].start, Some(ym(2024, 2)));
    let intern = roles(&r, SectionType::Internship);
    assert_eq!(
        (intern[0].employer.as_str(), intern[0].title.as_str()),
        ("WA Health", "Software Engineering Intern")
    );
    let SectionContent::Projects { projects } = &section(&r, SectionType::Projects).content else {
        panic!("projects")
    };
    assert_eq!(
        projects.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["campus-eats", "tilemap"]
    );
    assert_eq!(section(&r, SectionType::References).heading, "Referees");
}

#[test]
fn dash_headers_with_dates_below_and_degrees_with_their_field() {
    let r = import_fixture("farah-dash-headers.txt");
    let work = roles(&r, SectionType::WorkExperience);
    let read: Vec<(&str, &str, Option<&str>, Option<PartialDate>)> = work
        .iter()
        .map(|w| {
            (
                w.employer.as_str(),
                w.title.as_str(),
                w.location.as_deref(),
                w.start,
            )
        })
        .collect();
    // The second header follows the first role's bullets with no blank
    // line, its dates on the line below.
    assert_eq!(
        read,
        [
            (
                "Coastline Energy",
                "Senior Data Engineer",
                Some("Adelaide"),
                Some(ym(2022, 3))
            ),
            (
                "Redgum Analytics",
                "Data Engineer",
                Some("Melbourne"),
                Some(ym(2019, 2))
            ),
        ]
    );
    assert!(work.iter().all(|w| w.summary.is_none()), "{work:?}");
    let SectionContent::Education { entries } = &section(&r, SectionType::Education).content else {
        panic!("education")
    };
    let read: Vec<(&str, Option<&str>, Option<&str>)> = entries
        .iter()
        .map(|e| {
            (
                e.institution.as_str(),
                e.qualification.as_deref(),
                e.area.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "Flinders University",
                Some("B.Sc"),
                Some("Computer Science")
            ),
            ("IIT Madras", Some("M.Tech"), Some("Data Engineering")),
        ]
    );
}

#[test]
fn a_bold_title_then_its_employer_after_a_comma() {
    let r = import_fixture("priya-bold-title-comma.md");
    let work = roles(&r, SectionType::WorkExperience);
    let read: Vec<(&str, &str, Option<&str>)> = work
        .iter()
        .map(|w| (w.employer.as_str(), w.title.as_str(), w.location.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (
                "Northwind Logistics",
                "Senior Platform Engineer",
                Some("Toronto, ON")
            ),
            ("Contoso Health", "DevOps Engineer", Some("Waterloo, ON")),
        ]
    );
    let SectionContent::Education { entries } = &section(&r, SectionType::Education).content else {
        panic!("education")
    };
    // `BASc`, Canada's applied science degree, with its field.
    assert_eq!(
        (
            entries[0].institution.as_str(),
            entries[0].qualification.as_deref(),
            entries[0].area.as_deref()
        ),
        (
            "University of Waterloo",
            Some("BASc"),
            Some("Computer Engineering")
        )
    );
}

#[test]
fn an_italic_title_under_an_employer_heading() {
    let text = "# Tom Becker\n\n## Experience\n\n### Zalando\n*Backend Engineer* · Berlin · 2021 – 2024\n- Built order services in Kotlin\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        (
            work[0].employer.as_str(),
            work[0].title.as_str(),
            work[0].location.as_deref()
        ),
        ("Zalando", "Backend Engineer", Some("Berlin"))
    );
}

#[test]
fn markdown_rendering_reads_back_as_the_same_resume() {
    for name in [
        "ada-markdown.md",
        "ben-plain.txt",
        "chloe-bold.md",
        "dev-heading-dates.md",
        "erin.resume.json",
        "farah-dash-headers.txt",
        "priya-bold-title-comma.md",
    ] {
        let first = import_fixture(name);
        let markdown = render(&first, RenderFormat::Markdown);
        let again = import_resume(&markdown, ResumeFormat::Markdown, &meta())
            .unwrap_or_else(|e| panic!("{name}: {e}\n{markdown}"));
        let rendered_again = render(&again, RenderFormat::Markdown);
        assert_eq!(
            markdown, rendered_again,
            "{name}: Markdown output is a fixed point of import"
        );
    }
}

/// Rendered resumes are spaced as a person spaces them: one blank line
/// between blocks (a role's bullets and the next heading had two) and one
/// newline at the end.
#[test]
fn rendered_text_has_single_blank_lines_and_one_final_newline() {
    for name in ["ada-markdown.md", "ben-plain.txt", "erin.resume.json"] {
        let resume = import_fixture(name);
        for format in [RenderFormat::Markdown, RenderFormat::Text] {
            let out = render(&resume, format);
            assert!(
                !out.contains("\n\n\n"),
                "{name} as {format:?}: two blank lines in a row\n{out}"
            );
            assert!(
                out.ends_with('\n') && !out.ends_with("\n\n"),
                "{name} as {format:?}: not one final newline: {:?}",
                &out[out.len().saturating_sub(40)..]
            );
        }
    }
}

/// An entry's title, subtitle, start and link.
type EntryRead = (String, Option<String>, Option<PartialDate>, Option<String>);

/// Certificates, awards and languages keep who gave them, their dates and
/// their links through Markdown: the importer reads the renderer's entry
/// line (`Title — Issuer — Mar 2021 — https://…`) back into its parts.
#[test]
fn entries_read_back_from_markdown_with_their_parts() {
    let entries = |r: &Resume| -> Vec<EntryRead> {
        r.sections
            .iter()
            .filter_map(|s| match &s.content {
                SectionContent::Entries { entries } => Some(entries),
                _ => None,
            })
            .flatten()
            .map(|e| (e.title.clone(), e.subtitle.clone(), e.start, e.url.clone()))
            .collect()
    };
    let first = import_fixture("erin.resume.json");
    let again = import_resume(
        &render(&first, RenderFormat::Markdown),
        ResumeFormat::Markdown,
        &meta(),
    )
    .expect("imports");
    let (before, mut after) = (entries(&first), entries(&again));
    assert!(
        before.iter().any(|e| e.1.is_some() && e.2.is_some()),
        "the fixture has entries with an issuer and a date: {before:?}"
    );
    // Volunteering, roles in the JSON, reads back as an entry with its
    // organisation and dates.
    assert_eq!(
        after.remove(0),
        (
            "Mentor".into(),
            Some("Girls Who Code".into()),
            Some(PartialDate::year(2019)),
            None
        )
    );
    assert_eq!(before, after);
    // As people write them; a citation stays whole.
    let text = "# Sam\n\n## Experience\n### Engineer \u{2014} Acme | 2020\n- Rust\n\n\
        ## Certifications\n- AWS Certified Developer \u{2013} Associate, 2021\n- [CKA](https://example.org/cka) (2022)\n\
        - Best Paper Award | ICSE | 2020\n\n## Publications\n- Park, S. (2020). Fast parsing. Journal of Things.\n\n\
        ## Languages\nPortuguese (native) \u{b7} English (C1) \u{b7} Spanish\n\n\
        ## Volunteering\n- Mentor, Codebar Lisbon (2019 \u{2013} present)\n\n## Interests\n- Chess, Climbing\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let y = |n| Some(PartialDate::year(n));
    assert_eq!(
        entries(&r),
        [
            (
                "AWS Certified Developer \u{2013} Associate".into(),
                None,
                y(2021),
                None
            ),
            (
                "CKA".into(),
                None,
                y(2022),
                Some("https://example.org/cka".into())
            ),
            (
                "Best Paper Award".into(),
                Some("ICSE".into()),
                y(2020),
                None
            ),
            (
                "Park, S. (2020). Fast parsing. Journal of Things.".into(),
                None,
                None,
                None
            ),
            // A list: an entry an item.
            ("Portuguese".into(), Some("native".into()), None, None),
            ("English".into(), Some("C1".into()), None, None),
            ("Spanish".into(), None, None, None),
            // A title and who it was with; a list of interests stays whole.
            (
                "Mentor".into(),
                Some("Codebar Lisbon".into()),
                y(2019),
                None
            ),
            ("Chess, Climbing".into(), None, None, None),
        ]
    );
}

/// Plain text keeps each heading as written, in any script, underlined,
/// and reads back into the same sections.
#[test]
fn plain_text_rendering_reads_back_into_the_same_sections() {
    for name in ["ada-markdown.md", "ben-plain.txt", "erin.resume.json"] {
        let first = import_fixture(name);
        let text = render(&first, RenderFormat::Text);
        let again = import_resume(&text, ResumeFormat::Text, &meta())
            .unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        let sections = |r: &Resume| {
            r.sections
                .iter()
                .map(|s| (s.section_type, s.heading.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(sections(&first), sections(&again), "{name}:\n{text}");
    }
    let mut r = import_fixture("ada-markdown.md");
    r.sections[0].heading = "Expérience professionnelle".into();
    let text = render(&r, RenderFormat::Text);
    assert!(
        text.contains("\nExpérience professionnelle\n--------------------------\n"),
        "{text}"
    );
}

fn json_round_trip(name: &str, text: &str) {
    let first = import_resume(text, ResumeFormat::JsonResume, &meta())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let exported = to_json_resume(&first);
    let second = import_resume(&exported, ResumeFormat::JsonResume, &meta())
        .unwrap_or_else(|e| panic!("{name} re-import: {e}"));
    assert_eq!(
        first, second,
        "{name}: import → export → import changed the resume"
    );
    assert_eq!(
        exported,
        to_json_resume(&second),
        "{name}: export is stable"
    );
}

#[test]
fn json_resume_fixture_maps_every_section() {
    let text = std::fs::read_to_string(fixtures().join("erin.resume.json")).expect("fixture");
    json_round_trip("erin.resume.json", &text);
    let r = import_fixture("erin.resume.json");
    let headings: Vec<&str> = r.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Summary",
            "Work Experience",
            "Projects",
            "Skills",
            "Education",
            "Volunteer",
            "Awards",
            "Certificates",
            "Languages",
            "Interests",
            "References"
        ]
    );
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        work[0].end,
        Some(Until::Present),
        "a start and no end is current"
    );
    assert_eq!(
        work[1].summary.as_deref(),
        Some("Owned CI/CD for the billing platform.")
    );
    let SectionContent::Paragraphs { paragraphs } = &section(&r, SectionType::Summary).content
    else {
        panic!("summary")
    };
    assert_eq!(paragraphs.len(), 2);
    assert_eq!(r.contact.location.city.as_deref(), Some("Sydney"));
}

#[test]
fn shared_json_resume_documents_round_trip() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/resumes/jsonresume");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut checked = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".json") || name.contains("schema") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("readable");
        if name == "empty.json" {
            // Every field is an empty string: nothing to import, and the error says so.
            let err = import_resume(&text, ResumeFormat::JsonResume, &meta())
                .expect_err("empty document");
            assert!(
                err.to_string().contains("no section has any content"),
                "{err}"
            );
            continue;
        }
        json_round_trip(&name, &text);
        // Rendered to Markdown or plain text, each reads back into the
        // same sections with as many roles, entries or groups in each, the
        // same profiles, qualifications with their fields and scores, and
        // links of roles, projects, schools and entries.
        let first = import_resume(&text, ResumeFormat::JsonResume, &meta()).expect("imports");
        for (render_as, read_as) in [
            (RenderFormat::Markdown, ResumeFormat::Markdown),
            (RenderFormat::Text, ResumeFormat::Text),
        ] {
            let again = import_resume(&render(&first, render_as), read_as, &meta())
                .unwrap_or_else(|e| panic!("{name} as {read_as:?}: {e}"));
            assert_eq!(shape(&first), shape(&again), "{name} through {read_as:?}");
            assert_eq!(
                profiles(&first, true),
                profiles(&again, false),
                "{name}'s profiles through {read_as:?}"
            );
            assert_eq!(
                education_reads(&first),
                education_reads(&again),
                "{name}'s schools, qualifications, fields and scores through {read_as:?}"
            );
            assert_eq!(
                item_links(&first),
                item_links(&again),
                "{name}'s links (roles', projects', schools', entries') through {read_as:?}"
            );
            assert_eq!(
                group_levels(&first),
                group_levels(&again),
                "{name}'s skill levels through {read_as:?}"
            );
            assert_eq!(
                project_facts(&first),
                project_facts(&again),
                "{name}'s project roles, organisations and kinds through {read_as:?}"
            );
            assert_eq!(
                item_prose(&first),
                item_prose(&again),
                "{name}'s prose and bullets of roles, projects and entries through {read_as:?}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 5, "checked {checked} documents");
}

/// Each profile's network and user name; with `only_shown`, the user name
/// only where the profile's address shows it or it has none (what a
/// rendered resume can give back).
fn profiles(r: &Resume, only_shown: bool) -> Vec<(Option<String>, Option<String>)> {
    r.contact
        .profiles
        .iter()
        .filter(|p| p.url.is_some() || p.username.is_some())
        .map(|p| {
            let url = p.url.as_deref().unwrap_or_default();
            let username = p
                .username
                .clone()
                .filter(|u| !only_shown || url.is_empty() || url.contains(u.as_str()));
            (p.network.clone(), username)
        })
        .collect()
}

/// The items of every section whose content `items` reads, in order.
fn items_of<T>(r: &Resume, items: fn(&SectionContent) -> Option<&Vec<T>>) -> Vec<&T> {
    r.sections
        .iter()
        .filter_map(|s| items(&s.content))
        .flatten()
        .collect()
}

/// Each education entry's school, qualification, field and score.
fn education_reads(r: &Resume) -> Vec<[Option<String>; 4]> {
    let entries = items_of(r, |c| match c {
        SectionContent::Education { entries } => Some(entries),
        _ => None,
    });
    entries
        .into_iter()
        .map(|e| {
            let school = Some(e.institution.clone());
            [
                school,
                e.qualification.clone(),
                e.area.clone(),
                e.score.clone(),
            ]
        })
        .collect()
}

/// Each skill group's level (`Master`, `advanced`).
fn group_levels(r: &Resume) -> Vec<Option<String>> {
    let groups = items_of(r, |c| match c {
        SectionContent::Groups { groups } => Some(groups),
        _ => None,
    });
    groups.into_iter().map(|g| g.level.clone()).collect()
}

/// The links of every item: roles' employers, projects, schools, entries.
fn item_links(r: &Resume) -> Vec<String> {
    r.sections
        .iter()
        .flat_map(|s| -> Vec<Option<&String>> {
            match &s.content {
                SectionContent::Roles { roles } => roles.iter().map(|x| x.url.as_ref()).collect(),
                SectionContent::Projects { projects } => {
                    projects.iter().map(|x| x.url.as_ref()).collect()
                }
                SectionContent::Education { entries } => {
                    entries.iter().map(|x| x.url.as_ref()).collect()
                }
                SectionContent::Entries { entries } => {
                    entries.iter().map(|x| x.url.as_ref()).collect()
                }
                SectionContent::Paragraphs { .. } | SectionContent::Groups { .. } => Vec::new(),
            }
        })
        .flatten()
        .cloned()
        .collect()
}

/// The prose of every role, project and entry (what it does and its
/// summary, as one text) and its bullets, by their words (Markdown's marks
/// in a JSON Resume's text are read as plain text): a summary that comes
/// back as a bullet shows here.
fn item_prose(r: &Resume) -> Vec<(String, Vec<String>)> {
    let words = |text: &str| -> String {
        let kept: String = text
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let prose = |parts: &[&Option<String>]| -> String {
        let written: Vec<&str> = parts.iter().filter_map(|p| p.as_deref()).collect();
        words(&written.join(" "))
    };
    let bullets = |items: &[String]| -> Vec<String> { items.iter().map(|b| words(b)).collect() };
    r.sections
        .iter()
        .flat_map(|s| -> Vec<(String, Vec<String>)> {
            match &s.content {
                SectionContent::Roles { roles } => roles
                    .iter()
                    .map(|x| (prose(&[&x.description, &x.summary]), bullets(&x.bullets)))
                    .collect(),
                SectionContent::Projects { projects } => projects
                    .iter()
                    .map(|x| (prose(&[&x.description]), bullets(&x.bullets)))
                    .collect(),
                SectionContent::Entries { entries } => entries
                    .iter()
                    .map(|x| (prose(&[&x.summary]), bullets(&x.bullets)))
                    .collect(),
                _ => Vec::new(),
            }
        })
        .collect()
}

/// Each project's roles, organisation and kind.
fn project_facts(r: &Resume) -> Vec<(Vec<String>, Option<String>, Option<String>)> {
    let projects = items_of(r, |c| match c {
        SectionContent::Projects { projects } => Some(projects),
        _ => None,
    });
    projects
        .into_iter()
        .map(|p| (p.roles.clone(), p.entity.clone(), p.kind.clone()))
        .collect()
}

/// Each section's heading, type and number of items.
fn shape(r: &Resume) -> Vec<(String, SectionType, usize)> {
    r.sections
        .iter()
        .map(|s| {
            let items = match &s.content {
                SectionContent::Paragraphs { paragraphs } => paragraphs.len(),
                SectionContent::Roles { roles } => roles.len(),
                SectionContent::Projects { projects } => projects.len(),
                SectionContent::Groups { groups } => groups.len(),
                SectionContent::Education { entries } => entries.len(),
                SectionContent::Entries { entries } => entries.len(),
            };
            (s.heading.clone(), s.section_type, items)
        })
        .collect()
}

fn import_error(text: &str, format: ResumeFormat) -> (String, String) {
    match import_resume(text, format, &meta()) {
        Err(Error::ResumeImport {
            location, reason, ..
        }) => (location, reason),
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn empty_input_is_an_error_not_an_empty_resume() {
    for text in ["", "   \n\n\t", "\u{feff}"] {
        let (_, reason) = import_error(text, ResumeFormat::Markdown);
        assert!(reason.contains("empty"), "{reason}");
    }
}

#[test]
fn a_document_without_sections_says_so() {
    let (_, reason) = import_error(
        "Just some words about me.\nAnd more words.",
        ResumeFormat::Text,
    );
    assert!(
        reason.contains("no recognisable section heading"),
        "{reason}"
    );
}

#[test]
fn a_five_megabyte_document_is_refused_quickly() {
    let big = "## Experience\n- Built things\n".repeat(5 * 1024 * 1024 / 28);
    let started = std::time::Instant::now();
    let (_, reason) = import_error(&big, ResumeFormat::Markdown);
    assert!(reason.contains("at most 1048576 bytes"), "{reason}");
    assert!(started.elapsed().as_secs() < 2);
}

#[test]
fn invalid_utf8_names_the_byte() {
    let mut bytes = b"## Experience\n- Built ".to_vec();
    bytes.extend([0xff, 0xfe]);
    match import_resume_bytes(&bytes, ResumeFormat::Markdown, &meta()) {
        Err(Error::ResumeImport {
            location, reason, ..
        }) => {
            assert_eq!(location, "byte 22");
            assert!(reason.contains("UTF-8"));
        }
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn malformed_json_resume_names_the_path() {
    let doc = r#"{"work": [{"name": "A"}, {"name": "B"}, {"name": "C", "startDate": "Jan 2020"}]}"#;
    let (location, reason) = import_error(doc, ResumeFormat::JsonResume);
    assert_eq!(location, "work[2].startDate");
    assert!(reason.contains("Jan 2020"), "{reason}");

    let (location, _) = import_error(
        r#"{"work": [{"highlights": "not a list"}]}"#,
        ResumeFormat::JsonResume,
    );
    assert_eq!(location, "work[0].highlights");

    let (location, reason) = import_error(
        r#"{"basics": {"name": "X"}, "work": [ "#,
        ResumeFormat::JsonResume,
    );
    assert_eq!(location, "work");
    assert!(reason.contains("EOF"), "{reason}");
}

/// Values of the wrong kind name their path and what was expected; a
/// number where text belongs is read as written (`"gpa": 3.8`).
#[test]
fn json_resume_values_of_the_wrong_kind() {
    for (doc, at, reason) in [
        (
            r#"[1, 2]"#,
            "the document root",
            "expected an object, found a list",
        ),
        (
            r#"{"work": {"name": "A"}}"#,
            "work",
            "expected a list, found an object",
        ),
        (
            r#"{"work": ["Acme"]}"#,
            "work[0]",
            "expected an object, found a string",
        ),
        (
            r#"{"basics": {"profiles": [{}, {"url": true}]}}"#,
            "basics.profiles[1].url",
            "expected a string, found true or false",
        ),
        (
            r#"{"projects": [{"keywords": ["Rust", 7]}]}"#,
            "projects[0].keywords[1]",
            "expected a string, found a number",
        ),
    ] {
        assert_eq!(
            import_error(doc, ResumeFormat::JsonResume),
            (at.to_owned(), reason.to_owned()),
            "{doc}"
        );
    }
    let r = import_resume(
        r#"{"education": [{"institution": "Monash", "gpa": 3.8, "courses": null}]}"#,
        ResumeFormat::JsonResume,
        &meta(),
    )
    .expect("imports");
    let SectionContent::Education { entries } = &section(&r, SectionType::Education).content else {
        panic!("education")
    };
    assert_eq!(entries[0].score.as_deref(), Some("3.8"));
}

/// A role header of one part names its employer after the title's comma,
/// either way round, when no other part or line names it; a place in
/// brackets or after a comma following the employer is its location, an
/// acronym, the kind of job or of company is not.
#[test]
fn one_part_headers_name_the_employer_after_a_comma_and_the_place_in_brackets() {
    let text = "# Jane Doe\n\n## Experience\n\n\
        ### Software Engineer, Atlassian (Sydney), Jan 2018 - Feb 2020\n- Built Jira\n\n\
        ### Data Analyst, Canva, 2016 - 2017\n- Wrote SQL\n\n\
        ### Northwind Logistics, Platform Engineer, 2014 - 2016\n- Ran Kubernetes\n\n\
        ### Cloud Engineer — Amazon Web Services (AWS) | 2012 – 2014\n- Wrote Go\n\n\
        ### Developer — Acme (Contract) | 2011 – 2012\n- Wrote Java\n\n\
        ### Senior Engineer, Payments — Stripe | 2010 – 2011\n- Wrote Ruby\n\n\
        ### Senior Engineer, Platform Team | 2008 – 2010\nZalando\n- Wrote Scala\n\n\
        ### Lead Data Engineer\nCulture Amp, Melbourne\nJuly 2006 – Current\n- Built a lakehouse\n\n\
        ### Developer | 2004 – 2006\nAcme, LLC\n- Wrote C\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let read: Vec<(&str, &str, Option<&str>)> = roles(&r, SectionType::WorkExperience)
        .iter()
        .map(|w| (w.title.as_str(), w.employer.as_str(), w.location.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("Software Engineer", "Atlassian", Some("Sydney")),
            ("Data Analyst", "Canva", None),
            ("Platform Engineer", "Northwind Logistics", None),
            ("Cloud Engineer", "Amazon Web Services (AWS)", None),
            ("Developer", "Acme (Contract)", None),
            // With the employer in another part or line, the comma names the team.
            ("Senior Engineer, Payments", "Stripe", None),
            ("Senior Engineer, Platform Team", "Zalando", None),
            // The employer's line under the title, with its place after a comma.
            ("Lead Data Engineer", "Culture Amp", Some("Melbourne")),
            ("Developer", "Acme, LLC", None),
        ]
    );
}

/// After a title with a comma, a part that is a place (by its shape, by
/// naming where another role was, or as a city the place reader knows)
/// leaves the comma to part the title from the employer; a part that is
/// none of these stays the employer.
#[test]
fn a_place_after_a_title_with_a_comma_leaves_the_comma_to_name_the_employer() {
    let text = "# Jane Doe\n\n## Experience\n\n\
        ### Senior Engineer | Afterpay | Melbourne | 2021 – 2024\n- Wrote Kotlin\n\n\
        ### Graduate Developer, Telstra — Melbourne | 2019 – 2021\n- Wrote Python\n\n\
        ### Data Engineer, Northwind - Toronto, ON | 2017 – 2019\n- Wrote Scala\n\n\
        ### Engineer, Google | Hybrid (Sydney) | 2015 – 2017\n- Wrote Go\n\n\
        ### Software Engineer, Payments — Stripe | 2013 – 2015\n- Wrote Ruby\n\n\
        ### Data Analyst, Big Retail Co — Adelaide | 2011 – 2013\n- Wrote SQL\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let read: Vec<(&str, &str, Option<&str>)> = roles(&r, SectionType::WorkExperience)
        .iter()
        .map(|w| (w.title.as_str(), w.employer.as_str(), w.location.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("Senior Engineer", "Afterpay", Some("Melbourne")),
            ("Graduate Developer", "Telstra", Some("Melbourne")),
            ("Data Engineer", "Northwind", Some("Toronto, ON")),
            ("Engineer", "Google", Some("Hybrid (Sydney)")),
            ("Software Engineer, Payments", "Stripe", None),
            ("Data Analyst", "Big Retail Co", Some("Adelaide")),
        ]
    );
    // As a plain-text resume writes it, the dates on the next line.
    let text = "JORDAN LEE\njordan@example.com\n\nEXPERIENCE\n\
        Data Analyst, Big Retail Co — Melbourne\nJuly 2022 – Present\n• Built dashboards\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let role = &roles(&r, SectionType::WorkExperience)[0];
    assert_eq!(
        (
            role.title.as_str(),
            role.employer.as_str(),
            role.location.as_deref()
        ),
        ("Data Analyst", "Big Retail Co", Some("Melbourne"))
    );
}

type RoleRead<'r> = (&'r str, &'r str, Option<&'r str>, String, String);

fn role_reads(r: &Resume) -> Vec<RoleRead<'_>> {
    roles(r, SectionType::WorkExperience)
        .iter()
        .map(|w| {
            (
                w.title.as_str(),
                w.employer.as_str(),
                w.location.as_deref(),
                w.start.map(|d| d.to_string()).unwrap_or_default(),
                w.end.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

/// Each work role's title, employer and place.
fn role_places(r: &Resume) -> Vec<(&str, &str, Option<&str>)> {
    role_reads(r)
        .into_iter()
        .map(|(title, employer, place, ..)| (title, employer, place))
        .collect()
}

/// A role's line with its parts set apart by `|` and `–` is a header when
/// its words (not its marks) are few: `Software Engineer | Koala Freight |
/// Melbourne | Feb 2018 – Feb 2021` has ten words and thirteen runs of
/// characters, and was read as prose of the role above, its bullets with it.
/// A date range's words are not counted against a header's length, and a
/// line set in parts by bars is a header however long.
#[test]
fn a_role_line_after_bullets_counts_words_not_marks() {
    let text = "Jane Doe\njane@example.com\n\nExperience\n----------\n\n\
        Senior Backend Engineer | Ledgerline | Sydney | Mar 2021 – Present\n\
        • Built the ledger in Rust\n\n\
        Software Engineer | Koala Freight | Melbourne | Feb 2018 – Feb 2021\n\
        • Built REST APIs in Go\n\n\
        Staff Software Engineer | Tidepool Payments Pty Ltd | Sydney, New South Wales | \
        March 2015 – January 2018\n\
        • Ran the payments platform\n\n\
        Senior Full Stack Software Engineer, Payments Platform Team | Bluegum Bank Ltd | \
        Sydney, New South Wales, Australia | January 2012 – February 2015\n\
        • Built the card ledger\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Backend Engineer",
                "Ledgerline",
                Some("Sydney"),
                "2021-03".into(),
                "present".into()
            ),
            (
                "Software Engineer",
                "Koala Freight",
                Some("Melbourne"),
                "2018-02".into(),
                "2021-02".into()
            ),
            (
                "Staff Software Engineer",
                "Tidepool Payments Pty Ltd",
                Some("Sydney, New South Wales"),
                "2015-03".into(),
                "2018-01".into()
            ),
            // Set in parts by bars: a header however long.
            (
                "Senior Full Stack Software Engineer, Payments Platform Team",
                "Bluegum Bank Ltd",
                Some("Sydney, New South Wales, Australia"),
                "2012-01".into(),
                "2015-02".into()
            ),
        ]
    );
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(work[0].summary, None);
    assert_eq!(work[1].bullets, ["Built REST APIs in Go"]);
}

/// The employer's site on a role's line, as a Markdown link on its name
/// or written out as a part, is the role's url and no part of its place
/// (the address had been dropped, or read as part of the place).
#[test]
fn a_role_line_gives_the_employers_site() {
    let markdown = "# Jane Doe\n\njane@example.com\n\n## Experience\n\n\
        ### Senior Backend Engineer — [Ledgerline](https://ledgerline.example.com) | Sydney | \
        Mar 2021 – Present\n\n- Built the ledger in Rust\n\n\
        ### Software Engineer — Koala Freight | Melbourne | Feb 2018 – Feb 2021 | \
        https://koala.example.com\n\n- Built REST APIs in Go\n";
    let text = markdown
        .replace("### ", "")
        .replace("## Experience", "Experience");
    for (document, format) in [
        (markdown, ResumeFormat::Markdown),
        (text.as_str(), ResumeFormat::Text),
    ] {
        let r = import_resume(document, format, &meta()).expect("imports");
        let work = roles(&r, SectionType::WorkExperience);
        let read: Vec<_> = work
            .iter()
            .map(|w| (w.employer.as_str(), w.location.as_deref(), w.url.as_deref()))
            .collect();
        assert_eq!(
            read,
            [
                (
                    "Ledgerline",
                    Some("Sydney"),
                    Some("https://ledgerline.example.com")
                ),
                (
                    "Koala Freight",
                    Some("Melbourne"),
                    Some("https://koala.example.com")
                ),
            ],
            "{format:?}"
        );
    }
}

/// Sites written without their scheme, as people write them: in brackets
/// after the employer's name or as a part of the line in small letters,
/// the role's url (they had stayed in the employer's name, or been read
/// as its place); on the contact line, the person's site (it had been
/// their address). A name that is a domain (`Booking.com`) stays a name,
/// and a library in brackets (`Node.js`) is no site. Each comes back from
/// Markdown and text as it was read.
#[test]
fn sites_written_without_their_scheme() {
    let markdown = "# Jane Doe\n\njane@example.com | jane.dev | Sydney, NSW\n\n## Experience\n\n\
        ### Senior Engineer — Koala Freight (koala.example.com) | Melbourne | 2021 – Present\n\
        - Built the routing engine in Rust\n\n\
        ### Engineer | Wombat Labs | Perth | 2018 – 2021 | www.wombat.io\n- Wrote Go services\n\n\
        ### Developer | Booking.com | Amsterdam | 2016 – 2018\n- Hotel search in Java\n\n\
        ### Developer | Numbat (Node.js) | 2014 – 2016\n- APIs\n";
    let text = markdown
        .replace("### ", "")
        .replace("## Experience", "Experience")
        .replace("# Jane", "Jane");
    let expected = [
        (
            "Koala Freight",
            Some("Melbourne"),
            Some("koala.example.com"),
        ),
        ("Wombat Labs", Some("Perth"), Some("www.wombat.io")),
        ("Booking.com", Some("Amsterdam"), None),
    ];
    for (document, format) in [
        (markdown, ResumeFormat::Markdown),
        (text.as_str(), ResumeFormat::Text),
    ] {
        let r = import_resume(document, format, &meta()).expect("imports");
        assert_eq!(r.contact.url.as_deref(), Some("jane.dev"), "{format:?}");
        assert_eq!(
            r.contact.location.address.as_deref(),
            Some("Sydney, NSW"),
            "{format:?}"
        );
        for (written, render_format) in [
            (r.clone(), None),
            (r.clone(), Some(RenderFormat::Markdown)),
            (r, Some(RenderFormat::Text)),
        ] {
            let read = match render_format {
                None => written,
                Some(f) => {
                    let again = render(&written, f);
                    let back = if f == RenderFormat::Text {
                        ResumeFormat::Text
                    } else {
                        ResumeFormat::Markdown
                    };
                    import_resume(&again, back, &meta()).expect("reads its own rendering")
                }
            };
            let work = roles(&read, SectionType::WorkExperience);
            let sites: Vec<_> = work
                .iter()
                .map(|w| (w.employer.as_str(), w.location.as_deref(), w.url.as_deref()))
                .collect();
            assert_eq!(sites[..3], expected, "{format:?} through {render_format:?}");
            assert_eq!(work[3].url, None, "{format:?} through {render_format:?}");
        }
    }
}

/// An employer's heading over deeper headings of its roles (`### Atlassian`
/// over `#### Senior Software Engineer · Sydney · 2021 – Present`) names
/// their employer; what the role's own line had in the employer's place is
/// its place. The employer's heading had been a role of its own, and each
/// role's employer `Sydney`. A heading naming a list of roles names none.
#[test]
fn an_employer_heading_over_its_roles_headings() {
    let text = "# Alex Kim\n\nalex@example.com\n\n## Experience\n\n### Atlassian\n\
        #### Senior Software Engineer · Sydney · 2021 – Present\n- Scaled the search indexer\n\n\
        #### Software Engineer · Sydney · 2018 – 2021\n- Built Confluence macros\n\n\
        ### Canva — Graduate Engineer (2017 – 2018)\n- Python services\n\n\
        ### Earlier roles\n#### Developer — Tallow · Perth · 2015 – 2017\n- PHP sites\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Software Engineer",
                "Atlassian",
                Some("Sydney"),
                "2021".into(),
                "present".into()
            ),
            (
                "Software Engineer",
                "Atlassian",
                Some("Sydney"),
                "2018".into(),
                "2021".into()
            ),
            (
                "Graduate Engineer",
                "Canva",
                None,
                "2017".into(),
                "2018".into()
            ),
            (
                "Developer",
                "Tallow",
                Some("Perth"),
                "2015".into(),
                "2017".into()
            ),
        ]
    );
}

/// An employer's heading straight over a dated heading of its own level
/// (`### Atlassian` then `### Senior Software Engineer · Sydney · 2021 –
/// Present`) names the employer of that role and of those after it that
/// name no other: the heading had been an empty role and each role's
/// employer `Sydney`. A heading that names another employer ends it.
#[test]
fn an_employer_heading_over_role_headings_of_its_level() {
    let text = "# Alex Kim\n\nalex@example.com\n\n## Experience\n\n### Atlassian\n\n\
        ### Senior Software Engineer · Sydney · 2021 – Present\n- Scaled the search indexer\n\n\
        ### Software Engineer · 2018 – 2021\n- Built Confluence macros\n\n\
        ### Canva\n\n### Graduate Engineer · Melbourne · 2016 – 2018\n- Python services\n\n\
        ### Developer · Xero · 2014 – 2016\n- Invoicing in Ruby\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let read: Vec<_> = role_reads(&r)
        .into_iter()
        .map(|(title, employer, place, start, _)| (title, employer, place, start))
        .collect();
    assert_eq!(
        read,
        [
            (
                "Senior Software Engineer",
                "Atlassian",
                Some("Sydney"),
                "2021".into()
            ),
            ("Software Engineer", "Atlassian", None, "2018".into()),
            (
                "Graduate Engineer",
                "Canva",
                Some("Melbourne"),
                "2016".into()
            ),
            ("Developer", "Xero", None, "2014".into()),
        ]
    );
}

/// An employer's heading over its roles' bold lines (`### Atlassian` over
/// `**Senior Software Engineer** | Sydney | 2021 – Present`), and a
/// promotion's line naming only its title, place and dates under the role
/// it led to: every role keeps its employer, the place is no employer.
#[test]
fn roles_under_an_employer_keep_it() {
    let markdown = "# Alex Kim\n\nalex@example.com\n\n## Experience\n\n### Atlassian\n\
        **Senior Software Engineer** | Sydney | 2021 – Present\n- Scaled the search indexer\n\n\
        **Software Engineer** | Sydney | 2018 – 2021\n- Built Confluence macros\n\n\
        ### Canva\n**Graduate Engineer** | Sydney | 2017 – 2018\n- Python services\n";
    let text = "JANE DOE\njane@example.com\n\nEXPERIENCE\n\nACME CORPORATION\n\
        Senior Developer | Sydney | 2019 – Present\n• Built the billing system in Go\n\n\
        Developer | Sydney | 2016 – 2019\n• Wrote PHP\n\n\
        BETA BANK\nAnalyst Programmer | Perth | 2014 – 2016\n• COBOL batch jobs\n";
    for (document, format, expected) in [
        (
            markdown,
            ResumeFormat::Markdown,
            [
                ("Senior Software Engineer", "Atlassian", "Sydney"),
                ("Software Engineer", "Atlassian", "Sydney"),
                ("Graduate Engineer", "Canva", "Sydney"),
            ],
        ),
        (
            text,
            ResumeFormat::Text,
            [
                ("Senior Developer", "ACME CORPORATION", "Sydney"),
                ("Developer", "ACME CORPORATION", "Sydney"),
                ("Analyst Programmer", "BETA BANK", "Perth"),
            ],
        ),
    ] {
        let r = import_resume(document, format, &meta()).expect("imports");
        let read: Vec<_> = role_reads(&r)
            .into_iter()
            .map(|(title, employer, place, ..)| (title, employer, place.unwrap_or_default()))
            .collect();
        assert_eq!(read, expected, "{format:?}");
    }
}

/// LinkedIn's "Save to PDF", as text: the place under the headline; each
/// employer once above its roles; each role's title, dates with how long
/// they lasted, place, then prose with no bullets.
#[test]
fn a_linkedin_export_reads_roles_without_bullets_under_one_employer() {
    let text = "Alex Chen\nSenior Software Engineer at Atlassian\nSydney, New South Wales, Australia\n\n\
        Summary\nEngineer who likes distributed systems.\n\n\
        Experience\nAtlassian\nSenior Software Engineer\nJuly 2021 - Present (3 years 5 months)\n\
        Sydney, New South Wales, Australia\nBuilt the search indexing pipeline in Java and Kotlin.\n\n\
        Software Engineer\nMarch 2019 - June 2021 (2 years 4 months)\n\
        Sydney, New South Wales, Australia\nWorked on the editor in TypeScript and React.\n\n\
        Canva\nGraduate Software Engineer\nFebruary 2018 - February 2019 (1 year 1 month)\n\
        Sydney, Australia\nPython services for the export pipeline.\n\n\
        Education\nUniversity of New South Wales\n\
        Bachelor of Engineering - BE, Software Engineering · (2014 - 2017)\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let SectionContent::Education { entries } = &section(&r, SectionType::Education).content else {
        panic!("education")
    };
    let study = &entries[0];
    assert_eq!(
        (
            study.institution.as_str(),
            study.qualification.as_deref(),
            study.area.as_deref(),
            study.start,
        ),
        (
            "University of New South Wales",
            Some("Bachelor of Engineering (BE)"),
            Some("Software Engineering"),
            Some(PartialDate::year(2014))
        )
    );
    assert_eq!(
        r.contact.location.address.as_deref(),
        Some("Sydney, New South Wales, Australia")
    );
    let place = Some("Sydney, New South Wales, Australia");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Software Engineer",
                "Atlassian",
                place,
                "2021-07".into(),
                "present".into()
            ),
            (
                "Software Engineer",
                "Atlassian",
                place,
                "2019-03".into(),
                "2021-06".into()
            ),
            (
                "Graduate Software Engineer",
                "Canva",
                Some("Sydney, Australia"),
                "2018-02".into(),
                "2019-02".into()
            ),
        ]
    );
    let summaries: Vec<&[String]> = roles(&r, SectionType::WorkExperience)
        .iter()
        .map(|w| w.summary.as_slice())
        .collect();
    assert_eq!(
        summaries,
        [
            ["Built the search indexing pipeline in Java and Kotlin."],
            ["Worked on the editor in TypeScript and React."],
            ["Python services for the export pipeline."],
        ]
    );
}

/// LinkedIn's profile page copied: title, employer, dates with `· 2 yrs 11
/// mos`, place, bullets; a later role at the same employer names none.
#[test]
fn a_linkedin_page_copied_reads_titles_above_employers() {
    let text = "Maria Garcia\nData Scientist\nmaria@example.com\n\nExperience\n\n\
        Data Scientist\nDell Technologies\nJan 2022 - Present · 2 yrs 11 mos\nAustin, Texas, United States\n\
        - Built churn models in Python\n\n\
        Data Analyst\nJun 2019 - Dec 2021 · 2 yrs 7 mos\n- Wrote SQL against Snowflake\n\n\
        Analyst Intern\nIndeed\nMay 2018 - Aug 2018 · 4 mos\nAustin, Texas\n- Cleaned data in R\n\n\
        Developer\nJan 2016 - Dec 2016\n- Wrote Java\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Data Scientist",
                "Dell Technologies",
                Some("Austin, Texas, United States"),
                "2022-01".into(),
                "present".into()
            ),
            (
                "Data Analyst",
                "Dell Technologies",
                None,
                "2019-06".into(),
                "2021-12".into()
            ),
            (
                "Analyst Intern",
                "Indeed",
                Some("Austin, Texas"),
                "2018-05".into(),
                "2018-08".into()
            ),
            // Ended well before the role above began: no employer is guessed.
            ("Developer", "", None, "2016-01".into(), "2016-12".into()),
        ]
    );
}

/// LinkedIn's "Save to PDF" as a PDF reader gives its text: the sidebar
/// (contact, top skills, languages, certifications) before the name, and
/// a page footer between roles.
#[test]
fn a_linkedin_export_with_its_sidebar_first_opens_with_the_name() {
    let text = "Contact\nalex.chen@example.com\nwww.linkedin.com/in/alexchen (LinkedIn)\n\
        Top Skills\nKubernetes\nGo\nDistributed Systems\n\
        Languages\nEnglish (Native or Bilingual)\n\
        Certifications\nAWS Certified Solutions Architect – Associate\n\
        Alex Chen\nSenior Software Engineer at Atlassian\nSydney, New South Wales, Australia\n\
        Summary\nEngineer who likes distributed systems.\n\
        Experience\nAtlassian\nSenior Software Engineer\nJuly 2021 - Present (3 years 5 months)\n\
        Sydney, New South Wales, Australia\nBuilt the search indexing pipeline in Go.\n\
        Page 1 of 2\n\
        Canva\nGraduate Software Engineer\nFebruary 2018 - June 2021 (3 years 5 months)\n\
        Python services for the export pipeline.\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let c = &r.contact;
    assert_eq!(
        (
            c.name.as_str(),
            c.label.as_deref(),
            c.email.as_deref(),
            c.location.address.as_deref()
        ),
        (
            "Alex Chen",
            Some("Senior Software Engineer at Atlassian"),
            Some("alex.chen@example.com"),
            Some("Sydney, New South Wales, Australia")
        )
    );
    assert_eq!(
        c.profiles
            .iter()
            .map(|p| p.url.as_deref())
            .collect::<Vec<_>>(),
        [Some("www.linkedin.com/in/alexchen")]
    );
    let skills: Vec<&str> = r
        .sections
        .iter()
        .filter_map(|s| match &s.content {
            SectionContent::Groups { groups } => Some(groups),
            _ => None,
        })
        .flatten()
        .flat_map(|g| g.items.iter().map(String::as_str))
        .collect();
    assert_eq!(skills, ["Kubernetes", "Go", "Distributed Systems"]);
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        work.iter()
            .map(|w| (w.employer.as_str(), w.summary.as_deref()))
            .collect::<Vec<_>>(),
        [
            (
                "Atlassian",
                Some("Built the search indexing pipeline in Go.")
            ),
            ("Canva", Some("Python services for the export pipeline.")),
        ]
    );
}

/// A label over a role's bullets (`Key achievements:`, `Responsibilities:`)
/// is neither a header part nor summary, and a header line followed by one
/// starts a role after the last one's bullets, dated or not.
#[test]
fn labels_over_bullets_introduce_them_and_nothing_else() {
    let text = "Jane Doe\njane@example.com\n\nEXPERIENCE\n\
        Senior Engineer — Acme\nResponsibilities:\n- Built APIs in Go\n\n\
        Developer — Globex\nJan 2016 – Dec 2019\nRan the billing system.\nKey achievements:\n- Wrote Java\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    type Read<'r> = (
        &'r str,
        &'r str,
        Option<&'r str>,
        Option<&'r str>,
        &'r [String],
    );
    let read: Vec<Read<'_>> = roles(&r, SectionType::WorkExperience)
        .iter()
        .map(|w| {
            (
                w.title.as_str(),
                w.employer.as_str(),
                w.location.as_deref(),
                w.summary.as_deref(),
                w.bullets.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "Senior Engineer",
                "Acme",
                None,
                None,
                &["Built APIs in Go".to_owned()][..]
            ),
            (
                "Developer",
                "Globex",
                None,
                Some("Ran the billing system."),
                &["Wrote Java".to_owned()][..]
            ),
        ]
    );
}

/// Skills as a Markdown table (a row a skill, its other cells in brackets)
/// and as a label with a dash before a list.
/// Each skills group's name and items, in order.
fn group_reads(r: &Resume) -> Vec<(Option<&str>, Vec<&str>)> {
    r.sections
        .iter()
        .filter_map(|s| match &s.content {
            SectionContent::Groups { groups } => Some(groups),
            _ => None,
        })
        .flatten()
        .map(|g| {
            (
                g.name.as_deref(),
                g.items.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

/// Several labelled lists on one line: a group each, cut before each
/// further label; a list without one stays whole.
#[test]
fn labelled_groups_sharing_a_line() {
    let text = "# Kim Park\n\n## Skills\n\n\
        Expert: Kubernetes; Intermediate: Terraform\n\
        Advanced - Python, Go | Familiar - Rust, Java\n\
        Proficient in: SQL, Node.js. Familiar with: Vue.js.\n\
        Cloud: AWS | GCP; Azure\n\n\
        ## Experience\n\n### Engineer \u{2014} Acme | 2020 \u{2013} Present\n- Built APIs\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        group_reads(&r),
        [
            (Some("Expert"), vec!["Kubernetes"]),
            (Some("Intermediate"), vec!["Terraform"]),
            (Some("Advanced"), vec!["Python", "Go"]),
            (Some("Familiar"), vec!["Rust", "Java"]),
            (Some("Proficient in"), vec!["SQL", "Node.js"]),
            (Some("Familiar with"), vec!["Vue.js"]),
            (Some("Cloud"), vec!["AWS", "GCP", "Azure"]),
        ]
    );
}

#[test]
fn skills_in_a_table_and_after_a_dash() {
    let text = "# Kim Park\n\n## Skills\n\n| Skill | Level | Years |\n|---|:---:|---|\n\
        | Python | Expert | 6 |\n| Go | | 2 |\n| Rust | | |\n\n\
        Tools — Docker · Kubernetes · Terraform\nPython - 5 years\n\n\
        ## Experience\n\n### Engineer — Acme | 2020 – Present\n- Built APIs\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        group_reads(&r),
        [
            (None, vec!["Python (Expert, 6)", "Go (2)", "Rust"]),
            (Some("Tools"), vec!["Docker", "Kubernetes", "Terraform"]),
            (None, vec!["Python - 5 years"]),
        ]
    );
    // A table of groups: a row a group, its list in the other cell.
    let text = "# Kim Park\n\n## Skills\n\n| Area | Tools |\n|---|---|\n\
        | Languages | Python, SQL, Scala |\n| Cloud | AWS (S3, Glue), Snowflake |\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        group_reads(&r),
        [
            (Some("Languages"), vec!["Python", "SQL", "Scala"]),
            (Some("Cloud"), vec!["AWS (S3, Glue)", "Snowflake"]),
        ]
    );
}

/// A title, its employer and place (`Flight Centre Travel Group, Brisbane
/// QLD`, SEEK's place without a comma) and its dates, each on a line: the
/// second role's title was read as prose of the role above.
#[test]
fn title_then_employer_and_place_then_dates_on_three_lines() {
    let text = "SAM OKONJO\nSoftware Developer\n\nWORK EXPERIENCE\n\n\
        Software Developer\nQueensland Rail, Brisbane QLD\nMarch 2022 - Present\n\
        • Built a timetable API\n\n\
        Junior Developer\nFlight Centre Travel Group, Brisbane QLD\nJanuary 2020 - February 2022\n\
        • Maintained the booking system\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_places(&r),
        [
            (
                "Software Developer",
                "Queensland Rail",
                Some("Brisbane QLD")
            ),
            (
                "Junior Developer",
                "Flight Centre Travel Group",
                Some("Brisbane QLD")
            ),
        ]
    );
    assert!(roles(&r, SectionType::WorkExperience)[0].summary.is_none());
}

/// `**Canopy Analytics** — Melbourne` over `*Senior Data Engineer*, Jul
/// 2022 – now`: a bold employer's line that names only a city places the
/// role, and the title is the next line's, as is the promotion's under it.
#[test]
fn an_employer_and_its_city_over_the_title_and_dates() {
    let text = "# Mei Tan\n\n## Experience\n\n**Canopy Analytics** — Melbourne\n\
        *Senior Data Engineer*, Jul 2022 – now\n- Built pipelines\n\n\
        *Data Engineer*, Mar 2020 – Jun 2022\n- Wrote dbt models\n\n\
        **Bluegum Bank** — Sydney\n*Analyst*, Feb 2019 – Feb 2020\n- Reports\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        role_places(&r),
        [
            (
                "Senior Data Engineer",
                "Canopy Analytics",
                Some("Melbourne")
            ),
            ("Data Engineer", "Canopy Analytics", Some("Melbourne")),
            ("Analyst", "Bluegum Bank", Some("Sydney")),
        ]
    );
}

/// Roles listed as dated bullets under a heading: an employer's name
/// heading them is their employer; a heading naming the list (`Earlier
/// roles`) is no role of its own.
#[test]
fn roles_listed_one_a_bullet_under_a_heading() {
    let text = "# Lee Wong\n\n## Experience\n\n### Senior Engineer — Canva | 2019 – Present\n- Led the editor team\n\n\
        ### Acme\n- Senior Developer (2016–2019)\n- Developer (2014–2016)\n\n\
        ### Earlier roles\n- Developer, Initech (2012–2014)\n- Tester, Globex (2010–2012)\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r)
            .iter()
            .map(|(title, employer, _, start, end)| (
                *title,
                *employer,
                start.as_str(),
                end.as_str()
            ))
            .collect::<Vec<_>>(),
        [
            ("Senior Engineer", "Canva", "2019", "present"),
            ("Senior Developer", "Acme", "2016", "2019"),
            ("Developer", "Acme", "2014", "2016"),
            ("Developer", "Initech", "2012", "2014"),
            ("Tester", "Globex", "2010", "2012"),
        ]
    );
    // Bullets of a role's own stay its bullets, dated or not.
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].bullets,
        ["Led the editor team"]
    );
    let text = "# Lee

## Experience

### Acme
- Shipped v2 (2019)
- Cut costs 30% (2020–2021)
";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].bullets,
        ["Shipped v2 (2019)", "Cut costs 30% (2020–2021)"]
    );
}

fn education(r: &Resume) -> &[EducationEntry] {
    let SectionContent::Education { entries } = &section(r, SectionType::Education).content else {
        panic!("education")
    };
    entries
}

/// A Europass CV from the EU's online editor, as text: personal details
/// labelled on one line (date of birth and nationality left out), each
/// role's dates in brackets before its title, the employer under it, its
/// place labelled, then prose.
#[test]
fn a_europass_cv_reads_its_labelled_details() {
    let text = "Lukas Schmidt\n\
        Date of birth: 01/01/1990 | Nationality: German | Phone number: (+49) 1700000000 (Mobile) | \
        Email address: lukas@example.com | Address: Berlin, Germany (Home)\n\n\
        WORK EXPERIENCE\n\n\
        [ 04/2020 – Current ] Backend Developer\nN26 GmbH\nCity: Berlin | Country: Germany\n\
        Development of REST APIs in Kotlin and Spring Boot.\n\n\
        [ 09/2017 – 03/2020 ] Junior Developer\nZalando SE\nCity: Berlin | Country: Germany\n\
        Java maintenance, Jenkins pipelines.\n\n\
        EDUCATION AND TRAINING\n\n\
        [ 10/2013 – 07/2017 ] B.Sc. Informatik\nTU Berlin\nCity: Berlin | Country: Germany\n\n\
        DIGITAL SKILLS\nKotlin | Java | Docker\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let c = &r.contact;
    assert_eq!(
        (
            c.name.as_str(),
            c.email.as_deref(),
            c.phone.as_deref(),
            c.location.address.as_deref()
        ),
        (
            "Lukas Schmidt",
            Some("lukas@example.com"),
            Some("(+49) 1700000000"),
            Some("Berlin, Germany")
        )
    );
    assert!(
        !r.sections
            .iter()
            .any(|s| s.section_type == SectionType::Summary),
        "personal details are no summary: {:?}",
        r.sections
    );
    let berlin = Some("Berlin, Germany");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Backend Developer",
                "N26 GmbH",
                berlin,
                "2020-04".into(),
                "present".into()
            ),
            (
                "Junior Developer",
                "Zalando SE",
                berlin,
                "2017-09".into(),
                "2020-03".into()
            ),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[1].summary.as_deref(),
        Some("Java maintenance, Jenkins pipelines.")
    );
    let study = &education(&r)[0];
    assert_eq!(
        (
            study.institution.as_str(),
            study.qualification.as_deref(),
            study.notes.len()
        ),
        ("TU Berlin", Some("B.Sc. Informatik"), 0)
    );
}

/// The Europass template of 2013–2020, as text: labels in a column beside
/// their values, the employer with its place as `Berlin (Germany)`, the
/// sector under the role, the qualification's EQF level beside it.
#[test]
fn a_europass_cv_with_labels_in_a_column() {
    let text = "Curriculum vitae\n\n\
        PERSONAL INFORMATION    Lukas Schmidt\n\
        \x20                       Hauptstraße 1, 10115 Berlin (Germany)\n\
        \x20                       lukas@example.com\n\n\
        WORK EXPERIENCE\n\n\
        04/2020–Present         Backend Developer\n\
        \x20                       N26 GmbH, Berlin (Germany)\n\
        \x20                       ▪ Development of REST APIs in Kotlin\n\
        \x20                       Business or sector Financial services\n\n\
        09/2017–03/2020         Junior Developer\n\
        \x20                       Zalando SE, Berlin (Germany)\n\
        \x20                       ▪ Java maintenance\n\n\
        EDUCATION AND TRAINING\n\n\
        10/2013–07/2017         B.Sc. Informatik            EQF level 6\n\
        \x20                       TU Berlin, Berlin (Germany)\n\n\
        PERSONAL SKILLS\n\n\
        Mother tongue(s)        German\n\
        Digital skills          Kotlin, Java, Docker\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        (r.contact.name.as_str(), r.contact.label.as_deref()),
        ("Lukas Schmidt", None)
    );
    assert_eq!(
        r.contact.location.address.as_deref(),
        Some("Hauptstraße 1, 10115 Berlin (Germany)")
    );
    let berlin = Some("Berlin (Germany)");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Backend Developer",
                "N26 GmbH",
                berlin,
                "2020-04".into(),
                "present".into()
            ),
            (
                "Junior Developer",
                "Zalando SE",
                berlin,
                "2017-09".into(),
                "2020-03".into()
            ),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].summary.as_deref(),
        Some("Business or sector Financial services")
    );
    let study = &education(&r)[0];
    assert_eq!(
        (study.institution.as_str(), study.qualification.as_deref()),
        ("TU Berlin", Some("B.Sc. Informatik (EQF level 6)"))
    );
    let named: Vec<(Option<&str>, &[String])> = groups(&r)
        .iter()
        .map(|g| (g.name.as_deref(), g.items.as_slice()))
        .collect();
    assert_eq!(
        named,
        [
            (Some("Mother tongue(s)"), ["German".to_owned()].as_slice()),
            (
                Some("Digital skills"),
                ["Kotlin".to_owned(), "Java".to_owned(), "Docker".to_owned()].as_slice()
            ),
        ]
    );
}

/// A project's labelled facts, as people write them (`Role: Lead
/// developer`, `Client: Westpac`) and as the renderers write JSON
/// Resume's roles, entity and type, are its roles, organisation and kind,
/// not its description; another label (`Goal:`) is prose.
#[test]
fn a_projects_role_client_and_type() {
    let text = "# Sam Park\nsam@example.com\n\n## Projects\n\n\
        ### Payments portal | 2022\nRole: Lead developer\nClient: Westpac\n\
        Goal: cut settlement time.\n- Built the ledger in Rust\n\n\
        ### Kairos\nRoles: Maintainer, Reviewer · Organisation: Kairos Labs · Type: application\n\
        A job search engine.\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let SectionContent::Projects { projects } = &section(&r, SectionType::Projects).content else {
        panic!("projects")
    };
    let read: Vec<_> = projects
        .iter()
        .map(|p| {
            (
                p.roles.clone(),
                p.entity.as_deref(),
                p.kind.as_deref(),
                p.description.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                vec!["Lead developer".to_owned()],
                Some("Westpac"),
                None,
                Some("Goal: cut settlement time.")
            ),
            (
                vec!["Maintainer".to_owned(), "Reviewer".to_owned()],
                Some("Kairos Labs"),
                Some("application"),
                Some("A job search engine.")
            ),
        ]
    );
}

/// A project's repository written without its scheme is its url, not its
/// description; a dated line under its name gives its dates.
#[test]
fn project_links_and_a_dated_line_under_the_name() {
    let text = "# Sam Park\nsam@example.com\n\n## Projects\n\n\
        **rustgrep** | Rust CLI | github.com/sampark/rustgrep\n- A grep clone in Rust\n\n\
        ### ChatOps Bot\n*Python, Slack API, AWS Lambda* — Jan 2022 – Mar 2022\n- Automated deploy approvals\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let SectionContent::Projects { projects } = &section(&r, SectionType::Projects).content else {
        panic!("projects")
    };
    let read: Vec<_> = projects
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.description.as_deref(),
                p.url.as_deref(),
                p.start,
                p.end,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "rustgrep",
                Some("Rust CLI"),
                Some("github.com/sampark/rustgrep"),
                None,
                None
            ),
            (
                "ChatOps Bot",
                Some("Python, Slack API, AWS Lambda"),
                None,
                Some(ym(2022, 1)),
                Some(Until::Date(ym(2022, 3)))
            ),
        ]
    );
}

/// German and French resumes: their headings, month names, `heute` and
/// `aujourd'hui`, and titles that name the role in those languages.
#[test]
fn german_and_french_resumes() {
    let german = "Anna Müller\nSoftwareentwicklerin\nanna@example.de | +49 151 0000000 | München\n\n\
        BERUFSERFAHRUNG\n\n\
        Senior Softwareentwicklerin, Siemens AG, München\nMärz 2019 – heute\n- Microservices mit Java\n\n\
        Softwareentwicklerin, SAP SE, Walldorf\nOkt. 2015 – Feb. 2019\n- Backend-Entwicklung in Python\n\n\
        AUSBILDUNG\n\nM.Sc. Informatik, Technische Universität München, 2013 – 2015\n\n\
        KENNTNISSE\nProgrammiersprachen: Java, Python, Go\n";
    let r = import_resume(german, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Softwareentwicklerin",
                "Siemens AG",
                Some("München"),
                "2019-03".into(),
                "present".into()
            ),
            (
                "Softwareentwicklerin",
                "SAP SE",
                Some("Walldorf"),
                "2015-10".into(),
                "2019-02".into()
            ),
        ]
    );
    assert_eq!(
        education(&r)[0].institution,
        "Technische Universität München"
    );
    assert_eq!(groups(&r)[0].name.as_deref(), Some("Programmiersprachen"));

    let french = "Julien Dupont\nDéveloppeur Full Stack\njulien@example.fr | Paris\n\n\
        EXPÉRIENCE PROFESSIONNELLE\n\n\
        Développeur Full Stack — Doctolib, Paris\nJanvier 2020 – Aujourd'hui\n- API en Ruby on Rails\n\n\
        FORMATION\n\nMaster Informatique, Université Paris-Saclay, 2017 – 2019\n\n\
        COMPÉTENCES\nLangages : Ruby, JavaScript\n";
    let r = import_resume(french, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [(
            "Développeur Full Stack",
            "Doctolib",
            Some("Paris"),
            "2020-01".into(),
            "present".into()
        )]
    );
    assert_eq!(education(&r)[0].institution, "Université Paris-Saclay");
    assert_eq!(groups(&r)[0].items, ["Ruby", "JavaScript"]);
}

/// Europass's template before 2013 labels every part of a record, with a
/// colon or in a column beside the value: each record is a role or a
/// course, whatever order its labels come in.
#[test]
fn a_europass_cv_with_labelled_records() {
    let text = "Curriculum Vitae\n\nPersonal information\nName: Lukas Schmidt\n\
        Email: lukas@example.com\n\nWork experience\n\n\
        Dates: 04/2020 – present\nOccupation or position held: Backend Developer\n\
        Main activities and responsibilities: REST APIs in Kotlin and Spring Boot\n\
        Name and address of employer: N26 GmbH, Berlin\nType of business or sector: Banking\n\n\
        Dates            09/2017 – 03/2020\nOccupation or position held    Junior Developer\n\
        Name and address of employer    Zalando SE, Berlin\n\n\
        Education and training\n\n\
        Dates: 2013 – 2017\nTitle of qualification awarded: B.Sc. Informatik\n\
        Principal subjects/occupational skills covered: Databases, compilers\n\
        Name and type of organisation providing education and training: TU Berlin\n\n\
        Personal skills\nDigital skills: Kotlin, Java\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(r.contact.name, "Lukas Schmidt");
    let berlin = Some("Berlin");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Backend Developer",
                "N26 GmbH",
                berlin,
                "2020-04".into(),
                "present".into()
            ),
            (
                "Junior Developer",
                "Zalando SE",
                berlin,
                "2017-09".into(),
                "2020-03".into()
            ),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].summary.as_deref(),
        Some("REST APIs in Kotlin and Spring Boot Type of business or sector: Banking")
    );
    let study = &education(&r)[0];
    assert_eq!(
        (
            study.institution.as_str(),
            study.qualification.as_deref(),
            study.notes.as_slice()
        ),
        (
            "TU Berlin",
            Some("B.Sc. Informatik"),
            ["Databases, compilers".to_owned()].as_slice()
        )
    );
    assert_eq!(groups(&r)[0].items, ["Kotlin", "Java"]);
}

/// The employer and its place on one line, the title and dates on the
/// next, prose and no bullets (as Europass's editor lays roles out); the
/// school and its place over the degree and dates.
#[test]
fn employer_lines_over_titles_with_dates() {
    let text = "Lukas Schmidt\nlukas@example.com\n\nWORK EXPERIENCE\n\n\
        N26 GMBH – BERLIN, GERMANY\nBACKEND DEVELOPER – 04/2020 – CURRENT\nREST APIs in Kotlin.\n\n\
        ZALANDO SE – BERLIN, GERMANY\nJUNIOR DEVELOPER – 09/2017 – 03/2020\nJava maintenance.\n\n\
        EDUCATION AND TRAINING\n\n\
        TU BERLIN – BERLIN, GERMANY\nB.SC. INFORMATIK – 10/2013 – 07/2017\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let berlin = Some("BERLIN, GERMANY");
    assert_eq!(
        role_reads(&r),
        [
            (
                "BACKEND DEVELOPER",
                "N26 GMBH",
                berlin,
                "2020-04".into(),
                "present".into()
            ),
            (
                "JUNIOR DEVELOPER",
                "ZALANDO SE",
                berlin,
                "2017-09".into(),
                "2020-03".into()
            ),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].summary.as_deref(),
        Some("REST APIs in Kotlin.")
    );
    let study = &education(&r)[0];
    assert_eq!(
        (
            study.institution.as_str(),
            study.qualification.as_deref(),
            study.start
        ),
        ("TU BERLIN", Some("B.SC. INFORMATIK"), Some(ym(2013, 10)))
    );
}

/// A promotion: the employer's line gives the whole time there, each
/// title below it its own dates; every role is the employer's, in its place.
#[test]
fn titles_with_their_own_dates_under_an_employer_with_its_tenure() {
    let text = "Priya Raman\npriya@example.com\n\nEXPERIENCE\n\n\
        Northwind Analytics \u{2014} Toronto, ON        2017 \u{2013} Present\n\
        Senior Data Engineer (2020 \u{2013} Present)\n\u{2022} Built streaming ingestion on Kafka\n\
        Data Engineer (2017 \u{2013} 2020)\n\u{2022} Wrote Spark jobs in Scala\n\n\
        Contoso Bank | 2015 \u{2013} 2017\nAnalyst | 2015 \u{2013} 2017\n\u{2022} Reporting in Python\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let toronto = Some("Toronto, ON");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Data Engineer",
                "Northwind Analytics",
                toronto,
                "2020".into(),
                "present".into()
            ),
            (
                "Data Engineer",
                "Northwind Analytics",
                toronto,
                "2017".into(),
                "2020".into()
            ),
            (
                "Analyst",
                "Contoso Bank",
                None,
                "2015".into(),
                "2017".into()
            ),
        ]
    );
    // The employer's dates stay the role's when its title line has none.
    let text = "Jo\n\nEXPERIENCE\n\nAcme Corp | Mar 2019 \u{2013} Present\nBackend Engineer\n- Go services\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        role_reads(&r),
        [(
            "Backend Engineer",
            "Acme Corp",
            None,
            "2019-03".into(),
            "present".into()
        )]
    );
}

/// A two-column template as `pdftotext -layout` gives it: the sidebar
/// (contact, skills, languages) beside the main column on the same lines.
/// Each column is read whole, the sidebar's contact block as the contact.
#[test]
fn a_two_column_layout_is_read_column_by_column() {
    let text = "JORDAN AVERY\nBackend Engineer\n\n\
        CONTACT                          EXPERIENCE\n\
        jordan@example.com               Senior Backend Engineer\n\
        +1 415 555 0100                  Stripe, San Francisco           Mar 2021 \u{2013} Present\n\
        San Francisco, CA                \u{2022} Built payment APIs in Go and Ruby\n\
        \x20                                \u{2022} Led the migration to Kubernetes\n\
        SKILLS\n\
        Go                               Backend Engineer\n\
        Ruby                             Square, San Francisco           Jun 2017 \u{2013} Feb 2021\n\
        Kubernetes                       \u{2022} Wrote Java services for card payments\n\
        PostgreSQL\n\
        \x20                                EDUCATION\n\
        LANGUAGES                        B.S. Computer Science\n\
        English, Spanish                 UC Berkeley, 2017\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        (
            r.contact.name.as_str(),
            r.contact.email.as_deref(),
            r.contact.location.address.as_deref()
        ),
        (
            "JORDAN AVERY",
            Some("jordan@example.com"),
            Some("San Francisco, CA")
        )
    );
    let sf = Some("San Francisco");
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior Backend Engineer",
                "Stripe",
                sf,
                "2021-03".into(),
                "present".into()
            ),
            (
                "Backend Engineer",
                "Square",
                sf,
                "2017-06".into(),
                "2021-02".into()
            ),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[1].bullets,
        ["Wrote Java services for card payments"]
    );
    let SectionContent::Groups { groups } = &section(&r, SectionType::Technologies).content else {
        panic!("skills")
    };
    assert_eq!(groups[0].items, ["Go", "Ruby", "Kubernetes", "PostgreSQL"]);
    let study = &education(&r)[0];
    assert_eq!(
        (study.institution.as_str(), study.qualification.as_deref()),
        ("UC Berkeley", Some("B.S. Computer Science"))
    );
}

/// Indeed's resume as text: a place with its ZIP code, each role's title
/// over `Employer - City, ST` over `Month YYYY to Present`, a certificate
/// with its dates below it under `Certifications and Licenses`.
#[test]
fn an_indeed_resume_reads_titles_over_employers_and_places() {
    let text = "Marcus Bell\nAustin, TX 78701\nmarcus@example.com\n\nWork Experience\n\n\
        Senior DevOps Engineer\nDell Technologies - Round Rock, TX\nAugust 2020 to Present\n\n\
        \u{2022} Ran Kubernetes clusters with Terraform\n\n\
        Systems Administrator\nWhole Foods Market - Austin, TX\nJune 2016 to July 2020\n\n\
        \u{2022} Automated patching with Ansible\n\n\
        Education\n\nBachelor's degree in Information Technology\n\
        Texas State University - San Marcos, TX\n2012 to 2016\n\n\
        Skills\n\n\u{2022} Kubernetes (5 years)\n\u{2022} AWS\n\n\
        Certifications and Licenses\n\nCertified Kubernetes Administrator (CKA)\nMarch 2021 to March 2024\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        r.contact.location.address.as_deref(),
        Some("Austin, TX 78701")
    );
    assert_eq!(r.contact.label, None);
    assert_eq!(
        role_reads(&r),
        [
            (
                "Senior DevOps Engineer",
                "Dell Technologies",
                Some("Round Rock, TX"),
                "2020-08".into(),
                "present".into()
            ),
            (
                "Systems Administrator",
                "Whole Foods Market",
                Some("Austin, TX"),
                "2016-06".into(),
                "2020-07".into()
            ),
        ]
    );
    assert_eq!(education(&r)[0].institution, "Texas State University");
    let certificates = r
        .sections
        .iter()
        .find(|s| s.heading == "Certifications and Licenses")
        .expect("its own section");
    let SectionContent::Entries { entries } = &certificates.content else {
        panic!("entries")
    };
    assert_eq!(
        (entries.len(), entries[0].start, entries[0].end),
        (1, Some(ym(2021, 3)), Some(Until::Date(ym(2024, 3))))
    );
}

/// Jake's LaTeX template as text: the school and its place over the
/// degree and its dates; a project's name, its stack after a bar, and its
/// dates on one line.
#[test]
fn the_latex_template_reads_schools_and_project_stacks() {
    let text = "Sam Ryan\nsam@example.edu | github.com/sam\nEducation\n\
        Southwestern University                              Georgetown, TX\n\
        Bachelor of Arts in Computer Science, Minor in Business       Aug. 2018 \u{2013} May 2021\n\
        Blinn College                                        Bryan, TX\n\
        Associate of Arts                                    Aug. 2014 \u{2013} May 2018\n\
        Experience\nResearch Assistant                       June 2020 \u{2013} Present\n\
        Texas A&M University                                 College Station, TX\n\
        \u{2022} Built a REST API with FastAPI\n\
        Projects\nGitlytics | Python, Flask, React, PostgreSQL          June 2020 \u{2013} Present\n\
        \u{2022} Built a web app for GitHub data\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let studies: Vec<String> = education(&r)
        .iter()
        .map(|e| {
            let end = e.end.map(|u| u.to_string()).unwrap_or_default();
            let qualification = e.qualification.as_deref().unwrap_or_default();
            format!(
                "{} | {qualification} | {end} | {}",
                e.institution,
                e.notes.join("; ")
            )
        })
        .collect();
    assert_eq!(
        studies,
        [
            "Southwestern University | Bachelor of Arts in Computer Science | 2021-05 | Minor in Business",
            "Blinn College | Associate of Arts | 2018-05 | ",
        ]
    );
    let SectionContent::Projects { projects } = &section(&r, SectionType::Projects).content else {
        panic!("projects")
    };
    let p = &projects[0];
    assert_eq!(
        (
            p.name.as_str(),
            p.description.as_deref(),
            p.start,
            p.technologies.as_slice()
        ),
        (
            "Gitlytics",
            None,
            Some(ym(2020, 6)),
            &["Python", "Flask", "React", "PostgreSQL"].map(String::from)[..]
        )
    );
}

/// resume.io's layout: contact under `Details`, the study's dates on their
/// own line, and each skill's or language's level on the line under it.
#[test]
fn levels_on_their_own_lines_and_a_details_block() {
    let text = "Emma Walsh\nFrontend Developer\n\nDetails\nDublin, Ireland\nemma@example.com\n\n\
        Employment History\nFrontend Developer, Intercom, Dublin\nJanuary 2021 \u{2014} Present\n\
        Led the design system in React.\n\n\
        Education\nBSc Computer Science, Trinity College Dublin, Dublin\nSeptember 2014 \u{2014} May 2018\n\n\
        Skills\nReact\nExpert\nGo\nSkillful\n\nLanguages\nEnglish\nNative speaker\nIrish\nB2\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        r.contact.location.address.as_deref(),
        Some("Dublin, Ireland")
    );
    assert!(!r
        .sections
        .iter()
        .any(|s| s.section_type == SectionType::Summary));
    let study = &education(&r)[0];
    assert_eq!(
        (study.institution.as_str(), study.start, study.end),
        (
            "Trinity College Dublin",
            Some(ym(2014, 9)),
            Some(Until::Date(ym(2018, 5)))
        )
    );
    let SectionContent::Groups { groups } = &section(&r, SectionType::Technologies).content else {
        panic!("skills")
    };
    assert_eq!(groups[0].items, ["React (Expert)", "Go (Skillful)"]);
    let languages = r
        .sections
        .iter()
        .find(|s| s.heading == "Languages")
        .expect("languages");
    let SectionContent::Entries { entries } = &languages.content else {
        panic!("entries")
    };
    let read: Vec<(&str, Option<&str>)> = entries
        .iter()
        .map(|e| (e.title.as_str(), e.subtitle.as_deref()))
        .collect();
    assert_eq!(
        read,
        [("English", Some("Native speaker")), ("Irish", Some("B2"))]
    );
    // The profile reads the skills by their names.
    let analyzer = kairos_core::analysis::Analyzer::shared();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let profile = kairos_core::profile::build_profile(&r, WorkRights::default(), today, analyzer);
    assert!(profile.skill("Go").is_some(), "{:?}", profile.skills);
}

/// Novoresume's layout as text: `Achievements/Tasks` over each role's
/// bullets, and skills and interests in a row set apart by spaces.
#[test]
fn a_label_without_a_colon_and_rows_set_apart_by_spaces() {
    let text = "Olivia Brown\nolivia@example.com\n\nWORK EXPERIENCE\nSoftware Engineer\nMonzo\n\
        06/2020 - Present, London, UK\nMonzo is a digital bank.\nAchievements/Tasks\n\
        \u{25aa} Built the card service in Go\n\n\
        SKILLS\nGo   Java   Kubernetes\n\nINTERESTS\nClimbing   Chess   Open source\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let role = &roles(&r, SectionType::WorkExperience)[0];
    assert_eq!(
        (role.summary.as_deref(), role.bullets.as_slice()),
        (
            Some("Monzo is a digital bank."),
            &["Built the card service in Go".to_owned()][..]
        )
    );
    assert_eq!(group_reads(&r), [(None, vec!["Go", "Java", "Kubernetes"])]);
    let interests = r
        .sections
        .iter()
        .find(|s| s.heading == "INTERESTS")
        .expect("interests");
    let SectionContent::Entries { entries } = &interests.content else {
        panic!("entries")
    };
    let titles: Vec<&str> = entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Climbing", "Chess", "Open source"]);
}

/// A README-style Markdown resume: a quoted tagline, skills as code spans,
/// a certificate's issuer with its year.
#[test]
fn a_quoted_tagline_code_spans_and_an_issuer_with_its_year() {
    let text = "# Lee Wong\n\n> Site reliability engineer \u{b7} Singapore \u{b7} lee@example.com\n\n\
        ## Experience\n\n**SRE** \u{b7} Grab \u{b7} *Jun 2021 \u{2013} present*\n- Ran Kubernetes\n\n\
        ## Skills\n\n`Kubernetes` `Terraform` `Go`\n\n\
        ## Certifications\n\n- [CKA](https://example.org/cka) \u{2014} CNCF, 2022\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    assert_eq!(
        r.contact.label.as_deref(),
        Some("Site reliability engineer")
    );
    assert_eq!(
        group_reads(&r),
        [(None, vec!["Kubernetes", "Terraform", "Go"])]
    );
    let certificates = r
        .sections
        .iter()
        .find(|s| s.heading == "Certifications")
        .expect("section");
    let SectionContent::Entries { entries } = &certificates.content else {
        panic!("entries")
    };
    let e = &entries[0];
    assert_eq!(
        (
            e.title.as_str(),
            e.subtitle.as_deref(),
            e.start,
            e.url.as_deref()
        ),
        (
            "CKA",
            Some("CNCF"),
            Some(PartialDate::year(2022)),
            Some("https://example.org/cka")
        )
    );
}

/// A role's two paragraphs of prose are what the employer does and the
/// role's summary, as the renderer writes them; one paragraph is the
/// summary. Both read back from Markdown.
#[test]
fn a_roles_description_and_summary_paragraphs() {
    let text = "# Sam\n\n## Experience\n\n### Engineer \u{2014} Acme | 2020 \u{2013} Present\n\n\
        Acme makes payments software.\n\nI led the ledger team\nof four.\n\n- Built the ledger\n\n\
        ### Developer \u{2014} Initech | 2018 \u{2013} 2020\n\nWrote reports.\n\n- Kept the lights on\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let prose = |r: &Resume| -> Vec<(Option<String>, Option<String>)> {
        roles(r, SectionType::WorkExperience)
            .iter()
            .map(|w| (w.description.clone(), w.summary.clone()))
            .collect()
    };
    assert_eq!(
        prose(&r),
        [
            (
                Some("Acme makes payments software.".to_owned()),
                Some("I led the ledger team of four.".to_owned())
            ),
            (None, Some("Wrote reports.".to_owned())),
        ]
    );
    let again = import_resume(
        &render(&r, RenderFormat::Markdown),
        ResumeFormat::Markdown,
        &meta(),
    )
    .expect("reads back");
    assert_eq!(prose(&again), prose(&r));
}

/// Roles and courses in a Markdown table: a row each; the header row
/// names none.
#[test]
fn roles_in_a_table() {
    let text = "# Priya Das\npriya@example.com\n\n## Experience\n\n\
        | Role | Company | Dates |\n|---|---|---|\n\
        | Backend Engineer | Stripe | 2021 – Present |\n| Software Engineer | Shopify | 2018 – 2021 |\n\n\
        ## Education\n\n| Degree | University | Year |\n|---|---|---|\n\
        | BSc Computer Science | University of Sydney | 2017 |\n\n\
        ## Skills\nGo, Ruby\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let study = &education(&r)[0];
    assert_eq!(
        (study.institution.as_str(), study.qualification.as_deref()),
        ("University of Sydney", Some("BSc Computer Science"))
    );
    assert_eq!(
        role_reads(&r),
        [
            (
                "Backend Engineer",
                "Stripe",
                None,
                "2021".into(),
                "present".into()
            ),
            (
                "Software Engineer",
                "Shopify",
                None,
                "2018".into(),
                "2021".into()
            ),
        ]
    );
}

/// A state university's campus after a comma is the school's name
/// (`University of California, Berkeley`), on the header or the line under
/// the degree; a field of study after a state school's name is not a campus.
#[test]
fn a_state_university_keeps_its_campus() {
    let read = |education_md: &str| {
        let text = format!(
            "# Jo Park\n\n## Education\n\n{education_md}\n\n## Experience\n\n\
             ### Engineer, Acme (2018 – Present)\n\n- Built things in Rust\n"
        );
        let r = import_resume(&text, ResumeFormat::Markdown, &meta()).expect("imports");
        let e = &education(&r)[0];
        (e.institution.clone(), e.qualification.clone())
    };
    let degree = |q: &str| Some(q.to_owned());
    assert_eq!(
        read("B.S. Computer Science\nUniversity of California, Berkeley, 2017"),
        (
            "University of California, Berkeley".into(),
            degree("B.S. Computer Science")
        )
    );
    assert_eq!(
        read("### University of Illinois, Urbana-Champaign – M.S. Computer Science (2015 – 2017)"),
        (
            "University of Illinois, Urbana-Champaign".into(),
            degree("M.S. Computer Science")
        )
    );
    assert_eq!(
        read("### University of Maryland, College Park, B.S. Mathematics, 2012"),
        (
            "University of Maryland, College Park".into(),
            degree("B.S. Mathematics")
        )
    );
    assert_eq!(
        read("### California State University, Fullerton | BA Economics | 2011"),
        (
            "California State University, Fullerton".into(),
            degree("BA Economics")
        )
    );
    assert_eq!(
        read("### University of Texas, Computer Science, 2015 – 2019"),
        ("University of Texas".into(), degree("Computer Science"))
    );
}

/// An entry that names one school and no degree (`### Harvard | 2010 –
/// 2014`, as the renderer writes an entry without its qualification) names
/// its school: it had been read as the qualification of a school without a
/// name, so a JSON Resume entry lost its institution through Markdown.
#[test]
fn an_entry_naming_only_its_school() {
    let text = "# Jo Park\n\n## Education\n\n### Harvard | 2010 – 2014\n\n\
        ### General Assembly\n\n### Bachelor of Arts | 2008\n";
    let r = import_resume(text, ResumeFormat::Markdown, &meta()).expect("imports");
    let read: Vec<_> = education(&r)
        .iter()
        .map(|e| (e.institution.as_str(), e.qualification.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            ("Harvard", None),
            ("General Assembly", None),
            ("", Some("Bachelor of Arts"))
        ]
    );
}

/// A grade under a degree or among its header's parts (`GPA 3.8`, `WAM:
/// 82`, `Grade: First Class Honours`) is the entry's score, not a note.
#[test]
fn an_education_grade_is_its_score() {
    let read = |education_md: &str| {
        let text = format!(
            "# Jo Park\n\n## Education\n\n{education_md}\n\n## Experience\n\n\
             ### Engineer, Acme (2018 – Present)\n\n- Built things in Rust\n"
        );
        let r = import_resume(&text, ResumeFormat::Markdown, &meta()).expect("imports");
        let e = education(&r)[0].clone();
        (e.institution, e.score, e.notes)
    };
    assert_eq!(
        read("### B.S. Computer Science, GPA 3.8, 2017\nUniversity of Oregon"),
        ("University of Oregon".into(), Some("3.8".into()), vec![])
    );
    assert_eq!(
        read("### University of Sydney | Bachelor of IT | 2010 – 2013\n\n- WAM: 82\n- Dean's List"),
        (
            "University of Sydney".into(),
            Some("82".into()),
            vec!["Dean's List".to_owned()]
        )
    );
    assert_eq!(
        read("### University of Leeds, BSc Physics, 2014\n- Grade: First Class Honours"),
        (
            "University of Leeds".into(),
            Some("First Class Honours".into()),
            vec![]
        )
    );
    // Without a colon, a grade is a figure: this note is no score.
    assert_eq!(
        read("### University of Leeds, BSc Physics, 2014\n- Average attendance above target"),
        (
            "University of Leeds".into(),
            None,
            vec!["Average attendance above target".to_owned()]
        )
    );
}

/// Plain text writes a volunteer role as a dated line with its prose and
/// bullets under it: one entry, not three; undated or separate lines stay
/// entries of their own.
#[test]
fn a_dated_entry_line_holds_the_prose_and_bullets_under_it() {
    let text = "RICHARD HENDRIKS\nrichard@example.com\n\nExperience\n----------\n\n\
        CEO | Pied Piper | 2013 – 2014\n• Built the compression engine\n\n\
        Volunteer\n\n\
        Teacher | CoderDojo | 1 Jan 2012 – 1 Jan 2013\n\
        Global movement of free coding clubs for young people.\n\
        • Awarded Teacher of the Month\n• Ran weekly classes\n\n\
        Mentor, Codebar (2015 – 2016)\n• Paired with learners\n\n\
        Certifications\n--------------\n\n\
        AWS Certified Developer | 2021\nGoogle Data Engineer\nCKA (2022)\n\n\
        Awards\n\nBest Paper, ICSE 2020\n• Dean's List 2015\n• Hackathon winner (2016)\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let entries_of = |heading: &str| -> Vec<Entry> {
        match &r
            .sections
            .iter()
            .find(|s| s.heading == heading)
            .expect("section")
            .content
        {
            SectionContent::Entries { entries } => entries.clone(),
            other => panic!("{heading}: {other:?}"),
        }
    };
    let volunteer = entries_of("Volunteer");
    assert_eq!(volunteer.len(), 2, "{volunteer:?}");
    assert_eq!(
        (
            volunteer[0].title.as_str(),
            volunteer[0].subtitle.as_deref()
        ),
        ("Teacher", Some("CoderDojo"))
    );
    assert_eq!(
        volunteer[0].summary.as_deref(),
        Some("Global movement of free coding clubs for young people.")
    );
    assert_eq!(
        volunteer[0].bullets,
        ["Awarded Teacher of the Month", "Ran weekly classes"]
    );
    assert_eq!(volunteer[1].bullets, ["Paired with learners"]);
    let titles = |heading: &str| -> Vec<String> {
        entries_of(heading).into_iter().map(|e| e.title).collect()
    };
    assert_eq!(
        titles("Certifications"),
        ["AWS Certified Developer", "Google Data Engineer", "CKA"]
    );
    // Bullets with dates of their own under a dated line are entries.
    assert_eq!(
        titles("Awards"),
        ["Best Paper, ICSE", "Dean's List", "Hackathon winner"]
    );
}

/// Each section's heading as written and its type.
fn headings_and_types(r: &Resume) -> Vec<(&str, SectionType)> {
    r.sections
        .iter()
        .map(|s| (s.heading.as_str(), s.section_type))
        .collect()
}

/// A designed template (Canva's and the like) turned to text sets its
/// name and headings letter by letter: they are read closed up.
#[test]
fn letter_spaced_headings_and_name_are_read() {
    let text = "A L E X   M O R G A N\nSoftware Engineer\nalex@example.com | Sydney NSW\n\n\
        P R O F I L E\nBackend engineer with 6 years in Go and Python.\n\n\
        W O R K   E X P E R I E N C E\n\nSenior Software Engineer\nCanva | Sydney | 2021 – Present\n\
        • Built the export pipeline in Go\n\n\
        S K I L L S  &  T O O L S\n\nGo · Python · PostgreSQL\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(r.contact.name, "ALEX MORGAN");
    assert_eq!(
        headings_and_types(&r),
        [
            ("PROFILE", SectionType::Summary),
            ("WORK EXPERIENCE", SectionType::WorkExperience),
            ("SKILLS & TOOLS", SectionType::Technologies),
        ]
    );
    assert_eq!(
        role_reads(&r),
        [(
            "Senior Software Engineer",
            "Canva",
            Some("Sydney"),
            "2021".into(),
            "present".into()
        )]
    );
}

/// A PDF's ligatures (`Certiﬁcations`, `Proﬁle`) are read as their
/// letters, and a rule drawn after a heading is no part of it.
#[test]
fn ligatures_and_ruled_headings_are_read() {
    let text = "Sam Lee\nsam@example.com\n\nPro\u{FB01}le\nEngineer who \u{FB01}xes things, \u{FB02}uent in Go.\n\n\
        EXPERIENCE ————————\n\nEngineer, Acme (2018 – Present)\n• Built \u{FB01}nance systems in Rust\n\n\
        Certi\u{FB01}cations\n\nAWS Certi\u{FB01}ed Developer (2021)\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    assert_eq!(
        headings_and_types(&r),
        [
            ("Profile", SectionType::Summary),
            ("EXPERIENCE", SectionType::WorkExperience),
            ("Certifications", SectionType::Extracurricular),
        ]
    );
    assert_eq!(
        roles(&r, SectionType::WorkExperience)[0].bullets,
        ["Built finance systems in Rust"]
    );
}

/// Word's bullets as a copy or a PDF gives them: the Symbol font's
/// private-use marks (U+F0B7, U+F0A7) and the letter `o` of a second level.
#[test]
fn word_s_bullets_start_items() {
    let text = "Sam Lee\nsam@example.com\n\nExperience\n\nEngineer, Acme (2018 – Present)\n\
        \u{F0B7} Built things in Rust\n\u{F0A7} Ran Kafka\n❖ Tuned PostgreSQL\no Mentored juniors\n\n\
        Skills\n\nRust, Go\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let work = roles(&r, SectionType::WorkExperience);
    assert_eq!(
        (work[0].title.as_str(), work[0].employer.as_str()),
        ("Engineer", "Acme")
    );
    assert_eq!(
        work[0].bullets,
        [
            "Built things in Rust",
            "Ran Kafka",
            "Tuned PostgreSQL",
            "Mentored juniors"
        ]
    );
}

/// A PDF's running header (the name and contact line again at the top of
/// page two) is no part of the section it falls in: the role it breaks
/// goes on.
#[test]
fn a_running_header_on_page_two_is_left_out() {
    let text = "JANE DOE\njane@example.com | 0400 111 222 | Sydney NSW\n\nEXPERIENCE\n\n\
        Senior Engineer, Acme (2020 – Present)\n• Built the ledger in Rust\n\nPage 1 of 2\n\n\
        JANE DOE\njane@example.com | 0400 111 222 | Sydney NSW\n\n\
        • Led the migration to Kubernetes\n\nEngineer, Beta (2017 – 2020)\n• Wrote Go services\n";
    let r = import_resume(text, ResumeFormat::Text, &meta()).expect("imports");
    let work = roles(&r, SectionType::WorkExperience);
    let read: Vec<(&str, &str, Vec<String>)> = work
        .iter()
        .map(|w| (w.title.as_str(), w.employer.as_str(), w.bullets.clone()))
        .collect();
    assert_eq!(
        read,
        [
            (
                "Senior Engineer",
                "Acme",
                vec![
                    "Built the ledger in Rust".to_owned(),
                    "Led the migration to Kubernetes".to_owned()
                ]
            ),
            ("Engineer", "Beta", vec!["Wrote Go services".to_owned()]),
        ]
    );
    assert!(work.iter().all(|w| w.summary.is_none()), "{work:?}");
}
