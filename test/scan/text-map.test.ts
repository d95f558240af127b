// Message matching folds text (lower case, single spaces, plain quotes) and keeps where each
// folded character came from; most lines only need lower-casing, which the shortcut tells.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { foldMapped, foldsByLowerCase, mapNormalised } from "../../src/scan/text-map.ts";

const unit = fc.constantFrom(
  " ",
  " ",
  "\t",
  "\u00A0",
  "\r",
  "\n",
  "a",
  "B",
  "x",
  "’",
  "`",
  "«",
  "Σ",
  "İ",
  "ı",
  "\u0307",
  ".",
);
const text = fc.string({ unit, maxLength: 14 });

describe("text map", () => {
  it("takes the shortcut as the pattern it replaced did (which looked at every character)", () => {
    // (Since, Turkish İ and ı, and a combining dot above, also take the long way: they fold to i.)
    const replaced =
      /[\r\n\u2018-\u201F\u2032\u00B4`\u00AB\u00BB\u03A3\u0130\u0131]|\u0307|[^ \t\u00A0](?:[\t\u00A0]| [ \t\u00A0])/;
    fc.assert(
      fc.property(text, (line) => assert.equal(foldsByLowerCase(line), !replaced.test(line), JSON.stringify(line))),
      { numRuns: 5_000 },
    );
  });

  it("takes it only where folding by hand finds the same words at the same places", () => {
    fc.assert(
      fc.property(text, (line) => {
        const mapped = mapNormalised(line);
        const folded = foldMapped(line);
        if (!(foldsByLowerCase(line) && line.toLowerCase().length === line.length)) {
          assert.equal(mapped.text, folded.text);
          return;
        }
        // The shortcut keeps the indentation and a last space, which folding drops; between
        // them the texts are the same, and so are the places their characters map to (texts
        // neither begin nor end with a space, so where a space maps to does not matter).
        const indent = line.length - line.replace(/^[ \t\u00A0]+/, "").length;
        const words = line.toLowerCase().slice(indent).replace(/ $/, "");
        assert.equal(folded.text, words, JSON.stringify(line));
        assert.equal(mapped.text.slice(indent, indent + words.length), words);
        for (let index = 0; index < words.length; index++) {
          if (words[index] === " ") continue;
          assert.equal(folded.at(index), mapped.at(indent + index));
          assert.equal(folded.end(index + 1), mapped.end(indent + index + 1));
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it("does not count indentation, and counts every other irregular space", () => {
    assert.ok(foldsByLowerCase("\t  \u00A0An existing connection"));
    assert.ok(foldsByLowerCase("An existing connection "), "one space at the end");
    assert.ok(!foldsByLowerCase("An existing\tconnection"));
    assert.ok(!foldsByLowerCase("An existing  connection"));
    assert.ok(!foldsByLowerCase("An existing connection  "), "two at the end");
    assert.ok(!foldsByLowerCase("  \rx"), "a line break in the indentation");
    assert.ok(!foldsByLowerCase("It’s"));
  });
});
