#!/usr/bin/env bash
# Rebuilds data/lexicons/common_words.txt: lower-case English words, the
# entries of Debian's wamerican word list (SCOWL; see NOTICE) written in lower
# case, plus the GUM word forms seen in lower case at least twice. Only words
# of three or more ASCII letters. Needs `apt-get install wamerican`.
# Usage: scripts/lexicons/common_words.sh [DATA_DIR]   (default ../shared/data beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$root/../shared/data}"
dict=/usr/share/dict/american-english
[ -r "$dict" ] || { echo "common_words.sh: $dict missing (apt-get install wamerican)" >&2; exit 1; }
out="$root/data/lexicons/common_words.txt"
{
  echo "# Lower-case English words (see scripts/lexicons/common_words.sh and NOTICE)."
  { grep -E '^[a-z]{3,}$' "$dict"
    awk -F'\t' 'NF==10 && $1 ~ /^[0-9]+$/ { print $2 }' "$data"/gum/*.conllu |
      grep -E '^[a-z]{3,}$' | sort | uniq -c | awk '$1 >= 2 { print $2 }'
  } | LC_ALL=C sort -u
} > "$out"
wc -l "$out"
