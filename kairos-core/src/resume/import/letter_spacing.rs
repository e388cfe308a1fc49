//! Letter-spaced lines, as designed templates (Canva and the like) set
//! their headings and the name at the top and a PDF turned to text gives
//! them: `E X P E R I E N C E`, `A L E X   M O R G A N`. Such a line is
//! read with its letters closed up (`EXPERIENCE`, `ALEX MORGAN`), so its
//! heading is known and its name read.

/// The fewest letters a letter-spaced line holds: fewer (`R C`, two
/// languages) are words of one letter.
const MIN_LETTERS: usize = 4;

/// `text` with every letter-spaced line closed up, or `None` when it has
/// none (most text), which is then read as it is.
pub(super) fn closed_up(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    // How much of `text` is in `out`, and where the line read starts.
    let (mut copied, mut start) = (0, 0);
    for line in text.split('\n') {
        if let Some(closed) = close_up(line) {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..start]);
            out.push_str(&closed);
            copied = start + line.len();
        }
        start += line.len() + 1;
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// A line of single letters set apart by one space, its words by two or
/// more (`W O R K   E X P E R I E N C E`), closed up (`WORK EXPERIENCE`);
/// `None` for any other line. ASCII letters only, and the `&` between
/// words (`S K I L L S  &  T O O L S`).
fn close_up(line: &str) -> Option<String> {
    let bytes = line.trim().as_bytes();
    // Most lines are told apart by their second byte.
    if bytes.get(1) != Some(&b' ') {
        return None;
    }
    let mut closed = Vec::with_capacity(bytes.len() / 2 + 1);
    let (mut letters, mut spaces) = (0, 0);
    for &b in bytes {
        if b == b' ' {
            spaces += 1;
            continue;
        }
        if !(b.is_ascii_alphabetic() || b == b'&') || (spaces == 0 && !closed.is_empty()) {
            return None;
        }
        if spaces > 1 {
            closed.push(b' ');
        }
        spaces = 0;
        closed.push(b);
        letters += usize::from(b != b'&');
    }
    if letters < MIN_LETTERS {
        return None;
    }
    String::from_utf8(closed).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_up_letter_spaced_lines_only() {
        for (line, closed) in [
            ("E X P E R I E N C E", "EXPERIENCE"),
            ("  W O R K   E X P E R I E N C E ", "WORK EXPERIENCE"),
            ("A L E X   M O R G A N", "ALEX MORGAN"),
            ("S K I L L S  &  T O O L S", "SKILLS & TOOLS"),
        ] {
            assert_eq!(close_up(line).as_deref(), Some(closed), "{line}");
        }
        for line in [
            "R C",
            "Go · Python",
            "Experience",
            "C, R, Go",
            "I am a developer",
            "",
            "A B C",
        ] {
            assert_eq!(close_up(line), None, "{line}");
        }
    }

    #[test]
    fn text_without_such_lines_is_read_as_it_is() {
        assert_eq!(closed_up("Experience\nGo, Rust\n"), None);
        assert_eq!(
            closed_up("S K I L L S\nGo, Rust").as_deref(),
            Some("SKILLS\nGo, Rust")
        );
    }
}
