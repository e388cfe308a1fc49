//! Language models from Python: the OpenAI-compatible client, and any
//! Python object with a `complete(request)` method as a model, so a user can
//! plug in their own client. Whatever the model says goes through the same
//! checks as in Rust: schema, repair once, fallback, the guard.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use kairos_core::analysis::{Analyzer, JdReport};
use kairos_core::llm::{analyze_with_model as core_analyze, tailor_with_model as core_tailor};
use kairos_core::model::{JobId, Resume, TailoredResumeId};
use kairos_core::ports::{Completion, CompletionRequest, LanguageModel, LlmError, TokenUsage};
use kairos_core::profile::Profile;
use kairos_core::tailor::TailorOptions;
use kairos_llm::{OpenAiCompatible as CoreClient, OpenAiConfig};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::convert::{text_arg, time_arg, title_arg, to_py, type_name, Text};
use crate::entities::{Arg, PyJdReport, PyTailoredResume};
use crate::errors::{llm_to_py, validation};
use crate::functions::{guard_mode, mode_name};
use crate::process::{per_process, PerProcess};
use crate::store::runtime;

/// A model served over the OpenAI chat-completions protocol (OpenAI,
/// Ollama, vLLM, llama.cpp, LM Studio). The API key is never shown.
#[pyclass(frozen, module = "kairos_core", name = "OpenAiCompatible")]
pub(crate) struct PyOpenAi {
    /// What every process's client is built from.
    config: OpenAiConfig,
    /// This process's client: the one built with the object, or, in a
    /// process forked after that, one of its own built from `config` (the
    /// parent's keeps connections whose tasks ran on the parent's runtime,
    /// and a child reusing one waited out the whole timeout).
    client: PerProcess<CoreClient>,
}

impl PyOpenAi {
    fn wrap(client: CoreClient) -> Self {
        Self {
            config: client.config().clone(),
            client: Mutex::new(Some((std::process::id(), Arc::new(client)))),
        }
    }

    /// This process's client, built from `config` on a forked process's
    /// first call.
    fn client(&self, py: Python<'_>) -> PyResult<Arc<CoreClient>> {
        per_process(&self.client, || {
            CoreClient::new(self.config.clone()).map_err(|e| llm_to_py(py, e))
        })
    }
}

#[pymethods]
impl PyOpenAi {
    #[new]
    #[pyo3(signature = (base_url, model, *, api_key = None, timeout = 120.0, max_attempts = 3))]
    fn new(
        py: Python<'_>,
        base_url: &str,
        model: &str,
        api_key: Option<String>,
        timeout: f64,
        max_attempts: u32,
    ) -> PyResult<Self> {
        if !(timeout.is_finite() && timeout > 0.0) {
            return Err(validation(
                py,
                "timeout",
                timeout,
                "must be a positive number of seconds",
            ));
        }
        let mut config = OpenAiConfig::new(base_url, model);
        config.api_key = api_key.map(kairos_llm::ApiKey::new);
        config.timeout = std::time::Duration::from_secs_f64(timeout);
        config.max_attempts = max_attempts;
        Ok(Self::wrap(
            CoreClient::new(config).map_err(|e| llm_to_py(py, e))?,
        ))
    }

    /// Configured from `KAIROS_LLM_BASE_URL`, `KAIROS_LLM_API_KEY` and `KAIROS_LLM_MODEL`.
    #[staticmethod]
    fn from_env(py: Python<'_>) -> PyResult<Self> {
        Ok(Self::wrap(
            CoreClient::from_env().map_err(|e| llm_to_py(py, e))?,
        ))
    }

    fn __repr__(&self) -> String {
        let c = &self.config;
        format!(
            "OpenAiCompatible(base_url={:?}, model={:?}, api_key={})",
            c.base_url,
            c.model,
            if c.api_key.is_some() {
                "'****'"
            } else {
                "None"
            }
        )
    }
}

/// A Python object with `complete(request: dict) -> str | dict` as a model.
/// The request dict has `system`, `messages` (`role`, `content`), `schema`
/// (`name`, `schema`) or None, `temperature` and `max_tokens`; the answer is
/// the text, or a dict with `text` and optional `usage`.
struct PyModel(Py<PyAny>);

#[async_trait]
impl LanguageModel for PyModel {
    async fn complete(&self, request: &CompletionRequest) -> Result<Completion, LlmError> {
        Python::attach(|py| {
            let req = to_py(py, request).map_err(|e| LlmError::BadResponse {
                reason: e.to_string(),
            })?;
            let answer = self
                .0
                .bind(py)
                .call_method1("complete", (req,))
                .map_err(|e| LlmError::Unavailable {
                    reason: format!("the model's complete() raised: {}", e.value(py)),
                })?;
            if let Ok(text) = answer.cast::<PyString>() {
                return Ok(Completion {
                    text: text.to_string(),
                    usage: TokenUsage::default(),
                });
            }
            let dict = answer.cast::<PyDict>().map_err(|_| LlmError::BadResponse {
                reason: format!(
                    "complete() must return str or dict, not {}",
                    type_name(&answer)
                ),
            })?;
            let text: String = dict
                .get_item("text")
                .ok()
                .flatten()
                .and_then(|t| t.extract().ok())
                .ok_or_else(|| LlmError::BadResponse {
                    reason: "complete() returned a dict without a str 'text'".into(),
                })?;
            let count = |key: &str| -> u32 {
                dict.get_item("usage")
                    .ok()
                    .flatten()
                    .and_then(|u| u.get_item(key).ok())
                    .and_then(|v| v.extract().ok())
                    .unwrap_or(0)
            };
            Ok(Completion {
                text,
                usage: TokenUsage {
                    prompt_tokens: count("prompt_tokens"),
                    completion_tokens: count("completion_tokens"),
                },
            })
        })
    }
}

