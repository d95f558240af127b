// The page's CRC-32 (it finds where each gzip member ends by its trailer) against zlib's;
// the members themselves are read by Chromium in test/web/browser.test.ts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync, crc32 as zlibCrc32 } from "node:zlib";
import { startsAsGzip } from "../../src/scan/gunzip.ts";
import { crc32 } from "../../src/web/client/gzip-members.ts";

describe("gzip members in the page", () => {
  it("computes CRC-32 as zlib does, whole and in pieces", () => {
    let seed = 7;
    for (const length of [0, 1, 7, 255, 4096, 100_003]) {
      const bytes = Uint8Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed & 0xff;
      });
      assert.equal(crc32(bytes), zlibCrc32(bytes), `${length} bytes`);
      const half = Math.floor(length / 2);
      assert.equal(crc32(bytes.subarray(half), crc32(bytes.subarray(0, half))), zlibCrc32(bytes));
    }
  });

  it("matches the trailer gzip writes", () => {
    const data = Buffer.from("[WinError 10054] reset\n".repeat(100));
    const member = gzipSync(data);
    assert.equal(member.readUInt32LE(member.length - 8), crc32(data));
    assert.ok(startsAsGzip(member));
    assert.ok(!startsAsGzip(data));
  });
});
