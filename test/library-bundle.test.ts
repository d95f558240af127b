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

/** Runs an ES module snippet in a fresh Node process and returns what it prints. */
function fresh(code: string): string {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe("the library bundle", { skip: built ? false : "dist/ not built" }, () => {
  it("exports what src/index.ts exports", () => {
    assert.deepEqual(Object.keys(dist).sort(), Object.keys(source).sort());
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

  it("is one ASCII file importing only node:module", () => {
    const code = readFileSync(INDEX, "utf8");
    assert.equal(code.search(/[^\x00-\x7f]/), -1);
    assert.deepEqual(code.match(/\bfrom ?"[^"]+"|\bimport ?\(/g), ['from"node:module"']);
  });

  it("loads the explainer's engine on first scan, not at import", () => {
    const url = pathToFileURL(INDEX).href;
    const out = fresh(
      `import { createRequire } from "node:module";
       const cache = createRequire(import.meta.url).cache;
       const loaded = () => Object.keys(cache).some((path) => path.endsWith("scan.cjs"));
       const wsaerr = await import(${JSON.stringify(url)});
       const before = loaded();
       wsaerr.scan("[WinError 10054]");
       console.log(before, loaded());`,
    );
    assert.equal(out, "false true");
  });
});
