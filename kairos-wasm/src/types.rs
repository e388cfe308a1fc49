//! TypeScript types of everything that crosses the boundary, in the wire
//! format of the Rust serde. `tests/types.test.ts` type-checks a use of
//! every function against them with `tsc --noEmit`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** `analyzeJob` options. `scoreJob(s)` judge eligibility where the description's own location line (`JdReport.location`) places the job, else where `location` (`"Berlin, Germany"`; a `JobText`'s own first) does, else in `country` (a two-letter ISO code; a name is a `ValidationError`), which also stands for the country of work-rights wording that names none. */
export interface AnalyzeOptions { title?: string; country?: string; location?: string }
/** A listing to score by its text, judged where its `location` is. */
export interface JobText { title?: string; description: string; location?: string }
export interface ImportOptions { ownerId?: string; createdAt?: string }

export type ResumeFormat = "markdown" | "text" | "json_resume";
export type RenderFormat = "markdown" | "html" | "text" | "json_resume";
export type SkillCategory = "language" | "framework" | "database" | "tool" | "cloud" | "concept";
export type SectionType = "summary" | "education" | "work_experience" | "internship" | "projects" | "technologies" | "extracurricular" | "references";

export interface SkillAsk { skill: string; category: string; mentions: number; evidence: string; alternatives?: string[] }
export interface YearsAsk { min: number; max?: number; skill?: string; evidence: string }
export interface Keyword { term: string; kind: string; weight: number }
export interface Flag { value: boolean | null; evidence?: string }
export interface WorkRightsFlags { pr_required: Flag; citizenship_required: Flag; visa_sponsorship: Flag }
export interface SalaryInfo { min?: number; max?: number; currency?: string; period: "hour" | "day" | "week" | "month" | "year"; plus_super: boolean; evidence: string }
/** From `workMode`: where the job is done, and the words that say so (`title: …` or `location: …` when the title or the place does). */
export type WorkMode = "remote" | "hybrid" | "onsite";
export interface WorkModeInfo { mode: WorkMode; evidence: string }
export interface SeniorityInfo { level: "junior" | "mid" | "senior" | "lead" | "principal"; evidence: string }
/** What the analyzer reads in a job description. */
export interface JdReport {
  required_skills: SkillAsk[]; preferred_skills: SkillAsk[]; context_skills: SkillAsk[];
  years_experience?: YearsAsk; skill_years: YearsAsk[]; keywords: Keyword[];
  work_rights: WorkRightsFlags;
  /** Where the description's head says the job is: the place its location line gives (`"Manchester"` from `Location: Manchester`, `"Berlin, Germany (Hybrid)"` from `Acme · Berlin, Germany (Hybrid) · Full time`), when its location lines name one country; its country judges eligibility. */
  location?: string;
  salary?: SalaryInfo; seniority?: SeniorityInfo;
}

/** Countries as two-letter ISO codes in either case (`AU`, `nz`; `GB`, not `UK`): a name (`Australia`) matches no job's country, so `buildProfile` and the scoring calls refuse it with a `ValidationError` naming it. */
export interface WorkRights { citizenships?: string[]; permanent_residencies?: string[]; visas?: string[]; needs_sponsorship?: boolean | null }
export interface SkillEntry {
  id: string; owner_id: string; resume_id: string; name: string; category: SkillCategory;
  proficiency: number; years: number; evidence: string[]; source: "resume_analysis" | "manual" | "both";
}
/** A skill profile, from `buildProfile` or edited by hand. */
export interface Profile { skills: SkillEntry[]; terms?: string[]; work_rights?: WorkRights; total_years?: number }

