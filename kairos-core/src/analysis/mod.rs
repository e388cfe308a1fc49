//! The deterministic job description analyzer.
//!
//! It reads a description the way a recruiter would: which skills the
//! requirements ask for and which are only nice to have (by the JD's own
//! headings and phrasing), how many years, who may apply (citizenship,
//! residency, sponsorship), the pay and the seniority — each with the
//! sentence it came from, so a person can check it. Offline, explainable,
//! and fast enough to run on every listing a scraper returns.
//!
//! ```
//! use kairos_core::analysis::Analyzer;
//!
//! let report = Analyzer::shared().analyze(
//!     "Senior Backend Engineer",
//!     "Requirements:\n- 5+ years of Rust\n- PostgreSQL\nNice to have:\n- Kubernetes\n\
//!      You must have full working rights in Australia. $170k - $190k + super",
//! );
//! let required: Vec<&str> = report.required_skills.iter().map(|s| &*s.skill).collect();
//! assert_eq!(required, ["Rust", "PostgreSQL"]);
//! assert_eq!(&*report.preferred_skills[0].skill, "Kubernetes");
//! assert_eq!(report.work_rights.visa_sponsorship.value, Some(false));
//! assert_eq!(report.salary.and_then(|s| s.min), Some(170_000.0));
//! ```

mod channel;
mod choices;
mod decimal;
mod denials;
mod evidence;
mod hedges;
mod hire;
mod html;
mod location;
mod phrases;
mod report;
mod rights;
mod salary;
mod seniority;
mod structure;
mod work_mode;
mod wrap;
mod years;

use crate::find;
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

pub use report::{Importance, JdReport, Keyword, SkillAsk, YearsAsk};
pub use rights::{Flag, WorkRightsFlags};
pub use salary::{PayPeriod, SalaryInfo};
pub use seniority::{Seniority, SeniorityInfo};
#[cfg(feature = "work-mode")]
pub(crate) use work_mode::listing_work_mode;
pub use work_mode::{WorkMode, WorkModeInfo};

use crate::fasthash::PlaceMap;
use crate::skills::{
    floor_char_boundary, in_list, leading_title, turn_to_reader, ExtraHit, Extractor, SkillHit,
    SkillId, SkillKind, Taxonomy,
};
use evidence::evidence_around;
use seniority::YearsAsked;
// The importance words name skills after an inline label too (`Nice to
// have: Go`), which the extractor's context rules read.
pub(crate) use choices::accepted_as_well;
use structure::{
    caps_the_skill, line_at, sentence_bounds, waiver_clause, Role, STACK_PHRASES, WAIVER_PHRASES,
};
pub(crate) use structure::{PREFERRED_PHRASES, REQUIRED_IN_BRACKETS};

/// Reads job descriptions. Build one per taxonomy and share it: building
/// compiles the taxonomy into an automaton (see [`Analyzer::shared`]).
#[derive(Debug, Clone)]
pub struct Analyzer {
    /// Skills, plus the analyzer's own words (triggers and phrases) as extras,
    /// so one pass over the text finds everything.
    extractor: Extractor,
    /// What each extra word is, by its index.
    extras: Vec<Extra>,
}

/// The analyzer's own words, matched in the same pass as the skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Extra {
    /// A sentence worth reading for work rights.
    Rights,
    /// A sentence worth reading for pay.
    Salary,
    /// A sentence worth reading for years of experience.
    Years,
    /// Phrasing that makes a sentence's skills preferred (`is a plus`).
    Preferred,
    /// Phrasing that says the skills of its clause are not asked for
    /// (`no prior TypeScript experience needed`); else like `Preferred`.
    Waived,
    /// Bracketed wording that makes the skill before it required
    /// (`Kubernetes (required)`), in whatever section.
    Required,
    /// Phrasing about the company's own stack (`we use`).
    Stack,
    /// Words that introduce the role a listing is for (`looking for`).
    RoleIntro,
    /// A job board's label for the level (`Seniority level`).
    LevelLabel,
    /// Retirement savings only one country has (`401(k)`, `KiwiSaver`).
    Savings,
    /// Colleagues and what they know (`engineers who`): see
    /// [`structure::colleagues_clause`].
    Colleagues,
    /// A list of the company's customers or partners (`our clients
    /// include`): names of companies, not skills (`Shell, Oracle`).
    Customers,
    /// Words about applying or interviewing that may name the tool it is
    /// done with (`apply through our Workday portal`): see [`channel`].
    Channel,
}

/// One mention of a skill in a description, with its importance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The skill.
    pub skill: SkillId,
    /// Byte offset of the mention.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Whether it names a role (`Java Developer`) rather than asking for the skill.
    pub names_role: bool,
    /// How its section and sentence ask for it.
    pub importance: Importance,
    /// The sentence it is in.
    pub sentence: (usize, usize),
    /// Whether its clause says the skill is not asked for (`no prior
    /// TypeScript experience needed`): the skill is then at most
    /// preferred, whatever else names it.
    pub waived: bool,
}

/// Per-skill tally while reading.
struct Tally {
    skill: SkillId,
    first: usize,
    importance: Importance,
    /// A mention said the skill is not asked for: no other makes it required.
    waived: bool,
    mentions: u32,
    in_title: bool,
    /// The evidence is a line of the section that asks as the skill is
    /// asked (`Requirements` for a required skill), not a duty or the
    /// introduction that happened to name it first.
    from_its_section: bool,
    /// The importance was read on a line of what the job asks or would
    /// like (`Requirements`, `Nice to have`), not a duty or introduction.
    in_asks: bool,
    /// The sentence the evidence comes from, and the mention in it.
    evidence: (usize, usize),
    evidence_at: (usize, usize),
}

/// The tallies of one description, found by skill: by a look along the
/// list while it is short (a description names a few dozen skills, and a
/// short list beats a hash map), through an index once it is long (a text
/// naming a thousand skills made every mention a look at all of them).
struct Tallies {
    list: Vec<Tally>,
    /// A skill's index → its tally's.
    index: PlaceMap,
}

impl Tallies {
    /// The longest list looked along.
    const SHORT: usize = 32;

    fn new() -> Self {
        Self {
            list: Vec::with_capacity(Self::SHORT),
            index: PlaceMap::default(),
        }
    }

