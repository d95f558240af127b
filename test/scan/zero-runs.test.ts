// The packing of the byte prefilter's stored tables: what is packed unpacks the same.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bytePrefilterTables } from "../../src/scan/byte-tables.ts";
import { packZeroRuns, unpackZeroRuns } from "../../src/scan/zero-runs.ts";

describe("zero runs", () => {
  it("unpack what they pack: zero runs of any length, literals holding up to three zeros, zeros at either end", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 70_000 }).map((length) => new Uint8Array(length)),
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom(Uint8Array.of(1, 0, 2), Uint8Array.of(1, 0, 0, 0, 2), Uint8Array.of(1, 0, 0, 0, 0, 2)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const bytes = Buffer.concat(pieces);
        assert.deepEqual(Buffer.from(unpackZeroRuns(packZeroRuns(bytes), bytes.length)), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("refuse a packing that does not fill the size given", () => {
    const packed = packZeroRuns(Uint8Array.of(0, 0, 7, 0));
    assert.throws(() => unpackZeroRuns(packed, 5), /expected 5/);
  });

  it("keep the stored tables small: the prefilter's memory image packs to a fraction of its size", () => {
    const { bytes } = bytePrefilterTables();
    assert.ok(packZeroRuns(bytes).length < bytes.length / 2, `${packZeroRuns(bytes).length} of ${bytes.length}`);
  });
});
