//! The country a listing's place is in (`Sydney NSW`, `Remote
//! (Australia)`, `Austin, TX`, `Manchester`), so a job abroad is judged by
//! the user's right to work there, not where they look for work.

use crate::skills::in_lines;

/// The ISO code of the country a listing's `place` names, when it names
/// one this knows: a country, a state or province, or a city that tech
/// jobs are listed in. `None` for `Remote` and places it does not know.
///
/// Cities are read before state codes, so `Seattle, WA` is American and
/// `Perth WA` Australian; a code alone (`WA`, `CA`) is read as the
/// Australian state or Canada, as boards in those countries write them.
///
/// ```
/// use kairos_core::listings::country_of_place;
///
/// assert_eq!(country_of_place("Sydney NSW"), Some("AU"));
/// assert_eq!(country_of_place("Remote (Australia)"), Some("AU"));
/// assert_eq!(country_of_place("Austin, TX"), Some("US"));
/// assert_eq!(country_of_place("Manchester"), Some("GB"));
/// assert_eq!(country_of_place("Remote"), None);
/// ```
pub fn country_of_place(place: &str) -> Option<&'static str> {
    // Each word's start and end in `place`.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (at, b) in place.bytes().chain([b' ']).enumerate() {
        match (b.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push((from, at));
                start = None;
            }
            _ => {}
        }
    }
    // (`in_lines` compares in any case.)
    let country = |table: &[(&'static str, &str)], phrase: &str| {
        table
            .iter()
            .find(|(_, names)| in_lines(names, phrase))
            .map(|(code, _)| *code)
    };
    // Every run of one to three words as written, longest first where they
    // start, so `New South Wales` is read before `Wales`.
    let named = (0..words.len()).find_map(|first| {
        (first..words.len().min(first + 3))
            .rev()
            .find_map(|last| country(&NAMED, &place[words[first].0..words[last].1]))
    });
    // A code in capitals (`NSW`, `TX`): in small letters it is a word
    // (`Remote or hybrid`).
    named.or_else(|| {
        words
            .iter()
            .map(|&(from, to)| &place[from..to])
            .filter(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
            .find_map(|w| country(&CODED, w))
    })
}

/// Countries, states and cities by name.
const NAMED: [(&str, &str); 5] = [
    (
        "AU",
        phrase_lines![
            "australia",
            "new south wales",
            "victoria",
            "queensland",
            "western australia",
            "south australia",
            "tasmania",
            "sydney",
            "melbourne",
            "brisbane",
            "perth",
            "adelaide",
            "canberra",
            "hobart",
            "darwin",
            "gold coast",
        ],
    ),
    (
        "NZ",
        phrase_lines!["new zealand", "auckland", "wellington", "christchurch"],
    ),
    (
        "GB",
        phrase_lines![
            "united kingdom",
            "england",
            "scotland",
            "london",
            "manchester",
            "birmingham",
            "leeds",
            "bristol",
            "edinburgh",
            "glasgow",
            "belfast",
            "cardiff",
        ],
    ),
    (
        "US",
        phrase_lines![
            "united states",
            "usa",
            "new york",
            "san francisco",
            "seattle",
            "austin",
            "boston",
            "chicago",
            "los angeles",
            "denver",
            "atlanta",
            "california",
            "texas",
        ],
    ),
    (
        "CA",
        phrase_lines![
            "canada",
            "toronto",
            "vancouver",
            "montreal",
            "ottawa",
            "ontario"
        ],
    ),
];

/// Countries, states and provinces by code, read when no name is known.
const CODED: [(&str, &str); 5] = [
    (
        "AU",
        phrase_lines!["au", "nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"],
    ),
    ("NZ", phrase_lines!["nz"]),
    ("GB", phrase_lines!["uk", "gb"]),
    (
        "US",
        phrase_lines![
            "us", "ny", "tx", "ma", "il", "co", "ga", "nc", "va", "fl", "or", "nj", "pa", "dc",
            "ut", "az", "mn", "oh", "mi", "md", "tn", "mo", "wi", "in",
        ],
    ),
    ("CA", phrase_lines!["ca", "on", "bc", "qc", "ab"]),
];

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
            ("Remote", None),
            ("Hybrid", None),
            ("Remote or hybrid, on site in the office", None),
            ("", None),
        ] {
            assert_eq!(country_of_place(place), country, "{place}");
        }
    }
}
