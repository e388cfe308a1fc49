//! The enums of the model and their wire strings.
//!
//! The strings are the wire and database format shared with the existing
//! Python service, so they never change. Parsing an unknown string is an
//! [`Error::UnknownVariant`] that lists the accepted values.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// Declares a fieldless enum with one wire string per variant, and gives it
/// `ALL`, `as_str`, `Display`, `FromStr` and serde through those strings.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The wire string of this variant.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire),+
                }
            }

            fn unknown(value: &str) -> Error {
                Error::UnknownVariant {
                    kind: $kind,
                    value: value.to_owned(),
                    allowed: [$($wire),+].join(", "),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    other => Err(Self::unknown(other)),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

wire_enum! {
    /// The job board a listing came from.
    Platform, "platform" {
        /// SEEK (Australia and New Zealand).
        Seek => "seek",
        /// LinkedIn.
        LinkedIn => "linkedin",
        /// Indeed.
        Indeed => "indeed",
        /// Adzuna.
        Adzuna => "adzuna",
    }
}

wire_enum! {
    /// Where a job stands in the user's search; see [`crate::status`] for the moves.
    JobStatus, "job status" {
        /// Just ingested, not analysed yet.
        New => "new",
        /// Its description has been analysed and scored.
        Analyzed => "analyzed",
        /// The user wants to pursue it.
        Matched => "matched",
        /// The user passed on it.
        Skipped => "skipped",
        /// An application has been submitted.
        Applied => "applied",
        /// The employer said no.
        Rejected => "rejected",
        /// At least one interview is under way.
        Interview => "interview",
        /// An offer was made.
        Offer => "offer",
    }
}

wire_enum! {
    /// Where an application stands; see [`crate::status`] for the moves.
    ApplicationStatus, "application status" {
        /// Written, with its tailored resume, but not sent.
        Prepared => "prepared",
        /// Sent to the employer.
        Submitted => "submitted",
        /// The employer confirmed receipt.
        Acknowledged => "acknowledged",
        /// Interviewing.
        Interview => "interview",
        /// The employer said no.
        Rejected => "rejected",
        /// An offer was made.
        Offer => "offer",
    }
}

wire_enum! {
    /// The kind of a resume section, which decides how it may be tailored.
    SectionType, "section type" {
        /// A short professional summary.
        Summary => "summary",
        /// Degrees, diplomas, certificates of study.
        Education => "education",
        /// Employment history as roles with bullets.
        WorkExperience => "work_experience",
        /// Internships as roles with bullets.
        Internship => "internship",
        /// Personal, open-source or study projects.
        Projects => "projects",
        /// Skills and technologies, usually grouped.
        Technologies => "technologies",
        /// Volunteering, awards, interests and anything else.
        Extracurricular => "extracurricular",
        /// Referees.
        References => "references",
    }
}

wire_enum! {
    /// The category of a technical skill.
    SkillCategory, "skill category" {
        /// A programming or query language.
        Language => "language",
        /// A framework or library.
        Framework => "framework",
        /// A database or data store.
        Database => "database",
        /// A tool, platform or product.
        Tool => "tool",
        /// A cloud provider or cloud service.
        Cloud => "cloud",
        /// A method, practice or area of knowledge.
        Concept => "concept",
    }
}

wire_enum! {
    /// Where a profile entry came from.
    SkillSource, "skill source" {
        /// Derived from the base resume.
        ResumeAnalysis => "resume_analysis",
        /// Entered by the user.
        Manual => "manual",
        /// Derived from the resume and confirmed or adjusted by the user.
        Both => "both",
    }
}

impl SectionType {
    /// Whether a tailored resume may change this section at all.
    ///
    /// Education, extracurricular and references are facts about the past
    /// that no job should reword.
    pub const fn is_tailorable(self) -> bool {
        !matches!(
            self,
            SectionType::Education | SectionType::Extracurricular | SectionType::References
        )
    }

    /// Whether tailoring may change only the bullets of each role, never
    /// its employer, title, location or dates.
    pub const fn bullets_only(self) -> bool {
        matches!(self, SectionType::WorkExperience | SectionType::Internship)
    }
}
