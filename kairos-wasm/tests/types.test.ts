// Type-checked by `tsc --noEmit -p kairos-wasm/tests` (never run): every
// function of the package used as a TypeScript user would, and the mistakes
// its types must refuse, each marked with @ts-expect-error (tsc fails if a
// marked line is accepted).
import init, {
  analyzeJob, scoreJob, scoreJobs, rankListings, extractSkills, buildProfile, importResume,
  renderResume, checkTailoring, warmUp, version, workMode,
  type JdReport, type MatchResult, type RankedListing, type Profile, type Resume, type SkillSpan,
  type TailoredResume, type Violation, type WorkModeInfo, type WorkMode,
} from '../pkg/web/kairos_wasm.js';

export async function useEveryFunction(jd: string, markdown: string): Promise<void> {
  await init();
  const skills: number = warmUp();
  const v: string = version();
  const report: JdReport = analyzeJob(jd, { title: 'Rust Engineer' });
  const required: string[] = report.required_skills.map((s) => s.skill);
  const orInstead: string[] = report.required_skills.flatMap((s) => s.alternatives ?? []);
  const citizenship: boolean | null = report.work_rights.citizenship_required.value;
  const resume: Resume = importResume(markdown, 'markdown', { createdAt: '2026-11-29T00:00:00Z' });
  const auto: Resume = importResume(markdown, 'auto');
  const profile: Profile = buildProfile(resume, '2026-11-29', { citizenships: ['AU'], needs_sponsorship: false });
  const one: MatchResult = scoreJob(report, profile, { country: 'AU' });
  const placed: MatchResult = scoreJob(report, profile, { country: 'AU', location: 'Berlin, Germany' });
  const located: MatchResult[] = scoreJobs([{ description: jd, location: 'Perth WA' }], profile);
  const fromText: MatchResult = scoreJob(jd, profile);
  const many: MatchResult[] = scoreJobs([jd, { title: 'Go', description: jd }, report], profile);
  const ranked: RankedListing[] = rankListings('{"title": "Go", "description": "Go"}', profile, { country: 'AU' });
  const fromBytes: RankedListing[] = rankListings(new TextEncoder().encode('{"description": "Go"}'), profile);
  const firstLine: number = ranked[0].line + fromBytes.length;
  const missing: string[] = ranked[0].missing;
  const rankedMode: WorkMode | undefined = ranked[0].work_mode;
  console.log(rankedMode);
  console.log(firstLine, missing);
  const score: number = one.score;
  const coverage: 'matched' | 'partial' | 'missing' | undefined = one.required[0]?.coverage;
  const spans: SkillSpan[] = extractSkills(jd);
  const mode: 'remote' | 'hybrid' | 'onsite' | undefined = workMode(jd, 'Rust Engineer (Remote)')?.mode;
  const said: WorkModeInfo | undefined = workMode(jd);
  const fromPlace: WorkModeInfo | undefined = workMode(jd, undefined, 'Remote (Australia)');
  console.log(fromPlace);
  console.log(mode, said?.evidence);
  const html: string = renderResume(resume, null, 'html');
  const tailored: TailoredResume = { id: 'a', owner_id: 'b', base_resume_id: resume.id, job_id: 'c', sections: [], created_at: '2026-11-29T00:00:00Z' };
  const violations: Violation[] = checkTailoring(resume, profile, tailored);
  console.log(skills, v, required, orInstead, citizenship, auto, fromText, many, score, coverage, spans, html, violations);

  // @ts-expect-error: the text must be a string
  analyzeJob(42);
  // @ts-expect-error: no such option
  analyzeJob(jd, { tilte: 'typo' });
  // @ts-expect-error: the title is a string
  workMode(jd, { title: 'Go' });
  // @ts-expect-error: a profile is required
  scoreJob(report);
  // @ts-expect-error: the listings are one JSON-lines text, not an array
  rankListings([jd], profile);
  // @ts-expect-error: text or its UTF-8 bytes, not any buffer
  rankListings(new ArrayBuffer(8), profile);
  // @ts-expect-error: a profile, not a resume
  scoreJob(report, resume);
  // @ts-expect-error: not a render format
  renderResume(resume, null, 'pdf');
  // @ts-expect-error: not a resume format
  importResume(markdown, 'docx');
  // @ts-expect-error: scores are numbers
  const wrong: string = one.score;
  // @ts-expect-error: proficiency is a number
  profile.skills[0].proficiency = 'high';
  console.log(wrong);
}
