// `wsaerr explain [file…]`: every socket error in the logs, explained. Files are
// scanned in parallel (src/scan/file.ts); `-` or no file reads standard input.
import { existsSync, statSync } from "node:fs";
import { BY_VALUE } from "../catalogue/index.ts";
import { textFor } from "../i18n/text.ts";
import { UI } from "../i18n/ui.ts";
import { scanFileBatches, scanInputBatches } from "../scan/file.ts";

// And the lookup's fallback: what the explainer reads in an input resolve() found nothing in.
export { scannedCandidates } from "../scan/candidates.ts";
// The bundle of this command is also the script of explain's worker threads (src/scan/file.ts).
export { runScanWorker } from "../scan/file.ts";

import { GzipError } from "../scan/gunzip.ts";
import { SummaryBuilder } from "../scan/index.ts";
import type { Finding, ScanSummary } from "../scan/types.ts";
import type { CommandContext } from "./io.ts";
import { NdjsonChunks } from "./ndjson.ts";
import { printable } from "./printable.ts";

/** Output is written once this much has gathered. */
const CHUNK = 64 << 10;
/** Files at least this big in all are scanned with TurboFan's inlining off (see below). */
const BIG_INPUT = 16 << 20;

export async function runExplain(context: CommandContext): Promise<number> {
  const inputs = context.positionals.length > 0 ? context.positionals : ["-"];
  /** The files' bytes in all. */
  let bytes = 0;
  // Inputs that cannot be read at all, and why: each said in its turn, the others read all the
  // same (as grep does), and the status is 2 at the end.
  const unreadable = new Map<string, string>();
  for (const input of inputs) {
    if (input === "-") continue;
    const stat = existsSync(input) ? statSync(input) : undefined;
    // (A pipe by its name is read as a stream: `wsaerr explain <(zcat app.log.gz)`.)
    if (!stat || stat.isDirectory()) unreadable.set(input, stat ? "a folder, not a file" : "no such file");
    else bytes += stat.size;
  }
  // TurboFan without inlining: its compile jobs run on the core the scan does not use and
  // finish sooner, and the scan's hot code (WebAssembly calls, short functions) gains little
  // from inlining. Measured (BENCHMARKS.md) ~6 % less time on bench/explain.mjs's 200 MB log
  // and 3–6 % on its dense one. A process-wide V8 flag, so the CLI sets it, never the
  // library; only for big files, as loading node:v8 costs ~3 ms at start-up (an `import()`
  // of it ~1 ms more: it starts the ES module loader, which Node >= 20.16 can skip).
  if (bytes >= BIG_INPUT)
    (process.getBuiltinModule?.("node:v8") ?? (await import("node:v8"))).setFlagsFromString("--no-turbo-inlining");
  const summary = new SummaryBuilder();
  /** Where each code was explained in the text output (a code met again points back there). */
  const explained = new Map<number, string>();
  const progress = progressBar(context);
  const encoding = typeof context.options["encoding"] === "string" ? context.options["encoding"] : undefined;
  let found = 0;
  // Findings are written in chunks: one write per finding cost a system call each. NDJSON is
  // written as bytes (ndjson.ts); a card's pieces are joined once, when written.
  const { outBytes } = context.io;
  const ndjson = new NdjsonChunks((bytes) => (outBytes ? outBytes(bytes) : context.io.out(bytes.toString("utf8"))));
  let pieces: string[] = [];
  let gathered = 0;
  const flush = () => {
    // (A bar on the terminal is cleared first, so that output does not follow it on its line;
    // it is drawn again at the next percent.)
    progress.clear();
    ndjson.flush();
    if (pieces.length > 0) context.io.out(pieces.join(""));
    pieces = [];
    gathered = 0;
  };
  // A file that fails part way (a truncated .gz): what it gave is written, then one line says
  // why, and the next file is read; the status is 2 at the end.
  let failed = false;
  // Bytes read and passed over (after a file's gzip data): said once the file's findings are
  // out, and the next file is read, as gzip -d does; the status is 2 at the end.
  let warned = false;
  // The text output shows each finding's line; --json and --summary do without it.
  const lines = !context.json && !context.options["summary"];
  for (const input of inputs) {
    const why = unreadable.get(input);
    if (why !== undefined) {
      context.io.err(`wsaerr: cannot read ${printable(input)}: ${why}\n`);
      failed = true;
      continue;
    }
    // Whether any of the input was read: a read that fails at once is no partial read.
    let read = input === "-";
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`wsaerr: ${printable(`${input}: ${warning.message}`)}\n`);
    let failure: string | undefined;
    const batches =
      input === "-"
        ? scanInputBatches(context.io.stdin ?? emptyInput(), { file: "-", onWarning, encoding, lines })
        : scanFileBatches(input, {
            encoding,
            lines,
            // (Not given: scanFile's default, which reads a big file ahead on a second thread.)
            threads: typeof context.options["threads"] === "string" ? Number(context.options["threads"]) : undefined,
            onProgress: (bytes, total) => {
              read ||= bytes > 0;
              progress.show(input, bytes, total);
            },
            onWarning,
          });
    try {
      for await (const batch of batches) {
        let wrote = false;
        for (const finding of batch) {
          found++;
          if (context.options["summary"]) summary.add(finding);
          else if (context.json) {
            if (ndjson.add(finding)) wrote = true;
          } else {
            const piece = describe(finding, context, explained);
            pieces.push(piece);
            gathered += piece.length;
            // Written as soon as a chunk has gathered, not at the batch's end: a block dense with
            // findings kept thousands of pieces (each a tree of joined strings) alive, which the
            // garbage collector then had to copy.
            if (gathered >= CHUNK) {
              flush();
              wrote = true;
            }
          }
        }
        // Let a slow reader set the pace, so unwritten output does not pile up in memory.
        if (wrote) await context.io.drain?.();
      }
    } catch (error) {
      failure = `wsaerr: ${printable(readError(input, error, read))}\n`;
    } finally {
      // What was found before a read error is still written.
      flush();
    }
    progress.clear();
    for (const warning of warnings) context.io.err(warning);
    warned ||= warnings.length > 0;
    if (failure !== undefined) context.io.err(failure);
    failed ||= failure !== undefined;
  }
  if (context.options["summary"]) {
    const result = summary.result();
    context.io.out(
      context.json ? `${JSON.stringify(result)}\n` : summaryTable(result, context, new Set(inputs).size > 1),
    );
  }
  if (failed || warned) return 2;
  return found > 0 ? 0 : 1;
}

