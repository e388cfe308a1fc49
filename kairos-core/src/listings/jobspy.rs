//! JobSpy's CSV export (`jobs.to_csv(...)` in its README), the scraper most
//! people use. Columns are found by name, so exports with extra or reordered
//! columns read the same.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{DateTime, Utc};

use super::{flag_says_yes, place_with_remote_flag, ListingBatch, SkippedRow};
use crate::case::Lowercase;
use crate::error::{Error, Result};
use crate::model::{JobListing, Platform, WebUrl};

const FORMAT: &str = "jobspy_csv";

/// Reads a JobSpy CSV export scraped at `scraped_at` (JobSpy records when a
/// job was posted, not when it was scraped, so the caller says).
///
/// - `site` maps to the [`Platform`] (`indeed`, `linkedin`, and `seek` or
///   `adzuna` where a fork exports them); rows from other boards are counted
///   in [`ListingBatch::untracked`] and skipped, never guessed.
/// - The board's id is JobSpy's `id` without its site prefix (`in-`, `li-`),
///   else the `jk` parameter or last path segment of `job_url`.
/// - `min_amount` / `max_amount` are annualised by `interval` the way JobSpy
///   itself does: yearly × 1, monthly × 12, weekly × 52, daily × 260,
///   hourly × 2,080; then rounded to whole units. They may carry thousands
///   separators (`120,000`, `120.000,50`) or a decimal comma (`52,75`).
/// - Columns are parted by commas, or by the semicolons or tabs a
///   spreadsheet saves with, whichever the header has most of.
///
/// Errors only when the header lacks a column it needs (`site`, `title`,
/// and `id` or `job_url`); a bad row is reported in
/// [`ListingBatch::skipped`] and the rest is read.
pub fn read_jobspy_csv(text: &str, scraped_at: DateTime<Utc>) -> Result<ListingBatch> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let columns = Columns::find(reader.headers().map_err(|e| header_error(&e.to_string()))?)?;
    let mut batch = ListingBatch::default();
    let mut untracked: BTreeMap<String, usize> = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    let mut row = 0;
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                row += 1;
                match columns.listing(&record, scraped_at) {
                    Ok(Row::Listing(l)) => batch.listings.push(*l),
                    Ok(Row::Untracked(site)) => *untracked.entry(site).or_default() += 1,
                    Err(reason) => batch.skipped.push(SkippedRow { row, line, reason }),
                }
            }
            Err(e) => {
                row += 1;
                let line = e.position().map_or(line, |p| p.line());
                batch.skipped.push(SkippedRow {
                    row,
                    line,
                    reason: e.to_string(),
                });
                // A malformed record cannot be resynchronised reliably by the
                // reader only when the error is I/O; UTF-8 and field-count
                // errors leave it at the next record.
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
    }
    batch.untracked = untracked.into_iter().collect();
    Ok(batch)
}

fn header_error(reason: &str) -> Error {
    Error::ListingImport {
        format: FORMAT,
        location: "header".into(),
        reason: reason.into(),
    }
}

enum Row {
    Listing(Box<JobListing>),
    Untracked(String),
}

/// Where each column JobSpy writes sits in this file.
struct Columns {
    site: usize,
    id: Option<usize>,
    job_url: Option<usize>,
    title: usize,
    company: Option<usize>,
    location: Option<usize>,
    is_remote: Option<usize>,
    interval: Option<usize>,
    min_amount: Option<usize>,
    max_amount: Option<usize>,
    currency: Option<usize>,
    description: Option<usize>,
}

impl Columns {
    fn find(header: &csv::StringRecord) -> Result<Self> {
        let names: Vec<String> = header.iter().map(|h| h.trim().lowercase()).collect();
        let at = |name: &str| names.iter().position(|n| n == name);
        let needed = |name: &str| {
            at(name).ok_or_else(|| {
                header_error(&format!(
                    "missing column `{name}`; the header has: {}",
                    names.join(", ")
                ))
            })
        };
        let columns = Self {
            site: needed("site")?,
            id: at("id"),
            job_url: at("job_url"),
            title: needed("title")?,
            company: at("company"),
            location: at("location"),
            is_remote: at("is_remote"),
            interval: at("interval"),
            min_amount: at("min_amount"),
            max_amount: at("max_amount"),
            currency: at("currency"),
            description: at("description"),
        };
        if columns.id.is_none() && columns.job_url.is_none() {
            return Err(header_error(
                "missing both `id` and `job_url`: a listing needs the board's id",
            ));
        }
        Ok(columns)
    }

