#!/usr/bin/env node
// CommonJS: it starts faster than an ES module on Node 20 (see BENCHMARKS.md).
require("../dist/cli.cjs").main();
