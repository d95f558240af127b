#!/usr/bin/env node
// CommonJS: it starts faster than an ES module on Node 20 (see BENCHMARKS.md); the CLI's bundle
// is compiled with the code cache the build made for it (src/cli/code-cache.ts).
const { join } = require("node:path");
require("../dist/code-cache.cjs").requireWithCodeCache(join(__dirname, "../dist/cli.cjs")).main();
