//! The engine's functions: analysis, profiles, scoring, tailoring and the
//! guard, resumes, and the status machines. Long work releases the GIL.

use kairos_core::analysis::{Analyzer, JdReport};
use kairos_core::listings::country_of_place as place_country;
use kairos_core::model::{
    ApplicationStatus, JobId, JobStatus, Resume, TailoredResume, TailoredResumeId, UserId,
    WorkRights, SINGLE_USER_ID,
};
use kairos_core::profile::{build_profile as core_build_profile, Profile};
use kairos_core::resume::{
    import_resume as core_import, render as core_render, resolve, RenderFormat, ResumeFormat,
    ResumeMeta,
};
use kairos_core::scoring::{
    rank_analysed, read_listing_lines, score_many_prepared, score_prepared, RankError,
};
use kairos_core::status::StatusMachine;
use kairos_core::tailor::{
    apply_guard as core_apply_guard, check_tailoring as core_check, tailor as core_tailor,
    GuardMode, TailorOptions,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::convert::{
    country_arg, country_code, date_arg, from_py, location_arg, str_arg, text_arg, time_arg,
    title_arg, to_py, Text,
};
use crate::entities::{Arg, PyJdReport, PyMatchResult, PyProfile, PyResume, PyTailoredResume};
use crate::errors::{to_py as err, validation};
use crate::prepared::with_prepared;

pub(crate) fn analyzer() -> &'static Analyzer {
    Analyzer::shared()
}

fn uuid_arg<T: std::str::FromStr>(py: Python<'_>, text: &str, what: &str) -> PyResult<T> {
    text.parse::<T>()
        .map_err(|_| validation(py, what, text, "is not a UUID"))
}

/// Reads a job description (text or pasted HTML): required, preferred and
/// context skills, years, ATS keywords, work rights, salary and seniority.
#[pyfunction]
#[pyo3(signature = (text, title = Text::empty()), text_signature = "(text, title='')")]
pub(crate) fn analyze_job(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    #[pyo3(from_py_with = title_arg)] title: Text,
) -> PyResult<PyJdReport> {
    let text = text_arg(text, &"text")?;
    Ok(PyJdReport::new(
        py.detach(|| analyzer().analyze(&title, &text)),
    ))
}

/// Whether a job is remote, hybrid or on site, as a dict (`{"mode":
/// "hybrid", "evidence": "Sydney NSW (Hybrid)"}`), or `None` when nothing
/// says: a title word (`Engineer (Remote)`), else the board's `location`
/// for it (`Remote (Australia)`; evidence `location: …`), else the text:
/// a word on a short line of the head or a labelled line, or a phrase
/// anywhere (`fully remote`, `not a remote role`, `two days a week in the
/// office`).
#[pyfunction]
#[pyo3(
    signature = (text, title = Text::empty(), *, location = None),
    text_signature = "(text, title='', *, location=None)"
)]
pub(crate) fn work_mode<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = title_arg)] title: Text,
    #[pyo3(from_py_with = location_arg)] location: Option<Text>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = text_arg(text, &"text")?;
    let said = py.detach(|| analyzer().listing_work_mode(&title, location.as_deref(), &text));
    to_py(py, &said)
}

/// Analyses many job descriptions in one call, without the GIL: `texts` is
/// a list or any other iterable (a generator too), each item a text or a
/// `(title, text)` pair. Results come in the order given.
/// `threads` caps the worker threads (default: one per core; 1 analyses on
/// the calling thread).
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None))]
pub(crate) fn analyze_jobs(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<PyJdReport>> {
    threads_arg(py, threads)?;
    let items = crate::convert::sequence(texts, "texts")?;
    let mut jobs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Ok(pair) = item.cast::<PyTuple>() {
            if pair.len() != 2 {
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] must be a str or a (title, text) pair"
                )));
            }
            jobs.push((
                text_arg(&pair.get_item(0)?, &format_args!("texts[{i}][0]"))?,
                text_arg(&pair.get_item(1)?, &format_args!("texts[{i}][1]"))?,
            ));
        } else {
            jobs.push((Text::empty(), text_arg(item, &format_args!("texts[{i}]"))?));
        }
    }
    let reports = py.detach(|| crate::batch::analyze_all(&jobs, threads));
    Ok(reports.into_iter().map(PyJdReport::new).collect())
}

/// Checks a `threads` argument: `None` (one per core) or at least 1.
fn threads_arg(py: Python<'_>, threads: Option<usize>) -> PyResult<()> {
    if threads == Some(0) {
        return Err(crate::errors::validation(
            py,
            "threads",
            0,
            "must be at least 1, or None for one per core",
        ));
    }
    Ok(())
}

