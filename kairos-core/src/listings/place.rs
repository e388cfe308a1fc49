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
    let written: Vec<&str> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    let country = |table: &[(&'static str, &str)], phrase: &str| {
        table
            .iter()
            .find(|(_, names)| in_lines(names, phrase))
            .map(|(code, _)| *code)
    };
    // Every run of one to three words, longest first where they start, so
    // `new south wales` is read before `wales`.
    let named = (0..words.len()).find_map(|start| {
        (1..=3.min(words.len() - start))
            .rev()
            .find_map(|n| country(&NAMED, &words[start..start + n].join(" ")))
    });
    // A code in capitals (`NSW`, `TX`): in small letters it is a word
    // (`Remote or hybrid`).
    named.or_else(|| {
        written
            .iter()
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
            "australian capital territory",
            "northern territory",
            "sydney",
            "melbourne",
            "brisbane",
            "perth",
            "adelaide",
            "canberra",
            "hobart",
            "darwin",
            "gold coast",
            "geelong",
            "parramatta",
            "wollongong",
            "sunshine coast",
        ],
    ),
    (
        "NZ",
        phrase_lines![
            "new zealand",
            "auckland",
            "wellington",
            "christchurch",
            "dunedin",
            "tauranga",
        ],
    ),
    (
        "GB",
        phrase_lines![
            "united kingdom",
            "england",
            "scotland",
            "northern ireland",
            "great britain",
            "london",
            "manchester",
            "birmingham",
            "leeds",
            "bristol",
            "edinburgh",
            "glasgow",
            "liverpool",
            "sheffield",
            "nottingham",
            "newcastle upon tyne",
            "belfast",
            "cardiff",
            "reading",
            "brighton",
            "oxford",
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
            "washington dc",
            "san jose",
            "san diego",
            "dallas",
            "houston",
            "miami",
            "portland",
            "pittsburgh",
            "philadelphia",
            "raleigh",
            "salt lake city",
            "california",
            "texas",
            "new jersey",
            "massachusetts",
            "colorado",
            "illinois",
            "georgia",
            "north carolina",
            "virginia",
            "florida",
            "oregon",
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
            "calgary",
            "waterloo",
            "edmonton",
            "ontario",
            "british columbia",
            "quebec",
            "alberta",
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
            "ut", "az", "mn", "oh", "mi", "md", "tn", "mo", "wi", "in", "or",
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
