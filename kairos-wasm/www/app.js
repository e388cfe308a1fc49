// The demo page: everything below runs in the browser, on the user's text.
// Text from listings and resumes only ever reaches the page as textContent,
// never as HTML.
import init, { analyzeJob, scoreJob, rankListings, extractSkills, importResume, buildProfile, warmUp, workMode } from '../pkg/web/kairos_wasm.js';

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showError(e) {
  const box = $('error');
  box.hidden = false;
  box.textContent = `${e && e.name ? e.name : 'Error'}: ${e && e.message ? e.message : String(e)}`;
  box.dataset.kind = e && e.name ? e.name : 'Error';
}

function clearError() {
  const box = $('error');
  box.hidden = true;
  box.textContent = '';
  delete box.dataset.kind;
}

// Countries as their two-letter codes: a name (`Australia`) would match
// no job's country and every citizenship requirement would silently read
// as unmet, so it is refused. The module's `buildProfile` refuses it too,
// naming the wire field (`work_rights.citizenships`); the page checks
// first so its message names the field the person typed into.
function codes(input) {
  const list = input.value.split(/[\s,]+/).map((c) => c.trim()).filter(Boolean);
  const bad = list.find((c) => !/^[A-Za-z]{2}$/.test(c) || c.toUpperCase() === 'UK');
  if (bad !== undefined) {
    const label = input.closest('label')?.textContent.trim() ?? input.id;
    throw Object.assign(
      new Error(`${label}: \`${bad}\` is not a country's two-letter ISO code (AU, NZ, US, GB for the United Kingdom)`),
      { name: 'ValidationError' },
    );
  }
  return list.map((c) => c.toUpperCase());
}

function workRights() {
  return {
    citizenships: codes($('citizen')),
    permanent_residencies: codes($('resident')),
    visas: [],
    needs_sponsorship: $('sponsor').checked,
  };
}

function country() {
  return codes($('citizen'))[0] ?? codes($('resident'))[0] ?? 'AU';
}

/** Skills typed by hand: "Rust, 8, 4" → a profile entry (the user's values win). */
function manualSkills() {
  const entries = [];
  const lines = $('skills').value.split('\n').map((l) => l.trim()).filter(Boolean);
  lines.forEach((line, i) => {
    const [name, proficiency, years] = line.split(',').map((p) => p.trim());
    const found = extractSkills(name).find((s) => s.start === 0 && s.end === name.length);
    if (!found) throw Object.assign(new Error(`line ${i + 1}: "${name}" is not a skill Kairos knows`), { name: 'ValidationError' });
    const p = Number(proficiency ?? 5);
    const y = Number(years ?? 1);
    if (!Number.isInteger(p) || p < 1 || p > 10) throw Object.assign(new Error(`line ${i + 1}: proficiency "${proficiency}" must be a whole number from 1 to 10`), { name: 'ValidationError' });
    if (!Number.isFinite(y) || y < 0) throw Object.assign(new Error(`line ${i + 1}: years "${years}" must be a number of years`), { name: 'ValidationError' });
    entries.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      owner_id: '00000000-0000-0000-0000-000000000001',
      resume_id: '00000000-0000-0000-0000-000000000000',
      name: found.skill, category: ['language', 'framework', 'database', 'tool', 'cloud', 'concept'].includes(found.category) ? found.category : 'concept',
      proficiency: p, years: y, evidence: ['entered by hand'], source: 'manual',
    });
  });
  return entries;
}

// Today's date where the user is (toISOString gives UTC's, a day off
// for half the world at some hours), as the date input wants it.
function localToday() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

// The date the profile counts years to starts as today, shown, so no one
// wonders whether it must be filled in.
if (!$('today').value) $('today').value = localToday();

