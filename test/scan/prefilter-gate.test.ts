// The byte prefilter's gate: a bucket's checks pass every anchor behind them where it
// occurs, and fail the everyday text that only shares a gram with one.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import fc from "fast-check";
import { GATE_CHECKS, GATE_ENTRY, gateEntry } from "../../src/scan/prefilter-gate.ts";

/** Whether some check of the entry passes at `p` of `input` (byte-prefilter.wat's gate). */
function passes(entry: Uint8Array, input: Buffer, p: number): boolean {
  const data = new DataView(entry.buffer, entry.byteOffset, entry.byteLength);
  for (let check = 0; check < GATE_CHECKS; check++) {
    const start = data.getInt32(GATE_CHECKS * 16 + check * 4, true);
    const window = input.readBigUInt64LE(p + start);
    if ((window & data.getBigUint64(check * 16 + 8, true)) === data.getBigUint64(check * 16, true)) return true;
  }
  return false;
}

/** The input with `text` at 16 (room for a window on either side). */
const padded = (text: string) =>
  Buffer.concat([Buffer.alloc(16, 0x20), Buffer.from(text, "latin1"), Buffer.alloc(16, 0x20)]);

describe("prefilter gate", () => {
  it("is laid out as byte-prefilter.wat reads it", () => {
    const wat = readFileSync(new URL("../../src/scan/byte-prefilter.wat", import.meta.url), "utf8");
    // Entries of GATE_ENTRY bytes (the bucket shifted left by log2 of it), from 327680.
    assert.match(
      wat,
      new RegExp(`\\(i32\\.const 327680\\) \\(i32\\.shl .*\\(i32\\.const ${Math.log2(GATE_ENTRY)}\\)\\)`),
    );
    assert.ok(GATE_CHECKS * 20 <= GATE_ENTRY);
    // Each check's value, mask and window start, where the entry holds them.
    const read = (type: string) =>
      [...wat.matchAll(new RegExp(`${type}\\.load offset=(\\d+) \\(local\\.get \\$gate\\)`, "g"))].map((match) =>
        Number(match[1]),
      );
    const checks = Array.from({ length: GATE_CHECKS }, (_, check) => check);
    assert.deepEqual(
      read("i64").sort((a, b) => a - b),
      checks.flatMap((check) => [check * 16, check * 16 + 8]),
    );
    assert.deepEqual(
      read("i32").sort((a, b) => a - b),
      checks.map((check) => GATE_CHECKS * 16 + check * 4),
    );
  });

  it("passes an anchor's occurrence and fails text sharing only its gram", () => {
    const brackets = ["(", "["].flatMap((open) => Array.from({ length: 10 }, (_, digit) => `${open}1005${digit}`));
    const entry = gateEntry([{ offset: 1, anchors: brackets.map((anchor) => Buffer.from(anchor)) }]);
    assert.ok(passes(entry, padded("error (10053) x"), 16 + 7));
    assert.ok(passes(entry, padded("[10050]"), 16 + 1));
    assert.ok(!passes(entry, padded("CoreDNS .:10053 on"), 16 + 10), "a port");
    assert.ok(!passes(entry, padded("id=10051"), 16 + 3), "an id");
    const attempt = gateEntry([{ offset: 4, anchors: [Buffer.from("attempt was")] }]);
    assert.ok(passes(attempt, padded("attempt was"), 16 + 4));
    assert.ok(!passes(attempt, padded("retry (attempt 3)"), 16 + 11));
  });

  it("passes everything when a bucket holds more groups than it has checks, and nothing through a check it does not use", () => {
    const groups = Array.from({ length: GATE_CHECKS + 1 }, (_, index) => ({
      offset: 0,
      anchors: [Buffer.from(`gram${index}xy`)],
    }));
    const crowded = gateEntry(groups);
    for (const text of ["anything at all", "\0\0\0\0\0\0\0\0\0\0\0"]) assert.ok(passes(crowded, padded(text), 16));
    const single = gateEntry([{ offset: 0, anchors: [Buffer.from("WinError")] }]);
    assert.ok(!passes(single, padded("\0\0\0\0\0\0\0\0\0\0\0\0"), 16));
  });

  it("never fails an anchor of its bucket, whatever the anchors and the bytes around them", () => {
    const byte = fc.integer({ min: 0, max: 255 });
    const anchor = fc.uint8Array({ minLength: 6, maxLength: 14 }).map((bytes) => Buffer.from(bytes));
    // Groups sharing a gram at an offset: variations of one anchor around that gram.
    const group = fc
      .tuple(anchor, fc.nat(), fc.array(fc.tuple(fc.nat(), byte), { maxLength: 30 }))
      .map(([base, at, changes]) => {
        const offset = at % (base.length - 3);
        const members = [
          base,
          ...changes.map(([where, value]) => {
            const copy = Buffer.from(base);
            const index = where % base.length;
            // (The gram itself stays: it is what the group shares.)
            if (index < offset || index >= offset + 4) copy[index] = value;
            return copy;
          }),
        ];
        return { offset, anchors: members };
      });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: GATE_CHECKS + 2 }), byte, (groups, fill) => {
        const entry = gateEntry(groups);
        for (const { offset, anchors } of groups)
          for (const member of anchors) {
            const input = Buffer.concat([Buffer.alloc(16, fill), member, Buffer.alloc(16, fill)]);
            assert.ok(passes(entry, input, 16 + offset), `${member.toString("hex")} at ${offset}`);
          }
      }),
      { numRuns: 500 },
    );
  });
});
