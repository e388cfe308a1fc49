//! The entities and results as Python classes over the Rust values: typed
//! attributes (read from the wire form), `to_dict`/`from_dict`,
//! `to_json`/`from_json`, equality and a short repr. Because each wraps the
//! Rust value and converts through its serde, the Python shapes are the wire
//! format by construction.

use kairos_core::analysis::JdReport;
use kairos_core::model::{
    Application, JdAnalysis, Job, JobListing, MatchScore, Resume, SkillEntry, TailoredResume, User,
};
use kairos_core::profile::Profile;
use kairos_core::scoring::MatchResult;
use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

use crate::convert::{from_py, id, owner, parse_json, time_arg, to_py};

/// Reads an argument that may be the class or a dict in the wire format.
pub(crate) trait Arg: Sized {
    /// The value, copied out of the class or read from the dict.
    fn arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Self>;

    /// Calls `f` with the value, borrowing it from the class without a copy
    /// (hot calls such as `score` take objects made by Kairos).
    fn with_arg<R>(obj: &Bound<'_, PyAny>, what: &str, f: impl FnOnce(&Self) -> R) -> PyResult<R>;
}

macro_rules! entity {
    (
        $py_ty:ident, $name:literal, $ty:ty, $doc:literal
        $(, cache { $cache:ident: $cache_ty:ty })?
        $(, rules $rules:path)?
        $(, methods { $($methods:tt)* })?
    ) => {
        #[doc = $doc]
        #[pyclass(frozen, module = "kairos_core", name = $name)]
        #[derive(Clone)]
        pub(crate) struct $py_ty {
            pub(crate) inner: $ty,
            // What is worked out from `inner` once (the value never changes).
            $(pub(crate) $cache: $cache_ty,)?
        }

        impl $py_ty {
            pub(crate) fn new(inner: $ty) -> Self {
                Self {
                    inner,
                    $($cache: Default::default(),)?
                }
            }

            /// A value read from the wire format, once the type's own
            /// rules (beyond its serde reading) pass.
            fn ruled(_py: Python<'_>, value: $ty) -> PyResult<$ty> {
                $($rules(&value).map_err(|e| crate::errors::to_py(_py, e))?;)?
                Ok(value)
            }
        }

        #[pymethods]
        impl $py_ty {
            $($($methods)*)?

            /// Builds one from a dict in the wire format; unknown keys,
            /// missing fields and broken rules raise `ValidationError`.
            #[classmethod]
            fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                Ok(Self::new(Self::ruled(data.py(), from_py(data, $name)?)?))
            }

            /// Builds one from JSON text in the wire format.
            #[classmethod]
            fn from_json(cls: &Bound<'_, PyType>, text: &str) -> PyResult<Self> {
                Ok(Self::new(Self::ruled(cls.py(), parse_json(cls.py(), text, $name)?)?))
            }

            /// The wire format as plain Python data.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_py(py, &self.inner)
            }

            /// The wire format as JSON text (what the Rust serde writes).
            fn to_json(&self) -> PyResult<String> {
                serde_json::to_string(&self.inner)
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
            }

            fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
                match crate::fields::field_to_py(py, &self.inner, name)? {
                    Some(v) => Ok(v),
                    // An optional field the JSON leaves out when empty.
                    None if crate::fields::field_names::<$ty>().contains(&name) => {
                        Ok(py.None().into_bound(py))
                    }
                    None => Err(PyAttributeError::new_err(format!(
                        "'{}' has no attribute '{name}'",
                        $name
                    ))),
                }
            }

            /// Pickles (and copies) through the wire format's JSON:
            /// `from_json(to_json())` gives an equal value back.
            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                let from_json = slf.get_type().getattr("from_json")?;
                Ok((from_json, (slf.get().to_json()?,)))
            }

            /// The class's names and the value's fields, which are read
            /// through `__getattr__` (for completion in a REPL or notebook).
            fn __dir__(slf: &Bound<'_, Self>) -> PyResult<Vec<String>> {
                let mut names: Vec<String> = slf.get_type().dir()?.extract()?;
                names.extend(
                    crate::fields::field_names::<$ty>()
                        .iter()
                        .map(|name| (*name).to_owned()),
                );
                names.sort_unstable();
                names.dedup();
                Ok(names)
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other
                    .extract::<PyRef<'_, $py_ty>>()
                    .is_ok_and(|o| o.inner == self.inner)
            }

            fn __repr__(&self) -> String {
                let json = serde_json::to_string(&self.inner).unwrap_or_default();
                let short: String = json.chars().take(120).collect();
                format!(
                    "{}({}{})",
                    $name,
                    short,
                    if json.len() > short.len() { "…" } else { "" }
                )
            }
        }

        impl Arg for $ty {
            fn arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Self> {
                match obj.extract::<PyRef<'_, $py_ty>>() {
                    Ok(e) => Ok(e.inner.clone()),
                    Err(_) if obj.is_instance_of::<PyDict>() => {
                        $py_ty::ruled(obj.py(), from_py(obj, what)?)
                    }
                    Err(_) => Err(pyo3::exceptions::PyTypeError::new_err(format!(
                        "{what} must be a {} or a dict, not {}",
                        $name,
                        crate::convert::type_name(obj)
                    ))),
                }
            }

            fn with_arg<R>(
                obj: &Bound<'_, PyAny>,
                what: &str,
                f: impl FnOnce(&Self) -> R,
            ) -> PyResult<R> {
                match obj.cast::<$py_ty>() {
                    Ok(e) => Ok(f(&e.get().inner)),
                    Err(_) => Ok(f(&Self::arg(obj, what)?)),
                }
            }
        }
    };
}

