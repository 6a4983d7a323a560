#!/usr/bin/env bash
# PERSON F1 of whole releases on GUM dev folds 3, 5 and 7 (each tagged by a
# model trained without it, as scripts/tagger/dev_eval.sh trains them) and on
# the held-out files (the shipped model). Rules around the tagger (detectors,
# linking) are tuned on the folds; the held-out line is reported.
#   bash bench/quality/dev_folds.sh [BUILD_DIR] [--errors]
# Environment: DATA (default ../shared/data beside the repository).
# Trains three fold models (about a minute on two cores) into a temporary
# folder, removed on exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${1:-$repo/build}"
extra="${2:-}"
data="${DATA:-$repo/../shared/data}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for k in 3 5 7; do
  "$build/src/tag/tearline_train_tool" --data "$data" --dev-offset "$k" --out "$tmp/m$k.tlm" >"$tmp/log$k" 2>&1 &
done
wait
for k in 3 5 7; do [[ -s "$tmp/m$k.tlm" ]] || { cat "$tmp/log$k"; exit 1; }; done
run() {  # $1 = fold, $2... = model flags
  local k="$1"; shift
  PYTHONDONTWRITEBYTECODE=1 python3 "$here/dev_folds.py" --tearline "$build/tearline" \
    --gum-gold-tool "$build/src/tag/tearline_gum_gold" --data "$data" --work "$tmp/work$k" --fold "$k" "$@" $extra
}
for k in 3 5 7; do run "$k" --model "$tmp/m$k.tlm"; done
run 0