/// Builds the skill profile of a resume: skills with years counted to
/// `today`, proficiency, evidence, and the work rights given (countries as
/// two-letter ISO codes in either case; a name such as `Australia` is a
/// `ValidationError` naming it).
#[pyfunction]
#[pyo3(signature = (resume, *, today, work_rights = None))]
pub(crate) fn build_profile(
    py: Python<'_>,
    resume: &Bound<'_, PyAny>,
    today: &Bound<'_, PyAny>,
    work_rights: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyProfile> {
    let resume = Resume::arg(resume, "resume")?;
    let today = date_arg(today, "today")?;
    let rights: WorkRights = match work_rights.filter(|w| !w.is_none()) {
        Some(w) => from_py::<WorkRights>(w, "work_rights")?
            .checked()
            .map_err(|e| err(w.py(), e))?,
        None => WorkRights::default(),
    };
    Ok(PyProfile::new(py.detach(|| {
        core_build_profile(&resume, rights, today, analyzer())
    })))
}

/// Scores an analysis against a profile: a score in [0, 1], the per-skill
/// breakdown and the reasoning. `country` (two-letter ISO code, in either
/// case; anything else is a `ValidationError`) is where the job is
/// (or where the user looks for work): wording that names no country is
/// read for it, and a job there is not eligible for a profile that names
/// the user's rights and gives none there, unless it sponsors. `location`,
/// the listing's place (`"Berlin, Germany"`), judges the job in the
/// country it names instead, when it names one (see `country_of_place`).
/// A `Profile` object keeps what scoring prepares from it, so scoring job
/// after job with the same one is several times faster than with its dict.
#[pyfunction]
#[pyo3(signature = (analysis, profile, country = None, *, location = None))]
pub(crate) fn score(
    analysis: &Bound<'_, PyAny>,
    profile: &Bound<'_, PyAny>,
    #[pyo3(from_py_with = country_arg)] country: Option<Text>,
    #[pyo3(from_py_with = location_arg)] location: Option<Text>,
) -> PyResult<PyMatchResult> {
    let country = location
        .as_deref()
        .and_then(place_country)
        .or(country.as_deref());
    let taxonomy = analyzer().taxonomy();
    JdReport::with_arg(analysis, "analysis", |report| {
        with_prepared(profile, |prepared| {
            PyMatchResult::new(score_prepared(report, prepared, taxonomy, country))
        })
    })?
}

/// The ISO code of the country a listing's place names (`"Perth WA"` is
/// `"AU"`, `"Denver, Colorado"` `"US"`, `"London, ON"` `"CA"`), or `None`
/// for a place it does not know, `"Remote"`, or places in two countries
/// (`"US or Canada"`): what `score(..., location=...)` and `rank_listings`
/// read, and what `score_many(..., countries=[...])` takes.
#[pyfunction]
pub(crate) fn country_of_place(place: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(place_country(&str_arg(place, &"place")?))
}

/// Scores many analyses against one profile (prepared once). `country` is
/// where every job is; `countries`, one ISO code or `None` an analysis
/// (`country_of_place` of each listing's place), judges each job where it
/// is instead, `country` standing in for a `None`.
#[pyfunction]
#[pyo3(signature = (analyses, profile, country = None, *, countries = None))]
pub(crate) fn score_many(
    analyses: &Bound<'_, PyAny>,
    profile: &Bound<'_, PyAny>,
    #[pyo3(from_py_with = country_arg)] country: Option<Text>,
    countries: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyMatchResult>> {
    // Analyses made by Kairos are borrowed, not copied; dicts are read once.
    let items = crate::convert::sequence(analyses, "analyses")?;
    let mut each_country: Vec<Option<Text>> = Vec::new();
    if let Some(list) = countries.filter(|c| !c.is_none()) {
        for (i, c) in crate::convert::sequence(list, "countries")?
            .iter()
            .enumerate()
        {
            let what = format_args!("countries[{i}]");
            let code = (!c.is_none())
                .then(|| country_code(c.py(), str_arg(c, &what)?, &what))
                .transpose()?;
            each_country.push(code);
        }
        if each_country.len() != items.len() {
            return Err(validation(
                analyses.py(),
                "countries",
                each_country.len(),
                format!(
                    "must name one country (or None) for each of the {} analyses",
                    items.len()
                ),
            ));
        }
    }
    let mut classes = Vec::with_capacity(items.len());
    let mut read = Vec::new();
    for (i, a) in items.iter().enumerate() {
        match a.cast::<PyJdReport>() {
            Ok(c) => classes.push(Some(c.clone())),
            Err(_) => {
                read.push(JdReport::arg(a, &format!("analyses[{i}]"))?);
                classes.push(None);
            }
        }
    }
    let mut from_dicts = read.iter();
    let reports: Vec<&JdReport> = classes
        .iter()
        .filter_map(|c| match c {
            Some(c) => Some(&c.get().inner),
            None => from_dicts.next(),
        })
        .collect();
    let taxonomy = analyzer().taxonomy();
    // Microseconds a job, on analyses borrowed from Python objects: kept
    // under the GIL.
    let located = reports.iter().enumerate().map(|(i, &report)| {
        let own = each_country.get(i).and_then(|c| c.as_deref());
        (report, own.or(country.as_deref()))
    });
    let results = with_prepared(profile, |prepared| {
        score_many_prepared(located, prepared, taxonomy)
    })?;
    Ok(results.into_iter().map(PyMatchResult::new).collect())
}

/// Ranks the listings of a JSON-lines text (one object a line with a
/// `description` or `description_raw` string and optional `title`,
/// `company`, `location` and `is_remote`, as scrapers write them) best first, ties in input order: a
/// dict a listing with `line`, `title`, `company`, `score`, `eligibility`,
/// up to three `missing` required skills and, when the listing says,
/// `work_mode` (`remote`, `hybrid` or `onsite`: its title, its `location`,
/// then its description). The analysis runs without the
/// GIL on up to `threads` workers, as in `analyze_jobs`. `json_lines` is a
/// `str` or its UTF-8 `bytes` (a file read in binary mode, as it is: a byte
/// order mark opening it is skipped). A bad line raises `ValidationError`
/// naming it, and nothing is ranked.
#[pyfunction]
#[pyo3(signature = (json_lines, profile, country = None, *, threads = None))]
pub(crate) fn rank_listings<'py>(
    py: Python<'py>,
    json_lines: &Bound<'py, PyAny>,
    profile: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = country_arg)] country: Option<Text>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    threads_arg(py, threads)?;
    let text = text_arg(json_lines, &"json_lines")?;
    let listings = read_listing_lines(&text).map_err(|e| bad_line(py, &text, e))?;
    let taxonomy = analyzer().taxonomy();
    // The profile is read first: a bad one fails before the batch's analysis.
    let ranked = Profile::with_arg(profile, "profile", |profile| {
        let jobs: Vec<(&str, &str)> = listings
            .iter()
            .map(|l| (l.title.as_str(), l.description.as_str()))
            .collect();
        let reports = py.detach(|| crate::batch::analyze_all(&jobs, threads));
        drop(jobs);
        // Scoring and each listing's work mode (15 % of an analysis) run
        // without the GIL too.
        py.detach(|| rank_analysed(listings, &reports, profile, taxonomy, country.as_deref()))
    })?;
    to_py(py, &ranked)
}

