// sniffEncoding: UTF-8, UTF-16 or Western Windows' ANSI code page, told from a log's first bytes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bytesOverruleLabel, sniffEncoding } from "../../src/scan/encoding.ts";

const LE_MARK = Buffer.from([0xff, 0xfe]);
const BE_MARK = Buffer.from([0xfe, 0xff]);
const le = (text: string) => Buffer.from(text, "utf16le");
const be = (text: string) => Buffer.from(text, "utf16le").swap16();
const LINES = "2024-05-01 10:00:01 [WinError 10054] An existing connection was forcibly closed\r\n".repeat(60);

describe("sniffEncoding", () => {
  it("reads a byte order mark", () => {
    assert.equal(sniffEncoding(Buffer.concat([LE_MARK, le(LINES)])), "utf-16le");
    assert.equal(sniffEncoding(Buffer.concat([BE_MARK, be(LINES)])), "utf-16be");
    // Text in other scripts has few zero bytes, but is not UTF-8.
    assert.equal(
      sniffEncoding(Buffer.concat([LE_MARK, le("远程主机强迫关闭了一个现有的连接。\r\n".repeat(100))])),
      "utf-16le",
    );
    assert.equal(sniffEncoding(Buffer.concat([LE_MARK, le("ok")])), "utf-16le");
  });

  it("tells UTF-16 without a mark by its zero bytes", () => {
    assert.equal(sniffEncoding(le(LINES)), "utf-16le");
    assert.equal(sniffEncoding(be(LINES)), "utf-16be");
  });

  it("keeps UTF-8 that a mark or zero bytes only seem to contradict", () => {
    assert.equal(sniffEncoding(Buffer.from(LINES)), "utf-8");
    assert.equal(sniffEncoding(Buffer.from(`\u00fcber ${LINES}`)), "utf-8");
    // Junk that happens to begin FF FE, then UTF-8 lines.
    assert.equal(sniffEncoding(Buffer.concat([LE_MARK, Buffer.from(`\u0001\n${LINES}`)])), "utf-8");
    // A line a shell wrote in UTF-16 (with its mark), then a UTF-8 log.
    assert.equal(sniffEncoding(Buffer.concat([LE_MARK, le("PS> .\\run.ps1\r\n"), Buffer.from(LINES)])), "utf-8");
    // Zero padding before or after the text.
    assert.equal(sniffEncoding(Buffer.concat([Buffer.alloc(4096), Buffer.from(LINES)])), "utf-8");
    assert.equal(sniffEncoding(Buffer.concat([Buffer.from(LINES.slice(0, 200)), Buffer.alloc(3000)])), "utf-8");
    assert.equal(sniffEncoding(Buffer.alloc(0)), "utf-8");
  });

  it("tells windows-1252 from bytes beyond ASCII that are no UTF-8, and keeps UTF-8 with a stray one", () => {
    const german = "connect: Die angeforderte Adresse ist in diesem Kontext ung\u00fcltig.\r\n";
    const ansi = Buffer.from(german.repeat(40), "latin1");
    assert.equal(sniffEncoding(ansi), "windows-1252");
    // Short, too.
    assert.equal(sniffEncoding(Buffer.from("ung\u00fcltig", "latin1")), "windows-1252");
    // UTF-8 characters among them, or a character cut at the sample's end: UTF-8.
    assert.equal(sniffEncoding(Buffer.concat([ansi, Buffer.from("\u00fc")])), "utf-8");
    const utf8 = Buffer.from(german.repeat(40));
    assert.equal(sniffEncoding(utf8.subarray(0, utf8.indexOf(0xbc))), "utf-8");
    assert.equal(sniffEncoding(Buffer.concat([Buffer.from([0xfc]), utf8])), "utf-8");
    // ASCII alone stays UTF-8; a code page the caller names is not overruled by the guess.
    assert.equal(sniffEncoding(Buffer.from(LINES)), "utf-8");
    assert.equal(bytesOverruleLabel(ansi, sniffEncoding(ansi)), false);
  });
});
