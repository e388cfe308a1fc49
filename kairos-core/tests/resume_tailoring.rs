//! Tailored resumes: inheritance, the rules a tailoring must keep, the diff
//! summary, rendering safety and determinism — by example and by property.

use std::path::Path;

use chrono::{TimeZone, Utc};
use kairos_core::model::*;
use kairos_core::resume::*;
use kairos_core::Error;
use proptest::prelude::*;

fn meta() -> ResumeMeta {
    ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("valid time"),
    )
}

fn base() -> Resume {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/resumes/ada-markdown.md");
    let text = std::fs::read_to_string(path).expect("fixture");
    import_resume(&text, ResumeFormat::Markdown, &meta()).expect("imports")
}

fn tailoring(base: &Resume, sections: Vec<TailoredSection>) -> TailoredResume {
    TailoredResume {
        id: TailoredResumeId::derive(&["t"]),
        owner_id: base.owner_id,
        base_resume_id: base.id,
        job_id: JobId::derive(&["j"]),
        sections,
        diff_summary: vec![],
        approved: false,
        created_at: base.created_at,
    }
}

fn section_of(r: &Resume, t: SectionType) -> &ResumeSection {
    r.sections
        .iter()
        .find(|s| s.section_type == t)
        .expect("section exists")
}

fn replace(r: &Resume, t: SectionType, content: SectionContent) -> TailoredSection {
    let s = section_of(r, t);
    TailoredSection {
        section_id: s.id,
        section_type: s.section_type,
        content,
    }
}

fn work_roles(r: &Resume) -> Vec<Role> {
    match &section_of(r, SectionType::WorkExperience).content {
        SectionContent::Roles { roles } => roles.clone(),
        _ => unreachable!("fixture has roles"),
    }
}

fn tailoring_error(base: &Resume, t: &TailoredResume) -> (String, String, String) {
    match validate_tailoring(base, t) {
        Err(Error::Tailoring {
            section,
            field,
            reason,
        }) => (section, field, reason),
        other => panic!("expected a tailoring error, got {other:?}"),
    }
}

#[test]
fn an_empty_tailoring_resolves_to_the_base() {
    let b = base();
    assert_eq!(resolve(&b, &tailoring(&b, vec![])).expect("valid"), b);
}

#[test]
fn reordered_bullets_are_inherited_into_the_base_roles() {
    let b = base();
    let mut roles = work_roles(&b);
    roles[0].bullets.reverse();
    // Only the first role is named; the others are inherited as they are.
    let t = tailoring(
        &b,
        vec![replace(
            &b,
            SectionType::WorkExperience,
            SectionContent::Roles {
                roles: vec![roles[0].clone()],
            },
        )],
    );
    let resolved = resolve(&b, &t).expect("valid");
    let out = work_roles(&resolved);
    assert_eq!(out.len(), 3, "no role is dropped");
    assert_eq!(out[0].bullets, roles[0].bullets);
    assert_eq!(out[1], work_roles(&b)[1]);
    assert_eq!(
        diff_summary(&b, &t),
        ["Ledgerline — Senior Backend Engineer: 4 bullets reordered"]
    );
}

#[test]
fn a_protected_section_is_refused() {
    let b = base();
    let edu = section_of(&b, SectionType::Education).clone();
    let t = tailoring(
        &b,
        vec![TailoredSection {
            section_id: edu.id,
            section_type: edu.section_type,
            content: edu.content,
        }],
    );
    let (section, _, reason) = tailoring_error(&b, &t);
    assert_eq!(section, "Education & Qualifications (education)");
    assert!(reason.contains("protected"), "{reason}");
}

