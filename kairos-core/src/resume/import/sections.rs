//! The second pass of the text importer: each section's lines become its
//! structured content.

use super::super::date_text::find_date_range;
use super::super::text::{
    append_prose, bracketed_tail, clean_inline, split_list, strip_inline, word_count, LEVELS,
};
use super::europass::{self, labelled_place};
use super::headers::{
    drop_empty_brackets, is_named_place, is_place, is_region, is_title, read_header, role_parts,
    Header, COMPANY_KINDS,
};
use super::lines::Line;
use crate::find;
use crate::model::{EducationEntry, PartialDate, Project, SkillGroup, Until};
use crate::skills::in_lines;

/// A role before it gets its id.
#[derive(Debug, Default)]
pub(super) struct RoleDraft {
    pub(super) employer: String,
    pub(super) title: String,
    pub(super) location: Option<String>,
    /// Whether the place came with the employer's name and no title
    /// (`Northwind — Toronto, ON`, `Atlassian, Sydney`): the employer's
    /// place, and so that of its roles listed without one.
    place_is_employers: bool,
    pub(super) start: Option<PartialDate>,
    pub(super) end: Option<Until>,
    /// The employer's site, from a header line.
    pub(super) url: Option<String>,
    pub(super) summary: Vec<String>,
    /// How many of the summary's lines a blank line closed, when more
    /// prose followed it.
    first_paragraph: Option<usize>,
    pub(super) bullets: Vec<String>,
}

impl RoleDraft {
    fn from_header(text: &str) -> Self {
        let header = read_header(text);
        let parts = role_parts(&header);
        Self {
            place_is_employers: parts.title.is_empty() && parts.location.is_some(),
            employer: parts.employer,
            title: parts.title,
            location: parts.location,
            start: header.start,
            end: header.end,
            url: header.url,
            ..Self::default()
        }
    }

    /// The role a line of dates starts (`March 2019 - June 2021`) when
    /// the lines naming it were read as the last role's prose, as LinkedIn
    /// lays out a role with no bullets: its title (and the employer's name
    /// on the line before) end `previous`'s summary and move here. A title
    /// with its dates (`Junior Developer – 09/2017 – 03/2020`) takes only
    /// the employer's line with its place (`Zalando SE – Berlin, Germany`).
    fn from_dates_after(previous: &mut RoleDraft, dates: &str) -> Self {
        let mut role = Self::from_header(dates);
        if role.employer.is_empty() && !role.title.is_empty() {
            if previous.summary.last().is_some_and(|l| is_employer_line(l)) {
                let line = previous.summary.pop().unwrap_or_default();
                role.absorb(&line);
            }
            return role;
        }
        if !role.employer.is_empty() {
            return role;
        }
        let lines = &previous.summary;
        let Some(title_at) = lines
            .len()
            .checked_sub(1)
            .filter(|&k| is_title_line(&lines[k]))
        else {
            return role;
        };
        let first = match title_at.checked_sub(1) {
            Some(k) if is_name_line(&lines[k]) => k,
            _ => title_at,
        };
        let moved = previous.summary.split_off(first);
        let mut role = Self::from_header(&moved[0]);
        for line in &moved[1..] {
            role.absorb(line);
        }
        role.absorb(dates);
        role
    }

    /// The role as one of `employer`'s, named in a heading above it: what
    /// its own header read as the employer follows the name after a comma
    /// (`Atlassian, Sydney`), as a place or a team, which [`Self::settle`]
    /// reads apart.
    fn work_for(&mut self, employer: &str) {
        if self.employer == employer {
            return;
        }
        let own = std::mem::replace(&mut self.employer, employer.to_owned());
        if !own.is_empty() {
            self.employer = format!("{employer}, {own}");
        }
    }

    /// Whether the role ended as another began (`began`), within a
    /// season: the two are one employer's when only the newer names it.
    fn ended_as(&self, began: Option<PartialDate>) -> bool {
        match (self.end, began) {
            (Some(Until::Date(end)), Some(start)) => {
                (0..=3).contains(&(start.month_index() - end.month_index()))
            }
            _ => false,
        }
    }

    /// A heading that named no title and no dates, with nothing under it yet.
    fn is_bare_heading(&self) -> bool {
        self.title.is_empty() && self.start.is_none() && self.is_fresh()
    }

    fn is_fresh(&self) -> bool {
        self.bullets.is_empty() && self.summary.is_empty()
    }

    /// The role's prose as the model keeps it: two paragraphs or more are
    /// what the employer does (the first, as the renderer writes
    /// `description` over `summary`) and the role's summary; one is the
    /// summary.
    pub(super) fn description_and_summary(&self) -> (Option<String>, Option<String>) {
        match self.first_paragraph {
            Some(k) if k > 0 && k < self.summary.len() => (
                Some(self.summary[..k].join(" ")),
                Some(self.summary[k..].join(" ")),
            ),
            _ => (
                None,
                (!self.summary.is_empty()).then(|| self.summary.join(" ")),
            ),
        }
    }

    fn is_complete(&self) -> bool {
        !self.employer.is_empty() && !self.title.is_empty() && self.start.is_some()
    }

    /// What the header lines said in one part, read once they are all in:
    /// a title with its employer after a comma (`Software Engineer,
    /// Atlassian`; `Atlassian, Software Engineer`) when no line named the
    /// employer apart (with one, the comma names the title's team:
    /// `Software Engineer, Payments — Stripe`), and the employer's place
    /// in brackets or after a comma (`Atlassian (Sydney)`, `Culture Amp,
    /// Melbourne`; not an acronym, `Amazon Web Services (AWS)`, nor the
    /// kind of job or company, `Acme (Contract)`, `Acme, Inc.`).
    fn settle(&mut self) {
        if self.employer.is_empty() {
            if let Some((head, tail)) = self.title.split_once(", ") {
                let (title, employer) = if is_title(tail) && !is_title(head) {
                    (tail, head)
                } else {
                    (head, tail)
                };
                (self.title, self.employer) = (title.trim().to_owned(), employer.trim().to_owned());
            }
        }
        if self.location.is_none() {
            // `N26 GmbH, Berlin (Germany)`: a whole place after the comma.
            let comma = self.employer.split_once(", ");
            let placed = comma.filter(|(_, place)| is_place(place)).or_else(|| {
                bracketed_tail(&self.employer)
                    .or(comma)
                    .filter(|(_, place)| names_a_place(place))
            });
            if let Some((name, place)) = placed {
                (self.employer, self.location) = (name.trim().to_owned(), Some(place.to_owned()));
                self.place_is_employers = true;
            }
        }
    }

