// gunzip(): members one after another, padding, bytes after the data, damage and short
// data, headers with every optional field, and any chunking of the input; checked against
// zlib's own gunzipSync and against `gzip` where the machine has it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import * as zlib from "node:zlib";
import { GzipError, gunzip, startsAsGzip } from "../../src/scan/gunzip.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-gunzip-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Text of `lines` numbered lines, each different, hard to compress well. */
function text(lines: number, seed = 1): string {
  let state = seed;
  const out: string[] = [];
  for (let index = 0; index < lines; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out.push(`${index} ${state.toString(36)} [WinError 10054] ${(state * 7).toString(16)}`);
  }
  return `${out.join("\n")}\n`;
}

/** Flips bits of one byte of a copy. */
function flipped(bytes: Buffer, at: number, bits: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ bits;
  return copy;
}

/** The input cut into chunks of the given sizes, repeated. */
async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, index = 0; at < bytes.length; index++) {
    const size = sizes[index % sizes.length] as number;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/**
 * The input in chunks of the given sizes, all in one buffer refilled for each chunk, as the
 * CLI's standard input reads: whatever is kept must be copied before the next is asked for.
 */
async function* refilled(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  const buffer = Buffer.alloc(Math.max(...sizes));
  for await (const chunk of chunked(bytes, sizes)) {
    buffer.set(chunk);
    yield buffer.subarray(0, chunk.length);
    buffer.fill(0x55);
  }
}

/** Everything gunzip() gives, the error it ends with (if any), and its warnings. */
async function inflate(
  input: AsyncIterable<Uint8Array>,
): Promise<{ out: Buffer; error?: GzipError; warnings?: string[] }> {
  const parts: Buffer[] = [];
  const warnings: string[] = [];
  const onWarning = (warning: GzipError) => warnings.push(warning.code);
  try {
    for await (const part of gunzip(input, zlib, { onWarning })) parts.push(Buffer.from(part));
  } catch (error) {
    assert.ok(error instanceof GzipError, String(error));
    return { out: Buffer.concat(parts), error, ...(warnings.length > 0 ? { warnings } : {}) };
  }
  return { out: Buffer.concat(parts), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** A gzip member written by hand, with the optional header fields RFC 1952 allows. */
function member(
  data: Buffer,
  fields: { extra?: Buffer; name?: string; comment?: string; headerCrc?: boolean },
): Buffer {
  const flags =
    (fields.headerCrc ? 0x02 : 0) | (fields.extra ? 0x04 : 0) | (fields.name ? 0x08 : 0) | (fields.comment ? 0x10 : 0);
  const header: Buffer[] = [Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3])];
  if (fields.extra) header.push(Buffer.from([fields.extra.length & 0xff, fields.extra.length >> 8]), fields.extra);
  if (fields.name) header.push(Buffer.from(`${fields.name}\0`, "latin1"));
  if (fields.comment) header.push(Buffer.from(`${fields.comment}\0`, "latin1"));
  if (fields.headerCrc) {
    const check = zlib.crc32(Buffer.concat(header)) & 0xffff;
    header.push(Buffer.from([check & 0xff, check >> 8]));
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([...header, zlib.deflateRawSync(data), trailer]);
}

describe("gunzip", () => {
  // (Each piece of input is one round through the thread pool: byte by byte only small members.)
  const one = Buffer.from(text(20_000, 1));
  const two = Buffer.from(text(100, 2));
  const gzipped = zlib.gzipSync(one);

  it("gives what zlib gives, however the input is chunked", async () => {
    for (const sizes of [[65_536], [gzipped.length], [10, 9, 8, 4096], [16_385]]) {
      const { out, error } = await inflate(chunked(gzipped, sizes));
      assert.equal(error, undefined);
      assert.ok(out.equals(one), `chunks of ${sizes.join(",")}`);
    }
    const small = zlib.gzipSync(two);
    for (const sizes of [[1], [7, 1, 3]]) {
      const { out, error } = await inflate(chunked(small, sizes));
      assert.equal(error, undefined);
      assert.ok(out.equals(two), `chunks of ${sizes.join(",")}`);
    }
  });

  it("reads members one after another", async () => {
    const both = Buffer.concat([gzipped, zlib.gzipSync(two), zlib.gzipSync(Buffer.alloc(0))]);
    for (const sizes of [[4099], [65_536]]) {
      const { out, error } = await inflate(chunked(both, sizes));
      assert.equal(error, undefined);
      assert.ok(out.equals(Buffer.concat([one, two])));
    }
  });

  it("reads many small members, decompressed at once or streamed, alike", async () => {
    // (A member held whole is decompressed at once; one running past what is held is streamed.)
    const lines = Array.from({ length: 3000 }, (_, index) => `${index} line of a log shipper's flush\n`);
    const many = Buffer.concat(lines.map((line) => zlib.gzipSync(line)));
    const damaged = Buffer.from(many);
    damaged[many.length - 6] = (damaged[many.length - 6] as number) ^ 0xff; // the last member's CRC
    for (const sizes of [[1 << 20], [4096]]) {
      const { out, error } = await inflate(chunked(many, sizes));
      assert.equal(error, undefined);
      assert.equal(out.toString(), lines.join(""), `chunks of ${sizes}`);
      const bad = await inflate(chunked(damaged, sizes));
      assert.equal(bad.error?.code, "GZIP_DAMAGED", `chunks of ${sizes}`);
      assert.equal(bad.out.toString(), lines.join(""));
    }
    // Members held whole are decompressed at once: no inflater stream is made for them.
    let streams = 0;
    const counting = {
      ...zlib,
      createInflateRaw: (options?: zlib.ZlibOptions) => {
        streams++;
        return zlib.createInflateRaw(options);
      },
    } as typeof zlib;
    const parts: Buffer[] = [];
    for await (const part of gunzip(chunked(many, [1 << 20]), counting)) parts.push(part);
    assert.equal(Buffer.concat(parts).toString(), lines.join(""));
    assert.equal(streams, 0);
    // Small chunks (each member streamed: one round through the thread pool per piece) on a few.
    const few = Buffer.concat(lines.slice(0, 40).map((line) => zlib.gzipSync(line)));
    for (const sizes of [[37], [5, 1]]) {
      const { out, error } = await inflate(chunked(few, sizes));
      assert.equal(error, undefined);
      assert.equal(out.toString(), lines.slice(0, 40).join(""), `chunks of ${sizes}`);
    }
  });

  it("reads headers with a name, a comment, extra data and a header checksum", async () => {
    const written = member(two, { extra: Buffer.from("ab\0cd"), name: "app.log", comment: "rotated", headerCrc: true });
    // zlib agrees the member is well formed.
    assert.ok(zlib.gunzipSync(written).equals(two));
    for (const sizes of [[1], [2, 5], [1 << 16]]) {
      const { out, error } = await inflate(chunked(Buffer.concat([written, member(two, { name: "x" })]), sizes));
      assert.equal(error, undefined);
      assert.ok(out.equals(Buffer.concat([two, two])));
    }
    // A header whose checksum does not match.
    const damaged = flipped(written, 10 + 2 + 5 + 8 + 8, 1);
    assert.equal((await inflate(chunked(damaged, [4096]))).error?.code, "GZIP_DAMAGED");
  });

  it("passes over zero bytes after the last member, as gzip does", async () => {
    const { out, error } = await inflate(chunked(Buffer.concat([gzipped, Buffer.alloc(5000)]), [4096]));
    assert.equal(error, undefined);
    assert.ok(out.equals(one));
  });

  it("gives all of the data before other bytes that follow it, then warns and ends", async () => {
    // Node's Gunzip stream lost the output of the write that such bytes came in with.
    for (const junk of ["garbage\n", "\x1f", "\x1f\x8bX junk", "\0\0x"]) {
      for (const sizes of [[1 << 20], [4096], [65_536, 7]]) {
        const result = await inflate(chunked(Buffer.concat([gzipped, Buffer.from(junk, "latin1")]), sizes));
        assert.deepEqual(result.warnings, ["GZIP_TRAILING_BYTES"], JSON.stringify(junk));
        assert.equal(result.error, undefined);
        assert.ok(result.out.equals(one), `${JSON.stringify(junk)} in chunks of ${sizes}`);
      }
    }
  });

  it("copies what it holds from a source that refills one buffer", async () => {
    const two = zlib.gzipSync(Buffer.from(text(300, 5)));
    const members = Buffer.concat([member(Buffer.from(text(200, 4)), { name: "a.log", comment: "x" }), two]);
    // Cut inside the first header, inside the name, at the member boundary, inside the trailer.
    for (const sizes of [[1, 2], [3, 4096], [13, 1], [members.length - two.length - 4, 1, 3, 4096], [7]]) {
      const { out, error } = await inflate(refilled(members, sizes));
      assert.equal(error, undefined, `chunks of ${sizes}`);
      assert.ok(out.equals(zlib.gunzipSync(members)), `chunks of ${sizes}`);
    }
  });

  it("ends with the input's own error when reading fails inside a member", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gzipped.subarray(0, 12);
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error("disk went away");
    }
    const parts: Buffer[] = [];
    await assert.rejects(async () => {
      for await (const part of gunzip(failing(), zlib)) parts.push(part);
    }, /disk went away/);
  });

  it("reads a header's name a chunk at a time: a name with no end is cut short, in linear time", async () => {
    const endless = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3]), Buffer.alloc(8 << 20, 0x61)]);
    const started = performance.now();
    const { error } = await inflate(chunked(endless, [65_536]));
    assert.equal(error?.code, "GZIP_CUT_SHORT");
    // (Byte by byte, this took half a minute; a chunk at a time, well under a second.)
    assert.ok(performance.now() - started < 10_000);
  });

  it("says when the data is not gzip at all, or ends early, after what it could read", async () => {
    assert.equal(
      (await inflate(chunked(Buffer.from("[WinError 10054] plain text"), [4096]))).error?.code,
      "GZIP_NOT_GZIP",
    );
    assert.equal((await inflate(chunked(Buffer.from([0x1f, 0x8b]), [4096]))).error?.code, "GZIP_NOT_GZIP");
    assert.deepEqual(await inflate(chunked(Buffer.alloc(0), [1])), { out: Buffer.alloc(0) });
    for (const cut of [5, 12, Math.floor(gzipped.length / 2), gzipped.length - 4]) {
      const { out, error } = await inflate(chunked(gzipped.subarray(0, cut), [1000]));
      assert.equal(error?.code, "GZIP_CUT_SHORT", `cut at ${cut}`);
      // What came before the cut is given: a prefix of the data.
      assert.ok(one.subarray(0, out.length).equals(out));
      if (cut > gzipped.length / 2) assert.ok(out.length > one.length / 3);
    }
  });

  it("says when a member is damaged: its deflate data, or its checksum or length", async () => {
    const badCrc = flipped(gzipped, gzipped.length - 6, 0xff);
    const badCrcResult = await inflate(chunked(badCrc, [4096]));
    assert.equal(badCrcResult.error?.code, "GZIP_DAMAGED");
    assert.ok(badCrcResult.out.equals(one));
    const badLength = flipped(gzipped, gzipped.length - 1, 0x01);
    assert.equal((await inflate(chunked(badLength, [4096]))).error?.code, "GZIP_DAMAGED");
    const badBlock = Buffer.from(gzipped);
    badBlock[10] = 0xff; // the first block's type: 3 is reserved
    assert.equal((await inflate(chunked(badBlock, [4096]))).error?.code, "GZIP_DAMAGED");
  });

  it("stops reading and closes its input when its reader stops", async () => {
    const path = join(dir, "big.gz");
    writeFileSync(path, zlib.gzipSync(Buffer.from(text(200_000, 3))));
    const input = createReadStream(path);
    for await (const part of gunzip(input, zlib)) {
      assert.ok(part.length > 0);
      break;
    }
    if (!input.closed) await new Promise((resolve) => input.once("close", () => resolve(undefined)));
    assert.ok(input.destroyed);
  });

  it("agrees with gzip itself on a file gzip wrote with its name in the header", async (context) => {
    if (spawnSync("gzip", ["--version"]).status !== 0) return context.skip("no gzip on this machine");
    const path = join(dir, "app.log");
    writeFileSync(path, one);
    assert.equal(spawnSync("gzip", ["-kf", path]).status, 0);
    const { out, error } = await inflate(createReadStream(`${path}.gz`));
    assert.equal(error, undefined);
    assert.ok(out.equals(one));
  });

  it("tells gzip data by its first bytes", () => {
    assert.ok(startsAsGzip(gzipped));
    assert.ok(!startsAsGzip(Buffer.from("\x1f\x8b", "latin1")));
    assert.ok(!startsAsGzip(Buffer.from("2026-11-24 log")));
  });
});
