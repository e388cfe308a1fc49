//! Match scoring: how well a profile fits a job, with a per-skill breakdown
//! and reasons a person can check.
//!
//! The formula, with its constants below:
//!
//! ```text
//! credit(skill)   = the best of the lines below that apply
//!                 = 1 × quality(profile entry)                  has it
//!                 = 0.75 × quality(entry that implies it)         partial: Next.js covers React
//!                 = 0.5  × quality(related entry)                 partial: MySQL for PostgreSQL
//!                 = 0                                            missing
//! quality(entry)  = (0.7 + 0.3 × proficiency / 10) × years_factor
//! years_factor    = 0.5 + 0.5 × min(1, years / years asked)      when the JD asks years of that skill, else 1
//! skills score    = Σ weight × credit / Σ weight
//!                   weights: required 3, preferred 1.5, other ATS keywords 0.5 (at most 10)
//! score           = skills score × (0.8 + 0.2 × min(1, total years / years asked))
//!                   capped at 0.2 when the job's work rights exclude the user
//! ```
//!
//! Every term grows with proficiency and years, so adding a skill or raising
//! one never lowers a score. Unknown work-rights flags never penalise.

mod eligibility;
mod rank;
mod reasoning;
pub(crate) use reasoning::push_plural_years;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use eligibility::{eligibility, Eligibility, EligibilityStatus};
pub use rank::{
    rank_analysed, rank_listings, read_listing_lines, ListingLine, RankError, RankedListing,
    MISSING_NAMED,
};

use crate::analysis::{JdReport, SkillAsk};
use crate::case::Lowercase;
use crate::fasthash::{FastMap, FastSet, PlaceMap};
use crate::model::SkillEntry;
use crate::profile::Profile;
use crate::skills::{SkillId, Taxonomy};

/// Weight of a required skill.
pub const REQUIRED_WEIGHT: f64 = 3.0;
/// Weight of a preferred skill.
pub const PREFERRED_WEIGHT: f64 = 1.5;
/// Weight of another ATS keyword (a certification, method or domain).
pub const KEYWORD_WEIGHT: f64 = 0.5;
/// How many other keywords count at most.
pub const MAX_KEYWORDS: usize = 10;
/// Credit for a skill covered by one that implies it.
pub const IMPLIED_CREDIT: f64 = 0.75;
/// Credit for a skill covered by a related one.
pub const RELATED_CREDIT: f64 = 0.5;
/// The highest score of a job the user is not eligible for.
pub const INELIGIBLE_CAP: f64 = 0.2;
/// The score given when a description names no skills at all.
pub const NO_SKILLS_SCORE: f64 = 0.5;

/// How a job's skill is covered by the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The profile has it.
    Matched,
    /// A skill that implies it, or a related one, covers it in part.
    Partial,
    /// Not in the profile.
    Missing,
}

/// One job skill against the profile.
///
/// Names are shared handles (`Arc<str>`, read like `&str`): a batch of
/// results names the same few hundred skills thousands of times, and
/// sharing them keeps scoring a small fraction of analysing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatch {
    /// The job's skill.
    pub skill: Arc<str>,
    /// How the profile covers it.
    pub coverage: Coverage,
    /// The profile skill that covers it (itself, or the implying or related one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Arc<str>>,
    /// The covering entry's proficiency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<u8>,
    /// The covering entry's years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<f64>,
    /// Years the job asks for this skill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_asked: Option<f64>,
    /// The credit it earns, 0–1 (six decimals).
    pub credit: f64,
}

/// The overall years check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearsCheck {
    /// Years the job asks for overall.
    pub asked: Option<f64>,
    /// The profile's years of work experience.
    pub have: f64,
    /// Whether the profile meets the ask (`None` when none is asked).
    pub met: Option<bool>,
}

