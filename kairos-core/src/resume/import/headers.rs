//! Reading the header line of a role, a study or a project: which part is
//! the title, which the employer, which the place and the dates.

use super::super::date_text::find_date_range;
use super::super::text::{bracketed_tail, first_url, is_bare_web_address, strip_inline};
use crate::case::Lowercase;
use crate::find;
use crate::geography;
use crate::listings::read_place;
use crate::model::{PartialDate, Until};
use crate::skills::in_lines;

/// The parts of a header line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Header {
    /// The parts other than dates, in the order written.
    pub(super) parts: Vec<String>,
    /// Parts that were bold in the source.
    pub(super) bold: Vec<String>,
    pub(super) start: Option<PartialDate>,
    pub(super) end: Option<Until>,
    /// Only one date was written.
    pub(super) single_date: bool,
    /// The address on the line: a link's (`[Acme](https://acme.com)`, its
    /// text a part) or one written out (`| https://acme.com`, no part).
    pub(super) url: Option<String>,
}

/// Words that make a part of a header line a job title.
const TITLE_WORDS: &str = phrase_lines![
    "engineer",
    "engineering",
    "developer",
    "programmer",
    "architect",
    "manager",
    "lead",
    "leader",
    "head",
    "director",
    "analyst",
    "scientist",
    "designer",
    "consultant",
    "intern",
    "internship",
    "specialist",
    "administrator",
    "officer",
    "coordinator",
    "associate",
    "assistant",
    "researcher",
    "technician",
    "founder",
    "co-founder",
    "cofounder",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "vp",
    "president",
    "sre",
    "devops",
    "tester",
    "qa",
    "owner",
    "partner",
    "advisor",
    "adviser",
    "contractor",
    "freelance",
    "freelancer",
    "teacher",
    "tutor",
    "lecturer",
    "fellow",
    "trainee",
    "graduate",
    "student",
    "editor",
    "writer",
    "representative",
    "executive",
    "chief",
    "principal",
    "staff",
    "senior",
    "junior",
    "ninja",
    "volunteer",
    "mentor",
    "instructor",
    "member",
    "swe",
    "sde",
    // French and Spanish.
    "développeur",
    "développeuse",
    "ingénieur",
    "ingénieure",
    "consultante",
    "architecte",
    "chef",
    "responsable",
    "stagiaire",
    "alternant",
    "alternante",
    "directeur",
    "directrice",
    "chercheur",
    "chercheuse",
    "technicien",
    "technicienne",
    "desarrollador",
    "desarrolladora",
    "ingeniero",
    "ingeniera",
    "programador",
    "programadora",
    "analista",
    "jefe",
    "jefa",
    "consultor",
    "consultora",
    "becario",
    "becaria",
    "arquitecto",
    "arquitecta",
    "gerente",
    "directora",
    "investigador",
    "investigadora",
];

/// How German job titles end, as the last part of a compound
/// (`Softwareentwicklerin`, `Projektleiter`, `Unternehmensberater`).
const GERMAN_TITLE_ENDS: &str = phrase_lines![
    "entwickler",
    "entwicklerin",
    "ingenieur",
    "ingenieurin",
    "berater",
    "beraterin",
    "leiter",
    "leiterin",
    "architekt",
    "architektin",
    "informatiker",
    "informatikerin",
    "werkstudent",
    "werkstudentin",
    "praktikant",
    "praktikantin",
    "administratorin",
    "analystin",
];

