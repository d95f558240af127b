// Browser stand-in for src/catalogue/load-entries.ts: the stored table expanded, less
// getaddrinfo's crosswalk (core.generated.ts keeps it apart, as GETADDRINFO, so that this
// bundle leaves it out): the core has no room for it within its 15 KB, and every entry's
// `crosswalk.getaddrinfo` is null here. The Node bundles, the API and catalogue.json have it.
import { LIBUV_VERSION, STORED } from "../../src/catalogue/core.generated.ts";
import { expandEntries } from "../../src/catalogue/derive.ts";

export function loadEntries() {
  return expandEntries(STORED, LIBUV_VERSION);
}
