// The built WebAssembly package under Node: every shared vector gives the
// Rust result exactly, the batch call equals single calls, spans slice the
// text, resumes import, render and pass the guard, and bad input throws a
// named Error without breaking the module.
//
//   node --test kairos-wasm/tests/node.test.mjs   (after scripts/build-wasm)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const k = require(join(here, '..', 'pkg', 'node', 'kairos_wasm.js'));

/** JSON with keys sorted: equal strings mean byte-identical data. */
function canonical(value) {
  const sort = (v) => Array.isArray(v) ? v.map(sort)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, sort(v[key])]))
    : v;
  return JSON.stringify(sort(value));
}

const vectors = readdirSync(join(root, 'tests', 'vectors'))
  .filter((f) => /^\d\d-.*\.json$/.test(f))
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(join(root, 'tests', 'vectors', f), 'utf8')) }));

test('there are at least 30 vectors', () => {
  assert.ok(vectors.length >= 30, `${vectors.length} vectors`);
});

test('every vector gives the Rust analysis, score and reasoning', () => {
  for (const v of vectors) {
    const analysis = k.analyzeJob(v.description, { title: v.title });
    assert.equal(canonical(analysis), canonical(v.expected.analysis), `${v.file}: analysis`);
    const result = k.scoreJob(analysis, v.profile, { country: v.country });
    assert.equal(result.score, v.expected.score, `${v.file}: score`);
    assert.equal(result.reasoning, v.expected.reasoning, `${v.file}: reasoning`);
    assert.equal(canonical(result), canonical(v.expected.result), `${v.file}: result`);
  }
});

test('the batch call equals single calls, for texts, listings and analyses', () => {
  const profile = vectors[0].profile;
  const country = 'AU';
  const singles = vectors.map((v) => k.scoreJob(k.analyzeJob(v.description, { title: v.title }), profile, { country }));
  const listings = k.scoreJobs(vectors.map((v) => ({ title: v.title, description: v.description })), profile, { country });
  const reports = k.scoreJobs(vectors.map((v) => k.analyzeJob(v.description, { title: v.title })), profile, { country });
  assert.equal(canonical(listings), canonical(singles));
  assert.equal(canonical(reports), canonical(singles));
  const texts = k.scoreJobs(vectors.map((v) => v.description), profile, { country });
  assert.equal(texts.length, vectors.length);
});

test('ranking JSON lines orders the batch call by score, ties in input order', () => {
  const profile = vectors[0].profile;
  const country = 'AU';
  const lines = vectors.map((v, i) => JSON.stringify(i % 2
    ? { title: v.title, company: `Co ${i}`, description: v.description, salary: 'ignored' }
    : { title: v.title, description_raw: v.description }));
  // A blank line is skipped but counted.
  const text = [lines[0], '', ...lines.slice(1)].join('\n');
  const ranked = k.rankListings(text, profile, { country });
  const scored = k.scoreJobs(vectors.map((v) => ({ title: v.title, description: v.description })), profile, { country });
  const order = scored.map((r, i) => i).sort((a, b) => scored[b].score - scored[a].score || a - b);
  assert.deepEqual(ranked.map((r) => (r.line === 1 ? 0 : r.line - 2)), order);
  for (const r of ranked) {
    const i = r.line === 1 ? 0 : r.line - 2;
    assert.equal(r.score, scored[i].score);
    assert.equal(r.title, vectors[i].title);
    assert.equal(r.company, i % 2 ? `Co ${i}` : '');
    assert.deepEqual(r.eligibility, scored[i].eligibility);
    assert.deepEqual(r.missing, scored[i].required.filter((m) => m.coverage === 'missing').slice(0, 3).map((m) => m.skill));
  }
  // The same text as its UTF-8 bytes (an opened .jsonl file): the same ranking.
  assert.deepEqual(k.rankListings(new TextEncoder().encode(text), profile, { country }), ranked);
});

