//! Reading a JSON Resume document from its parsed JSON, field by field.
//!
//! serde's derived readers were 87 KB of the WebAssembly module (each
//! struct's reader for JSON objects and again for arrays, every field's
//! read inlined into both); reading the parsed value by hand is a few
//! small functions. What the reader accepts: every field may be absent or
//! `null`; a string field may hold a number (`"gpa": 3.8`), read as
//! written; anything else of the wrong kind is an error naming its path
//! (`work[0].highlights`). Unknown fields are ignored.

use serde_json::{Map, Value};

use super::*;

/// An object of the document and where it is (`work[2]`; empty for the
/// document itself).
struct Fields<'v> {
    object: &'v Map<String, Value>,
    at: String,
}

impl<'v> Fields<'v> {
    fn of(value: &'v Value, at: String) -> Result<Self> {
        match value {
            Value::Object(object) => Ok(Fields { object, at }),
            other => {
                let at = if at.is_empty() {
                    "the document root".into()
                } else {
                    at
                };
                Err(wrong(at, "an object", other))
            }
        }
    }

    /// The path of one of the object's fields.
    fn path(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    /// The field's value, unless absent or `null`.
    fn get(&self, key: &str) -> Option<&'v Value> {
        self.object.get(key).filter(|v| !v.is_null())
    }

