//! The deterministic tailoring: reorder and select, never write.

use chrono::{DateTime, Utc};

use crate::analysis::{Analyzer, JdReport};
use crate::model::{
    JobId, Resume, SectionContent, SectionType, TailoredResume, TailoredResumeId, TailoredSection,
};
use crate::resume::diff_summary;

/// Choices for [`tailor`].
#[derive(Debug, Clone)]
pub struct TailorOptions {
    /// The tailored resume's id.
    pub id: TailoredResumeId,
    /// The job it is for.
    pub job_id: JobId,
    /// When it is made.
    pub created_at: DateTime<Utc>,
    /// How many projects to keep, most relevant first (the rest are dropped).
    pub max_projects: usize,
}

/// How much a piece of text speaks to the job: 3 per required skill it
/// names, 1.5 per preferred skill, 0.5 per other keyword.
fn relevance(text: &str, report: &JdReport, analyzer: &Analyzer) -> f64 {
    let taxonomy = analyzer.taxonomy();
    let mut seen = Vec::new();
    let mut total = 0.0;
    for hit in analyzer.extractor().extract(text) {
        if seen.contains(&hit.skill) {
            continue;
        }
        seen.push(hit.skill);
        let name: &str = &taxonomy.get(hit.skill).name;
        total += if report.required_skills.iter().any(|s| *s.skill == *name) {
            3.0
        } else if report.preferred_skills.iter().any(|s| *s.skill == *name) {
            1.5
        } else if report.keywords.iter().any(|k| *k.term == *name) {
            0.5
        } else {
            0.0
        };
    }
    total
}

/// Sorts by relevance, most relevant first; equal relevance keeps the user's order.
fn by_relevance<T: Clone>(items: &[T], score: impl Fn(&T) -> f64) -> Vec<T> {
    let mut scored: Vec<(usize, f64)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (i, score(t)))
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| {
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)).is_lt()
    });
    scored.into_iter().map(|(i, _)| items[i].clone()).collect()
}

/// Proposes a resume tailored to a job by reordering and selecting only:
/// each role's bullets by relevance to the job's required, then preferred
/// skills; technologies with the job's skills first; projects by relevance,
/// keeping at most `max_projects`. It never writes a word, and stores only
/// the sections that change.
pub fn tailor(
    base: &Resume,
    report: &JdReport,
    analyzer: &Analyzer,
    options: &TailorOptions,
) -> TailoredResume {
    let rel = |text: &str| relevance(text, report, analyzer);
    let mut sections = Vec::new();
    for section in base
        .sections
        .iter()
        .filter(|s| s.section_type.is_tailorable())
    {
        let content = match (&section.content, section.section_type) {
            (SectionContent::Roles { roles }, t) if t.bullets_only() => {
                let changed: Vec<_> = roles
                    .iter()
                    .filter_map(|r| {
                        let bullets = by_relevance(&r.bullets, |b| rel(b));
                        (bullets != r.bullets).then(|| {
                            let mut r = r.clone();
                            r.bullets = bullets;
                            r
                        })
                    })
                    .collect();
                (!changed.is_empty()).then_some(SectionContent::Roles { roles: changed })
            }
            (SectionContent::Groups { groups }, SectionType::Technologies) => {
                let reordered: Vec<_> = groups
                    .iter()
                    .map(|g| {
                        let mut g = g.clone();
                        g.items = by_relevance(&g.items, |i| rel(i));
                        g
                    })
                    .collect();
                let reordered = by_relevance(&reordered, |g| g.items.iter().map(|i| rel(i)).sum());
                (&reordered != groups).then_some(SectionContent::Groups { groups: reordered })
            }
            (SectionContent::Projects { projects }, SectionType::Projects) => {
                let text = |p: &crate::model::Project| {
                    format!(
                        "{} {} {} {}",
                        p.name,
                        p.description.as_deref().unwrap_or(""),
                        p.bullets.join(" "),
                        p.technologies.join(", ")
                    )
                };
                let mut kept = by_relevance(projects, |p| rel(&text(p)));
                kept.truncate(options.max_projects.max(1));
                (&kept != projects).then_some(SectionContent::Projects { projects: kept })
            }
            _ => None,
        };
        if let Some(content) = content {
            sections.push(TailoredSection {
                section_id: section.id,
                section_type: section.section_type,
                content,
            });
        }
    }
    options.proposal(base, sections)
}

impl TailorOptions {
    /// The tailored resume these options describe, holding `sections` (the
    /// changed ones only), with its diff summary against `base`: how every
    /// tailoring source, the rules or a model, puts its proposal together.
    pub(crate) fn proposal(&self, base: &Resume, sections: Vec<TailoredSection>) -> TailoredResume {
        let mut tailored = TailoredResume {
            id: self.id,
            owner_id: base.owner_id,
            base_resume_id: base.id,
            job_id: self.job_id,
            sections,
            diff_summary: Vec::new(),
            approved: false,
            created_at: self.created_at,
        };
        tailored.diff_summary = diff_summary(base, &tailored);
        tailored
    }
}
