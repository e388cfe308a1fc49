//! The deterministic tailoring: reorder and select, never write.

use chrono::{DateTime, Utc};

use crate::analysis::{Analyzer, JdReport};
use crate::model::{
    JobId, Resume, SectionContent, SectionType, TailoredResume, TailoredResumeId, TailoredSection,
};
use crate::resume::diff_summary;
use crate::scoring::{IMPLIED_CREDIT, RELATED_CREDIT};
use crate::skills::{SkillId, Taxonomy};

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

/// What the job asks for, as tailoring weighs it: each ask is the skills
/// that meet it (a choice such as `AWS or GCP` is one ask) and its weight,
/// 3 required, 1.5 preferred, 0.5 for another keyword the taxonomy knows.
struct JobAsks {
    asks: Vec<(f64, Vec<SkillId>)>,
}

impl JobAsks {
    fn new(report: &JdReport, taxonomy: &Taxonomy) -> Self {
        let mut asks = Vec::new();
        let mut asked = Vec::new();
        for (weight, list) in [
            (3.0, &report.required_skills),
            (1.5, &report.preferred_skills),
        ] {
            for ask in list {
                let skills: Vec<SkillId> = std::iter::once(&ask.skill)
                    .chain(&ask.alternatives)
                    .filter_map(|name| taxonomy.lookup(name))
                    .collect();
                asked.extend_from_slice(&skills);
                asks.push((weight, skills));
            }
        }
        for keyword in &report.keywords {
            if let Some(id) = taxonomy.lookup(&keyword.term) {
                if !asked.contains(&id) {
                    asked.push(id);
                    asks.push((0.5, vec![id]));
                }
            }
        }
        Self { asks }
    }

    /// How much a piece of text speaks to the job: each ask's weight times
    /// the best credit the text gives it, as scoring credits a profile
    /// (1 for naming a skill, [`IMPLIED_CREDIT`] for naming one that implies
    /// it, so `Django` speaks to a Python job, [`RELATED_CREDIT`] for a
    /// related one).
    fn relevance(&self, text: &str, analyzer: &Analyzer) -> f64 {
        let taxonomy = analyzer.taxonomy();
        // The credit the text gives each skill it shows, directly or not.
        let mut shown: Vec<(SkillId, f64)> = Vec::new();
        let mut show = |skill: SkillId, credit: f64| match shown.iter_mut().find(|s| s.0 == skill) {
            Some(s) => s.1 = s.1.max(credit),
            None => shown.push((skill, credit)),
        };
        for hit in analyzer.extractor().extract(text) {
            show(hit.skill, 1.0);
            for &implied in taxonomy.implied(hit.skill) {
                show(implied, IMPLIED_CREDIT);
            }
            let related = &taxonomy.get(hit.skill).related;
            for &other in related.iter().chain(taxonomy.related_from(hit.skill)) {
                show(other, RELATED_CREDIT);
            }
        }
        let credit = |skill: &SkillId| shown.iter().find(|s| s.0 == *skill).map_or(0.0, |s| s.1);
        self.asks
            .iter()
            .map(|(weight, skills)| weight * skills.iter().map(credit).fold(0.0, f64::max))
            .sum()
    }
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
/// keeping at most `max_projects`, each with its bullets and technologies
/// in the same order of relevance. It never writes a word, and stores only
/// the sections that change.
pub fn tailor(
    base: &Resume,
    report: &JdReport,
    analyzer: &Analyzer,
    options: &TailorOptions,
) -> TailoredResume {
    let asks = JobAsks::new(report, analyzer.taxonomy());
    let rel = |text: &str| asks.relevance(text, analyzer);
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
                // A group is weighed as one text, so a choice it meets
                // twice (`AWS` and `GCP` for `AWS or GCP`) counts once.
                let reordered = by_relevance(&reordered, |g| rel(&g.listed().join(", ")));
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
                // Within each project kept, as within a role: the bullets
                // and technologies that speak to the job first.
                for p in &mut kept {
                    p.bullets = by_relevance(&p.bullets, |b| rel(b));
                    p.technologies = by_relevance(&p.technologies, |t| rel(t));
                }
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
