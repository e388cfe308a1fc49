//! The countries Kairos knows by name: how places and sentences write
//! them, their states and provinces, the cities tech jobs are listed in,
//! and their dollars. One table, read by the listing's place, the pay's
//! currency, the resume's places and the verdict on work rights, so that
//! what one of them learns (a state, a city) the others know too.

use std::sync::OnceLock;

use crate::fasthash::PlaceMap;
use crate::skills::in_lines;

/// A country, its places and its words. Lists are written with
/// `phrase_lines!`, a phrase a line in lower case.
pub(crate) struct Country {
    /// The ISO 3166-1 code: `AU`, `GB`.
    pub(crate) code: &'static str,
    /// Its name in a sentence: `Australia`, `the United Kingdom`.
    pub(crate) name: &'static str,
    /// What qualifies its citizenship: `Australian`, `UK`.
    pub(crate) adjective: &'static str,
    /// How places write the country: `australia`, `usa`.
    pub(crate) names: &'static str,
    /// Its states, provinces and nations in full: `new south wales`.
    pub(crate) regions: &'static str,
    /// Cities tech jobs are listed in.
    pub(crate) cities: &'static str,
    /// Codes places write in capitals for its regions (`NSW`, `TX`), and
    /// its ISO code where places write it alone (`US`); any country's ISO
    /// code counts after one of its places (`Berlin, DE`), but not alone,
    /// since many are words (`IT`, `NO`, `AT`). Short names written in any
    /// case (`UK`, `USA`) are among its names.
    pub(crate) codes: &'static str,
    /// The ISO currency of its dollars, if it pays in dollars.
    pub(crate) dollars: Option<&'static str>,
}

/// A country known by its names and cities only.
const NAMED_ONLY: Country = Country {
    code: "",
    name: "",
    adjective: "",
    names: "",
    regions: "",
    cities: "",
    codes: "",
    dollars: None,
};

