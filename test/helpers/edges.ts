// What each path of the explainer finds in a text: scan(), a file scan, and a file scan with a
// segment's edge before each line of the text (two threads, 64 KiB segments), as
// "line symbol platform" rows; and the assertion that all of them find the same.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { scanFile } from "../../src/scan/file.ts";
import { scan } from "../../src/scan/index.ts";
import type { Finding } from "../../src/scan/types.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-edges-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What each path finds in the text, as "line symbol platform" rows. */
export async function rowsOnEveryPath(
  text: string,
): Promise<{ text: string[]; file: string[]; boundaries: string[][] }> {
  const row = (finding: Finding) => `${finding.line} ${finding.symbol} ${finding.platform}`;
  const path = join(dir, "edges.log");
  writeFileSync(path, text);
  const file: string[] = [];
  for await (const finding of scanFile(path)) file.push(row(finding));
  // Segments of 64 KiB after padding that puts a segment's edge at each line of the text (in
  // bytes: a line in another script is longer in UTF-8 than in characters).
  const boundaries: string[][] = [];
  const lines = text.split("\n");
  for (let edge = 1; edge < lines.length; edge++) {
    const before = Buffer.byteLength(lines.slice(0, edge).join("\n")) + 1;
    const pad = "p".repeat((64 << 10) - ((before + 1) % (64 << 10)));
    writeFileSync(path, `${pad}\n${text}`);
    const found: string[] = [];
    for await (const finding of scanFile(path, { threads: 2, segmentSize: 64 << 10 }))
      found.push(row({ ...finding, line: finding.line - 1 }));
    boundaries.push(found);
  }
  return { text: scan(text).map(row), file, boundaries };
}

/** That scan(), a file scan and every segment edge find `expected` in the text. */
export async function assertFindsOnEveryPath(text: string, expected: string[]): Promise<void> {
  const found = await rowsOnEveryPath(text);
  assert.deepEqual(found.text, expected, "scan()");
  assert.deepEqual(found.file, expected, "file scan");
  for (const [edge, boundary] of found.boundaries.entries())
    assert.deepEqual(boundary, expected, `segment edge before line ${edge + 2}`);
}
