// The in-browser scoring page in Debian's Chromium: paste a job and a
// resume and see the same score as the package gives under Node, with its
// breakdown and highlights; rank 100 listings in the package's order, pasted
// and opened as a file; show an error for a broken resume, a bad line and a
// file that is not text, and recover; explain a module the browser cannot
// compile; and never request anything but the page's own files.
// Screenshots of each state go to ARTIFACT_DIR.
//
//   node tests/js/wasm-page.mjs LISTINGS.jsonl ARTIFACT_DIR

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const [listingsFile, artifacts] = process.argv.slice(2);
if (!listingsFile || !artifacts) {
  console.error('usage: wasm-page.mjs LISTINGS.jsonl ARTIFACT_DIR');
  process.exit(2);
}
mkdirSync(artifacts, { recursive: true });
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(root, 'kairos-wasm');
const k = createRequire(import.meta.url)(join(site, 'pkg', 'node', 'kairos_wasm.js'));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(site, path);
  if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const resumeMd = readFileSync(join(root, 'examples', 'data', 'resume.md'), 'utf8');
const firstListing = JSON.parse(readFileSync(join(root, 'examples', 'data', 'scrape-2026-11-20.jsonl'), 'utf8').split('\n')[0]);
const listingsText = readFileSync(listingsFile, 'utf8').trim();
const listings = listingsText.split('\n').map((l) => JSON.parse(l));
assert.equal(listings.length, 100, 'the batch has 100 listings');