test('each job is judged where it is', () => {
  const profile = { ...vectors[0].profile, work_rights: { permanent_residencies: ['AU'] } };
  const jd = 'Requirements: Rust and PostgreSQL.';
  const abroad = /^Not eligible: the job is in (the United Kingdom|Germany), where your profile lists no right to work/;
  // One job: the options' location, else the country.
  assert.match(k.scoreJob(jd, profile, { country: 'AU', location: 'Manchester' }).eligibility.reason, abroad);
  assert.equal(k.scoreJob(jd, profile, { country: 'AU', location: 'Sydney NSW' }).eligibility.status, 'eligible');
  assert.equal(k.scoreJob(jd, profile, { country: 'AU', location: 'Remote' }).eligibility.status, 'eligible');
  // Many: each listing's own location first.
  const jobs = [
    { description: jd, location: 'Berlin, Germany' },
    { description: jd, location: 'Perth WA' },
    { description: jd },
    jd,
  ];
  const verdicts = (options) => k.scoreJobs(jobs, profile, options).map((r) => r.eligibility.status);
  assert.deepEqual(verdicts({ country: 'AU' }), ['ineligible', 'eligible', 'eligible', 'eligible']);
  assert.deepEqual(verdicts({ country: 'AU', location: 'London' }), ['ineligible', 'eligible', 'ineligible', 'ineligible']);
  // The batch ranking reads the same places.
  const ranked = k.rankListings(jobs.slice(0, 3).map((j) => JSON.stringify(j)).join('\n'), profile, { country: 'AU' });
  assert.deepEqual(ranked.map((r) => [r.line, r.eligibility.status]).sort(), [[1, 'ineligible'], [2, 'eligible'], [3, 'eligible']]);
  // A scraper's remote flag (JobSpy's `is_remote`, `true` or `"True"`) says the work mode.
  const flagged = [true, 'True', false].map((is_remote) => JSON.stringify({ title: 'Rust Engineer', location: 'Sydney NSW', is_remote, description: 'Rust' }));
  assert.deepEqual(k.rankListings(flagged.join('\n'), profile).sort((a, b) => a.line - b.line).map((r) => r.work_mode), ['remote', 'remote', undefined]);
  // A description's own location line places it first, passed back as an
  // analysis too (its pay, which scoring does not read, comes along).
  const pasted = 'Location: Manchester\n\nRequirements: Rust and PostgreSQL.\nSalary: £70,000 - £80,000';
  const analysis = k.analyzeJob(pasted);
  assert.equal(analysis.location, 'Manchester');
  assert.equal(analysis.salary.currency, 'GBP');
  assert.match(k.scoreJob(pasted, profile, { country: 'AU' }).eligibility.reason, abroad);
  assert.deepEqual(k.scoreJob(analysis, profile, { country: 'AU' }), k.scoreJob(pasted, profile, { country: 'AU' }));
  assert.equal(k.scoreJobs([analysis, jd], profile, { country: 'AU' })[0].eligibility.status, 'ineligible');
  assert.equal(k.analyzeJob(jd).location, undefined);
  throwsNamed(() => k.scoreJobs([{ description: jd, location: 5 }], profile), 'TypeError', /^jobs\[0\]\.location must be a string \(got number\)$/);
  throwsNamed(() => k.scoreJob(jd, profile, { location: ['Sydney'] }), 'ValidationError', /location/);
});

