// normaliseMessage: its shortcut (lower-casing only, when that is all there is to do) gives
// what the whole folding gives, for any text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { normaliseMessage } from "../src/normalise.ts";

/** The whole folding, step by step, as the shortcut must match it. */
function folded(text: string): string {
  return text
    .replace(/\u0307/g, "")
    .replace(/[\u0130\u0131]/g, "i")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.\u3002!,;:]+$/u, "")
    .toLowerCase();
}

describe("normaliseMessage", () => {
  it("folds quotes, spaces, case, Turkish i and the final punctuation", () => {
    assert.equal(normaliseMessage("  Connection  reset\r\nby peer.. "), "connection reset by peer");
    assert.equal(normaliseMessage("Can\u2019t \u00ABconnect\u00BB\u3002"), 'can\'t "connect"');
    assert.equal(normaliseMessage("[WinError 10061]"), "[winerror 10061]");
    // Turkish upper case by Turkish rules and by others, and as printed, meet.
    assert.equal(normaliseMessage("BİR BAĞLANTI"), "bir bağlanti");
    assert.equal(normaliseMessage("BIR BAĞLANTI"), "bir bağlanti");
    assert.equal(normaliseMessage("bir bağlantı"), "bir bağlanti");
    // İ lower-cased by the default rules: i and a combining dot above.
    assert.equal(normaliseMessage("BİR".toLowerCase()), "bir");
  });

  it("gives what the whole folding gives, for texts of the characters that matter", () => {
    const unit = fc.constantFrom(
      ..."aB İı\u0307Σx0 \t\n\r\u00a0\u3000.\u3002!,;:'`\u2019\u201C\u00AB\u00BB-".split(""),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => normaliseMessage(text) === folded(text)),
      { numRuns: 20_000 },
    );
  });

  it("gives what the whole folding gives, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => normaliseMessage(text) === folded(text)),
      { numRuns: 10_000 },
    );
  });
});