function profile() {
  const today = $('today').value || localToday();
  const text = $('resume').value.trim();
  const base = text
    ? buildProfile(importResume(text, 'auto'), today, workRights())
    : { skills: [], terms: [], work_rights: workRights(), total_years: 0 };
  const manual = manualSkills();
  const names = new Set(manual.map((m) => m.name.toLowerCase()));
  base.skills = [...manual, ...base.skills.filter((s) => !names.has(s.name.toLowerCase()))];
  if (!text && manual.length === 0) {
    throw Object.assign(new Error('paste a resume or enter at least one skill'), { name: 'ValidationError' });
  }
  return base;
}

// "8/10, 5.8 years": a skill the resume lists without dated work shows
// its level alone, not "0 years".
function level(m) {
  if (!m.proficiency) return '';
  const years = m.years > 0 ? `, ${m.years} year${m.years === 1 ? '' : 's'}` : '';
  return ` (${m.proficiency}/10${years})`;
}

function breakdownRow(m, askedAs) {
  const tr = el('tr', undefined, m.coverage);
  tr.append(el('td', m.skill), el('td', askedAs));
  const you = m.coverage === 'missing' ? 'missing'
    : `${m.coverage}${m.via && m.via !== m.skill ? ` through ${m.via}` : ''}${level(m)}`;
  tr.append(el('td', you), el('td', m.credit.toFixed(2)));
  return tr;
}

function highlight(text) {
  const pre = $('highlighted');
  pre.replaceChildren();
  let at = 0;
  for (const span of extractSkills(text)) {
    if (span.start < at) continue;
    pre.append(document.createTextNode(text.slice(at, span.start)));
    const mark = el('mark', text.slice(span.start, span.end));
    mark.title = `${span.skill} (${span.category})`;
    pre.append(mark);
    at = span.end;
  }
  pre.append(document.createTextNode(text.slice(at)));
}

/** How the page names `workMode`'s modes. */
const MODE_NAMES = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' };

function scoreOne() {
  clearError();
  const jd = $('jd').value;
  const report = analyzeJob(jd, { title: $('title').value });
  const location = $('location').value.trim();
  const result = scoreJob(report, profile(), { country: country(), ...(location && { location }) });
  $('result').hidden = false;
  $('score-value').textContent = result.score.toFixed(3);
  $('score-bar').style.width = `${(result.score * 100).toFixed(1)}%`;
  const eligible = result.eligibility.status === 'eligible';
  $('eligibility').textContent = eligible ? 'Eligible: nothing in the listing excludes you.' : result.eligibility.reason;
  $('eligibility').className = eligible ? 'eligible' : 'ineligible';
  // The description's own location line decides where the job is judged.
  $('placed').hidden = !report.location;
  $('placed').textContent = report.location ? `Judged where the listing places it: “${report.location}”.` : '';
  const mode = workMode(jd, $('title').value);
  $('work-mode').hidden = !mode;
  $('work-mode').textContent = mode ? `${MODE_NAMES[mode.mode]}, as the listing says: “${mode.evidence}”.` : '';
  $('reasoning').textContent = result.reasoning;
  const body = $('breakdown').querySelector('tbody');
  body.replaceChildren(
    ...result.required.map((m) => breakdownRow(m, 'required')),
    ...result.preferred.map((m) => breakdownRow(m, 'preferred')),
  );
  highlight(jd);
}

/**
 * Ranks the listings in the text box, or in `file`'s bytes when given: one
 * call, where the listings cross as one text (a file's UTF-8 bytes as they
 * are, without decoding them first) and only the ranking comes back.
 */
