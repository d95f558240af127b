// The code a worker thread started with `eval` runs: it loads a module of this package and
// calls one of its exports (file.ts's engine workers, read-ahead.ts's thread).
import { pathToFileURL } from "node:url";

/**
 * Code that loads `script` (a bundle's path or file URL, or a module's source under tsx: tests
 * and development) and calls its export `run`. Started from a line of code, never from the file
 * itself: a worker inherits the process's Node options, and one started from a file rejects
 * --input-type (`node --input-type=module -e "…scanFile…"` would fail with
 * ERR_INPUT_TYPE_NOT_ALLOWED); with import(), which code run so has where require is not. A
 * CommonJS bundle's exports come as `default` too.
 */
export function workerBootstrap(script: string, run: string): string {
  const load = script.endsWith(".ts")
    ? `import("tsx/esm/api").then((api) => api.tsImport(${JSON.stringify(script)}, ${JSON.stringify(script)}))`
    : `import(${JSON.stringify(script.startsWith("file:") ? script : pathToFileURL(script).href)})`;
  return `${load}.then((module) => (module.${run} ?? module.default.${run})())`;
}