/// A scored job: the score, its breakdown and its reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchResult {
    /// The score in [0, 1], six decimals.
    pub score: f64,
    /// Whether the user may take the job.
    pub eligibility: Eligibility,
    /// Each required skill.
    pub required: Vec<SkillMatch>,
    /// Each preferred skill.
    pub preferred: Vec<SkillMatch>,
    /// ATS keywords the profile shows, of those counted.
    pub keywords_matched: Vec<Arc<str>>,
    /// ATS keywords the profile does not show, of those counted.
    pub keywords_missing: Vec<Arc<str>>,
    /// Overall years.
    pub years: YearsCheck,
    /// Two to four plain sentences that explain the score.
    pub reasoning: String,
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn quality(entry: &SkillEntry, years_asked: Option<f64>) -> f64 {
    let proficiency = 0.7 + 0.3 * f64::from(entry.proficiency.get()) / 10.0;
    let years = match years_asked {
        Some(asked) if asked > 0.0 => 0.5 + 0.5 * (entry.years.get() / asked).min(1.0),
        _ => 1.0,
    };
    proficiency * years
}

/// How the profile covers one skill: the entry that does, and the credit.
#[derive(Debug, Clone, Copy)]
struct Covered<'a> {
    coverage: Coverage,
    entry: &'a SkillEntry,
    credit: f64,
}

/// A profile made ready for scoring many jobs: entries indexed by skill,
/// and, for every skill the profile covers in part, the entries that do.
pub struct PreparedProfile<'a> {
    profile: &'a Profile,
    /// A skill's index → its own entry.
    own: PlaceMap,
    implied_by: Candidates,
    related_to: Candidates,
    terms: FastSet<String>,
}

/// Profile entries grouped by the skill they cover in part, in one vector:
/// preparing a profile allocates a few times, not once per skill covered
/// (that was most of the cost of scoring one job).
struct Candidates {
    /// A skill's index → its place in `ranges`.
    slots: PlaceMap,
    /// Each skill's entries, as a range of `entries`.
    ranges: Vec<(usize, usize)>,
    entries: Vec<usize>,
}

impl Candidates {
    /// Groups (skill, entry) pairs by skill; each skill's entries keep the
    /// order they were found in, without repeats. The pairs come in entry
    /// order, so a skill's entries ascend and its repeats are neighbours:
    /// counted, laid out, then placed, with no sort (a sort instance cost
    /// the WebAssembly module 5 KB gzipped, the shared one a quarter of a
    /// `score` call).
    fn from_pairs(pairs: Vec<(SkillId, usize)>) -> Self {
        let mut slots = PlaceMap::default();
        slots.reserve(pairs.len());
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for &(skill, _) in &pairs {
            let slot = *slots.entry(skill.index()).or_insert(ranges.len());
            if slot == ranges.len() {
                ranges.push((0, 0));
            }
            ranges[slot].1 += 1;
        }
        // Each skill's room, in order of first mention.
        let mut next = 0;
        for range in &mut ranges {
            let room = range.1;
            *range = (next, next);
            next += room;
        }
        let mut entries = vec![0; next];
        for &(skill, entry) in &pairs {
            if let Some(range) = slots.get(&skill.index()).and_then(|&k| ranges.get_mut(k)) {
                if range.1 > range.0 && entries[range.1 - 1] == entry {
                    continue;
                }
                entries[range.1] = entry;
                range.1 += 1;
            }
        }
        Self {
            slots,
            ranges,
            entries,
        }
    }

    /// The entries covering `skill` in part, if any.
    fn of(&self, skill: SkillId) -> Option<&[usize]> {
        let &(start, end) = self.ranges.get(*self.slots.get(&skill.index())?)?;
        self.entries.get(start..end)
    }
}

impl<'a> PreparedProfile<'a> {
    /// Indexes `profile` against `taxonomy`.
    pub fn new(profile: &'a Profile, taxonomy: &Taxonomy) -> Self {
        let mut own = PlaceMap::default();
        own.reserve(profile.skills.len());
        let (mut implied, mut related) = (Vec::new(), Vec::new());
        for (i, e) in profile.skills.iter().enumerate() {
            let Some(id) = taxonomy.lookup(&e.name) else {
                continue;
            };
            let own_entry = *own.entry(id.index()).or_insert(i) == i;
            implied.extend(taxonomy.implied(id).iter().map(|&t| (t, i)));
            related.extend(taxonomy.get(id).related.iter().map(|&t| (t, i)));
            // Relatedness goes both ways: a skill that lists this one as
            // related is covered in part by its own entry too (read from
            // the taxonomy's backward index, not a walk of all its skills).
            if own_entry {
                related.extend(taxonomy.related_from(id).iter().map(|&from| (from, i)));
            }
        }
        let terms = profile
            .skills
            .iter()
            .map(|e| e.name.lowercase())
            .chain(profile.terms.iter().map(|t| t.lowercase()))
            .collect();
        Self {
            profile,
            own,
            implied_by: Candidates::from_pairs(implied),
            related_to: Candidates::from_pairs(related),
            terms,
        }
    }

