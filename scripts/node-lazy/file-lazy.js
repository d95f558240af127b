// Library stand-in for src/scan/file-lazy.ts: the file scanner is dist/scan-file.cjs,
// required on first use; its worker threads run that file too, so it carries its own copy
// of the engine and the table (findings are plain data).
import { requireHere } from "./read-pack.js";

let fileScanner;

export async function* scanFile(path, options = {}) {
  fileScanner ??= requireHere("./scan-file.cjs");
  yield* fileScanner.scanFile(path, options);
}
