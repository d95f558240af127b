// Printed texts broken over two lines between two words (a terminal's or a logger's wrap):
// a text with an anchor from each half keeps one of them whole wherever the break falls
// (src/scan/texts.ts), and the file path (byte prefilter) finds what the text path finds.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ENTRIES } from "../../src/catalogue/index.ts";
import { matchTexts } from "../../src/catalogue/match-texts.generated.ts";
import { normaliseMessage } from "../../src/normalise.ts";
import { scan } from "../../src/scan/index.ts";
import { textKeys } from "../../src/scan/texts.ts";
import type { Finding } from "../../src/scan/types.ts";
import { assertFindsOnEveryPath } from "../helpers/edges.ts";
import { fileFindings } from "../helpers/prefilter.ts";

const keys = new Map(textKeys().map((key) => [key.norm, key]));
const printed = [
  ...ENTRIES.flatMap((entry) => Object.values(entry.messages).filter((text): text is string => Boolean(text))),
  ...matchTexts().map((text) => text.text),
];

interface Case {
  readonly text: string;
  readonly code: number;
  /** Whether the text has anchors from both halves (not case variants of one). */
  readonly twoAnchors: boolean;
  readonly line: number;
}

// Each case: a timestamped line ending with the text's first words, the next line holding
// the rest, then two lines of filler, so that no case reads its neighbours.
const cases: Case[] = [];
const lines: string[] = [];
for (const text of new Set(printed)) {
  const key = keys.get(normaliseMessage(text));
  if (!key) continue;
  // (6, 8 and 87 are every API's codes, read only on a line that speaks of a socket: theirs
  // name one.)
  const label = [6, 8, 87].includes(key.entry.value) ? "ERROR send failed:" : "ERROR";
  // (A short text's one anchor is cut after re-casing, so its variants differ in length: one
  // inside another is the same piece.)
  const lower = [...new Set(key.anchors.map((anchor) => anchor.toLowerCase()))];
  const twoAnchors =
    lower.filter((piece) => !lower.some((other) => other !== piece && other.includes(piece))).length >= 2;
  for (const space of text.matchAll(/ /g)) {
    cases.push({ text, code: key.entry.value, twoAnchors, line: lines.length + 1 });
    const broken = `2026-11-24 10:00:00 ${label} ${text.slice(0, space.index)}\n${text.slice(space.index + 1)}`;
    lines.push(...broken.split(/\r?\n/), "request handled", "worker idle");
  }
}
const log = `${lines.join("\n")}\n`;

/** The cases a scan found: a finding of the case's code on its first line. */
function found(findings: readonly Finding[]): Set<Case> {
  const byLine = new Map(cases.map((item) => [item.line, item]));
  const hit = new Set<Case>();
  for (const finding of findings) {
    const item = byLine.get(finding.line);
    if (item && finding.code === item.code) hit.add(item);
  }
  return hit;
}

describe("printed texts broken over two lines", () => {
  const byText = found(scan(log));

  it("are many", () => {
    assert.ok(cases.length > 1000, `${cases.length} cases`);
  });

  it("are found at every break when the text has an anchor in each half (unless it holds a line break itself)", () => {
    const missed = cases.filter((item) => item.twoAnchors && !/\n/.test(item.text) && !byText.has(item));
    assert.deepEqual(
      missed.map((item) => item.text),
      [],
    );
  });

  it("are found alike through a file (the byte prefilter)", async () => {
    const byFile = found(await fileFindings(log));
    const differ = cases.filter((item) => byText.has(item) !== byFile.has(item));
    assert.deepEqual(
      differ.map((item) => `${item.text} (${byText.has(item) ? "text path only" : "file path only"})`),
      [],
    );
  });

  it("take a code shortly after their end on the next line as theirs: one finding, on the line they begin (a red-team pass)", async () => {
    // Rust's Display of a French Windows text and its code, as a terminal wrapped it.
    await assertFindsOnEveryPath(
      [
        "sur `passage en TLS : Une connexion existante a dû être fermée par l'hôte",
        "distant. (os error 10054)`. Diagnostic mené en sondant le serveur",
        "Eine vorhandene Verbindung wurde vom Remotehost",
        "geschlossen. (os error 10054)",
        // (The same code later on a line of its own is another event.)
        "retrying (os error 10054)",
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows", "3 WSAECONNRESET windows", "5 WSAECONNRESET windows"],
    );
  });

  it("are found where a terminal's wrap broke a word, the next line's indentation aside (a red-team pass)", async () => {
    // SqlClient's message as a console 80 columns wide wrapped it (dotnet/SqlClient#2053), and
    // Go's wsarecv text wrapped inside an indented block.
    await assertFindsOnEveryPath(
      [
        "(provider: SSL Provider, error: 0 - An existing connection was forcibly clos",
        "ed by the remote host.)",
        "wsarecv: An existing connection was forcibly closed by the remote ho",
        "    st.",
        "the remote ho",
        "stname was resolved",
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows", "3 WSAECONNRESET windows"],
    );
  });
});
