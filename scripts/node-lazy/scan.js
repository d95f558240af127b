// Library stand-in for src/scan/index.ts: the log explainer's engine (recognisers, anchor
// patterns, printed texts; about half the library's code) is dist/scan.cjs, required on
// first use, so importing the library compiles none of it. CommonJS because scan() is
// synchronous: Node 20 can require a file synchronously, not import one. The engine has
// its own copy of the table; findings are plain data, so nothing depends on sharing it.
import { requireHere } from "./read-pack.js";

export { SummaryBuilder, summarize } from "../../src/scan/summary.ts";

let engine;

/** dist/scan.cjs, required on first use. */
export function scanEngine() {
  engine ??= requireHere("./scan.cjs");
  return engine;
}

export function scan(text, options = {}) {
  return scanEngine().scan(text, options);
}

export async function* scanStream(source, options = {}) {
  yield* scanEngine().scanStream(source, options);
}
