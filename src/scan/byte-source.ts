// A block of bytes as the engine reads it (Node only): lines are decoded from UTF-8
// only when read; the anchors and the line numbers of their lines come with the block
// (block-reader.ts found and counted them).
import type { ReadBlock } from "./block-reader.ts";
import { byteDispatchTable } from "./byte-tables.ts";
import type { BlockSource } from "./scanner.ts";

const NEWLINE = 10;

export function blockSource(block: ReadBlock): BlockSource {
  const { bytes, length, hits, hitLines } = block;
  return {
    kind: "bytes",
    length,
    dispatch: byteDispatchTable(),
    newlineAfter: (at) => {
      const found = bytes.indexOf(NEWLINE, at);
      return found >= length ? -1 : found;
    },
    // (Buffer.lastIndexOf counts a negative offset from the end.)
    newlineBefore: (at) => (at < 0 ? -1 : bytes.lastIndexOf(NEWLINE, Math.min(at, length - 1))),
    text: (start, end) => bytes.toString("utf8", start, Math.min(end, length)),
    // (Found from the block's `from`, where the engine asks from.)
    anchorHits: () => hits,
    // A candidate line's number is its first hit's: lines are asked for in order, as the hits come.
    lineCounter: () => {
      let index = 0;
      return (offset) => {
        while (index < hitLines.length - 1 && (hits[index * 2] as number) < offset) index++;
        return hitLines[index] as number;
      };
    },
  };
}
