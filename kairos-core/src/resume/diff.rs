//! What a tailoring changed, one short line per changed section.

use super::text::word_count;
use crate::model::{Resume, Role, SectionContent, TailoredResume};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Counts how a list of strings changed: (kept but moved, reworded, added, removed).
fn list_changes(base: &[String], new: &[String]) -> (usize, usize, usize, usize) {
    let mut used = vec![false; base.len()];
    let mut kept_positions = Vec::new();
    let mut fresh = 0;
    for item in new {
        match base
            .iter()
            .enumerate()
            .position(|(i, b)| !used[i] && b == item)
        {
            Some(i) => {
                used[i] = true;
                kept_positions.push(i);
            }
            None => fresh += 1,
        }
    }
    let gone = used.iter().filter(|u| !**u).count();
    let reworded = fresh.min(gone);
    let moved = kept_positions.len() - longest_increasing(&kept_positions);
    (moved, reworded, fresh - reworded, gone - reworded)
}

/// Length of the longest strictly increasing subsequence: the bullets that
/// kept their relative order.
fn longest_increasing(xs: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &x in xs {
        match tails.binary_search(&x) {
            Ok(_) => {}
            Err(i) if i == tails.len() => tails.push(x),
            Err(i) => tails[i] = x,
        }
    }
    tails.len()
}

fn describe(
    moved: usize,
    reworded: usize,
    added: usize,
    removed: usize,
    noun: (&str, &str),
) -> Option<String> {
    let mut parts = Vec::new();
    if moved > 0 {
        parts.push(format!("{} reordered", plural(moved, noun.0, noun.1)));
    }
    if reworded > 0 {
        parts.push(format!("{reworded} reworded"));
    }
    if added > 0 {
        parts.push(format!("{added} added"));
    }
    if removed > 0 {
        parts.push(format!("{removed} dropped"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn role_label(r: &Role) -> String {
    [r.employer.as_str(), r.title.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
}

/// One line per section that `tailored` changes against `base`, in base
/// order, e.g. `Summary rewritten (42 → 51 words)`,
/// `Acme — Senior Engineer: 2 bullets reordered, 1 reworded`,
/// `Technologies: reordered`. Sections a tailoring names but leaves as they
/// were produce no line.
pub fn diff_summary(base: &Resume, tailored: &TailoredResume) -> Vec<String> {
    let mut lines = Vec::new();
    for section in &base.sections {
        let Some(t) = tailored
            .sections
            .iter()
            .find(|t| t.section_id == section.id)
        else {
            continue;
        };
        let name = &section.heading;
        match (&section.content, &t.content) {
            (
                SectionContent::Paragraphs { paragraphs: a },
                SectionContent::Paragraphs { paragraphs: b },
            ) if a != b => {
                let before: usize = a.iter().map(|p| word_count(p)).sum();
                let after: usize = b.iter().map(|p| word_count(p)).sum();
                lines.push(format!("{name} rewritten ({before} → {after} words)"));
            }
            (SectionContent::Roles { roles: a }, SectionContent::Roles { roles: b }) => {
                for role in a {
                    let Some(new) = b.iter().find(|n| n.id == role.id) else {
                        continue;
                    };
                    let (m, r, ad, rm) = list_changes(&role.bullets, &new.bullets);
                    if let Some(d) = describe(m, r, ad, rm, ("bullet", "bullets")) {
                        lines.push(format!("{}: {d}", role_label(role)));
                    }
                }
            }
            (SectionContent::Groups { groups: a }, SectionContent::Groups { groups: b })
                if a != b =>
            {
                let flat = |g: &[crate::model::SkillGroup]| {
                    g.iter()
                        .flat_map(|g| g.items.iter().cloned())
                        .collect::<Vec<_>>()
                };
                let (m, r, ad, rm) = list_changes(&flat(a), &flat(b));
                let line = describe(m, r, ad, rm, ("item", "items")).map_or_else(
                    || "regrouped".to_owned(),
                    |d| {
                        if r == 0 && ad == 0 && rm == 0 {
                            "reordered".to_owned()
                        } else {
                            d
                        }
                    },
                );
                lines.push(format!("{name}: {line}"));
            }
            (
                SectionContent::Projects { projects: a },
                SectionContent::Projects { projects: b },
            ) if a != b => {
                let names = |p: &[crate::model::Project]| {
                    p.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
                };
                let (m, _, _, _) = list_changes(&names(a), &names(b));
                let dropped: Vec<&str> = a
                    .iter()
                    .filter(|p| !b.iter().any(|n| n.name == p.name))
                    .map(|p| p.name.as_str())
                    .collect();
                let mut parts = Vec::new();
                if m > 0 {
                    parts.push("reordered".to_owned());
                }
                if !dropped.is_empty() {
                    parts.push(format!(
                        "{} dropped ({})",
                        plural(dropped.len(), "project", "projects"),
                        dropped.join(", ")
                    ));
                }
                let changed_inside = b
                    .iter()
                    .filter(|n| a.iter().any(|p| p.name == n.name && p != *n))
                    .count();
                if changed_inside > 0 {
                    parts.push(format!(
                        "{} edited",
                        plural(changed_inside, "project", "projects")
                    ));
                }
                if parts.is_empty() {
                    parts.push("changed".to_owned());
                }
                lines.push(format!("{name}: {}", parts.join(", ")));
            }
            (a, b) if a != b => lines.push(format!("{name}: changed")),
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn counts_reorders_rewordings_and_drops() {
        assert_eq!(
            list_changes(&s(&["a", "b", "c"]), &s(&["c", "a", "b"])),
            (1, 0, 0, 0)
        );
        assert_eq!(
            list_changes(&s(&["a", "b", "c"]), &s(&["b", "a", "x"])),
            (1, 1, 0, 0)
        );
        assert_eq!(list_changes(&s(&["a", "b", "c"]), &s(&["a"])), (0, 0, 0, 2));
        assert_eq!(list_changes(&s(&["a"]), &s(&["a", "z"])), (0, 0, 1, 0));
    }
}
