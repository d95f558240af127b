// Loads the CLI's own bundles (dist/cli.cjs, dist/explain.cjs) with V8's code cache (Node only):
// compiled from the bytecode V8 saved at build time (scripts/code-cache.cjs, after a lookup and an
// explain), not parsed and compiled again at every start, nor each function on its first call.
// Node's require() keeps no such cache before Node 22 (module.enableCompileCache). Measured in
// BENCHMARKS.md.
//
// A cache is used only where it is the bundle's and this Node's: V8 checks its own version and
// flags, but a source only by its length; so the build stamps each bundle with a hash of its
// bytes (its last line, `//# wsaerr-build <sha1>`) and the cache with the same stamp, the Node
// version, the architecture and the options Node ran with. Anything else — no cache, another
// stamp, another Node or options (NODE_OPTIONS=--max-old-space-size=… changes V8's flags) — and
// the bundle is require()d as ever: compiling it here without a usable cache is slower than
// require(). (Like the bundle itself, a cache is trusted past that: a byte flipped inside V8's
// data is not caught. A checksum would cost 1–4 ms of interpreted code at every start.)
//
// A script compiled so has no `import()` (Node 20 gives it none without --experimental-vm-modules):
// the bundles loaded here are built with import() turned into require() (scripts/compile.mjs).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * How a bundle was loaded: compiled with its cache, or with one V8 rejected; or require()d, as
 * its cache was made from another build of it, by another Node or with other options, or is missing.
 */
export type CodeCacheStatus = "used" | "rejected" | "stale" | "mismatch" | "none";

/** What a cache file begins with, one JSON line. */
interface CacheHeader {
  readonly stamp: string;
  readonly node: string;
  readonly arch: string;
  readonly options: string;
}

/** The last line of a stamped bundle, before its hash. */
export const STAMP = "//# wsaerr-build ";

interface Loaded {
  readonly exports: unknown;
  readonly status: CodeCacheStatus;
  readonly stamp?: string;
  readonly script?: Script;
}

const loaded = new Map<string, Loaded>();

/** The cache file of a bundle: `explain.cjs` → `explain.cache`. */
export function cacheFileOf(file: string): string {
  return file.replace(/\.cjs$/, ".cache");
}

/** What this process would write in a header. */
function headerFor(stamp: string): CacheHeader {
  return {
    stamp,
    node: process.version,
    arch: process.arch,
    options: `${process.execArgv.join(" ")}\n${process.env["NODE_OPTIONS"] ?? ""}`,
  };
}

function stampOf(source: string): string | undefined {
  const at = source.lastIndexOf(STAMP);
  return at === -1 ? undefined : source.slice(at + STAMP.length).trim();
}

/** A bundle's cache file, if it has one. */
function cacheFor(file: string): Buffer | undefined {
  try {
    return readFileSync(cacheFileOf(file));
  } catch {
    return undefined;
  }
}

/** The cache's V8 data where it is this bundle's and this Node's; else why not. */
function cachedDataIn(cache: Buffer, stamp: string | undefined): Buffer | "stale" | "mismatch" {
  const newline = cache.indexOf(10);
  let header: CacheHeader;
  try {
    header = JSON.parse(cache.subarray(0, newline).toString());
  } catch {
    return "stale";
  }
  if (stamp === undefined || header.stamp !== stamp) return "stale";
  const here = headerFor(stamp);
  if (header.node !== here.node || header.arch !== here.arch || header.options !== here.options) return "mismatch";
  return cache.subarray(newline + 1);
}

/** Whether the bundles are compiled here in any case, so that codeCaches() can save what V8 compiled (the build's). */
let making = false;

/** From now on, compiles every bundle here, cache or not (scripts/code-cache.cjs). */
export function makeCodeCaches(): void {
  making = true;
}

/** What `require(file)` gives, a CommonJS bundle of wsaerr's own, compiled with its code cache where it has a usable one. */
export function requireWithCodeCache(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const require = createRequire(file);
  const required = (status: CodeCacheStatus) => {
    const exports = require(file);
    loaded.set(file, { exports, status });
    return exports;
  };
  const cacheFile = cacheFor(file);
  // (Without a cache the bundle is not read here: require() reads it.)
  if (cacheFile === undefined && !making) return required("none");
  const source = readFileSync(file, "utf8");
  const stamp = stampOf(source);
  const cache = cacheFile === undefined ? "none" : cachedDataIn(cacheFile, stamp);
  if (typeof cache === "string" && !making) return required(cache);
  const data = typeof cache === "string" ? undefined : cache;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: data,
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
  const status: CodeCacheStatus = typeof cache === "string" ? cache : script.cachedDataRejected ? "rejected" : "used";
  loaded.set(file, { exports: module.exports, status, ...(stamp === undefined ? {} : { stamp }), script });
  return module.exports;
}

/** How each bundle loaded so far was loaded (the tests ask). */
export function codeCacheStatus(file: string): CodeCacheStatus | undefined {
  return loaded.get(file)?.status;
}

/**
 * The cache files of the stamped bundles compiled here so far, with the bytecode of every function
 * compiled until now (the build writes them after a lookup and an explain: scripts/code-cache.cjs).
 */
export function codeCaches(): { file: string; bytes: Buffer }[] {
  const caches: { file: string; bytes: Buffer }[] = [];
  for (const [file, { stamp, script }] of loaded) {
    if (stamp === undefined || !script) continue;
    const header = Buffer.from(`${JSON.stringify(headerFor(stamp))}\n`);
    caches.push({ file: cacheFileOf(file), bytes: Buffer.concat([header, script.createCachedData()]) });
  }
  return caches;
}
