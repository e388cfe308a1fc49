//! Work-rights wording: citizenship, permanent residency, sponsorship.
//! Australian wording first (SEEK is the main source), then US, UK, NZ and
//! Canadian.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::denials::{denied_before, denies, words_after};
use super::evidence::evidence_around;
use super::phrases::{Found, PhraseSet};
use crate::case::Lowercase;
use crate::find;

/// A yes / no / unknown flag with the sentence that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Flag {
    /// `None` when the description does not say.
    pub value: Option<bool>,
    /// The sentence that set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl Flag {
    /// Sets the flag, if still unknown, from the trigger at `at` in `sentence`.
    fn set(&mut self, value: bool, sentence: &str, at: (usize, usize)) {
        if self.value.is_none() {
            self.value = Some(value);
            self.evidence = Some(evidence_around(sentence, at));
        }
    }

    /// Sets the flag to no, whatever an earlier sentence said: a sentence
    /// that lets more people apply widens what came before it.
    fn waive(&mut self, sentence: &str, at: (usize, usize)) {
        if self.value != Some(false) {
            self.value = Some(false);
            self.evidence = Some(evidence_around(sentence, at));
        }
    }
}

/// What the description says about who may apply.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WorkRightsFlags {
    /// Permanent residency (or citizenship) is required.
    pub pr_required: Flag,
    /// Citizenship is required, stated or implied by a security clearance.
    pub citizenship_required: Flag,
    /// Whether the employer sponsors visas: also no when only citizens or
    /// permanent residents may apply and the listing says no more of it.
    pub visa_sponsorship: Flag,
}

impl WorkRightsFlags {
    /// What the flags read one by one imply together: a job open only to
    /// citizens or permanent residents sponsors no visa, so a listing that
    /// says `Australian citizens or permanent residents only` and nothing
    /// of sponsorship gets no for it, with that sentence as its evidence.
    pub(crate) fn settle(&mut self) {
        if self.pr_required.value == Some(true) && self.visa_sponsorship.value.is_none() {
            self.visa_sponsorship = Flag {
                value: Some(false),
                evidence: self.pr_required.evidence.clone(),
            };
        }
    }
}

/// Triggers that make a sentence worth reading for work rights.
pub(crate) const TRIGGERS: &str = phrase_lines![
    "citizen",
    "permanent resident",
    "residency",
    "sponsor",
    "working rights",
    "work rights",
    "right to work",
    // `unrestricted rights to work in Australia`.
    "rights to work",
    // `must have the right to live and work in the UK`.
    "right to live and work",
    "clearance",
    // Whole, so the automaton's longest match takes them from the Security
    // skill: a clearance is a work right, not an ask for security work.
    "security clearance",
    "security cleared",
    "security vetting",
    "security vetted",
    "nv1",
    "nv2",
    "baseline",
    "negative vetting",
    "visa",
    "green card",
    "eligible to work",
    "entitled to work",
    "authorized to work",
    "authorised to work",
    // US: `Must have valid work authorization in the US`.
    "work authorization",
    "work authorisation",
    "work permit",
    "top secret",
    "ts/sci",
    "pr holder",
    "pr status",
    "australian pr",
    "positive vetting",
    "agsva",
    "tssci",
    "h1b",
    "h-1b",
    "u.s. person",
    "us person",
    "settled status",
    "leave to remain",
    "live and work",
    // Canada's Labour Market Impact Assessment: how employers sponsor there.
    "lmia",
    "nationals only",
    "national only",
];

const CLEARANCE: &str = phrase_lines![
    "baseline clearance",
    // `Baseline Cleared Developer`, `Active Baseline required`.
    "baseline cleared",
    "active baseline",
    "baseline security clearance",
    "baseline vetting",
    "nv1",
    "nv2",
    "negative vetting",
    "top secret",
    "ts/sci",
    "tssci",
    "secret clearance",
    "security clearance",
    "clearance level",
    "active clearance",
    "agsva",
    "pv clearance",
    "positive vetting",
    "dod clearance",
    "public trust clearance",
];

/// UK vetting does not require citizenship (SC and BPSS do not), nor does
/// Canada's Reliability Status (years of residence do).
const UK_CLEARANCE: &str = phrase_lines![
    "sc clearance",
    "sc cleared",
    "bpss",
    "dv clearance",
    "dv cleared",
    "nppv",
    "reliability status",
    "enhanced reliability",
];

/// Wording that, with `not required`, waives a clearance named in the
/// same sentence (`Baseline clearance is not required`, `does not require a
/// security clearance`): the clearance then says nothing about citizenship.
/// (One sentence rarely waives one thing and asks for a clearance.)
const WAIVED: &str = phrase_lines![
    "none required",
    "not needed",
    "isn't needed",
    "isn't required",
    "not necessary",
    "not a requirement",
    "not require a",
    "not require any",
    "no clearance",
    "no security clearance",
    "without a clearance",
    "without clearance",
    "without a security clearance",
];

/// Wording that brings a waived clearance back (`not required to start, but
/// you must be able to obtain Baseline`): obtaining one takes citizenship.
const OBTAIN: &str = phrase_lines!["obtain", "eligible for", "eligibility"];

const PR: &str = phrase_lines![
    "permanent resident",
    "permanent residency",
    "australian pr",
    "pr holder",
    "pr status",
    "green card",
    "nz residency",
    "new zealand residency",
    // `NZ citizens or residents`: residence, beside citizenship.
    "citizens or residents",
    "citizen or resident",
    // ITAR's `U.S. person`: a citizen or a permanent resident.
    "u.s. person",
    // Without the dots, only as ITAR says it (`contact us person to person`).
    "a us person",
    "us persons",
    "us person status",
    // The UK's permanent residence.
    "indefinite leave to remain",
    "settled status",
];

/// Wording that says who needs no visa (`No visa required for EU
/// citizens`, `NZ citizens do not need a visa`): the citizens it names are
/// spared a visa, not asked for.
const VISA_FREE: &str = phrase_lines![
    "no visa required",
    "no visa needed",
    "no visa is required",
    "no visa is needed",
    "not need a visa",
    "not require a visa",
    "don't need a visa",
    "without a visa",
    "visa-free",
    "visa free",
];

