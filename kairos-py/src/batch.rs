//! Batch analysis on every core: the binding's job, since the core stays
//! free of threads (it also runs in the browser) and Python cannot run
//! Rust on several threads for itself.

use std::ops::Deref;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use kairos_core::analysis::{Analyzer, JdReport};

/// Jobs a worker takes at a time: enough to make taking cheap, few enough
/// that workers finish together on uneven descriptions.
const CHUNK: usize = 16;

/// Below this many bytes a batch is analysed on the calling thread: starting
/// workers would cost more than they save.
const PARALLEL_MIN_BYTES: usize = 256 * 1024;

/// Analyses `(title, text)` pairs with up to `threads` workers (`None`: one
/// per core), returning the reports in the order given.
pub(crate) fn analyze_all<T: Deref<Target = str> + Sync>(
    jobs: &[(T, T)],
    threads: Option<usize>,
) -> Vec<JdReport> {
    let analyzer = Analyzer::shared();
    let bytes: usize = jobs.iter().map(|(t, d)| t.len() + d.len()).sum();
    let workers = if bytes < PARALLEL_MIN_BYTES {
        1
    } else {
        threads
            .unwrap_or_else(cores)
            .min(jobs.len().div_ceil(CHUNK))
            .max(1)
    };
    if workers == 1 {
        return jobs.iter().map(|(t, d)| analyzer.analyze(t, d)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<JdReport>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                        if from >= jobs.len() {
                            break out;
                        }
                        let to = (from + CHUNK).min(jobs.len());
                        let reports = jobs[from..to]
                            .iter()
                            .map(|(t, d)| analyzer.analyze(t, d))
                            .collect();
                        out.push((from, reports));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                // The analyzer does not panic on any input (fuzzed); were a
                // worker to, the panic goes on to the caller as it would
                // have on one thread, and pyo3 turns it into an exception.
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(from, _)| *from);
    done.into_iter().flat_map(|(_, reports)| reports).collect()
}

/// The cores this process may use, asked once: on Linux the standard
/// library reads the cgroup's CPU quota from files on every call, which
/// cost a small batch as much as analysing it.
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}
