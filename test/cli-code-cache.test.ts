// The CLI's bundles load with the code caches the build made (src/cli/code-cache.ts); a cache that
// is not the bundle's (another build of it), not this Node's (other options), or that V8 rejects
// is passed over, and the bundle then does the same without it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const ROOT = join(import.meta.dirname, "..");
const LOADER = JSON.stringify(join(ROOT, "dist/code-cache.cjs"));
const dir = mkdtempSync(join(tmpdir(), "wsaerr-code-cache-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `script` as a file in a fresh Node (`node -e` would put the script among Node's options,
 * which a cache must match), `loader` bound to dist/code-cache.cjs; its standard output.
 */
function fresh(script: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = join(dir, "run.cjs");
  writeFileSync(file, `const loader = require(${LOADER});\n${script}`);
  return execFileSync(process.execPath, [file], { encoding: "utf8", env });
}

describe("code caches", () => {
  it("are used for the CLI and the explainer as built, which find what they find without them", () => {
    const log = join(dir, "one.log");
    writeFileSync(
      log,
      "Error: read ECONNRESET\n    at TCP.onStreamRead (x:1:2) {\n  errno: -4077,\n  code: 'ECONNRESET',\n}\n[WinError 10061] refused\n",
    );
    const run = (env?: NodeJS.ProcessEnv) =>
      JSON.parse(
        fresh(
          `
        const { join } = require("node:path");
        const cli = loader.requireWithCodeCache(${JSON.stringify(join(ROOT, "dist/cli.cjs"))});
        let out = "";
        const io = { out: (t) => { out += t; }, err: (t) => { out += t; }, env: {}, isTTY: false, columns: undefined };
        cli.run(["explain", "--json", ${JSON.stringify(log)}], io).then((status) => {
          const files = ["cli.cjs", "explain.cjs"].map((f) => loader.codeCacheStatus(join(${JSON.stringify(join(ROOT, "dist"))}, f)));
          process.stdout.write(JSON.stringify({ status, out, files }));
        });`,
          env,
        ),
      );
    const withCache = run();
    assert.deepEqual(withCache.files, ["used", "used"]);
    assert.equal(withCache.status, 0);
    // The same findings as a plain require() gives (no cache at all).
    const plain = execFileSync(
      process.execPath,
      // (With -e, process.argv has no script: a stand-in for it.)
      ["-e", `require(${JSON.stringify(join(ROOT, "dist/cli.cjs"))}).main()`, "script", "explain", "--json", log],
      { encoding: "utf8" },
    );
    assert.equal(withCache.out, plain);
    assert.equal(plain.split("\n").filter(Boolean).length, 2, plain);
    // Other options change V8's flags: the bundles are require()d, and find the same.
    const other = run({ ...process.env, NODE_OPTIONS: "--max-old-space-size=1000" });
    assert.deepEqual(other.files, ["mismatch", "mismatch"]);
    assert.equal(other.out, plain);
  });

  it("is passed over when made from another build of the bundle, rejected by V8, or missing", () => {
    const bundle = join(dir, "bundle.cjs");
    const cacheFile = join(dir, "bundle.cache");
    // A stamped bundle, as the build leaves one (scripts/code-cache.cjs).
    const source = (value: number, stamp: string) =>
      `module.exports = { value: ${value}, zlib: () => typeof require("node:zlib").gzipSync };\n//# wsaerr-build ${stamp}\n`;
    const load = (make = false) =>
      JSON.parse(
        fresh(`
          ${make ? "loader.makeCodeCaches();" : ""}
          const bundle = loader.requireWithCodeCache(${JSON.stringify(bundle)});
          for (const { file, bytes } of loader.codeCaches()) require("node:fs").writeFileSync(file, bytes);
          process.stdout.write(JSON.stringify({ value: bundle.value, zlib: bundle.zlib(), status: loader.codeCacheStatus(${JSON.stringify(bundle)}) }));`),
      );
    writeFileSync(bundle, source(1, "a"));
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "none" });
    assert.deepEqual(load(true), { value: 1, zlib: "function", status: "none" });
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "used" });
    // Another build of the bundle, of the same length: V8 alone would take the cache.
    writeFileSync(bundle, source(2, "b"));
    assert.deepEqual(load(), { value: 2, zlib: "function", status: "stale" });
    // The right stamp and V8's data replaced: V8 rejects it.
    writeFileSync(bundle, source(1, "a"));
    const good = readFileSync(cacheFile);
    const headerEnd = good.indexOf(10) + 1;
    writeFileSync(cacheFile, Buffer.concat([good.subarray(0, headerEnd), Buffer.alloc(good.length - headerEnd, 0x5a)]));
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "rejected" });
    // A header that is not one.
    writeFileSync(cacheFile, "not a header\n");
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "stale" });
  });
});
