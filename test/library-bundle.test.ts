// The shipped ES module (dist/index.js, built by scripts/compile.mjs) is the library users
// import: the same exports and the same table as the sources, in one ASCII file that
// leaves the log explainer's engine (dist/scan.cjs) for first use.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import * as source from "../src/index.ts";
import { ROOT, shipped } from "./helpers/catalogue.ts";

const INDEX = join(ROOT, "dist/index.js");
const built = existsSync(INDEX);
const dist: typeof source = built ? await import(pathToFileURL(INDEX).href) : source;
const compat: typeof source = built ? await import(pathToFileURL(join(ROOT, "dist/index-compat.js")).href) : source;

/** Runs an ES module snippet in a fresh Node process and returns what it prints. */
function fresh(code: string): string {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe("the library bundle", { skip: built ? false : "dist/ not built" }, () => {
  it("exports what src/index.ts exports, as does the compat build", () => {
    assert.deepEqual(Object.keys(dist).sort(), Object.keys(source).sort());
    assert.deepEqual(Object.keys(compat).sort(), Object.keys(source).sort());
    assert.equal(JSON.stringify(compat.ENTRIES), JSON.stringify(source.ENTRIES));
  });

  it("carries the table expandEntries makes, key for key and in order", () => {
    assert.equal(JSON.stringify(dist.ENTRIES), JSON.stringify(source.ENTRIES));
    assert.ok(Array.isArray(dist.ENTRIES));
    assert.equal(dist.ENTRIES.length, shipped.entries.length);
    assert.deepEqual(dist.SYMBOLS, source.SYMBOLS);
    assert.deepEqual(dist.RETRYABLE_ERROR_CODES, source.RETRYABLE_ERROR_CODES);
    assert.deepEqual(dist.retryPresets.got, source.retryPresets.got);
  });

  it("answers with its own entries", () => {
    const match = dist.lookup(10054);
    assert.equal(
      match,
      dist.ENTRIES.find((entry) => entry.value === 10054),
    );
    assert.equal(dist.resolve("WSAECONNRESET")[0]?.entry, match);
    assert.deepEqual(
      dist.resolve("connect ECONNREFUSED 127.0.0.1:80"),
      source.resolve("connect ECONNREFUSED 127.0.0.1:80"),
    );
    assert.equal(
      dist.textFor(match as source.CatalogueEntry, "de").title,
      source.textFor(match as source.CatalogueEntry, "de").title,
    );
  });

  it("searches and formats through dist/extras.cjs, with its own entries and prose", async () => {
    const hits = dist.search("connection reset by peer");
    assert.deepEqual(
      hits.map((hit) => [hit.entry.symbol, hit.score]),
      source.search("connection reset by peer").map((hit) => [hit.entry.symbol, hit.score]),
    );
    assert.ok(hits.every((hit) => dist.ENTRIES.includes(hit.entry)));
    const entry = dist.lookup(10061) as source.CatalogueEntry;
    const same = source.lookup(10061) as source.CatalogueEntry;
    assert.equal(dist.format(entry, { lang: "de", width: 72 }), source.format(same, { lang: "de", width: 72 }));
    assert.deepEqual(dist.crosswalkRows(entry), source.crosswalkRows(same));
    assert.deepEqual(dist.search(42), []);
  });

  it("scans text, streams and files through dist/scan.cjs", async () => {
    const text = "x [WinError 10054] An existing connection was forcibly closed\nconnect ECONNREFUSED 127.0.0.1:80\n";
    const found = dist.scan(text);
    assert.deepEqual(
      found.map((finding) => finding.symbol),
      ["WSAECONNRESET", "WSAECONNREFUSED"],
    );
    assert.deepEqual(dist.scan(42), []);
    const streamed = [];
    for await (const finding of dist.scanStream(Readable.from([text]))) streamed.push(finding);
    assert.deepEqual(streamed, found);
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-bundle-"));
    after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "a.log"), text);
    const filed = [];
    for await (const finding of dist.scanFile(join(dir, "a.log"), { file: "a.log" })) filed.push(finding);
    assert.deepEqual(filed, dist.scan(text, { file: "a.log" }));
  });

  it("is one ASCII file that imports nothing (the compat build: node:module)", () => {
    const imports = (file: string) => {
      const code = readFileSync(join(ROOT, "dist", file), "utf8");
      assert.equal(code.search(/[^\x00-\x7f]/), -1, `${file} is ASCII`);
      return code.match(/\bfrom ?"[^"]+"|\bimport ?\(/g) ?? [];
    };
    assert.deepEqual(imports("index.js"), []);
    assert.deepEqual(imports("index-compat.js"), ['from"node:module"']);
  });

  it("is what package.json gives runtimes with require(esm); the others get the compat build", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    assert.deepEqual(manifest.exports["."], {
      types: "./dist/index.d.ts",
      "module-sync": "./dist/index.js",
      default: "./dist/index-compat.js",
    });
    assert.equal(manifest.main, "./dist/index-compat.js");
  });

  it("has a compat build that works without process.getBuiltinModule (Node < 20.16)", () => {
    const run = (file: string) =>
      spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `delete process.getBuiltinModule;
           const wsaerr = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", file)).href)});
           const entry = wsaerr.lookup(10054);
           console.log(wsaerr.ENTRIES.length, wsaerr.textFor(entry, "de").title === ${JSON.stringify(source.textFor(source.lookup(10054) as source.CatalogueEntry, "de").title)}, wsaerr.scan("[WinError 10061]")[0].symbol, wsaerr.search("reset")[0].entry.symbol);`,
        ],
        { encoding: "utf8" },
      );
    const compat = run("index-compat.js");
    assert.equal(compat.status, 0, compat.stderr);
    assert.equal(
      compat.stdout.trim(),
      `${source.ENTRIES.length} true WSAECONNREFUSED ${source.search("reset")[0]?.entry.symbol}`,
    );
    const fast = run("index.js");
    assert.notEqual(fast.status, 0);
    assert.match(fast.stderr, /needs Node >= 20\.16; import dist\/index-compat\.js/);
  });

  it("loads the explainer's engine on first scan and search on first search, not at import", () => {
    const url = pathToFileURL(INDEX).href;
    const out = fresh(
      `import { createRequire } from "node:module";
       const cache = createRequire(import.meta.url).cache;
       const loaded = () => Object.keys(cache).map((path) => path.split("/").pop()).filter((name) => name.endsWith(".cjs")).sort().join("+");
       const wsaerr = await import(${JSON.stringify(url)});
       const atImport = loaded();
       wsaerr.lookup(10054);
       const afterLookup = loaded();
       wsaerr.scan("[WinError 10054]");
       wsaerr.search("reset");
       console.log([atImport, afterLookup, loaded()].join(","));`,
    );
    assert.equal(out, ",,extras.cjs+scan.cjs");
  });
});