/// Either kind of model, chosen at the call.
enum Model<'a> {
    Client(PyRef<'a, PyOpenAi>),
    Object(PyModel),
}

impl Model<'_> {
    /// Runs `f` with the model. A client does I/O, so the GIL is released
    /// while it waits; a Python model needs the GIL for every call, so it
    /// is kept.
    fn call<T: Send>(
        &self,
        py: Python<'_>,
        f: impl Fn(&dyn LanguageModel) -> T + Sync,
    ) -> PyResult<T> {
        Ok(match self {
            Model::Client(c) => {
                let client = c.client(py)?;
                py.detach(|| f(&*client))
            }
            Model::Object(o) => f(o),
        })
    }
}

fn model_arg<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Model<'a>> {
    if let Ok(client) = obj.extract::<PyRef<'a, PyOpenAi>>() {
        return Ok(Model::Client(client));
    }
    if obj.hasattr("complete")? {
        return Ok(Model::Object(PyModel(obj.clone().unbind())));
    }
    Err(PyTypeError::new_err(format!(
        "model must be an OpenAiCompatible or have a complete() method, not {}",
        type_name(obj)
    )))
}

/// Analyses a job description with the deterministic analyzer and `model`;
/// takes from the model only what the text backs up. Returns a dict:
/// `report` (JdReport, what to score), `unknown_skills`, `dropped`,
/// `model` (`{"outcome": "used" | "fell_back", …}`) and `usage`.
#[pyfunction]
#[pyo3(signature = (model, text, title = Text::empty()), text_signature = "(model, text, title='')")]
pub(crate) fn analyze_with_model<'py>(
    py: Python<'py>,
    model: &Bound<'py, PyAny>,
    text: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = title_arg)] title: Text,
) -> PyResult<Bound<'py, PyDict>> {
    let text = text_arg(text, &"text")?;
    let model = model_arg(model)?;
    let rt = runtime()?;
    let run =
        |m: &dyn LanguageModel| rt.block_on(core_analyze(m, Analyzer::shared(), &title, &text));
    let analysis = model.call(py, run)?;
    let out = PyDict::new(py);
    out.set_item("report", PyJdReport::new(analysis.report))?;
    out.set_item("unknown_skills", to_py(py, &analysis.unknown_skills)?)?;
    out.set_item("dropped", to_py(py, &analysis.dropped)?)?;
    out.set_item("model", to_py(py, &analysis.model)?)?;
    out.set_item("usage", to_py(py, &analysis.usage)?)?;
    Ok(out)
}

/// Asks `model` to reword the resume for the job, then runs the
/// truthfulness guard in `mode` (`"reject"` or `"strip"`). Returns a dict:
/// `tailored` (or None when rejected), `violations`, `mode`, `model`,
/// `dropped` and `usage`.
#[pyfunction]
#[pyo3(signature = (model, resume, profile, analysis, *, job_id, mode = "reject", created_at = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn tailor_with_model<'py>(
    py: Python<'py>,
    model: &Bound<'py, PyAny>,
    resume: &Bound<'py, PyAny>,
    profile: &Bound<'py, PyAny>,
    analysis: &Bound<'py, PyAny>,
    job_id: &str,
    mode: &str,
    created_at: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let resume = Resume::arg(resume, "resume")?;
    let profile = Profile::arg(profile, "profile")?;
    let report = JdReport::arg(analysis, "analysis")?;
    let job: JobId = job_id
        .parse()
        .map_err(|_| validation(py, "job_id", job_id, "is not a UUID"))?;
    let mode = guard_mode(py, mode)?;
    let options = TailorOptions {
        id: TailoredResumeId::derive(&[&job.to_string(), &resume.id.to_string(), "model"]),
        job_id: job,
        created_at: time_arg(created_at, "created_at")?,
        max_projects: 2,
    };
    let model = model_arg(model)?;
    let rt = runtime()?;
    let run = |m: &dyn LanguageModel| {
        rt.block_on(core_tailor(
            m,
            Analyzer::shared(),
            &resume,
            &profile,
            &report,
            &options,
            mode,
        ))
    };
    let result = model.call(py, run)?;
    let out = PyDict::new(py);
    out.set_item(
        "tailored",
        result.outcome.tailored.map(PyTailoredResume::new),
    )?;
    out.set_item("violations", to_py(py, &result.outcome.violations)?)?;
    out.set_item("mode", mode_name(mode))?;
    out.set_item("model", to_py(py, &result.model)?)?;
    out.set_item("dropped", to_py(py, &result.dropped)?)?;
    out.set_item("usage", to_py(py, &result.usage)?)?;
    Ok(out)
}
