// The streaming form against the whole-text form: split at every position (inside a
// line, a UTF-8 character, a CRLF, a two-line message), and in random chunkings.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import fc from "fast-check";
import { scan, scanStream } from "../../src/scan/index.ts";
import { MAX_LINE } from "../../src/scan/scanner.ts";
import { StreamState } from "../../src/scan/stream.ts";
import type { Finding } from "../../src/scan/types.ts";
import { ROOT } from "../helpers/catalogue.ts";
import { failingSource } from "../helpers/streams.ts";

async function collect(chunks: (string | Uint8Array)[], blockSize?: number): Promise<Finding[]> {
  const found: Finding[] = [];
  for await (const finding of scanStream(Readable.from(chunks), { blockSize })) found.push(finding);
  return found;
}

const TRICKY = [
  "2026-11-23 INFO listening on 0.0.0.0:10054",
  "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
  "Eine bestehende Verbindung wurde softwaregesteuert\r",
  "durch den Hostcomputer abgebrochen.\r",
  "远程主机强迫关闭了一个现有的连接。 (os error 10054)",
  "Error: read ECONNRESET",
  "  errno: -4077,",
  "Socket Error # 10054",
  "Connection reset by peer.",
  // (A finding dropped for the line above it: ioredis's own timer, see own-words.test.ts.)
  "[ioredis] Unhandled error event: Error: connect ETIMEDOUT",
  "  errorno: 'ETIMEDOUT',",
  "  code: 'ETIMEDOUT',",
  // (A finding dropped for the line two below it: a child process's, see error-objects.test.ts.)
  "Error: spawnSync /bin/sh ETIMEDOUT",
  "  errno: -110,",
  "  code: 'ETIMEDOUT',",
  "  syscall: 'spawnSync /bin/sh',",
  "  errno: -104,",
  "",
].join("\n");
const bytes = new TextEncoder().encode(TRICKY);

