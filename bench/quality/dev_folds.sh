#!/usr/bin/env bash
# PERSON F1 of whole releases on GUM dev folds 3, 5 and 7 (each tagged by a
# model trained without it, as scripts/tagger/dev_eval.sh trains them) and on
# the held-out files (the shipped model). Rules around the tagger (detectors,
# linking) are tuned on the folds; the held-out line is reported.
#   bash bench/quality/dev_folds.sh [BUILD_DIR] [--errors]
# Environment: DATA (default ../shared/data beside the repository), FOLDS
# (default "3 5 7"; "1 2 3 4 5 6 7 8 9" scores every non-held-out file),
# TRAIN_FLAGS (more tearline_train_tool flags for the fold models), MODELS
# (a folder to keep the fold models in: a fold whose model m<k>.tlm is there
# is not trained again, so rules can be re-scored in minutes).
# Trains one model per fold (three take about half a minute on two cores)
# into a temporary folder, removed on exit; prints one line per fold, then the
# folds summed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${1:-$repo/build}"
extra="${2:-}"
data="${DATA:-$repo/../shared/data}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
folds="${FOLDS:-3 5 7}"
models="${MODELS:-$tmp}"
mkdir -p "$models"
running=0
for k in $folds; do
  [[ -s "$models/m$k.tlm" ]] && continue
  "$build/src/tag/tearline_train_tool" --data "$data" --dev-offset "$k" ${TRAIN_FLAGS:-} --out "$models/m$k.tlm" >"$tmp/log$k" 2>&1 &
  running=$((running + 1))
  if (( running >= 3 )); then wait; running=0; fi
done
wait
for k in $folds; do [[ -s "$models/m$k.tlm" ]] || { cat "$tmp/log$k"; exit 1; }; done
run() {  # $1 = fold, $2... = model flags
  local k="$1"; shift
  PYTHONDONTWRITEBYTECODE=1 python3 "$here/dev_folds.py" --tearline "$build/tearline" \
    --gum-gold-tool "$build/src/tag/tearline_gum_gold" --data "$data" --work "$tmp/work$k" --fold "$k" "$@" $extra
}
for k in $folds; do run "$k" --model "$models/m$k.tlm"; done | tee "$tmp/folds.txt"
awk '/^fold/ { g += $4; f += $6; p += $8; c += $10 }
     END { R = g ? f / g : 0; P = p ? c / p : 0; F = R + P ? 2 * P * R / (P + R) : 0
           printf "folds summed: gold %d found %d predicted %d correct %d R %.3f P %.3f F1 %.3f\n", g, f, p, c, R, P, F }' \
  "$tmp/folds.txt"
run 0