test('ranking names the bad line and keeps working', () => {
  const profile = vectors[0].profile;
  const good = JSON.stringify({ title: 'Rust Engineer', description: 'Rust and Go' });
  throwsNamed(() => k.rankListings(`${good}\n{not json`, profile), 'ValidationError', /^line 2 is not JSON: /);
  throwsNamed(() => k.rankListings(`${good}\n5`, profile), 'ValidationError', /^line 2 is not a listing: expected a JSON object, found `5`$/);
  throwsNamed(() => k.rankListings(`${good}\n{"title": 3, "description": "Go"}`, profile), 'ValidationError', /^line 2 is not a listing: invalid type: integer `3`/);
  throwsNamed(() => k.rankListings(`${good}\n{"title": "Go"}`, profile), 'ValidationError', /^line 2 has no description/);
  throwsNamed(() => k.rankListings(42, profile), 'TypeError', /^jsonLines must be a string or its UTF-8 bytes in a Uint8Array \(got number\)$/);
  throwsNamed(() => k.rankListings([good], profile), 'TypeError', /\(got array\)$/);
  // Bytes that are not UTF-8 name where they stop being text; a line's
  // error counts lines as the string's does.
  const bytes = new TextEncoder().encode(`${good}\n`);
  throwsNamed(() => k.rankListings(new Uint8Array([...bytes, 0x7b, 0xff, 0x7d]), profile), 'ValidationError', new RegExp(`^jsonLines is not UTF-8: byte ${bytes.length + 1} starts no character$`));
  throwsNamed(() => k.rankListings(new TextEncoder().encode(`${good}\n5`), profile), 'ValidationError', /^line 2 is not a listing/);
  throwsNamed(() => k.rankListings(new Uint8Array(16 * 1024 * 1024 + 1), profile), 'ValidationError', /^jsonLines is 16\.0 MB; at most 16 MB is accepted$/);
  assert.equal(k.rankListings(new Uint8Array(0), profile).length, 0);
  throwsNamed(() => k.rankListings(good, undefined), 'TypeError', /profile/);
  assert.equal(k.rankListings('', profile).length, 0);
  assert.equal(k.rankListings(good, profile)[0].title, 'Rust Engineer');
});

test('the work mode comes with the words that say it, as in Rust', () => {
  assert.deepEqual(k.workMode('We use Go.', 'Software Engineer (Remote)'), { mode: 'remote', evidence: 'title: Software Engineer (Remote)' });
  assert.deepEqual(k.workMode('Backend Engineer\nAcme · Berlin, Germany (Hybrid) · Full time\nWe use Go.'),
    { mode: 'hybrid', evidence: 'Acme · Berlin, Germany (Hybrid) · Full time' });
  assert.deepEqual(k.workMode('Location: Sydney\nRemote work is not possible for this role.', 'Engineer'),
    { mode: 'onsite', evidence: 'Remote work is not possible for this role.' });
  assert.equal(k.workMode('Perth WA\nWe need GIS.', 'Remote Sensing Analyst'), undefined);
  assert.deepEqual(k.workMode('Sydney NSW\nYou will work from home two days a week.', 'Engineer'),
    { mode: 'hybrid', evidence: 'You will work from home two days a week.' });
  assert.deepEqual(k.workMode('Remote work? Sorry, no.\nWe use Go.'), { mode: 'onsite', evidence: 'Remote work? Sorry, no.' });
  assert.equal(k.workMode(''), undefined);
  // A ranking reads each listing's: its title, then its place, then its description.
  const lines = [
    { title: 'Rust Engineer (Remote)', description: 'Rust' },
    { title: 'Rust Engineer', location: 'Sydney NSW (Hybrid)', description: 'Rust' },
    { title: 'Rust Engineer', description: 'Rust. This is a fully on-site role.' },
    { title: 'Rust Engineer', description: 'Rust' },
  ].map((l) => JSON.stringify(l)).join('\n');
  const ranked = k.rankListings(lines, vectors[0].profile).sort((a, b) => a.line - b.line);
  assert.deepEqual(ranked.map((r) => r.work_mode), ['remote', 'hybrid', 'onsite', undefined]);
  throwsNamed(() => k.workMode(42), 'TypeError', /^text must be a string \(got number\)$/);
  throwsNamed(() => k.workMode('Remote', 7), 'TypeError', /^title must be a string \(got number\)$/);
  // The board's place for the job, after the title and before the text.
  assert.deepEqual(k.workMode('Fully remote.', 'Engineer', 'Sydney NSW (Hybrid)'), { mode: 'hybrid', evidence: 'location: Sydney NSW (Hybrid)' });
  assert.deepEqual(k.workMode('Fully remote.', undefined, 'Sydney NSW'), { mode: 'remote', evidence: 'Fully remote' });
  throwsNamed(() => k.workMode('Remote', '', ['Sydney']), 'TypeError', /^location must be a string \(got array\)$/);
});

