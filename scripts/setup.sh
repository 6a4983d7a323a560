#!/usr/bin/env bash
# Installs tearline's build dependencies from Debian (if missing) and builds it
# into ./build. Idempotent; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

hs_pkg=libhyperscan-dev
case "$(dpkg --print-architecture 2>/dev/null || echo amd64)" in
  amd64) hs_pkg=libhyperscan-dev ;;
  *) hs_pkg=libvectorscan-dev ;;  # Hyperscan's portable fork, same API
esac
packages=(build-essential cmake pkg-config "$hs_pkg" libtomlplusplus-dev libcli11-dev libfmt-dev
  nlohmann-json3-dev libsodium-dev libicu-dev libgtest-dev libgmock-dev libbenchmark-dev
  libre2-dev libsqlite3-dev sqlite3 libssl-dev libjemalloc-dev python3)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
