// Library stand-in for src/format.ts: the text card is in dist/extras.cjs (see extras.js).
import { extrasModule } from "./extras.js";

export function crosswalkRows(entry, lang = "en") {
  return extrasModule().crosswalkRows(entry, lang);
}

export function format(entry, options = {}) {
  return extrasModule().format(entry, options);
}
