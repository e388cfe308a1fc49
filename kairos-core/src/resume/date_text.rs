//! Date ranges as people write them in resumes: `Jan 2020 – Present`,
//! `2019–2022`, `03/2018 - 11/2020`, `03.2018 – 11.2020`, `March 2019 to current`,
//! `Since 2021`.

use crate::case::Lowercase;
use crate::model::{PartialDate, Until};
use crate::skills::in_lines;

/// A date range found in a line, with the byte span it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundRange {
    pub(crate) start: Option<PartialDate>,
    pub(crate) end: Option<Until>,
    /// True when only one date was written (no separator, no end).
    pub(crate) single: bool,
    pub(crate) span: (usize, usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Dash,
    Slash,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else if matches!(c, '-' | '–' | '—' | '−' | '~' | '→') {
            Kind::Dash
        } else if c == '/' {
            Kind::Slash
        } else if c.is_whitespace() {
            continue;
        } else {
            Kind::Other
        };
        let mut end = i + c.len_utf8();
        if matches!(kind, Kind::Word | Kind::Num) {
            while let Some(&(j, d)) = chars.peek() {
                // `aujourd'hui` is one word.
                let same = if kind == Kind::Word {
                    d.is_alphabetic()
                        || (matches!(d, '\'' | '’')
                            && s[j + d.len_utf8()..].starts_with(char::is_alphabetic))
                } else {
                    d.is_ascii_digit()
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        tokens.push(Token {
            kind,
            text: &s[i..end],
            start: i,
            end,
        });
    }
    tokens
}

/// Each month's names in English, German, French and Spanish, by their
/// first letter (a word is compared only with the names sharing it).
const MONTHS: [(&str, u8); 43] = [
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("august", 8),
    ("août", 8),
    ("agosto", 8),
    ("december", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("diciembre", 12),
    ("enero", 1),
    ("february", 2),
    ("februar", 2),
    ("février", 2),
    ("febrero", 2),
    ("january", 1),
    ("januar", 1),
    ("janvier", 1),
    ("june", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("july", 7),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("march", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("november", 11),
    ("noviembre", 11),
    ("october", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
];

/// The month a word names, whole or by its first three or four letters
/// (`Sep`, `Sept`, `Okt`, `janv`, `févr`). Called for every word of every
/// line a header may be, so it neither allocates nor searches.
fn month_of(word: &str) -> Option<u8> {
    let w = word.as_bytes();
    let first = w.first()?.to_ascii_lowercase();
    let from = MONTHS.partition_point(|(name, _)| name.as_bytes()[0] < first);
    let to = MONTHS.partition_point(|(name, _)| name.as_bytes()[0] <= first);
    if from == to {
        return None;
    }
    let letters = word.chars().count();
    if !(3..=10).contains(&letters) {
        return None;
    }
    MONTHS[from..to]
        .iter()
        .find(|(name, _)| {
            let n = name.as_bytes();
            if letters <= 4 {
                n.len() >= w.len() && n[..w.len()].eq_ignore_ascii_case(w)
            } else {
                n.eq_ignore_ascii_case(w)
            }
        })
        .map(|&(_, month)| month)
}

fn year_of(t: &Token<'_>) -> Option<i32> {
    if t.kind != Kind::Num || t.text.len() != 4 {
        return None;
    }
    t.text.parse().ok().filter(|y| (1950..=2100).contains(y))
}

fn small_num(t: Option<&Token<'_>>, max: u8) -> Option<u8> {
    let t = t?;
    if t.kind != Kind::Num || t.text.len() > 2 {
        return None;
    }
    t.text.parse().ok().filter(|n| (1..=max).contains(n))
}

// `heute`, `aktuell`: German resumes (`03.2019 – heute`); `aujourd'hui`,
// `présent`: French; `actualidad`, `presente`: Spanish.
const PRESENT: &str = phrase_lines![
    "present",
    "current",
    "now",
    "today",
    "ongoing",
    "onwards",
    "onward",
    "date",
    "heute",
    "aktuell",
    "jetzt",
    "aujourd'hui",
    "aujourd’hui",
    "présent",
    "actualidad",
    "actual",
    "presente",
];

/// `'19` (`Jan '19`): a year in two digits after an apostrophe, this
/// century's up to 2050 and the last one's after, with the index after it.
fn apostrophe_year(tokens: &[Token<'_>], i: usize) -> Option<(i32, usize)> {
    let mark = tokens.get(i)?;
    if !(mark.kind == Kind::Other && matches!(mark.text, "'" | "’")) {
        return None;
    }
    Some((two_digit_year(tokens.get(i + 1)?)?, i + 2))
}

fn two_digit_year(t: &Token<'_>) -> Option<i32> {
    if t.kind != Kind::Num || t.text.len() != 2 {
        return None;
    }
    let n: i32 = t.text.parse().ok()?;
    Some(if n <= 50 { 2000 + n } else { 1900 + n })
}

/// `03/19`: a month and a year in two digits after a slash, read only as
/// one end of a range (`03/19 – 05/21`), since alone it is as often a
/// score or a share (`9/10`).
fn short_month_year(tokens: &[Token<'_>], i: usize) -> Option<(PartialDate, usize)> {
    let month = small_num(tokens.get(i), 12)?;
    if tokens.get(i + 1)?.kind != Kind::Slash {
        return None;
    }
    let year = two_digit_year(tokens.get(i + 2)?)?;
    Some((
        PartialDate {
            year,
            month: Some(month),
            day: None,
        },
        i + 3,
    ))
}

/// A date starting at token `i`: the date and the index after it.
fn date_at(tokens: &[Token<'_>], i: usize) -> Option<(PartialDate, usize)> {
    let t = tokens.get(i)?;
    // `1 Jan 2013` (as the renderer writes a day): the day, then the month
    // and year.
    if let Some(day) = small_num(Some(t), 31) {
        if tokens.get(i + 1).is_some_and(|m| m.kind == Kind::Word) {
            if let Some((date, after)) = date_at(tokens, i + 1).filter(|(d, _)| d.month.is_some()) {
                return Some((
                    PartialDate {
                        day: Some(day),
                        ..date
                    },
                    after,
                ));
            }
        }
    }
    // `Summer 2017`: the year (which months a season is depends on the
    // hemisphere).
    if t.kind == Kind::Word
        && (4..=6).contains(&t.text.len())
        && in_lines(
            phrase_lines!["spring", "summer", "autumn", "fall", "winter"],
            t.text,
        )
    {
        let year = year_of(tokens.get(i + 1)?)?;
        return Some((PartialDate::year(year), i + 2));
    }
    if t.kind == Kind::Word {
        let month = month_of(t.text)?;
        let mut j = i + 1;
        // `Jan. 2020`, `June, 2020`, `enero de 2020`.
        while tokens.get(j).is_some_and(|t| {
            (t.kind == Kind::Other && matches!(t.text, "." | ","))
                || (t.kind == Kind::Word && t.text == "de")
        }) {
            j += 1;
        }
        let (year, after) = match year_of(tokens.get(j)?) {
            Some(year) => (year, j + 1),
            None => apostrophe_year(tokens, j)?,
        };
        return Some((
            PartialDate {
                year,
                month: Some(month),
                day: None,
            },
            after,
        ));
    }
    if let Some((year, after)) = apostrophe_year(tokens, i) {
        return Some((PartialDate::year(year), after));
    }
    if let Some(year) = year_of(t) {
        // 2020-01 or 2020-01-15 (but not 2019-2022, a range).
        if tokens
            .get(i + 1)
            .is_some_and(|s| matches!(s.kind, Kind::Dash | Kind::Slash))
        {
            if let Some(month) = small_num(tokens.get(i + 2), 12) {
                let day_sep = tokens
                    .get(i + 3)
                    .is_some_and(|s| s.kind == tokens[i + 1].kind);
                if let Some(day) = small_num(tokens.get(i + 4), 31).filter(|_| day_sep) {
                    return Some((
                        PartialDate {
                            year,
                            month: Some(month),
                            day: Some(day),
                        },
                        i + 5,
                    ));
                }
                return Some((
                    PartialDate {
                        year,
                        month: Some(month),
                        day: None,
                    },
                    i + 3,
                ));
            }
        }
        return Some((PartialDate::year(year), i + 1));
    }
    // 03/2018, 3-2018, or 03.2018 as European resumes write it
    let month = small_num(Some(t), 12)?;
    if tokens.get(i + 1).is_some_and(|s| {
        matches!(s.kind, Kind::Slash | Kind::Dash) || (s.kind == Kind::Other && s.text == ".")
    }) {
        let year = year_of(tokens.get(i + 2)?)?;
        return Some((
            PartialDate {
                year,
                month: Some(month),
                day: None,
            },
            i + 3,
        ));
    }
    None
}

/// The end of a range starting at token `i`; `short` when its start was a
/// month and a two-digit year, whose end may be written the same way.
fn until_at(tokens: &[Token<'_>], i: usize, short: bool) -> Option<(Until, usize)> {
    let t = tokens.get(i)?;
    if t.kind == Kind::Word && in_lines(PRESENT, t.text) {
        return Some((Until::Present, i + 1));
    }
    // `Jan 2019 - to date`.
    if t.kind == Kind::Word && t.text.eq_ignore_ascii_case("to") {
        return until_at(tokens, i + 1, short).filter(|(u, _)| *u == Until::Present);
    }
    let date = date_at(tokens, i).or_else(|| short.then(|| short_month_year(tokens, i))?);
    date.map(|(d, j)| (Until::Date(d), j))
}

fn is_range_separator(t: &Token<'_>) -> bool {
    match t.kind {
        Kind::Dash => true,
        // `bis` (German), `à` (French), `hasta` (Spanish).
        Kind::Word => matches!(
            t.text.lowercase().as_str(),
            "to" | "until" | "till" | "bis" | "à" | "hasta"
        ),
        _ => false,
    }
}

/// The first date range in `s`, preferring a full range over a lone date.
pub(crate) fn find_date_range(s: &str) -> Option<FoundRange> {
    let tokens = tokenize(s);
    let mut single: Option<FoundRange> = None;
    let mut i = 0;
    while i < tokens.len() {
        // `Since 2021`, `seit 2021`, `depuis 2021`, `desde 2021`.
        let since = tokens[i].kind == Kind::Word
            && (4..=6).contains(&tokens[i].text.len())
            && in_lines(
                phrase_lines!["since", "seit", "depuis", "desde"],
                tokens[i].text,
            );
        let at = if since { i + 1 } else { i };
        let short = short_month_year(&tokens, at)
            .filter(|&(_, next)| tokens.get(next).is_some_and(is_range_separator));
        if let Some((start, next)) = date_at(&tokens, at).or(short) {
            let short = short.is_some();
            if since {
                let span = (tokens[i].start, tokens[next - 1].end);
                return Some(FoundRange {
                    start: Some(start),
                    end: Some(Until::Present),
                    single: false,
                    span,
                });
            }
            // `Mar 2019 onwards`.
            if let Some(word) = tokens.get(next).filter(|t| {
                t.kind == Kind::Word && in_lines(phrase_lines!["onwards", "onward"], t.text)
            }) {
                return Some(FoundRange {
                    start: Some(start),
                    end: Some(Until::Present),
                    single: false,
                    span: (tokens[i].start, word.end),
                });
            }
            if tokens.get(next).is_some_and(is_range_separator) {
                if let Some((end, after)) = until_at(&tokens, next + 1, short) {
                    let span = (tokens[i].start, tokens[after - 1].end);
                    return Some(FoundRange {
                        start: Some(start),
                        end: Some(end),
                        single: false,
                        span,
                    });
                }
            }
            if single.is_none() && !short {
                let span = (tokens[i].start, tokens[next - 1].end);
                single = Some(FoundRange {
                    start: Some(start),
                    end: None,
                    single: true,
                    span,
                });
            }
            i = next;
        } else {
            i += 1;
        }
    }
    single
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: u8) -> PartialDate {
        PartialDate {
            year: y,
            month: Some(m),
            day: None,
        }
    }

    fn range(s: &str) -> (Option<PartialDate>, Option<Until>) {
        let r = find_date_range(s).unwrap_or_else(|| panic!("no range in {s}"));
        (r.start, r.end)
    }

    #[test]
    fn common_shapes() {
        assert_eq!(
            range("Jan 2020 – Present"),
            (Some(ym(2020, 1)), Some(Until::Present))
        );
        assert_eq!(
            range("(2019–2022)"),
            (
                Some(PartialDate::year(2019)),
                Some(Until::Date(PartialDate::year(2022)))
            )
        );
        assert_eq!(
            range("03/2018 - 11/2020"),
            (Some(ym(2018, 3)), Some(Until::Date(ym(2020, 11))))
        );
        assert_eq!(
            range("03.2019 – 05.2021"),
            (Some(ym(2019, 3)), Some(Until::Date(ym(2021, 5))))
        );
        assert_eq!(
            range("3.2019 - heute"),
            (Some(ym(2019, 3)), Some(Until::Present))
        );
        assert_eq!(
            range("March 2019 to current"),
            (Some(ym(2019, 3)), Some(Until::Present))
        );
        assert_eq!(
            range("Sept. 2017 — Dec. 2019"),
            (Some(ym(2017, 9)), Some(Until::Date(ym(2019, 12))))
        );
        assert_eq!(
            range("2020-01 to 2022-03"),
            (Some(ym(2020, 1)), Some(Until::Date(ym(2022, 3))))
        );
        assert_eq!(
            range("Since 2021"),
            (Some(PartialDate::year(2021)), Some(Until::Present))
        );
    }

    #[test]
    fn german_french_and_spanish_dates() {
        let present = |start| (Some(start), Some(Until::Present));
        assert_eq!(range("März 2019 – heute"), present(ym(2019, 3)));
        assert_eq!(range("Okt. 2018 bis aktuell"), present(ym(2018, 10)));
        assert_eq!(range("seit 2021"), present(PartialDate::year(2021)));
        assert_eq!(range("Janvier 2020 – Aujourd'hui"), present(ym(2020, 1)));
        assert_eq!(range("janv. 2020 - aujourd’hui"), present(ym(2020, 1)));
        assert_eq!(
            range("févr. 2017 à déc. 2019"),
            (Some(ym(2017, 2)), Some(Until::Date(ym(2019, 12))))
        );
        assert_eq!(range("enero de 2019 – actualidad"), present(ym(2019, 1)));
        assert_eq!(
            range("Ago 2016 hasta Dic 2018"),
            (Some(ym(2016, 8)), Some(Until::Date(ym(2018, 12))))
        );
        assert_eq!(
            range("Intern, Summer 2017"),
            (Some(PartialDate::year(2017)), None)
        );
        let s = "Développeur — Doctolib | Janvier 2020 – Aujourd'hui";
        let r = find_date_range(s).expect("range");
        assert_eq!(&s[r.span.0..r.span.1], "Janvier 2020 – Aujourd'hui");
    }

    #[test]
    fn the_span_covers_the_range_only() {
        let s = "Senior Engineer — Acme | Jan 2020 – Present";
        let r = find_date_range(s).expect("range");
        assert_eq!(&s[r.span.0..r.span.1], "Jan 2020 – Present");
    }

    #[test]
    fn a_lone_year_is_single() {
        let r = find_date_range("BSc, UNSW, 2015").expect("date");
        assert!(r.single);
        assert_eq!(r.start, Some(PartialDate::year(2015)));
    }

    #[test]
    fn words_that_are_not_dates() {
        assert_eq!(find_date_range("Led a team of 12 engineers"), None);
        assert_eq!(find_date_range("May the best team win"), None);
        // A decimal is no month and year.
        assert_eq!(find_date_range("Cut latency by 3.5 ms"), None);
        // A month and two digits are a date only as a range's end.
        assert_eq!(find_date_range("Score: 9/10"), None);
        assert_eq!(find_date_range("Uptime 12/24 over the quarter"), None);
    }

    #[test]
    fn a_day_before_the_month() {
        let day = |y, m, d| PartialDate {
            year: y,
            month: Some(m),
            day: Some(d),
        };
        assert_eq!(
            range("1 Jan 2013 – 15 Dec 2014"),
            (Some(day(2013, 1, 1)), Some(Until::Date(day(2014, 12, 15))))
        );
        // A count before a month's name is no day (`3 May` alone has no year).
        assert_eq!(find_date_range("Led 3 May releases"), None);
    }

    #[test]
    fn short_years_and_open_ends() {
        let y = |n| Some(PartialDate::year(n));
        let until = |d| Some(Until::Date(d));
        assert_eq!(
            range("Jan '19 – Mar ’21"),
            (Some(ym(2019, 1)), until(ym(2021, 3)))
        );
        assert_eq!(
            range("'98 – '02"),
            (y(1998), until(PartialDate::year(2002)))
        );
        assert_eq!(
            range("03/19 – 05/21"),
            (Some(ym(2019, 3)), until(ym(2021, 5)))
        );
        assert_eq!(
            range("11/20 - Present"),
            (Some(ym(2020, 11)), Some(Until::Present))
        );
        for open in ["Jan 2019 - to date", "Jan 2019 to date", "Jan 2019 onwards"] {
            assert_eq!(
                range(open),
                (Some(ym(2019, 1)), Some(Until::Present)),
                "{open}"
            );
        }
        let s = "Acme | Mar 2019 onwards | Sydney";
        let r = find_date_range(s).expect("range");
        assert_eq!(&s[r.span.0..r.span.1], "Mar 2019 onwards");
    }
}