test('skill spans are UTF-16 offsets that slice the text', () => {
  const text = '🚀 Café team: Rust, PostgreSQL and Node.js; C++ a plus. 日本語 Kubernetes (k8s).';
  const spans = k.extractSkills(text);
  const names = spans.map((s) => s.skill);
  for (const want of ['Rust', 'PostgreSQL', 'Node.js', 'C++', 'Kubernetes']) assert.ok(names.includes(want), `${want} in ${names}`);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(spans.every((s, i) => i === 0 || spans[i - 1].start <= s.start));
});

const resumeMd = readFileSync(join(root, 'examples', 'data', 'resume.md'), 'utf8');

test('a resume imports, builds a profile, renders and passes the guard untouched', () => {
  const resume = k.importResume(resumeMd, 'markdown', { createdAt: '2026-11-25T09:00:00Z' });
  assert.equal(resume.contact.name, 'Ada Okafor');
  assert.equal(k.importResume(resumeMd, 'auto', { createdAt: '2026-11-25T09:00:00Z' }).id, resume.id);
  // Without createdAt the import is stamped with the browser's clock.
  const stamped = Date.parse(k.importResume(resumeMd, 'markdown').created_at);
  assert.ok(Math.abs(stamped - Date.now()) < 60_000, `created_at ${stamped} vs now ${Date.now()}`);
  // A createdAt that is no RFC 3339 timestamp, and a today that is no date, say so.
  assert.throws(
    () => k.importResume(resumeMd, 'markdown', { createdAt: 'yesterday' }),
    (e) => e.name === 'ValidationError' && /createdAt "yesterday" is not an RFC 3339 timestamp/.test(e.message),
  );
  for (const today of ['2026-13-01', '2026-11-25T00:00', '25/11/2026', '２026-11-25']) {
    assert.throws(
      () => k.buildProfile(resume, today, {}),
      (e) => e.name === 'ValidationError' && e.message.includes('is not a YYYY-MM-DD date'),
      today,
    );
  }
  const profile = k.buildProfile(resume, '2026-11-25', { citizenships: ['AU'] });
  assert.ok(profile.skills.some((s) => s.name === 'Rust' && s.proficiency >= 8));
  assert.match(k.renderResume(resume, undefined, 'markdown'), /^# Ada Okafor/);
  assert.match(k.renderResume(resume, null, 'html'), /<h1>Ada Okafor<\/h1>/);

  const work = resume.sections.find((s) => s.section_type === 'work_experience');
  const role = work.content.roles[0];
  const honest = {
    id: '00000000-0000-0000-0000-0000000000aa', owner_id: resume.owner_id, base_resume_id: resume.id,
    job_id: '00000000-0000-0000-0000-0000000000bb', created_at: '2026-11-25T09:00:00Z',
    sections: [{ section_id: work.id, section_type: 'work_experience', content: { kind: 'roles', roles: [{ ...role, bullets: [...role.bullets].reverse() }] } }],
  };
  assert.deepEqual(k.checkTailoring(resume, profile, honest), []);
  assert.match(k.renderResume(resume, honest, 'text'), /Mentored 4 engineers/);

  const fabricated = structuredClone(honest);
  fabricated.sections[0].content.roles[0].bullets = [...role.bullets, 'Increased revenue 40% with Elixir'];
  const violations = k.checkTailoring(resume, profile, fabricated);
  assert.ok(violations.some((v) => v.kind === 'invented_skill' && v.detail.includes('Elixir')), JSON.stringify(violations));
  assert.ok(violations.some((v) => v.kind === 'invented_number' && v.detail.includes('40%')), JSON.stringify(violations));
});

/** Calls fn, expects a thrown Error named `name`, and checks the module still works. */
function throwsNamed(fn, name, pattern) {
  let caught;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught instanceof Error, `expected an Error, got ${caught}`);
  assert.equal(caught.name, name, caught.message);
  if (pattern) assert.match(caught.message, pattern);
  const again = k.analyzeJob('Requirements: Rust and PostgreSQL.');
  assert.equal(again.required_skills.length, 2, 'the module still works after the error');
}