#[test]
fn a_role_header_change_names_the_role_and_field() {
    let b = base();
    for (field, change) in [
        (
            "employer",
            Box::new(|r: &mut Role| r.employer = "Google".into()) as Box<dyn Fn(&mut Role)>,
        ),
        (
            "title",
            Box::new(|r: &mut Role| r.title = "Principal Engineer".into()),
        ),
        ("location", Box::new(|r: &mut Role| r.location = None)),
        (
            "start",
            Box::new(|r: &mut Role| r.start = Some(PartialDate::year(2015))),
        ),
        (
            "end",
            Box::new(|r: &mut Role| r.end = Some(Until::Date(PartialDate::year(2025)))),
        ),
    ] {
        let mut roles = work_roles(&b);
        change(&mut roles[0]);
        let t = tailoring(
            &b,
            vec![replace(
                &b,
                SectionType::WorkExperience,
                SectionContent::Roles { roles },
            )],
        );
        let (_, f, reason) = tailoring_error(&b, &t);
        assert_eq!(f, format!("Ledgerline — Senior Backend Engineer → {field}"));
        assert!(
            reason.contains("only a role's bullets may change"),
            "{reason}"
        );
    }
}

#[test]
fn a_role_the_base_does_not_have_is_refused() {
    let b = base();
    let mut roles = work_roles(&b);
    roles[0].id = RoleId::derive(&["invented"]);
    roles[0].employer = "Invented Pty Ltd".into();
    let t = tailoring(
        &b,
        vec![replace(
            &b,
            SectionType::WorkExperience,
            SectionContent::Roles { roles },
        )],
    );
    let (_, field, reason) = tailoring_error(&b, &t);
    assert_eq!(field, "roles[0]");
    assert!(reason.contains("Invented Pty Ltd"), "{reason}");
}

/// A tailoring that changes one section, or one role, twice is refused
/// with what it changed twice: which change would win is not the
/// tailoring's to leave open.
#[test]
fn a_section_or_role_changed_twice_is_refused() {
    let b = base();
    let summary = section_of(&b, SectionType::Summary);
    let twice = vec![
        replace(&b, SectionType::Summary, summary.content.clone()),
        replace(&b, SectionType::Summary, summary.content.clone()),
    ];
    let (_, field, reason) = tailoring_error(&b, &tailoring(&b, twice));
    assert_eq!(
        (field.as_str(), reason.as_str()),
        ("section_id", "the section is changed twice")
    );

    let mut roles = work_roles(&b);
    roles.truncate(1);
    roles.push(roles[0].clone());
    let t = tailoring(
        &b,
        vec![replace(
            &b,
            SectionType::WorkExperience,
            SectionContent::Roles { roles },
        )],
    );
    let (_, field, reason) = tailoring_error(&b, &t);
    assert_eq!(field, "roles[1]");
    assert!(reason.ends_with("is changed twice"), "{reason}");
}

#[test]
fn mismatched_or_unknown_sections_are_refused() {
    let b = base();
    let summary = section_of(&b, SectionType::Summary);
    let wrong_type = TailoredSection {
        section_id: summary.id,
        section_type: SectionType::Projects,
        content: summary.content.clone(),
    };
    let (_, field, _) = tailoring_error(&b, &tailoring(&b, vec![wrong_type]));
    assert_eq!(field, "section_type");

    let unknown = TailoredSection {
        section_id: SectionId::derive(&["nope"]),
        section_type: SectionType::Summary,
        content: summary.content.clone(),
    };
    let (_, field, reason) = tailoring_error(&b, &tailoring(&b, vec![unknown]));
    assert_eq!(
        (field.as_str(), reason.as_str()),
        ("section_id", "the base resume has no such section")
    );

    let wrong_shape = replace(
        &b,
        SectionType::Summary,
        SectionContent::Groups { groups: vec![] },
    );
    let (_, field, _) = tailoring_error(&b, &tailoring(&b, vec![wrong_shape]));
    assert_eq!(field, "content");

    let mut other_base = tailoring(&b, vec![]);
    other_base.base_resume_id = ResumeId::derive(&["other"]);
    let (_, field, _) = tailoring_error(&b, &other_base);
    assert_eq!(field, "base_resume_id");
}

