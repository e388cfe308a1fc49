//! Values kept one per process. A process forked from one that made such a
//! value (`multiprocessing`'s default on Linux, gunicorn's `--preload`,
//! Celery's workers) inherits it without the threads and connections
//! behind it, so it makes its own.

use std::sync::{Arc, Mutex, PoisonError};

/// A slot holding the value of the process that made it, by process id.
pub(crate) type PerProcess<T> = Mutex<Option<(u32, Arc<T>)>>;

/// The value in `slot` if this process made it, else a new one from `make`,
/// kept for this process. The value of the process forked from is left
/// alone, never dropped: dropping it would wait for threads, or close
/// connections, this process does not have.
pub(crate) fn per_process<T, E>(
    slot: &PerProcess<T>,
    make: impl FnOnce() -> Result<T, E>,
) -> Result<Arc<T>, E> {
    let pid = std::process::id();
    // Held for a look-up or a build, never across a call that uses the
    // value, so a fork cannot catch it held by a call.
    let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((owner, value)) = slot.as_ref() {
        if *owner == pid {
            return Ok(Arc::clone(value));
        }
    }
    let value = Arc::new(make()?);
    std::mem::forget(slot.replace((pid, Arc::clone(&value))));
    Ok(value)
}
