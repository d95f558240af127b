// The generated files must be exactly what data/ produces (CI fails on a stale commit).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { it } from "node:test";
import { ROOT } from "../helpers/catalogue.ts";

it("has generated files that match data/", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
});

it("gives the library the same entries as catalogue.json", async () => {
  const { ENTRIES, textFor, sourcesFor } = await import("../../src/index.ts");
  const { shipped } = await import("../helpers/catalogue.ts");
  assert.equal(ENTRIES.length, shipped.entries.length);
  for (const [index, entry] of ENTRIES.entries()) {
    const { text, sources, ...rest } = shipped.entries[index]!;
    assert.deepEqual(entry, rest, entry.symbol);
    assert.deepEqual(textFor(entry, "de"), text.de, entry.symbol);
    assert.deepEqual(sourcesFor(entry), sources, entry.symbol);
  }
});
