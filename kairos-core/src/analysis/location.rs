//! Where a listing says the job is, from the lines of its head that give a
//! location (`Location: Manchester`, a job board's bare `Sydney NSW
//! (Hybrid)`), else from the fields Indeed closes a description with
//! (`Work Location:`, `Ability to commute:`), so a description pasted
//! without its board's fields is still judged where the job is.

use super::structure::Line;
use super::years::starts_with_folded;
use crate::find;
use crate::geography::Country;
use crate::listings::{country_placed, read_place};

/// How far into a listing its location is looked for: job boards and
/// pasted descriptions put it in the head.
pub(crate) const HEAD_BYTES: usize = 600;

/// The one country the location lines of `text`'s head place the job in,
/// with the place the first line that names it gives ([`place_on`]); none
/// when they name none, or two
/// (`Location: Sydney` and, lines below, `Location: Auckland`). `lines`
/// are the text's lines as the structure pass found them, so the head is
/// not split again; a line that starts in the head is read whole.
pub(crate) fn read<'t>(text: &'t str, lines: &[Line]) -> Option<(&'static Country, &'t str)> {
    let mut found: Option<(&'static Country, &str)> = None;
    for (n, line) in lines
        .iter()
        .take_while(|l| l.start < HEAD_BYTES)
        .enumerate()
    {
        let line = text[line.start..line.end].trim_end_matches(['\n', '\r']);
        // A board's bare place line comes with its title, company and
        // terms, in the first lines; further down, a short capitalised line
        // is a heading or a stack, not worth the place reader's look-ups.
        let placed = if says_location(line) {
            country_placed(line).map(|country| (country, place_on(line, country)))
        } else if n < PLACE_LINES {
            bare_place(past_short_label(line), n < TITLE_LINES)
        } else {
            None
        };
        let Some((country, place)) = placed else {
            continue;
        };
        match found {
            Some((before, _)) if !std::ptr::eq(before, country) => return None,
            Some(_) => {}
            None => found = Some((country, place)),
        }
    }
    found.or_else(|| read_tail(text, lines))
}

/// How far from a listing's end its closing fields are looked for.
const TAIL_BYTES: usize = 600;

/// Where a listing's closing fields place the job, for a head that names
/// no place: Indeed writes them after the description, which is what a
/// person copies from its page (`Work Location: Hybrid remote in Austin,
/// TX 78701`; `Ability to commute/relocate: Austin, TX 78701: Reliably
/// commute …`, or `Ability to Commute:` with the place on the line
/// below). The first that names a place gives it.
fn read_tail<'t>(text: &'t str, lines: &[Line]) -> Option<(&'static Country, &'t str)> {
    let tail = &lines[lines.partition_point(|l| l.start + TAIL_BYTES < text.len())..];
    let line_at = |k: usize| {
        let line = tail.get(k)?;
        Some(text[line.start..line.end].trim_end_matches(['\n', '\r']))
    };
    (0..tail.len()).find_map(|k| {
        let line = line_at(k)?;
        let label = line.as_bytes();
        // Most listings end in prose: a label's colon comes early.
        let colon = memchr::memchr(b':', &label[..label.len().min(ABILITY_LABEL_BYTES)])?;
        if past_location_label(line).is_some() {
            let country = country_placed(line)?;
            return Some((country, place_on(line, country)));
        }
        if !(starts_with_folded(label, b"ability to commute")
            || starts_with_folded(label, b"ability to relocate"))
        {
            return None;
        }
        // The place, after the label or on the next line, ends at the
        // condition that follows it (`: Relocate before starting work`,
        // ` (Required)`).
        let after = line[colon + 1..].trim_ascii();
        let told = if after.is_empty() {
            line_at(k + 1)?
        } else {
            after
        };
        let place = told.split([':', '(']).next()?.trim_ascii();
        read_place(place).map(|(country, _)| (country, place))
    })
}

/// The longest label before a colon read in a listing's tail
/// (`Ability to commute/relocate:`).
const ABILITY_LABEL_BYTES: usize = 30;

