// Windows' texts in other UI languages, each in the shape a program printed it (the source
// cited beside it, as in data/sources/messages-<lang>.json): found with the code the text
// stands for, as Windows' message, in its language.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const found = (line: string) =>
  scan(line).map((finding) => ({
    symbol: finding.symbol,
    platform: finding.platform,
    evidence: finding.evidence,
    lang: finding.lang,
  }));

describe("Japanese Windows' texts", () => {
  it("reads WSAEADDRNOTAVAIL in uvicorn's log line of CPython's OSError", () => {
    // Tand0/Flutter_Example@6401903951c74cd3e784c67c320bced67f0d5b76:README.md#L1509, its
    // "[WinError 10049] " left out so that the text is the finding.
    assert.deepEqual(found("ERROR:    要求したアドレスのコンテキストが無効です。"), [
      { symbol: "WSAEADDRNOTAVAIL", platform: "windows", evidence: "message", lang: "ja" },
    ]);
    // Whole, the line is one finding, the code's.
    assert.deepEqual(
      found("ERROR:    [WinError 10049] 要求したアドレスのコンテキストが無効です。").map((finding) => finding.symbol),
      ["WSAEADDRNOTAVAIL"],
    );
  });
});