    fn has_term(&self, term: &str) -> bool {
        let mut buf = [0u8; 64];
        if term.is_ascii() && term.len() <= buf.len() {
            let lower = &mut buf[..term.len()];
            lower.copy_from_slice(term.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|l| self.terms.contains(l));
        }
        self.terms.contains(&term.lowercase())
    }

    /// The candidate entry giving the most credit (ties: the first by name).
    fn best(
        &self,
        candidates: Option<&[usize]>,
        factor: f64,
        years_asked: Option<f64>,
    ) -> Option<(&'a SkillEntry, f64)> {
        let profile: &'a Profile = self.profile;
        candidates?
            .iter()
            .map(|&i| {
                let entry = &profile.skills[i];
                (entry, factor * quality(entry, years_asked))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.name.cmp(&a.0.name)))
    }

    /// How a taxonomy skill is covered: its own entry, an implying entry, a
    /// related one; `None` when missing.
    fn cover_id(&self, target: SkillId, years_asked: Option<f64>) -> Option<Covered<'a>> {
        let profile: &'a Profile = self.profile;
        let own = self.own.get(&target.index()).map(|&i| &profile.skills[i]);
        let implied = self.best(self.implied_by.of(target), IMPLIED_CREDIT, years_asked);
        let related = self.best(self.related_to.of(target), RELATED_CREDIT, years_asked);
        let partial = [implied, related]
            .into_iter()
            .flatten()
            .max_by(|a, b| a.1.total_cmp(&b.1));
        // Credit is the best the profile offers, so removing any entry can
        // only lower it: a weak own entry still gains from a strong related
        // one, which is then the entry named (`Python through Django: 5/10
        // over 2.1 years`), so the figures shown are the ones that count.
        match (own, partial) {
            (Some(e), p) => {
                let own_credit = quality(e, years_asked);
                let (entry, credit) = match p {
                    Some((pe, pc)) if pc > own_credit => (pe, pc),
                    _ => (e, own_credit),
                };
                Some(Covered {
                    coverage: Coverage::Matched,
                    entry,
                    credit,
                })
            }
            (None, Some((e, credit))) => Some(Covered {
                coverage: Coverage::Partial,
                entry: e,
                credit,
            }),
            (None, None) => None,
        }
    }

    /// How `skill` is covered: its own entry, an implying entry, a related one.
    fn cover(&self, skill: &Arc<str>, years_asked: Option<f64>, taxonomy: &Taxonomy) -> SkillMatch {
        let target = taxonomy.lookup(skill);
        let covered = match target {
            Some(t) => self.cover_id(t, years_asked),
            // A profile entry spelled like a taxonomy skill resolves to it, so
            // only a skill outside the taxonomy is looked for by name.
            None => self.profile.skill(skill).map(|e| Covered {
                coverage: Coverage::Matched,
                entry: e,
                credit: quality(e, years_asked),
            }),
        };
        let entry = covered.map(|c| c.entry);
        SkillMatch {
            skill: Arc::clone(skill),
            coverage: covered.map_or(Coverage::Missing, |c| c.coverage),
            via: entry.map(|e| Arc::from(e.name.as_str())),
            proficiency: entry.map(|e| e.proficiency.get()),
            years: entry.map(|e| e.years.get()),
            years_asked,
            credit: round6(covered.map_or(0.0, |c| c.credit)),
        }
    }
}

/// Scores many analysed jobs against one profile, preparing the profile
/// once and working out each skill name once for the whole batch: the way
/// to score more than a few jobs. Takes a slice (`&reports`) or any
/// iterator of report references.
pub fn score_many<'r>(
    reports: impl IntoIterator<Item = &'r JdReport>,
    profile: &Profile,
    taxonomy: &Taxonomy,
    country: Option<&str>,
) -> Vec<MatchResult> {
    score_many_located(reports.into_iter().map(|r| (r, country)), profile, taxonomy)
}

