// scanFile: parallel segments and .gz give exactly what scan() gives the whole text.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { scanFile } from "../../src/scan/file.ts";
import { scan } from "../../src/scan/index.ts";
import type { Finding } from "../../src/scan/types.ts";
import { ROOT } from "../helpers/catalogue.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-scan-"));
const log = join(dir, "mixed.log");
execFileSync(process.execPath, [join(ROOT, "bench/gen-log.mjs"), log, "3", "7"], { stdio: "ignore" });
after(() => execFileSync("rm", ["-rf", dir]));

async function collect(findings: AsyncIterable<Finding>): Promise<Finding[]> {
  const all: Finding[] = [];
  for await (const finding of findings) all.push(finding);
  return all;
}

describe("scanFile", () => {
  const expected = scan(readFileSync(log, "utf8"), { file: "mixed.log" });

  it("finds the generated error lines", () => assert.ok(expected.length > 200));

  it("gives scan()'s findings in one thread", async () => {
    assert.deepEqual(await collect(scanFile(log, { file: "mixed.log", threads: 1 })), expected);
  });

  it("gives scan()'s findings with segments on two worker threads", async () => {
    assert.deepEqual(await collect(scanFile(log, { file: "mixed.log", threads: 2, segmentSize: 256 << 10 })), expected);
  });

  it("reads .gz files transparently", async () => {
    const gz = join(dir, "mixed.log.gz");
    writeFileSync(gz, gzipSync(readFileSync(log)));
    assert.deepEqual(await collect(scanFile(gz, { file: "mixed.log" })), expected);
  });

  it("handles a file without a final newline and an empty file", async () => {
    const cut = join(dir, "cut.log");
    writeFileSync(cut, "ok\n[WinError 10061] refused");
    assert.deepEqual(
      (await collect(scanFile(cut))).map((finding) => [finding.line, finding.symbol]),
      [[2, "WSAECONNREFUSED"]],
    );
    const empty = join(dir, "empty.log");
    writeFileSync(empty, "");
    assert.deepEqual(await collect(scanFile(empty)), []);
  });
});