    fn listing(
        &self,
        record: &csv::StringRecord,
        scraped_at: DateTime<Utc>,
    ) -> std::result::Result<Row, String> {
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).map_or("", str::trim);
        let site = field(Some(self.site)).lowercase();
        let platform = match site.as_str() {
            "" => return Err("empty `site`".into()),
            "indeed" => Platform::Indeed,
            "linkedin" => Platform::LinkedIn,
            other => match Platform::from_str(other) {
                Ok(p) => p,
                Err(_) => return Ok(Row::Untracked(site)),
            },
        };
        let url = field(self.job_url);
        let platform_job_id = board_id(field(self.id), url)
            .ok_or_else(|| format!("no board id: `id` is empty and `job_url` {url:?} has none"))?;
        let title = field(Some(self.title));
        if title.is_empty() {
            return Err(format!(
                "empty `title` for {site} listing {platform_job_id}"
            ));
        }
        let (salary_min, salary_max) = self.salary(record)?;
        let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let listing = JobListing {
            platform,
            platform_job_id,
            title: title.to_owned(),
            company: field(self.company).to_owned(),
            location: place_with_remote_flag(
                optional(field(self.location)),
                flag_says_yes(field(self.is_remote)),
            ),
            salary_min,
            salary_max,
            salary_currency: if salary_min.is_some() || salary_max.is_some() {
                optional(field(self.currency))
            } else {
                None
            },
            url: match url {
                "" => None,
                u => Some(WebUrl::new(u).map_err(|e| e.to_string())?),
            },
            // Keep the text exactly as scraped (line breaks matter to the analyzer).
            description_raw: self
                .description
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .to_owned(),
            scraped_at,
        };
        listing.validate().map_err(|e| e.to_string())?;
        Ok(Row::Listing(Box::new(listing)))
    }

    /// The annual salary range, from amounts paid per `interval`.
    fn salary(
        &self,
        record: &csv::StringRecord,
    ) -> std::result::Result<(Option<i64>, Option<i64>), String> {
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).map_or("", str::trim);
        let amount = |name: &str, i: Option<usize>| -> std::result::Result<Option<f64>, String> {
            match field(i) {
                "" | "nan" | "NaN" => Ok(None),
                s => match parse_amount(s) {
                    Some(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
                    _ => Err(format!("`{name}` {s:?} is not an amount")),
                },
            }
        };
        let (min, max) = (
            amount("min_amount", self.min_amount)?,
            amount("max_amount", self.max_amount)?,
        );
        if min.is_none() && max.is_none() {
            return Ok((None, None));
        }
        let interval = field(self.interval).lowercase();
        let per_year = match interval.as_str() {
            "yearly" | "annual" | "annually" | "" => 1.0,
            "monthly" => 12.0,
            "weekly" => 52.0,
            "daily" => 260.0,
            "hourly" => 2080.0,
            other => {
                return Err(format!(
                "unknown `interval` {other:?}; expected yearly, monthly, weekly, daily or hourly"
            ))
            }
        };
        // Whole currency units: the f64 → i64 conversion saturates, and salaries
        // are far below where that matters.
        let annual = |v: Option<f64>| v.map(|v| (v * per_year).round() as i64);
        Ok((annual(min), annual(max)))
    }
}

/// The field separator of a CSV export, from its header line: a comma,
/// or the semicolon a spreadsheet writes where the comma is the decimal
/// mark (Excel in a German or French locale), or a tab (`sep="\t"`),
/// whichever the header has most of outside quotes.
fn delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some((_, n)) = counts.iter_mut().find(|(d, _)| *d == b) {
                    *n += 1;
                }
            }
            _ => {}
        }
    }
    // The first of the most: a comma when none is more frequent.
    counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best })
        .0
}