    /// A string field, under its name or an older one (`company` for `name`).
    fn text(&self, keys: &[&str]) -> Result<Text> {
        for key in keys {
            match self.get(key) {
                None => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) => return Ok(Some(n.to_string())),
                Some(other) => return Err(wrong(self.path(key), "a string", other)),
            }
        }
        Ok(None)
    }

    /// A list of strings.
    fn strings(&self, key: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        self.each(key, &mut |item, at| match item {
            Value::String(s) => {
                out.push(s.clone());
                Ok(())
            }
            other => Err(wrong(at, "a string", other)),
        })?;
        Ok(out)
    }

    /// A list of records, each read by `read`.
    fn records<T>(&self, key: &str, read: fn(&Fields<'_>) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each_record(key, &mut |record| {
            out.push(read(record)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Visits each object of a list field (see [`Fields::each`]).
    fn each_record(
        &self,
        key: &str,
        visit: &mut dyn FnMut(&Fields<'v>) -> Result<()>,
    ) -> Result<()> {
        self.each(key, &mut |item, at| visit(&Fields::of(item, at)?))
    }

    /// Visits each item of a list field with its path (`work[2]`). Not
    /// generic: one loop serves the twelve kinds of record, where a
    /// generic one was compiled for each (2.3 KB of the WebAssembly
    /// module, gzipped).
    fn each(
        &self,
        key: &str,
        visit: &mut dyn FnMut(&'v Value, String) -> Result<()>,
    ) -> Result<()> {
        match self.get(key) {
            None => Ok(()),
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    visit(item, format!("{}[{i}]", self.path(key)))?;
                }
                Ok(())
            }
            Some(other) => Err(wrong(self.path(key), "a list", other)),
        }
    }
}

/// The error for a value of the wrong kind.
fn wrong(at: String, expected: &str, found: &Value) -> Error {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    bad(at, format!("expected {expected}, found {found}"))
}

/// The whole document.
pub(super) fn document(root: &Value) -> Result<Document> {
    let f = Fields::of(root, String::new())?;
    let basics = match f.get("basics") {
        Some(v) => basics(&Fields::of(v, "basics".into())?)?,
        None => Basics::default(),
    };
    Ok(Document {
        basics,
        work: f.records("work", work)?,
        volunteer: f.records("volunteer", volunteer)?,
        education: f.records("education", education)?,
        awards: f.records("awards", award)?,
        certificates: f.records("certificates", certificate)?,
        publications: f.records("publications", publication)?,
        skills: f.records("skills", skill)?,
        languages: f.records("languages", language)?,
        interests: f.records("interests", interest)?,
        references: f.records("references", reference)?,
        projects: f.records("projects", project)?,
    })
}

fn basics(f: &Fields<'_>) -> Result<Basics> {
    let location = match f.get("location") {
        Some(v) => {
            let l = Fields::of(v, f.path("location"))?;
            Some(JrLocation {
                address: l.text(&["address"])?,
                postal_code: l.text(&["postalCode"])?,
                city: l.text(&["city"])?,
                country_code: l.text(&["countryCode"])?,
                region: l.text(&["region"])?,
            })
        }
        None => None,
    };
    Ok(Basics {
        name: f.text(&["name"])?,
        label: f.text(&["label"])?,
        image: f.text(&["image", "picture"])?,
        email: f.text(&["email"])?,
        phone: f.text(&["phone"])?,
        url: f.text(&["url", "website"])?,
        summary: f.text(&["summary"])?,
        location,
        profiles: f.records("profiles", |p| {
            Ok(JrProfile {
                network: p.text(&["network"])?,
                username: p.text(&["username"])?,
                url: p.text(&["url", "website"])?,
            })
        })?,
    })
}

fn work(f: &Fields<'_>) -> Result<Work> {
    Ok(Work {
        name: f.text(&["name", "company"])?,
        location: f.text(&["location"])?,
        description: f.text(&["description"])?,
        position: f.text(&["position"])?,
        url: f.text(&["url", "website"])?,
        start_date: f.text(&["startDate"])?,
        end_date: f.text(&["endDate"])?,
        summary: f.text(&["summary"])?,
        highlights: f.strings("highlights")?,
    })
}

fn volunteer(f: &Fields<'_>) -> Result<Volunteer> {
    Ok(Volunteer {
        organization: f.text(&["organization"])?,
        position: f.text(&["position"])?,
        url: f.text(&["url", "website"])?,
        start_date: f.text(&["startDate"])?,
        end_date: f.text(&["endDate"])?,
        summary: f.text(&["summary"])?,
        highlights: f.strings("highlights")?,
    })
}

fn education(f: &Fields<'_>) -> Result<Education> {
    Ok(Education {
        institution: f.text(&["institution"])?,
        url: f.text(&["url", "website"])?,
        area: f.text(&["area"])?,
        study_type: f.text(&["studyType"])?,
        start_date: f.text(&["startDate"])?,
        end_date: f.text(&["endDate"])?,
        score: f.text(&["score", "gpa"])?,
        courses: f.strings("courses")?,
    })
}

fn award(f: &Fields<'_>) -> Result<Award> {
    Ok(Award {
        title: f.text(&["title"])?,
        date: f.text(&["date"])?,
        awarder: f.text(&["awarder"])?,
        summary: f.text(&["summary"])?,
    })
}

fn certificate(f: &Fields<'_>) -> Result<Certificate> {
    Ok(Certificate {
        name: f.text(&["name"])?,
        date: f.text(&["date"])?,
        url: f.text(&["url", "website"])?,
        issuer: f.text(&["issuer"])?,
    })
}

fn publication(f: &Fields<'_>) -> Result<Publication> {
    Ok(Publication {
        name: f.text(&["name"])?,
        publisher: f.text(&["publisher"])?,
        release_date: f.text(&["releaseDate"])?,
        url: f.text(&["url", "website"])?,
        summary: f.text(&["summary"])?,
    })
}

fn skill(f: &Fields<'_>) -> Result<Skill> {
    Ok(Skill {
        name: f.text(&["name"])?,
        level: f.text(&["level"])?,
        keywords: f.strings("keywords")?,
    })
}

fn language(f: &Fields<'_>) -> Result<Language> {
    Ok(Language {
        language: f.text(&["language"])?,
        fluency: f.text(&["fluency"])?,
    })
}

fn interest(f: &Fields<'_>) -> Result<Interest> {
    Ok(Interest {
        name: f.text(&["name"])?,
        summary: f.text(&["summary"])?,
        keywords: f.strings("keywords")?,
    })
}

fn reference(f: &Fields<'_>) -> Result<Reference> {
    Ok(Reference {
        name: f.text(&["name"])?,
        reference: f.text(&["reference"])?,
    })
}

fn project(f: &Fields<'_>) -> Result<JrProject> {
    Ok(JrProject {
        name: f.text(&["name"])?,
        description: f.text(&["description"])?,
        highlights: f.strings("highlights")?,
        keywords: f.strings("keywords")?,
        start_date: f.text(&["startDate"])?,
        end_date: f.text(&["endDate"])?,
        url: f.text(&["url", "website"])?,
        roles: f.strings("roles")?,
        entity: f.text(&["entity"])?,
        kind: f.text(&["type"])?,
    })
}
