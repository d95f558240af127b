// The page's script and style sheet, for the server and build-site.
//
// This is the development form: it bundles src/web/client/ with esbuild (a
// devDependency) on first use, so `tsx` runs and the tests always see current code.
// Shipped builds never run it: scripts/compile.mjs replaces this module with one
// holding the built files as strings (embedWebAssets in build.ts), so the server
// needs neither esbuild nor a file system and runs as it is on any runtime.

export interface WebAssets {
  /** File name under assets/ → contents; names carry a content hash, so they can be cached for good. */
  readonly files: Readonly<Record<string, string>>;
  /** Name of the page script (an ES module; it imports its chunks by relative name). */
  readonly script: string;
  readonly style: string;
}

let built: Promise<WebAssets> | undefined;

export function webAssets(): Promise<WebAssets> {
  built ??= import("./build.ts").then((module) => module.buildWebAssets());
  return built;
}
