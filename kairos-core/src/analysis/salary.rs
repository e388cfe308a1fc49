//! Salary when the listing's text gives it: ranges, `k`, `+ super`,
//! per-hour and per-day rates, with the period kept so annualising is an
//! explicit, documented step.

use std::sync::OnceLock;

use memchr::memmem;
use serde::{Deserialize, Serialize};

use super::decimal::parse_decimal;
use super::evidence::evidence_around;
use super::location::HEAD_BYTES;
use super::phrases::{Found, PhraseSet};
use super::rights::has_word;
use super::years::ends_with_word;
use crate::find;
use crate::geography::Country;
use crate::listings::country_placed;
use crate::skills::floor_char_boundary;

/// The period a pay figure is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    /// Per hour.
    Hour,
    /// Per day (contract day rates).
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl PayPeriod {
    /// How many of this period make a working year: 1,976 hours (38 hours
    /// × 52 weeks, the Australian full-time week), 260 days, 52 weeks,
    /// 12 months.
    pub const fn per_year(self) -> f64 {
        match self {
            PayPeriod::Hour => 1976.0,
            PayPeriod::Day => 260.0,
            PayPeriod::Week => 52.0,
            PayPeriod::Month => 12.0,
            PayPeriod::Year => 1.0,
        }
    }
}

/// A salary or rate found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SalaryInfo {
    /// The lower figure: the only one for a single figure (`$150k`), none
    /// when the text gives only a ceiling (`up to $180k`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The upper figure of a range, or the ceiling of `up to $180k`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// ISO 4217 code when the text says (`AUD`, `GBP`, `EUR`; `$` alone is left unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// What period the figures are for.
    pub period: PayPeriod,
    /// `+ super`: superannuation is paid on top (Australia; New Zealand's
    /// `+ KiwiSaver` too).
    pub plus_super: bool,
    /// The sentence it came from.
    pub evidence: String,
}

impl SalaryInfo {
    /// The figures per year, multiplying by [`PayPeriod::per_year`].
    pub fn annualised(&self) -> (Option<f64>, Option<f64>) {
        let k = self.period.per_year();
        let per_year = |figure: f64| (figure * k).round();
        (self.min.map(per_year), self.max.map(per_year))
    }
}

/// Triggers that make a sentence worth reading for pay.
pub(crate) const TRIGGERS: &str = phrase_lines![
    "$",
    "£",
    "€",
    "aud",
    "usd",
    "nzd",
    "gbp",
    "eur",
    "cad",
    "chf",
    "dkk",
    "nok",
    "sek",
    "sgd",
    "hkd",
    "inr",
    "pln",
    "czk",
    "jpy",
    "cny",
    "rmb",
    "brl",
    "mxn",
    "aed",
    "¥",
    // A `$` after letters starts no word, so these bring their own
    // sentences (`Compensation: CA$130,000 per year`).
    "a$",
    "au$",
    "ca$",
    "c$",
    "nz$",
    "us$",
    "s$",
    "sg$",
    "hk$",
    "₹",
    "lpa",
    "lakh",
    "ctc",
    "gehalt",
    "salary",
    // Pay words that bring a figure without a currency (`Compensation:
    // 120k-150k`, `Base pay: 95,000 - 110,000`, `OTE 180k`); not `pay`
    // alone, which says nothing of a figure (`we pay 100% of premiums`).
    "compensation",
    "base pay",
    // `Competitive base of 150-180K plus equity`, `a base of 120k`; not
    // `base of` alone (`a customer base of 500 businesses`).
    "competitive base",
    "attractive base",
    "a base of",
    "pay range",
    "pay band",
    "ote",
    "per hour",
    "per day",
    "p.h",
    "p.d",
    "p/d",
    "p/h",
    // German: `90.000€ brutto/Jahr` (the sign glued to the figure is no
    // word of its own).
    "brutto",
    "rate",
    "package",
    "remuneration",
    "per annum",
    "p.a",
    // `120-140k + super`, `700-800/day inc super`: Australian pay with no
    // currency sign says super.
    "+ super",
    "+super",
    "plus super",
    "inc super",
    "incl super",
    "including super",
    "+ kiwisaver",
    "plus kiwisaver",
];

const CODES: &[(&str, &str)] = &[
    ("aud", "AUD"),
    ("usd", "USD"),
    ("nzd", "NZD"),
    ("gbp", "GBP"),
    ("eur", "EUR"),
    ("chf", "CHF"),
    ("dkk", "DKK"),
    ("nok", "NOK"),
    ("sek", "SEK"),
    ("sgd", "SGD"),
    ("cad", "CAD"),
    ("hkd", "HKD"),
    // A dollar's country before its sign. The sentence's first currency is
    // the first of this list it contains, so a spelling comes before the
    // spellings inside it (`ca$` before `a$`, `us$` before `s$`).
    ("au$", "AUD"),
    ("ca$", "CAD"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("us$", "USD"),
    ("nz$", "NZD"),
    ("sg$", "SGD"),
    ("s$", "SGD"),
    ("hk$", "HKD"),
    ("r$", "BRL"),
    ("£", "GBP"),
    // English-language listings from Japan write yen with `¥` (China's
    // write `RMB`).
    ("¥", "JPY"),
    ("pln", "PLN"),
    ("czk", "CZK"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("brl", "BRL"),
    ("mxn", "MXN"),
    ("aed", "AED"),
    ("€", "EUR"),
    ("inr", "INR"),
    ("₹", "INR"),
    // Lakhs per annum: how India writes pay, in rupees.
    ("lpa", "INR"),
    ("lakh", "INR"),
];

/// Countries whose dollars a sentence names by the country alone (or by
/// what only one country has), with
/// whether the spelling's case matters (`US`, not the pronoun `us`).
const DOLLAR_COUNTRIES: &[(&str, &str, bool)] = &[
    ("US", "USD", true),
    ("U.S.", "USD", true),
    ("USA", "USD", true),
    // A US tax form: `$85/hr - $95/hr on W2`.
    ("W2", "USD", true),
    ("W-2", "USD", true),
    ("united states", "USD", false),
    ("australia", "AUD", false),
    ("australian", "AUD", false),
    ("canada", "CAD", false),
    ("canadian", "CAD", false),
    ("new zealand", "NZD", false),
    ("singapore", "SGD", false),
    ("hong kong", "HKD", false),
];

/// The currency of a sentence's dollars when it names their country but
/// no currency (`The US base salary range for this role is $120,000 -
/// $150,000`, `In Canada the range is $90k-$110k`); none when it names
/// countries of two currencies (`$150k in the US, $130k in Canada`).
fn dollar_country(sentence: &str, lower: &str) -> Option<&'static str> {
    if !sentence.contains('$') {
        return None;
    }
    country_named(sentence, lower)
}

/// The currency of the one dollar country `sentence` (and its ASCII lower
/// case, `lower`) names; none when it names two, or none.
fn country_named(sentence: &str, lower: &str) -> Option<&'static str> {
    one_currency(DOLLAR_COUNTRIES.iter().map(|&(name, code, case_matters)| {
        let text = if case_matters { sentence } else { lower };
        (has_word(text, name), code)
    }))
}

