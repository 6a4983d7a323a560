#!/usr/bin/env bash
# Measures tearline's speed on a >= 50 MB corpus built from ../shared/data and
# prints a Markdown table (pasted into BENCHMARKS.md). One thread; each figure
# is the median of 3 repetitions, on two corpora: all texts, and GUM prose.
# Usage: bash bench/run.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-64}"
bash scripts/setup.sh >/dev/null
run_corpus() {  # $1 = label, $2 = document bytes, $3... = make_corpus.py arguments
  local label="$1" doc_bytes="$2"; shift 2
  python3 bench/make_corpus.py --mb "$mb" --out "build/bench-corpus-$label.txt" "$@" >&2
  TEARLINE_BENCH_CORPUS="$PWD/build/bench-corpus-$label.txt" TEARLINE_BENCH_DOC_BYTES="$doc_bytes" ./build/bench/tearline_bench \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_format=json --benchmark_out="build/bench-$label.json" --benchmark_out_format=json >/dev/null
  BENCH_LABEL="$label" DOC_BYTES="$doc_bytes" python3 - <<'PY'
import json, os
label = os.environ["BENCH_LABEL"]
d = json.load(open(f"build/bench-{label}.json"))
rows = {}
for b in d["benchmarks"]:
    if b.get("aggregate_name") == "median":
        rows[b["run_name"].split("/")[0]] = b
size = os.path.getsize(f"build/bench-corpus-{label}.txt") / 1e6
print(f"\n### corpus `{label}`: build/bench-corpus-{label}.txt, {size:.1f} MB, documents of {os.environ['DOC_BYTES']} bytes\n")
print("| benchmark | MB/s (median of 3) | ratio to peer RE2 | counters |")
print("| --- | ---: | ---: | --- |")
peer = rows.get("BM_PeerRe2", {}).get("bytes_per_second", 0)
skip = {"name", "run_name", "run_type", "repetitions", "repetition_index", "threads", "iterations", "real_time",
        "cpu_time", "time_unit", "bytes_per_second", "aggregate_name", "aggregate_unit", "family_index",
        "per_family_instance_index"}
for name in ["BM_Patterns", "BM_PeerRe2", "BM_Tagger", "BM_ReleaseNoTagger", "BM_ReleaseTagger"]:
    if name not in rows:
        continue
    bps = rows[name]["bytes_per_second"]
    ratio = f"{bps / peer:.2f}x" if peer else "-"
    counters = ", ".join(f"{k}={v:.0f}" if float(v).is_integer() or v >= 100 else f"{k}={v:.2f}"
                        for k, v in rows[name].items()
                        if k not in skip and ":" not in k and isinstance(v, (int, float)))
    print(f"| {name} | {bps / 1e6:.1f} | {ratio} | {counters} |")
# Where a release's time goes (ms per MB of input; detectors over the detect
# stage and every leak-check scan, so they add up to part of detect + leak check).
for name in ["BM_ReleaseNoTagger", "BM_ReleaseTagger"]:
    if name not in rows:
        continue
    r = rows[name]
    total = 1e9 / r["bytes_per_second"]  # ms per MB of the whole release
    order = ["detect", "resolve", "transform", "leak_check"]
    other = total - sum(r.get(f"stage:{k}", 0) for k in order)  # reading, hashing
    stages = " + ".join(f"{k} {r.get(f'stage:{k}', 0):.1f}" for k in order) + f" + other {other:.1f}"
    dets = ", ".join(f"{k.split(':')[1]} {r[k]:.1f}" for k in sorted((k for k in r if k.startswith("detector:")),
                                                                    key=lambda k: -r[k]))
    print(f"\n{name}, ms per MB: release {total:.1f} = {stages}; by detector: {dets}")
PY
}
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "machine: $cpu, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); build: Release -O2; one thread"
# Documents are cut below each corpus's distinct text (1.38 MB and 0.51 MB), so
# that no document repeats its own sentences (the corpus repeats the data).
run_corpus all 1048576             # TAB + GUM + WNUT-17, concatenated
run_corpus prose 500000 --only gum   # GUM: edited English prose