#[test]
fn the_diff_summary_speaks_plainly() {
    let b = base();
    let mut roles = work_roles(&b);
    roles[0].bullets.swap(0, 2);
    roles[0].bullets[4] = "Mentored four engineers".into();
    let SectionContent::Groups { mut groups } =
        section_of(&b, SectionType::Technologies).content.clone()
    else {
        unreachable!()
    };
    groups.reverse();
    let SectionContent::Projects { projects } =
        section_of(&b, SectionType::Projects).content.clone()
    else {
        unreachable!()
    };
    let t = tailoring(
        &b,
        vec![
            replace(
                &b,
                SectionType::Summary,
                SectionContent::Paragraphs {
                    paragraphs: vec!["Rust backend engineer focused on payments.".into()],
                },
            ),
            replace(
                &b,
                SectionType::WorkExperience,
                SectionContent::Roles {
                    roles: vec![roles[0].clone()],
                },
            ),
            replace(
                &b,
                SectionType::Technologies,
                SectionContent::Groups { groups },
            ),
            replace(
                &b,
                SectionType::Projects,
                SectionContent::Projects {
                    projects: vec![projects[0].clone()],
                },
            ),
        ],
    );
    assert_eq!(
        diff_summary(&b, &t),
        [
            "Summary rewritten (26 → 6 words)",
            "Ledgerline — Senior Backend Engineer: 2 bullets reordered, 1 reworded",
            "Technical Skills: reordered",
            "Projects: 1 project dropped (rota-bot)",
        ]
    );
}

#[test]
fn hostile_strings_render_as_inert_html() {
    let mut r = base();
    r.contact.name = "<script>alert('name')</script>".into();
    r.contact.url = Some("javascript:alert(1)".into());
    r.contact.profiles.push(Profile {
        network: Some("X".into()),
        username: None,
        url: Some(" JaVaScRiPt:alert(2)".into()),
    });
    for s in &mut r.sections {
        match &mut s.content {
            SectionContent::Roles { roles } => {
                roles[0]
                    .bullets
                    .push("\"><img src=x onerror=alert(3)>".into());
                roles[0].url = Some("javascript:alert(5)".into());
            }
            SectionContent::Projects { projects } => {
                projects[0].url = Some("javascript:alert(4)".into())
            }
            SectionContent::Paragraphs { paragraphs } => {
                paragraphs.push("<iframe src=\"https://evil.example\"></iframe>".into())
            }
            _ => {}
        }
    }
    s_heading(&mut r, "</h2><script>x()</script>");
    let html = render(&r, RenderFormat::Html);
    for bad in [
        "<script",
        "<img",
        "<iframe",
        "href=\"javascript:",
        "href=\" javascript",
        "JaVaScRiPt:alert(2)\"",
    ] {
        assert!(!html.contains(bad), "rendered HTML contains {bad}");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(3)&gt;"));
    assert!(
        html.contains("<h3>ledger-sync</h3>"),
        "an unsafe link leaves its text, not a link"
    );
    assert_eq!(html.matches("<script").count(), 0);
}

/// An employer's and a school's site link their names in HTML, as a
/// project's does.
#[test]
fn html_links_employers_and_schools_to_their_sites() {
    let mut r = base();
    for s in &mut r.sections {
        match &mut s.content {
            SectionContent::Roles { roles } => {
                roles[0].url = Some("https://ledgerline.example.com".into())
            }
            SectionContent::Education { entries } => {
                entries[0].url = Some("https://www.unsw.edu.au/".into())
            }
            _ => {}
        }
    }
    let html = render(&r, RenderFormat::Html);
    assert!(
        html.contains(
            "<h3>Senior Backend Engineer — <a href=\"https://ledgerline.example.com\">Ledgerline</a></h3>"
        ),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"https://www.unsw.edu.au/\">"),
        "{html}"
    );
}

