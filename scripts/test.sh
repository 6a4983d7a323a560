#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (unit, golden CLI, fuzz corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
