"""PERSON quality of whole releases on GUM dev folds and the held-out files.

Usage (dev_folds.sh calls it; see there):
  python3 dev_folds.py --tearline BIN --gum-gold-tool BIN --work DIR --fold K [--model M.tlm]
                       [--data ../shared/data] [--min-confidence 0.5] [--errors] [--by-detector]

Scores what `tearline release` acts on as PERSON (linking and propagation
included, one command per document) on the GUM files whose index % 10 == K,
with the rule of score.py (coverage recall, overlap precision), and prints one
line: fold, gold mentions, found, predicted spans, correct, R, P, F1. --errors
also prints every missed gold mention and every wrong span with its context;
--by-detector the PERSON spans acted on per detector and subkind, and how many
touch no gold name.
Texts, policies and outputs are written under --work only. Exits non-zero on
any failure.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tearline", required=True)
    ap.add_argument("--gum-gold-tool", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--fold", type=int, required=True)
    ap.add_argument("--model")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                                   "shared", "data"))
    ap.add_argument("--min-confidence", type=float, default=0.5)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--by-detector", action="store_true",
                    help="also print, per detector and subkind, the PERSON spans acted on and how many touch no gold name")
    a = ap.parse_args()

    files = sorted(glob.glob(os.path.join(a.data, "gum", "*.conllu")))
    chosen = [f for i, f in enumerate(files) if i % 10 == a.fold]
    if not chosen:
        raise SystemExit(f"no GUM file with index % 10 == {a.fold} under {a.data}")
    r = subprocess.run([a.gum_gold_tool, *chosen], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"tearline_gum_gold failed: {r.stderr.strip()[:300]}")
    docs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    os.makedirs(a.work, exist_ok=True)
    policy = os.path.join(a.work, "person.toml")
    with open(policy, "w") as f:
        f.write('recipient = "dev-folds"\n[actions]\nPERSON = "redact"\n'
                f"[thresholds]\ndefault = {a.min_confidence}\n[verify]\nthreshold = {a.min_confidence}\n")
    total = score.Counts()
    errors = []
    by_detector = {}  # "detector/subkind" -> [spans acted on, spans touching no gold PERSON]
    for i, d in enumerate(docs):
        data = d["text"].encode("utf-8")
        path = os.path.join(a.work, f"doc{i}.txt")
        with open(path, "wb") as f:
            f.write(data)
        report = os.path.join(a.work, f"doc{i}.report.json")
        cmd = [a.tearline, "release", path, "--policy", policy, "--home", os.path.join(a.work, "home"),
               "--report", report, "-o", os.path.join(a.work, f"doc{i}.out")]
        if a.model:
            cmd += ["--model", a.model]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode not in (0, 1) or not os.path.exists(report):
            raise SystemExit(f"tearline release failed (exit {r.returncode}): {r.stderr.strip()[:300]}")
        with open(report) as f:
            rep = json.load(f)
        pred = [(x["begin"], x["end"]) for x in rep["actions"] if x["kind"] == "PERSON" and x["action"] != "keep"]
        gold = [(s["begin"], s["end"]) for s in d["spans"] if s["label"] == "PERSON"]
        total.add(score.score_doc(data, gold, pred))
        if a.by_detector:
            for x in rep["actions"]:
                if x["kind"] != "PERSON" or x["action"] == "keep":
                    continue
                key = x["detector"] + ("/" + x["subkind"] if x["subkind"] else "")
                row = by_detector.setdefault(key, [0, 0])
                row[0] += 1
                row[1] += not any(x["begin"] < e and b < x["end"] for b, e in gold)
        if a.errors:
            name = os.path.basename(d["file"])
            context = lambda b, e: data[max(0, b - 40):e + 30].decode("utf-8", "replace").replace("\n", " ")
            for b, e in gold:
                need = score.required_bytes(data, b, e)
                if need and not all(any(pb <= k < pe for pb, pe in pred) for x, y in need for k in range(x, y)):
                    errors.append(f"missed {name}: {data[b:e].decode('utf-8', 'replace')!r} | {context(b, e)}")
            for x in rep["actions"]:
                if x["kind"] != "PERSON" or x["action"] == "keep":
                    continue
                pb, pe = x["begin"], x["end"]
                if not any(pb < e and b < pe for b, e in gold):
                    errors.append(f"wrong  {name} ({x['detector']}): {data[pb:pe].decode('utf-8', 'replace')!r} | "
                                  f"{context(pb, pe)}")
    print(f"fold {a.fold}: gold {total.gold} found {total.found} predicted {total.pred} correct {total.correct} "
          f"R {total.recall():.3f} P {total.precision():.3f} F1 {total.f1():.3f}")
    for line in errors:
        print("  " + line)
    for key, (acted, wrong) in sorted(by_detector.items(), key=lambda kv: -kv[1][1]):
        print(f"  detector {key}: acted {acted} wrong {wrong}")


if __name__ == "__main__":
    main()