/// Wording that lets a visa holder apply beside citizens and residents
/// (`citizens, residents or holders of a valid work visa`): the listing
/// asks for work rights, not for residence.
const VISA_HOLDERS: &str = phrase_lines![
    "work visa",
    "valid visa",
    "visa holder",
    "temporary visa",
    "valid uk visa",
    // `EU citizens or holders of a valid EU work permit`, `citizens or
    // anyone with existing work authorization`.
    "work permit",
    "residence permit",
    "work authori",
    // Australia's graduate and working holiday visas.
    "graduate visa",
    "subclass 485",
    "485 visa",
    "working holiday",
];

/// Wording that turns visa holders away (`No visa holders`, `… will not
/// be considered`), so naming them opens nothing.
const TURNED_AWAY: &str = phrase_lines![
    "no visa",
    "not be considered",
    "not accept",
    "not eligible",
    "ineligible",
    // `not open to temporary visa holders`: read before `open to` welcomes.
    "not open to",
    "not available to",
    // `cannot consider`, `will not consider`.
    "not consider",
    "unable to consider",
    // `Temporary visa holders need not apply`.
    "need not apply",
];

/// The words that qualify a sponsorship, with it, read as `sponsorship`
/// alone, so the phrases name `sponsorship` only. In order: a kind may
/// stand before another (`employment-based immigration sponsorship`).
const SPONSORSHIP_KINDS: &[&str] = &[
    "immigration sponsorship",
    "employment-based sponsorship",
    "employment based sponsorship",
    "work visa sponsorship",
    "employment visa sponsorship",
    "h-1b visa sponsorship",
    "h-1b sponsorship",
    "h1b sponsorship",
    // Last: `visa sponsorship` in every other wording (`no visa
    // sponsorship`, `visa sponsorship is available`).
    "visa sponsorship",
];

const NO_SPONSOR: &str = phrase_lines![
    "unable to sponsor",
    "not able to sponsor",
    "cannot sponsor",
    "can't sponsor",
    "can not sponsor",
    "do not sponsor",
    "does not sponsor",
    "don't sponsor",
    "will not sponsor",
    "won't sponsor",
    "no sponsorship",
    "not eligible for sponsorship",
    "ineligible for sponsorship",
    "sponsorship is unavailable",
    "sponsorship will not be",
    "not in a position to sponsor",
    // `Sponsorship is not offered for this role`.
    "sponsorship is not offered",
    "sponsorship not offered",
    "sponsorship is not provided",
    "sponsorship cannot be offered",
    "sponsorship cannot be provided",
    "sponsorship is not available",
    "sponsorship not available",
    "sponsorship isn't available",
    "not offer sponsorship",
    "not offering sponsorship",
    "without sponsorship",
    "without the need for sponsorship",
    "without requiring sponsorship",
    "not provide sponsorship",
    "unable to offer sponsorship",
    "unable to provide sponsorship",
    // `We are unable to support LMIA applications` (read as sponsorship).
    "not support sponsorship",
    "unable to support sponsorship",
    // US: `No H1B.`, `we do not offer H-1B sponsorship`.
    "no h1b",
    "no h-1b",
    "not offer h1b",
    "not offer h-1b",
    // Australia: `No employer sponsored visas`.
    "no employer sponsor",
    "not offer employer sponsor",
];

/// Work rights the applicant must hold already (`must have full working
/// rights`, `legally eligible to work in Canada`): no sponsorship, unless
/// the same sentence offers it (`full working rights, or we can sponsor
/// the right candidate`).
const OWN_RIGHTS: &str = phrase_lines![
    "full working rights",
    "full work rights",
    "unrestricted working rights",
    "unrestricted work rights",
    "unrestricted right to work",
    "rights to work in",
    "must have the right to work",
    "must have the right to live and work",
    "right to work in",
    "must be eligible to work",
    "must have valid working rights",
    "valid work rights",
    "existing work rights",
    "current working rights",
    "entitled to work",
    "authorized to work",
    "authorised to work",
    "current work rights",
    "australian working rights",
    "australian work rights",
    "working rights in",
    "work rights in",
    "eligible to work in",
    "legally eligible to work",
    // Europe: `EU work permit required`.
    "work permit required",
    "work permit is required",
    "work permit is a must",
    "valid work permit",
    "must have a work permit",
    "must hold a work permit",
    "existing work permit",
    // Held, not helped with: `We will help with your work authorization`
    // says nothing against sponsoring.
    "valid work authorization",
    "valid work authorisation",
    "have work authorization",
    "have work authorisation",
    "permanent work authorization",
    "permanent work authorisation",
    // `You must be eligible to live and work in New Zealand`.
    "eligible to live and work",
    "entitled to live and work",
    "right to live and work in",
    // `Must hold a valid Australian work visa` (held: `help you obtain a
    // valid work visa` says nothing against sponsoring).
    "hold a valid work visa",
    "have a valid work visa",
    "hold a valid australian work visa",
    "have a valid australian work visa",
    // `Must have valid Canadian work authorization`.
    "canadian work authorization",
    "canadian work authorisation",
    "us work authorization",
    "u.s. work authorization",
];

const SPONSOR: &str = phrase_lines![
    "sponsorship available",
    "sponsorship is available",
    "will sponsor",
    "able to sponsor",
    "can sponsor",
    "we sponsor",
    "happy to sponsor",
    // `open to sponsoring`, `open to sponsorship`.
    "open to sponsor",
    "sponsorship provided",
    "sponsorship is provided",
    "sponsorship offered",
    // `This role is eligible for visa sponsorship` (`not eligible for
    // sponsorship` is a denial, read first).
    "eligible for sponsorship",
    "offer sponsorship",
    "provide sponsorship",
    "482 sponsorship",
    // Australia's employer-sponsored Temporary Skill Shortage visa.
    "482 visa available",
    "employer sponsored visa",
    "employer-sponsored visa",
    "visa support",
    "sponsorship can be provided",
    "sponsorship may be available",
    "sponsorship for the right",
    "skilled worker sponsorship",
    "sponsor skilled worker",
    "tier 2 sponsorship",
    "h1b transfer",
    "h-1b transfer",
    "transfer your visa",
    "visa transfer",
    "support visa applications",
    "support your visa",
    "support work visa",
    "support sponsorship",
    "work permit support",
    "help with your work permit",
    "help with the work permit",
    "support with your work permit",
    "support with the work permit",
];

