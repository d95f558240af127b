import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATEGORIES, SEVERITIES } from "../src/catalogue/types.ts";
import { UI } from "../src/i18n/ui.ts";
import { crosswalkRows, format, lookup } from "../src/index.ts";

const reset = lookup(10054)!;

describe("format", () => {
  it("shows value, hex, HRESULT, symbol, title, causes, fixes, retry advice and the crosswalk", () => {
    const card = format(reset);
    for (const part of [
      "WSAECONNRESET",
      "10054",
      "0x2746",
      "0x80072746",
      "-2147014842",
      "Typical causes",
      "What to check",
      "Retry",
      "ECONNRESET",
      "-4077",
      "SocketError.ConnectionReset",
    ])
      assert.ok(card.includes(part), `card lacks ${part}`);
  });

  it("speaks German when asked, with the German Windows message", () => {
    const card = format(reset, { lang: "de" });
    assert.match(card, /Typische Ursachen/);
    assert.match(card, /Remotehost/);
    // Category and severity by name, not their slugs (which English prints as they are).
    assert.match(card, /Kategorie: Verbindung · Schweregrad: Fehler/);
    assert.match(format(lookup(11001)!, { lang: "de" }), /Kategorie: Namensauflösung/);
    assert.match(format(lookup(11001)!), /Category: name-resolution · Severity: error/);
  });

  it("says where the Windows text it shows is English, there being no German one cited", () => {
    // (A review: 10035's German card quoted the English text under "Windows meldet:".)
    assert.match(format(reset, { lang: "de" }), /Windows meldet: „Eine vorhandene/);
    const blocking = lookup(10035)!;
    assert.equal(blocking.messages.de, undefined);
    assert.match(format(blocking, { lang: "de" }), /Windows meldet \(en\): „A non-blocking/);
    assert.match(format(blocking), /Windows prints: “A non-blocking/);
  });

  it("names every category and severity in German", () => {
    for (const category of CATEGORIES) assert.notEqual(UI.de.categories[category], category);
    for (const severity of SEVERITIES) assert.notEqual(UI.de.severities[severity], severity);
  });

  it("uses colour only when asked", () => {
    assert.doesNotMatch(format(reset), /\u001b\[/);
    assert.match(format(reset, { color: true }), /\u001b\[1m/);
  });

  it("keeps lines within the width", () => {
    for (const line of format(reset, { width: 60 }).split("\n")) {
      const longWord = line.split(" ").some((word) => word.length > 40);
      if (!longWord) assert.ok(line.length <= 60, line);
    }
  });

  it("lists the libuv version and what libuv loses", () => {
    const rows = Object.fromEntries(crosswalkRows(reset));
    assert.match(rows["Node (Windows)"] ?? "", /libuv \d+\.\d+\.\d+/);
    assert.match(Object.fromEntries(crosswalkRows(lookup(10106)!))["Node (Windows)"] ?? "", /UNKNOWN/);
    assert.equal(Object.fromEntries(crosswalkRows(lookup(10004)!))["Node (Linux/macOS)"], "EINTR, errno -4");
  });

  it("lists getaddrinfo's code with its number per system where Windows' headers name one", () => {
    assert.equal(
      Object.fromEntries(crosswalkRows(lookup(11001)!))["getaddrinfo"],
      "EAI_NONAME (Linux -2, macOS 8, FreeBSD 8)",
    );
    assert.equal(
      Object.fromEntries(crosswalkRows(lookup(11004)!))["getaddrinfo"],
      "EAI_NODATA (Linux -5, macOS 7, FreeBSD —)",
    );
    assert.equal(Object.fromEntries(crosswalkRows(reset))["getaddrinfo"], undefined);
    assert.match(format(lookup(11002)!), /getaddrinfo +EAI_AGAIN \(Linux -3/);
  });
});
