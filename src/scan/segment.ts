// Scans one byte range of a file (Node only): the unit of work a worker thread
// gets. The range is widened to whole lines (a line belongs to the range it
// starts in), read in blocks straight into the byte prefilter's memory, so only
// candidate lines are decoded as UTF-8, with one line of context before and
// after each block.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { bytePrefilter, byteSource } from "./byte-source.ts";
import { MAX_LINE, scanBlock } from "./scanner.ts";
import type { Finding } from "./types.ts";

export interface SegmentResult {
  /** Findings with lines counted from the segment's first line (1). */
  readonly findings: Finding[];
  /** Newlines in the segment (the lines it owns), for numbering the next segment. */
  readonly newlines: number;
}

const BLOCK = 1 << 20;
/** Read when looking for the line around a segment's edges. */
const PROBE = 4 << 10;
/** Read past a block to finish its last line and hold the next (longer lines: see MAX_LINE). */
const LOOKAHEAD = 64 << 10;
const NEWLINE = 10;

/** Findings of the lines starting in [start, end) of the file. */
export function scanSegment(path: string, start: number, end: number, file: string | null): SegmentResult {
  const findings: Finding[] = [];
  const newlines = scanSegmentInBatches(path, start, end, file, (batch) => {
    for (const finding of batch) findings.push(finding);
  });
  return { findings, newlines };
}

/**
 * The same, handing the findings over block by block (a worker posts each batch at once,
 * so its memory stays bounded however dense the log); returns the segment's newlines.
 */
export function scanSegmentInBatches(
  path: string,
  start: number,
  end: number,
  file: string | null,
  onBatch: (findings: Finding[]) => void,
): number {
  const batches = segmentBatches(path, start, end, file);
  for (let next = batches.next(); ; next = batches.next()) {
    if (next.done) return next.value;
    onBatch(next.value);
  }
}

/**
 * The same as a generator: each block's findings as soon as they are found (so they can be
 * written and dropped while young), then the segment's newlines as its return value.
 */
export function* segmentBatches(
  path: string,
  start: number,
  end: number,
  file: string | null,
): Generator<Finding[], number, undefined> {
  const fd = openSync(path, "r");
  try {
    return yield* new SegmentReader(fd, file).scan(start, end);
  } finally {
    closeSync(fd);
  }
}

class SegmentReader {
  constructor(
    private readonly fd: number,
    private readonly file: string | null,
  ) {}

  private read(position: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    return buffer.subarray(0, this.readInto(buffer, 0, position, length));
  }

  /**
   * The offset of the first line start at or after `offset` (0 stays 0). With a limit, -1
   * when no line starts before it; without one, the file's size when none starts at all.
   */
  private lineStartFrom(offset: number, limit?: number): number {
    if (offset === 0) return 0;
    const newline = this.nextNewline(offset - 1, limit === undefined ? undefined : limit - 1);
    if (newline !== -1) return newline + 1;
    // No newline before the end of the file: the last line runs to the end.
    return limit === undefined ? fstatSync(this.fd).size : -1;
  }