test('bad input throws a named Error and the module keeps working', () => {
  throwsNamed(() => k.analyzeJob(undefined), 'TypeError', /text must be a string \(got undefined\)/);
  throwsNamed(() => k.analyzeJob(42), 'TypeError', /got number/);
  throwsNamed(() => k.analyzeJob('x', { title: 7 }), 'ValidationError', /options.title/);
  throwsNamed(() => k.analyzeJob('x', { tilte: 'typo' }), 'ValidationError', /tilte/);
  throwsNamed(() => k.scoreJob('Rust', undefined), 'TypeError', /profile is required/);
  throwsNamed(() => k.scoreJob('Rust', { skills: [{ name: 'Rust' }] }), 'ValidationError', /profile.skills\[0\]/);
  // The wire format's structs are objects; an array in one's place says so.
  throwsNamed(() => k.scoreJob('Rust', { skills: [], work_rights: [] }), 'ValidationError', /^profile\.work_rights: invalid type: sequence, expected struct WorkRights$/);
  throwsNamed(() => k.scoreJobs('not an array', { skills: [] }), 'TypeError', /jobs must be an array/);
  // A batch names its bad item (the names are written only for an error).
  throwsNamed(() => k.scoreJobs(['Rust', 7], { skills: [] }), 'TypeError', /jobs\[1\] must be a string, a \{title, description\} listing or an analysis \(got number\)/);
  throwsNamed(() => k.scoreJobs(['Rust', { title: 3, description: 'Go' }], { skills: [] }), 'TypeError', /jobs\[1\]\.title must be a string \(got number\)/);
  throwsNamed(() => k.scoreJobs([{ description: 5 }], { skills: [] }), 'TypeError', /jobs\[0\]\.description must be a string/);
  throwsNamed(() => k.scoreJobs([{ title: 'Rust Engineer' }], { skills: [] }), 'TypeError', /jobs\[0\] must be a string, a \{title, description\} listing or an analysis \(got an object with neither description nor required_skills\)/);
  const report = k.analyzeJob('Requirements: Rust.');
  throwsNamed(() => k.scoreJobs(['Rust', { ...report, required_skills: 'Rust' }], { skills: [] }), 'ValidationError', /jobs\[1\]\.required_skills/);
  const cyclic = { skills: [] }; cyclic.self = cyclic;
  throwsNamed(() => k.scoreJob('Rust', cyclic), 'TypeError', /cannot be read as JSON/);
  throwsNamed(() => k.importResume('{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "not a date"}]}', 'json_resume'), 'ResumeImportError', /work\[0\]\.startDate/);
  throwsNamed(() => k.importResume('{ not json', 'json_resume'), 'ResumeImportError');
  throwsNamed(() => k.importResume('', 'markdown'), 'ResumeImportError');
  throwsNamed(() => k.importResume('# A', 'docx'), 'ValidationError', /docx/);
  throwsNamed(() => k.buildProfile(k.importResume(resumeMd, 'markdown'), '25/11/2026'), 'ValidationError', /YYYY-MM-DD/);
  throwsNamed(() => k.renderResume({}, undefined, 'html'), 'ValidationError', /resume/);
  throwsNamed(() => k.analyzeJob('a'.repeat(17 * 1024 * 1024)), 'ValidationError', /at most 16 MB/);
});

