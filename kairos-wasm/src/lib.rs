//! Kairos in the browser: the same analyzer, scorer, resume importer and
//! truthfulness guard as the Rust crate, as a WebAssembly ES module.
//!
//! Inputs and outputs are plain JS objects in the wire format of the Rust
//! serde (and of Python's `to_dict()`); every function has a TypeScript
//! type (see `types.rs`); errors are thrown as `Error`s whose `name` is the
//! kind (`TypeError`, `ValidationError`, `ResumeImportError`, …), and the
//! module keeps working after one.
//!
//! ```js
//! import init, { analyzeJob, scoreJob, importResume, buildProfile } from './kairos_wasm.js';
//! await init();
//! const resume = importResume(markdown, 'markdown');
//! const profile = buildProfile(resume, '2026-11-29', { citizenships: ['AU'] });
//! const result = scoreJob(analyzeJob(jdText, { title: 'Rust Engineer' }), profile, { country: 'AU' });
//! console.log(result.score, result.reasoning);
//! ```

mod analysis_arg;
mod convert;
mod objects_only;
mod types;

use chrono::{DateTime, NaiveDate, Utc};
use kairos_core::analysis::{Analyzer, JdReport};
use kairos_core::listings::country_of_place;
use kairos_core::model::{
    check_country, Resume, TailoredResume, UserId, WorkRights, SINGLE_USER_ID,
};
use kairos_core::profile::{build_profile, Profile};
use kairos_core::resume::{import_resume, render, resolve, RenderFormat, ResumeFormat, ResumeMeta};
use kairos_core::scoring::{score, score_many_located};
use kairos_core::tailor::check_tailoring;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use analysis_arg::ScoredAnalysis;
use convert::{
    core_error, from_js, js_error, optional_from_js, optional_text, text_arg, text_or_utf8_arg,
    to_js, type_name,
};

/// Options of `analyzeJob` and the text forms of `scoreJob(s)`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AnalyzeOptions {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    country: Option<String>,
    /// Where the job is (`Berlin, Germany`): its country, when the place
    /// names one Kairos knows, judges eligibility instead of `country`.
    #[serde(default)]
    location: Option<String>,
}

impl AnalyzeOptions {
    /// The options argument of `analyzeJob`, `scoreJob(s)` and
    /// `rankListings`: the defaults when it is left out.
    fn read(options: Option<types::AnalyzeOptionsArg>) -> Result<Self, JsValue> {
        let options = options.map_or(JsValue::UNDEFINED, Into::into);
        let options: Self = optional_from_js(&options, &"options")?.unwrap_or_default();
        // A country's name (`Australia`) would match no job's country and
        // turn every citizenship requirement into "not eligible".
        if let Some(country) = options.country.as_deref() {
            check_country("options.country", country).map_err(core_error)?;
        }
        Ok(options)
    }

    /// The country a job is judged in: where `location` places it, else
    /// `country`.
    fn country(&self) -> Option<&str> {
        self.location
            .as_deref()
            .and_then(country_of_place)
            .or(self.country.as_deref())
    }
}

/// The profile a job is scored against, its work rights' countries
/// checked as `buildProfile` checks them (a profile may come from storage
/// or be written by hand).
fn profile_arg(profile: &JsValue) -> Result<Profile, JsValue> {
    let profile: Profile = from_js(profile, &"profile")?;
    profile
        .work_rights
        .check_at("profile.work_rights")
        .map_err(core_error)?;
    Ok(profile)
}

fn analyzer() -> &'static Analyzer {
    Analyzer::shared()
}

fn analyze(title: Option<&str>, text: &str) -> JdReport {
    analyzer().analyze(title.unwrap_or(""), text)
}

/// Builds the analyzer (taxonomy, automaton and phrase tables) now rather
/// than on first use, so the first score is as fast as the rest. Returns the number of
/// skills in the taxonomy.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() -> usize {
    // One small analysis also builds the lazily made phrase tables.
    let _ = analyze(
        None,
        "Requirements: Rust. Australian citizens only. $100 per hour.",
    );
    analyzer().taxonomy().len()
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Reads a job description (text or pasted HTML): required, preferred and
/// context skills, years, ATS keywords, work rights, salary and seniority,
/// each with the sentence it came from.
#[wasm_bindgen(js_name = analyzeJob, unchecked_return_type = "JdReport")]
pub fn analyze_job(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<types::AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, &"text")?;
    let options = AnalyzeOptions::read(options)?;
    to_js(&analyze(options.title.as_deref(), &text))
}

