// German Windows texts of data/sources/messages-de.json, each in the shape it was printed in
// (the printing cited beside it): found with their code, as Windows' words, in German.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

describe("German Windows texts", () => {
  it("keeps the Win32 codes every call fails with to a socket's lines when their text is broken over two", () => {
    // The rule held on one line only: a text broken over two was read on any line.
    assert.deepEqual(scan("ERROR: Das Handle ist\r\nungültig."), []);
    assert.deepEqual(scan("ERROR: The handle is\r\ninvalid."), []);
    assert.deepEqual(
      scan("WSARecv failed: Das Handle ist\r\nungültig.").map(
        (finding) => `${finding.line} ${finding.symbol} ${finding.lang}`,
      ),
      ["1 WSA_INVALID_HANDLE de"],
    );
    assert.deepEqual(
      scan("ERROR: The handle is\r\ninvalid (in _overlapped.WSARecv)").map(
        (finding) => `${finding.line} ${finding.symbol}`,
      ),
      ["1 WSA_INVALID_HANDLE"],
    );
  });
});
