// Library stand-in for src/search.ts: the search is in dist/extras.cjs (see extras.js).
import { extrasModule } from "./extras.js";

export function search(query, options = {}) {
  return extrasModule().search(query, options);
}
