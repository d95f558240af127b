// Blocks of bytes for the engine (Node only): the bytes live in this thread's byte
// prefilter, which finds the anchors; lines are decoded from UTF-8 only when read.
import { BytePrefilter } from "./byte-prefilter.ts";
import { type BlockSource, byteAnchors, MAX_LINE } from "./scanner.ts";
import { textKeys } from "./texts.ts";

const NEWLINE = 10;

let threadPrefilter: BytePrefilter | undefined;

/** This thread's byte prefilter, with room for at least `capacity` input bytes. */
export function bytePrefilter(capacity = 0): BytePrefilter {
  threadPrefilter ??= new BytePrefilter(
    byteAnchors().map((anchor) => Buffer.from(anchor, "latin1")),
    Math.max(capacity, MAX_LINE),
    commonness(),
  );
  threadPrefilter.ensure(capacity);
  return threadPrefilter;
}

/**
 * How common a gram (four bytes) is likely to be in a log: the number of printed texts
 * holding it (their words are everyday words: "tion", "conn", "ion "), and far more for
 * digits, which timestamps, ports and ids put everywhere.
 */
function commonness(): (gram: number) => number {
  const texts = new Map<number, number>();
  for (const key of textKeys()) {
    const bytes = Buffer.from(key.norm);
    const seen = new Set<number>();
    for (let at = 0; at + 4 <= bytes.length; at++) seen.add(bytes.readInt32LE(at));
    for (const gram of seen) texts.set(gram, (texts.get(gram) ?? 0) + 1);
  }
  return (gram) => {
    let digits = 0;
    for (let shift = 0; shift < 32; shift += 8) {
      const byte = (gram >>> shift) & 0xff;
      if (byte >= 0x30 && byte <= 0x39) digits++;
    }
    return (texts.get(gram) ?? 0) + (digits >= 2 ? 100 * digits : 0);
  };
}

/** Bytes [0, length) of bytePrefilter().input as a block source. */
export function byteSource(length: number): BlockSource {
  const filter = bytePrefilter();
  const bytes = filter.input;
  return {
    kind: "bytes",
    length,
    newlineAfter: (at) => {
      const found = bytes.indexOf(NEWLINE, at);
      return found >= length ? -1 : found;
    },
    // (Buffer.lastIndexOf counts a negative offset from the end.)
    newlineBefore: (at) => (at < 0 ? -1 : bytes.lastIndexOf(NEWLINE, Math.min(at, length - 1))),
    newlines: (from, to) => filter.newlines(from, Math.min(to, length)),
    text: (start, end) => bytes.toString("utf8", start, Math.min(end, length)),
    anchorHits: (from) => filter.hits(from, length, length),
  };
}
