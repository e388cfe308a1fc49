//! Python values in and out, in the wire format of the Rust serde.
//!
//! In: a dict goes through `json.dumps(allow_nan=False)` and serde, so its
//! errors name the path (`skills[3].proficiency`), NaN and non-JSON values
//! are refused, and keys the model does not have are refused by name
//! (serde alone would drop them silently). Out: pythonize builds plain
//! dicts, lists, strings and floats.

use std::fmt::Display;

use chrono::{DateTime, NaiveDate, Utc};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use serde_path_to_error::Segment;

use crate::errors::validation;
use kairos_core::model::check_country;

/// The largest text accepted: a pasted document is kilobytes; past this a
/// mistake is likelier than a job description.
pub(crate) const MAX_TEXT: usize = 16 * 1024 * 1024;

/// `obj` as wire-format `T`; `what` names the argument in errors.
pub(crate) fn from_py<T: DeserializeOwned + Serialize>(
    obj: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<T> {
    let py = obj.py();
    if obj.is_none() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a dict, not None"
        )));
    }
    if !(obj.is_instance_of::<PyDict>() || obj.is_instance_of::<PyList>()) {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a dict, not {}",
            type_name(obj)
        )));
    }
    let json = py.import("json")?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("allow_nan", false)?;
    let text: String = match json.call_method("dumps", (obj,), Some(&kwargs)) {
        Ok(t) => t.extract()?,
        Err(e) => {
            return Err(validation(
                py,
                what,
                type_name(obj),
                format!("is not plain JSON data: {}", e.value(py)),
            ))
        }
    };
    parse_json(py, &text, what)
}

/// Wire-format JSON text as `T`, refusing unknown keys by path.
pub(crate) fn parse_json<T: DeserializeOwned + Serialize>(
    py: Python<'_>,
    text: &str,
    what: &str,
) -> PyResult<T> {
    let input: Value = serde_json::from_str(text).map_err(|e| {
        validation(
            py,
            what,
            text.chars().take(60).collect::<String>(),
            format!("is not JSON: {e}"),
        )
    })?;
    let excerpt = || text.chars().take(60).collect::<String>();
    let value: T = serde_path_to_error::deserialize(&input).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            what.to_owned()
        } else {
            format!("{what}.{path}")
        };
        // The value that was wrong (`"monster"` for `platform`), not the
        // head of the whole document, which may not reach it.
        let reason = e.inner().to_string();
        match value_at(&input, e.path()) {
            Some(wrong) => validation(py, &field, AsJson(wrong), reason),
            None => validation(py, &field, excerpt(), reason),
        }
    })?;
    let back = serde_json::to_value(&value)
        .map_err(|e| validation(py, what, excerpt(), format!("cannot be written back: {e}")))?;
    if let Some((path, extra)) = unknown_key(&input, &back, what) {
        return Err(validation(
            py,
            &path,
            AsJson(extra),
            "is not a field of this type",
        ));
    }
    Ok(value)
}

/// A value shown in an error as JSON (`"monster"`, `200000`), cut after
/// 60 characters.
struct AsJson<'v>(&'v Value);

impl std::fmt::Debug for AsJson<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let json = self.0.to_string();
        match json.char_indices().nth(60) {
            Some((cut, _)) => write!(f, "{}…", &json[..cut]),
            None => f.write_str(&json),
        }
    }
}

