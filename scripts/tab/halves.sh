#!/bin/sh
# A held-out estimate of the TAB figures on TAB train: the 92 training
# judgments are cut into two halves by position (even / odd), a tagger is
# trained on GUM, WNUT-17 and one half, and `tearline eval` scores the other
# half with it; the two halves' counts are summed. Rules and lexicons are
# chosen on these figures; TAB dev is only reported.
#   scripts/tab/halves.sh BUILD_DIR [POLICY] [LEXICON_DIR]
# TRAIN_FLAGS (environment) adds flags to `tearline train` ("--learner crf").
set -eu
build=$1
policy=${2:-examples/policies/tab.toml}
lexicons=${3:-data/lexicons}
data=../shared/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$data/tab/tab_train_subset.json" "$tmp" <<'PY'
import json, os, sys
docs = json.load(open(sys.argv[1]))
for name, parity in (("even", 0), ("odd", 1)):
    os.makedirs(f"{sys.argv[2]}/train_{name}/tab")
    json.dump([d for i, d in enumerate(docs) if i % 2 == parity],
              open(f"{sys.argv[2]}/train_{name}/tab/tab_train_subset.json", "w"))
PY
for name in even odd; do
  ln -s "$(cd "$data" && pwd)/gum" "$tmp/train_$name/gum"
  ln -s "$(cd "$data" && pwd)/wnut17" "$tmp/train_$name/wnut17"
  "$build/tearline" train --data "$tmp/train_$name" --lexicons "$lexicons" -o "$tmp/model_$name.tlm" ${TRAIN_FLAGS:-} >"$tmp/train_$name.log" 2>&1 &
done
wait
for name in even odd; do [ -s "$tmp/model_$name.tlm" ] || { cat "$tmp/train_$name.log"; exit 1; }; done
# The model trained on the even half scores the odd half, and the other way round.
"$build/tearline" eval "$tmp/train_odd/tab/tab_train_subset.json" --policy "$policy" --model "$tmp/model_even.tlm" \
  --lexicons "$lexicons" --json >"$tmp/score_odd.json" 2>>"$tmp/eval.log" || { cat "$tmp/eval.log"; exit 1; }
"$build/tearline" eval "$tmp/train_even/tab/tab_train_subset.json" --policy "$policy" --model "$tmp/model_odd.tlm" \
  --lexicons "$lexicons" --json >"$tmp/score_even.json" 2>>"$tmp/eval.log" || { cat "$tmp/eval.log"; exit 1; }
python3 - "$tmp/score_odd.json" "$tmp/score_even.json" <<'PY'
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
def line(name, num, den):
    n, d = a[num] + b[num], a[den] + b[den]
    print(f"{name:16s} {n / d if d else 0:.4f}  ({n}/{d})   odd half {a[num]}/{a[den]}, even half {b[num]}/{b[den]}")
line("ER_di", "di_protected", "di_entities")
line("ER_qi", "qi_protected", "qi_entities")
line("token recall", "masked_tokens_in_gold", "gold_tokens")
line("token precision", "masked_tokens_in_gold", "masked_tokens")
for t in sorted(set(a["per_type"]) | set(b["per_type"])):
    pa, pb = a["per_type"].get(t, {}), b["per_type"].get(t, {})
    n = pa.get("entities_protected", 0) + pb.get("entities_protected", 0)
    d = pa.get("entities", 0) + pb.get("entities", 0)
    print(f"  {t:10s} entities {n}/{d} = {n / d if d else 0:.4f}")
PY
