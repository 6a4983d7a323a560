#!/bin/sh
# Tagger tuning on TRAIN data only: trains one model per GUM dev fold (files
# whose index % 10 is 3, 5 or 7; the held-out files, index % 10 == 0, are left
# out of training) and prints exact-span P/R/F1 per label summed over the
# folds, and the epoch each fold kept. Extra arguments go to the trainer.
#   scripts/tagger/dev_eval.sh BUILD_DIR [trainer flags...]
set -eu
build=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for k in 3 5 7; do
  "$build/src/tag/tearline_train_tool" --dev-offset "$k" --out "$tmp/m$k.tlm" "$@" >"$tmp/log$k" &
done
wait
cat "$tmp"/log* | awk '
  /^  [A-Z]+ +gold/ { l = $1; g[l] += $3; p[l] += $5; c[l] += $7 * $5 }
  END {
    for (l in g) {
      P = p[l] ? c[l] / p[l] : 0; R = g[l] ? c[l] / g[l] : 0; F = P + R ? 2 * P * R / (P + R) : 0
      printf "%-9s gold %5d pred %5d  P %.3f R %.3f F1 %.3f\n", l, g[l], p[l], P, R, F
    }
  }' | sort
for k in 3 5 7; do grep -h "^kept epoch" "$tmp/log$k" | tr '\n' ' '; done; echo
