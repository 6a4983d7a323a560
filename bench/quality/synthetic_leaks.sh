#!/usr/bin/env bash
# Releases every synthetic text of bench/quality/synthetic under partner.toml and counts the
# names left in the clear (a name of four characters or fewer as a whole word), the places withheld,
# and the texts the leak check blocked; "cut" counts
# the words of listed names left beside a placeholder (bench/quality/cut_names.py).
#   bash bench/quality/synthetic_leaks.sh [TEARLINE_BINARY [DIR]]
# (default: build/tearline over bench/quality/synthetic; DIR holds NAME.txt, .names, .places and partner.toml)
# Environment: TEARLINE_MODEL, a tagger model to release with instead of the shipped one.
set -euo pipefail
bin="$(realpath "${1:-$(dirname "$0")/../../build/tearline}")"
dir="$(realpath "${2:-$(dirname "$0")/synthetic}")"
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
model=()
[ -n "${TEARLINE_MODEL:-}" ] && model=(--model "$(realpath "$TEARLINE_MODEL")")
trap 'rm -rf "$work"' EXIT
names_total=0 leaked_total=0 cut_total=0 places_total=0 lost_total=0 blocked=0 texts=0
printf '| text | names | left in the clear | cut | places | withheld | released |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n'
for txt in "$dir"/*.txt; do
  base="${txt%.txt}"; name="$(basename "$base")"
  texts=$((texts + 1))
  out="$work/$name.out"
  if "$bin" release "$txt" "${model[@]}" --policy "$dir/partner.toml" -o "$out" --home "$work/home" >/dev/null 2>&1; then
    released=yes
  else
    released=blocked; blocked=$((blocked + 1))
  fi
  n=0 leaked=0 cut=0 cut_list="" p=0 lost=0 leaked_list=""
  # Names are looked for with each placeholder taken out: "AC" or "ED" is
  # no leak inside "[REDACTED]".
  bare="$work/$name.bare"
  [ "$released" = yes ] && sed 's/\[REDACTED\]/\n/g' "$out" > "$bare"
  while IFS= read -r s || [ -n "$s" ]; do
    [ -z "$s" ] && continue
    n=$((n + 1))
    # A name of four characters or fewer ("RM", "N.A.") is looked for as a
    # whole word: "RM" inside "INFORMATION" is no leak.
    whole=(); [ "${#s}" -le 4 ] && whole=(-w)
    if [ "$released" = yes ] && grep -qF "${whole[@]}" -- "$s" "$bare"; then leaked=$((leaked + 1)); leaked_list="$leaked_list \"$s\""; fi
  done < "$base.names"
  if [ "$released" = yes ]; then
    cut_report="$(python3 bench/quality/cut_names.py "$out" "$base.names" "$base.places")"
    cut="$(head -1 <<<"$cut_report")"
    cut_list="$(tail -n +2 <<<"$cut_report" | cut -f1 | sed 's/.*/"&"/' | tr '\n' ' ')"
  fi
  while IFS= read -r s || [ -n "$s" ]; do
    [ -z "$s" ] && continue
    p=$((p + 1))
    if [ "$released" = yes ] && ! grep -qF -- "$s" "$out"; then lost=$((lost + 1)); fi
  done < "$base.places"
  names_total=$((names_total + n)); leaked_total=$((leaked_total + leaked)); cut_total=$((cut_total + cut))
  places_total=$((places_total + p)); lost_total=$((lost_total + lost))
  cut_list="${cut_list% }"
  printf '| %s | %d | %d%s | %d%s | %d | %d | %s |\n' "$name" "$n" "$leaked" "${leaked_list:+ (${leaked_list# })}" "$cut" "${cut_list:+ ($cut_list)}" "$p" "$lost" "$released"
done
printf '| **all %d texts** | %d | **%d** | %d | %d | **%d** | %d blocked |\n' "$texts" "$names_total" "$leaked_total" "$cut_total" "$places_total" "$lost_total" "$blocked"
