//! Import, resolve and render of a realistic two-page resume.
//!
//! Run with `scripts/bench-resume`, which prints the medians.

use std::hint::black_box;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use kairos_core::model::{
    JobId, SectionContent, SectionType, TailoredResume, TailoredResumeId, TailoredSection,
    SINGLE_USER_ID,
};
use kairos_core::resume::{
    import_resume, render, resolve, to_json_resume, RenderFormat, ResumeFormat, ResumeMeta,
};

fn benches(c: &mut Criterion) {
    let markdown = include_str!("../../tests/fixtures/resumes/two-page.md");
    let meta = ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .expect("valid time"),
    );
    let base = import_resume(markdown, ResumeFormat::Markdown, &meta).expect("fixture imports");
    let json = to_json_resume(&base);

    // A typical tailoring: bullets of every role reversed, technologies reordered.
    let sections = base
        .sections
        .iter()
        .filter_map(|s| match &s.content {
            SectionContent::Roles { roles } if s.section_type.bullets_only() => {
                let mut roles = roles.clone();
                roles.iter_mut().for_each(|r| r.bullets.reverse());
                Some(TailoredSection {
                    section_id: s.id,
                    section_type: s.section_type,
                    content: SectionContent::Roles { roles },
                })
            }
            SectionContent::Groups { groups } if s.section_type == SectionType::Technologies => {
                let mut groups = groups.clone();
                groups.reverse();
                Some(TailoredSection {
                    section_id: s.id,
                    section_type: s.section_type,
                    content: SectionContent::Groups { groups },
                })
            }
            _ => None,
        })
        .collect();
    let tailored = TailoredResume {
        id: TailoredResumeId::derive(&["bench"]),
        owner_id: SINGLE_USER_ID,
        base_resume_id: base.id,
        job_id: JobId::derive(&["bench"]),
        sections,
        diff_summary: vec![],
        approved: false,
        created_at: base.created_at,
    };

    c.bench_function("import_markdown_two_page", |b| {
        b.iter(|| import_resume(black_box(markdown), ResumeFormat::Markdown, &meta))
    });
    c.bench_function("import_json_resume_two_page", |b| {
        b.iter(|| import_resume(black_box(&json), ResumeFormat::JsonResume, &meta))
    });
    c.bench_function("resolve_and_render_html", |b| {
        b.iter(|| {
            render(
                &resolve(black_box(&base), black_box(&tailored)).expect("valid"),
                RenderFormat::Html,
            )
        })
    });
    c.bench_function("render_markdown", |b| {
        b.iter(|| render(black_box(&base), RenderFormat::Markdown))
    });
}

criterion_group!(resume, benches);
criterion_main!(resume);
