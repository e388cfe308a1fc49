//! Storage for Kairos: the store traits of `kairos_core::ports`, on an
//! embedded SQLite database (one file, no server) or PostgreSQL (for a
//! hosted, many-user deployment). Both pass the same conformance suite.
//!
//! ```no_run
//! # async fn demo() -> kairos_core::Result<()> {
//! use kairos_core::model::SINGLE_USER_ID;
//! use kairos_core::ports::{JobFilter, JobStore, PageRequest};
//! use kairos_store::Store;
//!
//! let store = Store::open("sqlite://kairos.db").await?; // or postgres://…
//! let page = store.list_jobs(SINGLE_USER_ID, &JobFilter::default(), &PageRequest::default()).await?;
//! println!("{} jobs on the first page", page.items.len());
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]

mod codec;
#[cfg(feature = "postgres")]
mod pg;
#[cfg(feature = "postgres")]
mod pg_copy;
#[cfg(feature = "postgres")]
mod pg_records;
#[cfg(feature = "sqlite")]
mod sqlite;
#[cfg(feature = "sqlite")]
mod sqlite_records;
mod store;

#[cfg(feature = "postgres")]
pub use pg::{PgStore, MIGRATOR as PG_MIGRATOR};
#[cfg(feature = "sqlite")]
pub use sqlite::SqliteStore;
pub use store::Store;