/// The countries, those whose boards Kairos reads first. A `static`, not
/// a `const`: readers tell two countries apart by address
/// (`std::ptr::eq`), and a constant's copies need not share one.
pub(crate) static COUNTRIES: &[Country] = &[
    Country {
        code: "AU",
        name: "Australia",
        adjective: "Australian",
        names: phrase_lines!["australia", "aus"],
        regions: phrase_lines![
            "new south wales",
            "victoria",
            "queensland",
            "western australia",
            "south australia",
            "tasmania",
            "australian capital territory",
            "northern territory",
        ],
        cities: phrase_lines![
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
            "wollongong",
        ],
        codes: phrase_lines!["au", "nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"],
        dollars: Some("AUD"),
    },
    Country {
        code: "NZ",
        name: "New Zealand",
        adjective: "New Zealand",
        names: phrase_lines!["new zealand", "aotearoa"],
        cities: phrase_lines!["auckland", "wellington", "christchurch", "dunedin"],
        codes: phrase_lines!["nz"],
        dollars: Some("NZD"),
        ..NAMED_ONLY
    },
    Country {
        code: "GB",
        name: "the United Kingdom",
        adjective: "UK",
        names: phrase_lines!["united kingdom", "great britain", "uk"],
        regions: phrase_lines!["england", "scotland", "wales", "northern ireland"],
        cities: phrase_lines![
            "london",
            "manchester",
            "birmingham",
            "leeds",
            "bristol",
            "edinburgh",
            "glasgow",
            "belfast",
            "cardiff",
            "cambridge",
            "oxford",
            "sheffield",
            "nottingham",
            "liverpool",
        ],
        codes: phrase_lines!["gb"],
        ..NAMED_ONLY
    },
    Country {
        code: "US",
        name: "the United States",
        adjective: "US",
        names: phrase_lines!["united states", "united states of america", "usa"],
        regions: phrase_lines![
            "alabama",
            "alaska",
            "arizona",
            "arkansas",
            "california",
            "colorado",
            "connecticut",
            "delaware",
            "florida",
            "georgia",
            "hawaii",
            "idaho",
            "illinois",
            "indiana",
            "iowa",
            "kansas",
            "kentucky",
            "louisiana",
            "maine",
            "maryland",
            "massachusetts",
            "michigan",
            "minnesota",
            "mississippi",
            "missouri",
            "montana",
            "nebraska",
            "nevada",
            "new hampshire",
            "new jersey",
            "new mexico",
            "new york",
            "north carolina",
            "north dakota",
            "ohio",
            "oklahoma",
            "oregon",
            "pennsylvania",
            "rhode island",
            "south carolina",
            "south dakota",
            "tennessee",
            "texas",
            "utah",
            "vermont",
            "virginia",
            "washington",
            "west virginia",
            "wisconsin",
            "wyoming",
            "district of columbia",
        ],
        cities: phrase_lines![
            "nyc",
            "san francisco",
            "bay area",
            "seattle",
            "austin",
            "boston",
            "chicago",
            "los angeles",
            "denver",
            "atlanta",
            "san diego",
            "san jose",
            "portland",
            "miami",
            "dallas",
            "houston",
            "phoenix",
            "philadelphia",
            "pittsburgh",
            "raleigh",
            "salt lake city",
            "minneapolis",
            "detroit",
            "nashville",
        ],
        codes: phrase_lines![
            "us", "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id",
            "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
            "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc",
            "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
        ],
        dollars: Some("USD"),
    },
    Country {
        code: "CA",
        name: "Canada",
        adjective: "Canadian",
        names: phrase_lines!["canada"],
        regions: phrase_lines![
            "ontario",
            "quebec",
            "québec",
            "british columbia",
            "alberta",
            "manitoba",
            "saskatchewan",
            "nova scotia",
            "new brunswick",
            "newfoundland",
            "prince edward island",
        ],
        cities: phrase_lines![
            "toronto",
            "vancouver",
            "montreal",
            "montréal",
            "ottawa",
            "calgary",
            "edmonton",
            "waterloo",
            "halifax",
            "winnipeg",
        ],
        // Not `CA`, which places write for California (`Toronto, CA` is
        // Canada's by its ISO code).
        codes: phrase_lines!["on", "bc", "qc", "ab", "mb", "sk", "ns", "nb", "nl", "pe"],
        dollars: Some("CAD"),
    },
    Country {
        code: "IE",
        name: "Ireland",
        adjective: "Irish",
        names: phrase_lines!["ireland"],
        cities: phrase_lines!["dublin", "cork", "galway", "limerick"],
        ..NAMED_ONLY
    },
    Country {
        code: "SG",
        name: "Singapore",
        adjective: "Singaporean",
        names: phrase_lines!["singapore"],
        dollars: Some("SGD"),
        ..NAMED_ONLY
    },
    Country {
        code: "HK",
        name: "Hong Kong",
        adjective: "Hong Kong",
        names: phrase_lines!["hong kong"],
        dollars: Some("HKD"),
        ..NAMED_ONLY
    },
    Country {
        code: "IN",
        name: "India",
        adjective: "Indian",
        names: phrase_lines!["india"],
        cities: phrase_lines![
            "bangalore",
            "bengaluru",
            "hyderabad",
            "pune",
            "mumbai",
            "delhi",
            "new delhi",
            "chennai",
            "gurgaon",
            "gurugram",
            "noida",
        ],
        ..NAMED_ONLY
    },
    Country {
        code: "DE",
        name: "Germany",
        adjective: "German",
        names: phrase_lines!["germany", "deutschland"],
        cities: phrase_lines![
            "berlin",
            "munich",
            "münchen",
            "hamburg",
            "frankfurt",
            "cologne",
            "köln",
            "stuttgart",
        ],
        ..NAMED_ONLY
    },
    Country {
        code: "NL",
        name: "the Netherlands",
        adjective: "Dutch",
        names: phrase_lines!["netherlands", "the netherlands"],
        cities: phrase_lines![
            "amsterdam",
            "rotterdam",
            "utrecht",
            "eindhoven",
            "the hague"
        ],
        ..NAMED_ONLY
    },
    Country {
        code: "FR",
        name: "France",
        adjective: "French",
        names: phrase_lines!["france"],
        cities: phrase_lines!["paris", "lyon"],
        ..NAMED_ONLY
    },
    Country {
        code: "ES",
        name: "Spain",
        adjective: "Spanish",
        names: phrase_lines!["spain"],
        cities: phrase_lines!["madrid", "barcelona"],
        ..NAMED_ONLY
    },
    Country {
        code: "PT",
        name: "Portugal",
        adjective: "Portuguese",
        names: phrase_lines!["portugal"],
        cities: phrase_lines!["lisbon", "porto"],
        ..NAMED_ONLY
    },
    Country {
        code: "IT",
        name: "Italy",
        adjective: "Italian",
        names: phrase_lines!["italy"],
        cities: phrase_lines!["milan", "rome"],
        ..NAMED_ONLY
    },
    Country {
        code: "PL",
        name: "Poland",
        adjective: "Polish",
        names: phrase_lines!["poland"],
        cities: phrase_lines!["warsaw", "krakow", "kraków", "wroclaw", "wrocław"],
        ..NAMED_ONLY
    },
    Country {
        code: "CH",
        name: "Switzerland",
        adjective: "Swiss",
        names: phrase_lines!["switzerland"],
        cities: phrase_lines!["zurich", "zürich", "geneva", "basel", "lausanne"],
        ..NAMED_ONLY
    },
    Country {
        code: "AT",
        name: "Austria",
        adjective: "Austrian",
        names: phrase_lines!["austria"],
        cities: phrase_lines!["vienna"],
        ..NAMED_ONLY
    },
    Country {
        code: "BE",
        name: "Belgium",
        adjective: "Belgian",
        names: phrase_lines!["belgium"],
        cities: phrase_lines!["brussels", "antwerp"],
        ..NAMED_ONLY
    },
    Country {
        code: "SE",
        name: "Sweden",
        adjective: "Swedish",
        names: phrase_lines!["sweden"],
        cities: phrase_lines!["stockholm", "gothenburg"],
        ..NAMED_ONLY
    },
    Country {
        code: "DK",
        name: "Denmark",
        adjective: "Danish",
        names: phrase_lines!["denmark"],
        cities: phrase_lines!["copenhagen"],
        ..NAMED_ONLY
    },
    Country {
        code: "NO",
        name: "Norway",
        adjective: "Norwegian",
        names: phrase_lines!["norway"],
        cities: phrase_lines!["oslo"],
        ..NAMED_ONLY
    },
    Country {
        code: "FI",
        name: "Finland",
        adjective: "Finnish",
        names: phrase_lines!["finland"],
        cities: phrase_lines!["helsinki"],
        ..NAMED_ONLY
    },
    Country {
        code: "CZ",
        name: "Czechia",
        adjective: "Czech",
        names: phrase_lines!["czechia", "czech republic"],
        cities: phrase_lines!["prague", "brno"],
        ..NAMED_ONLY
    },
    Country {
        code: "GR",
        name: "Greece",
        adjective: "Greek",
        names: phrase_lines!["greece"],
        cities: phrase_lines!["athens"],
        ..NAMED_ONLY
    },
    Country {
        code: "RO",
        name: "Romania",
        adjective: "Romanian",
        names: phrase_lines!["romania"],
        cities: phrase_lines!["bucharest"],
        ..NAMED_ONLY
    },
    Country {
        code: "JP",
        name: "Japan",
        adjective: "Japanese",
        names: phrase_lines!["japan"],
        cities: phrase_lines!["tokyo", "osaka"],
        ..NAMED_ONLY
    },
    Country {
        code: "PH",
        name: "the Philippines",
        adjective: "Philippine",
        names: phrase_lines!["philippines", "the philippines"],
        cities: phrase_lines!["manila"],
        ..NAMED_ONLY
    },
    Country {
        code: "ZA",
        name: "South Africa",
        adjective: "South African",
        names: phrase_lines!["south africa"],
        cities: phrase_lines!["cape town", "johannesburg"],
        ..NAMED_ONLY
    },
];

