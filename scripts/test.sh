#!/usr/bin/env bash
# The whole test suite: lint and format, type-check, generated files up to date,
# then every test. Installs the authorities the data tests read first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-authorities.sh
bash scripts/setup-browser.sh
npx biome check .
npx tsc --noEmit -p tsconfig.json
npx tsx scripts/build.ts --check
npx tsx scripts/build-wasm.ts --check
npx tsx scripts/build-scan-tables.ts --check
[ -f dist/cli.cjs ] && [ -f dist/explain.cache ] || node scripts/compile.mjs
mapfile -t files < <(find test -name '*.test.ts' | sort)
node --import tsx --test --test-concurrency=2 "${files[@]}"
