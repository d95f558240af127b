// Every record, as a table: unique keys, complete prose in both languages,
// numbers that follow from the value, and a source for every fact.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CATEGORIES, RETRY_ADVICE, SEVERITIES } from "../../src/catalogue/types.ts";
import { shipped } from "../helpers/catalogue.ts";

const entries = shipped.entries;

describe("catalogue invariants", () => {
  it("covers 10004–10112, 11001–11033, the six aliases and the wait values", () => {
    const values = new Set(entries.map((entry) => entry.value));
    for (let value = 11001; value <= 11033; value++) assert.ok(values.has(value), `${value} missing`);
    for (const value of [10004, 10013, 10054, 10060, 10061, 10091, 10106, 10112, 6, 8, 87, 995, 996, 997])
      assert.ok(values.has(value), `${value} missing`);
    assert.ok(entries.filter((entry) => entry.kind === "wait").length >= 4);
  });

  it("has unique values, symbols and spellings", () => {
    const keys = entries.flatMap((entry) => [String(entry.value), entry.symbol, ...entry.spellings]);
    assert.equal(new Set(keys).size, keys.length);
  });

  it("derives hex and HRESULT from the value", () => {
    for (const entry of entries) {
      assert.equal(Number(entry.hex), entry.value, entry.symbol);
      if (entry.kind === "wait") continue;
      // HRESULT_FROM_WIN32 for positive codes: severity bit, FACILITY_WIN32 (7), low 16 bits.
      const expected = 0x80070000 + (entry.value & 0xffff);
      assert.equal(Number(entry.hresult), expected, entry.symbol);
      assert.equal(entry.hresultSigned, expected - 2 ** 32, entry.symbol);
    }
  });

  it("gives every entry English and German prose with causes, fixes and a retry reason", () => {
    for (const entry of entries) {
      for (const lang of ["en", "de"] as const) {
        const text = entry.text[lang];
        assert.ok(text.title.length >= 3, `${entry.symbol} ${lang} title`);
        assert.ok(text.summary.length >= 20, `${entry.symbol} ${lang} summary`);
        assert.ok(text.causes.length >= 1, `${entry.symbol} ${lang} causes`);
        assert.ok(text.fixes.length >= 1, `${entry.symbol} ${lang} fixes`);
        assert.ok(text.retryReason.length >= 10, `${entry.symbol} ${lang} retry reason`);
      }
      assert.equal(entry.text.en.causes.length, entry.text.de.causes.length, entry.symbol);
      assert.equal(entry.text.en.fixes.length, entry.text.de.fixes.length, entry.symbol);
      assert.notEqual(entry.text.en.title, entry.text.de.title, `${entry.symbol}: German title is the English one`);
    }
  });

  it("uses only the documented categories, severities and retry advice", () => {
    for (const entry of entries) {
      assert.ok((CATEGORIES as readonly string[]).includes(entry.category), entry.symbol);
      assert.ok((SEVERITIES as readonly string[]).includes(entry.severity), entry.symbol);
      assert.ok((RETRY_ADVICE as readonly string[]).includes(entry.retry), entry.symbol);
    }
  });

  it("marks the wait values as not errors", () => {
    for (const entry of entries.filter((item) => item.kind === "wait")) {
      assert.equal(entry.category, "wait");
      assert.equal(entry.wsaGetLastError, false);
    }
  });

  it("cites a source for the value and for every crosswalk cell it fills", () => {
    const citation =
      /^(?:[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+|debian:[\w.+-]+=[\w.:+~-]+:\S+|node@v[\d.]+:\S+|shared\/seeds\/\S+|data\/codes\/\S+|https:\/\/\S+)/;
    for (const entry of entries) {
      assert.match(entry.sources["value"] ?? "", citation, `${entry.symbol} value`);
      const { posix, libuv, dotnet, rust, python, java, go } = entry.crosswalk;
      const filled = { "posix.linux": posix, libuv, dotnet, rust, python, java, go };
      for (const [key, cell] of Object.entries(filled)) {
        if (cell === null) continue;
        assert.match(entry.sources[key] ?? "", citation, `${entry.symbol} ${key}`);
      }
      for (const lang of Object.keys(entry.messages))
        assert.ok(entry.sources[`message.${lang}`], `${entry.symbol} message.${lang}`);
    }
  });

  it("says which libuv version a mapping was read from", () => {
    for (const entry of entries)
      if (entry.crosswalk.libuv) assert.match(entry.crosswalk.libuv.version, /\d+\.\d+\.\d+/);
  });

  it("lists the 53 codes of the seed as in the seed", () => {
    assert.equal(entries.filter((entry) => entry.inSeed).length, 53);
  });

  it("has the English FormatMessage text of every Winsock code", () => {
    for (const entry of entries.filter((item) => item.kind !== "wait")) assert.ok(entry.messages["en"], entry.symbol);
  });
});