/// Whether a header part names a place by its shape alone: a remote or
/// hybrid job (`Remote`, `Hybrid (Sydney)`), or a city with its state's or
/// country's code (`Melbourne, VIC`, `Toronto, ON`), which no employer's
/// name ends with but for the kind of company (`Acme, LLC`), or with its
/// country (`Sydney, New South Wales, Australia`, as LinkedIn writes it;
/// `Berlin (Germany)`, as Europass does).
pub(super) fn is_place(part: &str) -> bool {
    let in_country = is_city_in_country(part);
    let first = part.split(&[' ', '(', ','][..]).next().unwrap_or_default();
    in_country
        || in_lines(
            phrase_lines!["remote", "hybrid", "on-site", "onsite"],
            first,
        )
        || part.rsplit_once(", ").is_some_and(|(_, last)| {
            // `Austin, TX 78701`, `Sydney, NSW 2000`, `Toronto, ON M5V 2T6`.
            let last = match last.split_once(' ') {
                Some((code, post)) if is_postcode(post) => code,
                _ => last,
            };
            let code = (2..=3).contains(&last.len())
                && last.bytes().all(|b| b.is_ascii_uppercase())
                && !in_lines(COMPANY_KINDS, last);
            code || geography::is_country_or_region(last)
        })
}

/// Whether a header part is a place by its shape ([`is_place`]) or by its
/// names: a city or a state the place reader knows, and nothing else but
/// a suburb and a postcode (`Melbourne`, `Brisbane QLD`, `Parramatta NSW
/// 2150`). No title or employer is only a place's name.
pub(super) fn is_named_place(part: &str) -> bool {
    is_place(part) || read_place(part).is_some_and(|(_, only)| only)
}

/// A state, province or country named in full (`California`, `Ontario`,
/// `Germany`).
pub(super) fn is_region(name: &str) -> bool {
    geography::is_country_or_region(name)
}

/// A postcode after a state's code: digits (`78701`, `78701-1234`,
/// `2000`), or Canada's letters and digits (`M5V 2T6`).
fn is_postcode(post: &str) -> bool {
    let b = post.as_bytes();
    let digits = (4..=10).contains(&b.len())
        && b[0].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'-');
    let canadian = matches!(b, [a, b1, c, b' ', d, e, f]
        if a.is_ascii_uppercase() && b1.is_ascii_digit() && c.is_ascii_uppercase()
            && d.is_ascii_digit() && e.is_ascii_uppercase() && f.is_ascii_digit());
    digits || canadian
}

/// Kinds of company, written after a comma in its name (`Acme, Inc.`),
/// which no place is.
pub(super) const COMPANY_KINDS: &str =
    phrase_lines!["inc", "llc", "ltd", "pty ltd", "pty", "plc", "gmbh", "corp", "co", "bv", "ag",];

/// `Berlin (Germany)`, `10115 Berlin (Germany)`: a city and its country
/// in brackets, as Europass writes places.
pub(super) fn is_city_in_country(part: &str) -> bool {
    bracketed_tail(part)
        .is_some_and(|(city, country)| !city.contains(',') && geography::is_country(country))
}

/// Whether a part only says how long a role lasted, as LinkedIn writes it
/// after the dates (`(3 years 5 months)`, `2 yrs 4 mos`, `less than a
/// year`): the dates say it already.
fn is_duration(part: &str) -> bool {
    let mut units = 0;
    for word in part
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
    {
        if in_lines(DURATION_UNITS, word) {
            units += 1;
        } else if !(word.bytes().all(|b| b.is_ascii_digit())
            || in_lines(phrase_lines!["less", "than", "a"], word))
        {
            return false;
        }
    }
    units > 0
}

/// The units of a duration.
const DURATION_UNITS: &str =
    phrase_lines!["year", "years", "yr", "yrs", "month", "months", "mo", "mos"];

/// Whether `part` reads as a job title.
pub(super) fn is_title(part: &str) -> bool {
    part.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| {
            in_lines(TITLE_WORDS, w)
            || german_title(w)
            // `INGÉNIEUR`: the list compares ASCII case only.
            || (!w.is_ascii() && in_lines(TITLE_WORDS, &w.lowercase()))
        })
}

