// scanFile for the library's public surface: the file scanner (worker threads,
// gzip) is loaded on first use, so importing wsaerr does not load those modules.
import type { FileScanOptions } from "./file.ts";
import type { Finding } from "./types.ts";

export type { FileScanOptions } from "./file.ts";

/** Every finding of a file (`.gz` read transparently), in order; plain files are scanned on worker threads. */
export async function* scanFile(path: string | URL, options: FileScanOptions = {}): AsyncGenerator<Finding> {
  const { scanFile: scanInWorkers } = await import("./file.ts");
  yield* scanInWorkers(path, options);
}
