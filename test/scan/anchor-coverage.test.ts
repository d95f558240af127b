// The byte prefilter (files) and the text path (scan) read a line with the same recognisers
// only if the file path sees an anchor wherever the text path does: a recogniser runs over
// the whole line once any of its anchors is on it. Longer anchors for the byte prefilter
// alone ("rror: 1" for "rror: ") once lost findings such as "Error: see below; recv failed
// with error\t10054", whose match holds no anchor but whose line does. (Written in an
// independent review.)
import assert from "node:assert/strict";
import { it } from "node:test";
import { scan } from "../../src/scan/index.ts";
import { WHITESPACE } from "../../src/scan/recognisers.ts";
import type { Finding } from "../../src/scan/types.ts";
import { fileFindings } from "../helpers/prefilter.ts";

const words = ["Error", "error", "ERROR", "Error code", "error Code", "ErrorCode", "ERROR code", "ERRORCode"];
const seps = [
  "",
  " ",
  ":",
  ": ",
  ":  ",
  ":\t",
  ": \t",
  "=",
  " = ",
  "#",
  " #",
  " # ",
  "\t",
  "  ",
  "\u00a0",
  ": \u00a0",
  ": \u3000",
  ": \ufeff",
  ":=",
  ": :",
  ": #",
  ...WHITESPACE.filter((c) => c !== "\n").map((c) => `: ${c}`),
];
const numbers = ["10054", "11001", "0x2746", "0x80072746"];
const shapes = words.flatMap((w) => seps.flatMap((s) => numbers.map((n) => `${w}${s}${n}`)));
const py = [
  "ConnectionResetError(10054, 'An existing connection')",
  'error(10054, "x")',
  "gaierror(11001, 'getaddrinfo failed')",
  "OSError (104, 'Connection reset by peer')",
  "SysCallError: (10054, 'WSAECONNRESET')",
  "x:(111, 'refused')",
];

it("the error-code and OSError-repr shapes, with every separator: a file gives what a text gives", async () => {
  const text = `${[...shapes, ...py].join("\n")}\n`;
  const expected = scan(text);
  assert.ok(expected.length > 100, String(expected.length));
  assert.deepEqual(await fileFindings(text), expected);
});

it("a shape without an anchor of its own, beside another shape's anchor on its line: a file gives what a text gives", async () => {
  const prefixes = ["Error: see below; ", "Error 1 of 3: ", "ERROR: timeout, ", "error=1 retry; ", "Error Code: n/a, "];
  const lines = prefixes.flatMap((p) => shapes.map((s) => `${p}recv failed with ${s}`));
  const text = `${lines.join("\n")}\n`;
  const expected = scan(text);
  const got = await fileFindings(text);
  const key = (f: Finding) => `${f.line}:${f.column}:${f.code}`;
  const missing = expected.filter((f) => !got.some((g) => key(g) === key(f)));
  assert.deepEqual(
    missing.slice(0, 5).map((f) => JSON.stringify(lines[f.line - 1])),
    [],
    `${missing.length} findings missing from the file path`,
  );
});

it("the error-code shape after any two separators C programs print (error =10054, error:\\t10054): found, alike", async () => {
  const separators = [" ", ":", "=", "#", "\t"];
  const lines = ["error", "Error", "ERROR"].flatMap((word) =>
    separators.flatMap((first) => separators.map((second) => `bind failed with ${word}${first}${second}10048`)),
  );
  const text = `${lines.join("\n")}\n`;
  const expected = scan(text);
  assert.deepEqual(
    lines.filter((_, index) => !expected.some((finding) => finding.line === index + 1 && finding.code === 10048)),
    [],
  );
  assert.deepEqual(await fileFindings(text), expected);
});
