//! Where in a JSON text a `serde_json` error happened, as a path.
//!
//! Use [`error_path`] after `serde_json::from_str` fails, to tell the user
//! which field was wrong (`profile.skills[3].proficiency`) rather than a
//! line and column of JSON they may never have seen (the browser and Python
//! surfaces serialise the caller's objects themselves).
//!
//! Why not `serde_path_to_error`: it wraps every `Deserialize` of every type
//! read in a tracking copy, which was a sixth of the WebAssembly module
//! (108 KB of 1.2 MB). The path is only needed once a read has failed, and
//! the error's position in the text gives it without any per-type code.

use std::fmt::Write as _;

/// The path to the value at the error's position in `json` (`skills[3].name`;
/// `.` for the document itself), and the error's message without the line
/// and column.
pub fn error_path(json: &str, error: &serde_json::Error) -> (String, String) {
    let message = error.to_string();
    // serde_json appends " at line L column C" when it knows the position.
    let message = match message.rfind(" at line ") {
        Some(at) if error.line() > 0 => message[..at].to_owned(),
        _ => message,
    };
    (
        path_at(json, offset_of(json, error.line(), error.column())),
        message,
    )
}

/// The byte offset of 1-based `line` and the byte `column` within it (the
/// bytes serde_json has read on that line).
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(json.len())
}

/// One open container on the way to the offset.
enum Frame {
    /// An object, with the key whose value is being read, if any.
    Object { key: Option<String> },
    /// An array, with the index of the element being read, once it has
    /// begun (`[ ` at the end of the text is the array, not its first element).
    Array { index: usize, begun: bool },
}

/// The path to the value being read at byte `offset` of `json`: the open
/// objects' keys and arrays' indices, walked token by token.
fn path_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // Whether the next string in the innermost object is a key.
    let mut expecting_key = false;
    let mut i = 0;
    while i < offset {
        let b = bytes[i];
        if let Some(Frame::Array { begun, .. }) = stack.last_mut() {
            *begun |= !(b.is_ascii_whitespace() || b == b',' || b == b']');
        }
        match b {
            b'{' => {
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array {
                    index: 0,
                    begun: false,
                });
                expecting_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array { index, begun }) => {
                    *index += 1;
                    *begun = false;
                }
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, i + 1);
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        // Quotes are ASCII: the slice is on char boundaries.
                        *key = Some(json[i + 1..end.min(json.len())].to_owned());
                    }
                    expecting_key = false;
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { begun: false, .. } => {}
            Frame::Array { index, .. } => {
                // Writing to a String cannot fail.
                let _ = write!(path, "[{index}]");
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The index of the quote closing the string whose content starts at
/// `from` (escaped quotes skipped), or the end of the text.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Skill {
        name: String,
        years: f64,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Profile {
        title: Option<String>,
        skills: Vec<Skill>,
    }

    fn path_of(json: &str) -> (String, String) {
        let error = serde_json::from_str::<Profile>(json).expect_err(json);
        error_path(json, &error)
    }

    #[test]
    fn paths_name_the_wrong_value() {
        let cases = [
            (
                r#"{"title": 7, "skills": []}"#,
                "title",
                "invalid type: integer `7`, expected a string",
            ),
            (
                r#"{"skills": [{"name": "Rust", "years": 2}, {"name": "Go", "years": "two"}]}"#,
                "skills[1].years",
                "invalid type: string \"two\", expected f64",
            ),
            (
                r#"{"skills": [{"name": "Rust"}]}"#,
                "skills[0]",
                "missing field `years`",
            ),
            (
                r#"{"skills": [], "tilte": "x"}"#,
                "tilte",
                "unknown field `tilte`",
            ),
            (
                r#"{"title": "a \"quoted\", [odd] {title}", "skills": 3}"#,
                "skills",
                "",
            ),
            (
                "7",
                ".",
                "invalid type: integer `7`, expected struct Profile",
            ),
            (
                r#"{"skills": [{"name": "Rust", "years": 1}"#,
                "skills[0]",
                "EOF while parsing",
            ),
        ];
        for (json, path, message) in cases {
            let (got_path, got_message) = path_of(json);
            assert_eq!(got_path, path, "{json}");
            assert!(got_message.starts_with(message), "{json}: {got_message}");
            assert!(!got_message.contains(" at line "), "{got_message}");
        }
    }

    #[test]
    fn lines_after_the_first_are_counted() {
        let json = "{\n  \"skills\": [\n    {\"name\": \"Rust\", \"years\": null}\n  ]\n}";
        assert_eq!(path_of(json).0, "skills[0].years");
    }

    proptest::proptest! {
        /// Any text and any error position give a path, never a panic.
        #[test]
        fn any_text_gives_a_path(json in "\\PC{0,80}", line in 0usize..4, column in 0usize..100) {
            let offset = offset_of(&json, line, column);
            proptest::prop_assert!(offset <= json.len());
            proptest::prop_assert!(!path_at(&json, offset).is_empty());
        }
    }
}
