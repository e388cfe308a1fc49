//! Typed identifiers, so a `JobId` can never be passed where a `ResumeId` is meant.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Error;

/// The namespace for Kairos's name-based (v5) ids.
///
/// Ids derived from content (a listing's platform and platform id, a role's
/// place in a resume) are stable across runs, so ingesting the same data twice
/// yields the same ids. The core never draws random ids: it has no source of
/// randomness, which keeps it pure and reproducible.
pub const KAIROS_NAMESPACE: Uuid = Uuid::from_u128(0x6b61_6972_6f73_4a6f_6273_0000_0000_0001);

macro_rules! typed_id {
    ($(#[$meta:meta])* $name:ident, $label:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps an existing UUID.
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID inside.
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }

            /// A stable id derived from `parts`: the same parts always give the same id.
            pub fn derive(parts: &[&str]) -> Self {
                let name = format!("{}:{}", $label, parts.join("\u{1f}"));
                Self(Uuid::new_v5(&KAIROS_NAMESPACE, name.as_bytes()))
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                Uuid::parse_str(s)
                    .map(Self)
                    .map_err(|e| Error::validation($label, s, format!("not a UUID: {e}")))
            }
        }
    };
}

typed_id!(
    /// Identifies a user, the owner of every other row.
    UserId, "user_id"
);
typed_id!(
    /// Identifies a tracked job listing.
    JobId, "job_id"
);
typed_id!(
    /// Identifies a resume (base or not).
    ResumeId, "resume_id"
);
typed_id!(
    /// Identifies a section of a base resume.
    SectionId, "section_id"
);
typed_id!(
    /// Identifies a role (a job held) inside a resume section.
    RoleId, "role_id"
);
typed_id!(
    /// Identifies a resume tailored to one job.
    TailoredResumeId, "tailored_resume_id"
);
typed_id!(
    /// Identifies an application.
    ApplicationId, "application_id"
);
typed_id!(
    /// Identifies one entry of a skill profile.
    SkillEntryId, "skill_entry_id"
);

/// The fixed owner used in single-user mode.
pub const SINGLE_USER_ID: UserId = UserId::from_uuid(Uuid::from_u128(1));