/// The countries of the European Economic Area and Switzerland, whose
/// citizens may live and work in one another's.
const FREE_MOVEMENT: &str = phrase_lines![
    "at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv",
    "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no", "ch",
];

/// The country whose ISO code is `code`, in any case.
pub(crate) fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Whether `code` is a country of the European Economic Area or
/// Switzerland, in any case.
pub(crate) fn moves_freely(code: &str) -> bool {
    in_lines(FREE_MOVEMENT, code)
}

/// Whether a citizen of `home` may work in `abroad` without a visa, by a
/// treaty between them: within the European Economic Area and Switzerland,
/// across the Common Travel Area of Ireland and the United Kingdom, or
/// across the Tasman (Australia and New Zealand). Codes are ISO, in any
/// case.
pub(crate) fn citizens_may_work(home: &str, abroad: &str) -> bool {
    let pair = |a: &str, b: &str| home.eq_ignore_ascii_case(a) && abroad.eq_ignore_ascii_case(b);
    let either_way = |a: &str, b: &str| pair(a, b) || pair(b, a);
    (moves_freely(home) && moves_freely(abroad)) || either_way("IE", "GB") || either_way("AU", "NZ")
}

/// The first of [`COUNTRIES`] whose `list` (one of its phrase lists)
/// holds `phrase`, in any case: what [`place_named`]'s index must agree
/// with.
#[cfg(test)]
fn listing(list: fn(&Country) -> &str, phrase: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| in_lines(list(c), phrase))
}