/**
 * Why an input could not be read to its end (or, where none of it was `read`, at all), in
 * words; what was found before is shown.
 */
function readError(input: string, error: unknown, read: boolean): string {
  const { message, code } = error as { message?: string; code?: unknown };
  // (wsaerr's own files, not the input: see scripts/node-lazy/read-pack.js.)
  if (code === "WSAERR_INSTALL") return message ?? String(error);
  if (error instanceof GzipError) {
    if (error.code === "GZIP_NOT_GZIP") return `cannot read ${input}: ${message}`;
    return `cannot read all of ${input}: ${message}; findings up to there are shown`;
  }
  return `cannot read ${read ? "all of " : ""}${input}: ${message ?? String(error)}`;
}

/**
 * A finding as text: its line, what was read, and the code's summary and retry advice, once per
 * code (`explained` holds where each code was explained) unless --every: a log repeats its
 * errors, and the same paragraphs a thousand times hid the lines.
 */
function describe(finding: Finding, context: CommandContext, explained: Map<number, string>): string {
  const entry = BY_VALUE.get(finding.code);
  const text = entry ? textFor(entry, context.lang) : undefined;
  const ui = UI[context.lang];
  // (The file's name as it can be shown: a name may hold a terminal's control characters.)
  const where = `${printable(finding.file ?? "-")}:${finding.line}:${finding.column}`;
  const first = context.options["every"] ? undefined : explained.get(finding.code);
  if (first === undefined) explained.set(finding.code, where);
  // What was read, and how (the line above shows it in place).
  const how = `${finding.evidence} “${printable(finding.text)}”`;
  const platform = finding.platform === "posix" ? ` (${how}, ${ui.posixEquivalent})` : ` (${how})`;
  const lines = [
    // (The line as it stands, less its indentation; the matched text where it is not known.)
    `${where}  ${printable(finding.lineText?.trim() || finding.text)}`,
    `  → ${finding.symbol} ${finding.code}: ${text?.title ?? ""}${platform}`,
    ...(first !== undefined
      ? [`    ${ui.explainedAbove(first)}`]
      : [
          text?.summary ? `    ${text.summary}` : "",
          entry ? `    ${ui.retry}: ${ui.advice[entry.retry]}. ${text?.retryReason ?? ""}` : "",
        ]),
  ];
  return `${lines.filter(Boolean).join("\n")}\n\n`;
}

/** The --summary table; with `files` (several inputs), each end of a code's range with its file. */
function summaryTable(result: ScanSummary, context: CommandContext, files: boolean): string {
  if (result.total === 0) return "";
  const widest = Math.max(...result.codes.map((row) => row.count));
  // (Each column as wide as its widest cell: line numbers and platform lists vary in width.)
  // (Several files: each end with its file, as their line numbers are no one range, even where
  // a code's first and last finding are in one of them.)
  const lines = result.codes.map((row) =>
    files
      ? `${printable(row.firstFile ?? "-")}:${row.firstLine} – ${printable(row.lastFile ?? "-")}:${row.lastLine}`
      : `lines ${row.firstLine}–${row.lastLine}`,
  );
  const platforms = result.codes.map((row) => row.platforms.join(","));
  const linesWidth = Math.max(...lines.map((cell) => cell.length));
  const platformsWidth = Math.max(...platforms.map((cell) => cell.length));
  const rows = result.codes.map((row, index) => {
    const entry = BY_VALUE.get(row.code);
    const bar = "█".repeat(Math.max(1, Math.round((row.count / widest) * 30)));
    const title = entry ? textFor(entry, context.lang).title : "";
    return `${String(row.count).padStart(7)}  ${String(row.code).padStart(5)}  ${row.symbol.padEnd(24)} ${(lines[index] as string).padEnd(linesWidth)}  ${(platforms[index] as string).padEnd(platformsWidth)}  ${bar.padEnd(30)}  ${title}`;
  });
  return `${["  count   code  symbol", ...rows, `${String(result.total).padStart(7)}  findings`].join("\n")}\n`;
}

/**
 * A bar on stderr while reading files, only when stderr is a terminal: `show` draws it at each
 * new percent, `clear` takes it off the line (before output, and at a file's end).
 */
function progressBar(context: CommandContext): {
  show(file: string, bytes: number, total: number): void;
  clear(): void;
} {
  let last = -1;
  let shown = false;
  if (!context.io.errIsTTY) return { show: () => {}, clear: () => {} };
  return {
    show(file, bytes, total) {
      const percent = total > 0 ? Math.floor((bytes / total) * 100) : 0;
      if (percent === last) return;
      last = percent;
      shown = true;
      const filled = Math.round(percent / 5);
      context.io.err(`\r${printable(file)} [${"#".repeat(filled)}${".".repeat(20 - filled)}] ${percent}%`);
    },
    clear() {
      if (!shown) return;
      context.io.err("\r\u001b[K");
      shown = false;
      last = -1;
    },
  };
}

async function* emptyInput(): AsyncGenerator<string> {}
