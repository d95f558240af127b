// Logs in a Windows ANSI code page (windows-1252, shift_jis…): read only when named
// (`wsaerr explain --encoding`, scanFile's and scanStream's `encoding`); UTF-8 and UTF-16
// stay told from the bytes. Fixtures: test/fixtures/encodings/README.md.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { run } from "../src/cli/main.ts";
import { scanFile } from "../src/scan/file-lazy.ts";
import { scanStream } from "../src/scan/index.ts";
import { ROOT } from "./helpers/catalogue.ts";

const FRENCH = join(ROOT, "test/fixtures/encodings/fr-windows-1252.log");
const JAPANESE = join(ROOT, "test/fixtures/encodings/ja-shift_jis.log");

async function explain(args: string[], stdin?: Buffer) {
  let out = "";
  let err = "";
  const status = await run(["explain", "--json", ...args], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: {},
    isTTY: false,
    columns: 100,
    ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) }),
  });
  const findings = out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { symbol: string; lang: string | null; platform: string });
  return { status, err, findings: findings.map((finding) => `${finding.symbol} ${finding.platform} ${finding.lang}`) };
}

describe("explain --encoding", () => {
  it("reads a log in windows-1252 and one in shift_jis when told", async () => {
    assert.deepEqual((await explain(["--encoding", "windows-1252", FRENCH])).findings, ["WSAECONNREFUSED windows fr"]);
    assert.deepEqual((await explain(["--encoding", "cp932", JAPANESE])).findings, ["WSAETIMEDOUT windows ja"]);
  });

  it("reads a log in windows-1252 untold (its bytes are no UTF-8), and needs Shift-JIS named", async () => {
    // (Western Windows' ANSI code page is told from bytes beyond ASCII that are no UTF-8; other
    // code pages read so find nothing, as they did read as UTF-8.)
    assert.deepEqual((await explain([FRENCH])).findings, ["WSAECONNREFUSED windows fr"]);
    assert.deepEqual((await explain(["-"], readFileSync(FRENCH))).findings, ["WSAECONNREFUSED windows fr"]);
    assert.deepEqual((await explain([JAPANESE])).findings, []);
  });

  it("decodes gzip data and standard input alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-encoding-"));
    const gz = join(dir, "ja.log.gz");
    writeFileSync(gz, gzipSync(readFileSync(JAPANESE)));
    assert.deepEqual((await explain(["--encoding", "shift_jis", gz])).findings, ["WSAETIMEDOUT windows ja"]);
    assert.deepEqual((await explain(["--encoding", "windows-1252", "-"], readFileSync(FRENCH))).findings, [
      "WSAECONNREFUSED windows fr",
    ]);
  });

  it("answers an unknown label with one line and status 2", async () => {
    const { status, err, findings } = await explain(["--encoding", "no-such-code-page", FRENCH]);
    assert.equal(status, 2);
    assert.equal(err.trim().split("\n").length, 1);
    assert.match(err, /--encoding/);
    assert.deepEqual(findings, []);
  });

  it("is the library's too: scanFile and scanStream take the label", async () => {
    const fromFile = [];
    for await (const finding of scanFile(JAPANESE, { encoding: "shift_jis" })) fromFile.push(finding.symbol);
    assert.deepEqual(fromFile, ["WSAETIMEDOUT"]);
    const fromStream = [];
    for await (const finding of scanStream(Readable.from([readFileSync(FRENCH)]), { encoding: "windows-1252" }))
      fromStream.push(finding.lang);
    assert.deepEqual(fromStream, ["fr"]);
    // A code page number as chcp prints it.
    const byNumber = [];
    for await (const finding of scanStream(Readable.from([readFileSync(JAPANESE)]), { encoding: "932" }))
      byNumber.push(finding.symbol);
    assert.deepEqual(byNumber, ["WSAETIMEDOUT"]);
  });
});

describe("--encoding against what the bytes say", () => {
  it("gives way to a byte order mark and to UTF-16's zero bytes", async () => {
    const line =
      "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host\r\n";
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-encoding-mark-"));
    const utf16 = join(dir, "ps.log");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, "utf16le")]));
    assert.deepEqual((await explain(["--encoding", "windows-1252", utf16])).findings, ["WSAECONNRESET windows null"]);
    const marked = join(dir, "marked.log");
    writeFileSync(marked, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line, "utf8")]));
    let out = "";
    await run(["explain", "--json", "--encoding", "windows-1252", marked], {
      out: (text) => (out += text),
      err: () => {},
      env: {},
      isTTY: false,
      columns: 100,
    });
    // (The mark is no text: the column is counted from the line's first character.)
    assert.equal(JSON.parse(out.split("\n")[0] as string).column, 23);
  });

  it("gives way to valid UTF-8 beyond ASCII in the first bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-encoding-utf8-"));
    const utf8 = join(dir, "fr-utf8.log");
    writeFileSync(utf8, new TextDecoder("windows-1252").decode(readFileSync(FRENCH), { stream: true }));
    assert.deepEqual((await explain(["--encoding", "windows-1252", utf8])).findings, ["WSAECONNREFUSED windows fr"]);
  });

  it("takes Windows' code page numbers, and says which it does not read", async () => {
    assert.deepEqual((await explain(["--encoding", "1252", FRENCH])).findings, ["WSAECONNREFUSED windows fr"]);
    assert.deepEqual((await explain(["--encoding", "54936", FRENCH])).status, 1);
    const oem = await explain(["--encoding", "850", FRENCH]);
    assert.equal(oem.status, 2);
    assert.match(oem.err, /console \(OEM\) code page/);
  });
});
