#!/usr/bin/env bash
# npm run bench: every benchmark, against the built dist/ (built first if missing).
# Each prints its baseline beside its ratio. The explain benchmark writes 1.2 GB of
# generated logs under bench/out/ (reproducible; git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.js ] || node scripts/compile.mjs
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(node --version), $(uname -m)"
node bench/lookup.mjs
node bench/resolve.mjs
node bench/import.mjs
bash bench/cli-startup.sh
node bench/bundle-size.mjs
node bench/explain.mjs
node --import tsx bench/server-page-weight.mjs
node --import tsx bench/server-throughput.mjs 10
node --import tsx bench/server-soak.mjs 30