/// The value `path` leads to in `input`, when each step is a key or an
/// index (an enum's variant is not followed).
fn value_at<'v>(input: &'v Value, path: &serde_path_to_error::Path) -> Option<&'v Value> {
    path.iter().try_fold(input, |at, step| match step {
        Segment::Map { key } => at.get(key.as_str()),
        Segment::Seq { index } => at.get(*index),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

/// The path of a key in `input` that the type does not keep: absent from
/// what the value serializes back to, and not null (optional fields that are
/// `None` are left out when written); with its value.
fn unknown_key<'v>(input: &'v Value, back: &Value, path: &str) -> Option<(String, &'v Value)> {
    let mut steps = Vec::new();
    let extra = first_unknown(input, back, &mut steps)?;
    let mut path = path.to_owned();
    // The steps were noted on the way back out, the innermost first.
    for step in steps.iter().rev() {
        match step {
            Step::Key(key) => {
                path.push('.');
                path.push_str(key);
            }
            Step::Index(n) => path.push_str(&format!("[{n}]")),
        }
    }
    Some((path, extra))
}

/// One step of a path into a JSON value.
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// [`unknown_key`]'s walk: the unknown key's value, noting the steps to it
/// in `steps` only once one is found (a path formatted at every key was
/// most of the check's cost on a profile or a resume).
fn first_unknown<'v>(
    input: &'v Value,
    back: &Value,
    steps: &mut Vec<Step<'v>>,
) -> Option<&'v Value> {
    match (input, back) {
        (Value::Object(i), Value::Object(b)) => i.iter().find_map(|(k, v)| {
            let found = match b.get(k) {
                Some(bv) => first_unknown(v, bv, steps),
                None if v.is_null() => None,
                // Empty lists and objects are also left out by some types.
                None if v.as_array().is_some_and(Vec::is_empty)
                    || v.as_object().is_some_and(|o| o.is_empty()) =>
                {
                    None
                }
                None => Some(v),
            };
            if found.is_some() {
                steps.push(Step::Key(k));
            }
            found
        }),
        (Value::Array(i), Value::Array(b)) if i.len() == b.len() => {
            i.iter().zip(b).enumerate().find_map(|(n, (iv, bv))| {
                let found = first_unknown(iv, bv, steps);
                if found.is_some() {
                    steps.push(Step::Index(n));
                }
                found
            })
        }
        _ => None,
    }
}

/// A Rust value as plain Python data.
pub(crate) fn to_py<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value)
        .map_err(|e| PyTypeError::new_err(format!("cannot convert the result: {e}")))
}

/// A text argument: `str`, or `bytes` that are UTF-8; at most [`MAX_TEXT`].
/// A wrong type is a TypeError saying both are taken: `text must be str or
/// bytes (UTF-8), not int`.
pub(crate) fn text_arg(obj: &Bound<'_, PyAny>, what: &dyn Display) -> PyResult<Text> {
    read_text(obj, what, "str or bytes (UTF-8)")
}

/// A short text argument typed `str` (a title, a country code, a place),
/// read as [`text_arg`] reads one; a wrong type says `str`, as its type
/// hint does (`bytes` are still read).
pub(crate) fn str_arg(obj: &Bound<'_, PyAny>, what: &dyn Display) -> PyResult<Text> {
    read_text(obj, what, "str")
}

fn read_text(obj: &Bound<'_, PyAny>, what: &dyn Display, expected: &str) -> PyResult<Text> {
    let py = obj.py();
    let text = if let Ok(s) = obj.cast::<PyString>() {
        // A `str` with a lone surrogate has no UTF-8: name the argument.
        let not_text = |e: PyErr| {
            validation(
                py,
                &what.to_string(),
                format!("a str of {} characters", s.len().unwrap_or_default()),
                format!("is not text: {}", e.value(py)),
            )
        };
        Text::Shared(PyBackedStr::try_from(s.clone()).map_err(not_text)?)
    } else if let Ok(b) = obj.cast::<PyBytes>() {
        Text::Owned(String::from_utf8(b.as_bytes().to_vec()).map_err(|e| {
            validation(
                py,
                &what.to_string(),
                format!("{} bytes", e.as_bytes().len()),
                format!("is not UTF-8: {}", e.utf8_error()),
            )
        })?)
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be {expected}, not {}",
            type_name(obj)
        )));
    };
    if text.len() > MAX_TEXT {
        return Err(validation(
            py,
            &what.to_string(),
            format!("{} bytes", text.len()),
            format!("is larger than {} MB", MAX_TEXT / 1_048_576),
        ));
    }
    Ok(text)
}

/// A text argument: a `str`'s UTF-8 held by Python (no copy of a batch's
/// megabytes into Rust strings), or bytes checked to be UTF-8.
pub(crate) enum Text {
    Shared(PyBackedStr),
    Owned(String),
}

impl Text {
    /// No text (a job given without a title).
    pub(crate) fn empty() -> Self {
        Text::Owned(String::new())
    }
}

/// A job's `title` argument, read as [`str_arg`]: a wrong type is a
/// TypeError that names it, `title must be str, not int`.
/// (pyo3's own message names an argument only in a note, which Python
/// before 3.11 does not show and `str(error)` leaves out.)
pub(crate) fn title_arg(obj: &Bound<'_, PyAny>) -> PyResult<Text> {
    str_arg(obj, &"title")
}

