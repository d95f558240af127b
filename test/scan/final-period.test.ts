// Printed texts found with their final period missing or doubled (issue 3), by scan() and
// by a file scan (the byte prefilter, whose anchors must not hold the period: the Japanese
// 10054 text has a space, and its anchor was once the whole text with its "。").
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ENTRIES } from "../../src/catalogue/index.ts";
import { matchTexts } from "../../src/catalogue/match-texts.generated.ts";
import { scanFile } from "../../src/scan/file.ts";
import { scan } from "../../src/scan/index.ts";
import type { Finding } from "../../src/scan/types.ts";

const FINAL = /[.。．]+$/u;
/** Every printed text that ends in a period. */
const texts = [
  ...new Set([
    ...ENTRIES.flatMap((entry) => Object.values(entry.messages).filter((text): text is string => Boolean(text))),
    ...matchTexts().map(({ text }) => text),
  ]),
].filter((text) => FINAL.test(text));
// Each as printed, without its period and with it doubled; each on a line of its own between
// others, after a socket call's name (the Win32 texts every call fails with, "The handle is
// invalid", count on a socket's line only) and followed by more text (" | next field"), as a log
// prints it.
const shapes = (text: string) => {
  const bare = text.replace(FINAL, "");
  const period = text.match(FINAL)?.[0].slice(-1) ?? ".";
  return [text, bare, `${bare}${period}${period}`];
};
const lines = texts.flatMap((text) =>
  shapes(text).flatMap((shape) => [`12:00:01 ERROR recv: ${shape} | next field`, "12:00:02 INFO idle"]),
);
const log = `${lines.join("\n")}\n`;

/** The codes found on each shape's line, by text, in the order of `shapes`. */
function codesByText(findings: Iterable<Finding>): Map<string, string[]> {
  const lineCodes = new Map<number, Set<number>>();
  for (const finding of findings) {
    const codes = lineCodes.get(finding.line) ?? new Set<number>();
    codes.add(finding.code);
    lineCodes.set(finding.line, codes);
  }
  const byText = new Map<string, string[]>();
  let line = 1;
  for (const text of texts) {
    byText.set(
      text,
      shapes(text).map((shape) => {
        const codes = [...(lineCodes.get(line) ?? [])].sort().join(",");
        // (A text may hold a line break: German 10053's does.)
        line += shape.split("\n").length + 1;
        return codes;
      }),
    );
  }
  return byText;
}

/** Texts found as printed whose other shapes give other codes. */
function differing(byText: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [text, [printed, ...others]] of byText) {
    assert.notEqual(printed, "", `not found as printed: ${text}`);
    if (others.some((codes) => codes !== printed)) out.push(`${text}: ${printed} / ${others.join(" / ")}`);
  }
  return out;
}

describe("a final period missing or doubled", () => {
  it("covers texts of several scripts", () => {
    assert.ok(texts.length > 100, `${texts.length} texts`);
    assert.ok(texts.some((text) => text.endsWith("。")));
  });

  it("finds the same codes through scan()", () => {
    assert.deepEqual(differing(codesByText(scan(log))), []);
  });

  it("finds the same codes through a file scan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-period-"));
    try {
      const path = join(dir, "periods.log");
      writeFileSync(path, log);
      const found: Finding[] = [];
      for await (const finding of scanFile(path)) found.push(finding);
      assert.deepEqual(differing(codesByText(found)), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
