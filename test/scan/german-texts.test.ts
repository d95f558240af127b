// German Windows texts of data/sources/messages-de.json, each in the shape it was printed in
// (the printing cited beside it): found with their code, as Windows' words, in German.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const messages = (line: string) =>
  scan(line)
    .filter((finding) => finding.evidence === "message")
    .map((finding) => ({
      code: finding.code,
      symbol: finding.symbol,
      platform: finding.platform,
      evidence: finding.evidence,
      lang: finding.lang,
    }));

describe("German Windows texts", () => {
  it("reads ERROR_INVALID_PARAMETER's words as WSA_INVALID_PARAMETER only on a socket's line", () => {
    // FarGroup/FarManager#1115: Far Manager's crash report on a German Windows. 87 is every
    // API's code, and this line speaks of no socket, so it stays unclaimed, as the English does.
    assert.deepEqual(scan("LastError: 0x00000057 - Falscher Parameter."), []);
    // microsoft/edit#386: the same words after the HRESULT, no socket either.
    assert.deepEqual(scan("Error 0x80070057: Falscher Parameter."), []);
    // The same printed words where a line names a socket call (the call is ours, the words Windows').
    assert.deepEqual(messages("WSAIoctl failed: Falscher Parameter."), [
      { code: 87, symbol: "WSA_INVALID_PARAMETER", platform: "windows", evidence: "message", lang: "de" },
    ]);
  });

  it("keeps the Win32 codes every call fails with to a socket's lines when their text is broken over two", () => {
    // The rule held on one line only: a text broken over two was read on any line.
    assert.deepEqual(scan("ERROR: Das Handle ist\r\nungültig."), []);
    assert.deepEqual(scan("ERROR: falscher\r\nparameter."), []);
    assert.deepEqual(scan("ERROR: The handle is\r\ninvalid."), []);
    assert.deepEqual(
      scan("WSARecv failed: Das Handle ist\r\nungültig.").map(
        (finding) => `${finding.line} ${finding.symbol} ${finding.lang}`,
      ),
      ["1 WSA_INVALID_HANDLE de"],
    );
    assert.deepEqual(
      scan("WSAIoctl failed: falscher\r\nparameter.").map(
        (finding) => `${finding.line} ${finding.symbol} ${finding.lang}`,
      ),
      ["1 WSA_INVALID_PARAMETER de"],
    );
    assert.deepEqual(
      scan("ERROR: The handle is\r\ninvalid (in _overlapped.WSARecv)").map(
        (finding) => `${finding.line} ${finding.symbol}`,
      ),
      ["1 WSA_INVALID_HANDLE"],
    );
  });
});
