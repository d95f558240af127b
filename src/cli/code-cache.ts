// Loads the CLI's own bundles (dist/cli.cjs, dist/explain.cjs) with V8's code cache (Node only):
// compiled from the bytecode V8 saved at build time (scripts/code-cache.cjs, after a lookup and an
// explain), not parsed and compiled again at every start, nor each function on its first call.
// Node's require() keeps no such cache before Node 22 (module.enableCompileCache). Measured in
// BENCHMARKS.md. Any cache not usable is passed over: the bundle then compiles as require() would.
//
// A script compiled so has no `import()` (Node 20 gives it none without --experimental-vm-modules):
// the bundles loaded here are built with import() turned into require() (scripts/compile.mjs).
//
// V8 checks a cache against its own version and flags, but a source only by its length: so a
// cache file holds the source it was made from, and is used only where that is byte for byte the
// bundle read now (a memory compare; hashing would load node:crypto, ~6 ms).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** How a bundle was loaded: with its cache, with one V8 rejected or one made from another source, or without one. */
export type CodeCacheStatus = "used" | "rejected" | "stale" | "none";

interface Loaded {
  readonly exports: unknown;
  readonly status: CodeCacheStatus;
  readonly source?: Buffer;
  readonly script?: Script;
}

const loaded = new Map<string, Loaded>();

/** The cache file of a bundle: `explain.cjs` → `explain.cache`. */
export function cacheFileOf(file: string): string {
  return file.replace(/\.cjs$/, ".cache");
}

/**
 * A cache file: the source's length (u32, little-endian), the source, then V8's data. The data,
 * when the source in it is `source`; "stale" when another; undefined when there is none.
 */
function cachedDataFor(file: string, source: Buffer): Buffer | "stale" | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
  if (cache.length < 4) return "stale";
  const length = cache.readUInt32LE(0);
  const madeFrom = cache.subarray(4, 4 + length);
  return length === source.length && madeFrom.equals(source) ? cache.subarray(4 + length) : "stale";
}

/** What `require(file)` gives, a CommonJS bundle of wsaerr's own, compiled with its code cache where it has one. */
export function requireWithCodeCache(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const require = createRequire(file);
  const source = readFileSync(file);
  const cache = cachedDataFor(file, source);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString()}\n})`, {
    filename: file,
    cachedData: cache instanceof Buffer ? cache : undefined,
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    require,
    module,
    file,
    dirname(file),
  );
  const status: CodeCacheStatus =
    cache === undefined ? "none" : cache === "stale" ? "stale" : script.cachedDataRejected ? "rejected" : "used";
  loaded.set(file, { exports: module.exports, status, source, script });
  return module.exports;
}

/** How each bundle loaded so far was loaded (the tests ask). */
export function codeCacheStatus(file: string): CodeCacheStatus | undefined {
  return loaded.get(file)?.status;
}

/**
 * The cache files of the bundles loaded so far, with the bytecode of every function compiled
 * until now (the build writes them after a lookup and an explain: scripts/code-cache.cjs).
 */
export function codeCaches(): { file: string; bytes: Buffer }[] {
  const caches: { file: string; bytes: Buffer }[] = [];
  for (const [file, { source, script }] of loaded) {
    if (!source || !script) continue;
    const length = Buffer.alloc(4);
    length.writeUInt32LE(source.length);
    caches.push({ file: cacheFileOf(file), bytes: Buffer.concat([length, source, script.createCachedData()]) });
  }
  return caches;
}
