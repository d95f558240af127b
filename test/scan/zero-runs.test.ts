// The packing of the byte prefilter's stored tables: what is packed, the module unpacks the same.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { unpackZeroRuns } from "../../src/scan/byte-prefilter.ts";
import { bytePrefilterTables } from "../../src/scan/byte-tables.ts";
import { packZeroRuns } from "../../src/scan/zero-runs.ts";
import { ROOT } from "../helpers/catalogue.ts";

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
      { numRuns: 200 },
    );
  });

  it("refuse a packing that does not unpack to the size given", () => {
    const packed = packZeroRuns(Uint8Array.of(0, 0, 7, 0));
    assert.throws(() => unpackZeroRuns(packed, 5), /unpack to 4 bytes, not 5/);
  });

  it("keep the stored tables small: the prefilter's memory image packs to a fraction of its size", () => {
    const { packed, size } = bytePrefilterTables();
    assert.ok(packed, "the sources hold the image packed");
    // (Unpacked, the image is mostly zeros; packed, it is a third of its size with ~3 200 anchors,
    // 340 KB of 1 MB, and grows with them. Half would mean the zero runs no longer pack.)
    assert.ok(packed.length < size * 0.4, `${packed.length} of ${size}`);
  });

  it("give the Node bundles the same image unpacked (dist/prefilter-image.bin, written by compile.mjs)", () => {
    const { packed, size } = bytePrefilterTables();
    assert.ok(packed);
    const image = readFileSync(join(ROOT, "dist/prefilter-image.bin"));
    assert.equal(image.length, size);
    assert.ok(Buffer.from(unpackZeroRuns(packed, size)).equals(image));
  });
});
