//! The exception hierarchy: `KairosError` and one subclass per kind, each
//! carrying the fields of the Rust error as attributes. One conversion,
//! [`to_py`], covers every core error.

use kairos_core::ports::LlmError as CoreLlmError;
use kairos_core::Error;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3::{create_exception, IntoPyObjectExt};

create_exception!(
    kairos_core,
    KairosError,
    PyException,
    "Base of every Kairos error."
);
create_exception!(
    kairos_core,
    ValidationError,
    KairosError,
    "A value broke a rule; `field`, `value` and `reason` say which."
);
create_exception!(
    kairos_core,
    InvalidTransition,
    KairosError,
    "A status move outside its machine; `machine`, `from_status`, `to_status`."
);
create_exception!(
    kairos_core,
    NotFound,
    KairosError,
    "No such row for this owner; `entity`, `id`."
);
create_exception!(
    kairos_core,
    Conflict,
    KairosError,
    "A write lost a race or broke a uniqueness rule; `entity`, `id`, `reason`."
);
create_exception!(
    kairos_core,
    ResumeImportError,
    KairosError,
    "A resume that could not be imported; `format`, `location`, `reason`."
);
create_exception!(
    kairos_core,
    ListingImportError,
    KairosError,
    "A listings file that could not be read; `format`, `location`, `reason`."
);
create_exception!(
    kairos_core,
    TailoringError,
    KairosError,
    "A tailoring that changes what it may not; `section`, `field`, `reason`."
);
create_exception!(
    kairos_core,
    LlmError,
    KairosError,
    "A language model call failed; `kind` and, when rate limited, `retry_after` (seconds)."
);
create_exception!(
    kairos_core,
    StoreError,
    KairosError,
    "The storage backend failed; `message`."
);

/// Registers the exception classes on the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("KairosError", py.get_type::<KairosError>())?;
    m.add("ValidationError", py.get_type::<ValidationError>())?;
    m.add("InvalidTransition", py.get_type::<InvalidTransition>())?;
    m.add("NotFound", py.get_type::<NotFound>())?;
    m.add("Conflict", py.get_type::<Conflict>())?;
    m.add("ResumeImportError", py.get_type::<ResumeImportError>())?;
    m.add("ListingImportError", py.get_type::<ListingImportError>())?;
    m.add("TailoringError", py.get_type::<TailoringError>())?;
    m.add("LlmError", py.get_type::<LlmError>())?;
    m.add("StoreError", py.get_type::<StoreError>())?;
    Ok(())
}

/// A Python exception for a core error, with its fields as attributes.
pub(crate) fn to_py(py: Python<'_>, e: Error) -> PyErr {
    let message = e.to_string();
    let (err, fields): (PyErr, Vec<(&str, Py<PyAny>)>) = match e {
        Error::Validation {
            field,
            value,
            reason,
        } => (
            ValidationError::new_err(message),
            vec![
                ("field", s(py, field)),
                ("value", s(py, value)),
                ("reason", s(py, reason)),
            ],
        ),
        Error::UnknownVariant {
            kind,
            value,
            allowed,
        } => (
            ValidationError::new_err(message),
            vec![
                ("field", s(py, kind)),
                ("value", s(py, value)),
                ("reason", s(py, format!("expected one of: {allowed}"))),
            ],
        ),
        Error::InvalidTransition { machine, from, to } => (
            InvalidTransition::new_err(message),
            vec![
                ("machine", s(py, machine)),
                ("from_status", s(py, from)),
                ("to_status", s(py, to)),
            ],
        ),
        Error::CouplingRefused {
            application_from,
            application_to,
            job_from,
            job_to,
        } => (
            InvalidTransition::new_err(message),
            vec![
                ("machine", s(py, "application")),
                ("from_status", s(py, application_from)),
                ("to_status", s(py, application_to)),
                ("job_from", s(py, job_from)),
                ("job_to", s(py, job_to)),
            ],
        ),
        Error::ResumeImport {
            format,
            location,
            reason,
        } => (
            ResumeImportError::new_err(message),
            vec![
                ("format", s(py, format)),
                ("location", s(py, location)),
                ("reason", s(py, reason)),
            ],
        ),
        Error::ListingImport {
            format,
            location,
            reason,
        } => (
            ListingImportError::new_err(message),
            vec![
                ("format", s(py, format)),
                ("location", s(py, location)),
                ("reason", s(py, reason)),
            ],
        ),
        Error::Tailoring {
            section,
            field,
            reason,
        } => (
            TailoringError::new_err(message),
            vec![
                ("section", s(py, section)),
                ("field", s(py, field)),
                ("reason", s(py, reason)),
            ],
        ),
        Error::NotFound { entity, id } => (
            NotFound::new_err(message),
            vec![("entity", s(py, entity)), ("id", s(py, id))],
        ),
        Error::Conflict { entity, id, reason } => (
            Conflict::new_err(message),
            vec![
                ("entity", s(py, entity)),
                ("id", s(py, id)),
                ("reason", s(py, reason)),
            ],
        ),
        Error::Store { message: m } => (StoreError::new_err(message), vec![("message", s(py, m))]),
        Error::Llm(e) => return llm_to_py(py, e),
        // The core error is non-exhaustive: a new kind is still a KairosError.
        _ => (KairosError::new_err(message), vec![]),
    };
    set_fields(py, &err, fields);
    err
}

/// A Python exception for a language-model error.
pub(crate) fn llm_to_py(py: Python<'_>, e: CoreLlmError) -> PyErr {
    let message = e.to_string();
    let kind = match &e {
        CoreLlmError::RateLimited { .. } => "rate_limited",
        CoreLlmError::Timeout { .. } => "timeout",
        CoreLlmError::Refused { .. } => "refused",
        CoreLlmError::BadResponse { .. } => "bad_response",
        CoreLlmError::Unavailable { .. } => "unavailable",
        CoreLlmError::Config { .. } => "config",
    };
    let retry_after = match e {
        CoreLlmError::RateLimited { retry_after } => retry_after.map(|d| d.as_secs_f64()),
        _ => None,
    };
    let err = LlmError::new_err(message);
    let retry = retry_after.map_or_else(
        || py.None(),
        |r| r.into_py_any(py).unwrap_or_else(|_| py.None()),
    );
    set_fields(
        py,
        &err,
        vec![("kind", s(py, kind)), ("retry_after", retry)],
    );
    err
}

fn s(py: Python<'_>, v: impl AsRef<str>) -> Py<PyAny> {
    v.as_ref().into_py_any(py).unwrap_or_else(|_| py.None())
}

fn set_fields(py: Python<'_>, err: &PyErr, fields: Vec<(&str, Py<PyAny>)>) {
    let value = err.value(py);
    let all = PyDict::new(py);
    for (name, v) in fields {
        // Setting an attribute on a fresh exception instance cannot fail in
        // practice; if it did, the message still carries every field.
        let _ = all.set_item(name, v.bind(py));
        let _ = value.setattr(name, v);
    }
    let _ = value.setattr("fields", all);
}

/// Raises `ValidationError` naming `field`, `value` and `reason`.
pub(crate) fn validation(
    py: Python<'_>,
    field: &str,
    value: impl std::fmt::Debug,
    reason: impl Into<String>,
) -> PyErr {
    to_py(py, Error::validation(field, value, reason))
}