/// An amount as exports write it: `120000`, `120000.0`, with thousands
/// separators (`120,000`, `1,200,000.50`, `120.000,50`, `1.200.000`,
/// `120 000`), or with
/// a decimal comma (`50,5`, `52,75`: a comma followed by one or two digits
/// at the end, as a European spreadsheet writes it). A comma followed by
/// anything else (`12,3456`) is no amount: reading it either way would be
/// a guess.
fn parse_amount(s: &str) -> Option<f64> {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let decimal_comma = match (s.rfind(','), s.rfind('.')) {
        // Both: the later one is the decimal mark.
        (Some(comma), Some(dot)) => comma > dot,
        (Some(_), None) if in_thousands(&s, ',') => false,
        (Some(comma), None)
            if s.bytes().filter(|&b| b == b',').count() == 1
                && (1..=2).contains(&(s.len() - comma - 1)) =>
        {
            true
        }
        (Some(_), None) => return None,
        // Dots alone: a decimal point, unless there are several
        // (`1.200.000`, thousands as Germans group them).
        (None, Some(_)) if s.bytes().filter(|&b| b == b'.').count() > 1 => {
            return in_thousands(&s, '.')
                .then(|| s.replace('.', "").parse().ok())
                .flatten();
        }
        _ => false,
    };
    let plain = if decimal_comma {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', "")
    };
    plain.parse().ok()
}

