// Node stand-in for src/catalogue/load-other-messages.ts: Windows' texts in other UI
// languages, read on first use from the file scripts/compile.mjs writes beside the bundle.
import { readBeside } from "./read-pack.js";

export function loadOtherMessages() {
  return JSON.parse(readBeside("other-messages.json"));
}
