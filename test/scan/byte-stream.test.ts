// The byte path for streams (standard input, .gz) against scan() on the whole text:
// random chunkings, segments small enough to cut every few lines, lines past MAX_LINE,
// a source that fails part way, UTF-16 handed to the text path, and a reader that stops early.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { scanByteStreamBatches } from "../../src/scan/byte-stream.ts";
import { scan } from "../../src/scan/index.ts";
import { MAX_LINE } from "../../src/scan/scanner.ts";
import type { Finding } from "../../src/scan/types.ts";
import { ROOT } from "../helpers/catalogue.ts";
import { failingSource } from "../helpers/streams.ts";

async function collect(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  segmentSize?: number,
): Promise<Finding[]> {
  const source = (async function* () {
    yield* chunks;
  })();
  const found: Finding[] = [];
  for await (const batch of scanByteStreamBatches(source, { segmentSize })) found.push(...batch);
  return found;
}

/** The bytes in pieces cut at the given places. */
function cut(bytes: Uint8Array, places: number[]): Uint8Array[] {
  const points = [0, ...[...new Set(places)].sort((a, b) => a - b), bytes.length];
  return points.slice(1).map((end, index) => bytes.slice(points[index], end));
}

const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.evidence}`;

describe("scanByteStreamBatches", () => {
  const dir = join(ROOT, "test/fixtures/explain");
  const fixtures = readdirSync(dir)
    .flatMap((name) => {
      const fixture = JSON.parse(readFileSync(join(dir, name), "utf8"));
      return [...fixture.positive, ...fixture.negative].map((item: { line: string }) => item.line);
    })
    .join("\n");

  it("gives scan()'s findings on every fixture, in random chunkings and segments of a few lines", async () => {
    const expected = scan(fixtures);
    assert.ok(expected.length > 100);
    const all = Buffer.from(fixtures);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: all.length - 1 }), { maxLength: 12 }),
        fc.integer({ min: 1024, max: 16384 }),
        async (places, segmentSize) => {
          assert.deepEqual(await collect(cut(all, places), segmentSize), expected);
        },
      ),
      { numRuns: 40 },
    );
    // One byte a chunk, and strings for chunks.
    assert.deepEqual(
      await collect(
        [...all.subarray(0, 6000)].map((byte) => Uint8Array.of(byte)),
        1024,
      ),
      scan(all.subarray(0, 6000).toString()),
    );
    assert.deepEqual(
      await collect(
        Array.from({ length: Math.ceil(fixtures.length / 777) }, (_, i) => fixtures.slice(i * 777, i * 777 + 777)),
        2048,
      ),
      expected,
    );
  });

  it("reads the rules across lines at every segment boundary (the line before a segment is its context)", async () => {
    // A POSIX text continuing a Windows message above is not reported again (Indy), and a message
    // is broken over two lines: a segment boundary falls between each pair for some size below.
    const pairs = [
      "Socket Error # 10054",
      "Connection reset by peer.",
      "Eine bestehende Verbindung wurde softwaregesteuert",
      "durch den Hostcomputer abgebrochen.",
    ];
    const filler = Array.from({ length: 30 }, (_, i) => `2026-11-24 INFO request ${i} served in ${i * 7} ms`);
    const text = `${[...filler, ...pairs, ...filler, ...pairs].join("\n")}\n`;
    const expected = scan(text);
    assert.equal(expected.length, 4);
    const first = text.indexOf(pairs[0] as string);
    assert.ok(first > 1024 && first < 1700);
    for (let segmentSize = 1024; segmentSize < 1800; segmentSize++)
      assert.deepEqual(await collect([text], segmentSize), expected, `segments of ${segmentSize}`);
  });

  it("carries a long line's findings into the next segment (its context is too long to read back)", async () => {
    // Indy: the POSIX text continuing the Windows message on the line above is not reported again.
    for (const length of [MAX_LINE - 100, MAX_LINE + 1, 2 * MAX_LINE]) {
      const text = `ok\nSocket Error # 10054 ${"y".repeat(length)}\nConnection reset by peer.\nnext line\n`;
      const expected = scan(text);
      assert.deepEqual(expected.map(key), ["2:1:10054:decimal"]);
      assert.deepEqual(await collect([text], 1024), expected, `a line of ${length} bytes`);
    }
  });

  it("reads lines longer than MAX_LINE as scan() does, around segment boundaries", async () => {
    const long = `[WinError 10054] ${"y".repeat(MAX_LINE + 5000)} (os error 10061)`;
    const text = `first [WinError 10060]\n${long}\nafter: Socket Error # 10065\n${"z".repeat(3 * MAX_LINE)}\nlast [Errno 10013]\n`;
    const expected = scan(text).map(key);
    assert.deepEqual(
      expected.map((item) => item.split(":").slice(0, 3).join(":")),
      ["1:7:10060", "2:1:10054", "3:8:10065", "5:7:10013"],
    );
    const bytes = Buffer.from(text);
    for (const size of [1000, 65536, 1 << 20])
      assert.deepEqual(
        (
          await collect(
            cut(
              bytes,
              Array.from({ length: Math.floor(bytes.length / size) }, (_, i) => (i + 1) * size),
            ),
            4096,
          )
        ).map(key),
        expected,
        `chunks of ${size}`,
      );
  });

  it("reads the whole lines of a source that fails part way, then fails", async () => {
    const read = async (chunks: string[]) => {
      const found: string[] = [];
      await assert.rejects(async () => {
        for await (const batch of scanByteStreamBatches(failingSource(chunks), { segmentSize: 1024 }))
          for (const finding of batch) found.push(`${finding.line}:${finding.code}`);
      }, /broke off/);
      return found;
    };
    // Not the line it broke off in ("errno: 100" is not what "errno: 10061" said)…
    assert.deepEqual(await read(["[WinError 10061]\nconnect failed: errno: 100"]), ["1:10061"]);
    assert.deepEqual(
      await read([`${"[WinError 10054]\n".repeat(500)}x errno: 100`]).then((found) => found.length),
      500,
    );
    // …unless that line is already past MAX_LINE: its first MAX_LINE bytes are final.
    assert.deepEqual(await read(["ok\n[WinError 10061] ", "y".repeat(MAX_LINE + 10)]), ["2:10061"]);
  });

  it("hands UTF-16 to the text path, with the bytes it held to tell", async () => {
    const text = `ok\r\n[WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen\r\n${"filler \u00e4\u4e2d\r\n".repeat(400)}Socket Error # 10061\r\n`;
    const expected = scan(text).map(key);
    assert.equal(expected.length, 2);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    assert.deepEqual((await collect(cut(bytes, [3, 100, 5000]))).map(key), expected);
  });

  it("lets the source go when the reader stops early, UTF-8 or UTF-16", async () => {
    for (const encoding of ["utf8", "utf16le"] as const) {
      let closed = false;
      const source = (async function* () {
        try {
          for (;;) yield Buffer.from("\ufeff[WinError 10054] again\n".repeat(1000), encoding);
        } finally {
          closed = true;
        }
      })();
      for await (const batch of scanByteStreamBatches(source, { segmentSize: 4096 })) {
        assert.ok(batch.length > 0);
        break;
      }
      assert.equal(closed, true, encoding);
    }
  });
});