/// A `ValidationError` for a bad line of `json_lines`, quoting the line's
/// start (a listing can be kilobytes).
fn bad_line(py: Python<'_>, text: &str, e: RankError) -> PyErr {
    let line = e.line();
    // The field names the line; the reason is the rest of the core's message.
    let message = e.to_string();
    let prefix = format!("line {line} ");
    let reason = message.strip_prefix(&prefix).unwrap_or(&message);
    let quoted = text.lines().nth(line - 1).unwrap_or_default();
    crate::errors::validation(
        py,
        &format!("json_lines line {line}"),
        kairos_core::error::excerpt(quoted, QUOTED_CHARS),
        reason,
    )
}

/// How much of a bad line an error quotes.
const QUOTED_CHARS: usize = 80;

/// Proposes a tailoring that only reorders and selects what the resume
/// already says (bullets, technologies, projects) for the job analysed.
#[pyfunction]
#[pyo3(signature = (resume, analysis, *, job_id, created_at = None, max_projects = 2, tailored_id = None))]
pub(crate) fn tailor(
    py: Python<'_>,
    resume: &Bound<'_, PyAny>,
    analysis: &Bound<'_, PyAny>,
    job_id: &str,
    created_at: Option<&Bound<'_, PyAny>>,
    max_projects: usize,
    tailored_id: Option<&str>,
) -> PyResult<PyTailoredResume> {
    let resume = Resume::arg(resume, "resume")?;
    let report = JdReport::arg(analysis, "analysis")?;
    let job_id: JobId = uuid_arg(py, job_id, "job_id")?;
    let id = match tailored_id {
        Some(t) => uuid_arg(py, t, "tailored_id")?,
        None => TailoredResumeId::derive(&[
            &job_id.to_string(),
            &resume.id.to_string(),
            "deterministic",
        ]),
    };
    let options = TailorOptions {
        id,
        job_id,
        created_at: time_arg(created_at, "created_at")?,
        max_projects,
    };
    Ok(PyTailoredResume::new(core_tailor(
        &resume,
        &report,
        analyzer(),
        &options,
    )))
}

