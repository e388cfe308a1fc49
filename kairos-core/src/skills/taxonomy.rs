//! The skill taxonomy: canonical names, categories, spellings, implied and
//! related skills.

use std::collections::HashMap;
use std::sync::Arc;

use crate::fasthash::FastMap;

use serde::{Deserialize, Serialize};

use crate::case::Lowercase;
use crate::error::{Error, Result};
use crate::model::SkillCategory;

/// The bundled taxonomy source (see `kairos-core/data/taxonomy/` and
/// `scripts/gen-taxonomy`).
const BUNDLED: &str = include_str!("../../data/taxonomy.txt");

/// What kind of thing a taxonomy entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillKind {
    /// A technical skill; the category is the profile's.
    Technical(SkillCategory),
    /// A spoken language (English, Mandarin, …).
    Spoken,
    /// An industry or field of knowledge (banking, computer science, …).
    Domain,
    /// A certification (CISSP, AWS Certified Solutions Architect, …).
    Certification,
}

impl SkillKind {
    /// The profile category of a technical skill; `None` for the other kinds.
    pub const fn category(self) -> Option<SkillCategory> {
        match self {
            SkillKind::Technical(c) => Some(c),
            _ => None,
        }
    }

    /// The wire name: a [`SkillCategory`] string, or `spoken`, `domain`,
    /// `certification`.
    pub const fn as_str(self) -> &'static str {
        match self {
            SkillKind::Technical(c) => c.as_str(),
            SkillKind::Spoken => "spoken",
            SkillKind::Domain => "domain",
            SkillKind::Certification => "certification",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        match s {
            "spoken" => Ok(SkillKind::Spoken),
            "domain" => Ok(SkillKind::Domain),
            "certification" => Ok(SkillKind::Certification),
            other => other.parse::<SkillCategory>().map(SkillKind::Technical).map_err(|_| Error::UnknownVariant {
                kind: "skill category",
                value: other.to_owned(),
                allowed: "language, framework, database, tool, cloud, concept, spoken, domain, certification".into(),
            }),
        }
    }
}

/// Index of a skill in its [`Taxonomy`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SkillId(pub(crate) u32);

impl SkillId {
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// One skill of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillDef {
    /// The canonical name (`PostgreSQL`).
    pub name: String,
    /// What kind of skill it is.
    pub kind: SkillKind,
    /// Other spellings (`postgres`, `psql`).
    pub aliases: Vec<String>,
    /// Skills this one implies directly (Django → Python).
    pub implies: Vec<SkillId>,
    /// Skills close enough for partial credit (MySQL ~ PostgreSQL).
    pub related: Vec<SkillId>,
    /// Whether the name is also an everyday word or a name ("Go", "Rust",
    /// "Swift"), so a mention counts only with technical context.
    pub needs_context: bool,
    /// Whether the name is an everyday word only in lower case ("java",
    /// "spring", "swift"), so a mention counts when written as a name
    /// (`Java`, `Spring`) or in a list of other skills. With
    /// `needs_context` too, a name that is also a capitalised word
    /// (`Room`, `Cocoa`) needs both the capital and technical context.
    pub needs_capital: bool,
    /// Whether the name is a general term ("cloud", "security", "banking",
    /// "English") that job ads also use in passing, so a mention counts only
    /// when the text asks for it ("experience in", "knowledge of", a list of
    /// skills). Domains and spoken languages are always general.
    pub generic: bool,
    /// Whether the term is too broad to score a person on ("software
    /// development", "security"): the analyzer keeps it as an ATS keyword,
    /// not as a required or preferred skill.
    pub vague: bool,
    /// Whether the name is shorthand for the skills it implies (`MERN
    /// stack`: MongoDB, Express, React, Node.js), so it stands for them
    /// (see [`Taxonomy::stands_for`]).
    pub stack: bool,
}

/// A skill a user adds at run time, in [`Taxonomy::extend_json`]'s format.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtraSkill {
    name: String,
    category: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    implies: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    needs_context: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Extension {
    #[serde(default)]
    skills: Vec<ExtraSkill>,
    #[serde(default)]
    aliases: HashMap<String, Vec<String>>,
}

