// `lines: true`: each finding carries the line it was found on (the CLI's text output), the
// same through every path (a text, a stream, a file on one thread or several, gzip), and
// nothing changes without it.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { scanFile } from "../../src/scan/file.ts";
import { scan, scanStream } from "../../src/scan/index.ts";
import type { Finding } from "../../src/scan/types.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-lines-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const SHAPES = [
  "    ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
  "java.net.ConnectException: Connection refused: connect",
  "read: Connection reset by peer (errno 104)",
  "Eine bestehende Verbindung wurde softwaregesteuert",
  "durch den Hostcomputer abgebrochen.",
  "Error: connect ECONNREFUSED 127.0.0.1:5432",
  "  errno: -4077,",
  "  code: 'ECONNRESET',",
];
// Enough lines, with filler between, to span many 64 KiB segments.
const lines: string[] = [];
for (let round = 0; round < 400; round++) {
  lines.push(...SHAPES);
  for (let filler = 0; filler < 20; filler++) lines.push(`2026-11-25 INFO request ${round}.${filler} served in 12 ms`);
}
const text = `${lines.join("\n")}\n`;

/** Each finding's line number with the line it carries. */
const carried = (findings: readonly Finding[]) => findings.map((finding) => [finding.line, finding.lineText]);
const expected = scan(text).map((finding) => [finding.line, lines[finding.line - 1]]);

async function collect(source: AsyncIterable<Finding>): Promise<Finding[]> {
  const found: Finding[] = [];
  for await (const finding of source) found.push(finding);
  return found;
}

describe("findings with their lines (lines: true)", () => {
  it("carry the line they were found on, through scan()", () => {
    assert.ok(expected.length > 2000);
    assert.deepEqual(carried(scan(text, { lines: true })), expected);
  });

  it("are otherwise the same findings, and without the option carry nothing", () => {
    const strip = (findings: Finding[]) => findings.map(({ lineText: _, ...rest }) => rest);
    assert.deepEqual(strip(scan(text, { lines: true })), scan(text));
    assert.ok(scan(text).every((finding) => !("lineText" in finding)));
  });

  it("carry the same through a stream, a file on one thread, on three and read ahead, and gzip", async () => {
    const path = join(dir, "app.log");
    writeFileSync(path, text);
    const gz = join(dir, "app.log.gz");
    writeFileSync(gz, gzipSync(text));
    const bytes = Buffer.from(text);
    const chunks = () =>
      Readable.from(
        Array.from({ length: Math.ceil(bytes.length / 7000) }, (_, i) => bytes.subarray(i * 7000, i * 7000 + 7000)),
      );
    for (const [name, found] of [
      ["stream", await collect(scanStream(chunks(), { lines: true, blockSize: 4096 }))],
      ["file", await collect(scanFile(path, { lines: true, threads: 1, segmentSize: 64 << 10 }))],
      ["file, 3 threads", await collect(scanFile(path, { lines: true, threads: 3, segmentSize: 64 << 10 }))],
      ["file, read ahead", await collect(scanFile(path, { lines: true, readAhead: true, segmentSize: 64 << 10 }))],
      ["gzip", await collect(scanFile(gz, { lines: true }))],
    ] as const)
      assert.deepEqual(carried(found), expected, name);
  });

  it("cut a long line to 400 characters around the match", () => {
    const long = `${"x".repeat(5000)} [WinError 10054] ${"y".repeat(5000)}`;
    const [finding] = scan(long, { lines: true });
    const shown = finding?.lineText ?? "";
    assert.ok(shown.startsWith("…") && shown.endsWith("…"), shown.slice(0, 20));
    assert.equal(shown.length, 402);
    assert.ok(shown.includes("[WinError 10054]"));
    // Not between the halves of a character outside the BMP.
    const emoji = scan(`${"\u{1F600}".repeat(80)}x [WinError 10054] ${"\u{1F600}".repeat(400)}`, { lines: true })[0];
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(emoji?.lineText ?? ""));
  });
});
