#!/usr/bin/env python3
"""Builds the benchmark corpus: the prose of ../shared/data (TAB texts, GUM
sentences, WNUT-17 tweets) concatenated, repeated until it reaches --mb MB.
The corpus is written outside the repository's tracked files (build/ by default)."""
import argparse
import glob
import json
import os

def texts(data, only=None):
    for path in sorted(glob.glob(os.path.join(data, "tab", "*.json"))) if only in (None, "tab") else []:
        with open(path, encoding="utf-8") as f:
            for doc in json.load(f):
                yield doc["text"]
    for path in sorted(glob.glob(os.path.join(data, "gum", "*.conllu"))) if only in (None, "gum") else []:
        para = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    para.append(line[len("# text = "):].rstrip("\n"))
                elif line.startswith("# newdoc"):
                    if para:
                        yield " ".join(para)
                    para = []
        if para:
            yield " ".join(para)
    for path in sorted(glob.glob(os.path.join(data, "wnut17", "*.conll"))) if only in (None, "wnut17") else []:
        words = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    if words:
                        yield " ".join(words)
                    words = []
                else:
                    words.append(line.split("\t")[0])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    ap.add_argument("--mb", type=float, default=64)
    ap.add_argument("--only", choices=["tab", "gum", "wnut17"], help="one corpus only (gum = edited prose)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "build", "bench-corpus.txt"))
    a = ap.parse_args()
    base = "\n\n".join(texts(a.data, a.only)).encode("utf-8")
    target = int(a.mb * 1e6)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "wb") as f:
        written = 0
        while written < target:
            f.write(base)
            f.write(b"\n\n")
            written += len(base) + 2
    print(f"{a.out}: {written / 1e6:.1f} MB ({len(base) / 1e6:.2f} MB of distinct text)")

if __name__ == "__main__":
    main()