/// Whether a job is remote, hybrid or on site, and the words that say so
/// (`{mode: "hybrid", evidence: "Sydney NSW (Hybrid)"}`), or `undefined`
/// when the listing does not say: a word of the title, else the board's
/// `location` for the job (`Remote (Australia)`), else a word on a short
/// line of the description's head or a labelled line, or a phrase that
/// says it anywhere (`fully remote`, `This is not a remote role`). Apart
/// from `analyzeJob`: it reads the text again, about 15 % of an analysis's
/// time.
#[wasm_bindgen(js_name = workMode, unchecked_return_type = "WorkModeInfo | undefined")]
pub fn work_mode(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    title: Option<types::StringArg>,
    location: Option<types::StringArg>,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, &"text")?;
    let title = optional_text(title, &"title")?;
    let location = optional_text(location, &"location")?;
    let said =
        analyzer().listing_work_mode(title.as_deref().unwrap_or(""), location.as_deref(), &text);
    match said {
        Some(said) => to_js(&said),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// Scores one job against a profile: a job description (analysed first) or
/// an analysis from `analyzeJob`. The score is in [0, 1] with a per-skill
/// breakdown and two to four sentences of reasoning.
#[wasm_bindgen(js_name = scoreJob, unchecked_return_type = "MatchResult")]
pub fn score_job(
    #[wasm_bindgen(unchecked_param_type = "JdReport | string")] analysis_or_text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    options: Option<types::AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    let options = AnalyzeOptions::read(options)?;
    let report = if analysis_or_text.is_string() {
        analyze(
            options.title.as_deref(),
            &text_arg(&analysis_or_text, &"analysisOrText")?,
        )
    } else {
        from_js::<ScoredAnalysis>(&analysis_or_text, &"analysisOrText")?.into()
    };
    let profile = profile_arg(&profile)?;
    to_js(&score(
        &report,
        &profile,
        analyzer().taxonomy(),
        options.country(),
    ))
}

/// Scores many jobs in one call (texts, `{title, description}` listings or
/// analyses); results come in the order given.
#[wasm_bindgen(js_name = scoreJobs, unchecked_return_type = "MatchResult[]")]
pub fn score_jobs(
    #[wasm_bindgen(unchecked_param_type = "Array<string | JobText | JdReport>")] jobs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    options: Option<types::AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    if !js_sys::Array::is_array(&jobs) {
        return Err(js_error("TypeError", "jobs must be an array"));
    }
    let options = AnalyzeOptions::read(options)?;
    let jobs = js_sys::Array::from(&jobs);
    let mut reports: Vec<JdReport> = Vec::with_capacity(jobs.length() as usize);
    // Where each listing places its job, if it names a place Kairos knows.
    let mut placed: Vec<Option<&str>> = Vec::with_capacity(reports.capacity());
    for (i, job) in jobs.iter().enumerate() {
        reports.push(job_report(&job, i, options.title.as_deref())?);
        placed.push(match listing_field(&job, "location")? {
            Some(place) => {
                country_of_place(&text_arg(&place, &format_args!("jobs[{i}].location"))?)
            }
            None => None,
        });
    }
    let elsewhere = options.country();
    let countries = placed.into_iter().map(|c| c.or(elsewhere));
    // Read after the jobs, not before: passing the profile's JSON (with its
    // non-ASCII dashes) through wasm-bindgen's string copy before the jobs'
    // 8,752 strings made the call 12-15 % slower in Node, the same work.
    let profile = profile_arg(&profile)?;
    to_js(&score_many_located(
        reports.iter().zip(countries),
        &profile,
        analyzer().taxonomy(),
    ))
}