test('countries are two-letter codes, named where they are not, as in Rust and Python', () => {
  // `Australia` for `AU` would match no job's country: every citizenship
  // requirement would silently read as unmet.
  const resume = k.importResume(resumeMd, 'markdown');
  const jd = 'Requirements: Rust. Must be an Australian citizen.';
  throwsNamed(() => k.buildProfile(resume, '2026-11-25', { citizenships: ['Australia'] }), 'ValidationError',
    /^invalid workRights\.citizenships: is not a country's two-letter ISO code \(AU, NZ, US, GB for the United Kingdom\) \(got "Australia"\)$/);
  throwsNamed(() => k.buildProfile(resume, '2026-11-25', { citizenships: ['AU'], permanent_residencies: ['UK'] }), 'ValidationError',
    /^invalid workRights\.permanent_residencies: .* \(got "UK"\)$/);
  throwsNamed(() => k.scoreJob(jd, { skills: [], work_rights: { citizenships: ['N.Z.'] } }), 'ValidationError',
    /^invalid profile\.work_rights\.citizenships: .* \(got "N\.Z\."\)$/);
  throwsNamed(() => k.scoreJobs([jd], { skills: [] }, { country: 'Australia' }), 'ValidationError', /^invalid options\.country: .* \(got "Australia"\)$/);
  throwsNamed(() => k.rankListings(JSON.stringify({ description: jd }), { skills: [] }, { country: 'UK' }), 'ValidationError', /^invalid options\.country: /);
  // Codes in either case read as before.
  const citizen = k.buildProfile(resume, '2026-11-25', { citizenships: ['au'] });
  assert.equal(k.scoreJob(jd, citizen, { country: 'au' }).eligibility.status, 'eligible');
  assert.equal(k.scoreJob(jd, k.buildProfile(resume, '2026-11-25', { citizenships: ['NZ'] }), { country: 'AU' }).eligibility.status, 'ineligible');
});

test('text in any script is read whole, as the browser encodes it', () => {
  // Mostly three-byte characters: more UTF-8 than the reader first guesses.
  const cjk = '経験: '.repeat(2000) + 'TypeScript と PostgreSQL の経験が必要です。';
  const spans = k.extractSkills(cjk);
  assert.deepEqual(spans.map((s) => s.skill), ['TypeScript', 'PostgreSQL']);
  for (const s of spans) assert.equal(cjk.slice(s.start, s.end), s.text);
  // Emoji (surrogate pairs) before the skill, and a lone surrogate, which
  // TextEncoder writes as U+FFFD: still analysed, nothing thrown.
  const emoji = '🚀'.repeat(50) + ' Requirements: Kubernetes.';
  const [kube] = k.extractSkills(emoji);
  assert.equal(emoji.slice(kube.start, kube.end), 'Kubernetes');
  const lone = k.analyzeJob('Requirements: TypeScript \ud800 and Python.');
  assert.deepEqual(lone.required_skills.map((s) => s.skill), ['TypeScript', 'Python']);
  assert.deepEqual(lone, k.analyzeJob('Requirements: TypeScript \ufffd and Python.'));
  // Under the limit in UTF-16 units but over it in UTF-8 bytes: refused, by its UTF-8 size.
  throwsNamed(() => k.analyzeJob('語'.repeat(6 * 1024 * 1024)), 'ValidationError', /text is 18\.0 MB; at most 16 MB/);
});

test('10 MB of text is analysed, not refused', () => {
  const chunk = 'We need Rust and PostgreSQL. Kubernetes is a plus. 🚀 Ünïcode text, <b>html</b>\n';
  const big = chunk.repeat(Math.ceil((10 * 1024 * 1024) / chunk.length));
  const report = k.analyzeJob(big);
  assert.ok(report.required_skills.some((s) => s.skill === 'Rust'));
  assert.equal(k.analyzeJob('').required_skills.length, 0);
  assert.equal(k.analyzeJob('\u0000\u0000!!!').required_skills.length, 0);
});
