// What the byte prefilter's tests compare with: a plain search for the anchors, the hits as
// objects, and a text's findings read through a file (the byte path) rather than as text; and
// the small anchor set and text pieces its property tests build inputs from.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanFile } from "../../src/scan/file.ts";
import type { Finding } from "../../src/scan/types.ts";

/**
 * Anchors for the prefilter's own tests. (Some share their first six bytes, which the module
 * looks anchors up by: ECONNRESET and ECONNREFUSED, abcdef and abcdefgh.)
 */
export const TEST_ANCHORS = [
  "WinError",
  "onnection reset",
  "reset by",
  "ECONNRESET",
  "ECONNREFUSED",
  "abcdef",
  "abcdefgh",
  "bcdefg",
  "Verbindung",
];

/** Pieces whose concatenations hold TEST_ANCHORS whole, cut at every place, or nearly. */
export const TEST_PIECES = [
  "WinError",
  "onnection reset by",
  "ECONNRE",
  "SET",
  "FUSED",
  "abcdefg",
  "h",
  "Verb",
  "indung",
  "x",
  "\n",
  "é",
];

/** Grams rated at random, so that anchors are sampled at windows other than their start. */
export const randomRating = (gram: number) => (Math.imul(gram, 2654435761) >>> 0) % 7;

/**
 * Every anchor starting in [from, to) and ending by `end`, by brute force, each once per
 * line (its first occurrence there), in position order.
 */
export function naiveHits(input: Buffer, anchors: readonly Buffer[], from: number, to: number, end: number) {
  const hits: { at: number; anchor: number }[] = [];
  anchors.forEach((anchor, index) => {
    const lines = new Set<number>();
    for (let at = input.indexOf(anchor, from); at !== -1 && at < to; at = input.indexOf(anchor, at + 1)) {
      const line = at === 0 ? 0 : input.lastIndexOf(10, at - 1) + 1;
      if (at + anchor.length <= end && !lines.has(line)) {
        lines.add(line);
        hits.push({ at, anchor: index });
      }
    }
  });
  return hits.sort((a, b) => a.at - b.at || a.anchor - b.anchor);
}

/** The prefilter's (position, anchor) pairs as objects. */
export function hitsOf(pairs: Int32Array): { at: number; anchor: number }[] {
  return Array.from({ length: pairs.length / 2 }, (_, index) => ({
    at: pairs[index * 2] as number,
    anchor: pairs[index * 2 + 1] as number,
  }));
}

/** The findings of `text` written to a file and scanned as one (one thread), without the file's name. */
export async function fileFindings(text: string): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), "wsaerr-file-"));
  try {
    const path = join(dir, "case.log");
    writeFileSync(path, text);
    const all: Finding[] = [];
    for await (const finding of scanFile(path, { threads: 1 })) all.push({ ...finding, file: null });
    return all;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