/// Ranks the listings of a JSON-lines text (one object a line with a
/// `description` or `description_raw` string and optional `title`,
/// `company`, `location` and `is_remote`, as scrapers write them) best first: each with its line, score,
/// eligibility and up to three missing required skills. For a ranking this
/// is the fast call: the listings cross into the module as one text and
/// only the ranking comes back (`scoreJobs` returns every breakdown). The
/// text may be a string or its UTF-8 bytes (a `Uint8Array`, as a fetched
/// or opened `.jsonl` file gives them): bytes are faster still, copied in
/// at once where a string is re-encoded on the way.
#[wasm_bindgen(js_name = rankListings, unchecked_return_type = "RankedListing[]")]
pub fn rank_listings(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] json_lines: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    options: Option<types::AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    let json_lines = text_or_utf8_arg(&json_lines, &"jsonLines")?;
    let options = AnalyzeOptions::read(options)?;
    let profile = profile_arg(&profile)?;
    let ranked =
        kairos_core::scoring::rank_listings(&json_lines, &profile, analyzer(), options.country())
            .map_err(|e| js_error("ValidationError", e.to_string()))?;
    to_js(&ranked)
}

/// The report of item `i` of a batch: a text or a `{title, description}`
/// listing (read as strings directly: a 10 MB batch need not go through
/// JSON text twice), or an analysis.
fn job_report(job: &JsValue, i: usize, title: Option<&str>) -> Result<JdReport, JsValue> {
    Ok(if job.is_string() {
        analyze(title, &text_arg(job, &format_args!("jobs[{i}]"))?)
    } else if let Some(description) = listing_field(job, "description")? {
        let description = text_arg(&description, &format_args!("jobs[{i}].description"))?;
        let title = match listing_field(job, "title")? {
            Some(t) => Some(text_arg(&t, &format_args!("jobs[{i}].title"))?),
            None => None,
        };
        analyze(title.as_deref(), &description)
    } else if listing_field(job, "required_skills")?.is_some() {
        from_js::<ScoredAnalysis>(job, &format_args!("jobs[{i}]"))?.into()
    } else {
        let got = if job.is_object() && !js_sys::Array::is_array(job) {
            "an object with neither description nor required_skills".to_owned()
        } else {
            type_name(job)
        };
        return Err(js_error(
            "TypeError",
            format!(
                "jobs[{i}] must be a string, a {{title, description}} listing or an analysis \
                 (got {got})"
            ),
        ));
    })
}

/// A property of a listing object, when it is there and not `undefined`.
fn listing_field(job: &JsValue, name: &str) -> Result<Option<JsValue>, JsValue> {
    if !job.is_object() || js_sys::Array::is_array(job) {
        return Ok(None);
    }
    let value = js_sys::Reflect::get(job, &JsValue::from_str(name))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// A skill found in text, with UTF-16 offsets for highlighting in JS strings.
#[derive(Serialize)]
struct JsSkillSpan {
    skill: String,
    category: String,
    start: usize,
    end: usize,
    text: String,
}

/// Every taxonomy skill mentioned in the text, with its span (UTF-16
/// offsets, so `text.slice(start, end)` is the mention).
#[wasm_bindgen(js_name = extractSkills, unchecked_return_type = "SkillSpan[]")]
pub fn extract_skills(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, &"text")?;
    // In order of position, as `Extractor::extract` returns its hits.
    let spans = analyzer().extractor().extract_spans(&text);
    // One walk over the text: byte offsets to UTF-16 offsets.
    let (mut byte, mut unit) = (0usize, 0usize);
    let mut advance = |to: usize| {
        unit += text.get(byte..to).map_or(0, |s| s.encode_utf16().count());
        byte = byte.max(to);
        unit
    };
    let out: Vec<JsSkillSpan> = spans
        .into_iter()
        .map(|s| {
            let start = advance(s.start);
            let len = s.text.encode_utf16().count();
            JsSkillSpan {
                skill: s.skill,
                category: s.category,
                start,
                end: start + len,
                text: s.text,
            }
        })
        .collect();
    to_js(&out)
}

/// Options of `importResume`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ImportOptions {
    #[serde(default)]
    owner_id: Option<UserId>,
    /// RFC 3339, read below with chrono's RFC 3339 reader alone (its
    /// serde reader brings in every strftime item).
    #[serde(default)]
    created_at: Option<String>,
}

