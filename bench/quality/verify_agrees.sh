#!/usr/bin/env bash
# Releases every text of DIR under DIR/partner.toml and runs `tearline verify`
# on each released output with the same policy: a release whose own leak check
# passed should pass verify too (verify does not know the lengths the
# placeholders replaced, nor the release's input). Prints the texts where the
# two disagree, then one line: released, verified, blocked by verify.
#   bash bench/quality/verify_agrees.sh [TEARLINE_BINARY [DIR]]
# (default: build/tearline over bench/quality/synthetic)
set -euo pipefail
bin="$(realpath "${1:-$(dirname "$0")/../../build/tearline}")"
dir="$(realpath "${2:-$(dirname "$0")/synthetic}")"
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
released=0 disagree=0
for txt in "$dir"/*.txt; do
  name="$(basename "$txt")"
  "$bin" release "$txt" --policy "$dir/partner.toml" -o "$work/$name" --home "$work/home" >/dev/null 2>&1 || continue
  released=$((released + 1))
  if ! "$bin" verify "$work/$name" --policy "$dir/partner.toml" >"$work/$name.verify" 2>&1; then
    disagree=$((disagree + 1))
    printf '%s: %s\n' "$name" "$(grep -m1 'leak check' "$work/$name.verify" | sed 's/^tearline: //')"
  fi
done
printf 'released %d, verified %d, blocked by verify %d\n' "$released" "$((released - disagree))" "$disagree"
