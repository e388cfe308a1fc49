// Opens the quickstart's HTML triage report in Debian's Chromium and checks
// what a person would see: every job ranked with a score bar, the chart, a
// breakdown that opens, tailored-resume links that resolve, and no request
// beyond the page itself. Saves screenshots as test artifacts.
//
//   node tests/js/triage-report.mjs REPORT.html EXPECTED_ROWS ARTIFACT_DIR

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, expectedRows, artifacts] = process.argv.slice(2);
if (!report || !expectedRows || !artifacts) {
  console.error('usage: triage-report.mjs REPORT.html EXPECTED_ROWS ARTIFACT_DIR');
  process.exit(2);
}
mkdirSync(artifacts, { recursive: true });
const pageUrl = pathToFileURL(resolve(report)).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const cspViolations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
  await page.goto(pageUrl);

  const rows = page.locator('#triage tbody tr');
  assert.equal(await rows.count(), Number(expectedRows), 'one row per ranked job');
  const scores = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.score)));
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'rows are in score order');
  const firstBar = await page.locator('#triage tbody tr').first().locator('.bar span').evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(firstBar > 0, 'the best job has a visible score bar');

  const bins = page.locator('#score-chart rect');
  assert.equal(await bins.count(), 10, 'the chart has ten bins');
  const heights = await bins.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
  assert.ok(heights.some((h) => h > 0), 'the chart shows some jobs');

  const notEligible = page.locator('#triage tbody tr.inel');
  assert.ok(await notEligible.count() > 0, 'ineligible jobs are marked');
  assert.ok(await page.locator('.dup').count() > 0, 'duplicates are flagged');

  await page.screenshot({ path: join(artifacts, 'triage-report.png'), fullPage: false });

  const first = rows.first();
  await first.locator('summary').click();
  const reasoning = await first.locator('p.reasoning').innerText();
  assert.match(reasoning, /required skills/, 'the breakdown shows the reasoning');
  assert.ok(await first.locator('li.matched').count() >= 3, 'the breakdown lists matched skills');
  await first.screenshot({ path: join(artifacts, 'triage-report-breakdown.png') });

  const links = await page.locator('a', { hasText: 'tailored' }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 3, 'three tailored resumes are linked');
  for (const href of links) assert.ok(existsSync(join(dirname(resolve(report)), href)), `${href} exists`);

  const foreign = requests.filter((u) => u !== pageUrl);
  assert.deepEqual(foreign, [], 'the page loads nothing but itself');
  assert.deepEqual(cspViolations, [], 'nothing was blocked by the page policy');
  console.log(`triage report: ${await rows.count()} rows, chart, breakdown, ${links.length} tailored links, no other request; screenshots in ${artifacts}`);
} catch (e) {
  failures += 1;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