/// Whether a line of a listing's head gives its location: a `Location`
/// label (`Location: Remote (US)`), or a job board's line of facts parted
/// by dots (LinkedIn's `Acme · United States (Remote)`). Elsewhere a
/// country is the company's market (`customers across Australia and New
/// Zealand`), not where the job is.
fn says_location(line: &str) -> bool {
    // A pin or a globe (`📍 NYC, in-person`, `🌏 Remote within US time
    // zones`) is the label of a startup's post.
    if line
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '📍' | '🌏' | '🌍' | '🌎' | '🌐'))
    {
        return true;
    }
    let line = past_marks(line);
    // A short line opening with the work mode is where the work is
    // (`Remote (Canada)`, `Onsite in Austin, TX`, `Fully remote within
    // Australia`); a sentence about remote work may name a market.
    past_location_label(line).is_some()
        || (WORK_MODES
            .iter()
            .any(|mode| starts_with_folded(line.as_bytes(), mode))
            && line.len() <= SHORT_LOCATION_LINE
            && !find::contains(line, ". "))
        // A dot between spaces; looked for from the dot, a rarer byte than
        // the space.
        || find::occurrences(line, "· ").any(|at| line[..at].ends_with(' '))
}

/// The words a short location line may open with.
const WORK_MODES: [&[u8]; 5] = [b"remote", b"fully remote", b"hybrid", b"onsite", b"on-site"];

/// The place a location line gives, which a person reading the report
/// wants and not the line: past its label or pin (`Location: Manchester`
/// gives `Manchester`), and on a job board's line of facts parted by dots
/// the first fact that is only a place in `country` (`Sydney Water ·
/// Parramatta NSW (Hybrid) · Full time` gives `Parramatta NSW (Hybrid)`);
/// the line past its label when no fact is.
fn place_on<'l>(line: &'l str, country: &Country) -> &'l str {
    let told = past_marks(line).trim_ascii_end();
    let told = past_location_label(told).unwrap_or(told);
    // The first fact that is only a place, as a board gives it after
    // the company (`Sydney Water · Parramatta NSW`) and before the terms
    // (`Austin, TX · US$180K/yr`).
    let mut start = 0;
    for end in find::occurrences(told, "·").chain([told.len()]) {
        let fact = past_short_label(told[start..end].trim_ascii());
        start = end + '·'.len_utf8();
        if read_place(fact).is_some_and(|(c, only)| only && std::ptr::eq(c, country)) {
            return fact;
        }
    }
    told
}

/// `text` from its first letter or digit on: past a label's marks, a
/// pin, a bullet.
fn past_marks(text: &str) -> &str {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The text after the location label `line` opens with, if it opens with
/// one: a short label before a colon that ends in `location` (`Location:`,
/// `Work location:`, `Job Location(s):`), or `Location` with no colon
/// (`Location - Leeds`).
fn past_location_label(line: &str) -> Option<&str> {
    let bytes = line.as_bytes();
    let after_label = label_colon(line).and_then(|colon| {
        // Past a plural's `s` or `(s)`.
        let mut label = bytes[..colon].trim_ascii_end();
        while let [rest @ .., b's' | b'S' | b'(' | b')'] = label {
            label = rest;
        }
        let at = label.len().checked_sub(LABEL.len())?;
        // A word of its own: `Relocation:` offers a move.
        let word = !label[..at].last().is_some_and(u8::is_ascii_alphabetic);
        (word && starts_with_folded(&label[at..], LABEL.as_bytes()))
            .then(|| line.get(colon + 1..))?
    });
    let rest = match after_label {
        Some(rest) => rest,
        // `Location Sydney: hybrid` as well as `Location - Leeds`.
        None if starts_with_folded(bytes, LABEL.as_bytes()) => line.get(LABEL.len()..)?,
        None => return None,
    };
    Some(past_marks(rest))
}

/// `line` past a short label before a colon (`Where: Berlin`, `Office:
/// Auckland`, `Based in: London`), else all of it: on a line of a
/// listing's first few, what follows such a label is its location when it
/// is only a place.
fn past_short_label(line: &str) -> &str {
    label_colon(line)
        .and_then(|colon| line.get(colon + 1..))
        .map_or(line, past_marks)
}

/// Where the colon after a short label `line` opens with is.
pub(crate) fn label_colon(line: &str) -> Option<usize> {
    // A search, not a loop over the first bytes: every line of every
    // listing's head is asked.
    find::find(line, ":").filter(|&colon| colon <= LABEL_BYTES)
}

/// The word a location label ends with.
const LABEL: &str = "location";

/// The longest label before a colon read as a location's
/// (`Primary work location:`).
const LABEL_BYTES: usize = 24;

/// The country of a short line that is only a place, but for a postcode
/// and a note in brackets: the location line of a listing copied from a
/// job board (SEEK's `Sydney NSW (Hybrid)`, Indeed's `Austin, TX 78701`,
/// a UK board's `Manchester`). A line with any other word (`Sydney Water`,
/// `Boston Consulting Group`, `customers across Queensland`) is not one.
fn only_a_place(line: &str) -> Option<&'static Country> {
    if line.len() > SHORT_LOCATION_LINE {
        return None;
    }
    let place = line.split('(').next().unwrap_or(line);
    // Places are written with capitals: a word in small letters (`Full
    // time`, `PostgreSQL and Kafka`) but `or` (`Austin, TX or Remote`)
    // rules the line out before the place reader's look-ups.
    let bytes = place.as_bytes();
    let capitalised = bytes.first().is_some_and(u8::is_ascii_uppercase)
        && !bytes
            .windows(4)
            .any(|w| matches!(w, [b' ', small, ..] if small.is_ascii_lowercase()) && w != b" or ");
    if !capitalised {
        return None;
    }
    read_place(place).and_then(|(country, only_places)| only_places.then_some(country))
}

