// Where the expanded table comes from. Here: expanded from the stored form at load
// (right for tests and for the browser bundle, where the stored form is smaller).
// scripts/compile.mjs swaps this module in the Node bundles for the table already
// expanded, as JSON text (scripts/node-lazy/load-entries.js): V8 parses JSON
// several times faster than it runs expandEntries or compiles an object literal.
import { LIBUV_VERSION, STORED } from "./core.generated.ts";
import { expandEntries } from "./derive.ts";
import type { CatalogueEntry } from "./types.ts";

export function loadEntries(): CatalogueEntry[] {
  return expandEntries(STORED, LIBUV_VERSION);
}
