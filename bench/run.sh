#!/usr/bin/env bash
# Measures tearline's speed on a >= 50 MB corpus built from ../shared/data and
# prints a Markdown table (pasted into BENCHMARKS.md). One thread; each figure
# is the median of 3 repetitions. Usage: bash bench/run.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-64}"
bash scripts/setup.sh >/dev/null
python3 bench/make_corpus.py --mb "$mb" --out build/bench-corpus.txt
export TEARLINE_BENCH_CORPUS="$PWD/build/bench-corpus.txt"
./build/bench/tearline_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_format=json --benchmark_out=build/bench.json --benchmark_out_format=json >/dev/null
python3 - <<'PY'
import json, platform, subprocess
d = json.load(open("build/bench.json"))
rows = {}
for b in d["benchmarks"]:
    if b.get("aggregate_name") == "median":
        rows[b["run_name"]] = b
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"machine: {cpu}, {d['context']['num_cpus']} cores; {platform.platform()}; build: Release -O2")
print(f"corpus: build/bench-corpus.txt, {__import__('os').path.getsize('build/bench-corpus.txt')/1e6:.1f} MB\n")
print("| benchmark | MB/s (median of 3) | ratio to peer RE2 |")
print("| --- | ---: | ---: |")
peer = rows.get("BM_PeerRe2", {}).get("bytes_per_second", 0)
for name in ["BM_Patterns", "BM_PeerRe2", "BM_Tagger", "BM_ReleaseNoTagger", "BM_ReleaseTagger"]:
    if name not in rows:
        continue
    bps = rows[name]["bytes_per_second"]
    ratio = f"{bps / peer:.2f}x" if peer else "-"
    print(f"| {name} | {bps / 1e6:.1f} | {ratio} |")
PY
