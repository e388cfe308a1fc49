//! Fast hash maps for the core's internal look-ups.
//!
//! The keys of these maps are taxonomy names, skill ids, headings and the
//! figures of the user's own resume, chosen by the project or the user,
//! never by a job listing, so the DoS resistance of the standard SipHash
//! buys nothing here while its cost shows in scoring (a name looked up per
//! skill per job). rustc-hash's Fx hash reads eight bytes a step.
//!
//! Fx hashes differ between 32- and 64-bit targets, so nothing may depend
//! on the iteration order of these maps: they are for look-ups only, and
//! the shared vectors compare every surface's output.

/// A `HashMap` for look-ups.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// Places by a key that is itself a number: a skill's
/// [`index`](crate::skills::SkillId), an address. Every such map shares
/// one instance of the table's code, where each type of entry costs the
/// WebAssembly module ~0.9 KB.
pub(crate) type PlaceMap = FastMap<usize, usize>;
/// A `HashSet` for look-ups.
pub(crate) type FastSet<T> = rustc_hash::FxHashSet<T>;