fn german_title(word: &str) -> bool {
    // Every ending is six letters or more and ends in `r`, `n` or `t`.
    let last = word.as_bytes().last().map(u8::to_ascii_lowercase);
    if word.len() < 6 || !matches!(last, Some(b'r' | b'n' | b't')) {
        return false;
    }
    GERMAN_TITLE_ENDS.lines().any(|end| {
        word.len() >= end.len()
            && word
                .get(word.len() - end.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(end))
    })
}

fn bold_parts(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(a) = rest.find("**") {
        let after = &rest[a + 2..];
        let Some(b) = after.find("**") else { break };
        let inner = strip_inline(&after[..b]).trim().to_owned();
        if !inner.is_empty() {
            out.push(inner);
        }
        rest = &after[b + 2..];
    }
    out
}

/// `**Senior Engineer**, Northwind`: a bold run that a comma parts from
/// the rest of its part is a part of its own (a comma alone does not part
/// `Software Engineer, Payments`, a title with its team).
fn split_at_bold<'p>(part: &'p str, bold: &'p [String]) -> (&'p str, Option<&'p str>) {
    let trimmed = part.trim();
    for b in bold {
        if b.len() >= trimmed.len() {
            continue;
        }
        if let Some(rest) = trimmed
            .strip_prefix(b.as_str())
            .and_then(|r| r.strip_prefix(','))
        {
            return (b, Some(rest));
        }
        if let Some(head) = trimmed
            .strip_suffix(b.as_str())
            .and_then(|h| h.trim_end().strip_suffix(','))
        {
            return (head, Some(b));
        }
    }
    (part, None)
}

/// Splits a header line into its parts and dates.
pub(super) fn read_header(line: &str) -> Header {
    let bold = bold_parts(line);
    let url = first_url(line);
    let mut plain = strip_inline(line);
    // An address written out is no title, employer or place.
    if let Some(u) = url.as_deref() {
        if let Some(at) = plain.find(u) {
            plain.replace_range(at..at + u.len(), " ");
        }
    }
    let (rest, start, end, single_date) = match find_date_range(&plain) {
        Some(r) => {
            let mut s = plain.clone();
            s.replace_range(r.span.0..r.span.1, " ");
            (s, r.start, r.end, r.single)
        }
        None => (plain, None, None, false),
    };
    // `Engineer (2019 – 2021)`, `[ 04/2020 – Current ] Engineer` (as
    // Europass writes them): the dates' brackets go with them.
    let rest = drop_empty_brackets(&rest);
    let mut parts: Vec<String> = vec![rest];
    for sep in [
        " — ", " – ", " - ", " | ", " · ", " • ", " @ ", " at ", "—", "–", "|",
        // Columns of a PDF turned to text: `Acme Corp<tab>Sydney, NSW`, two
        // spaces or more.
        "\t", "  ",
    ] {
        parts = parts.iter().flat_map(|p| split_parts(p, sep)).collect();
    }
    // `*Backend Engineer* · Berlin`: a part in single-mark emphasis (the
    // double marks are gone already) is its words.
    let mut pieces = Vec::with_capacity(parts.len() + 1);
    for part in &parts {
        let (head, tail) = split_at_bold(part, &bold);
        pieces.push(head);
        pieces.extend(tail);
    }
    let mark = |c: char| matches!(c, ',' | ';' | ':' | '-' | '.' | '*' | '_') || c.is_whitespace();
    let mut parts: Vec<String> = pieces
        .into_iter()
        .map(|p| {
            let front = p.trim_start_matches(mark);
            let kept = front.trim_end_matches(mark);
            // `Shopwell Inc.`: the period of a company's abbreviation is
            // part of its name.
            let abbreviated = front[kept.len()..].starts_with('.')
                && in_lines(COMPANY_KINDS, kept.rsplit(' ').next().unwrap_or(kept));
            front[..kept.len() + usize::from(abbreviated)].to_owned()
        })
        .filter(|p| !p.is_empty() && !is_duration(p))
        .collect();
    let url = url.or_else(|| site_apart(&mut parts));
    Header {
        parts,
        bold,
        start,
        end,
        single_date,
        url,
    }
}

