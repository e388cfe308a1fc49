//! How a run reports its progress: a bar on a terminal, lines in a log.

/// Receives a run's progress. The quickstart shows an indicatif bar when
/// stderr is a terminal and plain lines otherwise; tests pass [`Silent`].
pub trait Progress {
    /// A stage starts with `total` items to do.
    fn start(&mut self, stage: &'static str, total: u64);
    /// `n` more items of the current stage are done.
    fn advance(&mut self, n: u64);
    /// The current stage is done.
    fn finish(&mut self);
}

/// Reports nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct Silent;

impl Progress for Silent {
    fn start(&mut self, _: &'static str, _: u64) {}
    fn advance(&mut self, _: u64) {}
    fn finish(&mut self) {}
}