/// A bare place line's country and place ([`only_a_place`]), or, on one
/// of a listing's first lines (`title`), a title line's that ends in one:
/// an ad's `Senior Data Engineer – Melbourne VIC (Hybrid)` or `Data
/// Engineer | Auckland` gives the place after its title, not the whole
/// line. On a line of facts parted by bars, as an ad's head writes its
/// place and terms (`Auckland CBD | Hybrid`, `Acme | Sydney NSW | Full
/// time`), the first fact that is only a place.
fn bare_place(line: &str, title: bool) -> Option<(&'static Country, &str)> {
    fn placed(place: &str) -> Option<(&'static Country, &str)> {
        let place = place.trim_ascii();
        only_a_place(place).map(|country| (country, place))
    }
    title
        .then(|| after_title(line).and_then(placed))
        .flatten()
        .or_else(|| {
            // A paragraph is no line of facts (most lines read here).
            if line.len() > 2 * SHORT_LOCATION_LINE {
                return None;
            }
            let mut start = 0;
            memchr::memchr_iter(b'|', line.as_bytes())
                .chain([line.len()])
                .find_map(|end| {
                    let fact = &line[start..end];
                    start = end + 1;
                    placed(fact)
                })
        })
}

/// How many of a listing's first lines may be its title (after a
/// board's or a company's name).
const TITLE_LINES: usize = 3;

/// What follows the last dash or bar between spaces of a short line
/// (`Engineer (Python) – Sydney (Hybrid)` gives `Sydney (Hybrid)`).
fn after_title(line: &str) -> Option<&str> {
    if line.len() > 2 * SHORT_LOCATION_LINE {
        return None;
    }
    // From the dash's last byte: `-`, `|`, or an en or em dash's (E2 80
    // 93 or 94), a space on either side.
    let b = line.as_bytes();
    let at = (1..b.len()).rev().find(|&i| {
        b.get(i + 1) == Some(&b' ')
            && match b[i] {
                b'-' | b'|' => b[i - 1] == b' ',
                0x93 | 0x94 => i >= 3 && b[i - 3..i] == [b' ', 0xE2, 0x80],
                _ => false,
            }
    })?;
    line.get(at + 2..)
}

/// How many of a listing's first lines may be a bare place: SEEK copies
/// title, company, place, field, terms and pay, a blank line or two
/// between.
const PLACE_LINES: usize = 10;

