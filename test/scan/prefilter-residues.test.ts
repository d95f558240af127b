// The prefilter's sampling loops (byte-prefilter.wat's $fours, four positions a round, and $probe,
// one at a time) at every residue of `last - from` modulo 3 and 12, with outputs of one to seven
// hits (every call resumes), against a plain search. (Written in an independent review.)
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { anchorWindows, BytePrefilter, prefilterTables } from "../../src/scan/byte-prefilter.ts";
import { byteAnchorTables, bytePrefilterTables } from "../../src/scan/byte-tables.ts";
import { hitsOf, naiveHits, randomRating, TEST_ANCHORS, TEST_PIECES } from "../helpers/prefilter.ts";

describe("prefilter sampling at every residue", () => {
  const anchors = [...TEST_ANCHORS, "zzzzzz"].map((a) => Buffer.from(a));
  const rate = randomRating;
  const variants: [string, BytePrefilter][] = [];
  for (const out of [1, 2, 3, 5, 1 << 14]) {
    variants.push([`first, out ${out}`, new BytePrefilter(prefilterTables(anchors), 1 << 12, out)]);
    variants.push([
      `rarest, out ${out}`,
      new BytePrefilter(prefilterTables(anchors, anchorWindows(anchors, rate)), 1 << 12, out),
    ]);
  }
  const pieces = [...TEST_PIECES, "zzzzzzzz", "abcdefabcdef"];
  const text = fc
    .array(fc.constantFrom(...pieces, " ", "  "), { maxLength: 12 })
    .map((parts) => Buffer.from(parts.join("")));

  for (const [name, prefilter] of variants) {
    it(`every from, to, end on short texts (${name})`, () => {
      assert.equal(prefilter.stride, 3);
      fc.assert(
        fc.property(text, fc.integer({ min: 0, max: 255 }), (bytes, fill) => {
          const input = prefilter.ensure(bytes.length + 64);
          input.fill(fill, 0, bytes.length + 64);
          bytes.copy(input, 0);
          const length = bytes.length;
          for (let end = 0; end <= length; end += 1 + (length >> 4))
            for (let from = 0; from <= end; from++)
              for (let to = from; to <= end; to += 1 + (to >> 3)) {
                const found = hitsOf(prefilter.hits(from, to, end));
                assert.deepEqual(
                  found,
                  naiveHits(input, anchors, from, to, end),
                  `from ${from} to ${to} end ${end} len ${length}`,
                );
              }
        }),
        { numRuns: 60 },
      );
    });
  }

  it("dense anchors, lengths at every residue mod 12, stored tables, output of 1 and 2", () => {
    const stored = byteAnchorTables().anchors.map((a) => Buffer.from(a));
    for (const out of [1, 2, 7]) {
      const prefilter = new BytePrefilter(bytePrefilterTables(), 1 << 12, out);
      for (let pad = 0; pad < 24; pad++) {
        const text = Buffer.from(`${"x".repeat(pad)}${"WinError rror: 10054 (10061 ".repeat(3)}\nWinError`);
        const input = prefilter.ensure(text.length + 64);
        input.fill(0x20, 0, text.length + 64);
        text.copy(input, 0);
        for (let from = 0; from < 12; from++) {
          const found = hitsOf(prefilter.hits(from, text.length, text.length));
          assert.deepEqual(
            found,
            naiveHits(input, stored, from, text.length, text.length),
            `pad ${pad} from ${from} out ${out}`,
          );
        }
      }
    }
  });
});