describe("scanStream", () => {
  const whole = scan(TRICKY);

  it("finds what scan() finds in the tricky text", async () => {
    assert.ok(whole.length >= 6);
    assert.deepEqual(await collect([TRICKY]), whole);
  });

  it("gives the same findings for a split at every byte", async () => {
    for (let at = 1; at < bytes.length; at++) {
      assert.deepEqual(await collect([bytes.slice(0, at), bytes.slice(at)], 1024), whole, `split at byte ${at}`);
    }
  });

  it("gives the same findings on the text path (UTF-16) for a split at every character", async () => {
    // (UTF-16 is decoded and read as text, stream.ts, not as bytes: its own lookahead lines.)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRICKY, "utf16le")]);
    for (let at = 2; at < utf16.length; at += 2) {
      assert.deepEqual(await collect([utf16.subarray(0, at), utf16.subarray(at)]), whole, `split at byte ${at}`);
    }
  });

  it("gives the same findings with tiny blocks and one byte a chunk", async () => {
    assert.deepEqual(
      await collect(
        [...bytes].map((byte) => Uint8Array.of(byte)),
        1024,
      ),
      whole,
    );
  });

  it("gives the same findings as scan() on every fixture, in random chunkings", async () => {
    const dir = join(ROOT, "test/fixtures/explain");
    const text = readdirSync(dir)
      .flatMap((name) => {
        const fixture = JSON.parse(readFileSync(join(dir, name), "utf8"));
        return [...fixture.positive, ...fixture.negative].map((item: { line: string }) => item.line);
      })
      .join("\n");
    const expected = scan(text);
    const all = new TextEncoder().encode(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: all.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), all.length];
        const chunks = points.slice(1).map((end, index) => all.slice(points[index], end));
        assert.deepEqual(await collect(chunks, 4096), expected);
      }),
      { numRuns: 40 },
    );
  });

  it("reads a web ReadableStream", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const found: Finding[] = [];
    for await (const finding of scanStream(stream)) found.push(finding);
    assert.deepEqual(found, whole);
  });

  it("reads UTF-16 (little- and big-endian, with or without a byte order mark) as scan() reads the text", async () => {
    const text = `ok\r\nConnectionResetError: [WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen\r\n${"filler \u00e4\u4e2d\r\n".repeat(400)}Socket Error # 10061\r\n`;
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.evidence}`;
    const expected = scan(text).map(key);
    assert.equal(expected.length, 2);
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    const forms = {
      "LE with BOM": Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      "LE without": le,
      "BE with BOM": Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      "BE without": be,
    };
    for (const [name, bytes] of Object.entries(forms)) {
      // In chunks of 7 bytes: the encoding is told from the first bytes held together.
      const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) =>
        bytes.subarray(index * 7, index * 7 + 7),
      );
      const found: Finding[] = [];
      for await (const finding of scanStream(Readable.from(chunks))) found.push(finding);
      assert.deepEqual(found.map(key), expected, name);
    }
    // A source that refills one buffer for every chunk (the bytes held to tell the encoding are copied).
    const shared = new Uint8Array(8);
    const refilling = async function* (bytes: Uint8Array) {
      for (let at = 0; at < bytes.length; at += shared.length) {
        const piece = bytes.subarray(at, at + shared.length);
        shared.set(piece);
        yield shared.subarray(0, piece.length);
      }
    };
    const refilled: Finding[] = [];
    for await (const finding of scanStream(refilling(Buffer.from(text)))) refilled.push(finding);
    assert.deepEqual(refilled.map(key), expected);
    // UTF-8 stays UTF-8, and a short source is decoded at its end.
    const short: Finding[] = [];
    for await (const finding of scanStream(Readable.from([Buffer.from("[WinError 10061]")]))) short.push(finding);
    assert.deepEqual(short.map(key), ["1:1:10061:decimal"]);
  });

  it("reads the whole lines of a source that fails, and a line already past MAX_LINE", async () => {
    const read = async (chunks: string[]) => {
      const found: Finding[] = [];
      await assert.rejects(async () => {
        for await (const finding of scanStream(failingSource(chunks))) found.push(finding);
      }, /broke off/);
      return found.map((finding) => `${finding.line}:${finding.column}:${finding.code}`);
    };
    // The line it broke off in is not read ("errno: 100" is not what the line said)…
    assert.deepEqual(await read(["[WinError 10061]\nconnect failed: errno: 100"]), ["1:1:10061"]);
    // …unless it is already longer than MAX_LINE: its first MAX_LINE characters are final.
    assert.deepEqual(await read(["ok\n[WinError 10061] ", "y".repeat(1_100_000)]), ["2:1:10061"]);
  });

  it("cuts a line at MAX_LINE when it grows past it in small chunks, after whole lines still unread", async () => {
    // (The length of the unfinished line is kept as chunks come, not looked up in the joined text.)
    const chunks = ["ok\n[WinError 10054] first\n[WinError 10060] "];
    for (let i = 0; i < 1500; i++) chunks.push(i === 1200 ? "(os error 10061)" : "y".repeat(1000));
    chunks.push("\n[WinError 10065] after\n");
    const text = chunks.join("");
    const expected = ["2:WSAECONNRESET", "3:WSAETIMEDOUT", "4:WSAEHOSTUNREACH"];
    const key = (finding: Finding) => `${finding.line}:${finding.symbol}`;
    // 10061 lies past the line's first MAX_LINE characters: passed over, in both forms.
    assert.deepEqual(scan(text).map(key), expected);
    assert.deepEqual((await collect(chunks, 64 << 10)).map(key), expected);
    assert.deepEqual((await collect(chunks)).map(key), expected);
    // And what is held stays within the whole lines and MAX_LINE characters of the long one.
    const state = new StreamState(null);
    state.append("ok\n[WinError 10054] first\n");
    for (let i = 0; i < 3000; i++) state.append("y".repeat(1000));
    assert.equal(state.size, "ok\n[WinError 10054] first\n".length + MAX_LINE);
    state.append("tail\nnext line\n");
    assert.equal(state.size, "ok\n[WinError 10054] first\n".length + MAX_LINE + "\nnext line\n".length);
  });

  it("keeps memory bounded on a line without end", async () => {
    const junk = "x".repeat(1 << 20);
    const chunks = Array.from({ length: 8 }, () => junk);
    chunks.push(" [WinError 10061]\n[WinError 10054]\n");
    const found = await collect(chunks);
    // The over-long line is cut at MAX_LINE (its tail, with 10061, is passed over); the next line is read.
    assert.deepEqual(
      found.map((finding) => [finding.line, finding.symbol]),
      [[2, "WSAECONNRESET"]],
    );
  });
});