/// A site written without its scheme taken from the parts: a part of its
/// own in small letters (`| koala.example.com`; `Booking.com` is an
/// employer's name), or in brackets after a name (`Koala Freight
/// (koala.example.com)`).
fn site_apart(parts: &mut Vec<String>) -> Option<String> {
    for i in 0..parts.len() {
        let part = &parts[i];
        if is_bare_web_address(part) && !part.bytes().any(|b| b.is_ascii_uppercase()) {
            return Some(parts.remove(i));
        }
        if let Some((name, url)) = bracketed_tail(part) {
            if is_bare_web_address(url) {
                let (url, name_len) = (url.to_owned(), name.trim_end().len());
                parts[i].truncate(name_len);
                return Some(url);
            }
        }
    }
    None
}

/// `part` split at `sep`; at ` at ` only where it parts a title from its
/// employer (`Engineer at Acme`), not inside a school's name (`University
/// of Texas at Austin`, `Research Assistant at University of Illinois at
/// Chicago`).
fn split_parts(part: &str, sep: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut from = 0;
    for (at, _) in part.match_indices(sep) {
        let piece = &part[from..at];
        if sep == " at "
            && ["University", "College", "Institute"]
                .iter()
                .any(|w| piece.contains(w))
        {
            continue;
        }
        pieces.push(piece.to_owned());
        from = at + sep.len();
    }
    pieces.push(part[from..].to_owned());
    pieces
}

/// `s` without brackets that hold only spaces.
pub(super) fn drop_empty_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = find::find_any(rest, b"([") {
        let close = if rest.as_bytes()[open] == b'(' {
            ')'
        } else {
            ']'
        };
        let inside = &rest[open + 1..];
        let blank = inside.len() - inside.trim_start().len();
        out.push_str(&rest[..open]);
        if inside[blank..].starts_with(close) {
            out.push(' ');
            rest = &inside[blank + 1..];
        } else {
            out.push_str(&rest[open..=open]);
            rest = inside;
        }
    }
    out.push_str(rest);
    out
}

/// A role's header, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct RoleHeader {
    pub(super) employer: String,
    pub(super) title: String,
    pub(super) location: Option<String>,
}