/// Imports a resume from Markdown, plain text or JSON Resume (`format`:
/// `markdown`, `text`, `json_resume`, or `auto` to tell by its content).
#[wasm_bindgen(js_name = importResume, unchecked_return_type = "Resume")]
pub fn import_resume_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    format: Option<types::ResumeFormatArg>,
    options: Option<types::ImportOptionsArg>,
) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, &"text")?;
    let format = match optional_text(format, &"format")?.as_deref() {
        None | Some("auto") => ResumeFormat::detect(&text),
        Some(f) => f.parse::<ResumeFormat>().map_err(core_error)?,
    };
    let options: ImportOptions =
        optional_from_js(&options.map_or(JsValue::UNDEFINED, Into::into), &"options")?
            .unwrap_or_default();
    let created_at = match options.created_at {
        Some(text) => DateTime::parse_from_rfc3339(&text)
            .map(|at| at.with_timezone(&Utc))
            .map_err(|e| {
                js_error(
                    "ValidationError",
                    format!("options.createdAt {text:?} is not an RFC 3339 timestamp: {e}"),
                )
            })?,
        None => now()?,
    };
    let meta = ResumeMeta::base(options.owner_id.unwrap_or(SINGLE_USER_ID), created_at);
    to_js(&import_resume(&text, format, &meta).map_err(core_error)?)
}

/// The browser's clock: the core never reads one, the caller does.
fn now() -> Result<DateTime<Utc>, JsValue> {
    // Milliseconds since the epoch, as `Date.now()` gives them: no text to
    // parse.
    let millis = js_sys::Date::now();
    DateTime::from_timestamp_millis(millis as i64)
        .ok_or_else(|| js_error("Error", format!("the clock gave {millis} ms")))
}

/// Builds the skill profile of a resume: skills with years counted to
/// `today` (`YYYY-MM-DD`), proficiency and evidence, and the work rights
/// given (for eligibility).
#[wasm_bindgen(js_name = buildProfile, unchecked_return_type = "Profile")]
pub fn build_profile_js(
    #[wasm_bindgen(unchecked_param_type = "Resume")] resume: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] today: JsValue,
    work_rights: Option<types::WorkRightsArg>,
) -> Result<JsValue, JsValue> {
    let resume: Resume = from_js(&resume, &"resume")?;
    let today_text = text_arg(&today, &"today")?;
    let today = iso_date(&today_text).ok_or_else(|| {
        js_error(
            "ValidationError",
            format!("today {today_text:?} is not a YYYY-MM-DD date"),
        )
    })?;
    let rights: WorkRights = optional_from_js(
        &work_rights.map_or(JsValue::UNDEFINED, Into::into),
        &"workRights",
    )?
    .unwrap_or_default();
    rights.check_at("workRights").map_err(core_error)?;
    to_js(&build_profile(&resume, rights, today, analyzer()))
}

/// A calendar date written `YYYY-MM-DD`. Read by hand: chrono's readers
/// of text bring its strftime reader into the module (15 KB) for this one
/// call.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// Renders a resume (with a tailoring applied, when given) as `markdown`,
/// `html` (self-contained, every string escaped), `text` or `json_resume`.
#[wasm_bindgen(js_name = renderResume)]
pub fn render_resume(
    #[wasm_bindgen(unchecked_param_type = "Resume")] resume: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TailoredResume | null | undefined")] tailored: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderFormat")] format: JsValue,
) -> Result<String, JsValue> {
    let resume: Resume = from_js(&resume, &"resume")?;
    let tailored: Option<TailoredResume> = optional_from_js(&tailored, &"tailored")?;
    let format: RenderFormat = text_arg(&format, &"format")?.parse().map_err(core_error)?;
    let resolved = match tailored {
        Some(t) => resolve(&resume, &t).map_err(core_error)?,
        None => resume,
    };
    Ok(render(&resolved, format))
}

/// The truthfulness guard: every violation of a tailoring against its base
/// resume and profile (invented skills and figures, changed headers,
/// protected sections); empty when it is clean.
#[wasm_bindgen(js_name = checkTailoring, unchecked_return_type = "Violation[]")]
pub fn check_tailoring_js(
    #[wasm_bindgen(unchecked_param_type = "Resume")] base: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Profile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "TailoredResume")] tailored: JsValue,
) -> Result<JsValue, JsValue> {
    let base: Resume = from_js(&base, &"base")?;
    let profile: Profile = from_js(&profile, &"profile")?;
    let tailored: TailoredResume = from_js(&tailored, &"tailored")?;
    to_js(&check_tailoring(&base, &profile, &tailored, analyzer()))
}
