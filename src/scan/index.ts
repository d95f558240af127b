// The log explainer's public surface: scan a text, scan a stream, summarise.

import { plainOptions } from "../plain-options.ts";
import { scanBlock, textSource } from "./scanner.ts";
import type { Finding } from "./types.ts";

export { type StreamOptions, scanStream } from "./stream.ts";
export { SummaryBuilder, summarize } from "./summary.ts";
export type { CodeSummary, Evidence, Finding, ScanSummary } from "./types.ts";

/** Every socket error in the text, in order; [] for anything that is not a string. */
export function scan(text: unknown, given: { file?: string; lines?: boolean } = {}): Finding[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const options = plainOptions<{ file?: string; lines?: boolean }>(given, { file: "string", lines: "boolean" });
  const findings: Finding[] = [];
  scanBlock(
    {
      source: textSource(text),
      firstLine: 1,
      from: 0,
      to: text.length,
      file: options.file ?? null,
      earlier: [],
    },
    (finding) => findings.push(finding),
    options.lines === true,
  );
  return findings;
}