    fn get_mut(&mut self, skill: SkillId) -> Option<&mut Tally> {
        if self.list.len() <= Self::SHORT {
            return self.list.iter_mut().find(|t| t.skill == skill);
        }
        if self.index.is_empty() {
            self.index = self
                .list
                .iter()
                .enumerate()
                .map(|(i, t)| (t.skill.index(), i))
                .collect();
        }
        self.index.get(&skill.index()).map(|&i| &mut self.list[i])
    }

    fn push(&mut self, tally: Tally) {
        if !self.index.is_empty() {
            self.index.insert(tally.skill.index(), self.list.len());
        }
        self.list.push(tally);
    }
}

/// A description read once: its lines, skill hits and extra words.
struct Reading<'t> {
    text: &'t str,
    lines: Vec<structure::Line>,
    hits: Vec<SkillHit>,
    extras: Vec<ExtraHit>,
}

impl Analyzer {
    /// An analyzer over `taxonomy` (use [`Taxonomy::bundled`], extended as you need).
    pub fn new(taxonomy: Taxonomy) -> Self {
        let mut words: Vec<String> = Vec::new();
        let mut extras = Vec::new();
        let lists: [(&str, Extra); 13] = [
            (rights::TRIGGERS, Extra::Rights),
            (salary::TRIGGERS, Extra::Salary),
            (
                phrase_lines![
                    "year", "years", "yr", "yrs", "decade", "decades", "month", "months",
                    // German.
                    "jahr", "jahre", "jahren",
                ],
                Extra::Years,
            ),
            (PREFERRED_PHRASES, Extra::Preferred),
            (WAIVER_PHRASES, Extra::Waived),
            (REQUIRED_IN_BRACKETS, Extra::Required),
            (STACK_PHRASES, Extra::Stack),
            (seniority::ROLE_INTROS, Extra::RoleIntro),
            (seniority::LEVEL_LABELS, Extra::LevelLabel),
            (salary::SAVINGS, Extra::Savings),
            (structure::COLLEAGUE_RELATIVES, Extra::Colleagues),
            (structure::CUSTOMER_LISTS, Extra::Customers),
            (channel::CHANNEL_OPENERS, Extra::Channel),
        ];
        for (list, kind) in lists {
            for w in list.lines() {
                words.push(w.to_owned());
                extras.push(kind);
                // `we’re built on` as pasted from a word processor.
                if w.contains('\'') {
                    words.push(w.replace("'", "\u{2019}"));
                    extras.push(kind);
                }
            }
        }
        // `3yrs`, `10years`: a figure glued to its unit starts the word.
        for figure in (1..=15).chain([20, 25, 30]) {
            for unit in ["yr", "year"] {
                words.push(format!("{figure}{unit}"));
                extras.push(Extra::Years);
            }
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        Self {
            extractor: Extractor::with_extras(taxonomy, &words),
            extras,
        }
    }

    /// The analyzer over the bundled taxonomy, built once per process.
    pub fn shared() -> &'static Analyzer {
        static SHARED: OnceLock<Analyzer> = OnceLock::new();
        SHARED.get_or_init(|| Analyzer::new(Taxonomy::bundled()))
    }

    /// The skill extractor inside (for highlighting spans).
    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// The taxonomy the analyzer reads with.
    pub fn taxonomy(&self) -> &Taxonomy {
        self.extractor.taxonomy()
    }

