// The library's rarely used parts, search and the text card, are dist/extras.cjs, required
// on first call and bound to this library's table and prose (host.js), so importing the
// library does not compile them.
import { requireWithHost } from "./host.js";

let extras;

export function extrasModule() {
  extras ??= requireWithHost("./extras.cjs");
  return extras;
}
