// The code a worker thread started with `eval` runs: it loads a module of this package and
// calls one of its exports (file.ts's engine workers, read-ahead.ts's thread).
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Code that loads `script` (a bundle's path or file URL, or a module's source under tsx: tests
 * and development) and calls its export `run`. Started from a line of code, never from the file
 * itself: a worker inherits the process's Node options, and one started from a file rejects
 * --input-type (`node --input-type=module -e "…scanFile…"` would fail with
 * ERR_INPUT_TYPE_NOT_ALLOWED). A CommonJS bundle is loaded with require where the line runs as
 * CommonJS (the usual case): import() starts the ES module loader, ~6–7 ms of the thread's start
 * (BENCHMARKS.md). Run as a module (that option), the line has no require and imports it; an
 * ES module is always imported. A CommonJS bundle's exports come as `default` when imported.
 */
export function workerBootstrap(script: string, run: string): string {
  const call = `.then((module) => (module.${run} ?? module.default.${run})())`;
  if (script.endsWith(".ts"))
    return `import("tsx/esm/api").then((api) => api.tsImport(${JSON.stringify(script)}, ${JSON.stringify(script)}))${call}`;
  const path = script.startsWith("file:") ? fileURLToPath(script) : script;
  const imported = `import(${JSON.stringify(pathToFileURL(path).href)})`;
  if (!path.endsWith(".cjs")) return `${imported}${call}`;
  return `(typeof require === "function" ? Promise.resolve(require(${JSON.stringify(path)})) : ${imported})${call}`;
}
