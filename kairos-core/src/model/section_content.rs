//! Reading a section's content from its internally tagged JSON,
//! `{"kind": "roles", "roles": […]}`, in one pass.
//!
//! serde's derive for an internally tagged enum first buffers the whole
//! value, then reads it again from the buffer, so every type inside a
//! section (roles, projects, dates…) gets a second reader; in the
//! WebAssembly module that was 8 KB gzipped. Here the list's own key names
//! its type (`roles`, `projects`, …), so it is read in place wherever the
//! tag stands. Only `entries`, which both `education` and `entries` use,
//! is read before the tag (our own writers put the tag first) as entries
//! with the fields of both, then made the tag's kind. What the derive
//! accepted is accepted, and what it refused is refused: unknown keys and
//! the lists of other kinds are ignored, a missing tag or list, an unknown
//! kind or a repeated key is an error naming it. (One difference: in
//! `entries` read before the tag, a field of the other kind's entries must
//! have that field's type, where the derive ignored it.)

use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::dates::{PartialDate, Until};
use super::resume::{EducationEntry, Entry, SectionContent};

/// The `kind` tag: which shape the content has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Paragraphs,
    Roles,
    Projects,
    Groups,
    Education,
    Entries,
}

impl Kind {
    /// The key of this kind's list.
    fn list_key(self) -> &'static str {
        match self {
            Kind::Paragraphs => "paragraphs",
            Kind::Roles => "roles",
            Kind::Projects => "projects",
            Kind::Groups => "groups",
            Kind::Education | Kind::Entries => "entries",
        }
    }
}

/// The keys a section's content may hold.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Key {
    Kind,
    Paragraphs,
    Roles,
    Projects,
    Groups,
    Entries,
    #[serde(other)]
    Other,
}

impl<'de> Deserialize<'de> for SectionContent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ContentVisitor)
    }
}

struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = SectionContent;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a section's content: an object with `kind` and its list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SectionContent, A::Error> {
        let mut kind: Option<Kind> = None;
        // Each kind's list as read, by the kind's place in `Kind`: before
        // the tag, a key may name a list of another kind than it says.
        let mut lists: [Option<SectionContent>; 6] = Default::default();
        // `entries` read before the tag said whose they are.
        let mut held_entries: Option<Vec<EitherEntry>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            // A list is read when the tag, if read already, says the
            // content is of its kind; the lists of other kinds are ignored.
            let wanted = |k: Kind| kind.is_none_or(|given| given == k);
            let read = match key {
                Key::Kind => {
                    if kind.is_some() {
                        return Err(de::Error::duplicate_field("kind"));
                    }
                    kind = Some(map.next_value()?);
                    continue;
                }
                Key::Paragraphs if wanted(Kind::Paragraphs) => SectionContent::Paragraphs {
                    paragraphs: map.next_value()?,
                },
                Key::Roles if wanted(Kind::Roles) => SectionContent::Roles {
                    roles: map.next_value()?,
                },
                Key::Projects if wanted(Kind::Projects) => SectionContent::Projects {
                    projects: map.next_value()?,
                },
                Key::Groups if wanted(Kind::Groups) => SectionContent::Groups {
                    groups: map.next_value()?,
                },
                Key::Entries if kind == Some(Kind::Education) => SectionContent::Education {
                    entries: map.next_value()?,
                },
                Key::Entries if kind == Some(Kind::Entries) => SectionContent::Entries {
                    entries: map.next_value()?,
                },
                Key::Entries if kind.is_none() => {
                    if held_entries.is_some() {
                        return Err(de::Error::duplicate_field("entries"));
                    }
                    held_entries = Some(map.next_value()?);
                    continue;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            let slot = &mut lists[kind_of(&read) as usize];
            if slot.is_some() {
                return Err(de::Error::duplicate_field(kind_of(&read).list_key()));
            }
            *slot = Some(read);
        }
        let kind = kind.ok_or_else(|| de::Error::missing_field("kind"))?;
        match (held_entries, kind) {
            (Some(entries), Kind::Education) => {
                return entries
                    .into_iter()
                    .map(EitherEntry::into_education)
                    .collect::<Result<_, _>>()
                    .map(|entries| SectionContent::Education { entries })
            }
            (Some(entries), Kind::Entries) => {
                return entries
                    .into_iter()
                    .map(EitherEntry::into_entry)
                    .collect::<Result<_, _>>()
                    .map(|entries| SectionContent::Entries { entries })
            }
            _ => {}
        }
        lists[kind as usize]
            .take()
            .ok_or_else(|| de::Error::missing_field(kind.list_key()))
    }
}

