//! Merging the derived profile with entries the user made by hand.

use crate::model::{SkillEntry, SkillSource};

/// Merges `manual` entries into `derived`: for a skill in both, the user's
/// proficiency and years win, the evidence is kept from both, and the source
/// becomes `both`; manual-only entries stay `manual`.
pub fn merge_manual(derived: &[SkillEntry], manual: &[SkillEntry]) -> Vec<SkillEntry> {
    let mut out: Vec<SkillEntry> = derived.to_vec();
    for m in manual {
        match out
            .iter_mut()
            .find(|d| d.name.eq_ignore_ascii_case(&m.name))
        {
            Some(d) => {
                d.proficiency = m.proficiency;
                d.years = m.years;
                d.category = m.category;
                for e in &m.evidence {
                    if !d.evidence.contains(e) {
                        d.evidence.push(e.clone());
                    }
                }
                d.source = SkillSource::Both;
            }
            None => {
                let mut m = m.clone();
                m.source = SkillSource::Manual;
                out.push(m);
            }
        }
    }
    out
}
