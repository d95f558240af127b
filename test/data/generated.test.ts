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
