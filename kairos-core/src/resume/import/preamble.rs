//! The text before the first section heading: the name, a headline, contact
//! details, and any summary prose.

use super::super::text::{
    bracketed_tail, first_url, is_bare_web_address, strip_inline, word_count,
};
use super::europass;
use super::headers::{is_city_in_country, is_place, is_title};
use super::lines::Line;
use crate::model::{Contact, Profile};
use crate::skills::in_lines;

/// What the preamble held.
pub(super) struct Preamble {
    pub(super) contact: Contact,
    pub(super) summary: Vec<String>,
}

/// Reads the preamble lines (everything before the first section heading).
pub(super) fn read_preamble(lines: &[Line<'_>]) -> Preamble {
    let mut contact = Contact::default();
    let mut summary: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    for line in lines {
        let text = match line {
            Line::Heading { text, .. } => text.as_str(),
            Line::Text { text, .. } | Line::Bullet { text, .. } => text,
            Line::Blank => {
                flush(&mut paragraph, &mut summary);
                continue;
            }
        };
        let plain = strip_inline(text);
        // `Curriculum Vitae`, `Personal information` (Europass): the
        // document's title and the contact block's heading name no one,
        // also in a column beside the block's first line.
        if in_lines(BLOCK_TITLES, plain.trim()) {
            continue;
        }
        let plain = match europass::columns(&plain) {
            Some((title, rest)) if in_lines(BLOCK_TITLES, title) => rest.to_owned(),
            _ => plain,
        };
        if contact.name.is_empty() {
            contact.name = without_label(plain.trim()).to_owned();
            continue;
        }
        // `Location: London, UK`.
        if let Some(("location" | "address", place)) = label_and_value(plain.trim()) {
            contact.location.address = Some(without_kind(place).to_owned());
            continue;
        }
        if is_contact_line(text) {
            flush(&mut paragraph, &mut summary);
            read_contact_line(text, &mut contact);
            continue;
        }
        // `Sydney, New South Wales, Australia` on a line of its own, as
        // LinkedIn writes it under the headline.
        if contact.location.address.is_none()
            && summary.is_empty()
            && paragraph.is_empty()
            && word_count(&plain) <= 8
            && (is_place(plain.trim())
                // `Hauptstraße 1, 10115 Berlin (Germany)`.
                || plain.rsplit_once(", ").is_some_and(|(_, city)| is_city_in_country(city)))
        {
            contact.location.address = Some(plain.trim().to_owned());
            continue;
        }
        if contact.label.is_none()
            && summary.is_empty()
            && paragraph.is_empty()
            && word_count(&plain) <= 8
            && !plain.ends_with('.')
        {
            contact.label = Some(plain.trim().to_owned());
            continue;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(plain.trim());
    }
    flush(&mut paragraph, &mut summary);
    Preamble { contact, summary }
}

fn flush(paragraph: &mut String, summary: &mut Vec<String>) {
    if !paragraph.is_empty() {
        summary.push(std::mem::take(paragraph));
    }
}

/// Lines over a resume's contact details that are no part of them.
const BLOCK_TITLES: &str = phrase_lines![
    "curriculum vitae",
    "europass curriculum vitae",
    "cv",
    "resume",
    "résumé",
    "personal information",
    "personal details",
    "personal data",
    "contact details",
    "contact information",
    // A sidebar's contact block (two-column templates).
    "contact",
    "contact info",
    "contacts",
    "kontakt",
    "coordonnées",
    "contacto",
    // resume.io's block of place, phone and email.
    "details",
    "personal info",
];

fn pieces(text: &str) -> impl Iterator<Item = &str> {
    text.split(&['|', '·', '•', '⋅', '◦'][..])
        .flat_map(|p| p.split("  "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" – "))
        .filter(|p| !is_personal(p))
        .map(|p| without_kind(without_label(p.trim())))
        .filter(|p| !p.is_empty())
}

/// Labels of personal details some resumes give (Europass asks for them)
/// that the contact has no place for and a match must not weigh: the
/// import leaves them out.
const PERSONAL_LABELS: &str = phrase_lines![
    "date of birth",
    "birth date",
    "place of birth",
    "nationality",
    "citizenship",
    "gender",
    "sex",
    "marital status",
    "religion",
    "driving licence",
    "driving license",
];

/// `Nationality: German`.
fn is_personal(piece: &str) -> bool {
    piece
        .split_once(':')
        .is_some_and(|(label, _)| in_lines(PERSONAL_LABELS, label.trim()))
}

/// A detail without the kind Europass writes after it: `(+49) 170 000
/// (Mobile)`, `Berlin, Germany (Home)`.
fn without_kind(piece: &str) -> &str {
    bracketed_tail(piece)
        .filter(|(_, kind)| {
            in_lines(
                phrase_lines!["mobile", "home", "work", "office", "cell", "private"],
                kind,
            )
        })
        .map_or(piece, |(detail, _)| detail.trim_end())
}

/// Labels written before a contact detail (`Email: ada@example.com`).
const CONTACT_LABELS: &str = phrase_lines![
    "name",
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "phone",
    "phone number",
    "mobile",
    "mobile number",
    "tel",
    "telephone",
    "location",
    "address",
    "linkedin",
    "github",
    "website",
    "web",
    "portfolio",
];

/// A contact detail's label, in lower case, and its value: `Phone: 0400
/// 123 456` gives `("phone", "0400 123 456")`.
fn label_and_value(piece: &str) -> Option<(&'static str, &str)> {
    let (label, value) = piece.split_once(':')?;
    let label = label.trim();
    let known = CONTACT_LABELS
        .lines()
        .find(|l| l.eq_ignore_ascii_case(label))?;
    Some((known, value.trim()))
}

/// A contact detail without its label.
fn without_label(piece: &str) -> &str {
    label_and_value(piece).map_or(piece, |(_, value)| value)
}

fn is_email(p: &str) -> bool {
    let p = strip_inline(p);
    let p = p.trim().trim_start_matches("mailto:");
    p.contains('@') && p.rsplit('@').next().is_some_and(|d| d.contains('.')) && !p.contains(' ')
}

fn is_phone(p: &str) -> bool {
    let digits = p.chars().filter(char::is_ascii_digit).count();
    digits >= 8
        && p.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

fn is_link(p: &str) -> bool {
    if is_bare_web_address(strip_inline(p).trim()) {
        return true;
    }
    let p = p.to_ascii_lowercase();
    p.contains("http://")
        || p.contains("https://")
        || p.contains("](")
        || p.contains("www.")
        || [
            ".com/",
            ".io/",
            ".dev/",
            ".me/",
            ".org/",
            "github.com",
            "linkedin.com",
            "gitlab.com",
        ]
        .iter()
        .any(|d| p.contains(d))
}

fn is_contact_line(text: &str) -> bool {
    pieces(text).any(|p| is_email(p) || is_phone(p) || is_link(p))
        || text.split('|').any(is_personal)
}

/// The networks a profile's address or label is known by: a piece of the
/// address, and the network's name.
const NETWORKS: [(&str, &str); 13] = [
    ("github", "GitHub"),
    ("linkedin", "LinkedIn"),
    ("gitlab", "GitLab"),
    ("twitter", "Twitter"),
    ("x.com", "X"),
    ("stackoverflow", "Stack Overflow"),
    ("bitbucket", "Bitbucket"),
    ("soundcloud", "SoundCloud"),
    ("medium.com", "Medium"),
    ("dribbble", "Dribbble"),
    ("behance", "Behance"),
    ("kaggle", "Kaggle"),
    ("mastodon", "Mastodon"),
];

fn network_of(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    NETWORKS
        .iter()
        .find(|(k, _)| lower.contains(k))
        .map(|(_, n)| (*n).to_owned())
}

/// The user name in a known network's profile address:
/// `github.com/ada`, `linkedin.com/in/ada-okafor`, `medium.com/@ada`.
fn username_in(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(&['?', '#'][..]).next().unwrap_or_default();
    let mut path = rest.split('/').skip(1).filter(|s| !s.is_empty());
    let first = path.next()?;
    let name = match first {
        "in" | "u" | "users" => path.next()?,
        _ => first,
    };
    let name = name.trim_start_matches('@');
    (!name.is_empty() && path.next().is_none()).then(|| name.to_owned())
}

/// `Twitter: neutralthoughts`, as the renderer writes a profile it has no
/// address for: a known network's name, a colon and one word.
fn labelled_profile(piece: &str) -> Option<Profile> {
    let (label, name) = piece.split_once(':')?;
    let (_, network) = NETWORKS
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(label.trim()))?;
    let name = name.trim();
    (!name.is_empty() && !name.contains(char::is_whitespace)).then(|| Profile {
        network: Some((*network).to_owned()),
        username: Some(name.to_owned()),
        url: None,
    })
}

fn read_contact_line(text: &str, contact: &mut Contact) {
    for piece in pieces(text) {
        let plain = strip_inline(piece).trim().to_owned();
        if is_email(piece) && contact.email.is_none() {
            contact.email = Some(plain.trim_start_matches("mailto:").to_owned());
        } else if is_phone(piece) && contact.phone.is_none() {
            contact.phone = Some(plain);
        } else if is_link(piece) {
            // `www.linkedin.com/in/ada (LinkedIn)`: LinkedIn names the network after the address.
            let plain = bracketed_tail(&plain)
                .map_or(plain.as_str(), |(url, _)| url)
                .to_owned();
            let url = first_url(piece).unwrap_or_else(|| plain.clone());
            match network_of(&url) {
                Some(network) => contact.profiles.push(Profile {
                    network: Some(network),
                    username: username_in(&url),
                    url: Some(url),
                }),
                None if contact.url.is_none() => contact.url = Some(url),
                None => contact.profiles.push(Profile {
                    network: None,
                    username: None,
                    url: Some(url),
                }),
            }
        } else if let Some(profile) = labelled_profile(piece) {
            contact.profiles.push(profile);
        } else if contact.label.is_none() && is_title(&plain) {
            contact.label = Some(plain);
        } else if contact.location.address.is_none() {
            contact.location.address = Some(plain);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::classify_lines;
    use super::*;

    #[test]
    fn profiles_keep_their_network_and_user_name() {
        let mut c = Contact::default();
        read_contact_line(
            "Sydney | Twitter: neutralthoughts | github.com/ada | https://www.linkedin.com/in/ada-okafor/ | https://medium.com/@ada?source=cv",
            &mut c,
        );
        let read: Vec<_> = c
            .profiles
            .iter()
            .map(|p| (p.network.as_deref(), p.username.as_deref(), p.url.is_some()))
            .collect();
        assert_eq!(
            read,
            [
                (Some("Twitter"), Some("neutralthoughts"), false),
                (Some("GitHub"), Some("ada"), true),
                (Some("LinkedIn"), Some("ada-okafor"), true),
                (Some("Medium"), Some("ada"), true),
            ]
        );
        assert_eq!(c.location.address.as_deref(), Some("Sydney"));
        // A label that names no network is no profile; a spaced name neither.
        let mut c = Contact::default();
        read_contact_line("Availability: immediate | GitHub: ada lovelace", &mut c);
        assert!(c.profiles.is_empty(), "{:?}", c.profiles);
    }

    #[test]
    fn reads_name_label_contacts_and_summary() {
        let lines = classify_lines(
            "# Ada Lovelace\nSenior Backend Engineer\nSydney NSW | ada@example.com | +61 400 123 456 | [GitHub](https://github.com/ada) | https://ada.dev\n\nBackend engineer with eight years of payments work.\nLoves Rust.",
        );
        let p = read_preamble(&lines);
        assert_eq!(p.contact.name, "Ada Lovelace");
        assert_eq!(p.contact.label.as_deref(), Some("Senior Backend Engineer"));
        assert_eq!(p.contact.email.as_deref(), Some("ada@example.com"));
        assert_eq!(p.contact.phone.as_deref(), Some("+61 400 123 456"));
        assert_eq!(p.contact.location.address.as_deref(), Some("Sydney NSW"));
        assert_eq!(p.contact.url.as_deref(), Some("https://ada.dev"));
        assert_eq!(p.contact.profiles[0].network.as_deref(), Some("GitHub"));
        assert_eq!(
            p.summary,
            ["Backend engineer with eight years of payments work. Loves Rust."]
        );
    }

    #[test]
    fn reads_labelled_contact_lines() {
        let lines = classify_lines(
            "Name: Chris Jones\nEmail: chris@example.com\nPhone: +44 7700 900123\n\
             Location: London, UK\nLinkedIn: linkedin.com/in/chrisj | Web: https://chris.dev",
        );
        let p = read_preamble(&lines);
        let c = &p.contact;
        assert_eq!(
            (
                c.name.as_str(),
                c.email.as_deref(),
                c.phone.as_deref(),
                c.location.address.as_deref(),
                c.url.as_deref(),
            ),
            (
                "Chris Jones",
                Some("chris@example.com"),
                Some("+44 7700 900123"),
                Some("London, UK"),
                Some("https://chris.dev"),
            )
        );
        assert_eq!(c.profiles[0].url.as_deref(), Some("linkedin.com/in/chrisj"));
        assert!(p.summary.is_empty() && c.label.is_none());
    }
}