/// The country a place's name (`Sydney`, `new south wales`, `USA`) names,
/// in any case, and how large the place is: a city 0, a state 1, a
/// country 2. A name two countries list is the larger place's (`Victoria`
/// the Australian state, not the Canadian city), then the first
/// country's in [`COUNTRIES`].
pub(crate) fn place_named(phrase: &str) -> Option<(&'static Country, u8)> {
    // Every place of every country by its name's key, larger places and
    // earlier countries first among names alike: the place reader looks
    // up every run of a listing's short head lines, and one look-up costs
    // less than the 87 list searches (three sizes, 29 countries) it
    // replaces, which were a quarter of the analysis's time. The map
    // shares its code with the core's other maps of numbers.
    static PLACES: OnceLock<PlaceMap> = OnceLock::new();
    let places = PLACES.get_or_init(|| {
        let mut places = PlaceMap::default();
        for size in (0..3u8).rev() {
            for (at, country) in COUNTRIES.iter().enumerate() {
                for name in places_of(country, size).lines() {
                    places
                        .entry(name_key(name))
                        .or_insert(at * 4 + usize::from(size));
                }
            }
        }
        places
    });
    let &found = places.get(&name_key(phrase))?;
    let (country, size) = (&COUNTRIES[found / 4], (found % 4) as u8);
    // A key is a hash: the name itself decides (no two names the lists
    // hold share a key, as a test checks).
    in_lines(places_of(country, size), phrase).then_some((country, size))
}

/// A country's places of a size: its cities (0), states (1) or names (2).
fn places_of(country: &Country, size: u8) -> &'static str {
    match size {
        0 => country.cities,
        1 => country.regions,
        _ => country.names,
    }
}

/// A place name's key, in any case: FNV-1a over its bytes in small
/// letters, as wide as the target's `usize`.
fn name_key(name: &str) -> usize {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, b| {
        (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    });
    hash as usize
}

/// Whether `name` is a country's name (`Germany`, `United States`), in
/// any case.
pub(crate) fn is_country(name: &str) -> bool {
    place_named(name).is_some_and(|(_, size)| size == 2)
}

