//! Numbers in resume text, normalised so `2,000`, `$2000` and `2000` are
//! the same figure and `four` is `4`.

const WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("hundred", "100"),
    ("thousand", "1000"),
];

/// Every figure in `text`: digits (with `,` and `.` inside), keeping a `%`,
/// `k`, `m` or `x` that follows, plus number words.
pub(crate) fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (matches!(bytes[i], b',' | b'.')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            let mut figure: String = text[start..i].chars().filter(|c| *c != ',').collect();
            if figure.contains('.') {
                figure = figure
                    .trim_end_matches('0')
                    .trim_end_matches('.')
                    .to_owned();
            }
            let suffix = bytes.get(i).map(|b| b.to_ascii_lowercase());
            if let Some(s @ (b'%' | b'k' | b'm' | b'x')) = suffix {
                if !bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                    figure.push(s as char);
                }
            }
            out.push(figure);
            continue;
        }
        if bytes[i].is_ascii_alphabetic() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = text[start..i].to_ascii_lowercase();
            if let Some((_, n)) = WORDS.iter().find(|(w, _)| *w == word) {
                let percent =
                    text[i..].trim_start().starts_with("percent") || text[i..].starts_with('%');
                out.push(if percent {
                    format!("{n}%")
                } else {
                    (*n).to_owned()
                });
            }
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_figures() {
        assert_eq!(
            figures("Cut latency by 40% for 2,000 users, $1.50 each, 3x faster"),
            ["40%", "2000", "1.5", "3x"]
        );
        assert_eq!(
            figures("Mentored four engineers; forty percent growth"),
            ["4", "40%"]
        );
        assert_eq!(figures("v2 of OAuth2 in 2021"), ["2021"]);
    }
}
