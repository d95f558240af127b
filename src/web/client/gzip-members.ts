// A dropped .gz decompressed member by member, as `gzip -d` reads one (the CLI's
// src/scan/gunzip.ts does the same with Node's zlib). The browser's DecompressionStream
// stops after the first member ("Junk found after end of compressed data") and never
// says where that member ended. A member ends with the CRC-32 and length of its data
// (RFC 1952, 2.3.1): those of the data it gave are looked for after its start, and the
// next member, if any, begins just after them.

import { startsAsGzip } from "../../scan/gunzip.ts";

/** How the data ended: whole, cut short or damaged, or followed by bytes that are not gzip (ignored). */
export type GzipEnd = "whole" | "broken" | "trailing";

/** The decompressed data of every member, in pieces; returns how the data ended. Throws when it is not gzip at all. */
export async function* gunzipMembers(data: Uint8Array<ArrayBuffer>): AsyncGenerator<Uint8Array, GzipEnd> {
  for (let at = 0; ; ) {
    if (at >= data.length) return "whole";
    if (!startsAsGzip(data.subarray(at, at + 3))) {
      if (at === 0) throw new Error("not gzip data");
      // Zero bytes after the last member are padding, as gzip itself treats them.
      return data.subarray(at).every((byte) => byte === 0) ? "whole" : "trailing";
    }
    const reader = new Blob([data.subarray(at)]).stream().pipeThrough(new DecompressionStream("gzip")).getReader();
    let crc = 0;
    let size = 0;
    let stopped = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return "whole"; // the member was the last thing in the file
        crc = crc32(value, crc);
        size = (size + value.length) >>> 0;
        yield value;
      }
    } catch {
      // Bytes after the member (another member, or junk), or damaged data: told apart below.
      stopped = true;
    } finally {
      if (!stopped) void reader.cancel().catch(() => {});
    }
    const end = indexOfTrailer(data, at + 18, crc, size);
    if (end === -1) {
      if (at === 0 && size === 0) throw new Error("not gzip data");
      return "broken";
    }
    at = end + 8;
  }
}

/** Where the 8-byte trailer (CRC-32, length, little-endian) first occurs from `from`, or -1. */
function indexOfTrailer(data: Uint8Array, from: number, crc: number, size: number): number {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc >>> 0, true);
  view.setUint32(4, size >>> 0, true);
  const first = trailer[0] as number;
  for (let at = data.indexOf(first, from); at !== -1 && at + 8 <= data.length; at = data.indexOf(first, at + 1)) {
    let same = true;
    for (let index = 1; index < 8 && same; index++) same = data[at + index] === trailer[index];
    if (same) return at;
  }
  return -1;
}

let table: Uint32Array | undefined;

/** CRC-32 (as gzip and zlib compute it) of `bytes`, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = ~crc >>> 0;
  for (let index = 0; index < bytes.length; index++)
    c = (table[(c ^ (bytes[index] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