/// Whether `name` is a country or one of its states in full (`Germany`,
/// `California`, `New South Wales`), in any case.
pub(crate) fn is_country_or_region(name: &str) -> bool {
    place_named(name).is_some_and(|(_, size)| size >= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers as a search of the lists, largest places
    /// first, would: for every name listed, in any case, and for none else.
    #[test]
    fn a_place_is_looked_up_as_the_lists_read() {
        let by_lists = |phrase: &str| {
            let lists: [fn(&Country) -> &'static str; 3] =
                [|c| c.cities, |c| c.regions, |c| c.names];
            (0..3u8)
                .rev()
                .find_map(|size| Some((listing(lists[usize::from(size)], phrase)?.code, size)))
        };
        let mut names = 0;
        for c in COUNTRIES {
            for name in [c.cities, c.regions, c.names]
                .iter()
                .flat_map(|l| l.lines())
            {
                for phrase in [
                    name.to_owned(),
                    name.to_ascii_uppercase(),
                    capitalised(name),
                ] {
                    let found = place_named(&phrase).map(|(c, size)| (c.code, size));
                    assert_eq!(found, by_lists(&phrase), "{phrase}");
                    assert!(found.is_some(), "{phrase}");
                }
                names += 1;
            }
        }
        assert!(names > 200, "{names} names");
        // No two names share a key, on 64-bit targets or on 32-bit ones
        // (WebAssembly), where a key keeps its low half.
        let mut keys: Vec<(u64, u32, String)> = COUNTRIES
            .iter()
            .flat_map(|c| [c.cities, c.regions, c.names])
            .flat_map(str::lines)
            .map(|name| {
                let key = name_key(name) as u64;
                (key, key as u32, name.to_owned())
            })
            .collect();
        keys.sort();
        keys.dedup_by(|a, b| a.2 == b.2);
        for pair in keys.windows(2) {
            assert!(pair[0].0 != pair[1].0, "{} and {}", pair[0].2, pair[1].2);
        }
        keys.sort_by_key(|k| k.1);
        for pair in keys.windows(2) {
            assert!(pair[0].1 != pair[1].1, "{} and {}", pair[0].2, pair[1].2);
        }
        assert_eq!(
            place_named("Victoria").map(|(c, size)| (c.code, size)),
            Some(("AU", 1))
        );
        for phrase in ["", "Sydne", "Sydneys", "Lagos", "Remote", "zzz", "aaa"] {
            assert!(place_named(phrase).is_none(), "{phrase}");
        }
    }

    fn capitalised(name: &str) -> String {
        name.split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn each_country_is_listed_once_with_its_words() {
        for (k, c) in COUNTRIES.iter().enumerate() {
            assert!(
                COUNTRIES[..k].iter().all(|d| d.code != c.code),
                "{} twice",
                c.code
            );
            assert!(!c.name.is_empty() && !c.adjective.is_empty() && !c.names.is_empty());
            for list in [c.names, c.regions, c.cities, c.codes] {
                assert!(list.is_empty() || list.ends_with('\n'), "{}", c.code);
                assert_eq!(list, list.to_lowercase(), "{} in lower case", c.code);
            }
        }
    }

    #[test]
    fn treaties_let_citizens_work_abroad() {
        assert!(citizens_may_work("IE", "DE") && citizens_may_work("de", "ch"));
        assert!(citizens_may_work("IE", "GB") && citizens_may_work("GB", "IE"));
        assert!(!citizens_may_work("GB", "DE") && !citizens_may_work("AU", "DE"));
        assert!(citizens_may_work("au", "NZ") && citizens_may_work("NZ", "AU"));
        assert!(!citizens_may_work("US", "CA") && !citizens_may_work("", "DE"));
    }

    #[test]
    fn names_countries_and_regions_not_cities() {
        assert!(is_country_or_region("Germany") && is_country_or_region("new south wales"));
        assert!(is_country_or_region("Texas") && is_country_or_region("Scotland"));
        assert!(!is_country_or_region("Berlin") && !is_country_or_region("Sydney"));
    }
}
