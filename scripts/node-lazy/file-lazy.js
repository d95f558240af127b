// Library stand-in for src/scan/file-lazy.ts: the file scanner is in dist/scan.cjs with
// the rest of the explainer's engine (see scan.js); its worker threads run that file too.
import { scanEngine } from "./scan.js";

export async function* scanFile(path, options = {}) {
  yield* scanEngine().scanFile(path, options);
}
