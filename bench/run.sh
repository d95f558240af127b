#!/usr/bin/env bash
# npm run bench: every benchmark, against the built dist/ (built first if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.js ] || node scripts/compile.mjs
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(node --version), $(uname -m)"
node bench/lookup.mjs
node bench/resolve.mjs
node bench/import.mjs
bash bench/cli-startup.sh
node bench/bundle-size.mjs
