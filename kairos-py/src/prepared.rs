//! A profile's scoring index, built once per Python `Profile`.
//!
//! Scoring a job prepares the profile first (its skills looked up in the
//! taxonomy, what each implies and relates to, its terms in lower case):
//! for a typical resume's profile that costs several times scoring the
//! job itself. A service scoring each job as it arrives calls `score()`
//! with the same `Profile` every time, and a `Profile` is immutable from
//! Python, so the index is built on the first call and kept with it.

use std::sync::OnceLock;

use kairos_core::profile::Profile;
use kairos_core::scoring::PreparedProfile;
use pyo3::prelude::*;

use crate::entities::{Arg, PyProfile};
use crate::functions::analyzer;

/// Calls `f` with the `profile` argument made ready for scoring: a
/// `Profile`'s kept index, or a dict read and prepared for this call alone.
pub(crate) fn with_prepared<R>(
    profile: &Bound<'_, PyAny>,
    f: impl FnOnce(&PreparedProfile<'_>) -> R,
) -> PyResult<R> {
    match profile.cast::<PyProfile>() {
        Ok(p) => Ok(f(p.get().prepared())),
        Err(_) => Profile::with_arg(profile, "profile", |profile| {
            f(&PreparedProfile::new(profile, analyzer().taxonomy()))
        }),
    }
}

self_cell::self_cell!(
    /// A copy of the profile and the index that borrows it.
    struct Prepared {
        owner: Profile,
        #[covariant]
        dependent: PreparedProfile,
    }
);

/// The lazily built index of one `Profile` object, against the bundled
/// taxonomy (the only one the Python package scores with). A copy of the
/// object starts without one: it is a cache, rebuilt on demand.
#[derive(Default)]
pub(crate) struct PreparedOnce(OnceLock<Prepared>);

impl PyProfile {
    /// The profile made ready for scoring, built on the first call.
    pub(crate) fn prepared(&self) -> &PreparedProfile<'_> {
        self.prepared.of(&self.inner)
    }
}

impl PreparedOnce {
    fn of(&self, profile: &Profile) -> &PreparedProfile<'_> {
        self.0
            .get_or_init(|| {
                Prepared::new(profile.clone(), |p| {
                    PreparedProfile::new(p, analyzer().taxonomy())
                })
            })
            .borrow_dependent()
    }
}

impl Clone for PreparedOnce {
    fn clone(&self) -> Self {
        Self::default()
    }
}
