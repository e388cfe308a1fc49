"""Analysis benchmark: Kairos (Rust) against the Python peers flashtext,
flashtext2 and pyahocorasick, on the same corpus and dictionary, in one run.

Each round runs the Rust side (full analysis and bare automaton, timed inside
the process, after its own warm-up) and then each peer's extraction over the
whole corpus; a first round warms everything up and is discarded. Figures are
medians over the rounds. Run it through scripts/bench-analysis.
"""
import json, statistics, subprocess, sys, time

import ahocorasick
import flashtext
import flashtext2

corpus_path, dictionary_path, rust_bin, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
jds = [json.loads(line) for line in open(corpus_path, encoding="utf-8")]
texts = [jd["title"] + "\n" + jd["text"] for jd in jds]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
spellings = json.load(open(dictionary_path, encoding="utf-8"))

ft = flashtext.KeywordProcessor(case_sensitive=False)
ft2 = flashtext2.KeywordProcessor(case_sensitive=False)
ac = ahocorasick.Automaton()
for spelling, canonical in spellings:
    ft.add_keyword(spelling, canonical)
    ft2.add_keyword(spelling, canonical)
    ac.add_word(spelling, canonical)
ac.make_automaton()


def run_flashtext():
    return sum(len(ft.extract_keywords(t)) for t in texts)


def run_flashtext2():
    return sum(len(ft2.extract_keywords(t)) for t in texts)


def run_pyahocorasick():
    # Case-insensitive like the others: lower-case, then longest non-overlapping matches.
    return sum(sum(1 for _ in ac.iter_long(t.lower())) for t in texts)


peers = {"flashtext": run_flashtext, "flashtext2": run_flashtext2, "pyahocorasick": run_pyahocorasick}
times = {name: [] for name in ["kairos_full", "kairos_bare", *peers]}
build_ms = []
extra = {"score_10k_s": [], "analyze_10k_s": [], "pipeline_1k_typical_s": [], "profile_build_us": []}
for r in range(rounds + 1):
    out = subprocess.run([rust_bin, "--corpus", corpus_path, "--rounds", "1"], check=True, capture_output=True, text=True).stdout
    rust = json.loads(out)
    for name, fn in peers.items():
        t = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t
        if r > 0:
            times[name].append(elapsed)
    if r > 0:
        for k in extra:
            extra[k].append(rust[k])
        times["kairos_full"].append(rust["full_s"])
        times["kairos_bare"].append(rust["bare_s"])
        build_ms.append(rust["build_ms"])

med = {k: statistics.median(v) for k, v in times.items()}
mbps = {k: mb / v for k, v in med.items()}
print(f"corpus {mb:.1f} MB, {len(texts)} JDs, {len(spellings)} spellings; median of {rounds} rounds after a warm-up")
for k in times:
    print(f"  {k:16} {mbps[k]:9.1f} MB/s   ({med[k]*1000:8.1f} ms)")
full = med["kairos_full"]
ratios = {
    "full analysis vs bare automaton (time, bar <= 2.0)": full / med["kairos_bare"],
    "full analysis vs pyahocorasick (speed, bar >= 2.0)": med["pyahocorasick"] / full,
    "full analysis vs flashtext (speed, bar >= 8.0)": med["flashtext"] / full,
    "full analysis vs flashtext2 (speed)": med["flashtext2"] / full,
}
for k, v in ratios.items():
    print(f"  {k:52} {v:6.2f}x")
print(f"  analyzer build (taxonomy + automata), median       {statistics.median(build_ms):6.1f} ms (bar < 50)")
print(f"  full analysis throughput (bar >= 100 MB/s)          {mbps['kairos_full']:6.1f} MB/s")

score_10k = statistics.median(extra["score_10k_s"])
analyze_10k = statistics.median(extra["analyze_10k_s"])
pipeline = statistics.median(extra["pipeline_1k_typical_s"])
print("scoring and profiles (same run):")
print(f"  score 10,000 pre-analysed jobs against one profile   {score_10k*1000:8.1f} ms ({score_10k/10000*1e6:.1f} us a job)")
print(f"  scoring cost / analysis cost per job (bar < 5%)      {100*score_10k/analyze_10k:8.1f} %")
print(f"  analyse and score 1,000 typical JDs (bar < 100 ms)   {pipeline*1000:8.1f} ms")
print(f"  build a profile from a two-page resume               {statistics.median(extra['profile_build_us'])/1000:8.2f} ms")