export interface SkillMatch { skill: string; coverage: "matched" | "partial" | "missing"; via?: string; proficiency?: number; years?: number; years_asked?: number; credit: number }
export interface Eligibility { status: "eligible" | "ineligible"; reason?: string }
export interface YearsCheck { asked: number | null; have: number; met: boolean | null }
/** A scored job. */
export interface MatchResult {
  score: number; eligibility: Eligibility; required: SkillMatch[]; preferred: SkillMatch[];
  keywords_matched: string[]; keywords_missing: string[]; years: YearsCheck; reasoning: string;
}
/** A listing of `rankListings`: `line` counts from 1; `missing` names up to three required skills. */
/** From `rankListings`: `work_mode` when the listing's title, `location` or description says it. */
export interface RankedListing { line: number; title: string; company: string; score: number; eligibility: Eligibility; missing: string[]; work_mode?: WorkMode }
/** A skill mention; `start`/`end` are UTF-16 offsets into the text given. */
export interface SkillSpan { skill: string; category: string; start: number; end: number; text: string }

export interface Location { address?: string; postal_code?: string; city?: string; region?: string; country_code?: string }
export interface SocialProfile { network?: string; username?: string; url?: string }
export interface Contact { name: string; label?: string; email?: string; phone?: string; url?: string; image?: string; location?: Location; profiles?: SocialProfile[] }
/** `start` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` is the same or `present`. */
export interface Role { id: string; employer: string; title: string; location?: string; start?: string; end?: string; url?: string; description?: string; summary?: string; bullets: string[] }
export interface Project { name: string; description?: string; url?: string; start?: string; end?: string; bullets: string[]; technologies: string[]; roles?: string[]; entity?: string; kind?: string }
export interface SkillGroup { name?: string; level?: string; items: string[] }
export interface EducationEntry { institution: string; qualification?: string; area?: string; start?: string; end?: string; score?: string; url?: string; notes: string[] }
export interface Entry { title: string; subtitle?: string; start?: string; end?: string; url?: string; summary?: string; bullets: string[] }
export type SectionContent =
  | { kind: "paragraphs"; paragraphs: string[] }
  | { kind: "roles"; roles: Role[] }
  | { kind: "projects"; projects: Project[] }
  | { kind: "groups"; groups: SkillGroup[] }
  | { kind: "education"; entries: EducationEntry[] }
  | { kind: "entries"; entries: Entry[] };
export interface ResumeSection { id: string; section_type: SectionType; heading: string; content: SectionContent }
/** A base resume, from `importResume`. */
export interface Resume { id: string; owner_id: string; contact: Contact; sections: ResumeSection[]; created_at: string }
export interface TailoredSection { section_id: string; section_type: SectionType; content: SectionContent }
/** A tailoring: only the sections it changes. */
export interface TailoredResume { id: string; owner_id: string; base_resume_id: string; job_id: string; sections: TailoredSection[]; diff_summary?: string[]; approved?: boolean; created_at: string }
/** One rule a tailoring breaks, with where. */
export interface Violation { kind: "invented_skill" | "invented_number" | "changed_fixed_field" | "protected_section" | "unknown_entry" | "wrong_shape"; section: string; location: string; detail: string }
"#;

// Optional trailing arguments: typed extern types, so TypeScript shows them
// as optional (`options?: AnalyzeOptions`). wasm-bindgen does not check
// them; the functions read them through `convert`, which does.
#[wasm_bindgen]
extern "C" {
    /// `AnalyzeOptions` as an argument.
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type AnalyzeOptionsArg;
    /// `ImportOptions` as an argument.
    #[wasm_bindgen(typescript_type = "ImportOptions")]
    pub type ImportOptionsArg;
    /// `WorkRights` as an argument.
    #[wasm_bindgen(typescript_type = "WorkRights")]
    pub type WorkRightsArg;
    /// An optional string argument (`workMode`'s title).
    #[wasm_bindgen(typescript_type = "string")]
    pub type StringArg;
    /// A resume format name as an argument.
    #[wasm_bindgen(typescript_type = "ResumeFormat | 'auto'")]
    pub type ResumeFormatArg;
}
