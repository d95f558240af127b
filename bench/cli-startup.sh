#!/usr/bin/env bash
# Goal: `wsaerr 10054` end to end ≤ 1.2× the wall time of `node -e 0`, medians of
# alternating runs in the same invocation (hyperfine, from Debian, when present).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq hyperfine >/dev/null 2>&1 || true
fi
node bench/cli-startup.mjs
