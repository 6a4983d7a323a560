#!/usr/bin/env bash
# PERSON detection quality and speed: tearline against the npm package compromise,
# on TAB dev and held-out GUM. Prints a Markdown table (for BENCHMARKS.md) on stdout.
#
# Usage: bench/quality/run_quality.sh [TEARLINE_BINARY]
#   TEARLINE_BINARY defaults to $TEARLINE or build/tearline beside this script's repo.
# Environment: DATA (default ../shared/data beside the repository), PASSES (default 3),
#   GUM_GOLD (default tearline_gum_gold in the binary's build tree),
#   COMPROMISE (npm version spec, default 14).
# Needs: node + npm (registry access for the one install), python3.
# compromise is installed into a fresh `mktemp -d` folder (no global install,
# nothing added to the repository); the texts are written there too, and the
# folder is removed on exit. Exit status non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${1:-${TEARLINE:-$repo/build/tearline}}"
data="${DATA:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data}"
passes="${PASSES:-3}"
version="${COMPROMISE:-14}"

[[ -x "$bin" ]] || { echo "run_quality.sh: no tearline binary at $bin" >&2; exit 1; }
# The GUM gold comes from the C++ corpus reader (src/tag/corpus.cc), built beside tearline.
gum_gold="${GUM_GOLD:-$(dirname "$bin")/src/tag/tearline_gum_gold}"
[[ -x "$gum_gold" ]] || { echo "run_quality.sh: no tearline_gum_gold at $gum_gold (set GUM_GOLD)" >&2; exit 1; }
command -v node >/dev/null || { echo "run_quality.sh: node not found" >&2; exit 1; }
command -v npm >/dev/null || { echo "run_quality.sh: npm not found" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing compromise@$version into $tmp" >&2
npm install --prefix "$tmp" --no-audit --no-fund --no-save --loglevel=error "compromise@$version" >&2
# ESM resolves packages from the script's folder: run a copy beside node_modules.
cp "$here/compromise_people.mjs" "$tmp/"
mkdir -p "$tmp/work"

PYTHONDONTWRITEBYTECODE=1 python3 "$here/quality.py" --tearline "$bin" --gum-gold-tool "$gum_gold" --node-script "$tmp/compromise_people.mjs" \
  --work "$tmp/work" --data "$data" --passes "$passes"
