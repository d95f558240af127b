// Bad input never throws, never hangs, and only ever yields catalogue entries.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { classify, ENTRIES, fromError, isRetryable, lookup, resolve, search } from "../src/index.ts";

const known = new Set(ENTRIES);
const RUNS = 10_000;

const hostileKeys = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "code",
  "errno",
  "cause",
  "errors",
  "message",
);
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      2 ** 53,
      -(2 ** 31),
      2 ** 32 - 1,
    ),
    fc.bigInt(),
    fc.constant(null),
    fc.constant(undefined),
    fc.dictionary(fc.oneof(hostileKeys, fc.string()), tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 4 }),
  ),
})).value;

describe("every public verb on arbitrary input", () => {
  it("resolve never throws and only returns catalogue entries", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        for (const candidate of resolve(value)) assert.ok(known.has(candidate.entry));
      }),
      { numRuns: RUNS },
    );
  });

  it("lookup, fromError, classify and isRetryable never throw", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const entry = lookup(value);
        assert.ok(entry === undefined || known.has(entry));
        const match = fromError(value);
        assert.ok(match === undefined || known.has(match.entry));
        classify(value);
        assert.equal(typeof isRetryable(value), "boolean");
      }),
      { numRuns: RUNS },
    );
  });

  it("fromError survives cyclic cause and errors chains", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 19 }), (length, back) => {
        const chain: Record<string, unknown>[] = Array.from({ length }, (_, i) => ({ message: `e${i}` }));
        chain.forEach((node, i) => {
          node["cause"] = chain[i + 1] ?? chain[Math.min(back, length - 1)];
          node["errors"] = [chain[0], node];
        });
        fromError(chain[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it("search never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (query) => void search(query)),
      { numRuns: 2000 },
    );
  });

  it("handles 1 MB strings in bounded time", () => {
    for (const big of [
      "9".repeat(1 << 20),
      "WSA".repeat(350_000),
      "errno: ".repeat(150_000),
      `${"a ".repeat(500_000)}`,
    ]) {
      const started = performance.now();
      resolve(big);
      fromError({ message: big, code: big });
      search(big);
      assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
    }
  });
});
