//! Which section a heading names, in the spellings people use.

use super::text::{normalize_words, strip_inline};
use crate::model::SectionType;
use crate::skills::in_lines;

/// Exact headings (normalised), most common spellings first.
const EXACT: &[(&str, SectionType)] = {
    use SectionType::*;
    &[
        ("summary", Summary),
        ("professional summary", Summary),
        ("career summary", Summary),
        ("profile", Summary),
        ("professional profile", Summary),
        ("about", Summary),
        ("about me", Summary),
        ("objective", Summary),
        ("career objective", Summary),
        ("overview", Summary),
        ("personal statement", Summary),
        ("experience", WorkExperience),
        ("professional experience", WorkExperience),
        ("work experience", WorkExperience),
        ("work history", WorkExperience),
        ("employment", WorkExperience),
        ("employment history", WorkExperience),
        ("career history", WorkExperience),
        ("relevant experience", WorkExperience),
        ("industry experience", WorkExperience),
        ("internships", Internship),
        ("internship", Internship),
        ("internship experience", Internship),
        ("projects", Projects),
        ("personal projects", Projects),
        ("side projects", Projects),
        ("selected projects", Projects),
        ("key projects", Projects),
        ("open source", Projects),
        ("portfolio", Projects),
        ("skills", Technologies),
        ("technical skills", Technologies),
        ("key skills", Technologies),
        // LinkedIn's sidebar.
        ("top skills", Technologies),
        ("core skills", Technologies),
        ("tech stack", Technologies),
        ("technologies", Technologies),
        ("technology", Technologies),
        ("tools", Technologies),
        ("tools and technologies", Technologies),
        ("core competencies", Technologies),
        ("competencies", Technologies),
        ("technical proficiencies", Technologies),
        ("programming languages", Technologies),
        // Europass.
        ("personal skills", Technologies),
        ("personal skills and competences", Technologies),
        ("digital skills", Technologies),
        ("computer skills", Technologies),
        ("education", Education),
        ("education and qualifications", Education),
        ("education and training", Education),
        ("qualifications", Education),
        ("academic background", Education),
        ("academic qualifications", Education),
        ("references", References),
        ("referees", References),
        // German, French and Spanish resumes.
        ("profil", Summary),
        ("kurzprofil", Summary),
        ("zusammenfassung", Summary),
        ("über mich", Summary),
        ("profil professionnel", Summary),
        ("à propos", Summary),
        ("perfil", Summary),
        ("perfil profesional", Summary),
        ("resumen", Summary),
        ("sobre mí", Summary),
        ("berufserfahrung", WorkExperience),
        ("berufliche erfahrung", WorkExperience),
        ("beruflicher werdegang", WorkExperience),
        ("berufspraxis", WorkExperience),
        ("werdegang", WorkExperience),
        ("erfahrung", WorkExperience),
        ("expérience professionnelle", WorkExperience),
        ("expériences professionnelles", WorkExperience),
        ("expérience", WorkExperience),
        ("expériences", WorkExperience),
        ("parcours professionnel", WorkExperience),
        ("experiencia", WorkExperience),
        ("experiencia laboral", WorkExperience),
        ("experiencia profesional", WorkExperience),
        ("praktika", Internship),
        ("praktikum", Internship),
        ("stages", Internship),
        ("prácticas", Internship),
        ("projekte", Projects),
        ("projets", Projects),
        ("proyectos", Projects),
        ("kenntnisse", Technologies),
        ("fähigkeiten", Technologies),
        ("it kenntnisse", Technologies),
        ("edv kenntnisse", Technologies),
        ("technische kenntnisse", Technologies),
        ("fachkenntnisse", Technologies),
        ("kompetenzen", Technologies),
        ("compétences", Technologies),
        ("compétences techniques", Technologies),
        ("habilidades", Technologies),
        ("habilidades técnicas", Technologies),
        ("competencias", Technologies),
        ("conocimientos", Technologies),
        ("conocimientos técnicos", Technologies),
        ("ausbildung", Education),
        ("bildung", Education),
        ("bildungsweg", Education),
        ("studium", Education),
        ("akademischer werdegang", Education),
        ("formation", Education),
        ("formations", Education),
        ("éducation", Education),
        ("diplômes", Education),
        ("educación", Education),
        ("formación", Education),
        ("formación académica", Education),
        ("estudios", Education),
        ("referenzen", References),
        ("références", References),
        ("referencias", References),
    ]
};

/// Keywords tried in order when no exact heading matches, each at the
/// start of a word (`skill` in `Key Skills`, not `stack` in
/// `Fullstacker`); a trailing space asks for the whole word (`intern `,
/// not `International`).
const CONTAINS: &[(&str, SectionType)] = {
    use SectionType::*;
    &[
        ("internship", Internship),
        ("intern ", Internship),
        ("interns ", Internship),
        ("volunteer", Extracurricular),
        ("experience", WorkExperience),
        ("employment", WorkExperience),
        ("work history", WorkExperience),
        ("career", WorkExperience),
        ("project", Projects),
        ("skill", Technologies),
        ("technolog", Technologies),
        ("stack", Technologies),
        ("education", Education),
        ("qualification", Education),
        ("degree", Education),
        ("summary", Summary),
        ("profile", Summary),
        ("objective", Summary),
        ("referee", References),
        ("reference", References),
    ]
};