/// The skill taxonomy: every skill Kairos recognises, by canonical name.
///
/// Use [`Taxonomy::bundled`] for the one that ships (about 1,700 skills,
/// including GitHub Linguist's programming languages), and
/// [`Taxonomy::extend_json`] to add a team's own skills and spellings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    skills: Vec<SkillDef>,
    /// Lower-cased names and aliases → skill.
    by_name: FastMap<String, SkillId>,
    /// Canonical names as written → skill: the common lookup, without
    /// lower-casing. (Keyed by `String`, as `by_name` is, so the two share
    /// one table's code in the browser's module.)
    by_canonical: FastMap<String, SkillId>,
    /// Each skill's canonical name, shared: results that name a skill
    /// (scoring's breakdown) clone the handle instead of the text.
    shared_names: Vec<Arc<str>>,
    /// Transitive closure of `implies`, per skill, without the skill itself.
    implied: Vec<Vec<SkillId>>,
    /// Per skill, the skills that list it as related: `related` read
    /// backwards, so relatedness can go both ways without a walk of the
    /// whole taxonomy.
    related_from: Vec<Vec<SkillId>>,
}

impl Taxonomy {
    /// The taxonomy that ships with Kairos.
    pub fn bundled() -> Self {
        // The bundled file is checked by the tests; a failure here is a build defect.
        Self::parse(BUNDLED).unwrap_or_else(|e| panic!("the bundled taxonomy is invalid: {e}"))
    }

    /// Parses the line format of `data/taxonomy.txt`.
    fn parse(source: &str) -> Result<Self> {
        struct Raw<'a> {
            name: &'a str,
            kind: SkillKind,
            aliases: Vec<String>,
            implies: Vec<String>,
            related: Vec<String>,
            needs_context: bool,
            needs_capital: bool,
            generic: bool,
            vague: bool,
            stack: bool,
        }
        let mut raws = Vec::new();
        let mut kind = None;
        for (n, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(category) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = Some(SkillKind::parse(category)?);
                continue;
            }
            let kind = kind.ok_or_else(|| {
                Error::validation("taxonomy", n + 1, "a skill before any [category] line")
            })?;
            let mut fields = line.split('|').map(str::trim);
            let list = |f: Option<&str>| -> Vec<String> {
                f.map(|f| {
                    f.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
            };
            let name = fields.next().unwrap_or_default();
            let aliases = list(fields.next());
            let implies = list(fields.next());
            let related = list(fields.next());
            let flags = list(fields.next());
            let has = |flag: &str| flags.iter().any(|f| f == flag);
            raws.push(Raw {
                name,
                kind,
                aliases,
                implies,
                related,
                needs_context: has("ctx"),
                needs_capital: has("cap"),
                vague: has("vague"),
                stack: has("stack"),
                generic: has("weak") || matches!(kind, SkillKind::Domain | SkillKind::Spoken),
            });
        }
        let mut taxonomy = Taxonomy {
            skills: Vec::with_capacity(raws.len()),
            by_name: FastMap::default(),
            by_canonical: FastMap::default(),
            shared_names: Vec::new(),
            implied: Vec::new(),
            related_from: Vec::new(),
        };
        for raw in &raws {
            let id = taxonomy.add(raw.name, raw.kind, raw.aliases.clone(), raw.needs_context)?;
            taxonomy.skills[id.index()].generic = raw.generic;
            taxonomy.skills[id.index()].needs_capital = raw.needs_capital;
            taxonomy.skills[id.index()].vague = raw.vague;
            taxonomy.skills[id.index()].stack = raw.stack;
        }
        for raw in &raws {
            let id = taxonomy.by_name[&raw.name.lowercase()];
            let implies = taxonomy.resolve_all(raw.name, "implies", &raw.implies)?;
            let related = taxonomy.resolve_all(raw.name, "related", &raw.related)?;
            let def = &mut taxonomy.skills[id.index()];
            def.implies = implies;
            def.related = related;
        }
        taxonomy.index_relations();
        Ok(taxonomy)
    }

    fn add(
        &mut self,
        name: &str,
        kind: SkillKind,
        aliases: Vec<String>,
        needs_context: bool,
    ) -> Result<SkillId> {
        if name.trim().is_empty() {
            return Err(Error::validation("skill name", name, "must not be empty"));
        }
        let key = name.lowercase();
        if self
            .by_name
            .get(&key)
            .is_some_and(|id| self.skills[id.index()].name.lowercase() == key)
        {
            return Err(Error::validation(
                "skill name",
                name,
                "is already in the taxonomy",
            ));
        }
        let id = SkillId(self.skills.len() as u32);
        self.by_name.insert(key, id);
        self.by_canonical.insert(name.to_owned(), id);
        self.shared_names.push(Arc::from(name));
        for alias in &aliases {
            self.by_name.entry(alias.lowercase()).or_insert(id);
        }
        let generic = matches!(kind, SkillKind::Domain | SkillKind::Spoken);
        self.skills.push(SkillDef {
            name: name.to_owned(),
            kind,
            aliases,
            implies: Vec::new(),
            related: Vec::new(),
            needs_context,
            needs_capital: false,
            generic,
            vague: false,
            stack: false,
        });
        Ok(id)
    }