    /// A second header line (`Jan 2020 – Present | Sydney`, or the title
    /// under an employer heading) fills in what the first left out.
    ///
    /// Dates on the line that names the title are the role's, over those
    /// of an employer's line above it (`Northwind — 2017 – Present` over
    /// `Senior Data Engineer (2020 – Present)`: the employer's dates span
    /// every role held there).
    fn absorb(&mut self, text: &str) {
        let header = read_header(text);
        let names_the_title = self.title.is_empty() && header.parts.iter().any(|p| is_title(p));
        if header.start.is_some() && (self.start.is_none() || names_the_title) {
            self.start = header.start;
            self.end = header.end;
        }
        if self.url.is_none() {
            self.url = header.url;
        }
        for part in header.parts {
            if self.title.is_empty() && is_title(&part) {
                self.title = part;
            } else if self.employer.is_empty() {
                self.employer = part;
            } else if self.title.is_empty() {
                self.title = part;
            } else if self.location.is_none() {
                self.location = Some(part);
            } else {
                self.summary.push(part);
            }
        }
    }
}

/// Words of a heading that names a list of roles, not an employer
/// (`Earlier roles`, `Previous experience`).
const LIST_OF_ROLES_WORDS: &str = phrase_lines![
    "roles",
    "positions",
    "experience",
    "employment",
    "career",
    "history",
    "earlier",
    "previous",
    "other",
    "additional",
];

/// A line of prose that is a title alone (`Senior Software Engineer`).
fn is_title_line(line: &str) -> bool {
    word_count(line) <= 6 && !line.ends_with('.') && is_title(line)
}

/// A line that is an employer and its place alone (`Zalando SE – Berlin,
/// Germany`, `Flight Centre Travel Group, Brisbane QLD`), no title in it.
fn is_employer_line(line: &str) -> bool {
    let header = read_header(line);
    let name_and_place = |name: &str, place: &str| is_named_place(place) && !is_title(name);
    !line.ends_with('.')
        && header.start.is_none()
        && match header.parts.as_slice() {
            [name, place] => name_and_place(name, place),
            [part] => part
                .rsplit_once(", ")
                .is_some_and(|(name, place)| name_and_place(name, place)),
            _ => false,
        }
}

/// A line of prose that is a name alone (`Canva`, `Commonwealth Bank`):
/// a few capitalised words.
fn is_name_line(line: &str) -> bool {
    let words = line.split_whitespace();
    (1..=5).contains(&words.clone().count())
        && !line.ends_with('.')
        && words.into_iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || in_lines(phrase_lines!["&", "and", "of", "the"], w)
        })
}