/// An entry read before the tag said whether it is an [`EducationEntry`]
/// or an [`Entry`]: the fields of both.
#[derive(Deserialize)]
struct EitherEntry {
    #[serde(default)]
    institution: Option<String>,
    #[serde(default)]
    qualification: Option<String>,
    #[serde(default)]
    area: Option<String>,
    #[serde(default)]
    score: Option<String>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    subtitle: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    bullets: Vec<String>,
    #[serde(default)]
    start: Option<PartialDate>,
    #[serde(default)]
    end: Option<Until>,
    #[serde(default)]
    url: Option<String>,
}

impl EitherEntry {
    fn into_education<E: de::Error>(self) -> Result<EducationEntry, E> {
        Ok(EducationEntry {
            institution: self
                .institution
                .ok_or_else(|| E::missing_field("institution"))?,
            qualification: self.qualification,
            area: self.area,
            start: self.start,
            end: self.end,
            score: self.score,
            url: self.url,
            notes: self.notes,
        })
    }

    fn into_entry<E: de::Error>(self) -> Result<Entry, E> {
        Ok(Entry {
            title: self.title.ok_or_else(|| E::missing_field("title"))?,
            subtitle: self.subtitle,
            start: self.start,
            end: self.end,
            url: self.url,
            summary: self.summary,
            bullets: self.bullets,
        })
    }
}

/// The kind of content read.
fn kind_of(content: &SectionContent) -> Kind {
    match content {
        SectionContent::Paragraphs { .. } => Kind::Paragraphs,
        SectionContent::Roles { .. } => Kind::Roles,
        SectionContent::Projects { .. } => Kind::Projects,
        SectionContent::Groups { .. } => Kind::Groups,
        SectionContent::Education { .. } => Kind::Education,
        SectionContent::Entries { .. } => Kind::Entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<SectionContent, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn the_tag_may_stand_anywhere() {
        let first = read(r#"{"kind":"paragraphs","paragraphs":["Hi"]}"#);
        let last = read(r#"{"paragraphs":["Hi"],"kind":"paragraphs"}"#);
        let want = SectionContent::Paragraphs {
            paragraphs: vec!["Hi".into()],
        };
        assert_eq!(first.as_ref(), Ok(&want));
        assert_eq!(last.as_ref(), Ok(&want));
        // `entries` before the tag: held until the tag says whose.
        let education =
            read(r#"{"entries":[{"institution":"UNSW"}],"kind":"education"}"#).expect("education");
        assert!(
            matches!(&education, SectionContent::Education { entries } if entries[0].institution == "UNSW"),
            "{education:?}"
        );
        let entries = read(r#"{"entries":[{"title":"Chess"}],"kind":"entries"}"#).expect("entries");
        assert!(
            matches!(&entries, SectionContent::Entries { entries } if entries[0].title == "Chess"),
            "{entries:?}"
        );
    }

    #[test]
    fn what_the_derive_ignored_is_ignored() {
        // Unknown keys, and the lists of other kinds, before or after the tag.
        for json in [
            r#"{"kind":"paragraphs","paragraphs":[],"extra":1,"roles":"not read"}"#,
            r#"{"roles":[],"paragraphs":[],"kind":"paragraphs","entries":{}}"#,
        ] {
            assert_eq!(
                read(json),
                Ok(SectionContent::Paragraphs { paragraphs: vec![] }),
                "{json}"
            );
        }
    }

    #[test]
    fn what_the_derive_refused_is_refused_with_its_name() {
        for (json, says) in [
            (r#"{"paragraphs":[]}"#, "missing field `kind`"),
            (r#"{"kind":"roles"}"#, "missing field `roles`"),
            (
                r#"{"roles":[],"kind":"projects"}"#,
                "missing field `projects`",
            ),
            (r#"{"kind":"education"}"#, "missing field `entries`"),
            (r#"{"kind":"poems","poems":[]}"#, "unknown variant `poems`"),
            (
                r#"{"kind":"roles","kind":"roles","roles":[]}"#,
                "duplicate field `kind`",
            ),
            (
                r#"{"kind":"roles","roles":[],"roles":[]}"#,
                "duplicate field `roles`",
            ),
            (
                r#"{"entries":[],"entries":[],"kind":"entries"}"#,
                "duplicate field `entries`",
            ),
            (
                r#"{"entries":[{"title":5}],"kind":"entries"}"#,
                "invalid type: integer `5`, expected a string",
            ),
            (
                r#"{"entries":[{"qualification":"BSc"}],"kind":"education"}"#,
                "missing field `institution`",
            ),
            (r#"["roles"]"#, "expected a section's content"),
        ] {
            let error = read(json).expect_err(json);
            assert!(error.contains(says), "{json}: {error}");
        }
    }
}