/// A site written without its scheme (`koala.example.com`, as people
/// write one) links to the web page in HTML, shown as written; in
/// Markdown it stays in brackets after the name, where a link would point
/// at a file beside the document.
#[test]
fn sites_written_without_a_scheme_link_to_web_pages() {
    let mut r = base();
    for s in &mut r.sections {
        if let SectionContent::Roles { roles } = &mut s.content {
            roles[0].url = Some("ledgerline.example.com".into())
        }
    }
    let html = render(&r, RenderFormat::Html);
    assert!(
        html.contains("<a href=\"https://ledgerline.example.com\">Ledgerline</a>"),
        "{html}"
    );
    let markdown = render(&r, RenderFormat::Markdown);
    assert!(
        markdown.contains("— Ledgerline (ledgerline.example.com)"),
        "{markdown}"
    );
    assert!(!markdown.contains("](ledgerline"), "{markdown}");
}

/// JSON Resume's sample documents give the whole postal address and then
/// its city, region and code again; the header says each once.
#[test]
fn a_location_part_the_address_holds_is_said_once() {
    let full = Location {
        address: Some("123 Somewhere Rd.\nMountain View, CA 94035".into()),
        postal_code: Some("94035".into()),
        city: Some("Mountain View".into()),
        region: Some("CA".into()),
        country_code: Some("US".into()),
    };
    assert_eq!(
        full.one_line(),
        "123 Somewhere Rd., Mountain View, CA 94035, US"
    );
    let street_only = Location {
        address: Some("12 Pitt St".into()),
        ..full.clone()
    };
    assert_eq!(
        street_only.one_line(),
        "12 Pitt St, Mountain View CA 94035, US"
    );
    let city_only = Location {
        address: None,
        country_code: Some(String::new()),
        ..full
    };
    assert_eq!(city_only.one_line(), "Mountain View CA 94035");
    let mut r = base();
    r.contact.location = Location {
        address: Some("Sydney NSW".into()),
        city: Some("Sydney".into()),
        ..Location::default()
    };
    let markdown = render(&r, RenderFormat::Markdown);
    assert!(markdown.contains("\nSydney NSW | "), "{markdown}");
}

fn s_heading(r: &mut Resume, heading: &str) {
    r.sections[0].heading = heading.into();
}

#[test]
fn html_is_one_self_contained_page() {
    let html = render(&base(), RenderFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<h1>").count(), 1);
    assert!(html.contains("<h2>Professional Experience</h2>"));
    assert!(html.contains("<h3>Senior Backend Engineer — Ledgerline</h3>"));
    // An address is shown as people write one, linked in full.
    assert!(
        html.contains("<a href=\"https://ada.example.dev\">ada.example.dev</a>"),
        "{html}"
    );
    assert!(
        !html.contains("<link") && !html.contains("src=\""),
        "no external resources"
    );
}

// ---- properties over generated resumes and tailorings ----

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.%$]{0,30}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img onerror=x>".to_owned()),
    ]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

fn date() -> impl Strategy<Value = Option<PartialDate>> {
    prop::option::of(
        (1990..2030i32, prop::option::of(1..=12u8)).prop_map(|(year, month)| PartialDate {
            year,
            month,
            day: None,
        }),
    )
}

fn role(i: usize) -> impl Strategy<Value = Role> {
    (
        text(),
        text(),
        opt_text(),
        date(),
        prop::collection::vec(text(), 0..5),
    )
        .prop_map(move |(employer, title, location, start, bullets)| Role {
            id: RoleId::derive(&["role", &i.to_string()]),
            employer,
            title,
            location,
            start,
            end: Some(Until::Present),
            url: None,
            description: None,
            summary: None,
            bullets,
        })
}