function rank(file) {
  clearError();
  const ranked = rankListings(file ? file.bytes : $('listings').value, profile(), { country: country() });
  rankedFrom = file ? file.name : 'the text above';
  const body = $('ranked').querySelector('tbody');
  body.replaceChildren(...ranked.map((r, rankIndex) => {
    const tr = el('tr');
    tr.dataset.line = String(r.line);
    tr.dataset.mode = r.work_mode ?? '';
    tr.dataset.score = String(r.score);
    const bar = el('span', undefined, 'bar');
    const fill = el('span');
    fill.style.width = `${(r.score * 100).toFixed(1)}%`;
    bar.append(fill);
    const scoreCell = el('td');
    scoreCell.append(bar, document.createTextNode(r.score.toFixed(3)));
    // Why not, on hovering the verdict (`the job is in the United Kingdom, …`).
    const eligibility = el('td', r.eligibility.status === 'eligible' ? 'yes' : 'no', r.eligibility.status);
    if (r.eligibility.reason) eligibility.title = r.eligibility.reason;
    tr.append(el('td', String(rankIndex + 1)), scoreCell, el('td', r.title), el('td', r.company),
      el('td', r.work_mode ? MODE_NAMES[r.work_mode] : '', 'mode'), eligibility, el('td', r.missing.join(', ')));
    return tr;
  }));
  showModes();
  $('ranked').hidden = false;
}

/** Where the ranked listings came from, for the table's caption. */
let rankedFrom = '';

/**
 * Shows the ranked listings whose work mode the filter asks for (a listing
 * that does not say is shown only when every listing is), and says how
 * many of how many.
 */
function showModes() {
  const wanted = $('mode-filter').value.split(' ').filter(Boolean);
  const rows = [...$('ranked').querySelectorAll('tbody tr')];
  for (const tr of rows) tr.hidden = wanted.length > 0 && !wanted.includes(tr.dataset.mode);
  const shown = rows.filter((tr) => !tr.hidden).length;
  const count = shown === rows.length ? `${rows.length}` : `${shown} of ${rows.length}`;
  $('ranked-from').textContent = `${count} listings from ${rankedFrom}, best first`;
}

/**
 * Runs an action; on an error, shows it right under the action's button, in
 * view, and hides the action's earlier result: a score left on the page
 * would read as the score of the inputs that just failed.
 */
function guarded(fn, button, result) {
  return () => {
    try {
      fn();
    } catch (e) {
      result.hidden = true;
      button.after($('error'));
      showError(e);
      $('error').scrollIntoView({ block: 'nearest' });
    }
  };
}

function switchTo(batch) {
  $('single').hidden = batch;
  $('batch').hidden = !batch;
  $('tab-single').classList.toggle('active', !batch);
  $('tab-batch').classList.toggle('active', batch);
}

const started = performance.now();
let skills;
try {
  await init();
  skills = warmUp();
} catch (e) {
  // The module needs WebAssembly with SIMD: say so rather than hang on
  // "Loading…" in a browser that cannot compile it.
  $('status').textContent = 'This browser cannot run Kairos: it needs WebAssembly with SIMD '
    + '(Chrome or Edge 91, Firefox 89, Safari 16.4 or later).';
  $('status').dataset.failed = 'true';
  // Nothing can be scored: say so on the buttons too, rather than leave
  // them to do nothing when pressed.
  for (const id of ['score', 'rank']) $(id).disabled = true;
  showError(e);
}
if (skills !== undefined) {
  $('status').textContent = `Ready: ${skills} skills loaded in ${(performance.now() - started).toFixed(0)} ms, all in this page.`;
  $('status').dataset.ready = 'true';
  $('score').addEventListener('click', guarded(scoreOne, $('score'), $('result')));
  $('rank').addEventListener('click', guarded(() => rank(), $('rank'), $('ranked')));
  $('listings-file').addEventListener('change', async () => {
    const chosen = $('listings-file').files[0];
    if (!chosen) return;
    const file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
    // Cleared, so that opening the same file again (edited) ranks it again.
    $('listings-file').value = '';
    guarded(() => rank(file), $('listings-file'), $('ranked'))();
  });
  $('mode-filter').addEventListener('change', showModes);
  $('tab-single').addEventListener('click', () => switchTo(false));
  $('tab-batch').addEventListener('click', () => switchTo(true));
}