/// A `country` argument (an ISO code, or `None`), named when it is not
/// text or not a code (`Australia` for `AU`).
pub(crate) fn country_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<Text>> {
    optional_str_arg(obj, &"country")?
        .map(|code| country_code(obj.py(), code, &"country"))
        .transpose()
}

/// `code` if it is written as a country code ([`is_country_code`]), else a
/// `ValidationError` naming `what` and the value: a name the eligibility
/// check cannot compare would silently judge every job abroad.
pub(crate) fn country_code(py: Python<'_>, code: Text, what: &dyn Display) -> PyResult<Text> {
    check_country(&what.to_string(), &code).map_err(|e| crate::errors::to_py(py, e))?;
    Ok(code)
}

/// A `location` argument (a listing's place, or `None`), named when it is
/// not text.
pub(crate) fn location_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<Text>> {
    optional_str_arg(obj, &"location")
}

/// [`str_arg`], or `None` for Python's `None`.
fn optional_str_arg(
    obj: &Bound<'_, PyAny>,
    name: &dyn std::fmt::Display,
) -> PyResult<Option<Text>> {
    if obj.is_none() {
        return Ok(None);
    }
    str_arg(obj, name).map(Some)
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Shared(s) => s,
            Text::Owned(s) => s,
        }
    }
}

/// A date: `datetime.date` or `YYYY-MM-DD`.
pub(crate) fn date_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<NaiveDate> {
    let py = obj.py();
    let text: String = if obj.is_instance_of::<PyString>() {
        obj.extract()?
    } else if obj.hasattr("isoformat")? && obj.hasattr("year")? {
        obj.call_method0("isoformat")?
            .extract::<String>()?
            .chars()
            .take(10)
            .collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a datetime.date or 'YYYY-MM-DD', not {}",
            type_name(obj)
        )));
    };
    // The same reading as the WebAssembly binding's (`FromStr`: `YYYY-MM-DD`).
    text.parse::<NaiveDate>()
        .map_err(|e| validation(py, what, &text, format!("is not a YYYY-MM-DD date: {e}")))
}

/// A moment: a timezone-aware `datetime.datetime` or RFC 3339 text; `None`
/// for now (the binding reads the clock; the core never does).
pub(crate) fn time_arg(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<DateTime<Utc>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Utc::now());
    };
    let py = obj.py();
    let text: String = if obj.is_instance_of::<PyString>() {
        obj.extract()?
    } else if obj.hasattr("isoformat")? && obj.hasattr("tzinfo")? {
        obj.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a datetime or an RFC 3339 string, not {}",
            type_name(obj)
        )));
    };
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            validation(
                py,
                what,
                &text,
                format!("is not a timezone-aware time: {e}"),
            )
        })
}

pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// The items of a list, a tuple or any other iterable (a generator such as
/// `(j.description_raw for j in jobs)`), in order; not of a str, bytes or
/// dict, whose characters, bytes or keys are almost always a mistake.
pub(crate) fn sequence<'py>(
    obj: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let not_items = || {
        PyTypeError::new_err(format!(
            "{what} must be a list (or another iterable), not {}",
            type_name(obj)
        ))
    };
    if obj.is_instance_of::<PyString>()
        || obj.is_instance_of::<PyBytes>()
        || obj.is_instance_of::<PyByteArray>()
        || obj.is_instance_of::<PyDict>()
    {
        return Err(not_items());
    }
    // An error the iterable raises while iterating is the caller's own and
    // goes on as it is.
    obj.try_iter().map_err(|_| not_items())?.collect()
}

/// An id argument: a UUID, else a `ValidationError` naming `what`.
pub(crate) fn id<T: std::str::FromStr>(py: Python<'_>, text: &str, what: &str) -> PyResult<T> {
    text.parse()
        .map_err(|_| validation(py, what, text, "is not a UUID"))
}

/// The `owner=` argument: a user id, the single user when not given.
pub(crate) fn owner(py: Python<'_>, owner: Option<&str>) -> PyResult<kairos_core::model::UserId> {
    owner.map_or(Ok(kairos_core::model::SINGLE_USER_ID), |o| {
        id(py, o, "owner")
    })
}