fn content(t: SectionType) -> BoxedStrategy<SectionContent> {
    match t {
        SectionType::Summary => prop::collection::vec(text(), 0..3)
            .prop_map(|paragraphs| SectionContent::Paragraphs { paragraphs })
            .boxed(),
        SectionType::WorkExperience | SectionType::Internship => (role(0), role(1), role(2))
            .prop_map(|(a, b, c)| SectionContent::Roles {
                roles: vec![a, b, c],
            })
            .boxed(),
        SectionType::Technologies => {
            prop::collection::vec((opt_text(), prop::collection::vec(text(), 0..6)), 0..4)
                .prop_map(|g| SectionContent::Groups {
                    groups: g
                        .into_iter()
                        .map(|(name, items)| SkillGroup {
                            name,
                            level: None,
                            items,
                        })
                        .collect(),
                })
                .boxed()
        }
        SectionType::Projects => prop::collection::vec(
            (text(), opt_text(), prop::collection::vec(text(), 0..3)),
            0..4,
        )
        .prop_map(|p| SectionContent::Projects {
            projects: p
                .into_iter()
                .map(|(name, url, bullets)| Project {
                    name,
                    description: None,
                    url,
                    start: None,
                    end: None,
                    bullets,
                    technologies: vec![],
                    roles: vec![],
                    entity: None,
                    kind: None,
                })
                .collect(),
        })
        .boxed(),
        SectionType::Education => (text(), opt_text(), date())
            .prop_map(
                |(institution, qualification, start)| SectionContent::Education {
                    entries: vec![EducationEntry {
                        institution,
                        qualification,
                        area: None,
                        start,
                        end: None,
                        score: None,
                        url: None,
                        notes: vec![],
                    }],
                },
            )
            .boxed(),
        SectionType::Extracurricular | SectionType::References => {
            prop::collection::vec((text(), opt_text()), 0..4)
                .prop_map(|e| SectionContent::Entries {
                    entries: e
                        .into_iter()
                        .map(|(title, summary)| Entry {
                            title,
                            subtitle: None,
                            start: None,
                            end: None,
                            url: None,
                            summary,
                            bullets: vec![],
                        })
                        .collect(),
                })
                .boxed()
        }
    }
}

fn resume() -> impl Strategy<Value = Resume> {
    let sections: Vec<BoxedStrategy<ResumeSection>> = SectionType::ALL
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            (text(), content(t))
                .prop_map(move |(heading, content)| ResumeSection {
                    id: SectionId::derive(&[&i.to_string()]),
                    section_type: t,
                    heading,
                    content,
                })
                .boxed()
        })
        .collect();
    (sections, text()).prop_map(|(sections, name)| {
        let m = meta();
        Resume {
            id: m.id,
            owner_id: m.owner_id,
            contact: Contact {
                name,
                ..Contact::default()
            },
            sections,
            created_at: m.created_at,
        }
    })
}

/// A random edit of one section: some keep the rules, some break them.
#[derive(Debug, Clone)]
enum Edit {
    ReverseBullets(usize),
    RewordBullet(usize, String),
    ChangeEmployer(usize, String),
    ReplaceContent(usize),
    ReorderGroups,
}

fn edits() -> impl Strategy<Value = Vec<(usize, Edit)>> {
    prop::collection::vec(
        (
            0..SectionType::ALL.len(),
            prop_oneof![
                (0..3usize).prop_map(Edit::ReverseBullets),
                (0..3usize, text()).prop_map(|(i, s)| Edit::RewordBullet(i, s)),
                (0..3usize, text()).prop_map(|(i, s)| Edit::ChangeEmployer(i, s)),
                (0..8usize).prop_map(Edit::ReplaceContent),
                Just(Edit::ReorderGroups),
            ],
        ),
        0..5,
    )
}

