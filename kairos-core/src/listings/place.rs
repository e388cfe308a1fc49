//! The country a listing's place is in (`Sydney NSW`, `Remote
//! (Australia)`, `Austin, TX`, `Manchester`), so a job abroad is judged by
//! the user's right to work there, not where they look for work.

use crate::geography::{place_named, Country, COUNTRIES};
use crate::skills::in_lines;

/// The ISO code of the country a listing's `place` names, when it names
/// one this knows: a country, a state or province, or a city that tech
/// jobs are listed in. `None` for `Remote`, places it does not know, and
/// places in two countries (`Seattle or Vancouver`, `US or Canada`).
///
/// Places go from small to large (`Austin, Texas, USA`): a larger place
/// after a smaller one in another country is where the smaller one is
/// (`London, ON` is Canadian, `Birmingham, AL` and `Paris, Texas`
/// American). A code that two countries write keeps the country named
/// before it (`Seattle, WA`, `Perth WA`) and names none without one
/// (`Spokane, WA`); a country's ISO code counts after its own places
/// (`Berlin, DE`), since many are words (`IT`, `NO`).
///
/// ```
/// use kairos_core::listings::country_of_place;
///
/// assert_eq!(country_of_place("Sydney NSW"), Some("AU"));
/// assert_eq!(country_of_place("Remote (Australia)"), Some("AU"));
/// assert_eq!(country_of_place("Austin, TX"), Some("US"));
/// assert_eq!(country_of_place("Denver, Colorado"), Some("US"));
/// assert_eq!(country_of_place("London, ON"), Some("CA"));
/// assert_eq!(country_of_place("Manchester"), Some("GB"));
/// assert_eq!(country_of_place("Zürich"), Some("CH"));
/// assert_eq!(country_of_place("Seattle or Vancouver"), None);
/// assert_eq!(country_of_place("Remote"), None);
/// ```
pub fn country_of_place(place: &str) -> Option<&'static str> {
    country_placed(place).map(|c| c.code)
}

/// A listing's place with its board's remote flag in it (JobSpy's
/// `is_remote`): `Sydney NSW` flagged remote is `Sydney NSW (Remote)`, no
/// place `Remote`, as boards write remote places; a place that already
/// says `remote` is kept. The country and work-mode readers read the flag
/// there, and a user sees it where they see the place.
pub(crate) fn place_with_remote_flag(place: Option<String>, is_remote: bool) -> Option<String> {
    if !is_remote {
        return place;
    }
    let mut place = place.unwrap_or_default();
    let says_remote = place
        .as_bytes()
        .windows(6)
        .any(|word| word.eq_ignore_ascii_case(b"remote"));
    if !says_remote {
        let kept = place.as_bytes().trim_ascii_end().len();
        place.truncate(kept);
        place += if place.is_empty() {
            "Remote"
        } else {
            " (Remote)"
        };
    }
    Some(place)
}

/// Whether a board's flag written as text says yes: `True` (as pandas
/// writes it), `true`, `yes`, `1`.
pub(crate) fn flag_says_yes(flag: &str) -> bool {
    let flag = flag.as_bytes().trim_ascii();
    flag.eq_ignore_ascii_case(b"true") || flag.eq_ignore_ascii_case(b"yes") || flag == b"1"
}

/// A board's yes-or-no flag in JSON (JobSpy's `is_remote`): `true` or
/// `false`, or text as [`flag_says_yes`] reads it (`"True"`, as a
/// DataFrame's object column writes it); `null` is read as absent.
pub(crate) struct BoardFlag(pub(crate) bool);

impl<'de> serde::Deserialize<'de> for BoardFlag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Reader;
        impl serde::de::Visitor<'_> for Reader {
            type Value = BoardFlag;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("true, false or a text such as \"True\"")
            }
            fn visit_bool<E>(self, yes: bool) -> Result<BoardFlag, E> {
                Ok(BoardFlag(yes))
            }
            fn visit_str<E>(self, flag: &str) -> Result<BoardFlag, E> {
                Ok(BoardFlag(flag_says_yes(flag)))
            }
        }
        deserializer.deserialize_any(Reader)
    }
}

/// [`country_of_place`]'s country, with its names, states and dollars.
pub(crate) fn country_placed(place: &str) -> Option<&'static Country> {
    read_place(place).map(|(country, _)| country)
}