/// Assigns the header's parts to title, employer and location.
pub(super) fn role_parts(header: &Header) -> RoleHeader {
    let mut parts = header.parts.clone();
    let mut out = RoleHeader::default();
    if let Some(i) = parts.iter().position(|p| {
        is_title(p)
            && !header
                .bold
                .iter()
                .any(|b| b == p && parts.len() > 1 && !is_title(b))
    }) {
        out.title = parts.remove(i);
    }
    // `Graduate Developer, Telstra — Melbourne, VIC`: all that is left is
    // a place, so the title's comma parts it from the employer (which
    // `RoleDraft::settle` reads once every header line is in).
    // A city alone counts here too (`Data Analyst, Big Retail Co —
    // Melbourne`): after a title with a comma, an employer named like a
    // city is rarer than a city.
    if let [place] = parts.as_slice() {
        if out.title.contains(", ") && header.bold.is_empty() && is_named_place(place) {
            out.location = parts.pop();
        }
    }
    let employer_at = header
        .bold
        .iter()
        .find_map(|b| {
            parts
                .iter()
                .position(|p| p == b || p.starts_with(b.as_str()))
        })
        .unwrap_or(0);
    if employer_at < parts.len() {
        let employer = parts.remove(employer_at);
        // `Acme, Sydney` — the comma tail is the place (not in `Acme, Inc.`).
        match employer.split_once(", ") {
            Some((name, place))
                if parts.is_empty() && !in_lines(COMPANY_KINDS, place.trim_end_matches('.')) =>
            {
                out.employer = name.trim().to_owned();
                out.location = Some(place.trim().to_owned());
            }
            _ => out.employer = employer,
        }
    }
    // What is left after the employer is its title, unless it is a place
    // (`Acme Corp<tab>Sydney, NSW`, `**Acme** — Melbourne`: the title on
    // the next line). No title is only a city's name.
    if out.title.is_empty()
        && !out.employer.is_empty()
        && parts.first().is_some_and(|p| !is_named_place(p))
    {
        out.title = parts.remove(0);
    }
    if !parts.is_empty() {
        let place = parts.join(", ");
        out.location = Some(match out.location.take() {
            Some(l) => format!("{l}, {place}"),
            None => place,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(s: &str) -> (RoleHeader, Option<PartialDate>, Option<Until>) {
        let h = read_header(s);
        (role_parts(&h), h.start, h.end)
    }

    #[test]
    fn title_first_with_place_and_dates() {
        let (r, start, end) = role("Senior Engineer — Acme, Sydney | Jan 2020 – Present");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location.as_deref()),
            ("Senior Engineer", "Acme", Some("Sydney"))
        );
        assert_eq!(start, PartialDate::month(2020, 1).ok());
        assert_eq!(end, Some(Until::Present));
    }

    #[test]
    fn bold_employer_first_with_years_in_parentheses() {
        let (r, start, end) = role("**Acme** — Senior Engineer (2019–2022)");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location),
            ("Senior Engineer", "Acme", None)
        );
        assert_eq!(start, Some(PartialDate::year(2019)));
        assert_eq!(end, Some(Until::Date(PartialDate::year(2022))));
    }

    #[test]
    fn bold_title_then_employer_after_a_comma() {
        let (r, start, _) = role("**Senior Platform Engineer**, Northwind Logistics — Toronto, ON");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location.as_deref()),
            (
                "Senior Platform Engineer",
                "Northwind Logistics",
                Some("Toronto, ON")
            )
        );
        assert_eq!(start, None);
        let (r, ..) = role("Northwind Logistics, **Platform Engineer** | 2019 – 2021");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Platform Engineer", "Northwind Logistics")
        );
        // Without bold, a comma after a title names its team.
        let (r, ..) = role("Software Engineer, Payments — Stripe");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Software Engineer, Payments", "Stripe")
        );
    }

    #[test]
    fn a_place_by_its_shape() {
        for place in [
            "Remote",
            "remote (US)",
            "Hybrid (Sydney)",
            "Melbourne, VIC",
            "Austin, TX",
            "London, UK",
            "Sydney, New South Wales, Australia",
            "Austin, Texas",
        ] {
            assert!(is_place(place), "{place}");
        }
        for not_place in [
            "Stripe",
            "Acme, Inc",
            "Acme, LLC",
            "Amazon Web Services",
            "Toronto, Ontario Hydro",
            "Python, Go, Kubernetes",
        ] {
            assert!(!is_place(not_place), "{not_place}");
        }
    }

    #[test]
    fn how_long_a_role_lasted_is_no_part() {
        for duration in [
            "(3 years 5 months)",
            "2 yrs 11 mos",
            "4 mos",
            "(1 year)",
            "less than a year",
        ] {
            assert!(is_duration(duration), "{duration}");
        }
        for part in ["Acme", "2 Sigma", "a year abroad", "Year Up", "(Contract)"] {
            assert!(!is_duration(part), "{part}");
        }
        let (r, start, end) = role("Senior Engineer | Acme | Jan 2022 - Present · 2 yrs 11 mos");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location),
            ("Senior Engineer", "Acme", None)
        );
        assert_eq!(
            (start, end),
            (PartialDate::month(2022, 1).ok(), Some(Until::Present))
        );
    }

    #[test]
    fn columns_of_a_pdf_turned_to_text() {
        let (r, ..) = role("Acme Corp\t\t\tSydney, NSW");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location.as_deref()),
            ("", "Acme Corp", Some("Sydney, NSW"))
        );
        let (r, start, _) =
            role("Senior Engineer          Globex Pty Ltd          Jan 2020 – Present");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Senior Engineer", "Globex Pty Ltd")
        );
        assert_eq!(start, PartialDate::month(2020, 1).ok());
        let (r, ..) = role("06/2019 – 12/2021  Software Engineer  Acme GmbH, Berlin");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location.as_deref()),
            ("Software Engineer", "Acme GmbH", Some("Berlin"))
        );
    }

    #[test]
    fn title_at_employer() {
        let (r, ..) = role("Software Engineer at Canva");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Software Engineer", "Canva")
        );
        // A school's campus after `at` is its name's.
        let (r, ..) = role("Research Assistant at University of Illinois at Chicago");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Research Assistant", "University of Illinois at Chicago")
        );
        assert_eq!(
            read_header("The University of Texas at Austin — B.S. Computer Science, 2016").parts,
            ["The University of Texas at Austin", "B.S. Computer Science"]
        );
    }

    #[test]
    fn titles_in_other_languages_and_capitals() {
        for title in [
            "INGÉNIEUR LOGICIEL",
            "Développeuse",
            "DESARROLLADORA",
            "Projektleiterin",
            "SOFTWAREENTWICKLER",
        ] {
            assert!(is_title(title), "{title}");
        }
        assert!(!is_title("Siemens AG") && !is_title("Société Générale"));
    }

    #[test]
    fn a_kind_of_company_after_a_comma_is_no_place() {
        for (header, employer, place) in [
            ("Engineer — Acme, Inc. | 2019 – 2021", "Acme, Inc.", None),
            ("Engineer — Acme, LLC", "Acme, LLC", None),
            ("Engineer — Acme, Sydney", "Acme", Some("Sydney")),
            (
                "Engineer — Acme, Adelaide, SA",
                "Acme",
                Some("Adelaide, SA"),
            ),
        ] {
            let (r, _, _) = role(header);
            assert_eq!(
                (r.employer.as_str(), r.location.as_deref()),
                (employer, place),
                "{header}"
            );
        }
    }

    /// A company's abbreviation keeps its period (`Shopwell Inc.`), as
    /// the resume writes the name; a sentence's period at a part's end
    /// goes.
    #[test]
    fn a_companys_abbreviation_keeps_its_period() {
        for (header, employer) in [
            ("Engineer — Shopwell Inc. | 2019 – 2021", "Shopwell Inc."),
            ("Engineer — Acme Pty. Ltd. — Sydney", "Acme Pty. Ltd."),
            ("Engineer — Globex Co.: 2019 – 2021", "Globex Co."),
            ("Engineer — Initech. | 2019 – 2021", "Initech"),
        ] {
            assert_eq!(role(header).0.employer, employer, "{header}");
        }
    }

    #[test]
    fn dates_in_brackets_before_the_title() {
        let (r, start, end) = role("[ 04/2020 – Current ] Backend Developer");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str()),
            ("Backend Developer", "")
        );
        assert_eq!(
            (start, end),
            (PartialDate::month(2020, 4).ok(), Some(Until::Present))
        );
        assert_eq!(
            drop_empty_brackets("a ( ) b [  ] c (d) [e]"),
            "a   b   c (d) [e]"
        );
    }

    #[test]
    fn places_by_their_country_in_brackets() {
        assert!(is_place("Berlin (Germany)") && is_city_in_country("10115 Berlin (Germany)"));
        assert!(!is_place("Zalando SE, Berlin (Germany)") && !is_place("Acme (Contract)"));
    }

    #[test]
    fn pipes_with_employer_first() {
        let (r, start, _) = role("Atlassian | Backend Developer | Sydney | 03/2018 - 11/2020");
        assert_eq!(
            (r.title.as_str(), r.employer.as_str(), r.location.as_deref()),
            ("Backend Developer", "Atlassian", Some("Sydney"))
        );
        assert_eq!(start, PartialDate::month(2018, 3).ok());
    }
}
