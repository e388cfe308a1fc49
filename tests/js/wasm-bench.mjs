// Drives scripts/bench-wasm: the native bench_score binary and the browser
// page (Debian's Chromium) on the same corpus and resume, interleaved, and
// prints the ratios. A benchmark, not a test: it reports, it does not fail.
//
//   node tests/js/wasm-bench.mjs CORPUS.jsonl RESUME.md NATIVE_BIN ROUNDS REPEATS
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const [corpus, resume, nativeBin, rounds = '5', repeats = '3'] = process.argv.slice(2);
const site = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'kairos-wasm');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const data = { '/bench-data/corpus.jsonl': corpus, '/bench-data/resume.md': resume }[path];
  const file = data ?? join(site, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  let body;
  try { body = readFileSync(file); } catch { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function inBrowser(query) {
  const context = await browser.newContext(); // fresh: no cached compiled module
  const page = await context.newPage();
  await page.goto(`${origin}/www/bench.html?${query}`);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 600000 });
  const result = await page.evaluate(() => window.benchResult);
  await context.close();
  return result;
}

try {
  const native = [];
  const web = [];
  for (let r = 0; r < Number(repeats); r++) {
    native.push(JSON.parse(execFileSync(nativeBin, [corpus, resume, rounds], { encoding: 'utf8' })));
    web.push(await inBrowser(`rounds=${rounds}`));
  }
  const startups = [];
  const splits = [];
  for (let r = 0; r < 7; r++) {
    const x = await inBrowser('startup=1');
    startups.push(x.startup_ms);
    splits.push(x);
  }
  const n = median(native.map((x) => x.mb_per_s));
  const w = median(web.map((x) => x.mb_per_s));
  const s = median(startups);
  const same = native.every((x) => x.score_sum === web[0].score_sum && x.rank_score_sum === x.score_sum)
    && web.every((x) => x.rank_score_sum === x.score_sum && x.rank_bytes_score_sum === x.score_sum);
  console.log(`corpus: ${native[0].jobs} jobs, ${(native[0].bytes / 1e6).toFixed(1)} MB; ${rounds} rounds after a warm-up, ${repeats} runs interleaved`);
  console.log(`native analyse+score:   ${n.toFixed(1)} MB/s (runs: ${native.map((x) => x.mb_per_s.toFixed(1)).join(', ')})`);
  console.log(`browser analyse+score:  ${w.toFixed(1)} MB/s (runs: ${web.map((x) => x.mb_per_s.toFixed(1)).join(', ')})`);
  console.log(`browser / native:       ${(w / n).toFixed(2)}× (scoreJobs, every breakdown as JS objects; bar ≥ 0.70) ${w / n >= 0.7 ? '✓' : '✗'}`);
  const rn = median(native.map((x) => x.rank_mb_per_s));
  const rw = median(web.map((x) => x.rank_mb_per_s));
  console.log(`native rank (JSON lines in, ranking out):  ${rn.toFixed(1)} MB/s (runs: ${native.map((x) => x.rank_mb_per_s.toFixed(1)).join(', ')})`);
  console.log(`browser rankListings:                      ${rw.toFixed(1)} MB/s (runs: ${web.map((x) => x.rank_mb_per_s.toFixed(1)).join(', ')})`);
  console.log(`browser / native, ranking:                 ${(rw / rn).toFixed(2)}× (bar ≥ 0.70) ${rw / rn >= 0.7 ? '✓' : '✗'}`);
  const rb = median(web.map((x) => x.rank_bytes_mb_per_s));
  console.log(`browser rankListings, UTF-8 bytes in:      ${rb.toFixed(1)} MB/s (runs: ${web.map((x) => x.rank_bytes_mb_per_s.toFixed(1)).join(', ')})`);
  console.log(`browser / native, ranking bytes:           ${(rb / rn).toFixed(2)}× (bar ≥ 0.70) ${rb / rn >= 0.7 ? '✓' : '✗'}`);
  console.log(`instantiate + analyzer build: ${s.toFixed(0)} ms median of 7 fresh loads (${startups.map((x) => x.toFixed(0)).join(', ')}) (bar < 150 ms) ${s < 150 ? '✓' : '✗'}`);
  const part = (key) => median(splits.map((x) => x[key])).toFixed(0);
  console.log(`  of which: load the JS glue ${part('import_ms')} ms, fetch + compile + instantiate the module ${part('instantiate_ms')} ms, build the analyzer ${part('analyzer_ms')} ms`);
  console.log(`native analyzer build: ${median(native.map((x) => x.analyzer_build_ms)).toFixed(1)} ms; same scores in both: ${same ? 'yes' : 'NO'}`);
} finally {
  await browser.close();
  server.close();
}