    fn resolve_all(
        &self,
        owner: &str,
        field: &str,
        names: &[impl AsRef<str>],
    ) -> Result<Vec<SkillId>> {
        names
            .iter()
            .map(|n| {
                self.lookup(n.as_ref()).ok_or_else(|| {
                    Error::validation(
                        format!("{owner}.{field}"),
                        n.as_ref(),
                        "names a skill the taxonomy does not have",
                    )
                })
            })
            .collect()
    }

    /// Works out what the relations imply: the closure of `implies` and
    /// `related` read backwards.
    fn index_relations(&mut self) {
        self.implied = (0..self.skills.len())
            .map(|i| {
                let mut seen: Vec<SkillId> = Vec::new();
                let mut stack: Vec<SkillId> = self.skills[i].implies.clone();
                while let Some(s) = stack.pop() {
                    if s.index() != i && !seen.contains(&s) {
                        seen.push(s);
                        stack.extend(self.skills[s.index()].implies.iter().copied());
                    }
                }
                seen
            })
            .collect();
        let mut related_from = vec![Vec::new(); self.skills.len()];
        for (i, def) in self.skills.iter().enumerate() {
            for r in &def.related {
                related_from[r.index()].push(SkillId(i as u32));
            }
        }
        self.related_from = related_from;
    }

    /// Adds skills and spellings from JSON:
    ///
    /// ```json
    /// {"skills": [{"name": "Acme DSL", "category": "language", "aliases": ["acmedsl"],
    ///              "implies": ["Python"], "related": [], "needs_context": false}],
    ///  "aliases": {"Kubernetes": ["kube cluster"]}}
    /// ```
    ///
    /// Fails, changing nothing, when the JSON does not parse, a category is
    /// unknown, a skill already exists, or a reference names no skill.
    pub fn extend_json(&mut self, json: &str) -> Result<()> {
        let ext: Extension = serde_json::from_str(json).map_err(|e| {
            Error::validation(
                "taxonomy extension",
                json.chars().take(80).collect::<String>(),
                e.to_string(),
            )
        })?;
        let mut next = self.clone();
        for s in &ext.skills {
            next.add(
                &s.name,
                SkillKind::parse(&s.category)?,
                s.aliases.clone(),
                s.needs_context,
            )?;
        }
        for s in &ext.skills {
            let id = next.by_name[&s.name.lowercase()];
            let implies = next.resolve_all(&s.name, "implies", &s.implies)?;
            let related = next.resolve_all(&s.name, "related", &s.related)?;
            next.skills[id.index()].implies = implies;
            next.skills[id.index()].related = related;
        }
        let mut alias_owners: Vec<_> = ext.aliases.iter().collect();
        alias_owners.sort_unstable();
        for (owner, aliases) in alias_owners {
            let id = next.lookup(owner).ok_or_else(|| {
                Error::validation("aliases", owner, "names a skill the taxonomy does not have")
            })?;
            for alias in aliases {
                next.by_name.entry(alias.lowercase()).or_insert(id);
                next.skills[id.index()].aliases.push(alias.clone());
            }
        }
        next.index_relations();
        *self = next;
        Ok(())
    }

    /// The skill a name or alias stands for, ignoring case.
    pub fn lookup(&self, name: &str) -> Option<SkillId> {
        self.by_canonical
            .get(name)
            .or_else(|| self.by_name.get(&name.trim().lowercase()))
            .copied()
    }