/// [`score_many`] with each job's own country (`None` when unknown), for
/// batches of jobs in several countries: read from each listing's place
/// with [`crate::listings::country_of_place`].
pub fn score_many_located<'r, 'c>(
    jobs: impl IntoIterator<Item = (&'r JdReport, Option<&'c str>)>,
    profile: &Profile,
    taxonomy: &Taxonomy,
) -> Vec<MatchResult> {
    score_each(&mut jobs.into_iter(), profile, taxonomy)
}

/// [`score_many_located`] with a profile prepared once by
/// [`PreparedProfile::new`] and kept for batch after batch (a service
/// scoring jobs as they arrive, in small batches).
pub fn score_many_prepared<'r, 'c>(
    jobs: impl IntoIterator<Item = (&'r JdReport, Option<&'c str>)>,
    prepared: &PreparedProfile<'_>,
    taxonomy: &Taxonomy,
) -> Vec<MatchResult> {
    score_each_prepared(&mut jobs.into_iter(), prepared, taxonomy)
}

/// [`score_many_located`]'s work, compiled once for every kind of
/// iterator it is given (a copy per caller cost the WebAssembly module
/// ~0.5 KB; one dynamic call a job is nothing beside scoring it).
fn score_each(
    jobs: &mut dyn Iterator<Item = (&JdReport, Option<&str>)>,
    profile: &Profile,
    taxonomy: &Taxonomy,
) -> Vec<MatchResult> {
    score_each_prepared(jobs, &PreparedProfile::new(profile, taxonomy), taxonomy)
}

fn score_each_prepared(
    jobs: &mut dyn Iterator<Item = (&JdReport, Option<&str>)>,
    prepared: &PreparedProfile<'_>,
    taxonomy: &Taxonomy,
) -> Vec<MatchResult> {
    let mut memo = BatchMemo::default();
    jobs.map(|(r, country)| score_with(r, prepared, taxonomy, country, &mut memo))
        .collect()
}

/// Scores a job's analysis against a profile. `country` is where the job
/// is (ISO code such as `AU`), used for citizenship and residency checks
/// when the description does not say (in its work-rights wording or a
/// location line, [`JdReport::location`]); `None` when unknown.
pub fn score(
    report: &JdReport,
    profile: &Profile,
    taxonomy: &Taxonomy,
    country: Option<&str>,
) -> MatchResult {
    score_prepared(
        report,
        &PreparedProfile::new(profile, taxonomy),
        taxonomy,
        country,
    )
}

/// [`score`] with a profile prepared once by [`PreparedProfile::new`].
pub fn score_prepared(
    report: &JdReport,
    prepared: &PreparedProfile<'_>,
    taxonomy: &Taxonomy,
    country: Option<&str>,
) -> MatchResult {
    score_with(
        report,
        prepared,
        taxonomy,
        country,
        &mut BatchMemo::default(),
    )
}

/// What a batch has already worked out, name by name: a batch names the
/// same few hundred skills thousands of times. A report from the analyzer
/// shares one handle per skill name, so a name is found by its handle's
/// address, and by its text the first time a handle is seen.
#[derive(Default)]
struct BatchMemo<'r> {
    /// A handle's address → the slot of its name.
    by_handle: PlaceMap,
    /// A name → its slot.
    by_name: FastMap<&'r str, usize>,
    /// Per slot: the breakdown line of the skill asked without years.
    skill: Vec<Option<SkillMatch>>,
    /// Per slot: whether the profile shows the keyword.
    shown: Vec<Option<bool>>,
    /// The breakdown line of a skill asked with years: (slot, years' bits).
    with_years: FastMap<(usize, u64), SkillMatch>,
    /// The slots of the current job's required and preferred skills.
    listed: Vec<usize>,
}

impl<'r> BatchMemo<'r> {
    fn slot(&mut self, name: &'r Arc<str>) -> usize {
        let handle = Arc::as_ptr(name).cast::<u8>() as usize;
        if let Some(&slot) = self.by_handle.get(&handle) {
            return slot;
        }
        let next = self.skill.len();
        let slot = *self.by_name.entry(name).or_insert(next);
        if slot == next {
            self.skill.push(None);
            self.shown.push(None);
        }
        self.by_handle.insert(handle, slot);
        slot
    }

