import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { renderReadme } from "../scripts/readme.ts";
import { ROOT } from "./helpers/catalogue.ts";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

it("has the CLI section the options table produces", () => {
  assert.ok(readme.includes("<!-- cli-options:start -->"));
  assert.equal(renderReadme(readme), readme, "run `npx tsx scripts/readme.ts`");
});

it("names the test command that .ci/run calls", () => {
  const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
  assert.match(readme, /npm test/);
  assert.match(ci, /npm test/);
});

it("has a heading for every export of the library", async () => {
  const api = await import("../src/index.ts");
  for (const name of Object.keys(api)) assert.match(readme, new RegExp(`^#### \`${name}\\b`, "m"), name);
});