    /// The canonical name of a name or alias (`postgres` → `PostgreSQL`).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.lookup(name)
            .map(|id| self.skills[id.index()].name.as_str())
    }

    /// A skill's canonical name as a shared handle, cheap to clone into results.
    pub fn shared_name(&self, id: SkillId) -> &Arc<str> {
        &self.shared_names[id.index()]
    }

    /// A skill by id.
    pub fn get(&self, id: SkillId) -> &SkillDef {
        &self.skills[id.index()]
    }

    /// The technical skills an entry stands for: those a certification
    /// certifies (`AWS Certified Solutions Architect` certifies AWS, `CKA`
    /// Kubernetes) and a stack's parts (`MERN stack`: MongoDB, Express,
    /// React, Node.js); none for any other entry. A resume holding one
    /// shows them; a listing asking for one asks for them.
    pub fn stands_for(&self, id: SkillId) -> impl Iterator<Item = SkillId> + '_ {
        let def = self.get(id);
        let implies = if def.kind == SkillKind::Certification || def.stack {
            def.implies.as_slice()
        } else {
            &[]
        };
        implies
            .iter()
            .copied()
            .filter(|&skill| matches!(self.get(skill).kind, SkillKind::Technical(_)))
    }

    /// Every skill `id` implies, directly or through others (Next.js →
    /// React → JavaScript).
    pub fn implied(&self, id: SkillId) -> &[SkillId] {
        &self.implied[id.index()]
    }

    /// The skills that list `id` among their related ones (MySQL lists
    /// PostgreSQL, so PostgreSQL's list has MySQL).
    pub fn related_from(&self, id: SkillId) -> &[SkillId] {
        &self.related_from[id.index()]
    }

    /// All skills, in taxonomy order.
    pub fn skills(&self) -> impl Iterator<Item = (SkillId, &SkillDef)> {
        self.skills
            .iter()
            .enumerate()
            .map(|(i, s)| (SkillId(i as u32), s))
    }

    /// How many skills the taxonomy has.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// Whether the taxonomy has no skills.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_taxonomy_is_large_and_consistent() {
        let t = Taxonomy::bundled();
        let technical = t
            .skills()
            .filter(|(_, s)| matches!(s.kind, SkillKind::Technical(_)))
            .count();
        assert!(technical >= 1500, "only {technical} technical skills");
        for (alias, canonical) in [
            ("k8s", "Kubernetes"),
            ("Postgres", "PostgreSQL"),
            ("ReactJS", "React"),
            ("react.js", "React"),
            ("amazon-web-services", "AWS"),
            ("GCP", "GCP"),
            ("node.js", "Node.js"),
            ("golang", "Go"),
        ] {
            assert_eq!(t.canonical(alias), Some(canonical), "{alias}");
        }
    }

    #[test]
    fn implications_are_transitive() {
        let t = Taxonomy::bundled();
        let names = |s: &str| -> Vec<&str> {
            let id = t.lookup(s).expect("known");
            t.implied(id)
                .iter()
                .map(|i| t.get(*i).name.as_str())
                .collect()
        };
        assert!(names("Django").contains(&"Python"));
        let next = names("Next.js");
        assert!(
            next.contains(&"React") && next.contains(&"JavaScript"),
            "{next:?}"
        );
        let mysql = t.get(t.lookup("MySQL").expect("known"));
        assert!(mysql.related.iter().any(|r| t.get(*r).name == "PostgreSQL"));
        // Read backwards: PostgreSQL is listed as related by MySQL.
        let postgres = t.lookup("PostgreSQL").expect("known");
        assert!(t
            .related_from(postgres)
            .iter()
            .any(|r| t.get(*r).name == "MySQL"));
    }

    #[test]
    fn users_extend_it_with_json() {
        let mut t = Taxonomy::bundled();
        t.extend_json(r#"{"skills": [{"name": "Acme DSL", "category": "language", "aliases": ["acmedsl"], "implies": ["Python"], "related": ["Ruby"]}], "aliases": {"Kubernetes": ["kube cluster"]}}"#)
            .expect("valid extension");
        assert_eq!(t.canonical("ACMEDSL"), Some("Acme DSL"));
        assert_eq!(t.canonical("kube cluster"), Some("Kubernetes"));
        let ruby = t.lookup("Ruby").expect("known");
        assert!(t
            .related_from(ruby)
            .iter()
            .any(|r| t.get(*r).name == "Acme DSL"));
        let before = t.clone();
        let err = t
            .extend_json(r#"{"skills": [{"name": "X", "category": "wizardry"}]}"#)
            .expect_err("unknown category");
        assert!(err.to_string().contains("wizardry"), "{err}");
        let err = t
            .extend_json(r#"{"skills": [{"name": "Y", "category": "tool", "implies": ["Nope"]}]}"#)
            .expect_err("unknown ref");
        assert!(
            err.to_string().contains("Nope") && err.to_string().contains("Y.implies"),
            "{err}"
        );
        assert_eq!(t, before, "a failed extension changes nothing");
    }
}
