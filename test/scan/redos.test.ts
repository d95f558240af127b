// No recogniser can backtrack catastrophically: each pattern through a ReDoS detector,
// and adversarial 1 MB lines through the scanner in bounded time.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSafe } from "redos-detector";
import { normaliseMessage } from "../../src/normalise.ts";
import { scan } from "../../src/scan/index.ts";
import { RECOGNISERS } from "../../src/scan/recognisers.ts";

describe("regular expressions", () => {
  for (const recogniser of RECOGNISERS) {
    it(`${recogniser.dialect}: ${recogniser.pattern.source.slice(0, 60)} is safe`, () => {
      const result = isSafe(new RegExp(recogniser.pattern.source), { timeout: 10_000 });
      assert.equal(result.safe, true, JSON.stringify(result.error ?? result.score));
    });
  }

  // Timings are the benchmark's job (bench/explain.mjs); here a catastrophic pattern would hang into the timeout.
  it("scans adversarial 1 MB lines", { timeout: 120_000 }, () => {
    const lines = [
      "[WinError ".repeat(100_000),
      `${"errno: ".repeat(150_000)}x`,
      `${"(10".repeat(350_000)}`,
      `${"SocketException (".repeat(60_000)}`,
      `${"An existing connection ".repeat(45_000)}`,
      `${"Os { code: 1".repeat(90_000)}`,
      `${"Failed to connect to ".repeat(45_000)}`,
      `Failed to connect to ${"x".repeat(250)} port 1${" after 1".repeat(100_000)}`,
      `${"Recv failure: Timed out".repeat(40_000)}`,
      `${"lookup ".repeat(70_000)}${"x".repeat(250)}: no such host ${"lookup x on 1.2.3.4:5".repeat(20_000)}`,
      "ETIMEDOUT ".repeat(100_000),
      "spawnSync x ETIMEDOUT ".repeat(45_000),
      "connect to host h port 22: Connection refused ".repeat(20_000),
      "\u0000\uffff\ud800".repeat(350_000),
    ];
    for (const line of lines) {
      assert.ok(Array.isArray(scan(line)));
      assert.equal(typeof normaliseMessage(line), "string");
    }
  });
});
