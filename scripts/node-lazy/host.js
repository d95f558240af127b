// Hands the library's own state to the files it requires on first call (dist/scan.cjs,
// dist/extras.cjs): the table and its indexes, the resolver, the prose loaded. Each is a
// function of these modules (scripts/compile.mjs, SHARED), so nothing is parsed twice and
// a search hit's entry is one of the library's ENTRIES.
import * as catalogue from "../../src/catalogue/index.ts";
import * as text from "../../src/i18n/text.ts";
import * as resolve from "../../src/resolve.ts";
import { requireHere } from "./read-pack.js";

/** A file beside this bundle, required and bound to this library. */
export function requireWithHost(file) {
  return requireHere(file)({ catalogue, resolve, text });
}
