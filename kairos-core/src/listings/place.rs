//! The country a listing's place is in (`Sydney NSW`, `Remote
//! (Australia)`, `Austin, TX`, `Manchester`), so a job abroad is judged by
//! the user's right to work there, not where they look for work.

use crate::geography::{listing, Country, COUNTRIES};
use crate::skills::in_lines;

/// The ISO code of the country a listing's `place` names, when it names
/// one this knows: a country, a state or province, or a city that tech
/// jobs are listed in. `None` for `Remote` and places it does not know.
///
/// Places go from small to large (`Austin, Texas, USA`): a country named
/// decides, else the last state, city or code does, so `London, ON` is
/// Canadian and `Birmingham, AL` American. A code that two countries write
/// keeps the country named before it (`Seattle, WA`, `Perth WA`) and
/// names none without one (`Spokane, WA`).
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
/// assert_eq!(country_of_place("Remote"), None);
/// ```
pub fn country_of_place(place: &str) -> Option<&'static str> {
    // Each word's start and end in `place`; letters beyond ASCII
    // (`Zürich`, `Kraków`) are part of words.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (at, b) in place.bytes().chain([b' ']).enumerate() {
        match (b.is_ascii_alphanumeric() || b >= 0x80, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push((from, at));
                start = None;
            }
            _ => {}
        }
    }
    // The country the last place or code named.
    let mut last: Option<&'static Country> = None;
    let mut first = 0;
    while first < words.len() {
        // The longest run of up to three words naming a place where it
        // starts, so `New South Wales` is read before `Wales`.
        let named = (first..words.len().min(first + 3)).rev().find_map(|end| {
            let phrase = &place[words[first].0..words[end].1];
            if let Some(country) = listing(|c| c.names, phrase) {
                return Some((end, country, true));
            }
            listing(|c| c.regions, phrase)
                .or_else(|| listing(|c| c.cities, phrase))
                .map(|place| (end, place, false))
        });
        if let Some((end, country, is_country)) = named {
            if is_country {
                return Some(country.code);
            }
            last = Some(country);
            first = end + 1;
            continue;
        }
        // A code in capitals (`NSW`, `TX`): in small letters it is a word
        // (`Remote or hybrid`). The country named before it keeps a code
        // it writes too, or its own ISO code (`Berlin, DE`).
        let word = &place[words[first].0..words[first].1];
        if word.bytes().all(|b| b.is_ascii_uppercase()) {
            let agrees = last.filter(|c| c.code == word || in_lines(c.codes, word));
            let mut writing = COUNTRIES.iter().filter(|c| in_lines(c.codes, word));
            last = match (agrees, writing.next(), writing.next()) {
                (Some(country), ..) => Some(country),
                (None, Some(country), None) => Some(country),
                (None, Some(_), Some(_)) => None,
                // Not a code (`REMOTE`).
                (None, None, _) => last,
            };
        }
        first += 1;
    }
    last.map(|c| c.code)
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
            ("Kraków, Poland", Some("PL")),
            ("Bengaluru, Karnataka", Some("IN")),
            ("Dublin 2", Some("IE")),
            ("Singapore", Some("SG")),
            ("NEW YORK, NY", Some("US")),
            ("Remote", None),
            ("Remote, IT", None),
            ("Lagos", None),
            ("Hybrid", None),
            ("Remote or hybrid, on site in the office", None),
            ("", None),
        ] {
            assert_eq!(country_of_place(place), country, "{place}");
        }
    }
}