/// The currency the names found give, from `(found, its currency)` for
/// each name: one currency if every name found gives the same, none if
/// names of two currencies are found (or none is). Read in order, and
/// only until a second currency turns up.
fn one_currency(named: impl IntoIterator<Item = (bool, &'static str)>) -> Option<&'static str> {
    let mut found = None;
    for (is_named, code) in named {
        if is_named {
            if found.is_some_and(|f| f != code) {
                return None;
            }
            found = Some(code);
        }
    }
    found
}

#[derive(Debug, Clone, Copy)]
struct Amount {
    value: f64,
    end: usize,
    had_symbol: bool,
    /// What a suffix multiplied the figure by (`k` 1,000, `LPA` 100,000);
    /// 1 without one.
    scale: f64,
}

/// Reads `120,000`, `120k`, `$95`, `1.2` at `at` (after an optional currency
/// mark), returning the amount and where it ends.
fn amount_at(s: &str, at: usize) -> Option<Amount> {
    let rest = s[at..].trim_start_matches(' ');
    let rest = &rest[mark_before(rest)..];
    let trimmed = rest.trim_start_matches(['$', '£', '€', '₹', '¥', ' ']);
    // Yen run to millions (`¥8M - ¥12M`), which elsewhere are revenue or
    // funding (`$2M raised`), not pay.
    let yen = rest[..rest.len() - trimmed.len()].contains('¥');
    let had_symbol = trimmed.len() < s[at..].trim_start_matches(' ').len();
    let start = s.len() - trimmed.len();
    // `120'000`: Switzerland groups thousands with an apostrophe, read
    // here as the comma others write.
    let mut digits = String::with_capacity(16);
    let mut consumed = 0;
    for (k, c) in trimmed.char_indices() {
        if c.is_ascii_digit() || c == ',' || c == '.' {
            digits.push(c);
        } else if matches!(c, '\'' | '’')
            && !digits.is_empty()
            && three_digits_start(&trimmed[k + c.len_utf8()..])
        {
            digits.push(',');
        } else {
            break;
        }
        consumed = k + c.len_utf8();
    }
    while find::ends_with_any(&digits, b".,") {
        digits.pop();
        consumed -= 1;
    }
    let digits = digits.as_str();
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Commas group thousands and a dot marks decimals (`120,000.50`),
    // except `156,03`, a decimal comma (one or two digits after a lone
    // comma), and `60.000`, thousands grouped with dots as in much of
    // Europe (no one writes a pay figure to three decimals).
    let bytes = digits.as_bytes();
    let count = |mark: u8| bytes.iter().filter(|&&b| b == mark).count();
    let (commas, dots) = (count(b','), count(b'.'));
    let after_last_mark = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let decimal_comma = commas == 1 && dots == 0 && after_last_mark <= 2;
    let dot_groups = commas == 0
        && dots > 0
        && bytes.split(|&b| b == b'.').enumerate().all(|(k, group)| {
            if k == 0 {
                group.len() <= 3
            } else {
                group.len() == 3
            }
        });
    let mut number = String::with_capacity(digits.len());
    for c in digits.chars() {
        match c {
            ',' if decimal_comma => number.push('.'),
            '.' if dot_groups => {}
            ',' => {}
            c => number.push(c),
        }
    }
    let mut end = start + consumed;
    // `120 000`: thousands grouped with spaces (plain, no-break or thin),
    // as much of Europe writes them.
    if (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        while let Some(sep) = s[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        {
            let group = &s[end + sep.len_utf8()..];
            let three = group.bytes().take(3).filter(u8::is_ascii_digit).count() == 3;
            if !three || group.as_bytes().get(3).is_some_and(u8::is_ascii_digit) {
                break;
            }
            number.push_str(&group[..3]);
            end += sep.len_utf8() + 3;
        }
    }
    let mut value = parse_decimal(&number)?;
    let after = &s[end..];
    let (mut scale, suffix) = scale_after(after);
    if let Some(len) = yen.then(|| millions_after(after)).flatten() {
        scale = 1e6;
        end += len;
    } else {
        end += suffix;
    }
    value *= scale;
    let after = &s[end..];
    // `$2M revenue`, `$50 million raised`: not pay. (Compared in place: a
    // lower-cased copy of the rest of the sentence per amount made long
    // sentences with many numbers quadratic.)
    let tail = after.trim_start().as_bytes();
    let starts = |w: &str| {
        tail.get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
    };
    if ["m ", "m.", "million", "b ", "billion", "bn"]
        .iter()
        .any(|w| starts(w))
        || tail.eq_ignore_ascii_case(b"m")
    {
        return None;
    }
    Some(Amount {
        value,
        end,
        had_symbol,
        scale,
    })
}

/// Whether `rest` starts with a group of three digits and no more (the
/// rest of a figure after a thousands mark).
fn three_digits_start(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    bytes.len() >= 3
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && !bytes.get(3).is_some_and(u8::is_ascii_digit)
}

/// The bytes of a millions suffix at the start of `after` (`8M`, `8
/// million`); none when there is none.
fn millions_after(after: &str) -> Option<usize> {
    let word_ends = |rest: &str| !rest.starts_with(|c: char| c.is_ascii_alphabetic());
    let spaced = after.trim_start_matches(' ');
    let million = spaced
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("million"));
    if million && word_ends(&spaced[7..]) {
        return Some(after.len() - spaced.len() + 7);
    }
    (find::starts_with_any(after, b"mM") && word_ends(&after[1..])).then_some(1)
}

/// The bytes of a currency's letters written before an amount (`A$`,
/// `CA$`: the letters; `USD 140,000`: the code and its space); 0 when none
/// is. A range's second figure may repeat them (`A$120k - A$140k`).
fn mark_before(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    match bytes.get(letters) {
        Some(b'$') if (1..=3).contains(&letters) => letters,
        Some(b' ') if letters == 3 => {
            let code = &rest[..3];
            let is_code = CODES
                .iter()
                .any(|(k, iso)| k.len() == 3 && iso.eq_ignore_ascii_case(code));
            if is_code {
                4
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The bytes of a currency written after an amount (`65.000 €`, `90k EUR`),
/// with the space before it; 0 when none is. `rest` is in lower case.
fn mark_after(rest: &str) -> usize {
    let mark = rest.trim_start_matches([' ', '\u{a0}']);
    let skipped = rest.len() - mark.len();
    CODES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| {
            mark.starts_with(code) && !mark[code.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map_or(0, |code| skipped + code.len())
}

/// Suffixes that multiply a figure: thousands (`120k`), and lakhs, as
/// India writes pay (`25 LPA`, `18 lakhs`, `12L`).
const SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("lpa", LAKH),
    ("lakhs", LAKH),
    ("lakh", LAKH),
    ("lacs", LAKH),
    ("lac", LAKH),
    ("l", LAKH),
];

/// A lakh, 100,000: a figure in lakhs is in rupees.
const LAKH: f64 = 1e5;

/// The multiplier a suffix at the start of `after` gives, and the bytes it
/// takes; `(1.0, 0)` when none is there. `k` and `l` are written against
/// the figure; the words may have a space before them.
fn scale_after(after: &str) -> (f64, usize) {
    let whole_word = |rest: &str, len: usize| {
        rest.get(..len).is_some() && !rest[len..].starts_with(|c: char| c.is_alphabetic())
    };
    for &(suffix, scale) in SCALES {
        let attached_only = suffix.len() == 1;
        let spaced = after.trim_start_matches(' ');
        let rest = if attached_only { after } else { spaced };
        let matches = rest
            .get(..suffix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(suffix));
        if matches && whole_word(rest, suffix.len()) {
            return (scale, after.len() - rest.len() + suffix.len());
        }
    }
    (1.0, 0)
}

/// How long a job is (`4 days per week`, `38 hours a week`), which names
/// a period that is not the pay's.
const WORKING_TIME: &[&str] = &[
    "days per week",
    "days a week",
    "days/week",
    "hours per week",
    "hours a week",
    "hrs per week",
    "hours/week",
    "days per month",
];

/// Words that give a pay figure's period (matched in ASCII lower case;
/// `" pa "` and `"ph "` need the space the sentence's reading appends).
const PERIODS: &[(&str, PayPeriod)] = &[
    ("per hour", PayPeriod::Hour),
    ("an hour", PayPeriod::Hour),
    ("/hr", PayPeriod::Hour),
    ("/hour", PayPeriod::Hour),
    ("p.h", PayPeriod::Hour),
    ("ph ", PayPeriod::Hour),
    ("hourly", PayPeriod::Hour),
    (" phr", PayPeriod::Hour),
    ("pr hour", PayPeriod::Hour),
    ("per day", PayPeriod::Day),
    ("/day", PayPeriod::Day),
    ("p.d", PayPeriod::Day),
    ("p/d", PayPeriod::Day),
    ("p/h", PayPeriod::Hour),
    ("pd ", PayPeriod::Day),
    ("daily", PayPeriod::Day),
    ("day rate", PayPeriod::Day),
    ("a day", PayPeriod::Day),
    ("per week", PayPeriod::Week),
    ("/wk", PayPeriod::Week),
    ("/week", PayPeriod::Week),
    ("weekly", PayPeriod::Week),
    ("per month", PayPeriod::Month),
    ("pr month", PayPeriod::Month),
    ("/month", PayPeriod::Month),
    ("pcm", PayPeriod::Month),
    ("monthly", PayPeriod::Month),
    ("per annum", PayPeriod::Year),
    ("lpa", PayPeriod::Year),
    // German listings: `4.500 € brutto/Monat`, `65.000 € pro Jahr`.
    ("/monat", PayPeriod::Month),
    ("pro monat", PayPeriod::Month),
    ("im monat", PayPeriod::Month),
    ("monatlich", PayPeriod::Month),
    ("/jahr", PayPeriod::Year),
    ("pro jahr", PayPeriod::Year),
    ("im jahr", PayPeriod::Year),
    ("/stunde", PayPeriod::Hour),
    ("pro stunde", PayPeriod::Hour),
    ("p.a", PayPeriod::Year),
    ("/yr", PayPeriod::Year),
    ("/year", PayPeriod::Year),
    ("per year", PayPeriod::Year),
    ("pr year", PayPeriod::Year),
    ("annual", PayPeriod::Year),
    (" pa ", PayPeriod::Year),
    (" pa.", PayPeriod::Year),
];

/// Words that make a bare number in a sentence pay.
const PAY_WORDS: &str = phrase_lines![
    "salary",
    "package",
    "remuneration",
    "rate",
    "pay",
    "base",
    "super",
    "per hour",
    "per day",
    "p.a",
    "compensation",
    "ote",
    "gst",
    "ctc",
    "lpa",
    "lakh",
    "gehalt",
    "vergütung",
];

/// Words after an amount that make it a perk, not pay (`$5,000 sign-on
/// bonus`, `$1,500 learning budget`), matched at a word's start.
const PERKS: &[&str] = &[
    "allowance",
    "bonus",
    "budget",
    "credit",
    "discount",
    "equity",
    "gift",
    "referral",
    "reimburs",
    "relocation",
    "shares",
    "sign-on",
    "signing",
    "stipend",
    "stock",
    "voucher",
];

/// Words after an amount that end the look for a perk: what follows them
/// is something else (`$120k base plus bonus`).
const PERK_LOOK_ENDS: &[&str] = &[
    "and",
    "base",
    "per",
    "plus",
    "salary",
    "super",
    "with",
    // `$140k including bonus`: a package, not a perk.
    "including",
    "incl",
    "inc",
];

/// Words right after a number that make it a count, not pay (`25 days
/// leave`, `4 weeks`, `200 employees`). Only plurals: `800 day rate` is pay.
const COUNTED: &[&str] = &[
    "clients",
    "colleagues",
    "countries",
    "customers",
    "days",
    "employees",
    "engineers",
    "hours",
    "hrs",
    "months",
    "offices",
    "people",
    "staff",
    "users",
    "weeks",
    "years",
];

/// Whether the amount that ends at `end` in `lower` (the sentence in
/// lower case, `before` the words before the amount) is something other
/// than pay: a perk it pays for (`$1,500 learning budget`), a count
/// (`Competitive salary and 25 days leave`), or what salary packaging
/// lets one set aside (`salary packaging up to $15,900`, Australia's
/// not-for-profit employers).
fn not_pay(lower: &str, before: &str, end: usize) -> bool {
    // Past the rest of a range the amount did not make (`501–1k people`).
    let next = lower[end..]
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(2)
        .find(|w| !w.starts_with(|c: char| c.is_ascii_digit() || "-–—".contains(c)))
        .unwrap_or("");
    let next = next.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    pays_for_a_perk(lower, end)
        || names_a_perk_before(before)
        || COUNTED.contains(&next)
        || before
            .rsplit(' ')
            .take(4)
            .any(|w| w.starts_with("packaging") || w.starts_with("sacrific"))
}

/// The length of a date at the start of `bytes`: `2021-03-28`, or
/// `28/03/2021` and `28.03.21` (day, month and year in either order).
fn date_at(bytes: &[u8]) -> Option<usize> {
    let digits = |from: usize| {
        bytes
            .get(from..)
            .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let first = digits(0);
    let sep = *bytes.get(first)?;
    if !matches!((first, sep), (4, b'-') | (1 | 2, b'/' | b'.' | b'-')) {
        return None;
    }
    let second = digits(first + 1);
    if !(1..=2).contains(&second) || bytes.get(first + 1 + second) != Some(&sep) {
        return None;
    }
    let third_at = first + 2 + second;
    let third = digits(third_at);
    let third_ok = if first == 4 {
        (1..=2).contains(&third)
    } else {
        third == 2 || third == 4
    };
    // A longer run of digits after it is something else.
    (third_ok && !bytes.get(third_at + third).is_some_and(u8::is_ascii_digit))
        .then_some(third_at + third)
}

/// Whether a figure read without a currency could be a year of this era.
fn is_a_year(figure: f64) -> bool {
    figure.fract() == 0.0 && (1950.0..=2100.0).contains(&figure)
}

/// Whether the few words after an amount (ending at `end` in `lower`) name
/// a perk it pays for.
fn pays_for_a_perk(lower: &str, end: usize) -> bool {
    for word in lower[end..].split(' ').filter(|w| !w.is_empty()).take(3) {
        let letters = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if !word.starts_with(|c: char| c.is_ascii_alphabetic()) || PERK_LOOK_ENDS.contains(&letters)
        {
            return false;
        }
        if PERKS.iter().any(|perk| word.starts_with(perk)) {
            return true;
        }
    }
    false
}

/// Whether the few words right before an amount (`before`, in lower
/// case) name a perk it pays for: `Sign-on bonus of $10,000`, `Stipend:
/// $1,500`; not past the pay's own words (`salary`, `base`). A budget
/// named first is the pay's (`Budget: up to 40L CTC`, in Indian listings).
fn names_a_perk_before(before: &str) -> bool {
    for word in before.rsplit(' ').filter(|w| !w.is_empty()).take(3) {
        let letters = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
        if PERK_LOOK_ENDS.contains(&letters) {
            return false;
        }
        if PERKS
            .iter()
            .any(|perk| *perk != "budget" && letters.starts_with(perk))
        {
            return true;
        }
    }
    false
}

/// Whether the words before an amount (`before`, in lower case) end with
/// `up to`, or `up to` and a currency code (`up to DKK 434.179`).
fn says_up_to(before: &str) -> bool {
    let without_code = CODES
        .iter()
        .find(|(code, _)| code.len() == 3 && ends_with_word(before, code))
        .map_or(before, |(code, _)| {
            before[..before.len() - code.len()].trim_end()
        });
    ends_with_word(without_code, "up to")
}

/// Whether a currency code stands right before `start` or right after
/// `end` (`USD 150,000`, `750 AUD`), which marks an amount as money as a
/// `$` does.
fn code_beside(lower: &str, start: usize, end: usize) -> bool {
    let before = lower[..start].trim_end();
    let after = lower[end..].trim_start();
    CODES
        .iter()
        .filter(|(code, _)| code.len() == 3)
        .any(|(code, _)| {
            ends_with_word(before, code)
                || after.get(..3) == Some(*code)
                    && !after[3..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
}

/// `+ super` and its spellings: superannuation on top (Australia), also
/// when the pay is said to leave it out (`$130k excl. super`, `ex super`).
/// Retirement savings paid on top: Australia's super and New Zealand's
/// KiwiSaver (`$110k - $130k + KiwiSaver`), whose spellings come last.
/// Phrases are found as substrings: `+ super` finds `+ superannuation`.
const PLUS_SUPER: &str = phrase_lines![
    "+ super",
    "plus super",
    "+super",
    "ex super",
    "excl super",
    "excl. super",
    "excluding super",
    "+ kiwisaver",
    "plus kiwisaver",
    "+kiwisaver",
];

/// A rate of super (`11.5% superannuation`): on top when the sentence says
/// plus and not including (`plus 11.5% super`, not `including 11.5% super`).
const PERCENT_SUPER: &str = phrase_lines!["% super", "%super"];
const PLUS: &str = phrase_lines!["plus", "+"];
const INCLUDING: &str = phrase_lines!["inc super", "incl", "including", "inclusive"];

/// How many of [`PLUS_SUPER`]'s spellings, from the first, are Australia's
/// super (the rest are KiwiSaver's).
const AUSTRALIAN_PLUS_SUPER: usize = 7;

/// Superannuation named with the pay within it (`incl. super`,
/// `inclusive of super`, `superannuation`); with [`PLUS_SUPER`]'s
/// Australian spellings and [`PERCENT_SUPER`] (`11.5% super`), what tells
/// that only Australia pays it, so dollars beside it are Australian ones.
const AUSTRALIAN_SUPER: &str = phrase_lines![
    "inc super",
    "incl super",
    "incl. super",
    "inc. super",
    "including super",
    "inclusive of super",
    "superannuation",
];

/// New Zealand's retirement savings, named with the pay as Australia's
/// super is (`$110k - $130k + KiwiSaver`).
const KIWISAVER: &str = phrase_lines!["kiwisaver"];

/// The lists of a sentence's one scan, in [`sentence_words`].
const PAY: usize = 0;
const PERIOD: usize = 1;
const CURRENCY: usize = 2;
const SUPER: usize = 3;
const RATE_OF_SUPER: usize = 4;
const SAYS_PLUS: usize = 5;
const SAYS_INCLUDING: usize = 6;
const NAMES_AUSTRALIAN_SUPER: usize = 7;
const NAMES_KIWISAVER: usize = 8;

/// Every word list a pay sentence is read for, in one automaton: one pass
/// over the sentence answers them all (a search each had no SIMD in
/// WebAssembly, where they took ~4 ms of a 235 ms batch). The set is full
/// (128 phrases): a word added to one list needs another taken out.
fn sentence_words() -> &'static PhraseSet<9> {
    static SET: OnceLock<PhraseSet<9>> = OnceLock::new();
    SET.get_or_init(|| {
        let lines = |words: Vec<&str>| words.join("\n");
        let periods = lines(PERIODS.iter().map(|(w, _)| *w).collect());
        let codes = lines(CODES.iter().map(|(k, _)| *k).collect());
        PhraseSet::new(&[
            PAY_WORDS,
            &periods,
            &codes,
            PLUS_SUPER,
            PERCENT_SUPER,
            PLUS,
            INCLUDING,
            AUSTRALIAN_SUPER,
            KIWISAVER,
        ])
    })
}

/// The period named in the few characters after an amount (`$95 per
/// hour`, `800/day`), read with the sentence's own padding rule and
/// automaton.
fn period_near(near: &str) -> Option<PayPeriod> {
    // Thirty characters and a space, on the stack.
    let mut padded = [b' '; 4 * 30 + 1];
    let bytes = near.as_bytes();
    let n = bytes.len().min(padded.len() - 1);
    padded[..n].copy_from_slice(&bytes[..n]);
    sentence_words()
        .scan_bytes(&padded[..=n])
        .first_in(PERIOD)
        .map(|i| PERIODS[i].1)
}

/// Whether `rest` (the text after a pay sentence, on its line, from its
/// end mark) opens with `+ super` (`AUD 120k–140k p.a. + super` ends a
/// sentence at `p.a.`), and if so the currency its savings name: `AUD`
/// for super, `NZD` for KiwiSaver.
fn plus_super_opening(rest: &[u8]) -> Option<&'static str> {
    let from = rest
        .iter()
        .position(|&b| !matches!(b, b'.' | b' ' | b'\t'))
        .unwrap_or(rest.len());
    let rest = &rest[from..];
    PLUS_SUPER
        .lines()
        .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        .map(|p| {
            if p.ends_with("kiwisaver") {
                "NZD"
            } else {
                "AUD"
            }
        })
}

/// The currency of pay that names retirement savings only one country
/// has (super: Australia; KiwiSaver: New Zealand), when it names one of
/// them; none when it names both.
fn retirement_currency(words: &Found<'_, 9>) -> Option<&'static str> {
    let super_on_top = words
        .first_in(SUPER)
        .is_some_and(|k| k < AUSTRALIAN_PLUS_SUPER);
    one_currency([
        (
            super_on_top || words.any(NAMES_AUSTRALIAN_SUPER) || words.any(RATE_OF_SUPER),
            "AUD",
        ),
        (words.any(NAMES_KIWISAVER), "NZD"),
    ])
}

/// Reads the first pay figure or range in the sentence at `bounds` of
/// `line`, with what the rest of its line says of it: `+ super` opening
/// the text after it (`AUD 120k–140k p.a. + super`), and, when the
/// sentence names no currency, the one country whose dollars the line
/// names (`Our compensation reflects the cost of labor across several US
/// geographic markets. The base pay for this position ranges from
/// $136,000/year`).
pub(crate) fn read_in_line(line: &str, bounds: (usize, usize)) -> Option<SalaryInfo> {
    let mut pay = read_sentence(&line[bounds.0..bounds.1])?;
    if let Some(code) = plus_super_opening(&line.as_bytes()[bounds.1..]) {
        pay.plus_super = true;
        pay.currency.get_or_insert_with(|| code.to_owned());
    }
    if pay.currency.is_none() {
        pay.currency = dollar_country(line, &line.to_ascii_lowercase()).map(str::to_owned);
    }
    Some(pay)
}

/// Retirement savings that only one country's employers pay, found
/// anywhere in a listing (in the analyzer's one pass): `401(k)` and
/// `403(b)` the United States', superannuation Australia's, KiwiSaver New
/// Zealand's.
pub(crate) const SAVINGS: &str =
    phrase_lines!["401(k)", "401k", "403(b)", "superannuation", "kiwisaver"];

/// The country's currency a savings plan of [`SAVINGS`] names, from the
/// words found.
fn savings_currency(found: &str) -> &'static str {
    match found.as_bytes().first() {
        Some(b'4') => "USD",
        Some(b's' | b'S') => "AUD",
        _ => "NZD",
    }
}

/// Where a listing places the job, for dollars whose sentence and
/// paragraph name no country: the work rights' sentences (`Must be
/// authorized to work in the United States`, `Applicants must be
/// Australian citizens`), the retirement savings found (`savings`, words
/// of [`SAVINGS`]: Indeed lists `Pay: $120,000.00 - $140,000.00 per year`
/// and, lines below, `Benefits: 401(k)`), a state written after a
/// place in the listing's head (`Austin, TX 78701`) and its location
/// lines (`Location: Austin, TX`).
pub(crate) struct JobPlace<'a, S> {
    /// The listing's text.
    pub(crate) text: &'a str,
    /// The retirement savings found, as written.
    pub(crate) savings: S,
    /// The sentences that decided the work rights.
    pub(crate) rights: [Option<&'a str>; 3],
    /// The country the listing's location lines name.
    pub(crate) located: Option<&'static Country>,
}

/// Gives pay in dollars, or in no currency the sentence marks, whose
/// sentence and paragraph name no country, the dollars of the one country
/// `place` puts the job in; a listing placing it in two countries of
/// different dollars names none.
pub(crate) fn with_listing_dollars<'a>(
    mut pay: SalaryInfo,
    place: JobPlace<'a, impl Iterator<Item = &'a str>>,
) -> SalaryInfo {
    // Dollars, and figures with no mark at all (`Salary: 120,000 -
    // 140,000` under `Location: Austin, TX`), take the place's dollars;
    // crowns (`kr432k`) say only that they are not dollars.
    let crowns = pay
        .evidence
        .as_bytes()
        .windows(2)
        .any(|w| w.eq_ignore_ascii_case(b"kr"));
    if pay.currency.is_some() || crowns {
        return pay;
    }
    let named_in = |text: &str| country_named(text, &text.to_ascii_lowercase());
    let rights = place.rights.into_iter().flatten().filter_map(named_in);
    let head = &place.text[..floor_char_boundary(place.text, HEAD_BYTES.min(place.text.len()))];
    // `Perth WA` is Australian, `Seattle, WA` American (see
    // `country_of_place`).
    let states = states_named(head).filter_map(|place| country_placed(place)?.dollars);
    pay.currency = one_currency(
        place
            .savings
            .map(savings_currency)
            .chain(rights)
            .chain(states)
            .chain(place.located.and_then(|c| c.dollars))
            .chain(countries_limited_to(head))
            .map(|code| (true, code)),
    )
    .map(str::to_owned);
    pay
}

/// The dollars of the countries `head` limits the job to, anywhere in it:
/// `(remote, US only)`, `remote within the US`, `must be located in
/// Canada`. A country named without such words may be a market (`customers
/// across the US`), not where the job is.
fn countries_limited_to(head: &str) -> impl Iterator<Item = &'static str> {
    // The words first, then a country beside them: most heads hold few of
    // them, and one search a word costs less than one a country.
    static CUES: OnceLock<[memmem::Finder<'static>; 3]> = OnceLock::new();
    let [only, within, in_] =
        CUES.get_or_init(|| [b"only".as_slice(), b"within ", b" in "].map(memmem::Finder::new));
    let lower = head.to_ascii_lowercase();
    let mut found = Vec::new();
    for at in only.find_iter(lower.as_bytes()) {
        if let Some(before) = head[..at].strip_suffix([' ', '-']) {
            found.extend(dollar_country_at(before, true));
        }
    }
    // ` in ` limits only after a word of [`LIMITING`] (`based in`).
    for (cue, after_limiting) in [(within, false), (in_, true)] {
        for at in cue.find_iter(lower.as_bytes()) {
            if after_limiting && !LIMITING.iter().any(|w| lower[..at].ends_with(w)) {
                continue;
            }
            let after = &head[at + cue.needle().len()..];
            let after = match after.get(..4) {
                Some(the) if the.eq_ignore_ascii_case("the ") => &after[4..],
                _ => after,
            };
            found.extend(dollar_country_at(after, false));
        }
    }
    found.into_iter()
}

/// The currency of the dollar country `text` ends with (`at_end`) or
/// starts with, as a whole word.
fn dollar_country_at(text: &str, at_end: bool) -> Option<&'static str> {
    DOLLAR_COUNTRIES
        .iter()
        .find(|&&(name, _, case_matters)| {
            let Some(from) = text.len().checked_sub(name.len()) else {
                return false;
            };
            let (at, beside) = if at_end {
                (from, text.get(..from).and_then(|t| t.chars().next_back()))
            } else {
                (0, text.get(name.len()..).and_then(|t| t.chars().next()))
            };
            text.get(at..at + name.len()).is_some_and(|found| {
                if case_matters {
                    found == name
                } else {
                    found.eq_ignore_ascii_case(name)
                }
            }) && !beside.is_some_and(char::is_alphanumeric)
        })
        .map(|&(_, code, _)| code)
}

/// Words before ` in ` that limit a job to the country after it.
const LIMITING: &[&str] = &[
    "remote", "anywhere", "located", "reside", "residing", "based",
];

/// The places `head` writes with an upper-case word of two or three
/// letters right after their name, `Place, ST` or `Place ST` (a
/// capitalised word of three letters or more before), so that `Austin, TX
/// 78701` and `Sydney NSW 2000` give their states and `IN` or `OR` in a
/// sentence of capitals does not.
fn states_named(head: &str) -> impl Iterator<Item = &str> + '_ {
    let bytes = head.as_bytes();
    (1..bytes.len()).filter_map(move |i| {
        let starts = bytes[i].is_ascii_uppercase() && bytes[i - 1] == b' ';
        if !starts {
            return None;
        }
        let len = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let after = bytes.get(i + len);
        if !(2..=3).contains(&len) || after.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
        {
            return None;
        }
        let before = head[..i - 1].strip_suffix(',').unwrap_or(&head[..i - 1]);
        let place = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
        let mut letters = place.bytes();
        let named = letters.next().is_some_and(|c| c.is_ascii_uppercase())
            && place.len() >= 3
            && letters.all(|c| c.is_ascii_lowercase());
        named.then(|| &head[before.len() - place.len()..i + len])
    })
}

/// Whether an amount starts with `c`, after `before`: a currency sign, or
/// a digit that does not go on a word, a figure or an id (`v2`, `1.5`,
/// `#909`), except crowns written before it (`kr432k`).
fn starts_amount(before: &str, c: char) -> bool {
    if matches!(c, '$' | '£' | '€' | '₹' | '¥') {
        return true;
    }
    c.is_ascii_digit()
        && (before.is_empty()
            || !(before.ends_with(|p: char| p.is_alphanumeric() || matches!(p, '.' | ',' | '#'))
                || glued_to_a_word(before))
            || after_crowns(before))
}

/// Whether `before` ends with a word and a hyphen: a number there names a
/// thing (`dynamics-365`, `web-3`), not an amount.
fn glued_to_a_word(before: &str) -> bool {
    before
        .strip_suffix('-')
        .is_some_and(|b| b.ends_with(char::is_alphanumeric))
}

/// Whether `before` ends with Scandinavian crowns' `kr` as a word
/// (`kr432k - 576k`): which crowns, the sign does not say.
fn after_crowns(before: &str) -> bool {
    match before.as_bytes() {
        [.., k, r] if k.eq_ignore_ascii_case(&b'k') && r.eq_ignore_ascii_case(&b'r') => {
            !before[..before.len() - 2].ends_with(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// Reads the first pay figure or range in a sentence.
pub(crate) fn read_sentence(sentence: &str) -> Option<SalaryInfo> {
    // Every amount starts with a digit: most sentences a trigger word
    // (`package`, `aud` in `audience`) brings here have none.
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // ASCII case only: the words looked for are ASCII (or `£`, `€`), and
    // the copy keeps every byte offset of the sentence, which the amounts'
    // ends are (Unicode lower-casing can change a letter's length).
    let mut lower = sentence.to_ascii_lowercase();
    // Padded so " pa " and "ph " match at the end of the sentence too (the
    // space is past every offset read below).
    lower.push(' ');
    let mut words = sentence_words().scan(&lower);
    // `£45k-£55k pro rata (4 days per week)`: how long the job is, not the
    // period of its pay. Looked for only where a week or a month is named
    // (a search per phrase in every pay sentence cost 2 % of the
    // analysis), and blanked in place, so every offset still holds.
    let names_week_or_month = PERIODS.iter().enumerate().any(|(k, &(_, period))| {
        matches!(period, PayPeriod::Week | PayPeriod::Month) && words.has(PERIOD, k)
    });
    if names_week_or_month {
        let mut blanked = false;
        for phrase in WORKING_TIME {
            while let Some(at) = lower.find(phrase) {
                lower.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
                blanked = true;
            }
        }
        if blanked {
            words = sentence_words().scan(&lower);
        }
    }
    let mut facts = SentenceFacts {
        sentence,
        lower: &lower,
        mentions_pay: words.any(PAY),
        whole_period: words.first_in(PERIOD).map(|i| PERIODS[i].1),
        currency: words
            .first_in(CURRENCY)
            .map(|i| CODES[i].1)
            .or_else(|| dollar_country(sentence, &lower))
            .or_else(|| retirement_currency(&words)),
        plus_super: words.any(SUPER)
            || (words.any(RATE_OF_SUPER) && words.any(SAYS_PLUS) && !words.any(SAYS_INCLUDING)),
    };
    // `OTE $200k (50/50 split), base $100k`: on-target earnings count only
    // when no other pay follows; the base is what a job seeker compares.
    let mut on_target: Option<SalaryInfo> = None;
    let mut i = 0;
    while i < sentence.len() {
        let Some(c) = sentence[i..].chars().next() else {
            break;
        };
        if !starts_amount(&sentence[..i], c) {
            i += c.len_utf8();
            continue;
        }
        // `Date posted: 2021-03-28`: no figure of a date is pay.
        if let Some(len) = date_at(&sentence.as_bytes()[i..]) {
            i += len;
            continue;
        }
        let Some(first) = amount_at(sentence, i) else {
            i += c.len_utf8();
            continue;
        };
        // `(50/50 split)`, `3/5`: a ratio, not pay.
        let ratio = |at: usize| {
            let b = &sentence.as_bytes()[at..];
            b.first() == Some(&b'/') && b.get(1).is_some_and(u8::is_ascii_digit)
        };
        if ratio(first.end) {
            i = first.end + 1;
            while sentence.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            continue;
        }
        let before = lower[..i].trim_end();
        // `65.000 € and 80.000 €`, `$118,000/yr - $160,000/yr`: the range
        // goes on after the currency or the period.
        let first_end = first.end + mark_after(&lower[first.end..]);
        let first_end = first_end
            + sentence[first_end..].strip_prefix('/').map_or(0, |p| {
                1 + p.bytes().take_while(u8::is_ascii_alphabetic).count()
            });
        let after = &sentence[first_end..];
        // `between $120k and $140k` (`zwischen 60.000 und 75.000 Euro`)
        // joins a range with `and`; elsewhere `and` starts another amount
        // (`$120k and 10% bonus`).
        let and = if ends_with_word(before, "between") {
            "and "
        } else if ends_with_word(before, "zwischen") {
            "und "
        } else {
            "-"
        };
        let sep_len = ["-", "–", "—", " to ", "to", "bis ", and]
            .iter()
            .find_map(|sep| {
                let t = after.trim_start();
                t.get(..sep.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(sep))
                    .then(|| after.len() - t.len() + sep.len())
            });
        if let Some(sep_len) = sep_len {
            if let Some(second) = amount_at(sentence, first_end + sep_len) {
                let mut lo = first.value;
                // `120-140k`, `25-35 LPA`: the suffix applies to both.
                if second.scale > 1.0 && first.scale == 1.0 && lo < 1000.0 {
                    lo *= second.scale;
                }
                if second.value >= lo {
                    let at = (i, second.end);
                    if not_pay(&lower, before, at.1) {
                        i = at.1;
                        continue;
                    }
                    let had_symbol =
                        first.had_symbol || second.had_symbol || code_beside(&lower, at.0, at.1);
                    if second.scale == LAKH {
                        facts.currency.get_or_insert("INR");
                    }
                    if let Some(info) = facts.build(Some(lo), Some(second.value), at, had_symbol) {
                        if !says_on_target(before) {
                            return Some(info);
                        }
                        on_target.get_or_insert(info);
                        i = at.1;
                        continue;
                    }
                }
            }
        }
        if not_pay(&lower, before, first.end) {
            i = first.end;
            continue;
        }
        // `up to $180k` gives the top of the range and no bottom.
        let figures = if says_up_to(before) {
            (None, Some(first.value))
        } else {
            (Some(first.value), None)
        };
        let had_symbol = first.had_symbol || code_beside(&lower, i, first.end);
        if first.scale == LAKH {
            facts.currency.get_or_insert("INR");
        }
        if let Some(mut info) = facts.build(figures.0, figures.1, (i, first.end), had_symbol) {
            // `from $118,900/year in our lowest market up to $205,600/year`:
            // the top, looked for once the figure reads as pay.
            if info.min.is_some() {
                info.max = top_later(sentence, &lower, first.end, first.value);
            }
            if !says_on_target(before) {
                return Some(info);
            }
            on_target.get_or_insert(info);
        }
        i = first.end.max(i + 1);
    }
    on_target
}

/// Whether `before`, the lower-cased text before an amount, ends by
/// naming on-target earnings (`OTE`, `OTE:`, `on target earnings of`).
fn says_on_target(before: &str) -> bool {
    let before = find::trim_end_any(before, b": ");
    let before = before.strip_suffix(" of").unwrap_or(before);
    ends_with_word(before, "ote") || before.ends_with("target earnings")
}

/// The top of a range whose words part its figures (`ranges from
/// $118,900/year in our lowest geographic market up to $205,600/year`):
/// an amount after `up to` within a few words of the figure ending at
/// `end`, no lower than `low`.
fn top_later(sentence: &str, lower: &str, end: usize, low: f64) -> Option<f64> {
    const NEAR: usize = 60;
    let window = &lower[end..floor_char_boundary(lower, (end + NEAR).min(lower.len()))];
    let at = end + find::find(window, "up to ")? + "up to ".len();
    amount_at(sentence, at)
        .filter(|top| top.had_symbol && top.value >= low)
        .map(|top| top.value)
}

/// What reading an amount needs to know about its sentence.
struct SentenceFacts<'a> {
    sentence: &'a str,
    /// The sentence in ASCII lower case, and a space.
    lower: &'a str,
    /// Whether the sentence uses a pay word (`salary`, `rate`, `package`, …).
    mentions_pay: bool,
    /// The period the whole sentence names, if any.
    whole_period: Option<PayPeriod>,
    /// The first currency the sentence names.
    currency: Option<&'static str>,
    /// `+ super`.
    plus_super: bool,
}

impl SentenceFacts<'_> {
    /// The salary the amount (or range) at `at` gives, if it reads as pay.
    fn build(
        &self,
        min: Option<f64>,
        max: Option<f64>,
        at: (usize, usize),
        had_symbol: bool,
    ) -> Option<SalaryInfo> {
        let end = at.1;
        let tail = self.lower.get(end.min(self.lower.len())..).unwrap_or("");
        let near = &tail[..tail.char_indices().nth(30).map_or(tail.len(), |(i, _)| i)];
        let named_period = period_near(near).or(self.whole_period);
        // `800/day`, `95/hr`: a rate written as one says it is pay.
        let rate_shape = near.starts_with('/') && named_period.is_some();
        if !had_symbol && !self.mentions_pay && !rate_shape {
            return None;
        }
        // The figure that says what period is plausible: the lower one, in
        // about the units of the bounds below (which suit dollars, pounds
        // and euros).
        let local = min.or(max)?;
        let convention = self
            .currency
            .and_then(|code| CONVENTIONS.iter().find(|c| c.code == code));
        let figure = local / convention.map_or(1.0, |c| c.units_per_dollar);
        // A bare `$500` or `$1,500` with no pay word and no period is more
        // often a perk or a price than an hourly or daily rate.
        if named_period.is_none() && !self.mentions_pay && figure < 3000.0 {
            return None;
        }
        // A year beside a pay word (`Date posted: 2021-01-08 …
        // Compensation:`, `compensation reviewed in 2025`) is a date.
        if named_period.is_none() && !had_symbol && is_a_year(figure) {
            return None;
        }
        let period = named_period.unwrap_or(if figure < 300.0 {
            PayPeriod::Hour
        } else if figure < 3000.0 {
            PayPeriod::Day
        } else if convention.is_some_and(|c| local < c.monthly_below) {
            PayPeriod::Month
        } else {
            PayPeriod::Year
        });
        let plausible = match period {
            PayPeriod::Hour => (15.0..=1000.0).contains(&figure),
            PayPeriod::Day => (100.0..=5000.0).contains(&figure),
            PayPeriod::Week => (300.0..=20000.0).contains(&figure),
            PayPeriod::Month => (1000.0..=100000.0).contains(&figure),
            PayPeriod::Year => (10000.0..=2_000_000.0).contains(&figure),
        };
        plausible.then(|| SalaryInfo {
            min,
            max,
            currency: self.currency.map(str::to_owned),
            period,
            plus_super: self.plus_super,
            evidence: evidence_around(self.sentence, at),
        })
    }
}

/// How a currency's pay is written, for a figure with no period.
struct Convention {
    code: &'static str,
    /// About how many units a dollar buys, so that one set of plausible
    /// bounds reads every currency (a rupee's is kept at a tenth of the
    /// rate: Indian pay in lakhs reads well in those bounds).
    units_per_dollar: f64,
    /// Where pay is stated by the month (Poland, Czechia, Brazil, Mexico,
    /// China, Singapore, Hong Kong, the Gulf, Scandinavia), the figure
    /// under which one with no period is a month's: above it, a year's.
    monthly_below: f64,
}

const CONVENTIONS: &[Convention] = &[
    Convention {
        code: "INR",
        units_per_dollar: 10.0,
        monthly_below: 0.0,
    },
    Convention {
        code: "JPY",
        units_per_dollar: 100.0,
        monthly_below: 0.0,
    },
    Convention {
        code: "PLN",
        units_per_dollar: 4.0,
        monthly_below: 60_000.0,
    },
    Convention {
        code: "CZK",
        units_per_dollar: 20.0,
        monthly_below: 300_000.0,
    },
    Convention {
        code: "BRL",
        units_per_dollar: 5.0,
        monthly_below: 60_000.0,
    },
    Convention {
        code: "MXN",
        units_per_dollar: 17.0,
        monthly_below: 250_000.0,
    },
    Convention {
        code: "CNY",
        units_per_dollar: 7.0,
        monthly_below: 150_000.0,
    },
    Convention {
        code: "SGD",
        units_per_dollar: 1.3,
        monthly_below: 30_000.0,
    },
    Convention {
        code: "HKD",
        units_per_dollar: 7.8,
        monthly_below: 200_000.0,
    },
    Convention {
        code: "AED",
        units_per_dollar: 3.7,
        monthly_below: 100_000.0,
    },
    Convention {
        code: "SEK",
        units_per_dollar: 10.0,
        monthly_below: 150_000.0,
    },
    Convention {
        code: "NOK",
        units_per_dollar: 10.0,
        monthly_below: 150_000.0,
    },
    Convention {
        code: "DKK",
        units_per_dollar: 7.0,
        monthly_below: 120_000.0,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> (Option<f64>, Option<f64>, PayPeriod, bool) {
        let i = read_sentence(s).unwrap_or_else(|| panic!("no salary in {s}"));
        (i.min, i.max, i.period, i.plus_super)
    }

    #[test]
    fn australias_spellings_of_super_on_top_come_before_kiwisavers() {
        let (australian, kiwi): (Vec<&str>, Vec<&str>) =
            PLUS_SUPER.lines().partition(|p| !p.ends_with("kiwisaver"));
        assert_eq!(australian.len(), AUSTRALIAN_PLUS_SUPER);
        assert_eq!(
            PLUS_SUPER
                .lines()
                .take(australian.len())
                .collect::<Vec<_>>(),
            australian
        );
        assert!(!kiwi.is_empty());
    }

    #[test]
    fn salary_shapes() {
        assert_eq!(
            read("Salary: $120,000 - $140,000 + super"),
            (Some(120000.0), Some(140000.0), PayPeriod::Year, true)
        );
        assert_eq!(
            read("$150k + super"),
            (Some(150000.0), None, PayPeriod::Year, true)
        );
        // New Zealand's retirement savings on top, as super is.
        assert_eq!(
            read("Salary: $110k - $130k NZD + KiwiSaver"),
            (Some(110000.0), Some(130000.0), PayPeriod::Year, true)
        );
        assert_eq!(
            read("$95,000 plus KiwiSaver"),
            (Some(95000.0), None, PayPeriod::Year, true)
        );
        assert_eq!(
            read("Paying 120-140k base"),
            (Some(120000.0), Some(140000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Rate: $95 per hour"),
            (Some(95.0), None, PayPeriod::Hour, false)
        );
        assert_eq!(
            read("$800/day daily rate contract"),
            (Some(800.0), None, PayPeriod::Day, false)
        );
        assert_eq!(
            read("£60,000 to £70,000 per annum"),
            (Some(60000.0), Some(70000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Salary: Up to $180k + super"),
            (None, Some(180000.0), PayPeriod::Year, true)
        );
        assert_eq!(
            read("paying between $120,000 and $140,000 base"),
            (Some(120000.0), Some(140000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("BETWEEN 900 AND 1,000 per day"),
            (Some(900.0), Some(1000.0), PayPeriod::Day, false)
        );
        // `and` without `between` starts something else.
        assert_eq!(
            read("Salary $150k and 10,000 shares"),
            (Some(150000.0), None, PayPeriod::Year, false)
        );
        // `up to` must be the words before the amount.
        assert_eq!(
            read("Backup to cloud; salary $150k"),
            (Some(150000.0), None, PayPeriod::Year, false)
        );
        let i = read_sentence("AUD 130k–150k package").expect("found");
        assert_eq!(
            (i.currency.as_deref(), i.max),
            (Some("AUD"), Some(150000.0))
        );
    }

    #[test]
    fn dollars_take_the_currency_of_the_country_the_sentence_names() {
        let currency = |s: &str| read_sentence(s).expect(s).currency;
        for (sentence, want) in [
            (
                "The US base salary range for this full-time position is $120,000 - $150,000",
                Some("USD"),
            ),
            ("Pay range in the U.S.: $140k-$180k", Some("USD")),
            ("In Canada the salary range is $90k-$110k", Some("CAD")),
            ("Salary: $130,000 + super (Sydney, Australia)", Some("AUD")),
            ("Australian salary band $150k-$170k", Some("AUD")),
            // `us` is the pronoun; two countries name two currencies.
            ("Join us: the salary is $120k-$140k", None),
            ("Salary $150k in the US, $130k in Canada", None),
            // A currency written out wins.
            ("US candidates: salary AUD 120k-140k", Some("AUD")),
        ] {
            assert_eq!(currency(sentence).as_deref(), want, "{sentence}");
        }
    }

    #[test]
    fn shapes_from_other_countries() {
        assert_eq!(
            read("€60.000 - €70.000 per year"),
            (Some(60000.0), Some(70000.0), PayPeriod::Year, false)
        );
        // India: lakhs of rupees a year, with or without the currency.
        for (sentence, want) in [
            ("CTC: 25-35 LPA", (Some(2_500_000.0), Some(3_500_000.0))),
            (
                "Salary: INR 12 - 18 lakhs per annum",
                (Some(1_200_000.0), Some(1_800_000.0)),
            ),
            (
                "₹18,00,000 - ₹24,00,000 per annum",
                (Some(1_800_000.0), Some(2_400_000.0)),
            ),
            ("Budget: up to 40L CTC", (None, Some(4_000_000.0))),
            ("Salary: ₹45,000 per month", (Some(45_000.0), None)),
        ] {
            let i = read_sentence(sentence).unwrap_or_else(|| panic!("no salary in {sentence}"));
            assert_eq!((i.min, i.max), want, "{sentence}");
            assert_eq!(i.currency.as_deref(), Some("INR"), "{sentence}");
        }
        assert_eq!(read("CTC: 25-35 LPA").2, PayPeriod::Year);
        // How long the job is names no period of its pay.
        assert_eq!(
            read("Salary £45k-£55k pro rata (4 days per week)"),
            (Some(45_000.0), Some(55_000.0), PayPeriod::Year, false)
        );
        assert_eq!(read("$800 per day, 5 days a week").2, PayPeriod::Day);
        // Switzerland groups thousands with an apostrophe; Japan writes
        // yen in millions; Poland, Singapore and others state pay by the
        // month, so a figure with no period there is a month's.
        for (sentence, want) in [
            (
                "Salary: CHF 120'000 - 140'000",
                (120_000.0, 140_000.0, "CHF", PayPeriod::Year),
            ),
            (
                "Salary: CHF 120’000 – 140’000 per year",
                (120_000.0, 140_000.0, "CHF", PayPeriod::Year),
            ),
            ("Salary: ¥8M - ¥10M", (8e6, 10e6, "JPY", PayPeriod::Year)),
            (
                "Salary: JPY 8,000,000 - 10,000,000",
                (8e6, 10e6, "JPY", PayPeriod::Year),
            ),
            (
                "Salary: 20 000 - 25 000 PLN net (B2B)",
                (20_000.0, 25_000.0, "PLN", PayPeriod::Month),
            ),
            (
                "Salary: 240 000 - 300 000 PLN gross",
                (240_000.0, 300_000.0, "PLN", PayPeriod::Year),
            ),
            (
                "Salary: SGD 8,000 - 10,000",
                (8_000.0, 10_000.0, "SGD", PayPeriod::Month),
            ),
            (
                "Salary: RMB 25,000 - 35,000",
                (25_000.0, 35_000.0, "CNY", PayPeriod::Month),
            ),
        ] {
            let i = read_sentence(sentence).unwrap_or_else(|| panic!("no salary in {sentence}"));
            let got = (
                i.min.unwrap_or_default(),
                i.max.unwrap_or_default(),
                i.currency.as_deref().unwrap_or_default(),
                i.period,
            );
            assert_eq!(got, want, "{sentence}");
        }
        // Millions are pay only in yen: elsewhere they are funding.
        assert!(read_sentence("We raised $8M to grow our salary budget").is_none());
        // An apostrophe that groups no thousands ends the figure.
        assert_eq!(read("Salary: $95'5 an hour").0, Some(95.0));
        assert_eq!(read("Salary: ₹45,000 per month").2, PayPeriod::Month);
        // German periods.
        assert_eq!(
            read("Gehalt: 4.500 € brutto/Monat"),
            (Some(4500.0), None, PayPeriod::Month, false)
        );
        assert_eq!(
            read("65.000 € - 75.000 € pro Jahr"),
            (Some(65000.0), Some(75000.0), PayPeriod::Year, false)
        );
        // The currency after each figure, as much of Europe writes it.
        assert_eq!(
            read("Salary between 65.000 € and 80.000 € per year"),
            (Some(65000.0), Some(80000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Gehalt: 70k EUR - 85k EUR"),
            (Some(70000.0), Some(85000.0), PayPeriod::Year, false)
        );
        // German ranges: `zwischen … und …`, `… bis …`.
        assert_eq!(
            read("Das Gehalt liegt zwischen 60.000 und 75.000 Euro im Jahr"),
            (Some(60000.0), Some(75000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Gehalt: 60.000 bis 75.000 € brutto"),
            (Some(60000.0), Some(75000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Salary: minimum 156,03 NOK pr hour"),
            (Some(156.03), None, PayPeriod::Hour, false)
        );
        let i = read_sentence("The salary is up to DKK 434.179 a year").expect("found");
        assert_eq!(
            (i.min, i.max, i.currency.as_deref()),
            (None, Some(434179.0), Some("DKK"))
        );
        // Dollars named by their country, before each figure of a range.
        for (sentence, want) in [
            (
                "Compensation: CA$130,000 – CA$155,000 per year",
                ("CAD", Some(155000.0)),
            ),
            ("Salary: C$90k-110k", ("CAD", Some(110000.0))),
            ("Salary: A$120k - A$140k + super", ("AUD", Some(140000.0))),
            ("Salary: AU$120,000 + super", ("AUD", None)),
            ("Salary: NZ$95,000 – NZ$105,000", ("NZD", Some(105000.0))),
            ("Salary: US$150,000 to US$170,000", ("USD", Some(170000.0))),
            ("Salary: S$8,000 per month", ("SGD", None)),
            ("Salary: HK$40,000/month", ("HKD", None)),
            (
                "Pay: CAD 90,000 - CAD 110,000 annually",
                ("CAD", Some(110000.0)),
            ),
        ] {
            let i = read_sentence(sentence).unwrap_or_else(|| panic!("no salary in {sentence}"));
            assert_eq!(
                (i.currency.as_deref(), i.max),
                (Some(want.0), want.1),
                "{sentence}"
            );
        }
        // Words between the figures, as Amazon writes its ranges.
        assert_eq!(
            read("The base pay for this position ranges from $118,900/year in our lowest geographic market up to $205,600/year in our highest geographic market"),
            (Some(118900.0), Some(205600.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Salary from $90,000, up to 10 days of leave"),
            (Some(90000.0), None, PayPeriod::Year, false)
        );
        // Three letters that name no currency start no second figure.
        assert_eq!(
            read("Salary: $120k - ABC 140k"),
            (Some(120000.0), None, PayPeriod::Year, false)
        );
        // A currency code beside the amount marks it as money, as `$` does.
        assert_eq!(
            read("USD 150,000 - 180,000 annually"),
            (Some(150000.0), Some(180000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("95 USD/hour"),
            (Some(95.0), None, PayPeriod::Hour, false)
        );
        // A rate written with its period after each figure, and one
        // written as a rate without a currency.
        assert_eq!(
            read("Base pay range $118,000/yr - $160,000/yr"),
            (Some(118000.0), Some(160000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Rate: 700-800/day"),
            (Some(700.0), Some(800.0), PayPeriod::Day, false)
        );
    }

    #[test]
    fn the_base_over_on_target_earnings() {
        assert_eq!(
            read("OTE $200k (50/50 split), base $100k"),
            (Some(100000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("OTE: $180k-$220k, base salary $110k-$130k"),
            (Some(110000.0), Some(130000.0), PayPeriod::Year, false)
        );
        // Alone, on-target earnings are the pay the listing gives.
        assert_eq!(
            read("On target earnings of $150,000"),
            (Some(150000.0), None, PayPeriod::Year, false)
        );
        assert!(read_sentence("A 50/50 split of base and commission").is_none());
        // Neither a version pair nor an id is pay.
        assert!(read_sentence("Rust and C++17/20 at a market salary").is_none());
        assert!(read_sentence("Send your salary expectations and the job ID #909").is_none());
    }

    #[test]
    fn a_us_tax_form_makes_dollars_us() {
        let pay = read_sentence("$85/hr - $95/hr on W2").expect("pay");
        assert_eq!(
            (pay.min, pay.max, pay.period, pay.currency.as_deref()),
            (Some(85.0), Some(95.0), PayPeriod::Hour, Some("USD"))
        );
    }

    #[test]
    fn perks_and_prices_are_not_pay() {
        assert!(read_sentence("$500 sign-on bonus after 90 days").is_none());
        assert!(
            read_sentence("a $1,500 learning budget and $2,000 home office allowance").is_none()
        );
        assert!(read_sentence("$10,000 relocation package").is_none());
        // The perk named before the amount.
        assert!(read_sentence("Sign-on bonus of $10,000").is_none());
        assert!(read_sentence("Stipend: $1,500 a year").is_none());
        assert!(
            read_sentence("Tickets cost $45").is_none(),
            "no pay word, no period"
        );
        // The pay beside a perk is still read.
        assert_eq!(
            read("Benefits: $1,000 wellness stipend, salary $140k"),
            (Some(140000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("$120k base plus bonus"),
            (Some(120000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("Package: $140k including bonus"),
            (Some(140000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("Base salary of $150,000, bonus of $20,000"),
            (Some(150000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("Salary: $150,000 + $10,000 sign-on bonus"),
            (Some(150000.0), None, PayPeriod::Year, false)
        );
        // Counts of days and people, years, dates, and what salary
        // packaging sets aside.
        for sentence in [
            "Date posted: 2021-01-08 Job description: Compensation: competitive",
            "Posted 28/03/2021, compensation to be discussed",
            "Salary review on 01.07.24",
            "You will have 50 colleagues and a salary to match",
            "Salary: competitive. Company size: 501–1k people",
            "Salary: competitive. Technologies: dynamics-365 azure",
            "Compensation reviewed in 2025",
            "Competitive salary and 25 days leave",
            "Competitive salary, 20 days holiday",
            "Competitive compensation for a team of 40 engineers",
            "Salary sacrifice up to 15,900 on a car",
            "Access to salary packaging up to $15,900 a year",
        ] {
            assert!(read_sentence(sentence).is_none(), "{sentence}");
        }
        assert_eq!(
            read("Compensation: kr432k - 576k"),
            (Some(432000.0), Some(576000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Posted 2021-03-28. Salary: €45,000 - €60,000"),
            (Some(45000.0), Some(60000.0), PayPeriod::Year, false)
        );
        assert_eq!(
            read("Salary $90,000 + salary packaging up to $15,900"),
            (Some(90000.0), None, PayPeriod::Year, false)
        );
        assert_eq!(
            read("Day rate: 800 day rate negotiable"),
            (Some(800.0), None, PayPeriod::Day, false)
        );
    }

    #[test]
    fn numbers_that_are_not_pay() {
        assert!(read_sentence("We raised $50 million in 2023").is_none());
        assert!(read_sentence("Serving 2,000 transactions per second").is_none());
        assert!(read_sentence("Team of 12 engineers").is_none());
    }

    /// Letters whose lower case is longer (`İ`) must not shift where the
    /// words after an amount are looked for.
    #[test]
    fn letters_that_lengthen_in_lower_case_keep_the_period() {
        let sentence = format!(
            "Hourly staff and {} contractors: $800 per day",
            "İ".repeat(40)
        );
        let i = read_sentence(&sentence).expect("found");
        assert_eq!((i.min, i.period), (Some(800.0), PayPeriod::Day));
    }

    #[test]
    fn annualising_is_explicit() {
        let i = read_sentence("$100 per hour").expect("found");
        assert_eq!(i.annualised(), (Some(197600.0), None));
        let ceiling = read_sentence("Up to $90 per hour").expect("found");
        assert_eq!(ceiling.annualised(), (None, Some(177840.0)));
    }
}