/// The longest line opening with `Remote` read as a location.
const SHORT_LOCATION_LINE: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::structure::lines;
    use crate::analysis::wrap::line_breaks;

    fn country(text: &str) -> Option<&'static str> {
        read(text, &lines(text, &line_breaks(text))).map(|(c, _)| c.code)
    }

    #[test]
    fn reads_the_lines_that_give_a_location() {
        for (text, expected) in [
            (
                "Backend Engineer\nLocation: Manchester\nWe build…",
                Some("GB"),
            ),
            ("Location: Austin, TX\nSalary: 120,000", Some("US")),
            ("Acme · Berlin, Germany (Hybrid)\nAbout us", Some("DE")),
            ("📍 Wellington, in-person\nRust", Some("NZ")),
            ("Remote (Canada)\nWe are hiring", Some("CA")),
            (
                "Location: Sydney NSW\nLocation: Sydney, Australia",
                Some("AU"),
            ),
            // A job board's bare location line, copied with the listing.
            (
                "Rust Engineer\nAcme Pty Ltd\nSydney NSW (Hybrid)\nFull time",
                Some("AU"),
            ),
            (
                "Acme\nAustin, TX 78701\n$120,000 - $140,000 a year",
                Some("US"),
            ),
            ("Data Engineer\nManchester\n£60,000 per annum", Some("GB")),
            ("Sydney Water\nParramatta NSW", Some("AU")),
            (
                "Acme\nMacquarie Park, Sydney NSW 2113\nFull time",
                Some("AU"),
            ),
            ("Acme\nBrisbane QLD (hybrid, 3 days in office)", Some("AU")),
            ("Acme\nGold Coast\nFull time", Some("AU")),
            // The work mode beside the place, or opening its line.
            ("Engineer\nSydney / Hybrid\nBody", Some("AU")),
            ("Engineer\nAuckland • Hybrid\nBody", Some("NZ")),
            ("Engineer\nOnsite in Austin, TX\nBody", Some("US")),
            ("Engineer\nFully remote within Australia\nBody", Some("AU")),
        ] {
            assert_eq!(country(text), expected, "{text:?}");
        }
    }

    #[test]
    fn gives_the_place_a_location_line_names() {
        fn place(text: &str) -> Option<&str> {
            read(text, &lines(text, &line_breaks(text))).map(|(_, place)| place)
        }
        for (text, expected) in [
            ("Title\n  Location: London, UK  \nBody", "London, UK"),
            (
                "LOCATIONS: Sydney or Melbourne\nBody",
                "Sydney or Melbourne",
            ),
            ("Location - Leeds\nBody", "Leeds"),
            ("Location(s): Sydney; Melbourne\nBody", "Sydney; Melbourne"),
            (
                "Work location: Wellington, New Zealand\n",
                "Wellington, New Zealand",
            ),
            ("Job Location: Austin, TX\nBody", "Austin, TX"),
            ("Location\nManchester, UK\nJob Type", "Manchester, UK"),
            ("Relocation: to Sydney\nLocation: Auckland", "Auckland"),
            ("Location: sydney\nBody", "sydney"),
            ("📍 Wellington, in-person\nRust", "Wellington, in-person"),
            ("Remote (Canada)\nWe are hiring", "Remote (Canada)"),
            (
                "Acme\nMacquarie Park, Sydney NSW 2113\nFull time",
                "Macquarie Park, Sydney NSW 2113",
            ),
            // A job board's facts: the one that is a place.
            (
                "Acme · Berlin, Germany (Hybrid)\nAbout us",
                "Berlin, Germany (Hybrid)",
            ),
            (
                "Data Engineer\nCanberra ACT · Full time · $150,000 – $170,000 + super\n",
                "Canberra ACT",
            ),
            (
                "Sydney Water · Parramatta NSW (Hybrid) · Full time",
                "Parramatta NSW (Hybrid)",
            ),
            (
                "Acme · United States (Remote) · 2 days ago",
                "United States (Remote)",
            ),
            (
                "Acme · Sydney NSW · AUD 150k – 170k · Full time",
                "Sydney NSW",
            ),
            ("Acme · Austin, TX · US$180K/yr", "Austin, TX"),
            // A note in brackets is part of a place.
            ("Acme · Remote (US) · Contract", "Remote (US)"),
            ("Location Sydney: hybrid\nBody", "Sydney: hybrid"),
            ("Location: Sydney · Hybrid", "Sydney"),
            // Other short labels, before a place.
            (
                "Rust Engineer\nWhere: Berlin (hybrid)\nBody",
                "Berlin (hybrid)",
            ),
            ("Office: Auckland\nBody", "Auckland"),
            ("Based in: London\nBody", "London"),
            ("Title\nCity: Toronto, ON\nBody", "Toronto, ON"),
            // An ad's title line ending in its place: the place alone.
            (
                "Senior Data Engineer – Melbourne VIC (Hybrid)\nAbout the role",
                "Melbourne VIC (Hybrid)",
            ),
            ("Data Engineer - Sydney\nWe build", "Sydney"),
            ("Backend Engineer | Auckland\nRust", "Auckland"),
            // A line of facts parted by bars: the one that is a place.
            (
                "Data Analyst – 12 month contract\nAuckland CBD | Hybrid (3 days in office)\nBody",
                "Auckland CBD",
            ),
            ("Acme Pty Ltd | Sydney NSW | Full time\nBody", "Sydney NSW"),
            // A place, or remote work, as a US ad offers both.
            (
                "Software Engineer, Infrastructure\nSan Francisco, CA or Remote (US)\nBody",
                "San Francisco, CA or Remote (US)",
            ),
            ("Engineer (Python) — London, UK\nBody", "London, UK"),
            (
                "Engineer - Backend – Perth WA (Hybrid)\nBody",
                "Perth WA (Hybrid)",
            ),
            // What follows the dash is no place: the next line's is read.
            (
                "Data Engineer - Contract\nBrisbane QLD\nBody",
                "Brisbane QLD",
            ),
        ] {
            assert_eq!(place(text), Some(expected), "{text:?}");
        }
        // A title line ending in no place gives none.
        assert_eq!(place("Data Engineer - Contract\nWe build things"), None);
    }

    #[test]
    fn names_no_country_unless_a_location_line_names_one() {
        for text in [
            // A market, not a place of work.
            "We serve customers across Australia and New Zealand.",
            "Location: Remote",
            "Location: Sydney\nLocation: Auckland",
            "Location: Seattle or Vancouver",
            // Lines that name a place among other words: a company, a market.
            "Boston Consulting Group\nRust Engineer",
            "Sydney Water\nWe supply the city.",
            "Serving customers across Queensland",
            "Texas Instruments",
            "Sydney NSW\nAuckland",
            // A sentence about remote work may name anywhere.
            "Remote work is possible. Our office is in London.",
            // A label before what is not only a place.
            "Client: Sydney Water\nRust",
            "Hours: 9:00 to 17:00, Sydney time",
            "Markets: Australia and New Zealand",
            // A visa's subclass after the country is no postcode.
            "Visa: Australia 482\nRust",
            "",
        ] {
            assert_eq!(country(text), None, "{text:?}");
        }
        // A bare place past a listing's first lines is part of its body.
        let ninth = format!("{}Melbourne VIC", "Rust.\n".repeat(10));
        assert_eq!(country(&ninth), None);
        let labelled = format!("{}Location: Melbourne VIC", "Rust.\n".repeat(10));
        assert_eq!(country(&labelled), Some("AU"));
        // A location line starting in the head is read whole, though it
        // runs past it.
        let straddling = format!("{}\nLocation: Manchester, UK", "Rust and Go. ".repeat(45));
        assert!(straddling.find("Location").unwrap() < HEAD_BYTES);
        assert!(straddling.len() > HEAD_BYTES);
        assert_eq!(country(&straddling), Some("GB"));
        // Past the head and before the tail, a location line is part of
        // the body.
        let body = "Rust and Go. ".repeat(60);
        let late = format!("{body}\nLocation: Manchester\n{body}");
        assert_eq!(country(&late), None);
    }

    /// Indeed's closing fields, after the description a person copies
    /// from its page, place the job when the head does not.
    #[test]
    fn a_listings_closing_fields_place_it_when_its_head_does_not() {
        fn place(text: &str) -> Option<(&'static str, &str)> {
            read(text, &lines(text, &line_breaks(text))).map(|(c, place)| (c.code, place))
        }
        let body = "Requirements:\n- 3+ years of Python and Django\n".repeat(30);
        for (tail, expected) in [
            (
                "Work Location: Hybrid remote in Austin, TX 78701",
                Some(("US", "Hybrid remote in Austin, TX 78701")),
            ),
            (
                "Ability to Commute:\nAustin, TX 78701 (Required)\n\nWork Location: In person",
                Some(("US", "Austin, TX 78701")),
            ),
            (
                "Ability to commute/relocate:\nToronto, ON: Reliably commute or plan to relocate before starting work (Required)",
                Some(("CA", "Toronto, ON")),
            ),
            (
                "Ability to Relocate: Manchester: Relocate before starting work (Preferred)",
                Some(("GB", "Manchester")),
            ),
            ("Work Location: In person", None),
            ("Ability to commute is a plus.", None),
            ("Ability to commute:\nRequired", None),
        ] {
            let text = format!("{body}\nJob Type: Full-time\n\n{tail}\n");
            assert!(text.len() > HEAD_BYTES + 600, "the tail is past the head");
            assert_eq!(place(&text), expected, "{tail:?}");
        }
        // The head's place comes first.
        let both = format!("Location: Sydney NSW\n{body}\nWork Location: Austin, TX");
        assert_eq!(place(&both), Some(("AU", "Sydney NSW")));
    }
}