  *scan(start: number, end: number): Generator<Finding[], number, undefined> {
    // A line belongs to the segment it starts in; a segment inside one long line owns none
    // (looking no further than its end keeps a file without newlines linear).
    const first = this.lineStartFrom(start, end);
    if (first === -1) return 0;
    const stopAt = this.lineStartFrom(end);
    let findings: Finding[] = [];
    let newlines = 0;
    let position = first;
    let line = 1;
    // The line before the segment (another segment's) is context, as between blocks: its findings
    // are not reported here, but the rules that look one line back see them.
    let context = this.previousLine(first); // the last line read, with its newline
    let contextFindings: Finding[] = [];
    if (context.length > 0) {
      context.copy(bytePrefilter(context.length).input, 0);
      scanBlock(
        { source: byteSource(context.length), firstLine: 0, from: 0, to: context.length, file: this.file },
        (finding) => contextFindings.push(finding),
      );
    }
    // Context + block + lookahead are read into the byte prefilter's input, reused block after block.
    while (position < stopAt) {
      const wanted = Math.min(BLOCK, stopAt - position);
      const filter = bytePrefilter(context.length + wanted + LOOKAHEAD);
      const buffer = filter.input;
      context.copy(buffer, 0);
      const from = context.length;
      const got = this.readInto(buffer, from, position, wanted + LOOKAHEAD);
      if (got === 0) break; // the file shrank while being read
      const bodyEnd = from + Math.min(wanted, got);
      // A block reads whole lines: up to the segment's end (a line start, or the end of the file),
      // else up to the body's last newline; the rest comes with the next block.
      let to = bodyEnd;
      if (position + (bodyEnd - from) < stopAt) {
        const lastNewline = buffer.lastIndexOf(NEWLINE, bodyEnd - 1);
        if (lastNewline < from) {
          // One line longer than a block: read its first MAX_LINE bytes, pass over the rest.
          const lineEnd = this.nextNewline(position);
          const length = Math.min(MAX_LINE, (lineEnd === -1 ? stopAt : lineEnd) - position);
          this.readInto(bytePrefilter(length).input, 0, position, length);
          scanBlock({ source: byteSource(length), firstLine: line, from: 0, to: length, file: this.file }, (finding) =>
            findings.push(finding),
          );
          const lineFindings = findings;
          if (findings.length > 0) yield findings;
          findings = [];
          if (lineEnd === -1) break;
          newlines++;
          line++;
          // Too long to keep as the next block's context line, but its findings still count for the rules.
          context = Buffer.alloc(0);
          contextFindings = lineFindings;
          position = lineEnd + 1;
          continue;
        }
        to = lastNewline + 1;
      }
      const afterNext = buffer.indexOf(NEWLINE, to);
      const dataEnd = afterNext === -1 || afterNext >= from + got ? from + got : afterNext + 1;
      scanBlock(
        {
          source: byteSource(dataEnd),
          firstLine: line - (context.length > 0 ? 1 : 0),
          from,
          to,
          file: this.file,
          earlier: contextFindings,
        },
        (finding) => {
          if (finding.line >= 1) findings.push(finding);
        },
      );
      const count = filter.newlines(from, to);
      newlines += count;
      line += count;
      contextFindings = findings.filter((finding) => finding.line === line - 1);
      if (findings.length > 0) yield findings;
      findings = [];
      const lastStart = buffer.lastIndexOf(NEWLINE, to - 2) + 1;
      context = Buffer.from(buffer.subarray(Math.max(lastStart, from), to));
      position += to - from;
    }
    if (findings.length > 0) yield findings;
    return newlines;
  }

  /** The whole line that ends just before `offset` (a line start), with its newline; empty at the start or when longer than MAX_LINE. */
  private previousLine(offset: number): Buffer {
    if (offset === 0) return Buffer.alloc(0);
    // Read backwards a probe at a time: lines are short, MAX_LINE is long.
    for (let reach = Math.min(offset, PROBE); ; reach = Math.min(offset, reach * 4, MAX_LINE + 1)) {
      const before = this.read(offset - reach, reach);
      const start = before.lastIndexOf(NEWLINE, before.length - 2);
      if (start !== -1 || reach === offset) return Buffer.from(before.subarray(start + 1));
      if (reach === MAX_LINE + 1) return Buffer.alloc(0);
    }
  }

  /** The offset of the first newline in [offset, limit), or -1 when the file (or the limit) comes first. */
  private nextNewline(offset: number, limit = Number.POSITIVE_INFINITY): number {
    // Small reads first (lines are short), growing on a long line.
    for (let at = offset, probe = PROBE; at < limit; at += probe, probe = Math.min(probe * 4, BLOCK)) {
      const chunk = this.read(at, Math.min(probe, limit - at));
      const newline = chunk.indexOf(NEWLINE);
      if (newline !== -1) return at + newline;
      if (chunk.length < Math.min(probe, limit - at)) return -1;
    }
    return -1;
  }

  private readInto(buffer: Buffer, offset: number, position: number, length: number): number {
    let filled = 0;
    while (filled < length) {
      const got = readSync(this.fd, buffer, offset + filled, length - filled, position + filled);
      if (got === 0) break;
      filled += got;
    }
    return filled;
  }
}
