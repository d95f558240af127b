// Library stand-in for src/scan/index.ts: the log explainer's engine (recognisers, anchor
// patterns, printed texts) is dist/scan.cjs, required on first use and bound to this
// library's table (host.js), so importing the library compiles none of it. CommonJS
// because scan() is synchronous: Node 20 can require a file synchronously, not import one.
import { requireWithHost } from "./host.js";

export { SummaryBuilder, summarize } from "../../src/scan/summary.ts";

let engine;

export function scanEngine() {
  engine ??= requireWithHost("./scan.cjs");
  return engine;
}

export function scan(text, options = {}) {
  return scanEngine().scan(text, options);
}

export async function* scanStream(source, options = {}) {
  yield* scanEngine().scanStream(source, options);
}