/// Whether `s` is digits grouped in threes by `separator` (`1,200,000`).
fn in_thousands(s: &str, separator: char) -> bool {
    let mut groups = s.split(separator);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// The board's own id: JobSpy's `id` without its site prefix, else the `jk`
/// query parameter or the last path segment of the listing URL.
fn board_id(id: &str, url: &str) -> Option<String> {
    if !id.is_empty() {
        let bare = ["in-", "li-", "gd-", "zr-", "go-", "bd-", "nk-"]
            .iter()
            .find_map(|p| id.strip_prefix(p))
            .unwrap_or(id);
        return (!bare.is_empty()).then(|| bare.to_owned());
    }
    let parsed = url::Url::parse(url).ok()?;
    if let Some((_, jk)) = parsed.query_pairs().find(|(k, _)| k == "jk") {
        return Some(jk.into_owned());
    }
    parsed
        .path_segments()?
        .rev()
        .find(|s| !s.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap()
    }

    const HEADER: &str =
        "id,site,job_url,title,company,location,interval,min_amount,max_amount,currency,description";

    #[test]
    fn quoted_newlines_stay_in_the_description() {
        let csv = format!(
            "{HEADER}\nli-1,linkedin,https://www.linkedin.com/jobs/view/1,Rust Engineer,Acme,Sydney,yearly,150000,170000,AUD,\"Requirements:\n- Rust\n- \"\"PostgreSQL\"\"\"\n"
        );
        let batch = read_jobspy_csv(&csv, at()).unwrap();
        assert_eq!(batch.skipped, vec![]);
        let l = &batch.listings[0];
        assert_eq!(l.description_raw, "Requirements:\n- Rust\n- \"PostgreSQL\"");
        assert_eq!((l.salary_min, l.salary_max), (Some(150_000), Some(170_000)));
        assert_eq!(l.platform, Platform::LinkedIn);
        assert_eq!(l.platform_job_id, "1");
    }

    /// JobSpy's `is_remote` (pandas writes `True` and `False`) is kept in
    /// the place, where the work-mode and country readers see it.
    #[test]
    fn the_remote_flag_is_kept_in_the_place() {
        let csv = concat!(
            "site,id,title,location,is_remote,description\n",
            "indeed,1,Rust Engineer,Sydney NSW,True,Rust\n",
            "indeed,2,Rust Engineer,,True,Rust\n",
            "indeed,3,Rust Engineer,Remote (Australia),True,Rust\n",
            "indeed,4,Rust Engineer,Perth WA,False,Rust\n",
            "indeed,5,Rust Engineer,Hobart TAS,,Rust\n",
        );
        let batch = read_jobspy_csv(csv, at()).unwrap();
        let places: Vec<_> = batch
            .listings
            .iter()
            .map(|l| l.location.as_deref())
            .collect();
        assert_eq!(
            places,
            [
                Some("Sydney NSW (Remote)"),
                Some("Remote"),
                Some("Remote (Australia)"),
                Some("Perth WA"),
                Some("Hobart TAS")
            ]
        );
        assert_eq!(
            crate::listings::country_of_place("Sydney NSW (Remote)"),
            Some("AU")
        );
    }

    #[test]
    fn amounts_are_read_as_spreadsheets_write_them() {
        for (text, value) in [
            ("120000", Some(120_000.0)),
            ("120000.0", Some(120_000.0)),
            ("120,000", Some(120_000.0)),
            ("1,200,000.50", Some(1_200_000.5)),
            ("120.000,50", Some(120_000.5)),
            ("120 000", Some(120_000.0)),
            ("120'000", Some(120_000.0)),
            ("1.200.000", Some(1_200_000.0)),
            ("1.20.0", None),
            ("52,75", Some(52.75)),
            ("50,5", Some(50.5)),
            ("12,3456", None),
            ("1200,000", None),
            ("about 50", None),
        ] {
            assert_eq!(parse_amount(text), value, "{text}");
        }
    }

    #[test]
    fn a_spreadsheets_semicolons_or_tabs_part_the_columns() {
        // Excel in a German locale: semicolons, and a decimal comma.
        let semicolons = format!(
            "{}\nin-1;indeed;;Rust Engineer;Acme, GmbH;Berlin;hourly;50,5;60;EUR;\"Rust; Go\"\n",
            HEADER.replace(',', ";")
        );
        let batch = read_jobspy_csv(&semicolons, at()).unwrap();
        assert_eq!(batch.skipped, vec![]);
        let l = &batch.listings[0];
        assert_eq!(l.company, "Acme, GmbH");
        assert_eq!((l.salary_min, l.salary_max), (Some(105_040), Some(124_800)));
        assert_eq!(l.description_raw, "Rust; Go");
        let tabs = format!(
            "{}\nin-2\tindeed\t\tData Engineer\tAcme\t\t\t\t\t\ttext\n",
            HEADER.replace(',', "\t")
        );
        assert_eq!(
            read_jobspy_csv(&tabs, at()).unwrap().listings[0].title,
            "Data Engineer"
        );
        // A quoted header name with a semicolon does not make it one.
        assert_eq!(delimiter("\"a;b\",site,title\n"), b',');
    }

    #[test]
    fn a_bom_does_not_hide_the_first_column() {
        let csv = format!("\u{feff}{HEADER}\nin-abc,indeed,,Data Engineer,Acme,,,,,,text\n");
        let batch = read_jobspy_csv(&csv, at()).unwrap();
        assert_eq!(batch.listings.len(), 1);
        assert_eq!(batch.listings[0].platform_job_id, "abc");
    }

    #[test]
    fn missing_optional_columns_read_as_empty() {
        let csv = "site,job_url,title\nindeed,https://au.indeed.com/viewjob?jk=9f8e,QA Engineer\n";
        let batch = read_jobspy_csv(csv, at()).unwrap();
        let l = &batch.listings[0];
        assert_eq!(l.platform_job_id, "9f8e");
        assert_eq!(l.company, "");
        assert_eq!(l.description_raw, "");
        assert_eq!((l.salary_min, l.salary_currency.as_deref()), (None, None));
    }

    #[test]
    fn a_missing_needed_column_names_it_and_the_header() {
        let err = read_jobspy_csv("id,job_url,company\n", at()).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("missing column `site`"), "{text}");
        assert!(text.contains("id, job_url, company"), "{text}");
        assert_eq!(err.kind(), "ListingImportError");
        let err = read_jobspy_csv("site,title,company\n", at()).unwrap_err();
        assert!(err.to_string().contains("`id` and `job_url`"), "{err}");
    }

    #[test]
    fn empty_salary_fields_and_nan_give_no_salary() {
        let csv = format!(
            "{HEADER}\nin-a,indeed,,A,Acme,,,,,,\nin-b,indeed,,B,Acme,,yearly,nan,,AUD,\nin-c,indeed,,C,Acme,,hourly,,90,AUD,\n"
        );
        let batch = read_jobspy_csv(&csv, at()).unwrap();
        let salaries: Vec<_> = batch
            .listings
            .iter()
            .map(|l| (l.salary_min, l.salary_max, l.salary_currency.clone()))
            .collect();
        assert_eq!(
            salaries,
            vec![
                (None, None, None),
                (None, None, None),
                (None, Some(187_200), Some("AUD".into()))
            ]
        );
    }

    #[test]
    fn every_interval_is_annualised() {
        let rows: String = ["yearly", "monthly", "weekly", "daily", "hourly"]
            .iter()
            .enumerate()
            .map(|(i, iv)| format!("in-{i},indeed,,T,C,,{iv},100,100,AUD,\n"))
            .collect();
        let batch = read_jobspy_csv(&format!("{HEADER}\n{rows}"), at()).unwrap();
        let annual: Vec<_> = batch.listings.iter().map(|l| l.salary_min).collect();
        assert_eq!(
            annual,
            vec![
                Some(100),
                Some(1_200),
                Some(5_200),
                Some(26_000),
                Some(208_000)
            ]
        );
    }

    #[test]
    fn bad_rows_are_reported_with_row_and_line_and_the_rest_is_read() {
        let csv = format!(
            "{HEADER}\n\
             in-1,indeed,,Good,Acme,,,,,,\"two\nlines\"\n\
             in-2,indeed,,Bad pay,Acme,,yearly,lots,,AUD,\n\
             in-3,indeed,,Odd interval,Acme,,fortnightly,100,,AUD,\n\
             in-4,indeed,,,Acme,,,,,,\n\
             in-5,indeed,,Backwards,Acme,,yearly,200,100,AUD,\n\
             ,,,,,,,,,,\n\
             in-6,indeed,not a url,Bad link,Acme,,,,,,\n\
             in-7,indeed,,Also good,Acme,,,,,,\n"
        );
        let batch = read_jobspy_csv(&csv, at()).unwrap();
        let titles: Vec<_> = batch.listings.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["Good", "Also good"]);
        let skipped: Vec<(usize, u64)> = batch.skipped.iter().map(|s| (s.row, s.line)).collect();
        assert_eq!(skipped, [(2, 4), (3, 5), (4, 6), (5, 7), (6, 8), (7, 9)]);
        let reasons: Vec<_> = batch.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert!(reasons[0].contains("`min_amount` \"lots\""), "{reasons:?}");
        assert!(reasons[1].contains("\"fortnightly\""), "{reasons:?}");
        assert!(reasons[2].contains("empty `title`"), "{reasons:?}");
        assert!(reasons[3].contains("salary_min"), "{reasons:?}");
        assert!(reasons[4].contains("empty `site`"), "{reasons:?}");
        assert!(reasons[5].contains("not a url"), "{reasons:?}");
    }

    #[test]
    fn untracked_boards_are_counted_not_guessed() {
        let csv = format!(
            "{HEADER}\ngd-1,glassdoor,,A,C,,,,,,\nzr-2,zip_recruiter,,B,C,,,,,,\ngd-3,Glassdoor,,C,C,,,,,,\nseek-4,seek,,D,C,,,,,,\n"
        );
        let batch = read_jobspy_csv(&csv, at()).unwrap();
        assert_eq!(
            batch.untracked,
            vec![("glassdoor".into(), 2), ("zip_recruiter".into(), 1)]
        );
        assert_eq!(batch.listings.len(), 1);
        assert_eq!(batch.listings[0].platform, Platform::Seek);
    }

    #[test]
    fn ragged_rows_are_read_not_refused() {
        let mut bytes = format!("{HEADER}\nin-1,indeed,,Short row\n").into_bytes();
        bytes.extend_from_slice(b"in-2,indeed,,Fine,Acme,,,,,,ok\n");
        let text = String::from_utf8(bytes).unwrap();
        let batch = read_jobspy_csv(&text, at()).unwrap();
        assert_eq!(batch.listings.len(), 2);
        assert_eq!(batch.listings[0].title, "Short row");
    }
}
