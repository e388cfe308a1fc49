//! Deriving skill entries from a base resume.

use chrono::{Datelike, NaiveDate};

use super::{
    Profile, BASE_POINTS, POINTS_PER_PROJECT, POINTS_PER_ROLE, POINTS_PER_YEAR, PROJECTS_CAP,
    ROLES_CAP, YEARS_CAP,
};
use crate::analysis::Analyzer;
use crate::model::{
    PartialDate, Proficiency, Resume, Role, SectionContent, SectionType, SkillCategory, SkillEntry,
    SkillEntryId, SkillGroup, SkillSource, Until, WorkRights, Years,
};
use crate::resume::human_range;
use crate::skills::{SkillId, SkillKind};

use super::listed::listed_skill;

/// A month range, inclusive of its start, exclusive of its end, in months since year 0.
type Span = (i64, i64);

#[derive(Default)]
struct Seen {
    spans: Vec<Span>,
    roles: u32,
    projects: u32,
    /// The last month it was used (for recency), when dated.
    last_used: Option<i64>,
    /// Whether an undated part of the resume (skills, summary, projects)
    /// names it: then it is current, whatever the dates of old roles say.
    listed_now: bool,
    /// The most years a skills section says it was used (`Python (6
    /// years)`), for a resume whose roles do not go back as far.
    stated_years: f64,
    evidence: Vec<String>,
}

fn month_of(date: &NaiveDate) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// The months a role covers, with `present` meaning `today`; `None` without a start.
fn span_of(start: Option<&PartialDate>, end: Option<&Until>, today: i64) -> Option<Span> {
    let from = start?.month_index();
    let to = match end {
        Some(Until::Present) => today + 1,
        Some(Until::Date(d)) => d.month_index() + if d.month.is_some() { 1 } else { 12 },
        // A start and no end: a single period we cannot measure; count one month.
        None => from + 1,
    };
    (to > from).then_some((from, to.min(today + 1)))
}

/// Total months covered by `spans`, overlaps counted once.
fn merged_months(spans: &[Span]) -> i64 {
    let mut sorted: Vec<Span> = spans.to_vec();
    crate::sort::sort_by(&mut sorted, |a, b| a < b);
    let mut total = 0;
    let mut current: Option<Span> = None;
    for (a, b) in sorted {
        match current {
            Some((ca, cb)) if a <= cb => current = Some((ca, cb.max(b))),
            Some((ca, cb)) => {
                total += cb - ca;
                current = Some((a, b));
            }
            None => current = Some((a, b)),
        }
    }
    if let Some((a, b)) = current {
        total += b - a;
    }
    total
}

