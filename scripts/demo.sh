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
echo "== evacuee list to liaison: counts per checkpoint per day, k = 5 =="
./build/tearline release examples/evacuees.csv --policy examples/policies/evacuees-liaison.toml \
  -o out/evacuees.liaison.csv --report out/evacuees.liaison.report.json
echo
./build/tearline ledger verify
echo
echo "Outputs: out/threat-report.liaison.txt, out/threat-report.allied.txt, out/evacuees.liaison.csv"
echo "(reports beside them); the ledger: ./build/tearline ledger show --home out/demo-home"
