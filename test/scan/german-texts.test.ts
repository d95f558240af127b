// German Windows texts of data/sources/messages-de.json, and the rule that the Win32 codes every
// call fails with (6, 8, 87) are a socket's only on a line that speaks of one, in German as in
// English, on one line or broken over two.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const found = (text: string) =>
  scan(text).map((finding) => `${finding.line} ${finding.symbol} ${finding.evidence} ${finding.lang}`);

describe("German Windows texts", () => {
  it("leaves 87's German words out: everyday words, and an anchor that was the English 'parameter'", () => {
    // FarGroup/FarManager#1115 printed "LastError: 0x00000057 - Falscher Parameter." on a German
    // Windows (data/sources/messages-de.json, provenance de-87); programs write the words
    // themselves, so they are no key (found by a review: the key's anchor was "parameter").
    assert.deepEqual(scan("LastError: 0x00000057 - Falscher Parameter."), []);
    assert.deepEqual(scan("Verbindung (socket) fehlgeschlagen: falscher Parameterwert"), []);
    assert.deepEqual(scan("Socket-Optionen: falscher Parameter 'port' in config.ini"), []);
    assert.deepEqual(scan("2026-01-01 INFO request 7 handled; parameter timeout=30"), []);
  });

  it("keeps the Win32 codes every call fails with to a socket's lines when their text is broken over two", () => {
    // The rule held on one line only: a text broken over two was read on any line.
    assert.deepEqual(scan("ERROR: Das Handle ist\r\nungültig."), []);
    assert.deepEqual(scan("ERROR: The handle is\r\ninvalid."), []);
    assert.deepEqual(scan("ERROR: The parameter is\r\nincorrect."), []);
    assert.deepEqual(found("WSARecv failed: Das Handle ist\r\nungültig."), ["1 WSA_INVALID_HANDLE message de"]);
    assert.deepEqual(found("ERROR: The handle is\r\ninvalid (in _overlapped.WSARecv)"), [
      "1 WSA_INVALID_HANDLE message en",
    ]);
    assert.deepEqual(found("send failed: The parameter is\r\nincorrect."), ["1 WSA_INVALID_PARAMETER message en"]);
  });

  it("reads a broken text from the line before when the line after makes it no socket's", () => {
    // (Found by a review: the rule's first version passed over the line before as well.)
    // (The line after the text's last words ends with its first: joined with the next line,
    // which names no socket, it is not the text; joined with the line before, it is.)
    const text = "WSARecv failed: Das\r\nHandle ist ungültig. Neuer Versuch: Das Handle ist\r\nx";
    assert.deepEqual(found(text), ["1 WSA_INVALID_HANDLE message de"]);
    assert.deepEqual(found(text.replace("WSARecv failed", "ERROR")), []);
  });
});