// What the package says under Node, for the same inputs.
const today = '2026-11-25';
const rights = { citizenships: ['AU'], permanent_residencies: [], visas: [], needs_sponsorship: false };
const profile = k.buildProfile(k.importResume(resumeMd, 'auto'), today, rights);
const expected = k.scoreJob(k.analyzeJob(firstListing.description_raw, { title: firstListing.title }), profile, { country: 'AU' });
// The same job placed in Manchester: judged there.
const abroad = k.scoreJob(k.analyzeJob(firstListing.description_raw, { title: firstListing.title }), profile, { country: 'AU', location: 'Manchester' });
assert.equal(abroad.eligibility.status, 'ineligible', 'a UK job for an Australian citizen');
// The package's ranking of the same lines (each listing judged where its
// `location` places it, Australia when it names no country).
const expectedRanking = k.rankListings(listingsText, profile, { country: 'AU' });
const expectedOrder = expectedRanking.map((r) => r.line - 1);
const notEligible = expectedRanking.filter((r) => r.eligibility.status === 'ineligible');
assert.ok(notEligible.length > 0, 'the batch has listings the profile is not eligible for');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${origin}/www/index.html`);
  await page.waitForSelector('#status[data-ready="true"]', { timeout: 15000 });

  // One job.
  await page.fill('#resume', resumeMd);
  await page.fill('#citizen', 'AU');
  await page.fill('#today', today);
  await page.fill('#title', firstListing.title);
  await page.fill('#jd', firstListing.description_raw);
  await page.click('#score');
  await page.waitForSelector('#result:not([hidden])');
  assert.equal(await page.textContent('#score-value'), expected.score.toFixed(3), 'the page shows the package score');
  assert.equal(await page.textContent('#reasoning'), expected.reasoning);
  assert.match(await page.textContent('#eligibility'), /^Eligible/);
  const rows = await page.locator('#breakdown tbody tr').count();
  assert.ok(rows >= 3, `${rows} breakdown rows`);
  assert.equal(rows, expected.required.length + expected.preferred.length);
  // Each matched skill's level, with the years the resume dates it by when
  // it dates it at all ("3/10", never "3/10, 0 years").
  const you = await page.locator('#breakdown tbody td:nth-child(3)').allTextContents();
  assert.ok(you.some((t) => /\(\d+\/10, [\d.]+ years?\)$/.test(t)), `levels: ${you}`);
  assert.ok(you.every((t) => !/\b0 years|\b0 y\b/.test(t)), `levels: ${you}`);
  const marks = await page.locator('#highlighted mark').allTextContents();
  assert.ok(marks.includes('Rust') && marks.includes('PostgreSQL'), `highlighted: ${marks}`);
  // A country written as its name is refused and named, not read as a
  // country no job is in.
  await page.fill('#citizen', 'Australia');
  await page.click('#score');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(
    await page.textContent('#error'),
    /^ValidationError: Citizen of: `Australia` is not a country's two-letter ISO code/,
  );
  await page.fill('#citizen', 'au');
  await page.click('#score');
  await page.waitForSelector('#error', { state: 'hidden' });
  assert.equal(await page.textContent('#score-value'), expected.score.toFixed(3), 'a code in small letters reads');
  await page.screenshot({ path: join(artifacts, 'wasm-page-single.png'), fullPage: true });
  // Where the job is decides eligibility.
  await page.fill('#location', 'Manchester');
  await page.click('#score');
  await page.waitForFunction(() => document.querySelector('#eligibility').textContent.startsWith('Not eligible'));
  assert.equal(await page.textContent('#eligibility'), abroad.eligibility.reason);
  assert.equal(await page.isHidden('#placed'), true, 'no location line in the listing');
  await page.fill('#location', '');
  // A description with its own location line is judged there, and says so.
  await page.fill('#jd', `Location: Manchester\n\n${firstListing.description_raw}`);
  await page.click('#score');
  await page.waitForFunction(() => document.querySelector('#eligibility').textContent.startsWith('Not eligible'));
  assert.equal(await page.textContent('#eligibility'), abroad.eligibility.reason);
  assert.equal(await page.textContent('#placed'), 'Judged where the listing places it: “Manchester”.');
  // Where the work is done, when the listing says, with its words.
  await page.fill('#jd', `Work arrangement: Hybrid (3 days in office)\n${firstListing.description_raw}`);
  await page.click('#score');
  await page.waitForFunction(() => !document.querySelector('#work-mode').hidden);
  assert.equal(await page.textContent('#work-mode'), 'Hybrid, as the listing says: “Work arrangement: Hybrid (3 days in office)”.');
  await page.fill('#jd', firstListing.description_raw);

  // A broken resume: a named error, shown; then a good one works again.
  await page.fill('#resume', '{"basics": {"name": "A"}, "work": [{"name": "X", "startDate": "soon"}]}');
  await page.click('#score');
  await page.waitForSelector('#error:not([hidden])');
  assert.equal(await page.getAttribute('#error', 'data-kind'), 'ResumeImportError');
  assert.match(await page.textContent('#error'), /work\[0\]\.startDate/);
  // Under the button just pressed, in view, and no score left from the
  // resume before: it would read as this resume's.
  assert.equal(await page.locator('#score + #error').count(), 1, 'the error follows the score button');
  assert.equal(await page.isHidden('#result'), true, 'the earlier result is hidden');
  assert.ok(await page.locator('#error').evaluate((box) => {
    const r = box.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }), 'the error is in view');
  await page.screenshot({ path: join(artifacts, 'wasm-page-error.png'), fullPage: false });
  await page.fill('#resume', resumeMd);
  await page.click('#score');
  assert.equal(await page.isHidden('#error'), true, 'the error clears');
  assert.equal(await page.textContent('#score-value'), expected.score.toFixed(3), 'the module still works');

  // Rank 100 listings.
  await page.click('#tab-batch');
  await page.fill('#listings', listingsText);
  await page.click('#rank');
  await page.waitForSelector('#ranked:not([hidden])');
  // A line that is not JSON: the error under the rank button, the earlier
  // ranking hidden; then the good lines rank again.
  await page.fill('#listings', `${listingsText}\n{not json`);
  await page.click('#rank');
  await page.waitForSelector('#error:not([hidden])');
  assert.equal(await page.locator('#rank + #error').count(), 1, 'the error follows the rank button');
  assert.match(await page.textContent('#error'), /^ValidationError: line 101 is not JSON/);
  assert.equal(await page.isHidden('#ranked'), true, 'the earlier ranking is hidden');
  await page.fill('#listings', listingsText);
  await page.click('#rank');
  await page.waitForSelector('#ranked:not([hidden])');
  assert.equal(await page.isHidden('#error'), true, 'the error clears');
  const order = await page.locator('#ranked tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.line) - 1));
  assert.equal(order.length, 100);
  assert.deepEqual(order, expectedOrder, 'the page ranks in the package order');
  // A "no" says why on hovering it.
  const reasons = await page.locator('#ranked tbody td.ineligible').evaluateAll((tds) => tds.map((td) => td.title));
  assert.deepEqual(reasons, notEligible.map((r) => r.eligibility.reason), 'each "no" carries its reason');
  // Remote, hybrid or on site, as the package reads each listing.
  const modes = await page.locator('#ranked tbody td.mode').evaluateAll((tds) => tds.map((td) => td.textContent));
  const modeNames = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On site' };
  assert.deepEqual(modes, expectedRanking.map((r) => (r.work_mode ? modeNames[r.work_mode] : '')), 'each listing shows its work mode');
  assert.ok(modes.includes('Remote') && modes.includes('Hybrid'), `the batch has remote and hybrid listings: ${[...new Set(modes)]}`);
  // Only remote or hybrid listings, in the same order; then every one again.
  await page.selectOption('#mode-filter', 'remote hybrid');
  const either = expectedRanking.filter((r) => r.work_mode === 'remote' || r.work_mode === 'hybrid');
  const shownLines = await page.locator('#ranked tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.line)));
  assert.deepEqual(shownLines, either.map((r) => r.line), 'the filter shows the remote and hybrid listings, best first');
  assert.equal(await page.locator('#ranked tbody tr:visible').count(), either.length, 'the others are out of sight');
  await page.screenshot({ path: join(artifacts, 'wasm-page-batch-filtered.png'), fullPage: true });
  assert.equal(await page.textContent('#ranked-from'), `${either.length} of 100 listings from the text above, best first`);
  await page.selectOption('#mode-filter', '');
  assert.equal(await page.textContent('#ranked-from'), '100 listings from the text above, best first');
  await page.screenshot({ path: join(artifacts, 'wasm-page-batch.png'), fullPage: false });
  // The same listings opened as a file: ranked from its bytes, the same order.
  await page.fill('#listings', '');
  await page.setInputFiles('#listings-file', { name: 'jobs.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(`${listingsText}\n`) });
  await page.waitForFunction(() => document.getElementById('ranked-from').textContent.includes('jobs.jsonl'));
  const fileOrder = await page.locator('#ranked tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.line) - 1));
  assert.deepEqual(fileOrder, expectedOrder, 'a file ranks as its text does');
  assert.equal(await page.textContent('#ranked-from'), '100 listings from jobs.jsonl, best first');
  await page.screenshot({ path: join(artifacts, 'wasm-page-batch-file.png'), fullPage: false });
  // A file that is not UTF-8 text: the error under the file input.
  await page.setInputFiles('#listings-file', { name: 'photo.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
  await page.waitForSelector('#listings-file + #error:not([hidden])');
  assert.match(await page.textContent('#error'), /^ValidationError: jsonLines is not UTF-8: byte 1 starts no character/);
  assert.equal(await page.isHidden('#ranked'), true, 'the earlier ranking is hidden');

  // A browser that cannot compile the module (no WebAssembly SIMD): the
  // page says what it needs instead of staying on "Loading…".
  const old = await browser.newPage();
  await old.route('**/*.wasm', (route) => route.fulfill({
    contentType: 'application/wasm',
    // A module header, then a section the compiler refuses.
    body: Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x7f, 0x01, 0x00]),
  }));
  const oldErrors = [];
  old.on('pageerror', (e) => oldErrors.push(e.message));
  await old.goto(`${origin}/www/index.html`);
  await old.waitForSelector('#status[data-failed="true"]', { timeout: 15000 });
  assert.match(await old.textContent('#status'), /needs WebAssembly with SIMD/);
  assert.equal(await old.getAttribute('#error', 'data-kind'), 'CompileError');
  assert.ok(await old.isDisabled('#score') && await old.isDisabled('#rank'), 'the buttons that cannot work are disabled');
  assert.deepEqual(oldErrors, [], 'the failure is shown, not thrown');
  await old.screenshot({ path: join(artifacts, 'wasm-page-no-module.png'), fullPage: false });
  await old.close();

  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`));
  assert.deepEqual(foreign, [], 'no request left the page server');
  assert.deepEqual(pageErrors, [], 'no uncaught error in the page');
  console.log(`wasm page: score ${expected.score.toFixed(3)} with ${rows} breakdown rows, 100 listings ranked as in Node (pasted and from a file), errors shown and recovered, a module that cannot compile explained, ${requests.length} requests all to ${origin}`);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