/// How Canadian listings name sponsorship (a Labour Market Impact
/// Assessment), read as `sponsorship` in this order.
const LMIA: &[&str] = &["lmia support", "lmia sponsorship", "lmia"];

/// `citizen` in words that name the public or a kind of user.
const CIVIC: &[&str] = &[
    "citizen-facing",
    "citizen facing",
    "citizen-centric",
    "citizen centric",
    "citizen-centred",
    "citizen-centered",
    "citizen services",
    "citizen experience",
    "citizen engagement",
    "citizen journey",
    "citizen developer",
    "citizen data scien",
    "citizen science",
];

/// The lists `read_sentence` asks about for residence and clearances, in
/// one automaton. (A phrase set numbers at most 128 phrases; the
/// sponsorship lists have one of their own.)
fn residence_phrases() -> &'static PhraseSet<13> {
    static SET: OnceLock<PhraseSet<13>> = OnceLock::new();
    SET.get_or_init(|| {
        PhraseSet::new(&[
            CLEARANCE,
            UK_CLEARANCE,
            PR,
            // `Open to UK nationals only`.
            phrase_lines!["citizen", "nationals only", "national only"],
            phrase_lines!["not required", "any citizenship"],
            WAIVED,
            OBTAIN,
            VISA_HOLDERS,
            TURNED_AWAY,
            SPONSORSHIP_HINTS,
            WELCOMING,
            VISA_FREE,
            DENIAL_HINTS,
        ])
    })
}

/// Words for applicants who need sponsorship, read only in a sentence
/// that speaks of sponsoring: the rest of it welcomes them or turns them
/// away (`We welcome applicants requiring visa sponsorship`; `Candidates
/// who need sponsorship will not be considered`).
const NEEDS_SPONSORSHIP: &str = phrase_lines!["requir", "need"];

/// Whether the lower-cased sentence `s` speaks of applicants who need a
/// visa (`candidates who require a Skilled Worker visa`, `applicants who
/// need a work visa`): one they would have to be sponsored for, as the
/// visa is named a few words after the need.
fn needs_a_visa(s: &str) -> bool {
    NEEDS_SPONSORSHIP.lines().any(|need| {
        find::occurrences(s, need).any(|at| {
            // Past the rest of the word (`requiring`, `needs`).
            let rest = s[at..].bytes().take_while(u8::is_ascii_alphabetic).count();
            words_after(s, at + rest)
                .take(4)
                .any(|w| w.starts_with(b"visa"))
        })
    })
}

/// Wording that welcomes the applicants a sentence names.
const WELCOMING: &str = phrase_lines!["welcome", "open to", "will consider", "encourage"];

/// Words every sponsorship phrase holds (a test checks): a sentence with
/// none of them is not read for sponsorship, which saves most sentences a
/// second pass.
const SPONSORSHIP_HINTS: &str = phrase_lines![
    "sponsor",
    "rights",
    "to work",
    "and work",
    "visa",
    "h1b",
    "h-1b",
    "work permit",
    "work authori",
];

/// The sponsorship lists `read_sentence` asks about, in one automaton.
fn sponsorship_phrases() -> &'static PhraseSet<4> {
    static SET: OnceLock<PhraseSet<4>> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(&[NO_SPONSOR, SPONSOR, NEEDS_SPONSORSHIP, OWN_RIGHTS]))
}

/// Whether `word` stands in `s` as a word of its own (not inside a longer
/// one).
pub(crate) fn has_word(s: &str, word: &str) -> bool {
    find::occurrences(s, word).any(|i| is_whole_word(s, i, i + word.len()))
}

