#!/usr/bin/env bash
# Sets up, builds, and releases the bundled synthetic threat report to the two
# example recipients. State (keys) goes to a fresh demo home under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
export TEARLINE_HOME="$PWD/out/demo-home"
[ -f "$TEARLINE_HOME/keys/allied-service.key" ] || ./build/tearline keys init --recipient allied-service
for r in liaison allied; do
  echo
  echo "== release to $r =="
  ./build/tearline release examples/threat-report.txt --policy "examples/policies/$r.toml" \
    -o "out/threat-report.$r.txt" --report "out/threat-report.$r.report.json"
done
echo
echo "Outputs: out/threat-report.liaison.txt, out/threat-report.allied.txt (reports beside them)."