/// Whether a short line after a role's bullets, followed by more bullets
/// or by a line of dates, is the next role's header rather than more prose.
fn next_role_starts(r: &RoleDraft, body: &[Line<'_>], i: usize, text: &str) -> bool {
    !r.bullets.is_empty()
        && (next_is_bullet(body, i)
            || next_is_dates(body, i)
            || is_title_line(text) && next_is_name_then_dates(body, i))
        && is_short_header(text)
}

/// Whether the next lines are a name alone and a line of dates, as under a
/// title LinkedIn writes the employer's name and then the dates (Indeed
/// the employer and its place: `Whole Foods Market - Austin, TX`).
fn next_is_name_then_dates(body: &[Line<'_>], i: usize) -> bool {
    matches!(body.get(i + 1), Some(Line::Text { text, .. })
        if is_name_line(text) || is_employer_line(text))
        && next_is_dates(body, i + 1)
}

/// Whether the next line that is not blank is a short line of dates
/// (`Jan. 2018 to May 2021`), as under a role's header.
fn next_is_dates(body: &[Line<'_>], i: usize) -> bool {
    body[i + 1..]
        .iter()
        .find(|l| !matches!(l, Line::Blank))
        .is_some_and(|l| {
            matches!(l, Line::Text { text, .. }
                if find_date_range(text).is_some() && is_short_header(text))
        })
}

/// `Key achievements:`, `Responsibilities:`: a few words and a colon; or
/// a builder's own label without one (Novoresume's `Achievements/Tasks`).
fn is_bullets_label(text: &str) -> bool {
    let text = text.trim();
    (text.ends_with(':') && word_count(text) <= 4)
        || in_lines(
            phrase_lines![
                "achievements/tasks",
                "achievements",
                "key achievements",
                "responsibilities",
                "key responsibilities",
                "tasks",
            ],
            text,
        )
}

/// Whether bullets come next, perhaps under a label (`Key achievements:`).
fn next_is_bullet(body: &[Line<'_>], i: usize) -> bool {
    let mut next = body[i + 1..].iter().filter(|l| !matches!(l, Line::Blank));
    match next.next() {
        Some(Line::Text { text, .. }) if is_bullets_label(text) => {
            matches!(next.next(), Some(Line::Bullet { .. }))
        }
        other => matches!(other, Some(Line::Bullet { .. })),
    }
}

/// [`is_short_header`] not counting the words of its dates (`Bachelor of
/// Arts in Computer Science, Minor in Business   Aug. 2018 – May 2021`).
fn is_short_beside_dates(text: &str) -> bool {
    let dates = find_date_range(text).map_or(0, |r| word_count(&text[r.span.0..r.span.1]));
    word_count(text).saturating_sub(dates) <= 12 && !text.trim_end().ends_with('.')
}

/// A line that is dates and nothing more.
fn is_dates_alone(text: &str) -> bool {
    find_date_range(text)
        .is_some_and(|r| text[..r.span.0].trim().is_empty() && text[r.span.1..].trim().is_empty())
}

/// A line set in three parts or more by bars or middle dots (`Title |
/// Employer | Place | Dates`): a header however long its parts, which
/// prose is not written as.
fn is_set_in_parts(text: &str) -> bool {
    text.matches(" | ").count() + text.matches(" · ").count() >= 2
        && !text.trim_end().ends_with('.')
}

fn is_short_header(text: &str) -> bool {
    word_count(text) <= 12 && !text.trim_end().ends_with('.')
}

/// A heading that names an employer and no role, over the headings (or
/// lines) of its roles.
struct EmployerHeading {
    level: u8,
    name: String,
    /// When its roles' headings are of its own level (`### Atlassian` then
    /// `### Senior Engineer · Sydney · 2021 – Present`), not deeper: what
    /// the first of them read where an employer would be (`Sydney`), the
    /// place they share.
    place_of_own_level: Option<String>,
}

impl EmployerHeading {
    /// Whether a heading of `level` that read as `role` is one of its
    /// roles: a deeper one, or, when they are of its level, one with a
    /// title that names no employer but a place, or theirs (`### Software
    /// Engineer · Sydney · 2018 – 2021`; not `### Engineer · Canva · 2018`).
    fn names_employer_of(&self, level: u8, role: &RoleDraft) -> bool {
        if level > self.level {
            return true;
        }
        self.place_of_own_level.as_ref().is_some_and(|place| {
            level == self.level
                && !role.title.is_empty()
                && (role.employer.is_empty() || role.employer == *place || is_place(&role.employer))
        })
    }
}

/// Roles: a header (heading, bold or dated line), optional second header
/// line, optional summary prose, then bullets.
pub(super) fn parse_roles(body: &[Line<'_>]) -> Vec<RoleDraft> {
    let mut roles: Vec<RoleDraft> = Vec::new();
    // Whether the last bullet was a role of a list of roles, and the
    // employer its heading named.
    let mut in_list_of_roles = false;
    let mut list_employer: Option<String> = None;
    // An employer's heading over the roles it names; the level of the last
    // heading read.
    let mut employer_heading: Option<EmployerHeading> = None;
    let mut heading_level = 0;
    // The role the last heading started (its index), while it is the last.
    let mut heading_role: Option<usize> = None;
    for (i, line) in body.iter().enumerate() {
        if !matches!(line, Line::Bullet { .. } | Line::Blank) {
            in_list_of_roles = false;
        }
        match line {
            Line::Heading { text, level, .. } => {
                let mut role = RoleDraft::from_header(text);
                // `### Atlassian` over `#### Senior Software Engineer ·
                // Sydney · 2021 – Present`: a heading that names no role,
                // over deeper ones that do, names their employer. Straight
                // over a dated one of its own level, it names the employer
                // of that one and of those after it that name no other (see
                // `EmployerHeading::names_employer_of`). (`### Earlier
                // roles` names none: it goes.)
                let over_own_level = *level == heading_level && role.start.is_some();
                if roles.last().is_some_and(RoleDraft::is_bare_heading)
                    && !role.title.is_empty()
                    && (*level > heading_level || over_own_level)
                    && heading_level > 0
                {
                    employer_heading = roles
                        .pop()
                        .filter(|heading| !has_word(&heading.employer, LIST_OF_ROLES_WORDS))
                        .map(|heading| EmployerHeading {
                            level: heading_level,
                            name: heading.employer,
                            place_of_own_level: over_own_level.then(|| role.employer.clone()),
                        });
                }
                match &employer_heading {
                    Some(h) if h.names_employer_of(*level, &role) => role.work_for(&h.name),
                    _ => employer_heading = None,
                }
                heading_level = *level;
                roles.push(role);
                heading_role = Some(roles.len() - 1);
            }
            // A Markdown table of roles: a row a role, the header row (over
            // the `|---|` row) and that row none.
            Line::Text { text, .. } if table_cells(text).is_some() => {
                roles.extend(table_row_header(body, i, text).map(|h| RoleDraft::from_header(&h)));
            }
            Line::Text { text, .. } => {
                let has_dates = find_date_range(text).is_some();
                let bold = text.starts_with("**") || text.starts_with("__");
                // A bold line, or a short line with dates, starts a new role.
                let header_like =
                    bold || (has_dates && (is_short_beside_dates(text) || is_set_in_parts(text)));
                // When the role above this one began, for a role of the
                // same employer (see `read_employers_of_grouped_roles`).
                let above_began = roles.len().checked_sub(2).and_then(|k| roles[k].start);
                let under_bare_heading = heading_role == roles.len().checked_sub(1)
                    && roles.last().is_some_and(RoleDraft::is_bare_heading);
                let new_role = |text: &str, previous: Option<&mut RoleDraft>| {
                    let mut role = match previous {
                        Some(r) => RoleDraft::from_dates_after(r, text),
                        None => RoleDraft::from_header(text),
                    };
                    if let Some(heading) = &employer_heading {
                        role.work_for(&heading.name);
                    }
                    role
                };
                match roles.last_mut() {
                    // `Key achievements:` over the bullets it introduces:
                    // the bullets say it, and in the summary (or the
                    // header) it would introduce nothing.
                    Some(_) if is_bullets_label(text) && next_is_bullet(body, i) => {}
                    // `Business or sector Banking` (Europass) says what the
                    // employer does, under the role it belongs to.
                    Some(r) if europass::is_sector_line(text) => r.summary.push(clean_inline(text)),
                    // `Sydney, New South Wales, Australia` under the dates,
                    // when no employer is missing or the role is grouped
                    // under the one above (`Atlassian, Sydney, Australia`
                    // names the employer otherwise).
                    Some(r)
                        if r.is_fresh()
                            && r.start.is_some()
                            && r.location.is_none()
                            && (!r.employer.is_empty() || r.ended_as(above_began))
                            && !has_dates
                            && word_count(text) <= 8
                            && is_place(text.trim()) =>
                    {
                        r.location = Some(text.trim().to_owned());
                    }
                    // `City: Berlin | Country: Germany` (Europass).
                    Some(r)
                        if r.is_fresh()
                            && r.location.is_none()
                            && labelled_place(text).is_some() =>
                    {
                        r.location = labelled_place(text);
                    }
                    // `### Atlassian` over `**Senior Software Engineer** |
                    // Sydney | 2021 – Present`, bold or not: the heading
                    // names the employer, of this role and of those after
                    // it under the heading.
                    Some(r)
                        if under_bare_heading
                            && (has_dates || is_short_header(text))
                            && read_header(text).parts.iter().any(|p| is_title(p)) =>
                    {
                        r.absorb(text);
                        employer_heading = Some(EmployerHeading {
                            level: heading_level,
                            name: r.employer.clone(),
                            place_of_own_level: None,
                        });
                    }
                    Some(r)
                        if r.is_fresh()
                            && !r.is_complete()
                            && (has_dates || is_short_header(text))
                            && !bold =>
                    {
                        r.absorb(text)
                    }
                    Some(r) if !(header_like || next_role_starts(r, body, i, text)) => {
                        r.summary.push(clean_inline(text));
                    }
                    Some(r) if has_dates => {
                        let role = new_role(text, Some(r));
                        roles.push(role);
                    }
                    _ => {
                        let role = new_role(text, None);
                        roles.push(role);
                    }
                }
            }
            Line::Bullet { indent, text } => {
                let dated =
                    *indent == 0 && find_date_range(text).is_some() && is_short_header(text);
                // `### Earlier roles` over `- Developer, Acme (2014–2019)`:
                // a list of roles, one a bullet, under a heading that names
                // no role of its own (it goes: it names the list).
                // `### Acme` over `- Senior Engineer (2019–2021)`: the
                // heading names the roles' employer instead.
                let under_list_heading = roles.last().is_some_and(RoleDraft::is_bare_heading);
                let listed_role =
                    dated && is_title(text) && (in_list_of_roles || under_list_heading);
                if listed_role && under_list_heading {
                    list_employer = roles
                        .pop()
                        .map(|heading| heading.employer)
                        .filter(|name| !has_word(name, LIST_OF_ROLES_WORDS));
                }
                in_list_of_roles = listed_role;
                if listed_role {
                    let mut role = RoleDraft::from_header(text);
                    if role.employer.is_empty() {
                        role.employer = list_employer.clone().unwrap_or_default();
                    }
                    roles.push(role);
                    continue;
                }
                let header_like =
                    dated && (text.starts_with("**") || next_is_indented_bullet(body, i));
                match roles.last_mut() {
                    Some(r) if !header_like => r.bullets.push(clean_inline(text)),
                    None if !header_like => {
                        let mut r = RoleDraft::default();
                        r.bullets.push(clean_inline(text));
                        roles.push(r);
                    }
                    _ => roles.push(RoleDraft::from_header(text)),
                }
            }
            // Where the role's first paragraph of prose ends.
            Line::Blank => {
                if let Some(r) = roles.last_mut() {
                    if r.bullets.is_empty() && r.first_paragraph.is_none() && !r.summary.is_empty()
                    {
                        r.first_paragraph = Some(r.summary.len());
                    }
                }
            }
        }
    }
    read_places_named_elsewhere(&mut roles);
    for r in &mut roles {
        r.settle();
    }
    // After settling, where a title's comma may have named the employer.
    read_employers_of_grouped_roles(&mut roles);
    roles
}

/// A role with a title and no employer that ended as the role above it
/// began (within a season) is an earlier role at the same employer, as
/// LinkedIn groups a company's roles under its name once; in the
/// employer's place when the role names none and the place was named with
/// the employer (LinkedIn's place under a role's dates is that role's).
fn read_employers_of_grouped_roles(roles: &mut [RoleDraft]) {
    for k in 1..roles.len() {
        let (above, below) = roles.split_at_mut(k);
        let (newer, role) = (&above[k - 1], &mut below[0]);
        if role.employer.is_empty() && !role.title.is_empty() && role.ended_as(newer.start) {
            role.employer = newer.employer.clone();
            if role.location.is_none() && newer.place_is_employers {
                role.location = newer.location.clone();
                role.place_is_employers = true;
            }
        }
    }
}

/// `Graduate Developer, Telstra — Melbourne` among roles placed in
/// Melbourne: the part after the title that names another role's place is
/// this role's place, and the title's comma parts it from the employer. A
/// city's name alone does not say it is one (`Software Engineer, Payments —
/// Stripe` is shaped the same), the rest of the resume may. A promotion's
/// line without its employer (`Developer | Sydney | 2016 – 2019` under
/// `Senior Developer | Sydney | 2019 – Present`) names its place so too,
/// and the employer is then the role's above when it ended as that began
/// (see `read_employers_of_grouped_roles`).
fn read_places_named_elsewhere(roles: &mut [RoleDraft]) {
    let places: Vec<String> = roles
        .iter()
        .filter_map(|r| r.location.as_deref())
        .map(|l| l.split(", ").next().unwrap_or(l).to_owned())
        .collect();
    for r in roles {
        if r.location.is_none()
            && !r.title.is_empty()
            && places.iter().any(|p| p.eq_ignore_ascii_case(&r.employer))
        {
            r.location = Some(std::mem::take(&mut r.employer));
        }
    }
}

/// Whether words after an employer name its place: capitalised words, some
/// in lower case (`Sydney`, `New York, NY`, `Remote`), not an acronym
/// (`AWS`) or a remark (`via Hays`), nor the kind of job or company.
fn names_a_place(words: &str) -> bool {
    words.starts_with(|c: char| c.is_uppercase())
        && words.chars().any(char::is_lowercase)
        && !in_lines(KINDS_OF_JOB, words.trim_end_matches('.'))
        && !in_lines(COMPANY_KINDS, words.trim_end_matches('.'))
}

/// What brackets or a comma after an employer say of the job rather than
/// its place (the kinds of company are [`COMPANY_KINDS`]).
const KINDS_OF_JOB: &str = phrase_lines![
    "contract",
    "contractor",
    "internship",
    "part-time",
    "full-time",
    "casual",
    "temporary",
    "freelance",
    "volunteer",
];

fn next_is_indented_bullet(body: &[Line<'_>], i: usize) -> bool {
    matches!(body.get(i + 1), Some(Line::Bullet { indent, .. }) if *indent > 0)
}

const TECH_LABELS: &str = phrase_lines![
    "tech",
    "technologies",
    "tech stack",
    "stack",
    "built with",
    "tools",
    "technology",
];

fn tech_label(text: &str) -> Option<Vec<String>> {
    let plain = strip_inline(text);
    let (label, rest) = plain.split_once(':')?;
    in_lines(TECH_LABELS, label.trim()).then(|| split_list(rest))
}

/// `Role: Maintainer · Organisation: Kairos Labs · Type: application`, as
/// the renderers write a project's roles, who it was for and its kind, and
/// as people write them (`Role: Lead developer`, `Client: Westpac`): read
/// into the project when the line starts with one of them (a part of the
/// line that is none describes the project).
fn read_project_facts(text: &str, project: &mut Project) -> bool {
    let plain = strip_inline(text);
    let mut parts = plain.split('·');
    if !parts
        .next()
        .is_some_and(|first| read_project_fact(first, project))
    {
        return false;
    }
    for part in parts {
        if !read_project_fact(part, project) {
            append_prose(&mut project.description, part.trim_ascii().to_owned());
        }
    }
    true
}

/// One labelled fact of a project (`Role: Maintainer, Reviewer`), if
/// `part` is one.
fn read_project_fact(part: &str, project: &mut Project) -> bool {
    let Some((label, value)) = part.split_once(':') else {
        return false;
    };
    let (label, value) = (label.trim_ascii(), value.trim_ascii());
    if value.is_empty() || !in_lines(PROJECT_FACT_LABELS, label) {
        return false;
    }
    // The labels' first letters tell them apart: roles (`role`, `my
    // role`), the kind (`type`), the organisation (the others).
    let field = match label.as_bytes()[0] | 0x20 {
        b'r' | b'm' => {
            project.roles.append(&mut split_list(value));
            return true;
        }
        b't' => &mut project.kind,
        _ => &mut project.entity,
    };
    *field = Some(value.to_owned());
    true
}

const PROJECT_FACT_LABELS: &str = phrase_lines![
    "role",
    "roles",
    "my role",
    "type",
    "organisation",
    "organization",
    "client",
    "company",
];

fn project_from_header(text: &str) -> Project {
    let header: Header = read_header(text);
    let url = header.url.clone();
    let name = header.bold.first().cloned().unwrap_or_else(|| {
        let plain = strip_inline(text);
        let cut = [" — ", " – ", " - ", ": ", " | "]
            .iter()
            .filter_map(|s| plain.find(s))
            .min()
            .unwrap_or(plain.len());
        plain[..cut].trim().to_owned()
    });
    let mut plain = strip_inline(text);
    // The dates are the project's start and end, not its description.
    if let Some(range) = find_date_range(&plain) {
        plain.replace_range(range.span.0..range.span.1, " ");
        plain = drop_empty_brackets(&plain).trim_end().to_owned();
    }
    // `rustgrep | Rust CLI | github.com/ada/rustgrep`: the address is the url.
    if let Some(at) = url.as_deref().and_then(|u| plain.find(u)) {
        plain.truncate(at);
        plain.truncate(
            plain
                .trim_end_matches(&[' ', '|', '—', '–', '-', '·'][..])
                .len(),
        );
    }
    let description = plain
        .strip_prefix(name.as_str())
        .map(|r| {
            r.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':' | '|')
            })
            .trim()
            .to_owned()
        })
        .filter(|d| !d.is_empty());
    // `Gitlytics | Python, Flask, React, PostgreSQL` (Jake's template): a
    // list of three or more short items is what it was built with.
    let listed = description
        .as_deref()
        .map(split_list)
        .filter(|items| items.len() >= 3 && items.iter().all(|i| (1..=3).contains(&word_count(i))));
    let (description, technologies) = match listed {
        Some(items) => (None, items),
        None => (description, Vec::new()),
    };
    Project {
        name,
        description,
        url,
        start: header.start,
        end: header.end,
        bullets: Vec::new(),
        technologies,
        roles: Vec::new(),
        entity: None,
        kind: None,
    }
}

/// Projects: a header (heading, bold line or bold bullet), prose, a
/// `Tech:` line, bullets.
pub(super) fn parse_projects(body: &[Line<'_>]) -> Vec<Project> {
    let mut projects: Vec<Project> = Vec::new();
    for line in body {
        match line {
            Line::Heading { text, .. } => projects.push(project_from_header(text)),
            Line::Text { text, .. } | Line::Bullet { text, .. } => {
                let indent = match line {
                    Line::Bullet { indent, .. } => Some(*indent),
                    _ => None,
                };
                if let (Some(p), Some(tech)) = (projects.last_mut(), tech_label(text)) {
                    p.technologies.extend(tech);
                    continue;
                }
                if let Some(p) = projects.last_mut() {
                    if read_project_facts(text, p) {
                        continue;
                    }
                }
                let bold = text.starts_with("**") || text.starts_with("__");
                let starts_project = match indent {
                    None => {
                        bold || projects.is_empty()
                            || projects.last().is_some_and(|p| !p.bullets.is_empty())
                    }
                    Some(indent) => indent == 0 && (bold || projects.is_empty()),
                };
                match projects.last_mut() {
                    // `*Python, Slack API* — Jan 2022 – Mar 2022` under the
                    // project's name: its dates, the rest its description.
                    Some(p)
                        if !starts_project
                            && indent.is_none()
                            && p.start.is_none()
                            && p.bullets.is_empty()
                            && find_date_range(text).is_some() =>
                    {
                        let header = read_header(text);
                        (p.start, p.end) = (header.start, header.end);
                        let rest = header.parts.join(" — ");
                        if !rest.is_empty() {
                            append_prose(&mut p.description, rest);
                        }
                    }
                    Some(p) if !starts_project => {
                        if indent.is_some() {
                            p.bullets.push(clean_inline(text));
                        } else {
                            append_prose(&mut p.description, clean_inline(text));
                        }
                    }
                    _ => projects.push(project_from_header(text)),
                }
            }
            Line::Blank => {}
        }
    }
    projects
}

/// The cells of a Markdown table row (`| Python | Expert |`), trimmed.
fn table_cells(text: &str) -> Option<Vec<&str>> {
    let inner = text.trim().strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(str::trim).collect())
}

/// Whether the line after `i` is a table's rule, making line `i` the
/// table's header.
fn next_is_rule_row(body: &[Line<'_>], i: usize) -> bool {
    matches!(body.get(i + 1),
        Some(Line::Text { text, .. }) if table_cells(text).is_some_and(|c| is_rule_row(&c)))
}

/// A table row read as a header (its cells parted by bars), unless it is
/// the table's header row or its rule.
fn table_row_header(body: &[Line<'_>], i: usize, text: &str) -> Option<String> {
    let cells = table_cells(text)?;
    (!is_rule_row(&cells) && !next_is_rule_row(body, i)).then(|| cells.join(" | "))
}

/// A table's rule under its header: `|---|:---:|`.
fn is_rule_row(cells: &[&str]) -> bool {
    cells
        .iter()
        .all(|c| c.contains('-') && c.bytes().all(|b| matches!(b, b'-' | b':')))
}

/// What parts the items of a list of skills.
const LIST_MARKS: [char; 5] = [',', '·', '|', '•', ';'];

/// Technologies: `Languages: Rust, Python` lines, bare lists, or a
/// sub-heading naming the group of the lines under it.
pub(super) fn parse_groups(body: &[Line<'_>]) -> Vec<SkillGroup> {
    let mut groups: Vec<SkillGroup> = Vec::new();
    let mut pending_name: Option<String> = None;
    let mut last_was_bare = false;
    for (i, line) in body.iter().enumerate() {
        let text = match line {
            Line::Heading { text, .. } => {
                pending_name = Some(text.trim_end_matches(':').trim().to_owned());
                last_was_bare = false;
                continue;
            }
            Line::Text { text, .. } | Line::Bullet { text, .. } => *text,
            Line::Blank => continue,
        };
        // A Markdown table: its header (over the `|---|` row) and that row
        // name no skill; each other row is one, the rest of its cells in
        // brackets (`| Python | Expert | 6 |` is `Python (Expert, 6)`), or
        // a group and its list (`| Languages | Python, SQL |`).
        let row = table_cells(text);
        let mut group_row = false;
        let plain = match &row {
            Some(cells) => {
                if is_rule_row(cells) || next_is_rule_row(body, i) {
                    continue;
                }
                let (first, rest) = cells.split_first().unwrap_or((&"", &[]));
                let rest: Vec<&str> = rest.iter().copied().filter(|c| !c.is_empty()).collect();
                group_row = matches!(rest.as_slice(), [list] if list.contains(','));
                if rest.is_empty() {
                    (*first).to_owned()
                } else if group_row {
                    format!("{first}: {}", rest[0])
                } else {
                    format!("{first} ({})", rest.join(", "))
                }
            }
            // `` `Kubernetes` `Terraform` `AWS` ``: code spans side by side
            // are a list.
            None if text.matches('`').count() >= 4 && text.contains("` `") => text
                .split('`')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            None => clean_inline(text),
        };
        let labelled = label_and_list(&plain).filter(|_| row.is_none() || group_row);
        match labelled {
            // `Expert: Kubernetes; Intermediate: Terraform`: a group each.
            Some(_) => {
                for part in labelled_parts(&plain) {
                    let (label, items) = label_and_list(part).unwrap_or(("", part));
                    let (name, level) = name_and_level(label);
                    groups.push(SkillGroup {
                        name,
                        level,
                        items: split_list(items.trim_end_matches('.')),
                    });
                }
                last_was_bare = false;
            }
            // `React` over `Expert` (resume.io): the level of the item above.
            None if in_lines(LEVELS, plain.trim())
                && groups.last().is_some_and(|g| !g.items.is_empty()) =>
            {
                if let Some(item) = groups.last_mut().and_then(|g| g.items.last_mut()) {
                    *item = format!("{item} ({})", plain.trim());
                }
            }
            None => {
                let items = split_list(&plain);
                match groups.last_mut() {
                    Some(g) if last_was_bare => g.items.extend(items),
                    _ => {
                        let (name, level) = match pending_name.take() {
                            Some(label) => name_and_level(&label),
                            None => (None, None),
                        };
                        groups.push(SkillGroup { name, level, items });
                        last_was_bare = true;
                    }
                }
            }
        }
    }
    groups
}

/// A group's label read into its name and level: `Web Development
/// (Master)`, as the renderer writes a JSON Resume skill's level, is the
/// name `Web Development` at the level `Master`; brackets that hold no
/// level stay in the name (`Cloud (AWS)`).
fn name_and_level(label: &str) -> (Option<String>, Option<String>) {
    let label = label.trim();
    let (name, level) = match bracketed_tail(label) {
        Some((name, level)) if in_lines(LEVELS, level.trim()) => (name.trim(), Some(level.trim())),
        _ => (label, None),
    };
    (
        Some(name.to_owned()).filter(|n| !n.is_empty()),
        level.map(str::to_owned),
    )
}

/// A skills line's label and its list: `Languages: Python, Go`; `Tools —
/// Docker · Kubernetes` when a list follows the dash (`Python - 5 years`
/// names no group).
fn label_and_list(plain: &str) -> Option<(&str, &str)> {
    plain
        .split_once(':')
        .filter(|(name, items)| word_count(name) <= 5 && !items.trim().is_empty())
        .or_else(|| {
            [" — ", " – ", " - "]
                .iter()
                .find_map(|sep| plain.split_once(sep))
                .filter(|(name, items)| word_count(name) <= 3 && items.contains(LIST_MARKS))
        })
        // `Digital skills    Kotlin, Java`, `Mother tongue(s)    German`
        // (columns, as Europass sets them): a label beside a list, or
        // one of Europass's labels beside anything.
        .or_else(|| {
            europass::columns(plain).filter(|(name, items)| {
                word_count(name) <= 4
                    && !name.contains(LIST_MARKS)
                    && (items.contains(LIST_MARKS) || in_lines(europass::SKILL_LABELS, name))
            })
        })
}

/// A labelled line cut before each further label (`Expert: Kubernetes;
/// Intermediate: Terraform`, `Advanced - Python, Go | Familiar - Rust`,
/// `Proficient in: Python. Familiar with: Go.`): after a semicolon, a bar
/// or a sentence's end, a label of up to three words and a colon or dash.
fn labelled_parts(plain: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, mark) in plain.match_indices(&[';', '|', '.'][..]) {
        let rest = &plain[at + mark.len()..];
        if mark == "." && !rest.starts_with(' ') {
            continue;
        }
        let rest = rest.trim_start();
        let label = label_and_list(rest).map(|(name, _)| name);
        if label.is_some_and(|name| word_count(name) <= 3) {
            parts.push(plain[from..at].trim());
            from = plain.len() - rest.len();
        }
    }
    parts.push(plain[from..].trim());
    parts
}

const INSTITUTION_WORDS: &str = phrase_lines![
    "university",
    "college",
    "school",
    "institute",
    "academy",
    "tafe",
    "polytechnic",
    "universität",
    "université",
    "universidad",
    "università",
    "universiteit",
    "hochschule",
    "politecnico",
    "conservatorium",
    "campus",
    "uni",
];

const DEGREE_WORDS: &str = phrase_lines![
    "bachelor",
    "bachelors",
    "master",
    "masters",
    "phd",
    "ph.d",
    "doctor",
    "doctorate",
    "diploma",
    "degree",
    "certificate",
    "bsc",
    "b.sc",
    "ba",
    "b.a",
    "be",
    "b.e",
    "beng",
    "b.eng",
    "meng",
    "msc",
    "m.sc",
    "mba",
    "ms",
    "bs",
    "b.s",
    "m.s",
    "associate",
    "hsc",
    "vce",
    "gcse",
    "honours",
    "honors",
    "bcompsc",
    "mit",
    "bit",
    "b.tech",
    "btech",
    "m.tech",
    "mtech",
    // Canada's applied science, commerce and business degrees, and others
    // written as initials.
    "basc",
    "masc",
    "bcom",
    "b.com",
    "mcom",
    "bba",
    "bca",
    "mca",
    "mphil",
    "dphil",
    "llb",
    "llm",
    "ma",
    "m.a",
    "bfa",
    "mfa",
];

fn has_word(part: &str, words: &str) -> bool {
    part.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .any(|w| {
            // `B.Sc.` as `b.sc`, and as written where the dot is the word's.
            let trimmed = w.trim_end_matches('.');
            in_lines(words, trimmed) || (trimmed.len() < w.len() && in_lines(words, w))
        })
}

/// `University of California, Berkeley`: the campus a comma parts from a
/// state's university system is the school's name, not a field or a note.
fn join_campus(parts: &mut Vec<String>) {
    let mut k = 0;
    while k + 1 < parts.len() {
        if is_state_system(&parts[k]) && is_campus(&parts[k + 1]) {
            let campus = parts.remove(k + 1);
            parts[k] = format!("{}, {campus}", parts[k]);
        }
        k += 1;
    }
}

/// `University of Texas`, `California State University`, `State University
/// of New York`: a school named for a state, which has campuses.
fn is_state_system(school: &str) -> bool {
    let lower = school.to_ascii_lowercase();
    lower
        .strip_prefix("university of ")
        .or_else(|| lower.strip_prefix("state university of "))
        .or_else(|| lower.strip_suffix(" state university"))
        .is_some_and(is_region)
}

/// `Berkeley`, `Urbana-Champaign`, `College Park`: a short capitalised
/// name that is no region, degree or field of study.
fn is_campus(part: &str) -> bool {
    const FIELDS: &str = phrase_lines![
        "science",
        "sciences",
        "engineering",
        "studies",
        "arts",
        "mathematics",
        "informatics",
        "technology",
        "business",
        "economics",
        "commerce",
        "law",
        "medicine",
    ];
    word_count(part) <= 3
        && part
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && !is_region(part)
        && !has_word(part, DEGREE_WORDS)
        && !has_word(part, FIELDS)
}

fn education_from_header(text: &str) -> EducationEntry {
    let mut header = read_header(text);
    // `TU Berlin – Berlin, Germany`: the school's place, which the entry
    // does not keep.
    if header.parts.len() > 1 {
        header.parts.retain(|p| {
            !is_place(p) || has_word(p, INSTITUTION_WORDS) || has_word(p, DEGREE_WORDS)
        });
    }
    // `B.Tech, Computer Science — VIT Vellore`: where a dash or a bar parts
    // the header, the part naming a degree is the qualification and its
    // field, which a comma does not part from it.
    let degree_part = (header.parts.len() > 1)
        .then(|| {
            header.parts.iter().position(|p| {
                has_word(p, DEGREE_WORDS)
                    && !p
                        .split(", ")
                        .any(|piece| has_word(piece, INSTITUTION_WORDS))
            })
        })
        .flatten();
    // `Master of IT, Victoria University, 2016`: commas separate the parts too.
    let mut parts: Vec<String> = header
        .parts
        .iter()
        .enumerate()
        .flat_map(|(k, p)| {
            if Some(k) == degree_part {
                return vec![p.trim().to_owned()];
            }
            p.split(", ")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        })
        .collect();
    join_campus(&mut parts);
    // `B.S. Computer Science, GPA 3.8, 2017`: the grade is the score.
    let score = parts
        .iter()
        .position(|p| score_in(p).is_some())
        .and_then(|i| score_in(&parts.remove(i)).map(str::to_owned));
    let take = |parts: &mut Vec<String>, words: &str| {
        parts
            .iter()
            .position(|p| has_word(p, words))
            .map(|i| parts.remove(i))
    };
    // `B.Sc. Informatik    EQF level 6` (Europass): the level is the
    // qualification's.
    let level = parts
        .iter()
        .position(|p| europass::is_qualification_level(p))
        .map(|i| parts.remove(i));
    let mut institution = take(&mut parts, INSTITUTION_WORDS);
    let mut qualification = take(&mut parts, DEGREE_WORDS);
    let mut area = None;
    if degree_part.is_some() {
        if let Some((degree, field)) = qualification.as_deref().and_then(|q| q.split_once(", ")) {
            area = Some(field.trim().to_owned());
            qualification = Some(degree.trim().to_owned());
        }
    }
    // `Bachelor of Engineering - BE, Software Engineering` (LinkedIn): the
    // degree's short name after it, then the field.
    if let Some(q) = qualification.as_mut() {
        if let Some(i) = parts
            .iter()
            .position(|p| !p.contains(' ') && has_word(p, DEGREE_WORDS))
        {
            let short = parts.remove(i);
            *q = format!("{q} ({short})");
            if area.is_none() && i < parts.len() && !has_word(&parts[i], INSTITUTION_WORDS) {
                area = Some(parts.remove(i));
            }
        }
    }
    // `Bachelor of Science (Computer Science)`, as the renderer writes a
    // degree and its field: the field in brackets is the area (not a short
    // name, `(BE)`, nor honours, `(Hons)`, both degree words).
    if area.is_none() {
        if let Some((degree, field)) = qualification.as_deref().and_then(bracketed_tail) {
            if has_word(degree, DEGREE_WORDS)
                && !has_word(field, DEGREE_WORDS)
                && field.chars().any(char::is_lowercase)
            {
                (qualification, area) = (Some(degree.trim().to_owned()), Some(field.to_owned()));
            }
        }
    }
    if institution.is_none() {
        institution = header
            .bold
            .iter()
            .find_map(|b| parts.iter().position(|p| p == b))
            .map(|i| parts.remove(i));
    }
    if institution.is_none() && !parts.is_empty() && qualification.is_some() {
        institution = Some(parts.remove(0));
    }
    if qualification.is_none() && !parts.is_empty() {
        qualification = Some(parts.remove(0));
    }
    if institution.is_none() && !parts.is_empty() {
        institution = Some(parts.remove(0));
    }
    if let (Some(q), Some(level)) = (qualification.as_mut(), level) {
        *q = format!("{q} ({level})");
    }
    let (start, end) = if header.single_date {
        (None, header.start.map(Until::Date))
    } else {
        (header.start, header.end)
    };
    EducationEntry {
        institution: institution.unwrap_or_default(),
        qualification,
        area,
        start,
        end,
        score,
        url: header.url,
        notes: parts,
    }
}

/// Education: a header naming the institution and qualification, an
/// optional second header line, then notes.
pub(super) fn parse_education(body: &[Line<'_>]) -> Vec<EducationEntry> {
    let mut entries: Vec<EducationEntry> = Vec::new();
    for (i, line) in body.iter().enumerate() {
        match line {
            Line::Heading { text, .. } => entries.push(education_from_header(text)),
            // A Markdown table: a row an entry (see `parse_roles`).
            Line::Text { text, .. } if table_cells(text).is_some() => {
                entries.extend(table_row_header(body, i, text).map(|h| education_from_header(&h)));
            }
            Line::Text { text, .. } => {
                let bold = text.starts_with("**") || text.starts_with("__");
                match entries.last_mut() {
                    // `City: Berlin | Country: Germany` (Europass): the
                    // entry's place, which the model does not keep.
                    Some(_) if labelled_place(text).is_some() => {}
                    // `[ 2013 – 2017 ] B.Sc. Informatik` over `TU Berlin,
                    // Berlin (Germany)` (Europass).
                    Some(e)
                        if e.institution.is_empty()
                            && e.qualification.is_some()
                            && e.notes.is_empty()
                            && !bold
                            && !text.contains(':')
                            && find_date_range(text).is_none() =>
                    {
                        let name = clean_inline(text);
                        let placed_below = matches!(body.get(i + 1),
                            Some(Line::Text { text, .. }) if labelled_place(text).is_some());
                        // `TU Berlin, Berlin (Germany)`, `Texas State
                        // University - San Marcos, TX`: the school's place goes.
                        let placed = [", ", " - ", " – ", " — "]
                            .into_iter()
                            .find_map(|sep| name.split_once(sep).filter(|(_, p)| is_place(p)));
                        match placed {
                            Some((school, _)) => e.institution = school.to_owned(),
                            _ if placed_below || has_word(&name, INSTITUTION_WORDS) => {
                                e.institution = name;
                            }
                            _ => e.notes.push(name),
                        }
                    }
                    // A second header line, or the dates alone on theirs
                    // (`September 2014 — May 2018`, under a place's note).
                    Some(e)
                        if !bold
                            && (e.notes.is_empty() || e.end.is_none() && is_dates_alone(text))
                            && (e.qualification.is_none() || e.end.is_none())
                            && is_short_beside_dates(text) =>
                    {
                        let mut more = education_from_header(text);
                        // `TU Berlin` over `B.Sc. Informatik – 2013 – 2017`:
                        // the name above was the school's.
                        let named_school = e.institution.is_empty()
                            && e.qualification
                                .as_deref()
                                .is_some_and(|q| !has_word(q, DEGREE_WORDS))
                            && more
                                .qualification
                                .as_deref()
                                .is_some_and(|q| has_word(q, DEGREE_WORDS));
                        if named_school {
                            e.institution = e.qualification.take().unwrap_or_default();
                            e.qualification = more.qualification.take();
                        }
                        // `B.S. Computer Science` over `UC Berkeley, 2017`:
                        // the line below names the school, whichever part
                        // its reading took it for (no degree in it).
                        if e.institution.is_empty() && e.qualification.is_some() {
                            e.institution = std::mem::take(&mut more.institution);
                            if e.institution.is_empty() {
                                let school =
                                    more.qualification.take_if(|q| !has_word(q, DEGREE_WORDS));
                                e.institution = school.unwrap_or_default();
                            }
                        }
                        let degree = more.qualification.take_if(|q| has_word(q, DEGREE_WORDS));
                        if let (None, Some(degree)) = (&e.qualification, degree) {
                            // `Bachelor of Arts in Computer Science, Minor
                            // in Business`: the degree, and the rest a note.
                            e.qualification = Some(degree);
                            more.notes
                                .extend(Some(more.institution).filter(|s| !s.is_empty()));
                        } else if e.qualification.is_none() {
                            e.qualification = Some(more.institution)
                                .filter(|s| !s.is_empty())
                                .or(more.qualification);
                        }
                        if e.end.is_none() {
                            e.start = more.start;
                            e.end = more.end;
                        }
                        e.area = e.area.take().or(more.area);
                        e.score = e.score.take().or(more.score);
                        e.notes.extend(more.notes);
                    }
                    // `Blinn College      Bryan, TX` over its degree and
                    // dates (Jake's template), under a whole entry: the next.
                    Some(e)
                        if !e.institution.is_empty()
                            && e.qualification.is_some()
                            && has_word(text, INSTITUTION_WORDS)
                            && is_short_header(text)
                            && next_is_dates(body, i) =>
                    {
                        entries.push(education_from_header(text))
                    }
                    Some(e) if !bold && find_date_range(text).is_none() => {
                        e.notes.push(clean_inline(text))
                    }
                    _ => entries.push(education_from_header(text)),
                }
            }
            Line::Bullet { indent, text } => match entries.last_mut() {
                Some(e) if *indent > 0 || !has_word(text, INSTITUTION_WORDS) => {
                    e.notes.push(clean_inline(text))
                }
                _ => entries.push(education_from_header(text)),
            },
            Line::Blank => {}
        }
    }
    for e in &mut entries {
        if e.score.is_none() {
            if let Some(i) = e.notes.iter().position(|n| score_in(n).is_some()) {
                let note = e.notes.remove(i);
                e.score = score_in(&note).map(str::to_owned);
            }
        }
        // `### MIT | 2010 – 2014`: one name and no degree in it names the
        // school, which every entry has (as the renderer writes an entry
        // without its qualification).
        if e.institution.is_empty() && e.area.is_none() {
            if let Some(name) = e.qualification.take_if(|q| !has_word(q, DEGREE_WORDS)) {
                e.institution = name;
            }
        }
    }
    entries
}

/// `GPA: 3.8/4.0`, `WAM 78`, `Score: 3.5` (as the renderer writes a JSON
/// Resume score): the grade a note or a header's part gives, which is the
/// entry's score. Without a colon the grade must start with a digit.
fn score_in(note: &str) -> Option<&str> {
    const LABELS: &str = phrase_lines!["score", "gpa", "cgpa", "wam", "grade", "average"];
    let at = find::find_any(note, b": ")?;
    let rest = note[at..].trim_start();
    let (colon, value) = match rest.strip_prefix(':') {
        Some(value) => (true, value.trim()),
        None => (false, rest.trim_end()),
    };
    let grade = colon || value.starts_with(|c: char| c.is_ascii_digit());
    (grade && !value.is_empty() && value.len() <= 24 && in_lines(LABELS, &note[..at]))
        .then_some(value)
}

/// Summary: paragraphs of prose; each bullet is a paragraph of its own.
pub(super) fn parse_paragraphs(body: &[Line<'_>]) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in body {
        match line {
            Line::Text { text, .. } => {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&clean_inline(text));
            }
            Line::Heading { .. } | Line::Bullet { .. } => {
                let text = match line {
                    Line::Heading { text, .. } => text.as_str(),
                    Line::Bullet { text, .. } => text,
                    _ => continue,
                };
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
                paragraphs.push(clean_inline(text));
            }
            Line::Blank => {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}