fn role_label(r: &Role) -> String {
    let head = [r.employer.as_str(), r.title.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ");
    let dates = human_range(r.start.as_ref(), r.end.as_ref());
    if dates.is_empty() {
        head
    } else {
        format!("{head} ({dates})")
    }
}

/// The skills `text` names, in order. Out of line: inlined at each of
/// its five callers it cost the WebAssembly module 2 KB.
#[inline(never)]
fn skills_in(analyzer: &Analyzer, text: &str) -> Vec<SkillId> {
    let hits = analyzer.extractor().extract(text);
    hits.into_iter().map(|h| h.skill).collect()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Derives a profile from a base resume: every technical skill the resume
/// shows, with years (from the dates of the roles that name it, overlaps
/// merged, `present` measured to `today`, or the years a skills section
/// states for it when more), a proficiency by the formula in
/// [`crate::profile`], and evidence. `today` is passed in: the core never
/// reads the clock.
pub fn build_profile(
    resume: &Resume,
    work_rights: WorkRights,
    today: NaiveDate,
    analyzer: &Analyzer,
) -> Profile {
    let taxonomy = analyzer.taxonomy();
    let now = month_of(&today);
    let mut seen: Vec<(SkillId, Seen)> = Vec::new();
    let mut terms: Vec<String> = Vec::new();
    let mut work_spans: Vec<Span> = Vec::new();
    let record = |mut found: Vec<SkillId>,
                  span: Option<Span>,
                  kind: Source,
                  label: &str,
                  seen: &mut Vec<(SkillId, Seen)>,
                  terms: &mut Vec<String>| {
        // A certification shows the skill it certifies (`AWS Certified
        // Solutions Architect` shows AWS), a stack its parts (`MERN
        // stack`): they count as listed where it is, and a certification
        // as a term.
        for k in 0..found.len() {
            found.extend(taxonomy.stands_for(found[k]));
        }
        crate::sort::sort_by(&mut found, |a, b| a < b);
        found.dedup();
        for id in found {
            let def = taxonomy.get(id);
            if !matches!(def.kind, SkillKind::Technical(_)) {
                if !terms.contains(&def.name) {
                    terms.push(def.name.clone());
                }
                continue;
            }
            let i = match seen.iter().position(|(s, _)| *s == id) {
                Some(i) => i,
                None => {
                    seen.push((id, Seen::default()));
                    seen.len() - 1
                }
            };
            let s = &mut seen[i].1;
            if let Some(sp) = span {
                s.spans.push(sp);
                s.last_used = Some(s.last_used.map_or(sp.1 - 1, |l| l.max(sp.1 - 1)));
            }
            match kind {
                Source::Role => s.roles += 1,
                Source::Project => {
                    s.projects += 1;
                    s.listed_now = true;
                }
                Source::Listed => s.listed_now = true,
            }
            if !s.evidence.iter().any(|e| e == label) {
                s.evidence.push(label.to_owned());
            }
        }
    };

    for section in &resume.sections {
        match &section.content {
            SectionContent::Roles { roles } => {
                let is_work = matches!(
                    section.section_type,
                    SectionType::WorkExperience | SectionType::Internship
                );
                for r in roles {
                    let span = span_of(r.start.as_ref(), r.end.as_ref(), now);
                    if section.section_type == SectionType::WorkExperience {
                        work_spans.extend(span);
                    }
                    let text = role_text(r);
                    let kind = if is_work {
                        Source::Role
                    } else {
                        Source::Listed
                    };
                    record(
                        skills_in(analyzer, &text),
                        if is_work { span } else { None },
                        kind,
                        &role_label(r),
                        &mut seen,
                        &mut terms,
                    );
                }
            }
            SectionContent::Projects { projects } => {
                for p in projects {
                    let mut text =
                        format!("{}\n{}\n", p.name, p.description.as_deref().unwrap_or(""));
                    for line in p.bullets.iter().chain(&p.technologies) {
                        text.push_str(line);
                        text.push('\n');
                    }
                    record(
                        skills_in(analyzer, &text),
                        None,
                        Source::Project,
                        &format!("Project: {}", p.name),
                        &mut seen,
                        &mut terms,
                    );
                }
            }
            SectionContent::Groups { groups } => {
                // Each item by its name, a line each: a note of years
                // (`Go (2 yrs)`, `Rust — 1 year`) would hide the name from
                // the list the extractor reads, and the years it states
                // count for the skills the item names.
                let mut text = String::new();
                let mut items: Vec<(usize, &str, Option<f64>)> = Vec::new();
                for item in groups.iter().flat_map(SkillGroup::listed) {
                    let (name, years) = listed_skill(item);
                    text.push_str(name);
                    text.push('\n');
                    items.push((text.len(), item, years));
                }
                let hits = analyzer.extractor().extract(&text);
                let label = format!("{} section", section.heading);
                let ids = hits.iter().map(|h| h.skill).collect();
                record(ids, None, Source::Listed, &label, &mut seen, &mut terms);
                for hit in &hits {
                    let item = items.partition_point(|&(end, ..)| end <= hit.start);
                    let Some(&(_, item, Some(years))) = items.get(item) else {
                        continue;
                    };
                    if let Some((_, s)) = seen.iter_mut().find(|(id, _)| *id == hit.skill) {
                        s.stated_years = s.stated_years.max(years);
                        // The evidence names the item that states the years.
                        let stated = format!("{label}: {item}");
                        if let Some(e) = s.evidence.iter_mut().find(|e| **e == label) {
                            *e = stated;
                        } else if !s.evidence.contains(&stated) {
                            s.evidence.push(stated);
                        }
                    }
                }
            }
            SectionContent::Paragraphs { paragraphs } => {
                record(
                    skills_in(analyzer, &paragraphs.join("\n")),
                    None,
                    Source::Listed,
                    &section.heading,
                    &mut seen,
                    &mut terms,
                );
            }
            SectionContent::Education { entries } => {
                for e in entries {
                    let text = format!(
                        "{}\n{}\n{}\n{}",
                        e.qualification.as_deref().unwrap_or(""),
                        e.area.as_deref().unwrap_or(""),
                        e.institution,
                        e.notes.join("\n")
                    );
                    record(
                        skills_in(analyzer, &text),
                        None,
                        Source::Listed,
                        &format!("Education: {}", e.institution),
                        &mut seen,
                        &mut terms,
                    );
                }
            }
            SectionContent::Entries { entries } => {
                for e in entries {
                    let text = format!(
                        "{}\n{}\n{}\n{}",
                        e.title,
                        e.subtitle.as_deref().unwrap_or(""),
                        e.summary.as_deref().unwrap_or(""),
                        e.bullets.join("\n")
                    );
                    record(
                        skills_in(analyzer, &text),
                        None,
                        Source::Listed,
                        &section.heading,
                        &mut seen,
                        &mut terms,
                    );
                }
            }
        }
    }

    let mut skills: Vec<SkillEntry> = seen
        .into_iter()
        .map(|(id, s)| {
            let def = taxonomy.get(id);
            let years = round1((merged_months(&s.spans) as f64 / 12.0).max(s.stated_years));
            let since_used = s.last_used.filter(|_| !s.listed_now).map(|l| now - l);
            let recency = match since_used {
                Some(m) if m > 60 => -2.0,
                Some(m) if m > 24 => -1.0,
                _ => 0.0,
            };
            let points = BASE_POINTS
                + POINTS_PER_YEAR * years.min(YEARS_CAP)
                + POINTS_PER_ROLE * f64::from(s.roles).min(ROLES_CAP)
                + POINTS_PER_PROJECT * f64::from(s.projects).min(PROJECTS_CAP)
                + recency;
            let level = points.round().clamp(1.0, 10.0) as i64;
            SkillEntry {
                id: SkillEntryId::derive(&[&resume.id.to_string(), &def.name]),
                owner_id: resume.owner_id,
                resume_id: resume.id,
                name: def.name.clone(),
                category: def.kind.category().unwrap_or(SkillCategory::Concept),
                proficiency: Proficiency::new(level).unwrap_or(Proficiency::MIN),
                years: Years::new(years).unwrap_or_default(),
                evidence: s.evidence,
                source: SkillSource::ResumeAnalysis,
            }
        })
        .collect();
    // Strongest first; ties by name, so the order is stable.
    crate::sort::sort_by(&mut skills, |a, b| {
        b.proficiency
            .cmp(&a.proficiency)
            .then(b.years.get().total_cmp(&a.years.get()))
            .then(a.name.cmp(&b.name))
            .is_lt()
    });
    crate::sort::sort_by(&mut terms, |a, b| a < b);
    Profile {
        skills,
        terms,
        work_rights,
        total_years: round1(merged_months(&work_spans) as f64 / 12.0),
    }
}

#[derive(Clone, Copy)]
enum Source {
    Role,
    Project,
    Listed,
}

fn role_text(r: &Role) -> String {
    let mut text = String::with_capacity(256);
    for part in [Some(&r.title), r.summary.as_ref(), r.description.as_ref()]
        .into_iter()
        .flatten()
    {
        text.push_str(part);
        text.push('\n');
    }
    for b in &r.bullets {
        text.push_str(b);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_ranges_count_once() {
        assert_eq!(merged_months(&[(0, 12), (6, 18), (30, 36)]), 24);
        assert_eq!(merged_months(&[]), 0);
    }
}
