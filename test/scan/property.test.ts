// Arbitrary input never throws and never yields a code outside the catalogue.
import assert from "node:assert/strict";
import { it } from "node:test";
import fc from "fast-check";
import { BY_VALUE } from "../../src/catalogue/index.ts";
import { scan } from "../../src/scan/index.ts";

it("scan() on arbitrary text only reports catalogue codes", () => {
  const shapes = fc.constantFrom(
    "[WinError ",
    "errno: -",
    "(os error ",
    "SocketException (",
    "WSAE",
    "0x8007",
    " ECONN",
    "\n",
    "\r\n",
    "An existing connection was forcibly closed by the remote host",
    "(10",
    ": ",
    "1005",
  );
  const text = fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 20 }),
        shapes,
        fc.integer({ min: -5000, max: 12000 }).map(String),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(""));
  fc.assert(
    fc.property(text, (input) => {
      for (const finding of scan(input)) {
        assert.equal(BY_VALUE.get(finding.code)?.symbol, finding.symbol);
        assert.ok(finding.line >= 1 && finding.column >= 1);
      }
    }),
    { numRuns: 10_000 },
  );
});

it("scan() answers [] for what is not text", () => {
  for (const value of [null, undefined, 42, {}, [], ""]) assert.deepEqual(scan(value), []);
});
