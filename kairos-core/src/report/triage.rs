//! The ranked triage page.

use std::fmt::Write;

use super::chart::score_histogram;
use crate::analysis::WorkMode;
use crate::model::Job;
use crate::resume::escape_html as esc;
use crate::scoring::{push_plural_years, Coverage, EligibilityStatus, MatchResult, SkillMatch};

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}\
h1{margin:0 0 .2rem}p.sub{color:#555;margin:0 0 1.2rem}table{border-collapse:collapse;width:100%}\
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}th{font-size:.85rem;color:#555}\
.bar{background:#eee;border-radius:3px;width:7rem;height:.7rem;display:inline-block;vertical-align:middle;margin-right:.4rem}\
.bar span{display:block;height:100%;border-radius:3px;background:#2f7d4f}.low .bar span{background:#b8860b}.inel .bar span{background:#a33}\
.no{color:#a33;font-weight:600}.dup{font-size:.8rem;color:#6a4c00;background:#fff4d6;padding:0 .3rem;border-radius:3px}\
details{margin-top:.3rem}summary{cursor:pointer;color:#245}ul.b{margin:.3rem 0;padding-left:1.1rem}\
.matched{color:#2f7d4f}.partial{color:#8a6d00}.missing{color:#a33}#score-chart{max-width:36rem;display:block;margin:0 0 1.5rem}\
#score-chart rect{fill:#5a8fbf}#score-chart text{font-size:11px;text-anchor:middle;fill:#333}";

/// One row of the triage page: a job, its score, and what the run made of it.
#[derive(Debug, Clone)]
pub struct TriageEntry<'a> {
    /// The job as stored.
    pub job: &'a Job,
    /// Its score against the profile.
    pub result: &'a MatchResult,
    /// Likely duplicates on other boards, as short labels (`linkedin 4077700000`).
    pub duplicates: Vec<String>,
    /// A link (relative to the page) to the tailored resume, when one was made.
    pub tailored_href: Option<String>,
    /// Whether the job is remote, hybrid or on site, when its listing says
    /// ([`crate::analysis::Analyzer::work_mode`]).
    pub work_mode: Option<WorkMode>,
}

/// The whole page: a heading line and the rows, best first.
#[derive(Debug, Clone)]
pub struct TriageReport<'a> {
    /// Who and what the page is for (`Ada Okafor — 47 jobs, 2026-11-25`).
    pub subtitle: String,
    /// The rows, in rank order.
    pub entries: Vec<TriageEntry<'a>>,
}

/// Renders the triage page: one self-contained HTML document with a score
/// chart, a ranked table with score bars, eligibility, duplicates and links
/// to tailored resumes, and each job's breakdown and reasoning folded under
/// it. The same report always gives the same bytes.
pub fn render_triage_html(report: &TriageReport<'_>) -> String {
    let mut out = String::with_capacity(4096 + report.entries.len() * 1500);
    let scores: Vec<f64> = report.entries.iter().map(|e| e.result.score).collect();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>Kairos triage</title><style>{STYLE}</style></head><body>\
         <h1>Job triage</h1><p class=\"sub\">{}</p>\
         <h2>Score distribution</h2>{}\
         <h2>Ranked jobs</h2><table id=\"triage\"><thead><tr><th>#</th><th>Score</th><th>Job</th>\
         <th>Platform</th><th>Eligible</th><th>Top missing</th><th>Resume</th></tr></thead><tbody>",
        esc(&report.subtitle),
        score_histogram(&scores),
    );
    for (rank, entry) in report.entries.iter().enumerate() {
        row(&mut out, rank + 1, entry);
    }
    out.push_str("</tbody></table></body></html>\n");
    out
}

fn row(out: &mut String, rank: usize, e: &TriageEntry<'_>) {
    let (job, r) = (e.job, e.result);
    let eligible = r.eligibility.status == EligibilityStatus::Eligible;
    let class = if !eligible {
        "inel"
    } else if r.score < 0.5 {
        "low"
    } else {
        "ok"
    };
    let title = match job.url.as_ref().map(|u| u.as_str()) {
        Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
            format!(
                "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                esc(u),
                esc(&job.title)
            )
        }
        _ => esc(&job.title),
    };
    let mut place = esc(&job.company);
    if let Some(loc) = &job.location {
        let _ = write!(place, " · {}", esc(loc));
    }
    if let Some(mode) = e.work_mode {
        let _ = write!(place, " · {}", mode.as_str());
    }
    let dups: String = e
        .duplicates
        .iter()
        .map(|d| format!(" <span class=\"dup\">also on {}</span>", esc(d)))
        .collect();
    let missing: Vec<String> = r
        .required
        .iter()
        .filter(|m| m.coverage == Coverage::Missing)
        .take(3)
        .map(|m| esc(&m.skill))
        .collect();
    let resume = e.tailored_href.as_deref().map_or_else(
        || "—".to_owned(),
        |h| format!("<a href=\"{}\">tailored</a>", esc(h)),
    );
    let _ = write!(
        out,
        "<tr class=\"{class}\" data-score=\"{score:.6}\"><td>{rank}</td>\
         <td><span class=\"bar\"><span style=\"width:{pct:.1}%\"></span></span>{score:.3}</td>\
         <td><strong>{title}</strong>{dups}<br><small>{place}</small>{breakdown}</td>\
         <td>{platform}</td><td>{eligible}</td><td>{missing}</td><td>{resume}</td></tr>",
        score = r.score,
        pct = r.score * 100.0,
        breakdown = breakdown(r),
        platform = job.platform,
        // Why not, on hovering the verdict, as on the browser page.
        eligible = match (&r.eligibility.reason, eligible) {
            (_, true) => "yes".to_owned(),
            (Some(reason), false) => {
                format!("<span class=\"no\" title=\"{}\">no</span>", esc(reason))
            }
            (None, false) => "<span class=\"no\">no</span>".to_owned(),
        },
        missing = missing.join(", "),
    );
}

fn breakdown(r: &MatchResult) -> String {
    let mut out = String::from("<details><summary>Why this score</summary>");
    let _ = write!(out, "<p class=\"reasoning\">{}</p>", esc(&r.reasoning));
    if let Some(reason) = &r.eligibility.reason {
        let _ = write!(out, "<p class=\"no\">{}</p>", esc(reason));
    }
    for (heading, skills) in [("Required", &r.required), ("Preferred", &r.preferred)] {
        if skills.is_empty() {
            continue;
        }
        let _ = write!(out, "<p>{heading}</p><ul class=\"b\">");
        for m in skills {
            skill_line(&mut out, m);
        }
        out.push_str("</ul>");
    }
    out.push_str("</details>");
    out
}

fn skill_line(out: &mut String, m: &SkillMatch) {
    let (class, word) = match m.coverage {
        Coverage::Matched => ("matched", "matched"),
        Coverage::Partial => ("partial", "partial"),
        Coverage::Missing => ("missing", "missing"),
    };
    let _ = write!(out, "<li class=\"{class}\">{}: {word}", esc(&m.skill));
    if let (Some(via), Coverage::Partial) = (&m.via, m.coverage) {
        let _ = write!(out, " through {}", esc(via));
    }
    // A skill the resume lists without dated work shows its level alone:
    // "(3/10)", not "(3/10, 0 years)", which reads as no experience.
    match (m.proficiency, m.years) {
        (Some(p), Some(y)) if y > 0.0 => {
            let _ = write!(out, " ({p}/10, ");
            push_plural_years(out, y);
            out.push(')');
        }
        (Some(p), _) => {
            let _ = write!(out, " ({p}/10)");
        }
        (None, _) => {}
    }
    let _ = write!(out, " — credit {:.2}</li>", m.credit);
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::{JobListing, Platform, SINGLE_USER_ID};
    use crate::scoring::{Eligibility, YearsCheck};

    #[test]
    fn listing_text_is_escaped_and_nothing_is_loaded() {
        let job = Job::from_listing(
            SINGLE_USER_ID,
            JobListing {
                platform: Platform::Seek,
                platform_job_id: "1".into(),
                title: "<script>alert(1)</script>".into(),
                company: "A&B \"Co\"".into(),
                location: None,
                salary_min: None,
                salary_max: None,
                salary_currency: None,
                url: None,
                description_raw: String::new(),
                scraped_at: Utc.with_ymd_and_hms(2026, 11, 20, 0, 0, 0).unwrap(),
            },
        )
        .unwrap();
        let result = MatchResult {
            score: 0.25,
            eligibility: Eligibility {
                status: EligibilityStatus::Ineligible,
                reason: Some("Not eligible: <b>".into()),
            },
            required: vec![SkillMatch {
                skill: "Rust<".into(),
                coverage: Coverage::Missing,
                via: None,
                proficiency: None,
                years: None,
                years_asked: None,
                credit: 0.0,
            }],
            preferred: vec![],
            keywords_matched: vec![],
            keywords_missing: vec![],
            years: YearsCheck {
                asked: None,
                have: 1.0,
                met: None,
            },
            reasoning: "x < y".into(),
        };
        let report = TriageReport {
            subtitle: "<i>me</i>".into(),
            entries: vec![TriageEntry {
                job: &job,
                result: &result,
                duplicates: vec!["linkedin <2>".into()],
                tailored_href: Some("a\"b.html".into()),
                work_mode: Some(WorkMode::Hybrid),
            }],
        };
        let html = render_triage_html(&report);
        for raw in ["<script>", "<b>", "<i>", "Rust<", "<2>", "a\"b", "x < y"] {
            assert!(!html.contains(raw), "{raw} left unescaped");
        }
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("default-src 'none'"));
        assert!(!html.contains("src=\"http") && !html.contains("<link"));
        assert!(html.contains("class=\"inel\""));
        assert!(
            html.contains(" · hybrid</small>"),
            "the work mode follows the place"
        );
        assert!(html.contains("<span class=\"no\" title=\"Not eligible: &lt;b&gt;\">no</span>"));
    }

    #[test]
    fn a_skill_line_gives_years_only_when_the_resume_dates_the_skill() {
        let line = |proficiency, years| {
            let mut out = String::new();
            skill_line(
                &mut out,
                &SkillMatch {
                    skill: "Kafka".into(),
                    coverage: Coverage::Matched,
                    via: None,
                    proficiency,
                    years,
                    years_asked: None,
                    credit: 0.79,
                },
            );
            out
        };
        assert_eq!(
            line(Some(3), Some(0.0)),
            "<li class=\"matched\">Kafka: matched (3/10) — credit 0.79</li>"
        );
        assert!(line(Some(8), Some(5.8)).contains("(8/10, 5.8 years)"));
        assert!(line(Some(8), Some(1.0)).contains("(8/10, 1 year)"));
        assert!(line(Some(3), None).contains("(3/10)"));
        assert!(!line(None, None).contains("/10"));
    }
}
