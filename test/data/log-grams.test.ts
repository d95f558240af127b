// data/scan/log-grams.json, which rates where the byte prefilter samples each anchor
// (scripts/build-scan-tables.ts): counts from cited logs, in the shape the build reads.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/catalogue.ts";

const table = JSON.parse(readFileSync(join(ROOT, "data/scan/log-grams.json"), "utf8")) as {
  provenance: { what: string; source: string[]; read: string; notes: string };
  grams: Record<string, number>;
};

describe("log gram counts", () => {
  it("cite each file read as repository@commit:path, sixteen systems' logs", () => {
    assert.equal(table.provenance.source.length, 16);
    for (const source of table.provenance.source)
      assert.match(source, /^logpai\/loghub@[0-9a-f]{40}:([A-Za-z]+)\/\1_2k\.log$/);
    assert.match(table.provenance.read, /^\d{4}-\d{2}-\d{2}$/);
  });

  it("hold four printable ASCII characters with fewer than two digits each, counted 100 or more", () => {
    const grams = Object.entries(table.grams);
    assert.ok(grams.length > 1000, `${grams.length} grams`);
    for (const [gram, count] of grams) {
      assert.match(gram, /^[\x20-\x7e]{4}$/, JSON.stringify(gram));
      assert.ok((gram.match(/\d/g)?.length ?? 0) < 2, gram);
      assert.ok(Number.isInteger(count) && count >= 100, `${gram}: ${count}`);
    }
  });

  it("rate the words logs are full of above the rare parts of a socket error", () => {
    const count = (gram: string) => table.grams[gram] ?? 0;
    for (const [common, rare] of [
      ["conn", "ECON"],
      ["fail", "WSAE"],
      ["rror", "cibl"],
    ] as const)
      assert.ok(count(common) > count(rare), `${common} ${count(common)}, ${rare} ${count(rare)}`);
  });
});