/// Whether `s[at..end]` is a whole word: no letter or digit on either side.
pub(crate) fn is_whole_word(s: &str, at: usize, end: usize) -> bool {
    let before = s[..at].chars().next_back();
    let after = s[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `sentence` names UK vetting by its letters alone (`Security
/// clearance: SC`, `cleared to SC or DV level`): `SC` or `DV` in capitals,
/// not after a comma, where `SC` is South Carolina (`Charleston, SC`).
/// ([`UK_CLEARANCE`] holds the longer wordings.)
fn names_uk_vetting(sentence: &str) -> bool {
    ["SC", "DV"].iter().any(|level| {
        find::occurrences(sentence, level).any(|at| {
            is_whole_word(sentence, at, at + level.len())
                && !sentence[..at].trim_end_matches(' ').ends_with(',')
        })
    })
}

/// Reads one sentence that mentions a trigger (at `at`), updating `flags`.
/// The first sentence to decide a flag is kept as its evidence.
pub(crate) fn read_sentence(sentence: &str, at: (usize, usize), flags: &mut WorkRightsFlags) {
    const CLEARANCES: usize = 0;
    const UK_CLEARANCES: usize = 1;
    const RESIDENCY: usize = 2;
    const CITIZEN: usize = 3;
    const NOT_REQUIRED: usize = 4;
    const WAIVING: usize = 5;
    const OBTAINING: usize = 6;
    const VISA_HOLDING: usize = 7;
    const NOT_WELCOME: usize = 8;
    const MAY_SPONSOR: usize = 9;
    const WELCOMES: usize = 10;
    const SPARED_A_VISA: usize = 11;
    const MAY_DENY: usize = 12;
    const NO_SPONSORSHIP: usize = 0;
    const SPONSORSHIP: usize = 1;
    const NEEDING_SPONSORSHIP: usize = 2;
    const HOLDING_OWN_RIGHTS: usize = 3;
    let mut s = sentence.lowercase();
    // `can’t sponsor` as pasted from a word processor reads as `can't sponsor`.
    if s.contains('\u{2019}') {
        s = s.replace("\u{2019}", "'");
    }
    // `a citizen-facing portal`, `citizen developers`: the public, or a
    // kind of user, not a work right.
    if find::contains(&s, "citizen") {
        read_as(&mut s, CIVIC, "public");
    }
    // `not eligible for immigration sponsorship`, `employment-based
    // sponsorship`, `H-1B sponsorship`: the kind of sponsorship does not
    // change what is said of it.
    if find::contains(&s, "sponsorship") {
        read_as(&mut s, SPONSORSHIP_KINDS, "sponsorship");
    }
    // `LMIA support is not available`: Canada's word for it.
    if find::contains(&s, "lmia") {
        read_as(&mut s, LMIA, "sponsorship");
    }
    let found = residence_phrases().scan(&s);
    let sponsorship = found
        .any(MAY_SPONSOR)
        .then(|| sponsorship_phrases().scan(&s));
    let sponsorship_says = |list| sponsorship.as_ref().is_some_and(|f| f.any(list));
    // `Australian PR not required`, `US citizens preferred`, `Secret
    // clearance preferred`: asked of no one. A hedge beside a demand
    // (`Must be a citizen, and a clearance is preferred`) speaks of the
    // rest.
    // Read only where it matters: most sentences read here name neither
    // (a sponsorship or a rights sentence), and the words cost a search each.
    let mentions_pr = found.any(RESIDENCY) || has_word(&s, "pr");
    let names_residence = mentions_pr || found.any(CLEARANCES) || found.any(CITIZEN);
    // `Visa sponsorship: No`, `Security clearance required: No`.
    let label = label_answer(&s);
    let not_required = found.any(NOT_REQUIRED)
        || (names_residence && prefers(&s) && !demands(&s))
        || ((mentions_pr || found.any(CITIZEN)) && found.any(MAY_DENY) && residence_denied(&s))
        || (names_residence
            && label.is_some_and(|(label, yes)| !yes && !find::contains(label, "sponsor")));
    let waived = (not_required
        || found.any(WAIVING)
        || (found.any(CLEARANCES) && found.any(MAY_DENY) && every_mention_denied(&s, CLEARANCE)))
        && !found.any(OBTAINING);
    // `No visa required for EU citizens` names citizens without asking for them.
    // `a portal used by citizens`: the public, in the company's voice.
    let mentions_citizen = found.any(CITIZEN)
        && !found.any(SPARED_A_VISA)
        && (find::contains(&s, "citizenship")
            || !crate::analysis::years::company_voice(sentence)
            || has_word(&s, "only"));
    let visa_holders_not_turned_away = found.any(VISA_HOLDING) && !found.any(NOT_WELCOME);
    let visa_holders_welcome = visa_holders_not_turned_away && has_word(&s, "or");
    // `Graduate visa holders are also welcome to apply`: with their own
    // rights, not asking to be sponsored.
    let visa_holders_also_welcome =
        visa_holders_not_turned_away && found.any(WELCOMES) && !find::contains(&s, "sponsor");
    // A clearance implies citizenship unless the same sentence says in so
    // many words who may apply (`NZ Citizen or Permanent Resident, able to
    // obtain a NZSIS security clearance`): what it states wins over what
    // the clearance implies.
    let names_who_else_may_apply = mentions_citizen && (mentions_pr || visa_holders_welcome);
    if found.any(CLEARANCES)
        && !found.any(UK_CLEARANCES)
        && !waived
        && !names_who_else_may_apply
        && !names_uk_vetting(sentence)
    {
        // Citizenship is more than residency: both are asked, as when a
        // sentence asks for citizens in so many words.
        flags.citizenship_required.set(true, sentence, at);
        flags.pr_required.set(true, sentence, at);
    }
    if (mentions_citizen || mentions_pr) && visa_holders_welcome {
        // "Citizens, residents or valid work visa holders": any work
        // rights will do, but they must be the applicant's own.
        flags.pr_required.set(false, sentence, at);
        flags.citizenship_required.set(false, sentence, at);
        if !sponsorship_says(SPONSORSHIP) {
            flags.visa_sponsorship.set(false, sentence, at);
        }
    } else if not_required {
    } else if visa_holders_also_welcome {
        // `Must be a citizen or permanent resident. Graduate visa (subclass
        // 485) holders are also welcome to apply.`: residence was not the
        // bar after all, unless a clearance made it citizenship.
        if flags.citizenship_required.value != Some(true) {
            flags.pr_required.waive(sentence, at);
            flags.citizenship_required.set(false, sentence, at);
        }
    } else if mentions_citizen && mentions_pr {
        // "Australian citizen or permanent resident": PR is enough.
        flags.pr_required.set(true, sentence, at);
        flags.citizenship_required.set(false, sentence, at);
    } else if mentions_citizen {
        flags.citizenship_required.set(true, sentence, at);
        flags.pr_required.set(true, sentence, at);
    } else if mentions_pr {
        flags.pr_required.set(true, sentence, at);
    }
    if let Some((_, answer)) = label.filter(|(label, _)| find::contains(label, "sponsor")) {
        flags.visa_sponsorship.set(answer, sentence, at);
    } else if sponsorship_says(NO_SPONSORSHIP) {
        flags.visa_sponsorship.set(false, sentence, at);
    } else if sponsorship_says(SPONSORSHIP) {
        // `We are not able to provide visa sponsorship`, `Work permit
        // support is not available`: an offer denied where it is made.
        let offered = !found.any(MAY_DENY)
            || sponsorship
                .as_ref()
                .is_some_and(|f| offered_somewhere(&s, f, SPONSORSHIP));
        flags.visa_sponsorship.set(offered, sentence, at);
    } else if sponsorship_says(HOLDING_OWN_RIGHTS) {
        flags.visa_sponsorship.set(false, sentence, at);
    } else if sponsorship_says(NEEDING_SPONSORSHIP)
        && (find::contains(&s, "sponsor") || needs_a_visa(&s))
    {
        // `Visa holders who need no sponsorship are welcome`: welcome
        // only if not sponsored.
        let need_denied = ["need no", "needs no", "require no", "requires no"]
            .iter()
            .any(|w| has_word(&s, w));
        if found.any(NOT_WELCOME) || has_word(&s, "not") || need_denied {
            flags.visa_sponsorship.set(false, sentence, at);
        } else if found.any(WELCOMES) {
            flags.visa_sponsorship.set(true, sentence, at);
        }
    } else if found.any(VISA_HOLDING) && found.any(NOT_WELCOME) {
        // `Temporary visa holders will not be considered`.
        flags.visa_sponsorship.set(false, sentence, at);
    } else if let Some(offered) = offers_sponsorship(&s) {
        flags.visa_sponsorship.set(offered, sentence, at);
    }
}

/// A job board's label and its yes-or-no answer in the lower-cased
/// sentence `s`: `Visa sponsorship: No`, `Sponsorship available: No`,
/// `Security clearance required: No`, `Sponsorship: not offered`.
fn label_answer(s: &str) -> Option<(&str, bool)> {
    let (label, answer) = s.split_once(':')?;
    if label.len() > MAX_LABEL_BYTES {
        return None;
    }
    match words_after(answer, 0).next()? {
        b"no" | b"none" | b"not" | b"unavailable" => Some((label, false)),
        b"yes" | b"available" | b"offered" | b"provided" | b"possible" => Some((label, true)),
        _ => None,
    }
}

/// The longest label read as one (`Is visa sponsorship available`).
const MAX_LABEL_BYTES: usize = 40;

/// Whether the lower-cased sentence `s` makes one of the offers of
/// sponsorship it holds (list `list` of `found`, the phrases of
/// [`SPONSOR`]) without denying it: not after a denial in its clause (`We
/// are not able to provide visa sponsorship`, `No visa transfer`) nor
/// before one in the next few words (`Work permit support is not
/// available`).
fn offered_somewhere(s: &str, found: &Found<'_, 4>, list: usize) -> bool {
    SPONSOR.lines().enumerate().any(|(k, phrase)| {
        found.has(list, k)
            && find::occurrences(s, phrase).any(|at| !denied_around(s, at, at + phrase.len()))
    })
}

/// Whether the words around an offer at `start..end` of a lower-cased
/// sentence deny it: a denying word among the few before it in its
/// clause (back to a mark or a `but`), or among the three after it.
fn denied_around(s: &str, start: usize, end: usize) -> bool {
    denied_before(s, start, MAX_DENIAL_REACH)
        || words_after(s, end)
            .take(3)
            .any(|w| denies(w) || w == b"unavailable")
}

/// Whether every mention of citizenship or residence in the lower-cased
/// sentence `s` is denied where it stands: `You do not need to be an
/// Australian citizen`, `Non-citizens are welcome`, `Citizenship is not a
/// requirement`, `This role does not require citizenship`.
fn residence_denied(s: &str) -> bool {
    every_mention_denied(s, RESIDENCE_WORDS)
}

/// Whether every mention of `words` (a word a line) in the lower-cased sentence `s` (one
/// at least) is denied where it stands (see [`residence_denied`]): a
/// denial among the words before it, or `is not`, `not`, `isn't` right
/// after the word it opens.
fn every_mention_denied(s: &str, words: &str) -> bool {
    let bytes = s.as_bytes();
    let inside = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut mentioned = false;
    for word in words.lines() {
        for at in find::occurrences(s, word) {
            let mut end = at + word.len();
            // `pr` only as a word of its own (not in `provide`).
            if word == "pr" && ((at > 0 && inside(at - 1)) || inside(end)) {
                continue;
            }
            while inside(end) {
                end += 1;
            }
            mentioned = true;
            let mut after = words_after(s, end);
            let denied_after = match after.next() {
                Some(first) if denies(first) => true,
                Some(b"is" | b"are") => after.next().is_some_and(denies),
                _ => false,
            };
            if !denied_after && !denied_before(s, at, MAX_RESIDENCE_DENIAL_REACH) {
                return false;
            }
        }
    }
    mentioned
}

/// What every denial [`super::denials::denies`] reads holds (`no` is in
/// `not`, `non` and `cannot`): a sentence with none of them is not read
/// for denials.
const DENIAL_HINTS: &str = phrase_lines!["no", "n't", "n\u{2019}t", "never", "without", "unable"];

/// The words that name citizenship or residence, for [`residence_denied`].
const RESIDENCE_WORDS: &str = phrase_lines!["citizen", "resident", "residency", "green card", "pr"];

/// How many words before a mention of citizenship a denial is read (`you
/// do not need to be a citizen or permanent resident`).
const MAX_RESIDENCE_DENIAL_REACH: usize = 8;

/// How many words before an offer a denial is read (`we are not currently
/// able to sponsor`).
const MAX_DENIAL_REACH: usize = 6;

/// Replaces every wording of `list` in the lower-cased sentence `s` with
/// `with`, in the list's order. Not inlined in WebAssembly: one copy of
/// the replacing for both of its readers.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn read_as(s: &mut String, list: &[&str], with: &str) {
    for wording in list {
        if find::contains(s, wording) {
            *s = s.replace(wording, with);
        }
    }
}

/// Whether a lower-cased sentence demands what it names (`must`,
/// `required`).
fn demands(s: &str) -> bool {
    ["must", "required", "essential", "mandatory"]
        .iter()
        .any(|w| has_word(s, w))
}

/// Whether a lower-cased sentence would like what it names rather than
/// require it (`US citizens preferred`, `an active clearance is a plus`).
fn prefers(s: &str) -> bool {
    [
        "preferred",
        "preferable",
        "preferably",
        "desirable",
        "advantageous",
        "ideally",
        "a plus",
        "nice to have",
    ]
    .iter()
    .any(|w| has_word(s, w))
}

/// What a lower-cased sentence no phrase decided says of sponsorship
/// offered among other things (`We offer relocation support and visa
/// sponsorship for non-EU candidates`, `Benefits include … and
/// sponsorship`, `We can support relocation and work visas`): yes with an
/// offering word before it, no with a word that denies before that (`We
/// cannot offer relocation or visa sponsorship`).
fn offers_sponsorship(s: &str) -> Option<bool> {
    const OFFERING: &[&str] = &[
        "offer",
        "offers",
        "provide",
        "provides",
        "include",
        "includes",
        "including",
    ];
    // Visas are offered only as help (`provide a valid visa` asks for one)
    // or sponsored (`Acme sponsors visas`, `We do not currently sponsor
    // work visas`).
    const HELPING: &[&str] = &[
        "support",
        "supports",
        "help",
        "assist",
        "sponsor",
        "sponsors",
        "sponsoring",
    ];
    if find::contains(s, "sponsorship") {
        offered_before(s, &["sponsorship"], OFFERING)
    } else if find::contains(s, "visa") {
        offered_before(s, &["visa", "visas"], HELPING)
    } else {
        None
    }
}

/// Whether the offering word nearest before the first of `targets` in a
/// lower-cased sentence offers it, with the denials since the clause began
/// (`No relocation, but we offer visa sponsorship`; `Our offer does not
/// include sponsorship`); `None` without one.
fn offered_before(s: &str, targets: &[&str], offering: &[&str]) -> Option<bool> {
    let (mut offered, mut denied) = (None, false);
    let mut words = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(w) = words.next() {
        // `support for visa holders` offers the people nothing.
        if targets.contains(&w) && !words.peek().is_some_and(|n| n.starts_with("holder")) {
            return offered;
        }
        if offering.contains(&w) {
            offered = Some(!denied);
        }
        denied = (denied && w != "but") || denies(w.as_bytes());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> WorkRightsFlags {
        let mut f = WorkRightsFlags::default();
        read_sentence(s, (0, 0), &mut f);
        f
    }

    #[test]
    fn every_sponsorship_phrase_holds_a_hint() {
        for phrase in NO_SPONSOR
            .lines()
            .chain(SPONSOR.lines())
            .chain(OWN_RIGHTS.lines())
        {
            assert!(
                SPONSORSHIP_HINTS.lines().any(|hint| phrase.contains(hint)),
                "{phrase} holds no sponsorship hint"
            );
        }
    }

    #[test]
    fn every_denial_holds_a_hint() {
        for word in [
            "not",
            "no",
            "never",
            "without",
            "unable",
            "cannot",
            "non",
            "can't",
            "don\u{2019}t",
        ] {
            assert!(
                super::super::denials::denies(word.as_bytes()),
                "{word} denies"
            );
            assert!(
                DENIAL_HINTS.lines().any(|hint| word.contains(hint)),
                "{word} holds no denial hint"
            );
        }
    }

    #[test]
    fn citizens_as_the_public_ask_for_nothing() {
        for sentence in [
            "Our client, a Commonwealth agency, needs an SRE for their citizen-facing portal",
            "We build a portal used by 2 million citizens",
            "Build low-code tools for our citizen developers",
        ] {
            let f = read(sentence);
            assert_eq!(
                (f.citizenship_required.value, f.pr_required.value),
                (None, None),
                "{sentence}"
            );
        }
        for sentence in [
            "We only hire Australian citizens",
            "Australian citizens only",
            "We require Australian citizenship for this role",
        ] {
            assert_eq!(
                read(sentence).citizenship_required.value,
                Some(true),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_sentence_naming_who_may_apply_beats_the_clearance_it_names() {
        for sentence in [
            "NZ Citizen or Permanent Resident, able to obtain a NZSIS security clearance",
            "Australian citizens or permanent residents with the ability to obtain a Baseline clearance",
        ] {
            let f = read(sentence);
            assert_eq!(
                (f.pr_required.value, f.citizenship_required.value),
                (Some(true), Some(false)),
                "{sentence}"
            );
        }
        // Naming citizens alone, or nobody, the clearance still implies citizenship.
        for sentence in [
            "Must be an Australian citizen, able to obtain a Baseline clearance",
            "Must be able to obtain an NV1 security clearance",
        ] {
            assert_eq!(
                read(sentence).citizenship_required.value,
                Some(true),
                "{sentence}"
            );
        }
    }

    #[test]
    fn nationals_only_asks_citizenship() {
        for sentence in [
            "This position is open to UK nationals only.",
            "British nationals only, due to the nature of the work.",
        ] {
            let f = read(sentence);
            assert_eq!(
                (f.citizenship_required.value, f.pr_required.value),
                (Some(true), Some(true)),
                "{sentence}"
            );
        }
        // Naming nationals otherwise asks nothing.
        let f = read("Foreign nationals are welcome to apply.");
        assert_eq!(f.citizenship_required.value, None);
    }

    #[test]
    fn us_persons_visa_transfers_and_rights_held() {
        for (sentence, pr, sponsors) in [
            ("Must be a US Person as defined by ITAR.", Some(true), None),
            ("US persons only (ITAR).", Some(true), None),
            ("US Person status required (ITAR).", Some(true), None),
            (
                "Please contact us person to person at our office.",
                None,
                None,
            ),
            (
                "Open to candidates on H1B; we will transfer your visa.",
                None,
                Some(true),
            ),
            (
                "Must have permanent work authorization in Canada.",
                None,
                Some(false),
            ),
            (
                "You must be eligible to live and work in New Zealand.",
                None,
                Some(false),
            ),
        ] {
            let f = read(sentence);
            assert_eq!(
                (f.pr_required.value, f.visa_sponsorship.value),
                (pr, sponsors),
                "{sentence}"
            );
        }
    }

    #[test]
    fn european_work_permits() {
        for (sentence, sponsors) in [
            ("EU work permit required", Some(false)),
            ("A valid work permit for Germany is required.", Some(false)),
            ("You must hold a work permit for Switzerland.", Some(false)),
            ("We offer relocation and work permit support.", Some(true)),
            (
                "We offer relocation support and visa sponsorship for non-EU candidates.",
                Some(true),
            ),
            (
                "Benefits include equity, relocation and sponsorship.",
                Some(true),
            ),
            (
                "We cannot offer relocation support or visa sponsorship.",
                Some(false),
            ),
            ("We don't offer relocation or sponsorship.", Some(false)),
            ("Our offer does not include sponsorship.", Some(false)),
            ("No relocation, but we offer visa sponsorship.", Some(true)),
            ("We help with your work permit and relocation.", Some(true)),
            ("Work permit: we will discuss this with you.", None),
        ] {
            assert_eq!(
                read(sentence).visa_sponsorship.value,
                sponsors,
                "{sentence}"
            );
        }
    }

    /// Rights the applicant must hold say no sponsorship, in each
    /// country's wording; a sentence that offers it as well offers it.
    /// A phrase that decides a flag on its own is read only in a sentence
    /// a trigger brought to be read: each holds one (`must have the right
    /// to live and work` once held none, and said nothing).
    #[test]
    fn every_deciding_phrase_holds_a_trigger() {
        for phrase in [CLEARANCE, PR, OWN_RIGHTS, SPONSOR, NO_SPONSOR]
            .iter()
            .flat_map(|list| list.lines())
        {
            assert!(
                TRIGGERS.lines().any(|t| phrase.contains(t)),
                "{phrase} holds no trigger"
            );
        }
    }

    #[test]
    fn own_work_rights_in_each_country() {
        for (sentence, sponsors) in [
            ("Must have Australian working rights.", Some(false)),
            (
                "You will need to hold valid working rights in Australia.",
                Some(false),
            ),
            ("Current Australian work rights are essential.", Some(false)),
            ("Must hold a valid Australian work visa.", Some(false)),
            (
                "Candidates must be legally eligible to work in Canada.",
                Some(false),
            ),
            ("You must be eligible to work in the UK.", Some(false)),
            (
                "Full working rights preferred, but we can sponsor the right candidate.",
                Some(true),
            ),
            (
                "Applicants without Australian work rights are welcome: sponsorship is available.",
                Some(true),
            ),
            (
                "You must have Australian working rights; we cannot sponsor.",
                Some(false),
            ),
            ("Our team works across Australia.", None),
            // US and Australian wording for the applicant's own rights and
            // for the visas offered or not.
            (
                "Must have valid work authorization in the US; we do not offer H-1B sponsorship.",
                Some(false),
            ),
            ("Must have valid work authorization in the US.", Some(false)),
            ("Employer sponsored 482 visa available.", Some(true)),
            (
                "Candidates must have work authorization in the US.",
                Some(false),
            ),
            ("We will help with your work authorization in the US.", None),
            ("No employer sponsored visas.", Some(false)),
            // Canada's LMIA is its sponsorship; a country before the
            // authorization names whose.
            (
                "Candidates must have valid Canadian work authorization.",
                Some(false),
            ),
            ("Must have valid US work authorization.", Some(false)),
            (
                "LMIA support is not available for this position.",
                Some(false),
            ),
            ("We are unable to support LMIA applications.", Some(false)),
            (
                "LMIA sponsorship is available for the right candidate.",
                Some(true),
            ),
            // New Zealand's accredited employers back work visas.
            (
                "We are an Accredited Employer and can support work visas.",
                Some(true),
            ),
            (
                "Only candidates with the right to live and work in Australia will be considered.",
                Some(false),
            ),
        ] {
            assert_eq!(
                read(sentence).visa_sponsorship.value,
                sponsors,
                "{sentence}"
            );
        }
    }

    #[test]
    fn australian_wording() {
        let f = read("You must be an Australian citizen or permanent resident to apply.");
        assert_eq!(
            (f.pr_required.value, f.citizenship_required.value),
            (Some(true), Some(false))
        );
        let f = read("Applicants must be Australian citizens.");
        assert_eq!(f.citizenship_required.value, Some(true));
        let f = read("Must be able to obtain and maintain a Baseline clearance.");
        assert_eq!(f.citizenship_required.value, Some(true));
        assert_eq!(
            f.pr_required.value,
            Some(true),
            "citizenship is residency and more"
        );
        let f = read("An active NV1 clearance is highly regarded.");
        assert_eq!(f.citizenship_required.value, Some(true));
        let f = read("You must have full working rights in Australia.");
        assert_eq!(f.visa_sponsorship.value, Some(false));
        // A waived clearance implies nothing, unless it must still be obtainable.
        for waived in [
            "Baseline clearance is not required.",
            "NV1 not required for this role.",
            "This role does not require a security clearance.",
            "No clearance needed: candidates without a clearance are welcome.",
            // Denied where it is named.
            "There is no requirement to hold a security clearance.",
            "Baseline clearance isn't necessary.",
            "You do not need to hold NV1.",
        ] {
            assert_eq!(read(waived).citizenship_required.value, None, "{waived}");
        }
        let f = read("A clearance is not required to start, but you must be able to obtain a Baseline clearance.");
        assert_eq!(f.citizenship_required.value, Some(true));
        let f = read("Security clearance: None required.");
        assert_eq!(f.citizenship_required.value, None);
        let f = read("Applicants must be NZ citizens or residents, or hold a valid NZ work visa.");
        assert_eq!(
            (
                f.pr_required.value,
                f.citizenship_required.value,
                f.visa_sponsorship.value
            ),
            (Some(false), Some(false), Some(false))
        );
        let f = read("Must be an Australian citizen or permanent resident; no visa holders.");
        assert_eq!(
            (f.pr_required.value, f.citizenship_required.value),
            (Some(true), Some(false))
        );
        // Turned away in other words: `not open to` is no welcome.
        for sentence in [
            "Australian citizens or permanent residents only – this role is not open to temporary visa holders.",
            "Citizens or PR only; this role is not available to temporary visa holders.",
            "Citizens or PR only; we cannot consider visa holders.",
        ] {
            let f = read(sentence);
            assert_eq!(
                (
                    f.pr_required.value,
                    f.citizenship_required.value,
                    f.visa_sponsorship.value
                ),
                (Some(true), Some(false), Some(false)),
                "{sentence}"
            );
        }
        // Visa holders welcome beside them: residence was not the bar.
        let mut f = read("You must be an Australian or New Zealand citizen, or an Australian permanent resident.");
        read_sentence(
            "International students on a temporary graduate visa (subclass 485) are also welcome to apply.",
            (0, 1),
            &mut f,
        );
        assert_eq!(
            (
                f.pr_required.value,
                f.citizenship_required.value,
                f.visa_sponsorship.value
            ),
            (Some(false), Some(false), None)
        );
        // Not when a clearance asks for citizenship, nor when they are turned away.
        let mut f = read("Must hold a Baseline clearance.");
        read_sentence(
            "Working holiday visa holders are welcome to apply.",
            (0, 1),
            &mut f,
        );
        assert_eq!(
            (f.pr_required.value, f.citizenship_required.value),
            (Some(true), Some(true))
        );
        let mut f = read("Must be an Australian citizen or permanent resident.");
        read_sentence(
            "Graduate visa holders will not be considered.",
            (0, 1),
            &mut f,
        );
        assert_eq!(f.pr_required.value, Some(true));
        let f = read("Applicants must be NZ citizens or residents.");
        assert_eq!(
            (f.pr_required.value, f.citizenship_required.value),
            (Some(true), Some(false))
        );
        for (sentence, sponsors) in [
            (
                "We welcome applicants requiring visa sponsorship.",
                Some(true),
            ),
            (
                "Candidates requiring sponsorship will not be considered.",
                Some(false),
            ),
            ("Applicants who need sponsorship are welcome.", Some(true)),
            (
                "You need full working rights; we encourage you to apply.",
                Some(false),
            ),
            (
                "You must not require sponsorship now or in the future.",
                Some(false),
            ),
            (
                "Temporary visa holders will not be considered.",
                Some(false),
            ),
            ("Let us know if you require sponsorship.", None),
            // Needing a visa to work is needing it sponsored.
            (
                "We welcome applications from candidates who require a Skilled Worker visa.",
                Some(true),
            ),
            (
                "Applicants who need a work visa will not be considered.",
                Some(false),
            ),
            ("Let us know if you need a visa.", None),
            (
                "Visa holders who need no sponsorship are welcome.",
                Some(false),
            ),
        ] {
            assert_eq!(
                read(sentence).visa_sponsorship.value,
                sponsors,
                "{sentence}"
            );
        }
        let f = read("Visa sponsorship is available for the right candidate.");
        assert_eq!(f.visa_sponsorship.value, Some(true));
        let f = read("Unfortunately we are unable to sponsor visas.");
        assert_eq!(f.visa_sponsorship.value, Some(false));
    }

    #[test]
    fn us_visa_shorthand_and_visa_support() {
        let sponsorship = |s: &str| read(s).visa_sponsorship.value;
        assert_eq!(sponsorship("W2 only, no C2C. No H1B."), Some(false));
        assert_eq!(
            sponsorship("No H-1B sponsorship for this role"),
            Some(false)
        );
        assert_eq!(sponsorship("H1B transfer available."), Some(true));
        assert_eq!(
            sponsorship("We can support visa applications for exceptional candidates."),
            Some(true)
        );
        assert_eq!(
            sponsorship("Candidates must have current Australian work rights."),
            Some(false)
        );
        // Citizens spared a visa are not asked for.
        for sentence in [
            "No visa required for EU citizens.",
            "Australian and NZ citizens do not need a visa to work here.",
        ] {
            let f = read(sentence);
            assert_eq!(
                (f.citizenship_required.value, f.pr_required.value),
                (None, None),
                "{sentence}"
            );
        }
        // A visa named without a word on sponsoring says nothing of it.
        assert_eq!(sponsorship("Working holiday visa holders welcome."), None);
    }

    #[test]
    fn us_uk_nz_wording() {
        // The UK's permanent residence, and its visa holders beside it.
        let f = read("Applicants must have indefinite leave to remain (ILR) in the UK.");
        assert_eq!(f.pr_required.value, Some(true));
        let f = read("Must have a valid UK visa or settled status.");
        assert_eq!(
            (f.pr_required.value, f.visa_sponsorship.value),
            (Some(false), Some(false))
        );
        let f = read("We can offer Skilled Worker visa sponsorship.");
        assert_eq!(f.visa_sponsorship.value, Some(true));
        // ITAR's U.S. person: a citizen or a permanent resident.
        let f = read("Applicants must be U.S. persons as defined by ITAR.");
        assert_eq!(
            (f.pr_required.value, f.citizenship_required.value),
            (Some(true), None)
        );
        assert_eq!(
            read("US citizenship is required due to government contracts.")
                .citizenship_required
                .value,
            Some(true)
        );
        assert_eq!(
            read("Active TS/SCI clearance required.")
                .citizenship_required
                .value,
            Some(true)
        );
        assert_eq!(
            read("Must be a US citizen or green card holder.")
                .pr_required
                .value,
            Some(true)
        );
        assert_eq!(
            read("SC clearance required.").citizenship_required.value,
            None,
            "UK SC does not need citizenship"
        );
        // UK vetting by its letters alone; South Carolina is no vetting.
        for sentence in [
            "Security clearance: SC (or eligible to obtain).",
            "Must be eligible for security clearance to SC level.",
            "Security clearance: DV",
        ] {
            assert_eq!(
                read(sentence).citizenship_required.value,
                None,
                "{sentence}"
            );
        }
        assert_eq!(
            read("Must hold an active security clearance and be based in Charleston, SC.")
                .citizenship_required
                .value,
            Some(true)
        );
        assert_eq!(
            read("Must be eligible for a Reliability Status security clearance.")
                .citizenship_required
                .value,
            None,
            "Canada's Reliability Status does not need citizenship"
        );
        assert_eq!(
            read("You must have the right to work in the UK.")
                .visa_sponsorship
                .value,
            Some(false)
        );
        assert_eq!(
            read("NZ residency or citizenship required.")
                .pr_required
                .value,
            Some(true)
        );
        for own_rights in [
            "Candidates must be legally entitled to work in Canada.",
            "Must be authorized to work in the United States.",
        ] {
            assert_eq!(
                read(own_rights).visa_sponsorship.value,
                Some(false),
                "{own_rights}"
            );
        }
        assert_eq!(
            read("We are not in a position to sponsor work permits in Canada.")
                .visa_sponsorship
                .value,
            Some(false)
        );
    }
}