    /// The text the analyzer reads: HTML reduced to its text (also HTML
    /// escaped once more, as job boards' APIs return it: `&lt;p&gt;…`),
    /// anything else as it is. Spans from [`Extractor::extract`] on this text line up
    /// with what the analyzer saw. A paragraph hard-wrapped at a fixed
    /// width (e-mails, PDFs, plain-text exports) is read as one line: its
    /// soft breaks become spaces, so a plain-text description's spans line
    /// up with the description as given too.
    pub fn clean_text<'a>(&self, description: &'a str) -> Cow<'a, str> {
        cleaned(description).0
    }

    /// Reads a cleaned text whose line breaks are at `breaks`.
    fn read<'t>(&self, text: &'t str, breaks: &[usize]) -> Reading<'t> {
        let (mut hits, extras) = self.extractor.extract_with_extras(text);
        for x in &extras {
            let (from, to) = match self.extras[x.extra] {
                // `Our customers include Shell, Oracle and Amazon`: companies.
                Extra::Customers => (x.end, structure::list_of_names_end(text, x.end)),
                // `Interviews are held over Zoom or Microsoft Teams`: how
                // the employer hires. Read only when a skill follows soon.
                Extra::Channel => {
                    let next_hit = hits.partition_point(|h| h.start < x.end);
                    let skill_follows = hits
                        .get(next_hit)
                        .is_some_and(|h| h.start - x.end < channel::REACH);
                    if !skill_follows {
                        continue;
                    }
                    match channel::channel_names(text, &text[x.start..x.end], x.end) {
                        Some(span) => span,
                        None => continue,
                    }
                }
                _ => continue,
            };
            hits.retain(|h| !(from <= h.start && h.start < to));
        }
        Reading {
            text,
            lines: structure::lines(text, breaks),
            hits,
            extras,
        }
    }

    /// Analyses one job: its title and description. The same input always
    /// gives the same report.
    pub fn analyze(&self, title: &str, description: &str) -> JdReport {
        let (text, breaks) = cleaned(description);
        let reading = self.read(text.as_ref(), &breaks);
        let text = reading.text;
        // A listing pasted whole, with no title given, begins with its
        // title, whose skills the reading has found already.
        // `Role Description` opening the text is a heading, not a title.
        let leading =
            leading_title(text).filter(|&(from, to)| !structure::is_heading(&text[from..to]));
        let pasted_title = leading.filter(|_| title.trim().is_empty());
        let (title, title_hits) = match pasted_title {
            Some((from, to)) => {
                let on_line = reading.hits.partition_point(|h| h.start < from)
                    ..reading.hits.partition_point(|h| h.start < to);
                let hits = reading.hits[on_line]
                    .iter()
                    .map(|h| SkillHit {
                        start: h.start - from,
                        end: h.end - from,
                        ..*h
                    })
                    .collect();
                (&text[from..to], hits)
            }
            None => (title, self.extractor.extract(title)),
        };
        let taxonomy = self.taxonomy();
        let mut tally = Tallies::new();

        // The title names the job; general terms in it (`Backend`) are not asks.
        for hit in title_hits
            .into_iter()
            .filter(|h| !taxonomy.get(h.skill).generic)
        {
            match tally.get_mut(hit.skill) {
                Some(t) => t.mentions += 1,
                None => tally.push(Tally {
                    skill: hit.skill,
                    first: 0,
                    importance: Importance::Required,
                    waived: false,
                    mentions: 1,
                    in_title: true,
                    from_its_section: false,
                    in_asks: false,
                    evidence: (0, title.len()),
                    evidence_at: (hit.start, hit.end),
                }),
            }
        }
        // A mention naming a role (`our QA engineers`) or the employer
        // (`Acme Robotics · Toronto`) does not ask for the skill; the role
        // the listing fills does (`- Experienced Java developer`).
        let names_other_role = |m: &Mention| {
            m.names_role && !hire::names_the_hire(&text[m.sentence.0..m.start], &text[m.end..])
        };
        let employer = structure::employer_line(text, leading);
        let names_employer =
            |m: &Mention| employer.is_some_and(|(from, to)| from <= m.start && m.end <= to);
        // A requirement's own line says more of why a skill is asked than
        // the duty or introduction naming it first (`You'll work across
        // the stack, from React front ends to Node services`).
        let in_its_section = |m: &Mention| {
            let role = line_at(&reading.lines, m.start).map(|l| l.role);
            matches!(
                (m.importance, role),
                (Importance::Required, Some(Role::Required))
                    | (Importance::Preferred, Some(Role::Preferred))
            )
        };
        // Whether a mention is on a line of what the job asks or would like.
        let in_asks = |m: &Mention| {
            matches!(
                line_at(&reading.lines, m.start).map(|l| l.role),
                Some(Role::Required | Role::Preferred)
            )
        };
        for (n, m) in self.mentions_of(&reading).enumerate() {
            if names_other_role(&m) || names_employer(&m) {
                continue;
            }
            match tally.get_mut(m.skill) {
                Some(t) => {
                    t.mentions += 1;
                    // `No prior TypeScript experience needed` outweighs a
                    // duty naming the skill (`on React and TypeScript
                    // projects`), before or after it.
                    let waives = m.waived && t.importance == Importance::Required;
                    t.waived |= m.waived;
                    // What the job asks is said in its asks: a duty or the
                    // introduction naming a skill (`with a React front
                    // end`) does not make required what the asks only
                    // hope for (`Familiarity with React would be great`),
                    // whichever comes first.
                    let m_in_asks = in_asks(&m);
                    let hoped =
                        |importance, in_asks| importance == Importance::Preferred && in_asks;
                    let lowers = hoped(m.importance, m_in_asks)
                        && t.importance == Importance::Required
                        && !t.in_asks
                        && !t.in_title;
                    let raises = m.importance > t.importance
                        && !(t.waived && m.importance == Importance::Required)
                        && (m_in_asks || !hoped(t.importance, t.in_asks));
                    if m.importance == t.importance {
                        t.in_asks |= m_in_asks;
                    }
                    if waives || raises || lowers {
                        t.importance = m.importance;
                        t.in_title = false;
                        t.in_asks = m_in_asks;
                        t.from_its_section = in_its_section(&m);
                        t.evidence = m.sentence;
                        t.evidence_at = (m.start, m.end);
                    } else if m.importance == t.importance
                        && !t.in_title
                        && !t.from_its_section
                        && in_its_section(&m)
                    {
                        t.from_its_section = true;
                        t.evidence = m.sentence;
                        t.evidence_at = (m.start, m.end);
                    }
                }
                None => tally.push(Tally {
                    skill: m.skill,
                    first: n + 1,
                    importance: m.importance,
                    waived: m.waived,
                    mentions: 1,
                    in_title: false,
                    from_its_section: in_its_section(&m),
                    in_asks: in_asks(&m),
                    evidence: m.sentence,
                    evidence_at: (m.start, m.end),
                }),
            }
        }
        let mut tally = tally.list;
        crate::sort::sort_by(&mut tally, |a, b| (a.first, a.skill) < (b.first, b.skill));
        let alternatives = choices::alternatives(self.taxonomy(), reading.text, &reading.hits);
        // The skills the title names (their tallies come first).
        let titled: Vec<&Arc<str>> = tally
            .iter()
            .take_while(|t| t.first == 0)
            .filter(|t| t.in_title)
            .map(|t| taxonomy.shared_name(t.skill))
            .collect();

        let mut report = JdReport {
            required_skills: Vec::new(),
            preferred_skills: Vec::new(),
            context_skills: Vec::new(),
            years_experience: None,
            skill_years: Vec::new(),
            keywords: keywords(taxonomy, &tally),
            work_rights: WorkRightsFlags::default(),
            location: None,
            salary: None,
            seniority: None,
        };
        // `AWS Certified Solutions Architect required` asks for AWS, `MERN
        // stack` for MongoDB, Express, React and Node.js: what an entry
        // stands for, where the listing does not name it apart (the entry
        // stays a keyword).
        let mut wanted: Vec<(&Tally, SkillId)> = Vec::with_capacity(tally.len());
        for t in &tally {
            let mut parts = taxonomy.stands_for(t.skill).peekable();
            if parts.peek().is_none() {
                wanted.push((t, t.skill));
                continue;
            }
            for part in parts {
                let named = tally.iter().any(|u| u.skill == part);
                if !named && !wanted.iter().any(|&(_, w)| w == part) {
                    wanted.push((t, part));
                }
            }
        }
        for (t, skill) in wanted {
            let def = taxonomy.get(skill);
            // Broad terms ("software development") stay keywords, not skills to score.
            let SkillKind::Technical(category) = def.kind else {
                continue;
            };
            if def.vague {
                continue;
            }
            let (from, to) = t.evidence;
            let at = (t.evidence_at.0 - from, t.evidence_at.1 - from);
            let evidence = if t.in_title {
                format!("title: {}", evidence_around(title, at))
            } else {
                evidence_around(&text[from..to], at)
            };
            let asks = match t.importance {
                Importance::Required => &mut report.required_skills,
                Importance::Preferred => &mut report.preferred_skills,
                Importance::Context => &mut report.context_skills,
            };
            let name = taxonomy.shared_name(skill);
            // `AWS or GCP`: the later of two alternatives joins the earlier's ask.
            if let Some(k) = ask_offering(asks, &alternatives, skill, taxonomy) {
                // A skill the title names is asked outright (`Java
                // Developer` offering `Java or Kotlin`): what the text
                // offers beside it is no ask of its own, nor makes it optional.
                if !titled.iter().any(|n| Arc::ptr_eq(n, &asks[k].skill)) {
                    asks[k].alternatives.push(Arc::clone(name));
                }
                continue;
            }
            asks.push(SkillAsk {
                skill: Arc::clone(name),
                category: Cow::Borrowed(category.as_str()),
                mentions: t.mentions,
                evidence,
                alternatives: Vec::new(),
            });
        }
        let skill_floor = self.read_extras(title, &reading, &mut report);
        let years_asked = match (&report.years_experience, &skill_floor) {
            (Some(overall), _) => Some(YearsAsked::overall(overall.min)),
            (None, Some((years, skill))) => Some(YearsAsked {
                years: *years,
                skill: Some(skill),
            }),
            (None, None) => None,
        };
        report.seniority = seniority::seniority(
            title,
            self.level_label(&reading),
            self.role_named(&reading),
            years_asked,
        );
        report
    }

    /// Every skill mention in a cleaned description (see
    /// [`Analyzer::clean_text`]) with the importance its section and
    /// sentence give it.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        self.mentions_of(&self.read(text, &wrap::line_breaks(text)))
            .collect()
    }

    fn mentions_of<'r>(&'r self, r: &'r Reading<'_>) -> impl Iterator<Item = Mention> + 'r {
        let mut cached: Option<((usize, usize), Phrasing)> = None;
        // The mention before, and the importance it was given.
        let mut previous: Option<(&SkillHit, Importance)> = None;
        r.hits.iter().filter_map(move |hit| {
            let line = line_at(&r.lines, hit.start)?;
            // Hits in one sentence share its bounds and phrasing.
            let (bounds, phrasing) = match cached {
                Some(((lo, hi), p)) if lo <= hit.start && hit.end <= hi => ((lo, hi), p),
                _ => {
                    let bounds = sentence_bounds(r.text, line, hit.start, hit.end);
                    let p = self.phrasing(r, bounds);
                    cached = Some((bounds, p));
                    (bounds, p)
                }
            };
            let scoped = phrasing.scoped(hit);
            // What colleagues know is their stack, as the sentence's stack
            // wording is: asked in a requirement (`Experience working in a
            // team that uses Scrum`).
            let phrasing = match scoped {
                Some(Extra::Colleagues) => Some(Extra::Stack),
                _ => scoped.or(phrasing.whole),
            };
            // `Python (no Java please)`, `Not a PHP role`: no ask at all
            // (a waiver, `no prior Java needed`, leaves it hoped for).
            if phrasing != Some(Extra::Waived) && denials::mention_denied(r.text, hit.start) {
                return None;
            }
            let importance = match (line.role, phrasing) {
                // `working closely with our Android team (Kotlin)`, `CI/CD
                // (we use GitHub Actions)`: others' stack, in any section.
                _ if scoped == Some(Extra::Stack)
                    || structure::in_another_teams_bracket(r.text, hit.start) =>
                {
                    Importance::Context
                }
                (_, Some(Extra::Required)) => Importance::Required,
                (_, Some(Extra::Preferred | Extra::Waived)) | (Role::Preferred, _) => {
                    Importance::Preferred
                }
                (Role::Required, _) => Importance::Required,
                (Role::Context, _) | (_, Some(_)) => Importance::Context,
                (Role::Duties | Role::Intro, None) => Importance::Required,
            };
            // `Python preferred; Go is also welcome`: a skill accepted in
            // place of the one just named is wanted as much as it is.
            let importance = match previous {
                Some((before, wanted))
                    if wanted != importance
                        && choices::may_stand_in(self.taxonomy(), before.skill, hit.skill)
                        && choices::accepted_as_well(r.text, before.end, hit) =>
                {
                    wanted
                }
                _ => importance,
            };
            previous = Some((hit, importance));
            Some(Mention {
                skill: hit.skill,
                start: hit.start,
                end: hit.end,
                names_role: hit.names_role,
                importance,
                sentence: bounds,
                waived: phrasing == Some(Extra::Waived),
            })
        })
    }

    /// The role the opening of the text says the listing is for, from the
    /// first phrase introducing one with a level (found in the one pass).
    fn role_named<'t>(&self, r: &Reading<'t>) -> Option<&'t str> {
        // The first that names a level: `This is a great opportunity …
        // we're looking for a Senior Engineer`.
        r.extras
            .iter()
            .take_while(|e| e.start < seniority::INTRO_BYTES)
            .filter(|e| self.extras[e.extra] == Extra::RoleIntro)
            .filter_map(|e| seniority::role_after(&r.text[e.end..]))
            .find(|role| seniority::names_a_level(role))
    }

    /// The level a job board's details state (`Seniority level\nMid-Senior
    /// level`), from the first such label with a value.
    fn level_label<'t>(&self, r: &Reading<'t>) -> Option<&'t str> {
        r.extras
            .iter()
            .filter(|e| self.extras[e.extra] == Extra::LevelLabel)
            .find_map(|e| seniority::label_value(&r.text[e.end..]))
    }

    /// The phrasing of a sentence: preferred wins over the company's
    /// stack. Wording inside brackets speaks only of the bracket
    /// (`Kubernetes in production (EKS preferred)`), or, with no skill in
    /// it, of the skill just before it (`Python (required), Go
    /// (preferred)`), and over the rest of the sentence.
    fn phrasing(&self, r: &Reading<'_>, (from, to): (usize, usize)) -> Phrasing {
        let first = r.extras.partition_point(|e| e.start < from);
        let mut found = Phrasing {
            whole: None,
            brackets: [((0, 0), Extra::Preferred); BRACKETS_READ],
            bracketed: 0,
        };
        for e in r.extras[first..].iter().take_while(|e| e.start < to) {
            let kind = self.extras[e.extra];
            match kind {
                Extra::Preferred | Extra::Required | Extra::Waived => {
                    // `No Scala experience required`: a clause opening with
                    // `no` waives what it requires.
                    let kind = if kind == Extra::Required
                        && structure::opens_with_no(&r.text[from..e.start])
                    {
                        Extra::Waived
                    } else {
                        kind
                    };
                    let bracket = bracket_around(r.text, (from, to), e.start, e.end);
                    let scope = match bracket {
                        Some(bracket) => Some(bracket_scope(&r.hits, r.text, bracket)),
                        // `Strong Python, no prior Django needed`: a waiver
                        // speaks of its clause only.
                        None if kind == Extra::Waived => {
                            Some(waiver_clause(r.text, (from, to), e.start, e.end))
                        }
                        // `Strong Python, preferably with Django`: a hedge
                        // after an ask speaks of its clause.
                        // `Must have - Kotlin | Nice to have - Scala`,
                        // `Mandatory: Kotlin, Optional: Scala`: a label
                        // speaks of what follows it.
                        None if kind == Extra::Preferred
                            && structure::labels(r.text, e.end)
                            && !names_before_in_clause(r, from, e.start) =>
                        {
                            Some((e.start, to))
                        }
                        None if kind == Extra::Preferred => {
                            hedges::preferred_clause(r.text, &r.hits, (from, to), e.start, e.end)
                        }
                        None => None,
                    };
                    // A willingness to learn makes its mention preferred
                    // without outweighing an ask elsewhere (`Strong Go, or
                    // Java and a willingness to learn Go`).
                    let kind = if kind == Extra::Waived && !caps_the_skill(&r.text[e.start..e.end])
                    {
                        Extra::Preferred
                    } else {
                        kind
                    };
                    match scope {
                        Some(scope) if found.bracketed < BRACKETS_READ => {
                            found.brackets[found.bracketed] = (scope, kind);
                            found.bracketed += 1;
                        }
                        Some(_) if bracket.is_some() => {}
                        // `required` outside brackets is how most asks
                        // are worded, whatever their section says.
                        _ if kind == Extra::Required => {}
                        _ => found.whole = Some(Extra::Preferred),
                    }
                }
                Extra::Stack => {
                    // `Experience with CI/CD (we use GitHub Actions)`: in
                    // brackets, the stack speaks of the bracket only.
                    match bracket_around(r.text, (from, to), e.start, e.end) {
                        Some(bracket) if found.bracketed < BRACKETS_READ => {
                            found.brackets[found.bracketed] = (bracket, Extra::Stack);
                            found.bracketed += 1;
                        }
                        Some(_) => {}
                        // `Our stack runs on AWS, and you will design the
                        // services around Kafka`: the stack ends where the
                        // sentence turns to the reader.
                        None => match turn_to_reader(r.text, e.end, to) {
                            Some(end) if found.bracketed < BRACKETS_READ => {
                                found.brackets[found.bracketed] = ((from, end), Extra::Stack);
                                found.bracketed += 1;
                            }
                            _ => {
                                found.whole.get_or_insert(Extra::Stack);
                            }
                        },
                    }
                }
                // `join a team of engineers who know Kafka`: what the
                // colleagues know is their stack, as a bracket's words
                // speak of the bracket.
                Extra::Colleagues if found.bracketed < BRACKETS_READ => {
                    if let Some(scope) =
                        structure::colleagues_clause(r.text, (from, to), e.start, e.end)
                    {
                        found.brackets[found.bracketed] = (scope, Extra::Colleagues);
                        found.bracketed += 1;
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// Reads work rights, pay and years into `report`, from the sentences
    /// holding their trigger words; returns the most years asked for one
    /// skill in a sentence that asks (not one that would like), which
    /// bounds the experience wanted when no years are asked overall.
    fn read_extras(
        &self,
        title: &str,
        r: &Reading<'_>,
        report: &mut JdReport,
    ) -> Option<(f64, Arc<str>)> {
        rights::read_sentence(title, (0, 0), &mut report.work_rights);
        let mut last_sentence = (usize::MAX, usize::MAX);
        let mut seen_kinds: Vec<Extra> = Vec::new();
        let mut years = YearsRead::default();
        for e in &r.extras {
            let kind = self.extras[e.extra];
            if matches!(
                kind,
                Extra::Preferred
                    | Extra::Waived
                    | Extra::Required
                    | Extra::Stack
                    | Extra::RoleIntro
                    | Extra::LevelLabel
                    | Extra::Savings
                    | Extra::Colleagues
                    | Extra::Customers
                    | Extra::Channel
            ) {
                continue;
            }
            let Some(line) = line_at(&r.lines, e.start) else {
                continue;
            };
            // Triggers in the sentence just read share its bounds: finding
            // them again would read a long sentence once per trigger.
            let (lo, hi) = last_sentence;
            let bounds = if lo <= e.start && e.end <= hi {
                last_sentence
            } else {
                sentence_bounds(r.text, line, e.start, e.end)
            };
            if bounds == last_sentence && seen_kinds.contains(&kind) {
                continue;
            }
            if bounds != last_sentence {
                seen_kinds.clear();
                last_sentence = bounds;
            }
            seen_kinds.push(kind);
            let sentence = &r.text[bounds.0..bounds.1];
            match kind {
                // A question asks, it does not require: SEEK puts `Which of
                // the following statements best describes your right to
                // work in Australia?` on listings that sponsor too.
                Extra::Rights if r.text.as_bytes().get(bounds.1) == Some(&b'?') => {}
                Extra::Rights => rights::read_sentence(
                    sentence,
                    (e.start - bounds.0, e.end - bounds.0),
                    &mut report.work_rights,
                ),
                Extra::Salary => {
                    if report.salary.is_none() {
                        report.salary = salary::read_in_line(
                            &r.text[line.start..line.end.max(bounds.1)],
                            (bounds.0 - line.start, bounds.1 - line.start),
                        );
                    }
                }
                Extra::Years => {
                    // A month counts only as experience (`6 months of
                    // experience`); most are a contract's or a salary's.
                    let (mut other_words, mut months) = (false, false);
                    let first = r.extras.partition_point(|x| x.start < bounds.0);
                    for x in r.extras[first..].iter().take_while(|x| x.start < bounds.1) {
                        if self.extras[x.extra] != Extra::Years {
                            continue;
                        }
                        if matches!(r.text.as_bytes()[x.start], b'm' | b'M') {
                            months |= years::experience_follows(&r.text.as_bytes()[x.end..]);
                        } else {
                            other_words = true;
                        }
                    }
                    if !(other_words || months) {
                        continue;
                    }
                    let asks = !matches!(line.role, Role::Preferred | Role::Context)
                        && self.phrasing(r, bounds).whole.is_none();
                    let ask = SentenceAsk {
                        role: line.role,
                        asks,
                        months,
                    };
                    self.read_years(sentence, bounds, ask, &r.hits, report, &mut years)
                }
                Extra::Preferred
                | Extra::Waived
                | Extra::Required
                | Extra::Stack
                | Extra::RoleIntro
                | Extra::LevelLabel
                | Extra::Savings
                | Extra::Colleagues
                | Extra::Customers
                | Extra::Channel => {}
            }
        }
        report.work_rights.settle();
        let located = location::read(r.text, &r.lines);
        report.location = located.map(|(_, line)| line.to_owned());
        let flags = &report.work_rights;
        let place = salary::JobPlace {
            text: r.text,
            savings: r
                .extras
                .iter()
                .filter(|e| self.extras[e.extra] == Extra::Savings)
                .map(|e| &r.text[e.start..e.end]),
            rights: [
                &flags.pr_required,
                &flags.citizenship_required,
                &flags.visa_sponsorship,
            ]
            .map(|flag| flag.evidence.as_deref()),
            located: located.map(|(country, _)| country),
        };
        report.salary = report
            .salary
            .take()
            .map(|pay| salary::with_listing_dollars(pay, place));
        // Overall years: the first asked in a requirements section, else the first asked.
        let YearsRead {
            mut overall,
            skill_floor,
        } = years;
        let chosen = overall
            .iter()
            .position(|(_, req)| *req)
            .or((!overall.is_empty()).then_some(0));
        report.years_experience = chosen
            .map(|i| overall.swap_remove(i).0)
            .or_else(|| years::in_title(title));
        skill_floor
    }

    /// Whether the hits after years ending at `years_end` name a general
    /// field, then skills as its examples, before `clause_end` (`2 years
    /// of experience with software development in one or more languages
    /// (e.g., Java, C++)`). `sentence` starts at byte `offset` of the text.
    #[inline(never)]
    fn field_then_examples(
        &self,
        sentence: &str,
        offset: usize,
        years_end: usize,
        after: &[SkillHit],
        clause_end: usize,
    ) -> bool {
        let taxonomy = self.taxonomy();
        let is_technical =
            |h: &SkillHit| matches!(taxonomy.get(h.skill).kind, SkillKind::Technical(_));
        let mut clause = after.iter().take_while(|h| h.end <= clause_end);
        clause.next().is_some_and(|field| {
            taxonomy.get(field.skill).generic
                && is_technical(field)
                && years::experience_of(&sentence[years_end - offset..field.start - offset])
                && clause
                    .find(|h| is_technical(h) && !taxonomy.get(h.skill).generic)
                    .is_some_and(|next| {
                        years::gives_examples(&sentence[field.end - offset..next.start - offset])
                    })
        })
    }

    fn read_years(
        &self,
        sentence: &str,
        bounds: (usize, usize),
        SentenceAsk { role, asks, months }: SentenceAsk,
        hits: &[SkillHit],
        report: &mut JdReport,
        read: &mut YearsRead,
    ) {
        let found = years::find_years(sentence, bounds.0, months);
        let taxonomy = self.taxonomy();
        // General terms (`software engineering experience`) describe
        // experience overall; a colleague's role (`with our Java team`)
        // none, the hire's (`5+ years as a Java developer`) the skill's.
        let technical = |h: &&SkillHit| {
            let def = taxonomy.get(h.skill);
            let hires = || {
                let before = sentence
                    .get(..h.start.saturating_sub(bounds.0))
                    .unwrap_or("");
                let after = sentence.get(h.end.saturating_sub(bounds.0)..).unwrap_or("");
                hire::names_the_hire(before, after)
            };
            matches!(def.kind, SkillKind::Technical(_))
                && !def.generic
                && (!h.names_role || hires())
        };
        let mut about_experience = None;
        let mut asked_overall = false;
        for (k, y) in found.iter().enumerate() {
            let (start, end) = (y.start - bounds.0, y.end - bounds.0);
            // `We have been an industry leader for 20 years`, and in a section
            // about the company `we have 25 years of experience in payments`:
            // the company's history, not an ask (`you have worked for 5 years`,
            // `we are looking for 5+ years` are asks), nor what it has or
            // brings (`our founders bring 20 years of experience in
            // payments`). Not every section read
            // as about the company is (`Our requirements:`, a heading the
            // structure does not know), so it takes the company's voice too.
            if (role == Role::Context
                || years::reads_as_duration(sentence, start)
                || years::held_by_subject(sentence, start))
                && years::company_voice(years::clause_around(sentence, start, end))
            {
                continue;
            }
            // `You don't need 5 years of experience`: years waived, no ask.
            if years::denied(sentence, start) {
                continue;
            }
            let clause_end = found.get(k + 1).map_or(bounds.1, |n| n.start);
            // Hits are in text order: the clause's are found by bisection.
            let after = hits.partition_point(|h| h.start < y.end);
            let in_clause = hits[after..]
                .iter()
                .take_while(|h| h.start < clause_end)
                .filter(|h| h.end <= clause_end);
            // `Python (3+ years)`: the skill just before, and the list it
            // ends (`React and TypeScript (3+ years)`); else, after `for`,
            // the clause's last skill (`writing Rust professionally for 3+
            // years`).
            let in_sentence = hits.partition_point(|h| h.start < bounds.0);
            let before = hits.partition_point(|h| h.end <= y.start);
            let list_ending = |lo: usize, last: usize| {
                let first = years::list_start(hits, lo, last, sentence, bounds.0);
                hits[first..=last].iter().filter(technical).map(|h| h.skill)
            };
            // `Python (3+ years), SQL (2+ years)`, `Java: 5+ years`: years in
            // a bracket, or after a colon or a dash, right after a skill are
            // that skill's, whatever the clause names next.
            let mut skills: Vec<SkillId> = Vec::new();
            if let Some(last) = (in_sentence..before).next_back().filter(|&k| {
                sentence
                    .get(hits[k].end - bounds.0..start)
                    .is_some_and(years::opens_on_the_skill)
            }) {
                skills.extend(list_ending(in_sentence, last));
            }
            let said_before = !skills.is_empty();
            // The first skill named after the years, and the list it starts
            // (`5+ years of Java and Spring`), not the skills the sentence
            // goes on to ask for (`…, familiarity with AWS`).
            let mut list_end: Option<usize> = None;
            // `2 years of experience with software development in one or
            // more languages (e.g., Java, C++)`: a general field, then
            // examples, is experience overall (`4 years of backend
            // development in Go` is Go's).
            let field_then_examples =
                self.field_then_examples(sentence, bounds.0, y.end, &hits[after..], clause_end);
            for h in in_clause.take_while(|_| !said_before && !field_then_examples) {
                match list_end {
                    None if !technical(&h) => continue,
                    // `3+ years of backend experience, ideally in Go`.
                    None if years::hedges_the_skill(
                        &sentence[y.end - bounds.0..h.start - bounds.0],
                    ) =>
                    {
                        break
                    }
                    Some(end)
                        if !years::joins_a_list(&sentence[end - bounds.0..h.start - bounds.0]) =>
                    {
                        break
                    }
                    _ => {}
                }
                if technical(&h) {
                    skills.push(h.skill);
                }
                list_end = Some(h.end);
            }
            if skills.is_empty() {
                if let Some(last) = (in_sentence..before)
                    .next_back()
                    .filter(|&k| hits[k].end + 4 >= y.start)
                {
                    skills.extend(list_ending(in_sentence, last));
                }
            }
            if skills.is_empty() {
                if let Some(clause_start) = years::spent_on_what_came_before(sentence, start) {
                    let lo = hits.partition_point(|h| h.start < bounds.0 + clause_start);
                    // `Experience with React, having used it for 3 years`:
                    // a pronoun points back past the clause.
                    let lo = if years::points_back(&sentence[clause_start..start]) {
                        in_sentence
                    } else {
                        lo
                    };
                    if let Some(last) = (lo..before).rev().find(|&k| technical(&&hits[k])) {
                        skills.extend(list_ending(lo, last));
                    }
                }
            }
            skills.dedup();
            if skills.is_empty() {
                // Only the first overall ask of a sentence can be chosen
                // (all of a sentence's share its section).
                if asked_overall {
                    continue;
                }
                // `5 years in software engineering`, `4 years in a UX role`,
                // `5+ years backend engineering`: a general field right after
                // the years is experience overall.
                let names_a_field = hits.get(after).is_some_and(|h| {
                    let def = taxonomy.get(h.skill);
                    let gap = sentence.get(y.end - bounds.0..h.start - bounds.0);
                    h.start < clause_end
                        && matches!(def.kind, SkillKind::Technical(_))
                        && def.generic
                        && gap.is_some_and(|gap| {
                            in_list(
                                &["", "in", "of", "in a", "in an", "as a", "as an"],
                                gap.trim(),
                            )
                        })
                });
                let about = names_a_field
                    || years::in_a_role(sentence, end)
                    || (role == Role::Required && years::in_a_field(sentence, end))
                    || *about_experience.get_or_insert_with(|| {
                        experience_words().contains_any(&sentence.to_ascii_lowercase())
                    })
                    || years::asked_bare(sentence, end);
                if about {
                    asked_overall = true;
                    read.overall.push((
                        YearsAsk {
                            min: y.min,
                            max: y.max,
                            skill: None,
                            evidence: evidence_around(
                                sentence,
                                (y.start - bounds.0, y.end - bounds.0),
                            ),
                        },
                        // `10 years preferred; 5 years required`: years
                        // hoped for give way to years required.
                        role == Role::Required && asks,
                    ));
                }
            } else {
                if asks
                    && read
                        .skill_floor
                        .as_ref()
                        .is_none_or(|(most, _)| y.min > *most)
                {
                    read.skill_floor = Some((y.min, Arc::clone(taxonomy.shared_name(skills[0]))));
                }
                // `3+ years with the MERN stack`: years with each of its parts.
                let parts = skills.iter().flat_map(|&id| {
                    let parts: Vec<SkillId> = taxonomy.stands_for(id).collect();
                    if parts.is_empty() {
                        vec![id]
                    } else {
                        parts
                    }
                });
                for skill in parts.map(|id| taxonomy.shared_name(id)) {
                    if !report
                        .skill_years
                        .iter()
                        .any(|s| s.skill.as_deref() == Some(&**skill))
                    {
                        report.skill_years.push(YearsAsk {
                            min: y.min,
                            max: y.max,
                            skill: Some(Arc::clone(skill)),
                            evidence: evidence_around(
                                sentence,
                                (y.start - bounds.0, y.end - bounds.0),
                            ),
                        });
                    }
                }
            }
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn keywords(taxonomy: &Taxonomy, tally: &[Tally]) -> Vec<Keyword> {
    let mut out: Vec<Keyword> = tally
        .iter()
        .map(|t| {
            let def = taxonomy.get(t.skill);
            let base = match t.importance {
                Importance::Required => 3.0,
                Importance::Preferred => 2.0,
                Importance::Context => 1.0,
            } + if t.in_title { 1.0 } else { 0.0 };
            let weight = round3(base * (1.0 + 0.5 * f64::from(t.mentions.max(1)).ln()));
            Keyword {
                term: Arc::clone(taxonomy.shared_name(t.skill)),
                kind: Cow::Borrowed(def.kind.as_str()),
                weight,
            }
        })
        .collect();
    // The tally is in order of first mention: a stable sort keeps that
    // order among equal weights.
    crate::sort::sort_by(&mut out, |a, b| a.weight > b.weight);
    out
}

/// Words that make a number of years in a sentence an ask for experience
/// overall (`5+ years of commercial experience`), in one automaton.
fn experience_words() -> &'static phrases::PhraseSet<1> {
    static SET: OnceLock<phrases::PhraseSet<1>> = OnceLock::new();
    SET.get_or_init(|| {
        phrases::PhraseSet::new(&[phrase_lines![
            "experience",
            "commercial",
            "professional",
            "industry",
            "hands-on",
            "background",
            "similar role",
            // `8+ years in infrastructure/DevOps roles` (the singular is
            // the listing's own: `this role offers a 2 year program`).
            "roles",
            "working",
            "developing",
            "building",
            "in the field",
            // `10+ years in software`, `5 years in software testing`.
            "in software",
            "track record",
            // `5-7 yrs exp`, `10+ years exp.`
            "yrs exp",
            "yr exp",
            "years exp",
            "year exp",
            // German: `Erfahrung`, `Berufserfahrung`.
            "erfahrung",
        ]])
    })
}

/// What [`Analyzer::read_years`] gathers across a listing's sentences.
#[derive(Default)]
struct YearsRead {
    /// Every ask of years overall, and whether it stands in a requirements
    /// section.
    overall: Vec<(YearsAsk, bool)>,
    /// The most years asked for one skill where the listing asks rather
    /// than would like, and the skill.
    skill_floor: Option<(f64, Arc<str>)>,
}

/// How a sentence holding years of experience asks for things.
#[derive(Clone, Copy)]
struct SentenceAsk {
    /// Its section's role.
    role: Role,
    /// Whether it asks: outside the sections that would like or describe the
    /// company, and without wording that would like (`ideally`, `a plus`).
    asks: bool,
    /// Whether it names months of experience, to be read with the years.
    months: bool,
}

/// What a sentence's wording makes its mentions (see [`Analyzer::phrasing`]).
#[derive(Debug, Clone, Copy)]
struct Phrasing {
    /// What the wording makes every mention of the sentence.
    whole: Option<Extra>,
    /// Spans whose mentions bracketed wording makes preferred or required
    /// (`Python (required), Go (preferred)`), the first few of a sentence:
    /// `brackets[..bracketed]`.
    brackets: [((usize, usize), Extra); BRACKETS_READ],
    bracketed: usize,
}

/// How many bracketed importance words a sentence is read for: a bullet
/// rarely marks more skills than this one by one.
const BRACKETS_READ: usize = 4;

impl Phrasing {
    /// What the wording of its own scope makes `hit` (its bracket's word,
    /// or its colleagues' clause); the whole sentence's is `whole`.
    fn scoped(&self, hit: &SkillHit) -> Option<Extra> {
        self.brackets[..self.bracketed]
            .iter()
            .find(|&&((lo, hi), _)| lo <= hit.start && hit.end <= hi)
            .map(|&(_, kind)| kind)
    }
}

/// Whether a skill is named between the last mark that parts a list's
/// items (`,`, `|`, `/`, `;`) before `at` and `at`, within the sentence
/// starting at `from`: `Kotlin is preferred: …` is no label of what follows.
fn names_before_in_clause(r: &Reading<'_>, from: usize, at: usize) -> bool {
    let clause = r.text.as_bytes()[from..at]
        .iter()
        .rposition(|b| matches!(b, b',' | b'|' | b'/' | b';'))
        .map_or(from, |i| from + i + 1);
    let first = r.hits.partition_point(|h| h.start < clause);
    r.hits.get(first).is_some_and(|h| h.end <= at)
}

/// How far from a word its bracket is looked for, each way. Bracketed
/// wording is a few words (`(EKS preferred)`, `(3+ years, required)`);
/// bounding the look keeps a sentence's reading linear when a pasted
/// listing is one sentence with an importance word every few bytes.
const BRACKET_REACH: usize = 200;

/// The brackets around `start..end` inside `bounds`, as the byte of `(`
/// and the byte after `)`; `None` when the span is not in brackets (or
/// they open or close more than [`BRACKET_REACH`] bytes away).
fn bracket_around(
    text: &str,
    bounds: (usize, usize),
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let from = floor_char_boundary(text, start.saturating_sub(BRACKET_REACH)).max(bounds.0);
    let to = floor_char_boundary(text, (end + BRACKET_REACH).min(bounds.1)).max(end);
    let before = text.get(from..start)?;
    let open = from + find::rfind_any(before, b"()").filter(|&i| before.as_bytes()[i] == b'(')?;
    let after = text.get(end..to)?;
    let close = end + find::find_any(after, b"()").filter(|&i| after.as_bytes()[i] == b')')?;
    Some((open, close + 1))
}

/// What bracketed wording speaks of: the bracket, if a skill is named in
/// it, else the skill just before it, with the list that skill ends
/// (`Docker and Kubernetes (nice to have)`), and the bracket.
fn bracket_scope(hits: &[SkillHit], text: &str, (open, close): (usize, usize)) -> (usize, usize) {
    let inside = hits.partition_point(|h| h.start <= open);
    if hits.get(inside).is_some_and(|h| h.end < close) {
        return (open, close);
    }
    let Some(mut first) = inside.checked_sub(1).filter(|&k| {
        hits[k].end <= open && {
            let gap = text[hits[k].end..open].trim();
            gap.is_empty() || years_between(gap)
        }
    }) else {
        return (open, close);
    };
    while first > 0 && years::joins_a_list(&text[hits[first - 1].end..hits[first].start]) {
        first -= 1;
    }
    (hits[first].start, close)
}

/// Whether the words between a skill and its bracket only say how many
/// years (`Python: 3 years (Required)`, Indeed's experience lines; `AWS, 2+
/// yrs (preferred)`): the bracket then still speaks of the skill.
fn years_between(gap: &str) -> bool {
    let rest = gap.trim_start_matches([':', ',', '-', '–', ' ']);
    let figures = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-'))
        .count();
    if figures == 0 || !rest.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let unit = find::trim_end_any(rest[figures..].trim(), b",+");
    let unit = unit.strip_suffix(" experience").unwrap_or(unit).trim_end();
    in_list(&["year", "years", "yr", "yrs", "years'", "years’"], unit)
}

/// Where in `asks` the first ask stands whose skill `alternatives` pairs
/// with `skill`.
fn ask_offering(
    asks: &[SkillAsk],
    alternatives: &[(SkillId, SkillId)],
    skill: SkillId,
    taxonomy: &Taxonomy,
) -> Option<usize> {
    // Most listings offer no choice: an empty list allocates nothing.
    let others: Vec<&Arc<str>> = alternatives
        .iter()
        .filter_map(|&(a, b)| match (a == skill, b == skill) {
            (true, _) => Some(taxonomy.shared_name(b)),
            (_, true) => Some(taxonomy.shared_name(a)),
            _ => None,
        })
        .collect();
    if others.is_empty() {
        return None;
    }
    asks.iter()
        .position(|ask| others.iter().any(|other| Arc::ptr_eq(&ask.skill, other)))
}

/// [`Analyzer::clean_text`], and where its line breaks are (it needs no
/// analyzer: the work-mode reader cleans a listing's text with it too).
pub(crate) fn cleaned(description: &str) -> (Cow<'_, str>, Vec<usize>) {
    let text = if html::looks_like_html(description) {
        Cow::Owned(html::html_to_text(description))
    } else if html::looks_like_escaped_html(description) {
        Cow::Owned(html::escaped_html_to_text(description))
    } else {
        Cow::Borrowed(description)
    };
    wrap::unwrap_paragraphs(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `read_extras` reuses a sentence's bounds for the triggers inside it,
    /// which holds only while no trigger holds a mark that ends a sentence.
    #[test]
    fn no_trigger_holds_a_sentence_end() {
        for list in [rights::TRIGGERS, salary::TRIGGERS] {
            for t in list.lines() {
                let bytes = t.as_bytes();
                let ends = (0..bytes.len()).any(|i| crate::skills::ends_sentence(bytes, i))
                    || t.ends_with('.');
                assert!(!ends, "trigger {t:?} holds a sentence end");
            }
        }
        // The test reads what the analysis reads: `U.S. ` ends no sentence.
        assert!(!crate::skills::ends_sentence(b"u.s. person", 3));
        assert!(crate::skills::ends_sentence(b"in the US. Then", 9));
    }
}