fn apply(base: &Resume, edits: &[(usize, Edit)]) -> TailoredResume {
    let mut sections: Vec<TailoredSection> = Vec::new();
    for (index, edit) in edits {
        let s = &base.sections[*index];
        let mut content = s.content.clone();
        match (edit, &mut content) {
            (Edit::ReverseBullets(i), SectionContent::Roles { roles }) => {
                let n = roles.len();
                roles[*i % n].bullets.reverse();
            }
            (Edit::RewordBullet(i, new), SectionContent::Roles { roles }) => {
                let n = roles.len();
                roles[*i % n].bullets.push(new.clone());
            }
            (Edit::ChangeEmployer(i, new), SectionContent::Roles { roles }) => {
                let n = roles.len();
                roles[*i % n].employer = new.clone();
            }
            (Edit::ReorderGroups, SectionContent::Groups { groups }) => groups.reverse(),
            (Edit::ReplaceContent(other), _) => {
                content = base.sections[*other % base.sections.len()].content.clone()
            }
            _ => {}
        }
        sections.retain(|t| t.section_id != s.id);
        sections.push(TailoredSection {
            section_id: s.id,
            section_type: s.section_type,
            content,
        });
    }
    tailoring(base, sections)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn resolving_an_empty_tailoring_gives_the_base(r in resume()) {
        prop_assert_eq!(resolve(&r, &tailoring(&r, vec![])).expect("empty tailoring is valid"), r);
    }

    #[test]
    fn rendering_is_deterministic_and_html_is_inert(r in resume()) {
        for format in [RenderFormat::Markdown, RenderFormat::Html, RenderFormat::Text, RenderFormat::JsonResume] {
            prop_assert_eq!(render(&r, format), render(&r.clone(), format));
        }
        let html = render(&r, RenderFormat::Html);
        prop_assert!(!html.contains("<script") && !html.contains("<img"));
    }

    #[test]
    fn a_valid_tailoring_leaves_protected_sections_and_role_headers_untouched(r in resume(), e in edits()) {
        let t = apply(&r, &e);
        if validate_tailoring(&r, &t).is_ok() {
            let out = resolve(&r, &t).expect("validated tailorings resolve");
            prop_assert_eq!(out.sections.len(), r.sections.len());
            for (b, o) in r.sections.iter().zip(&out.sections) {
                if !b.section_type.is_tailorable() {
                    prop_assert_eq!(b, o);
                }
                if let (SectionContent::Roles { roles: br }, SectionContent::Roles { roles: or }) = (&b.content, &o.content) {
                    prop_assert_eq!(br.len(), or.len());
                    for (x, y) in br.iter().zip(or) {
                        prop_assert_eq!((&x.id, &x.employer, &x.title, &x.location, &x.start, &x.end), (&y.id, &y.employer, &y.title, &y.location, &y.start, &y.end));
                    }
                }
            }
            // In the rendered page, every protected section and role header reads as in the base.
            let base_html = render(&r, RenderFormat::Html);
            let out_html = render(&out, RenderFormat::Html);
            for chunk in base_html.split("<section").filter(|c| c.contains("class=\"education\"") || c.contains("class=\"references\"") || c.contains("class=\"extracurricular\"")) {
                prop_assert!(out_html.contains(chunk));
            }
            for b in &r.sections {
                if let SectionContent::Roles { roles } = &b.content {
                    for ro in roles {
                        let header: Vec<&str> = [ro.title.as_str(), ro.employer.as_str()].into_iter().filter(|p| !p.is_empty()).collect();
                        let h3 = format!("<h3>{}</h3>", escape_html(&header.join(" — ")));
                        prop_assert!(out_html.contains(&h3), "role header {} changed", h3);
                    }
                }
            }
        } else {
            // Anything refused broke a rule a test can see.
            let broke = e.iter().any(|(i, edit)| {
                let s = &r.sections[*i];
                !s.section_type.is_tailorable() || matches!(edit, Edit::ChangeEmployer(..) | Edit::ReplaceContent(_))
            });
            prop_assert!(broke, "refused a tailoring that only reordered or added bullets");
        }
    }
}
