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
    if !text.lines().any(|line| close_up(line).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match close_up(line) {
            Some(closed) => out.push_str(&closed),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    Some(out)
}

/// A line of single letters set apart by one space, its words by two or
/// more (`W O R K   E X P E R I E N C E`), closed up (`WORK EXPERIENCE`);
/// `None` for any other line.
fn close_up(line: &str) -> Option<String> {
    let line = line.trim();
    // Most lines are told apart by their second character.
    let mut chars = line.chars();
    if chars.next().is_none() || chars.next() != Some(' ') {
        return None;
    }
    let mut closed = String::with_capacity(line.len() / 2 + 1);
    let mut letters = 0;
    for word in line.split("  ").map(str::trim).filter(|w| !w.is_empty()) {
        if !closed.is_empty() {
            closed.push(' ');
        }
        for piece in word.split(' ') {
            let mut chars = piece.chars();
            let letter = chars.next()?;
            // Each piece one letter, or the `&` between words (`S K I L L S
            // &  T O O L S`).
            if chars.next().is_some() || !(letter.is_alphabetic() || letter == '&') {
                return None;
            }
            closed.push(letter);
            letters += usize::from(letter != '&');
        }
    }
    (letters >= MIN_LETTERS).then_some(closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_up_letter_spaced_lines_only() {
        assert_eq!(
            close_up("E X P E R I E N C E").as_deref(),
            Some("EXPERIENCE")
        );
        assert_eq!(
            close_up("  W O R K   E X P E R I E N C E ").as_deref(),
            Some("WORK EXPERIENCE")
        );
        assert_eq!(
            close_up("A L E X   M O R G A N").as_deref(),
            Some("ALEX MORGAN")
        );
        assert_eq!(
            close_up("S K I L L S  &  T O O L S").as_deref(),
            Some("SKILLS & TOOLS")
        );
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
            Some("SKILLS\nGo, Rust\n")
        );
    }
}