/// [`country_placed`]'s country, and whether `place` is only a place:
/// every word part of a place read, but figures (a postcode), capitalised
/// names before the first place (a suburb it does not know) and a note in
/// brackets. `Macquarie Park, Sydney NSW 2000` and `Berlin, Germany
/// (Hybrid)` are only a place; `Sydney Water` (a company) and `customers
/// across Queensland` are not.
pub(crate) fn read_place(place: &str) -> Option<(&'static Country, bool)> {
    /// The words read: `Sydney, New South Wales, Australia (hybrid, three
    /// days in the office)` is 12.
    const PLACE_WORDS: usize = 32;
    // Each word's start and end in `place`; letters beyond ASCII
    // (`Zürich`, `Kraków`) are part of words, the dashes, bullets and dots
    // of Unicode's general punctuation (E2 80 xx: `Remote—Australia`) and
    // the middle dot (C2 B7: `Remote·UK`) part them.
    // On the stack: the analysis reads every short line of a listing's
    // head, and an allocation a line showed in its profile.
    let mut found_words = [(0, 0); PLACE_WORDS];
    let mut count = 0;
    let mut start = None;
    let bytes = place.as_bytes();
    // The bytes of a parting mark still to pass.
    let mut parting = 0u8;
    for (at, b) in bytes.iter().copied().chain([b' ']).enumerate() {
        let next = bytes.get(at + 1).copied();
        if parting == 0 {
            parting = match (b, next) {
                (0xE2, Some(0x80)) => 3,
                (0xC2, Some(0xB7)) => 2,
                _ => 0,
            };
        }
        let in_word = parting == 0 && (b.is_ascii_alphanumeric() || b >= 0x80);
        parting = parting.saturating_sub(1);
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found_words[count] = (from, at);
                count += 1;
                start = None;
                // A place is a few words; a megabyte of them (a hostile
                // listing) would be looked up word by word for a second.
                if count == PLACE_WORDS {
                    break;
                }
            }
            _ => {}
        }
    }
    // The country read so far, and how large the place that named it:
    // a city 0, a state 1, a country 2.
    let mut found: Option<(&'static Country, u8)> = None;
    // Where the place read last ends.
    let mut read_to = 0;
    let mut only_places = true;
    let note = bytes.iter().position(|&b| b == b'(').unwrap_or(bytes.len());
    let mut first = 0;
    let words = &found_words[..count];
    while first < words.len() {
        // The longest run of up to three words naming a place where it
        // starts, so `New South Wales` is read before `Wales`.
        let named = (first..words.len().min(first + 3)).rev().find_map(|end| {
            let phrase = &place[words[first].0..words[end].1];
            place_named(phrase).map(|place| (end, place))
        });
        let (from, word) = (words[first].0, &place[words[first].0..words[first].1]);
        let read = match named {
            Some((end, place)) => {
                first = end;
                Some(place)
            }
            // A code in capitals (`NSW`, `TX`): in small letters it is a
            // word (`Remote or hybrid`). The country read before keeps a
            // code it writes too, or its own ISO code (`Berlin, DE`).
            // Before a hyphen it is an id's prefix (`Ref: MD-021784`).
            None if word.bytes().all(|b| b.is_ascii_uppercase())
                && bytes.get(words[first].1) != Some(&b'-') =>
            {
                let size = |c: &Country| if c.code == word { 2 } else { 1 };
                let agrees = found
                    .map(|(c, _)| c)
                    .filter(|c| c.code == word || in_lines(c.codes, word));
                let mut writing = COUNTRIES.iter().filter(|c| in_lines(c.codes, word));
                match (agrees, writing.next(), writing.next()) {
                    (Some(c), ..) | (None, Some(c), None) => Some((c, size(c))),
                    // Two countries' code (`Spokane, WA`), or none (`REMOTE`).
                    _ => None,
                }
            }
            None => None,
        };
        // A postcode (`Dublin 2`; after a country's name, of four digits
        // or more: `Australia 482` is a visa), a capitalised name before
        // the first place read (a suburb it does not know: `Parramatta
        // NSW`), a city's centre (`Wellington CBD`, and SEEK New
        // Zealand's `Wellington Central`), the work mode beside a place
        // (`San Francisco, CA or Remote (US)`, `Sydney / Hybrid`), a note.
        only_places &= read.is_some()
            || from > note
            || (found.is_some()
                && matches!(
                    word.as_bytes(),
                    b"CBD" | b"Central" | b"or" | b"Remote" | b"Hybrid" | b"Onsite"
                ))
            || (word.bytes().all(|b| b.is_ascii_digit())
                && (word.len() >= 4 || found.is_none_or(|(_, size)| size < 2)))
            || (found.is_none() && word.starts_with(|c: char| c.is_ascii_uppercase()));
        if let Some((country, size)) = read {
            found = match found {
                Some((before, before_size)) if std::ptr::eq(before, country) => {
                    Some((country, size.max(before_size)))
                }
                // A place in another country, smaller, or as large and not
                // a state after a comma (`Seattle or Vancouver`, `Sydney,
                // Auckland`; `Victoria, British Columbia` names the city's
                // province): the place is in two.
                Some((_, before_size))
                    if size < before_size
                        || (size == before_size
                            && (size == 0 || !place[read_to..from].contains(','))) =>
                {
                    return None
                }
                _ => Some((country, size)),
            };
            read_to = words[first].1;
        }
        first += 1;
    }
    found.map(|(c, _)| (c, only_places))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_places_boards_write() {
        for (place, country) in [
            ("Sydney NSW", Some("AU")),
            ("Perth WA", Some("AU")),
            ("Newcastle NSW", Some("AU")),
            ("Remote (Australia)", Some("AU")),
            ("Wellington", Some("NZ")),
            ("Auckland, New Zealand", Some("NZ")),
            ("Manchester", Some("GB")),
            ("London, UK", Some("GB")),
            ("Seattle, WA", Some("US")),
            ("San Francisco, CA", Some("US")),
            ("Austin, TX 78701", Some("US")),
            ("Toronto, ON", Some("CA")),
            ("Vancouver, BC, Canada", Some("CA")),
            ("Sacramento, CA", Some("US")),
            ("Spokane, WA", None),
            ("WA, USA", Some("US")),
            ("Remote - UK or Ireland", None),
            ("London, UK", Some("GB")),
            ("WA", None),
            ("Toronto, CA", Some("CA")),
            // States and provinces in full, as LinkedIn writes them.
            ("Denver, Colorado", Some("US")),
            ("Remote - Texas", Some("US")),
            ("Halifax, Nova Scotia", Some("CA")),
            ("Hobart, Tasmania, Australia", Some("AU")),
            // A state after a city of another country's name.
            ("London, ON", Some("CA")),
            ("Birmingham, AL", Some("US")),
            ("Melbourne, FL", Some("US")),
            ("Paris, Texas", Some("US")),
            ("Victoria, British Columbia", Some("CA")),
            ("Perth, Scotland", Some("GB")),
            // Beyond the English-speaking boards.
            ("Berlin, Germany", Some("DE")),
            ("Berlin, DE", Some("DE")),
            ("Wilmington, DE", Some("US")),
            ("Zürich", Some("CH")),
            // A code before a hyphen is an id's prefix.
            ("Sydney | Ref: MD-021784", Some("AU")),
            // Unicode's dashes, bullets and middle dots part words.
            ("Remote—Australia", Some("AU")),
            ("Remote–UK", Some("GB")),
            ("Auckland•Wellington", Some("NZ")),
            ("Remote·Canada", Some("CA")),
            ("Zürich—Switzerland", Some("CH")),
            ("Kraków, Poland", Some("PL")),
            ("Bengaluru, Karnataka", Some("IN")),
            ("Dublin 2", Some("IE")),
            ("Singapore", Some("SG")),
            ("NEW YORK, NY", Some("US")),
            ("Sydney, Nova Scotia, Canada", Some("CA")),
            ("Toronto, ON, Canada", Some("CA")),
            ("New York, NY, USA", Some("US")),
            // Places in two countries name neither.
            ("Seattle or Vancouver", None),
            ("Remote - US or Canada", None),
            ("Australia/New Zealand", None),
            ("London or Berlin", None),
            ("Sydney, Auckland", None),
            ("Melbourne or Sydney", Some("AU")),
            ("Remote", None),
            ("Remote, IT", None),
            // Only a place's first words are read.
            (&format!("{}Sydney", "Remote ".repeat(40)), None),
            (&format!("Sydney{}", " remote".repeat(100_000)), Some("AU")),
            ("Lagos", None),
            ("Hybrid", None),
            ("Remote or hybrid, on site in the office", None),
            ("", None),
        ] {
            assert_eq!(country_of_place(place), country, "{place}");
        }
    }

    #[test]
    fn tells_a_place_from_a_name_with_a_place_in_it() {
        let only = |place: &str| read_place(place).map(|(_, only)| only);
        for (place, expected) in [
            ("Macquarie Park, Sydney NSW 2000", Some(true)),
            ("Dublin 2", Some(true)),
            ("Berlin, Germany 10115", Some(true)),
            // A city's centre, as SEEK and NZ boards write it.
            ("Wellington CBD", Some(true)),
            ("Sydney CBD, NSW", Some(true)),
            ("Wellington Central, Wellington", Some(true)),
            ("Christchurch Central", Some(true)),
            // Not a centre: a name with a place in it.
            ("Central Coast Council", None),
            ("Auckland Central Library", Some(false)),
            // A visa's subclass, not a postcode.
            ("Australia 482", Some(false)),
            // A note in brackets is not part of the place's name.
            ("Berlin, Germany (Hybrid)", Some(true)),
            ("Remote (US)", Some(true)),
            ("Sydney Water", Some(false)),
            ("customers across Queensland", Some(false)),
            ("US$180K/yr", Some(false)),
            ("Acme", None),
        ] {
            assert_eq!(only(place), expected, "{place}");
        }
    }
}
