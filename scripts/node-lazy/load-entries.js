// Node stand-in for src/catalogue/load-entries.ts (CLI and library bundles): the table
// already expanded, as JSON texts that scripts/compile.mjs writes from catalogue.json
// (the entries expandEntries makes, without prose and citations; in parts, see there).
// JSON.parse reads them in under a millisecond; expanding the stored form took about two.
import { ENTRY_PARTS } from "wsaerr:entries";

export function loadEntries() {
  const entries = [];
  for (let i = 0; i < ENTRY_PARTS.length; i++) {
    const part = JSON.parse(ENTRY_PARTS[i]);
    for (let k = 0; k < part.length; k++) entries.push(part[k]);
  }
  return entries;
}
