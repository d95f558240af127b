// The --summary view and the API's summary: counts per code, most frequent first.
// Built incrementally, so summarising a huge log keeps one row per code only.
import type { Platform } from "../resolve.ts";
import type { CodeSummary, Finding, ScanSummary } from "./types.ts";

interface Row {
  code: number;
  symbol: string;
  count: number;
  firstLine: number;
  lastLine: number;
  /** The files of the first and the last finding, where findings name theirs. */
  firstFile: string | undefined;
  lastFile: string | undefined;
  platforms: Set<Platform>;
}

export class SummaryBuilder {
  private readonly byCode = new Map<number, Row>();
  private total = 0;

  add(finding: Finding): void {
    // (Total: anything but a finding, one with a throwing getter included, is passed over.)
    try {
      this.addFinding(finding);
    } catch {
      // not a finding
    }
  }

  private addFinding(finding: Finding): void {
    // (Every field read once, and checked, before anything changes: a getter that throws, or a
    // line that is not a number, leaves the summary as it was.)
    const { code, symbol, line, platform, file: named } = finding ?? {};
    if (typeof code !== "number" || typeof line !== "number") return;
    const file = typeof named === "string" ? named : undefined;
    this.total++;
    const row = this.byCode.get(code);
    if (!row) {
      this.byCode.set(code, {
        code,
        symbol,
        count: 1,
        firstLine: line,
        lastLine: line,
        firstFile: file,
        lastFile: file,
        platforms: new Set([platform]),
      });
      return;
    }
    row.count++;
    // Lines compare within a file; files come in the order they were read (several files'
    // line numbers are not one range: "lines 1–100" of two files said nothing true).
    if (file === row.firstFile) row.firstLine = Math.min(row.firstLine, line);
    if (file === row.lastFile) row.lastLine = Math.max(row.lastLine, line);
    else {
      row.lastFile = file;
      row.lastLine = line;
    }
    row.platforms.add(platform);
  }

  result(): ScanSummary {
    const codes: CodeSummary[] = [...this.byCode.values()]
      .map(({ firstFile, lastFile, ...row }) => ({
        ...row,
        ...(firstFile === undefined ? {} : { firstFile }),
        ...(lastFile === undefined ? {} : { lastFile }),
        platforms: [...row.platforms].sort(),
      }))
      .sort((a, b) => b.count - a.count || a.code - b.code);
    return { total: this.total, codes };
  }
}

export function summarize(findings: Iterable<Finding>): ScanSummary {
  const builder = new SummaryBuilder();
  // (Whatever it is given, and an iterable that throws part way: what was read before.)
  try {
    for (const finding of findings) builder.add(finding);
  } catch {}
  return builder.result();
}
