// The CLI's bundles load with the code caches the build made (src/cli/code-cache.ts), and a cache
// that does not belong to its bundle — made from another source of the same length, garbled, or
// missing — is passed over: the bundle then compiles from its source and does the same.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const ROOT = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "wsaerr-code-cache-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in a fresh Node with `loader` bound to dist/code-cache.cjs; its standard output. */
function fresh(script: string): string {
  const loader = JSON.stringify(join(ROOT, "dist/code-cache.cjs"));
  return execFileSync(process.execPath, ["-e", `const loader = require(${loader});\n${script}`], {
    encoding: "utf8",
  });
}

describe("code caches", () => {
  it("are used for the CLI and the explainer as built, which then find what they find without them", () => {
    const log = join(dir, "one.log");
    writeFileSync(
      log,
      "Error: read ECONNRESET\n    at TCP.onStreamRead (x:1:2) {\n  errno: -4077,\n  code: 'ECONNRESET',\n}\n[WinError 10061] refused\n",
    );
    const run = (argv: string[]) =>
      fresh(`
        const { join } = require("node:path");
        const cli = loader.requireWithCodeCache(${JSON.stringify(join(ROOT, "dist/cli.cjs"))});
        let out = "";
        const io = { out: (t) => { out += t; }, err: (t) => { out += t; }, env: {}, isTTY: false, columns: undefined };
        cli.run(${JSON.stringify(argv)}, io).then((status) => {
          const files = ["cli.cjs", "explain.cjs"].map((f) => loader.codeCacheStatus(join(${JSON.stringify(join(ROOT, "dist"))}, f)));
          process.stdout.write(JSON.stringify({ status, out, files }));
        });`);
    const withCache = JSON.parse(run(["explain", "--json", log]));
    assert.deepEqual(withCache.files, ["used", "used"]);
    assert.equal(withCache.status, 0);
    // The same findings from the CLI as a plain require() loads it (no cache at all).
    const plain = execFileSync(
      process.execPath,
      // (With -e, process.argv has no script: a stand-in for it.)
      ["-e", `require(${JSON.stringify(join(ROOT, "dist/cli.cjs"))}).main()`, "script", "explain", "--json", log],
      { encoding: "utf8" },
    );
    assert.equal(withCache.out, plain);
    assert.equal(plain.split("\n").filter(Boolean).length, 2, plain);
  });

  it("is passed over when made from another source of the same length, garbled or missing", () => {
    const bundle = join(dir, "bundle.cjs");
    // A bundle of wsaerr's shape: it loads Node's own modules on first use (require() where its
    // sources say import(): scripts/compile.mjs).
    const source = (value: number) =>
      `module.exports = { value: ${value}, zlib: async () => typeof require("node:zlib").gzipSync };\n`;
    writeFileSync(bundle, source(1));
    const load = () =>
      JSON.parse(
        fresh(`
          const bundle = loader.requireWithCodeCache(${JSON.stringify(bundle)});
          bundle.zlib().then((zlib) => {
            for (const { file, bytes } of loader.codeCaches()) require("node:fs").writeFileSync(file, bytes);
            process.stdout.write(JSON.stringify({ value: bundle.value, zlib, status: loader.codeCacheStatus(${JSON.stringify(bundle)}) }));
          });`),
      );
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "none" });
    // (Each load writes the cache again from what it compiled: the next finds its own.)
    assert.deepEqual(load(), { value: 1, zlib: "function", status: "used" });
    // Another source of the same length: V8 alone would take the cache (it checks the length only).
    writeFileSync(bundle, source(2));
    const cacheFile = join(dir, "bundle.cache");
    const stale = readFileSync(cacheFile);
    assert.deepEqual(load(), { value: 2, zlib: "function", status: "stale" });
    writeFileSync(cacheFile, stale.subarray(0, 2));
    assert.deepEqual(load(), { value: 2, zlib: "function", status: "stale" });
    // The right source and V8's data garbled: V8 rejects it.
    const good = readFileSync(cacheFile);
    const length = good.readUInt32LE(0);
    const garbled = Buffer.from(good);
    garbled.fill(0x5a, 4 + length);
    writeFileSync(cacheFile, garbled);
    assert.deepEqual(load(), { value: 2, zlib: "function", status: "rejected" });
  });
});