/// Words that mark a heading as a section of its own even though it maps to
/// no tailorable type (kept as extracurricular under its own heading).
const OTHER_SECTIONS: &str = phrase_lines![
    "awards",
    "honours",
    "honors",
    "achievements",
    "certifications",
    "certificates",
    "licences",
    "licenses",
    "publications",
    "interests",
    "hobbies",
    "languages",
    "activities",
    "leadership",
    "volunteer",
    "volunteering",
    "community",
    "extracurricular",
    "memberships",
    "affiliations",
    "courses",
    "training",
    "talks",
    "conferences",
    "patents",
    // German, French and Spanish.
    "sprachen",
    "sprachkenntnisse",
    "zertifikate",
    "zertifizierungen",
    "interessen",
    "hobbys",
    "auszeichnungen",
    "ehrenamt",
    "langues",
    "loisirs",
    "distinctions",
    "bénévolat",
    "idiomas",
    "certificaciones",
    "certificados",
    "intereses",
    "voluntariado",
];

/// The section type a heading names, or `None` when it names no section
/// Kairos knows (the caller keeps it as an extracurricular section).
pub(crate) fn classify(heading: &str) -> Option<SectionType> {
    let words = normalize_words(&strip_inline(heading));
    if words.is_empty() {
        return None;
    }
    if let Some((_, t)) = EXACT.iter().find(|(h, _)| *h == words) {
        return Some(*t);
    }
    if words.split(' ').any(|w| in_lines(OTHER_SECTIONS, w)) {
        return Some(SectionType::Extracurricular);
    }
    // A key at the start of a word (`intern ` with its space, so the last
    // word gets one): compared where each word starts, which is cheaper
    // than a substring search a key.
    let spaced = format!("{words} ");
    let bytes = spaced.as_bytes();
    let at_a_word = |key: &str| {
        (0..bytes.len())
            .any(|at| (at == 0 || bytes[at - 1] == b' ') && bytes[at..].starts_with(key.as_bytes()))
    };
    CONTAINS
        .iter()
        .find(|(key, _)| at_a_word(key))
        .map(|(_, t)| *t)
}

/// Whether a line on its own reads as a section heading in a plain-text
/// resume: a known heading, or a short line in capitals.
pub(crate) fn looks_like_plain_heading(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').trim();
    if t.is_empty() || t.len() > 48 || t.starts_with(&['-', '*', '•'][..]) {
        return false;
    }
    let words = normalize_words(t);
    if words.split(' ').count() > 5 {
        return false;
    }
    // `Certifications and Licenses`, `Awards & Honors`: such words alone.
    let mut significant = words.split(' ').filter(|w| *w != "and").peekable();
    let other_sections =
        significant.peek().is_some() && significant.all(|w| in_lines(OTHER_SECTIONS, w));
    if EXACT.iter().any(|(h, _)| *h == words) || other_sections {
        return true;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use SectionType::*;

    #[test]
    fn usual_spellings_map_to_section_types() {
        for (h, t) in [
            ("Experience", WorkExperience),
            ("Professional Experience", WorkExperience),
            ("Work History", WorkExperience),
            ("EMPLOYMENT", WorkExperience),
            ("Technical Skills", Technologies),
            ("Skills", Technologies),
            ("Tech Stack", Technologies),
            ("Education & Qualifications", Education),
            ("Side Projects", Projects),
            ("Internship Experience", Internship),
            ("BERUFSERFAHRUNG", WorkExperience),
            ("Expérience professionnelle", WorkExperience),
            ("Experiencia laboral", WorkExperience),
            ("Ausbildung", Education),
            ("FORMATION", Education),
            ("Formación académica", Education),
            ("IT-Kenntnisse", Technologies),
            ("Compétences techniques", Technologies),
            ("Habilidades", Technologies),
            ("Projekte", Projects),
            ("Über mich", Summary),
            ("Volunteer Experience", Extracurricular),
            ("Awards & Honours", Extracurricular),
            ("Referees", References),
            ("Professional Summary", Summary),
        ] {
            assert_eq!(classify(h), Some(t), "{h}");
        }
        assert_eq!(classify("Miscellany"), None);
        // Keywords start a word: a name that holds one names no section
        // (a Markdown resume's `# Jane Q. Fullstacker` took every heading
        // below it into one skills section).
        assert_eq!(classify("Jane Q. Fullstacker"), None);
        assert_eq!(classify("International Experience"), Some(WorkExperience));
        assert_eq!(classify("Summer Intern Roles"), Some(Internship));
    }

    #[test]
    fn plain_text_headings() {
        assert!(looks_like_plain_heading("EXPERIENCE"));
        assert!(looks_like_plain_heading("Work History:"));
        assert!(!looks_like_plain_heading("Built a thing in Rust"));
        assert!(looks_like_plain_heading("Certifications and Licenses"));
        assert!(looks_like_plain_heading("Awards & Honors"));
        assert!(!looks_like_plain_heading("Community Manager"));
        assert!(!looks_like_plain_heading("and"));
        assert!(!looks_like_plain_heading("- Skills"));
    }
}