/// The truthfulness guard: every violation of `tailored` against its base
/// resume and the profile, as dicts (`kind`, `section`, `location`,
/// `detail`); empty when clean.
#[pyfunction]
pub(crate) fn check_tailoring<'py>(
    py: Python<'py>,
    base: &Bound<'py, PyAny>,
    profile: &Bound<'py, PyAny>,
    tailored: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let base = Resume::arg(base, "base")?;
    let profile = Profile::arg(profile, "profile")?;
    let tailored = TailoredResume::arg(tailored, "tailored")?;
    to_py(py, &core_check(&base, &profile, &tailored, analyzer()))
}

/// Runs the guard and applies `mode`: `"reject"` refuses a tailoring with
/// any violation, `"strip"` removes what breaks the rules. Returns a dict
/// with `violations` and `tailored` (`None` when rejected).
#[pyfunction]
#[pyo3(signature = (base, profile, tailored, mode = "reject"))]
pub(crate) fn apply_guard<'py>(
    py: Python<'py>,
    base: &Bound<'py, PyAny>,
    profile: &Bound<'py, PyAny>,
    tailored: &Bound<'py, PyAny>,
    mode: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let mode = guard_mode(py, mode)?;
    let base = Resume::arg(base, "base")?;
    let profile = Profile::arg(profile, "profile")?;
    let tailored = TailoredResume::arg(tailored, "tailored")?;
    let outcome = core_apply_guard(&base, &profile, &tailored, analyzer(), mode);
    let out = PyDict::new(py);
    out.set_item("mode", mode_name(mode))?;
    out.set_item("violations", to_py(py, &outcome.violations)?)?;
    out.set_item("tailored", outcome.tailored.map(PyTailoredResume::new))?;
    Ok(out)
}

pub(crate) fn guard_mode(py: Python<'_>, mode: &str) -> PyResult<GuardMode> {
    match mode {
        "reject" => Ok(GuardMode::Reject),
        "strip" => Ok(GuardMode::Strip),
        other => Err(validation(
            py,
            "mode",
            other,
            "expected one of: reject, strip",
        )),
    }
}

pub(crate) fn mode_name(mode: GuardMode) -> &'static str {
    match mode {
        GuardMode::Reject => "reject",
        GuardMode::Strip => "strip",
    }
}

/// Imports a resume from Markdown, plain text or JSON Resume (`format`:
/// `"markdown"`, `"text"`, `"json_resume"` or `"auto"`); `document` may be
/// `str` or UTF-8 `bytes`.
#[pyfunction]
#[pyo3(signature = (document, format = "auto", *, owner_id = None, created_at = None))]
pub(crate) fn import_resume(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    format: &str,
    owner_id: Option<&str>,
    created_at: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyResume> {
    let text = text_arg(document, &"document")?;
    let format = match format {
        "auto" => ResumeFormat::detect(&text),
        f => f.parse::<ResumeFormat>().map_err(|e| err(py, e))?,
    };
    let owner: UserId = match owner_id {
        Some(o) => uuid_arg(py, o, "owner_id")?,
        None => SINGLE_USER_ID,
    };
    let meta = ResumeMeta::base(owner, time_arg(created_at, "created_at")?);
    let resume = py.detach(|| core_import(&text, format, &meta));
    resume.map(PyResume::new).map_err(|e| err(py, e))
}

/// Renders a resume, with a tailoring applied when given, as `"markdown"`,
/// `"html"` (self-contained, every string escaped), `"text"` or `"json_resume"`.
#[pyfunction]
#[pyo3(signature = (resume, tailored = None, format = "markdown"))]
pub(crate) fn render(
    py: Python<'_>,
    resume: &Bound<'_, PyAny>,
    tailored: Option<&Bound<'_, PyAny>>,
    format: &str,
) -> PyResult<String> {
    let resume = Resume::arg(resume, "resume")?;
    let format: RenderFormat = format.parse().map_err(|e| err(py, e))?;
    let resolved = match tailored.filter(|t| !t.is_none()) {
        Some(t) => {
            resolve(&resume, &TailoredResume::arg(t, "tailored")?).map_err(|e| err(py, e))?
        }
        None => resume,
    };
    Ok(core_render(&resolved, format))
}

/// Moves a status along its machine (`"job"` or `"application"`), returning
/// the change (`from`, `to`, `at`) to record; a move outside the table
/// raises `InvalidTransition` naming both states.
#[pyfunction]
#[pyo3(signature = (machine, from_status, to_status, at = None))]
pub(crate) fn transition<'py>(
    py: Python<'py>,
    machine: &str,
    from_status: &str,
    to_status: &str,
    at: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let at = time_arg(at, "at")?;
    match machine {
        "job" => move_in::<JobStatus>(py, from_status, to_status, at),
        "application" => move_in::<ApplicationStatus>(py, from_status, to_status, at),
        other => Err(unknown_machine(py, other)),
    }
}

