// The line a worker thread is started with (src/scan/worker-bootstrap.ts): it loads a CommonJS
// bundle with require where it runs as CommonJS, imports it where it runs as a module
// (--input-type=module, which workers inherit), imports an ES module, and calls the export.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { workerBootstrap } from "../../src/scan/worker-bootstrap.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-bootstrap-"));
after(() => execFileSync("rm", ["-rf", dir]));
// Each posts how it was loaded: a CommonJS module required has a parent, one imported none.
const cjs = join(dir, "bundle.cjs");
writeFileSync(
  cjs,
  'exports.run = () => require("node:worker_threads").parentPort.postMessage(module.parent ? "required" : "imported");\n',
);
const esm = join(dir, "bundle.mjs");
writeFileSync(
  esm,
  'import { parentPort } from "node:worker_threads";\nexport const run = () => parentPort.postMessage("esm");\n',
);

/** Starts a worker on `code` in a fresh process (given Node options) and returns what it posted. */
function startedWith(code: string, options: string[] = []): string {
  const parent = `
    const { Worker } = await import("node:worker_threads");
    const worker = new Worker(${JSON.stringify(code)}, { eval: true });
    worker.on("message", (message) => { console.log(message); worker.terminate(); });
    worker.on("error", (error) => { console.log("error: " + error.message); });`;
  return execFileSync(process.execPath, [...options, "--input-type=module", "-e", parent], {
    encoding: "utf8",
  }).trim();
}

describe("workerBootstrap", () => {
  it("requires a CommonJS bundle where the line runs as CommonJS, and imports it otherwise", () => {
    const code = workerBootstrap(cjs, "run");
    assert.match(code, /require\(/);
    // (The parent runs as a module, so the worker does too: the import branch.)
    assert.equal(startedWith(code), "imported");
    // A worker of a CommonJS parent runs the line as CommonJS: the require branch.
    const parent = `const { Worker } = require("node:worker_threads");
      const worker = new Worker(${JSON.stringify(code)}, { eval: true });
      worker.on("message", (message) => { console.log(message); worker.terminate(); });`;
    assert.equal(execFileSync(process.execPath, ["-e", parent], { encoding: "utf8" }).trim(), "required");
  });

  it("takes a file URL as well as a path", () => {
    const code = workerBootstrap(pathToFileURL(cjs).href, "run");
    assert.equal(startedWith(code), "imported");
    // (The URL made a path for require.)
    assert.ok(code.includes(`require(${JSON.stringify(cjs)})`), code);
  });

  it("imports an ES module", () => {
    const code = workerBootstrap(esm, "run");
    assert.doesNotMatch(code, /require\(/);
    assert.equal(startedWith(code), "esm");
  });
});
