// Scans one byte range of a file (Node only): the unit of work a worker thread
// gets. block-reader.ts reads the range in blocks and finds their anchors; here the
// engine reads each block's candidate lines.
import { closeSync, openSync } from "node:fs";
import { BlockReader, type ByteSource, fileBytes, type ReadBlock } from "./block-reader.ts";
import { blockSource } from "./byte-source.ts";
import { copyFinding, scanBlock } from "./scanner.ts";
import { bytePrefilter } from "./thread-prefilter.ts";
import type { Finding } from "./types.ts";

export interface SegmentResult {
  /** Findings with lines counted from the segment's first line (1). */
  readonly findings: Finding[];
  /** Newlines in the segment (the lines it owns), for numbering the next segment. */
  readonly newlines: number;
}

/** Findings of the lines starting in [start, end) of the file. */
export function scanSegment(
  path: string,
  start: number,
  end: number,
  file: string | null,
  lines = false,
): SegmentResult {
  const findings: Finding[] = [];
  const newlines = scanSegmentInBatches(
    path,
    start,
    end,
    file,
    (batch) => {
      for (const finding of batch) findings.push(finding);
    },
    lines,
  );
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
  /** Whether each finding carries its line (`lineText`). */
  lines = false,
): number {
  const batches = segmentBatches(path, start, end, file, lines);
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
  lines = false,
): Generator<Finding[], number, undefined> {
  const fd = openSync(path, "r");
  try {
    return yield* rangeBatches(fileBytes(fd), start, end, new SegmentScanner(file, [], lines));
  } finally {
    closeSync(fd);
  }
}

/**
 * Ranges read one after another by one thread, as one text (a file's segments, a stream's):
 * each range's reader starts with the findings of the line before it (carry(): that line may
 * be too long to read back as context), and lines are numbered from the first range's first.
 */
export class ConsecutiveRanges {
  private reader: SegmentScanner | undefined;
  private lineOffset = 0;

  constructor(
    private readonly file: string | null,
    /** Whether each finding carries its line (`lineText`). */
    private readonly lines = false,
  ) {}

  /**
   * The findings of the lines starting in [start, end) of `bytes`, a block's at a time, numbered
   * in place (they are fresh from the engine).
   */
  *scan(bytes: ByteSource, start: number, end: number): Generator<Finding[], void, undefined> {
    this.begin();
    const blocks = new BlockReader(bytes, bytePrefilter).blocks(start, end);
    for (let next = blocks.next(); ; next = blocks.next()) {
      if (next.done) {
        this.end(next.value);
        return;
      }
      const findings = this.block(next.value);
      if (findings.length > 0) yield findings;
    }
  }

  /**
   * Starts the next range, when its blocks are read elsewhere (read-ahead.ts): each goes to
   * block(), in order, then end() takes the range's newlines.
   */
  begin(): void {
    this.reader = new SegmentScanner(this.file, this.reader?.carry(), this.lines);
  }

  /** The findings of the range's next block, numbered in place from the first range's first line. */
  block(block: ReadBlock): Finding[] {
    const findings = (this.reader as SegmentScanner).scan(block);
    for (const finding of findings) (finding as { line: number }).line += this.lineOffset;
    return findings;
  }

  end(newlines: number): void {
    this.lineOffset += newlines;
  }
}

/** The same over any bytes read by position (a stream's, held in memory: byte-stream.ts). */
function* rangeBatches(
  bytes: ByteSource,
  start: number,
  end: number,
  reader: SegmentScanner,
): Generator<Finding[], number, undefined> {
  const blocks = new BlockReader(bytes, bytePrefilter).blocks(start, end);
  for (let next = blocks.next(); ; next = blocks.next()) {
    if (next.done) return next.value;
    const findings = reader.scan(next.value);
    if (findings.length > 0) yield findings;
  }
}

/** Reads a range's blocks in order, carrying what one block's last line found into the next. */
export class SegmentScanner {
  /** Findings on the line before the next block's lines: not reported again, but the rules see them. */
  private contextFindings: readonly Finding[];

  constructor(
    private readonly file: string | null,
    /**
     * The findings of the line before the range, when the previous range was read just before
     * (carry()): its context block finds them again, unless that line is too long to read back
     * (past MAX_LINE), when these are all the rules have of it.
     */
    carried: readonly Finding[] = [],
    /** Whether each finding carries its line (`lineText`). */
    private readonly lines = false,
  ) {
    this.contextFindings = carried;
  }

  /** The findings of the range's last line, as the line before the next range (line 0). */
  carry(): Finding[] {
    return this.contextFindings.map((finding) => copyFinding(finding, 0));
  }

  /** The findings the block reports. */
  scan(block: ReadBlock): Finding[] {
    const source = blockSource(block);
    const findings: Finding[] = [];
    const { file } = this;
    if (block.kind === "context") {
      // (Its data runs on into the range's first line, for a message broken over the two.)
      scanBlock({ source, firstLine: block.firstLine, from: 0, to: block.to, file, earlier: [] }, (finding) =>
        findings.push(finding),
      );
      this.keep(findings);
      return [];
    }
    if (block.kind === "long") {
      // (No line of context before it; the findings of the line before still count.)
      scanBlock(
        { source, firstLine: block.firstLine, from: 0, to: block.length, file, earlier: this.contextFindings },
        (finding) => findings.push(finding),
        this.lines,
      );
      this.keep(findings);
      return findings;
    }
    scanBlock(
      {
        source,
        firstLine: block.firstLine,
        from: block.from,
        to: block.candidatesTo,
        file,
        earlier: this.contextFindings,
      },
      (finding) => {
        // Not the line before the range's (line 0), nor the next range's first line when it was read.
        if (finding.line >= 1 && (block.candidatesTo === block.to || finding.line < block.nextLine))
          findings.push(finding);
      },
      this.lines,
    );
    this.keep(findings.filter((finding) => finding.line === block.nextLine - 1));
    return findings;
  }

  /**
   * Keeps findings as the next block's context, as copies: the findings returned are the
   * caller's to renumber (scanFile makes their lines absolute in place).
   */
  private keep(findings: readonly Finding[]): void {
    this.contextFindings = findings.map((finding) => copyFinding(finding));
  }
}
