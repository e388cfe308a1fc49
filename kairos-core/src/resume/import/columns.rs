//! Two columns set side by side, as `pdftotext -layout` (and some PDF
//! viewers' copy) gives a two-column resume: a sidebar's lines (contact,
//! skills, languages) share each line with the main column's (experience,
//! education), so read line by line every section would hold pieces of
//! both. Such text is read one column after the other.

use super::super::headings::{classify, looks_like_plain_heading};

/// The fewest lines that must start at the second column.
const MIN_ROWS: usize = 4;

/// A column starts this far in at least (narrower is indentation).
const MIN_LEFT_WIDTH: usize = 12;

/// `text` with its two columns one after the other (left, then right),
/// when it is laid out in two: a gutter of two or more spaces at one
/// position that at least a quarter of the lines (and [`MIN_ROWS`]) start
/// text after and no line below the first of them runs across, and a
/// section heading at the head of a block in each column (a resume whose
/// headings hang in a margin beside their text is one column). `None`
/// for any other text, which is read as it is.
pub(super) fn one_after_the_other(text: &str) -> Option<String> {
    // Cheap refusal for most text: no wide gap of spaces inside a line.
    if !text.contains("   ") && !text.contains('\t') {
        return None;
    }
    let lines: Vec<Vec<char>> = text.lines().map(expand_tabs).collect();
    let (at, first) = gutter(&lines)?;
    let mut left = Vec::with_capacity(lines.len());
    let mut right = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let split = k >= first && line.len() > at;
        let (l, r) = if split {
            line.split_at(at)
        } else {
            (line.as_slice(), &[][..])
        };
        left.push(l.iter().collect::<String>().trim_end().to_owned());
        if split {
            right.push(r.iter().collect::<String>().trim().to_owned());
        }
    }
    if !(heads_a_block(&left) && heads_a_block(&right)) {
        return None;
    }
    Some(left.join("\n") + "\n\n" + &right.join("\n"))
}

/// A line with tabs set to every eighth column, as characters (a
/// column's position counts characters, not bytes).
fn expand_tabs(line: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(line.len());
    for c in line.chars() {
        if c == '\t' {
            out.push(' ');
            while out.len() % 8 != 0 {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether text starts at `at` after two spaces or more (or the line's
/// indentation).
fn starts_at(line: &[char], at: usize) -> bool {
    at >= 2
        && line.get(at).is_some_and(|c| !c.is_whitespace())
        && line[at - 2..at].iter().all(|c| *c == ' ')
}

/// The position of the second column (the most common start of text after
/// a gap, if enough lines share it and none below the first runs across)
/// and the first line that starts text there.
fn gutter(lines: &[Vec<char>]) -> Option<(usize, usize)> {
    let widest = lines.iter().map(Vec::len).max()?;
    let mut counts = vec![0usize; widest];
    for line in lines {
        let width = line.len();
        for (at, count) in counts
            .iter_mut()
            .enumerate()
            .take(width)
            .skip(MIN_LEFT_WIDTH)
        {
            *count += usize::from(starts_at(line, at));
        }
    }
    let (at, &rows) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(at, n)| (*n, usize::MAX - at))?;
    let filled = lines
        .iter()
        .filter(|l| l.iter().any(|c| !c.is_whitespace()))
        .count();
    if rows < MIN_ROWS || rows * 4 < filled {
        return None;
    }
    let first = lines.iter().position(|l| starts_at(l, at))?;
    let across = lines[first..]
        .iter()
        .any(|l| l.len() > at && l[at - 1] != ' ' && l[at] != ' ');
    (!across).then_some((at, first))
}

/// Whether a line of the column is a section heading standing alone.
fn heads_a_block(lines: &[String]) -> bool {
    lines
        .iter()
        .any(|line| looks_like_plain_heading(line) && classify(line).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sidebar_beside_the_main_column_is_read_after_it() {
        let text = "Jo Avery\n\n\
            SKILLS           EXPERIENCE\n\
            Go               Engineer, Acme      2020 – Present\n\
            Ruby             • Built APIs in Go\n\
            \x20                • Ran PostgreSQL\n\
            LANGUAGES        EDUCATION\n\
            English          BSc, UC Berkeley, 2017\n";
        let read = one_after_the_other(text).expect("two columns");
        assert_eq!(
            read,
            "Jo Avery\n\nSKILLS\nGo\nRuby\n\nLANGUAGES\nEnglish\n\n\
             EXPERIENCE\nEngineer, Acme      2020 – Present\n• Built APIs in Go\n\
             • Ran PostgreSQL\nEDUCATION\nBSc, UC Berkeley, 2017"
        );
    }

    #[test]
    fn one_column_is_read_as_it_is() {
        // Dates set to the right, over bullets that run across the gap.
        let dated = "EXPERIENCE\nEngineer, Acme                 2020 – Present\n\
            - Built the payments API in Go and moved it onto Kubernetes\n\
            Developer, Initech             2017 – 2020\n\
            - Wrote the billing jobs in Python and maintained the warehouse\n\
            Intern, Globex                 2016 – 2017\n- Tests\nTester, Hooli                  2015 – 2016\n";
        assert_eq!(one_after_the_other(dated), None);
        // Headings hanging in a margin beside their text.
        let hanging = "EXPERIENCE         Engineer, Acme, 2020 – Present\n\
            \x20                  Built APIs in Go\n\
            \x20                  Ran PostgreSQL\n\
            EDUCATION          BSc, UC Berkeley, 2017\n\
            SKILLS             Go, Ruby\n";
        assert_eq!(one_after_the_other(hanging), None);
        assert_eq!(one_after_the_other("# Jo\n\n## Experience\n- Go\n"), None);
    }
}
