// Every dialect's real-world shapes (test/fixtures/explain/*.json, sources cited in
// each file): positives give the code, platform and evidence; negatives give nothing.
// Shapes wsaerr does not read yet sit under "unsupported" with the reason.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";
import { RECOGNISERS } from "../../src/scan/recognisers.ts";
import { ROOT } from "../helpers/catalogue.ts";

interface Fixture {
  dialect: string;
  sources: string[];
  positive: { line: string; symbol: string; platform: string; evidence: string }[];
  negative: { line: string; why: string }[];
}

const DIR = join(ROOT, "test/fixtures/explain");
const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(join(DIR, name), "utf8")) as Fixture);

for (const fixture of fixtures) {
  describe(`explain fixtures: ${fixture.dialect}`, () => {
    it("cites where the shapes come from", () => assert.ok(fixture.sources.length > 0));
    for (const positive of fixture.positive) {
      it(`finds ${positive.symbol} (${positive.platform}, ${positive.evidence}) in ${JSON.stringify(positive.line.slice(0, 70))}`, () => {
        const findings = scan(positive.line);
        const finding = findings.find((item) => item.symbol === positive.symbol);
        assert.ok(finding, `found ${findings.map((item) => item.symbol).join(", ") || "nothing"}`);
        assert.equal(finding.platform, positive.platform);
        assert.equal(finding.evidence, positive.evidence);
        assert.equal(
          positive.line.split("\n")[finding.line - 1]?.slice(finding.column - 1, finding.column - 1 + 3),
          finding.text.slice(0, 3),
        );
      });
    }
    for (const negative of fixture.negative) {
      it(`finds nothing in ${JSON.stringify(negative.line.slice(0, 70))} (${negative.why})`, () => {
        assert.deepEqual(scan(negative.line), []);
      });
    }
  });
}

it("has fixtures that exercise every recogniser", () => {
  const seen = new Set(
    fixtures.flatMap((fixture) =>
      fixture.positive.flatMap((positive) => scan(positive.line).map((finding) => finding.dialect)),
    ),
  );
  for (const recogniser of RECOGNISERS)
    assert.ok(seen.has(recogniser.dialect), `${recogniser.dialect} has no positive fixture`);
  for (const dialect of ["windows-message", "java", "posix-message"]) assert.ok(seen.has(dialect), dialect);
});
