// Where the expanded table comes from. Here: expanded from the stored form at load
// (right for tests; the browser bundle has its own, scripts/browser-lazy/load-entries.js).
// scripts/compile.mjs swaps this module in the Node bundles for the table already
// expanded, as JSON text (scripts/node-lazy/load-entries.js): V8 parses JSON
// several times faster than it runs expandEntries or compiles an object literal.
import { GETADDRINFO, LIBUV_VERSION, STORED } from "./core.generated.ts";
import { expandEntries } from "./derive.ts";
import type { CatalogueEntry } from "./types.ts";

export function loadEntries(): CatalogueEntry[] {
  return expandEntries(STORED, LIBUV_VERSION, GETADDRINFO);
}