    /// How an ask is covered: by its skill or, better, by an alternative
    /// the listing accepts instead (`AWS or GCP` is met by GCP), which then
    /// covers it as fully as the skill itself would.
    fn cover_ask(
        &mut self,
        ask: &'r SkillAsk,
        report: &JdReport,
        prepared: &PreparedProfile<'_>,
        taxonomy: &Taxonomy,
    ) -> SkillMatch {
        let mut best = self.cover(&ask.skill, report, prepared, taxonomy);
        for alternative in &ask.alternatives {
            let other = self.cover(alternative, report, prepared, taxonomy);
            if other.credit > best.credit {
                best = SkillMatch {
                    skill: Arc::clone(&ask.skill),
                    ..other
                };
            }
        }
        best
    }

    /// The breakdown line of one of the job's skills.
    fn cover(
        &mut self,
        skill: &'r Arc<str>,
        report: &JdReport,
        prepared: &PreparedProfile<'_>,
        taxonomy: &Taxonomy,
    ) -> SkillMatch {
        let slot = self.slot(skill);
        self.listed.push(slot);
        let years_asked = report
            .skill_years
            .iter()
            .find(|y| y.skill.as_deref() == Some(&**skill))
            .map(|y| y.min);
        if let Some(years) = years_asked {
            return self
                .with_years
                .entry((slot, years.to_bits()))
                .or_insert_with(|| prepared.cover(skill, years_asked, taxonomy))
                .clone();
        }
        // A slot's name is the same text, whichever handle first brought it.
        self.skill[slot]
            .get_or_insert_with(|| prepared.cover(skill, None, taxonomy))
            .clone()
    }
}

fn score_with<'r>(
    report: &'r JdReport,
    prepared: &PreparedProfile<'_>,
    taxonomy: &Taxonomy,
    country: Option<&str>,
    memo: &mut BatchMemo<'r>,
) -> MatchResult {
    let profile = prepared.profile;
    memo.listed.clear();
    let required: Vec<SkillMatch> = report
        .required_skills
        .iter()
        .map(|s| memo.cover_ask(s, report, prepared, taxonomy))
        .collect();
    let preferred: Vec<SkillMatch> = report
        .preferred_skills
        .iter()
        .map(|s| memo.cover_ask(s, report, prepared, taxonomy))
        .collect();
    // Other keywords: those that are not a required or preferred skill.
    let mut others = 0;
    let (mut keywords_matched, mut keywords_missing) = (Vec::new(), Vec::new());
    for term in report.keywords.iter().map(|k| &k.term) {
        if others == MAX_KEYWORDS {
            break;
        }
        let slot = memo.slot(term);
        if memo.listed.contains(&slot) {
            continue;
        }
        others += 1;
        let shown = *memo.shown[slot].get_or_insert_with(|| prepared.has_term(term));
        if shown {
            keywords_matched.push(Arc::clone(term));
        } else {
            keywords_missing.push(Arc::clone(term));
        }
    }

    let weighted = required
        .iter()
        .map(|m| (REQUIRED_WEIGHT, m.credit))
        .chain(preferred.iter().map(|m| (PREFERRED_WEIGHT, m.credit)));
    let (mut num, mut den) = weighted.fold((0.0, 0.0), |(n, d), (w, c)| (n + w * c, d + w));
    num += KEYWORD_WEIGHT * keywords_matched.len() as f64;
    den += KEYWORD_WEIGHT * others as f64;
    let skills_score = if den > 0.0 {
        num / den
    } else {
        NO_SKILLS_SCORE
    };

    let asked = report.years_experience.as_ref().map(|y| y.min);
    let years = YearsCheck {
        asked,
        have: profile.total_years,
        met: asked.map(|a| profile.total_years >= a),
    };
    let years_factor = asked
        .filter(|a| *a > 0.0)
        .map_or(1.0, |a| 0.8 + 0.2 * (profile.total_years / a).min(1.0));
    let eligibility = eligibility(report, &profile.work_rights, country);
    let mut total = (skills_score * years_factor).clamp(0.0, 1.0);
    if eligibility.status == EligibilityStatus::Ineligible {
        total = total.min(INELIGIBLE_CAP);
    }
    let mut result = MatchResult {
        score: round6(total),
        eligibility,
        required,
        preferred,
        keywords_matched,
        keywords_missing,
        years,
        reasoning: String::new(),
    };
    result.reasoning = reasoning::explain(&result, report);
    result
}
