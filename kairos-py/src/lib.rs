//! The native module `kairos_core._native`: Kairos's engine for Python.
//! The public face is the `kairos_core` package (python/kairos_core), a thin
//! layer over this module that adds the `str` enums and type hints.

mod batch;
mod convert;
mod entities;
mod errors;
mod fields;
mod functions;
mod llm;
mod prepared;
mod process;
mod store;

use pyo3::prelude::*;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    entities::register(m)?;
    m.add_class::<store::PyStore>()?;
    m.add_class::<llm::PyOpenAi>()?;
    m.add_function(wrap_pyfunction!(functions::analyze_job, m)?)?;
    m.add_function(wrap_pyfunction!(functions::analyze_jobs, m)?)?;
    m.add_function(wrap_pyfunction!(functions::build_profile, m)?)?;
    m.add_function(wrap_pyfunction!(functions::score, m)?)?;
    m.add_function(wrap_pyfunction!(functions::score_many, m)?)?;
    m.add_function(wrap_pyfunction!(functions::country_of_place, m)?)?;
    m.add_function(wrap_pyfunction!(functions::work_mode, m)?)?;
    m.add_function(wrap_pyfunction!(functions::rank_listings, m)?)?;
    m.add_function(wrap_pyfunction!(functions::tailor, m)?)?;
    m.add_function(wrap_pyfunction!(functions::check_tailoring, m)?)?;
    m.add_function(wrap_pyfunction!(functions::apply_guard, m)?)?;
    m.add_function(wrap_pyfunction!(functions::import_resume, m)?)?;
    m.add_function(wrap_pyfunction!(functions::render, m)?)?;
    m.add_function(wrap_pyfunction!(functions::transition, m)?)?;
    m.add_function(wrap_pyfunction!(functions::next_statuses, m)?)?;
    m.add_function(wrap_pyfunction!(functions::enum_values, m)?)?;
    m.add_function(wrap_pyfunction!(functions::read_jobspy_csv, m)?)?;
    m.add_function(wrap_pyfunction!(functions::read_json_lines, m)?)?;
    m.add_function(wrap_pyfunction!(functions::read_json_listings, m)?)?;
    m.add_function(wrap_pyfunction!(llm::analyze_with_model, m)?)?;
    m.add_function(wrap_pyfunction!(llm::tailor_with_model, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
