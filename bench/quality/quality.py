"""PERSON quality and speed of tearline against compromise on TAB dev and held-out GUM.

Usage (run_quality.sh calls it; see there):
  python3 quality.py --tearline BIN --gum-gold-tool BIN --node-script DIR/compromise_people.mjs --work DIR
                     [--data ../shared/data] [--passes 3] [--min-confidence 0.5] [--repeat 20]

Writes every text as a UTF-8 file under --work (never into the repository), runs
both systems on the same files, scores them with the rule in score.py and prints a
Markdown table with notes on stdout; progress goes to stderr. Exits non-zero on
any failure (a system that fails, a file without output, a bad offset).

Speed: MB = 10^6 bytes of UTF-8 input.
  - compromise: the fastest of --passes passes over all texts of a corpus, timed
    inside node around nlp(text).people().json({offset: true}) only (node start-up,
    module loading and file reading excluded).
  - tearline: the fastest of --passes runs of one `tearline scan --json
    --min-confidence X FILES...` command over all texts of a corpus, wall time of
    the whole command, minus nothing: process start-up and model loading included.
    Because start-up dominates corpora this small, a note also gives tearline's
    MB/s on the same texts passed --repeat times in one command (same rule).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpora  # noqa: E402
import score  # noqa: E402


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load_corpora(data_dir, gum_gold_tool):
    tab = corpora.read_tab(os.path.join(data_dir, "tab", "tab_dev_subset.json"))
    files = sorted(glob.glob(os.path.join(data_dir, "gum", "*.conllu")))
    if not files or not tab:
        raise ValueError("corpus files missing under " + data_dir)
    held_out = [f for i, f in enumerate(files) if i % 10 == 0]  # never trained on (train.cc gum_holdout_every)
    r = subprocess.run([gum_gold_tool, *held_out], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"tearline_gum_gold failed (exit {r.returncode}): {r.stderr.strip()[:500]}")
    gum = corpora.read_gum_gold(r.stdout)
    if [d.name for d in gum] != held_out:
        raise RuntimeError("tearline_gum_gold did not print the held-out files in order")
    for d in gum:
        d.name = "gum_" + os.path.basename(d.name)[:-len(".conllu")]
    return [("TAB dev", tab), ("GUM held-out", gum)]


def write_texts(work, label, docs):
    d = os.path.join(work, label.replace(" ", "_"))
    os.makedirs(d, exist_ok=True)
    paths = []
    for doc in docs:
        p = os.path.join(d, doc.name + ".txt")
        with open(p, "wb") as f:
            f.write(doc.data)
        paths.append(p)
    return paths


def run_compromise(node_script, work, label, paths, docs, passes):
    lst = os.path.join(work, label.replace(" ", "_") + ".list")
    with open(lst, "w", encoding="utf-8") as f:
        f.write("".join(p + "\n" for p in paths))
    r = subprocess.run(["node", node_script, lst, str(passes)], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"compromise failed (exit {r.returncode}): {r.stderr.strip()[:500]}")
    out = json.loads(r.stdout)
    if [d["file"] for d in out["docs"]] != paths:
        raise RuntimeError("compromise output does not list the input files in order")
    preds, offset_mismatch = [], 0
    for doc, res in zip(docs, out["docs"]):
        text = doc.data.decode("utf-8")
        m = score.utf16_to_byte_offsets(text)
        spans = []
        for p in res["people"]:
            s, n = int(p["start"]), int(p["length"])
            if not (0 <= s and n >= 0 and s + n < len(m)):
                raise RuntimeError("compromise offset outside the text")
            b, e = m[s], m[s + n]
            spans.append((b, e))
            # Sanity check of the offsets: the span must spell the match's text
            # (compromise's text drops surrounding punctuation and may normalise
            # whitespace, so compare the alphanumeric characters only).
            got = "".join(ch for ch in doc.data[b:e].decode("utf-8") if ch.isalnum())
            want = "".join(ch for ch in p["text"] if ch.isalnum())
            offset_mismatch += got != want
        preds.append(spans)
    return preds, out["bytes"], out["seconds"], out["version"], offset_mismatch


def run_tearline(binary, paths, docs, passes, min_conf, extra):
    cmd = [binary, "scan", "--json", "--min-confidence", str(min_conf), *extra, *paths]
    best, first = float("inf"), None
    for _ in range(passes):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise RuntimeError(f"tearline scan failed (exit {r.returncode}): {r.stderr.strip()[:500]}")
        best = min(best, dt)
        if first is None:
            first = r.stdout
    by_file = {}
    for line in first.splitlines():
        if line.strip():
            o = json.loads(line)
            by_file[o["file"]] = [(f["begin"], f["end"]) for f in o["findings"] if f["kind"] == "PERSON"]
    missing = [p for p in paths if p not in by_file]
    if missing:
        raise RuntimeError(f"tearline printed no result for {len(missing)} file(s)")
    return [by_file[p] for p in paths], sum(len(d.data) for d in docs), best


def run_tearline_release(binary, work, paths, docs, min_conf):
    """PERSON spans a whole release hides (linking and propagation included):
    one `tearline release --report` per document, PERSON actions only."""
    policy = os.path.join(work, "quality-policy.toml")
    with open(policy, "w") as f:
        f.write('recipient = "quality"\n[actions]\nPERSON = "redact"\n'
                f"[thresholds]\ndefault = {min_conf}\n[verify]\nthreshold = {min_conf}\n")
    home = os.path.join(work, "release-home")
    out, blocked = [], 0
    for i, p in enumerate(paths):
        report = os.path.join(work, f"release-{i}.json")
        r = subprocess.run([binary, "release", p, "--policy", policy, "--home", home, "--report", report,
                            "-o", os.path.join(work, f"release-{i}.out")], capture_output=True, text=True)
        if r.returncode not in (0, 1) or not os.path.exists(report):
            raise RuntimeError(f"tearline release failed (exit {r.returncode}): {r.stderr.strip()[:500]}")
        blocked += r.returncode == 1
        with open(report) as f:
            rep = json.load(f)
        out.append([(a["begin"], a["end"]) for a in rep["actions"] if a["kind"] == "PERSON" and a["action"] != "keep"])
    return out, blocked


def startup_seconds(binary, work, passes, extra):
    empty = os.path.join(work, "tiny.txt")  # tearline refuses an empty input
    with open(empty, "wb") as f:
        f.write(b"x\n")
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        r = subprocess.run([binary, "scan", "--json", *extra, empty], capture_output=True)
        best = min(best, time.perf_counter() - t0)
        if r.returncode != 0:
            raise RuntimeError("tearline scan of an empty file failed")
    return best


def total(docs, preds):
    c = score.Counts()
    for doc, p in zip(docs, preds):
        c.add(score.score_doc(doc.data, doc.gold, p))
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tearline", required=True)
    ap.add_argument("--node-script", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data"))
    ap.add_argument("--gum-gold-tool", required=True, help="tearline_gum_gold (built in src/tag/)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--min-confidence", type=float, default=0.5)
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()

    rows, notes = [], []
    version = "?"
    for label, docs in load_corpora(a.data, a.gum_gold_tool):
        paths = write_texts(a.work, label, docs)
        nbytes = sum(len(d.data) for d in docs)
        ngold = sum(len(d.gold) for d in docs)
        log(f"{label}: {len(docs)} documents, {nbytes} bytes, {ngold} gold PERSON mentions")
        notes.append(f"{label}: {len(docs)} documents, {nbytes:,} bytes, {ngold} gold PERSON mentions.")

        preds, cbytes, csec, version, mismatch = run_compromise(a.node_script, a.work, label, paths, docs, a.passes)
        if cbytes != nbytes:
            raise RuntimeError("compromise read a different number of bytes")
        rows.append((f"compromise {version}", label, total(docs, preds), cbytes / csec / 1e6))
        notes.append(f"{label}: {mismatch} of {sum(map(len, preds))} compromise matches have offsets that do not "
                     "spell the match's text (letters and digits compared).")

        for name, extra in (("tearline", []), ("tearline --no-tagger", ["--no-tagger"])):
            tpreds, tbytes, tsec = run_tearline(a.tearline, paths, docs, a.passes, a.min_confidence, extra)
            rows.append((name, label, total(docs, tpreds), tbytes / tsec / 1e6))
        rpreds, rblocked = run_tearline_release(a.tearline, a.work, paths, docs, a.min_confidence)
        rows.append(("tearline release (PERSON actions)", label, total(docs, rpreds), None))
        notes.append(f"{label}: `tearline release` PERSON actions (mention linking and propagation included), "
                     f"one command per document; {rblocked} of {len(docs)} releases blocked by the leak check.")
        # Start-up dominates a small corpus: the same texts, REPEAT times in one command.
        _, rbytes, rsec = run_tearline(a.tearline, paths * a.repeat, docs * a.repeat, a.passes, a.min_confidence, [])
        notes.append(f"{label}: tearline on the same texts given {a.repeat} times in one command "
                     f"({rbytes:,} bytes): {rbytes / rsec / 1e6:.2f} MB/s, wall time, start-up included.")
        log(f"{label}: done")

    s_tag = startup_seconds(a.tearline, a.work, a.passes, [])
    s_pat = startup_seconds(a.tearline, a.work, a.passes, ["--no-tagger"])

    print("| system | corpus | PERSON recall | precision | F1 | recall (overlap) | gold | predicted | MB/s |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, label, c, mbs in rows:
        print(f"| {name} | {label} | {c.recall():.3f} | {c.precision():.3f} | {c.f1():.3f} | "
              f"{c.recall_overlap():.3f} | {c.gold} | {c.pred} | {'-' if mbs is None else f'{mbs:.2f}'} |")
    print()
    print("Notes:")
    for n in notes:
        print(f"- {n}")
    print(f"- tearline: `scan --json --min-confidence {a.min_confidence}`, PERSON findings only; MB/s = input bytes / "
          f"wall time of the whole command (best of {a.passes}), minus nothing: start-up and model loading "
          f"included (a 2-byte file takes {s_tag * 1000:.0f} ms, {s_pat * 1000:.0f} ms with --no-tagger).")
    print(f"- compromise {version}: `nlp(text).people().json({{offset: true}})`; MB/s timed inside node over all texts "
          f"(best of {a.passes} passes), node start-up and module loading excluded. Offsets are UTF-16 code "
          "units, converted to bytes.")
    print("- Recall: a gold mention is found when predicted PERSON spans cover all its word characters "
          "(leading honorifics such as Mr/Ms/Dr excepted). Precision: a predicted span is correct when it "
          "overlaps a gold PERSON mention. Recall (overlap): any overlap suffices (reference only).")
    print("- Gold: TAB = lowest-numbered annotator's PERSON mentions (all identifier types); GUM = every 10th "
          "file (i % 10 == 0, never trained on), the PERSON spans tearline_gum_gold prints: the gold of training "
          "and of the tagger's held-out score (src/tag/corpus.cc; of overlapping spans the longer wins).")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (OSError, ValueError, RuntimeError, KeyError, json.JSONDecodeError) as e:
        print(f"quality.py: error: {e}", file=sys.stderr)
        sys.exit(1)