entity!(
    PyJobListing,
    "JobListing",
    JobListing,
    "A listing as scraped: what the board says, nothing the user decided."
);
entity!(
    PyJob,
    "Job",
    Job,
    "A job a user tracks: a listing, its work-rights flags and status."
);
entity!(
    PyJdAnalysis,
    "JdAnalysis",
    JdAnalysis,
    "The stored analysis of a job: skills, years, keywords, score and reasoning."
);
entity!(
    PyResume,
    "Resume",
    Resume,
    "A base resume in structured sections."
);
entity!(
    PyTailoredResume,
    "TailoredResume",
    TailoredResume,
    "A resume tailored to a job: only the sections it changes."
);
entity!(
    PyApplication,
    "Application",
    Application,
    "An application to a job, moving through its status machine."
);
entity!(
    PySkillEntry,
    "SkillEntry",
    SkillEntry,
    "One skill of the profile: proficiency, years and evidence."
);
entity!(
    PyUser,
    "User",
    User,
    "A user and their work rights.",
    rules user_rules
);

/// A user's countries are codes ([`kairos_core::model::WorkRights::check`]).
fn user_rules(user: &User) -> kairos_core::Result<()> {
    user.work_rights.check()
}

/// A profile's countries are codes ([`kairos_core::model::WorkRights::check`]).
fn profile_rules(profile: &Profile) -> kairos_core::Result<()> {
    profile.work_rights.check()
}
entity!(
    PyJdReport,
    "JdReport",
    JdReport,
    "Everything the analyzer reads in a job description, each item with its evidence.",
    methods {
        /// The analysis to store for the job (`Store.put_analyses`): the
        /// names of its required and preferred skills and keywords, the
        /// overall years asked and, given the job's `MatchResult`, its score
        /// and reasoning. `analyzed_at` defaults to now.
        #[pyo3(signature = (job_id, *, result = None, analyzed_at = None, owner = None))]
        fn to_analysis(
            &self,
            py: Python<'_>,
            job_id: &str,
            result: Option<&Bound<'_, PyAny>>,
            analyzed_at: Option<&Bound<'_, PyAny>>,
            owner: Option<&str>,
        ) -> PyResult<PyJdAnalysis> {
            let job_id = id(py, job_id, "job_id")?;
            let owner = self::owner(py, owner)?;
            let at = time_arg(analyzed_at, "analyzed_at")?;
            let mut analysis = self.inner.to_analysis(job_id, owner, at);
            if let Some(result) = result.filter(|r| !r.is_none()) {
                MatchResult::with_arg(result, "result", |r| {
                    analysis.match_score = MatchScore::new(r.score).ok();
                    analysis.match_reasoning = Some(r.reasoning.clone());
                })?;
            }
            Ok(PyJdAnalysis::new(analysis))
        }
    }
);
entity!(
    PyMatchResult,
    "MatchResult",
    MatchResult,
    "A scored job: the score, its breakdown and its reasoning."
);
entity!(
    PyProfile,
    "Profile",
    Profile,
    "A skill profile: entries, other terms, work rights and total years.",
    cache {
        prepared: crate::prepared::PreparedOnce
    },
    rules profile_rules
);

/// Registers the classes on the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyJobListing>()?;
    m.add_class::<PyJob>()?;
    m.add_class::<PyJdAnalysis>()?;
    m.add_class::<PyResume>()?;
    m.add_class::<PyTailoredResume>()?;
    m.add_class::<PyApplication>()?;
    m.add_class::<PySkillEntry>()?;
    m.add_class::<PyUser>()?;
    m.add_class::<PyJdReport>()?;
    m.add_class::<PyMatchResult>()?;
    m.add_class::<PyProfile>()?;
    Ok(())
}