/// One move of machine `S`, parsed from wire strings.
fn move_in<'py, S>(
    py: Python<'py>,
    from: &str,
    to: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> PyResult<Bound<'py, PyAny>>
where
    S: StatusMachine + std::str::FromStr<Err = kairos_core::Error> + serde::Serialize,
{
    let (f, t): (S, S) = (
        from.parse().map_err(|e| err(py, e))?,
        to.parse().map_err(|e| err(py, e))?,
    );
    to_py(py, &f.transition(t, at).map_err(|e| err(py, e))?)
}

fn unknown_machine(py: Python<'_>, machine: &str) -> PyErr {
    validation(py, "machine", machine, "expected one of: job, application")
}

/// The states a status may move to next, in table order.
#[pyfunction]
pub(crate) fn next_statuses(py: Python<'_>, machine: &str, status: &str) -> PyResult<Vec<String>> {
    fn next<S: StatusMachine + std::str::FromStr<Err = kairos_core::Error>>(
        py: Python<'_>,
        status: &str,
    ) -> PyResult<Vec<String>> {
        let s: S = status.parse().map_err(|e| err(py, e))?;
        Ok(s.next_states().iter().map(ToString::to_string).collect())
    }
    match machine {
        "job" => next::<JobStatus>(py, status),
        "application" => next::<ApplicationStatus>(py, status),
        other => Err(unknown_machine(py, other)),
    }
}

/// The wire strings of every enum, by name: what the Python enums are
/// checked against.
#[pyfunction]
pub(crate) fn enum_values(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    use kairos_core::model::{Platform, SectionType, SkillCategory, SkillSource};
    let out = PyDict::new(py);
    macro_rules! wire_strings {
        ($($e:ident),*) => {
            $(out.set_item(stringify!($e), $e::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>())?;)*
        };
    }
    wire_strings!(
        Platform,
        JobStatus,
        ApplicationStatus,
        SectionType,
        SkillCategory,
        SkillSource
    );
    Ok(out)
}

fn batch_dict<'py>(
    py: Python<'py>,
    batch: kairos_core::listings::ListingBatch,
) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    out.set_item(
        "listings",
        batch
            .listings
            .into_iter()
            .map(crate::entities::PyJobListing::new)
            .collect::<Vec<_>>(),
    )?;
    out.set_item("skipped", to_py(py, &batch.skipped)?)?;
    out.set_item("untracked", to_py(py, &batch.untracked)?)?;
    Ok(out)
}

/// Reads a JobSpy CSV export scraped at `scraped_at`: a dict with
/// `listings`, `skipped` rows (`row`, `line`, `reason`) and `untracked`
/// boards with their counts. Only a header without the needed columns
/// raises (`ListingImportError`).
#[pyfunction]
pub(crate) fn read_jobspy_csv<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    scraped_at: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = text_arg(text, &"text")?;
    let at = time_arg(Some(scraped_at), "scraped_at")?;
    let batch = kairos_core::listings::read_jobspy_csv(&text, at).map_err(|e| err(py, e))?;
    batch_dict(py, batch)
}

/// Reads listings as JSON lines (one `JobListing` a line): the same dict as
/// `read_jobspy_csv`.
#[pyfunction]
pub(crate) fn read_json_lines<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = text_arg(text, &"text")?;
    batch_dict(py, kairos_core::listings::read_json_lines(&text))
}

/// Reads a `.json` file of listings as people write one: a JSON array of
/// `JobListing`s (`json.dump(listings, f, indent=2)`), objects
/// pretty-printed one after another, or JSON lines. The same dict as
/// `read_jobspy_csv`; a bad item is one skipped row with the line it
/// starts on.
#[pyfunction]
pub(crate) fn read_json_listings<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = text_arg(text, &"text")?;
    batch_dict(py, kairos_core::listings::read_json_listings(&text))
}
