"""Python package benchmark, one run on one corpus and dictionary:
analyze_jobs through Python (on one thread, and on every core, its
default), the same analysis natively in Rust on one thread
(bench_analysis, timed inside its process: as a batch kept in a Vec, like
the list analyze_jobs returns, and with each report dropped as made), and
a pure-Python analyzer built on flashtext doing extraction only; plus the
per-call overhead of score() on one job. Interleaved rounds, medians after a warm-up.
Run it through scripts/bench-python.
"""
import os
import json
import statistics
import subprocess
import sys
import time

import flashtext

import kairos_core as k

corpus_path, dictionary_path, rust_bin, resume_path, rounds = sys.argv[1:6]
rounds = int(rounds)
jds = [json.loads(line) for line in open(corpus_path, encoding="utf-8")]
pairs = [(jd["title"], jd["text"]) for jd in jds]
texts = [jd["title"] + "\n" + jd["text"] for jd in jds]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
spellings = json.load(open(dictionary_path, encoding="utf-8"))
ft = flashtext.KeywordProcessor(case_sensitive=False)
for spelling, canonical in spellings:
    ft.add_keyword(spelling, canonical)

cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
one_thread, all_cores = "python analyze_jobs, 1 thread", f"python analyze_jobs, {cores} cores (default)"
flash_name = "flashtext (pure Python, extraction only)"
native_batch, native_each = "rust native, 1 thread (a batch, as analyze_jobs)", "rust native, 1 thread (each report dropped)"
times = {one_thread: [], all_cores: [], native_batch: [], native_each: [], flash_name: []}
for r in range(rounds + 1):
    rust = json.loads(subprocess.run([rust_bin, "--corpus", corpus_path, "--rounds", "1"], check=True, capture_output=True, text=True).stdout)
    t = time.perf_counter()
    reports = k.analyze_jobs(pairs, threads=1)
    py = time.perf_counter() - t
    t = time.perf_counter()
    k.analyze_jobs(pairs)
    par = time.perf_counter() - t
    t = time.perf_counter()
    found = sum(len(ft.extract_keywords(x)) for x in texts)
    flash = time.perf_counter() - t
    if r > 0:
        times[one_thread].append(py)
        times[all_cores].append(par)
        times[native_batch].append(rust["batch_s"])
        times[native_each].append(rust["full_s"])
        times[flash_name].append(flash)

med = {name: statistics.median(v) for name, v in times.items()}
print(f"corpus {mb:.1f} MB, {len(texts)} JDs, {len(spellings)} spellings; median of {rounds} rounds after a warm-up")
for name, v in med.items():
    print(f"  {name:52} {mb / v:8.1f} MB/s ({v * 1000:8.1f} ms)")
# Like for like: the Python call returns every report in a list and frees
# the previous round's list when it is replaced; so does the native batch.
native_ratio = med[one_thread] / med[native_batch]
each_ratio = med[one_thread] / med[native_each]
flash_one = med[flash_name] / med[one_thread]
flash_all = med[flash_name] / med[all_cores]
print(f"  python batch time / native batch time, both 1 thread (bar <= 1.25)   {native_ratio:6.2f}x {'✓' if native_ratio <= 1.25 else '✗'}")
print(f"  python batch time / native time with each report dropped as made        {each_ratio:6.2f}x")
print(f"  python batch speed / flashtext, 1 thread each (bar >= 10)      {flash_one:6.2f}x {'✓' if flash_one >= 10 else '✗'}")
print(f"  python batch speed on {cores} cores / flashtext (bar >= 10)         {flash_all:6.2f}x {'✓' if flash_all >= 10 else '✗'}")

resume = k.import_resume(open(resume_path, encoding="utf-8").read(), created_at="2026-11-25T09:00:00Z")
profile = k.build_profile(resume, today="2026-11-25", work_rights={"citizenships": ["AU"]})
report = k.analyze_job(jds[0]["text"], title=jds[0]["title"])


def per_call(profile_arg):
    """Median seconds of one score() call with `profile_arg`, after a warm-up."""
    for _ in range(200):
        k.score(report, profile_arg)
    samples = []
    for _ in range(7):
        n = 2000
        t = time.perf_counter()
        for _ in range(n):
            k.score(report, profile_arg)
        samples.append((time.perf_counter() - t) / n)
    return statistics.median(samples)


# A Profile keeps its prepared index between calls; its dict is read and
# prepared on every call.
one, from_dict = per_call(profile), per_call(profile.to_dict())
many = []
reports = k.analyze_jobs(pairs[:2000])
for _ in range(5):
    t = time.perf_counter()
    k.score_many(reports, profile)
    many.append((time.perf_counter() - t) / len(reports))
batch = statistics.median(many)
print(f"  score() on one job: {one * 1e6:.1f} us a call; score_many: {batch * 1e6:.1f} us a job; per-call overhead ~{(one - batch) * 1e6:.1f} us")
print(f"  score() given the profile as a dict (read and prepared each call): {from_dict * 1e6:.1f} us a call")

# A small batch costs what its analyses cost: the call's own overhead,
# against analyze_job on the same listings one call at a time.
small = pairs[:8]


def small_batch():
    k.analyze_jobs(small)


def one_by_one():
    for title, text in small:
        k.analyze_job(text, title=title)


rounds_small = {"analyze_jobs (8 listings)": [], "analyze_job x 8": []}
for _ in range(7):
    for name, call in (("analyze_jobs (8 listings)", small_batch), ("analyze_job x 8", one_by_one)):
        t = time.perf_counter()
        for _ in range(200):
            call()
        rounds_small[name].append((time.perf_counter() - t) / 200)
batch8, single8 = (statistics.median(v) for v in rounds_small.values())
print(f"  analyze_jobs on 8 listings: {batch8 * 1e6:.1f} us a call, {batch8 / single8:.2f}x analyze_job on each in turn")

