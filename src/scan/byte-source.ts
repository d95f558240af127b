// Blocks of bytes for the engine (Node only): the bytes live in this thread's byte
// prefilter, which finds the anchors; lines are decoded from UTF-8 only when read.
import { BytePrefilter } from "./byte-prefilter.ts";
import { byteTables } from "./byte-tables.ts";
import { type BlockSource, MAX_LINE } from "./scanner.ts";

const NEWLINE = 10;

let threadPrefilter: BytePrefilter | undefined;

/** This thread's byte prefilter, with room for at least `capacity` input bytes. */
export function bytePrefilter(capacity = 0): BytePrefilter {
  if (!threadPrefilter) {
    const { anchors, windows } = byteTables();
    threadPrefilter = new BytePrefilter(anchors, Math.max(capacity, MAX_LINE), windows);
  }
  threadPrefilter.ensure(capacity);
  return threadPrefilter;
}

/** Bytes [0, length) of bytePrefilter().input as a block source. */
export function byteSource(length: number): BlockSource {
  const filter = bytePrefilter();
  const bytes = filter.input;
  return {
    kind: "bytes",
    length,
    dispatch: byteTables().dispatch,
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
