// Reads one byte range of a file in blocks (Node only), straight into a byte prefilter's
// input (this thread's, or a region of a read-ahead thread's: read-ahead.ts), which finds
// the anchors in them and numbers their lines. The range
// is widened to whole lines (a line belongs to the range it starts in); each block
// holds whole lines, with one line of context before and after. Nothing is decoded
// here: the engine reads the candidate lines (segment.ts).
import { fstatSync, readSync } from "node:fs";
import type { BytePrefilter } from "./byte-prefilter.ts";
import { LINES_AFTER, LOOKAHEAD, MAX_LINE } from "./max-line.ts";

/** A block read, as the engine needs it. */
export interface ReadBlock {
  /**
   * "context": the line before the range, [0, to), read only for the rules that look a line
   * back (the range's first line follows it in the data, when whole within the lookahead);
   * "long": the first MAX_LINE bytes of one line longer than a block; "block": the whole
   * lines [from, to), after the previous block's last line and before the next line.
   */
  readonly kind: "context" | "long" | "block";
  /** The bytes, [0, length); valid until the next block is read. */
  readonly bytes: Buffer;
  readonly length: number;
  readonly from: number;
  readonly to: number;
  /**
   * Where the lines read as candidates end: `to`, or, in a range's last block, past the
   * next range's first line when it is whole (its own findings are that range's; a message
   * that begins on this range's last line and ends on it is this range's).
   */
  readonly candidatesTo: number;
  /** The line number of the block's first byte (the range's first line is 1; its context line 0). */
  readonly firstLine: number;
  /** The line number the next block's lines start at. */
  readonly nextLine: number;
  /** The anchors from `from` on, each once per line: (position, anchor number) pairs. */
  readonly hits: Int32Array;
  /** The line number of each hit. */
  readonly hitLines: Int32Array;
}

/**
 * Bytes a block reads (then up to its last newline): BLOCK, or DENSE_BLOCK after a block dense
 * with anchors. Larger blocks cost fewer calls and re-read less of the lookahead (the bench's
 * 200 MB log ~4 % faster with 1 MiB than with 256 KiB); smaller ones hand the engine fewer
 * findings at a time, so fewer of them are still alive, to be copied, when the garbage
 * collector runs (a log with half its lines errors ~10 % faster with 256 KiB).
 */
const BLOCK = 1 << 20;
const DENSE_BLOCK = 1 << 18;
/** Anchors a block may hold per MiB and still be followed by a BLOCK (the bench's mixed log has ~400, its dense one ~14 000). */
const DENSE_HITS_PER_MIB = 8192;
/** Read when looking for the line around a range's edges. */
const PROBE = 4 << 10;
/**
 * The most input a block asks of its prefilter: a context line and a stretched line, each up
 * to MAX_LINE and its newline, and the lookahead (a read-ahead thread's regions hold this).
 */
export const MAX_BLOCK_INPUT = 2 * (MAX_LINE + 1) + LOOKAHEAD;
const NEWLINE = 10;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Where `count` lines starting at `from` end (past the last one's newline); -1 when the bytes end first. */
export function linesEnd(bytes: Uint8Array, from: number, count: number): number {
  let at = from;
  for (let line = 0; line < count; line++) {
    const newline = bytes.indexOf(NEWLINE, at);
    if (newline === -1) return -1;
    at = newline + 1;
  }
  return at;
}

/** The same, or the bytes' end when they end first (a file's last line, or as far as LOOKAHEAD holds). */
function afterLines(bytes: Uint8Array, from: number, count: number): number {
  const end = linesEnd(bytes, from, count);
  return end === -1 ? bytes.length : end;
}

/**
 * The prefilter a block is read into, with room for at least `capacity` input bytes: this
 * thread's (thread-prefilter.ts), or the next free region of a read-ahead thread. Asked for
 * once or twice per block; the block it returns holds that input until the next block is read.
 */
export type PrefilterFor = (capacity: number) => BytePrefilter;

/** Bytes read by position: a file, or a stream's bytes held in memory (byte-stream.ts). */
export interface ByteSource {
  /** Copies up to `length` bytes from `position` into buffer[offset…]; returns how many (0 at the end). */
  read(buffer: Uint8Array, offset: number, position: number, length: number): number;
  /** Where the bytes end. */
  size(): number;
}

/** An open file's bytes. */
export function fileBytes(fd: number): ByteSource {
  return {
    read: (buffer, offset, position, length) => readSync(fd, buffer, offset, length, position),
    size: () => fstatSync(fd).size,
  };
}

/** Bytes in memory. */
export function memoryBytes(bytes: Uint8Array): ByteSource {
  return {
    read: (buffer, offset, position, length) => {
      const end = Math.min(bytes.length, position + length);
      if (end <= position) return 0;
      buffer.set(bytes.subarray(position, end), offset);
      return end - position;
    },
    size: () => bytes.length,
  };
}

export class BlockReader {
  constructor(
    private readonly source: ByteSource,
    private readonly bytePrefilter: PrefilterFor,
  ) {}

  /** The blocks of the lines starting in [start, end); returns the newlines of those lines. */
  *blocks(start: number, end: number): Generator<ReadBlock, number, undefined> {
    // A line belongs to the range it starts in; a range inside one long line owns none
    // (looking no further than its end keeps a file without newlines linear).
    let first = this.lineStartFrom(start, end);
    if (first === -1) return 0;
    // A UTF-8 byte order mark is not part of the first line (columns count from after it, as
    // when text is decoded).
    const bom = first === 0 && end >= BOM.length && this.read(0, BOM.length).equals(BOM);
    if (bom) first = BOM.length;
    const stopAt = this.lineStartFrom(end);
    let newlines = 0;
    let position = first;
    let line = 1;
    // The line before the range (another range's) is context, as between blocks.
    let context = bom ? Buffer.alloc(0) : this.previousLine(first); // the last line read, with its newline
    if (context.length > 0) {
      // With the range's first lines after it (LINES_AFTER, as far as the lookahead holds): a
      // message broken over the two is found on the line before, and the rules that look
      // below a line (an errno's syscall, an error's object) read the same there as in any block.
      const filter = this.bytePrefilter(context.length + LOOKAHEAD);
      context.copy(filter.input, 0);
      const got = this.readInto(filter.input, context.length, first, LOOKAHEAD);
      // (Searched within what was read: past it, the memory may never have been touched, and
      // reading it first costs a page fault every 4 KiB.)
      const length = afterLines(filter.input.subarray(0, context.length + got), context.length, LINES_AFTER);
      yield blockOf("context", filter, length, 0, context.length, 0, 1);
    }
    // Context + block + lookahead are read into the byte prefilter's input, reused block after block.
    /** A block's size when it is to hold one line longer than BLOCK (and not than MAX_LINE) whole. */
    let stretched = 0;
    // (Small until a block shows the log is sparse: a first big block dense with findings cost a
    // log with half its lines errors ~7 %.)
    let size = DENSE_BLOCK;
    while (position < stopAt) {
      const wanted = stretched || Math.min(size, stopAt - position);
      stretched = 0;
      const filter = this.bytePrefilter(context.length + wanted + LOOKAHEAD);
      const buffer = filter.input;
      context.copy(buffer, 0);
      const from = context.length;
      const got = this.readInto(buffer, from, position, wanted + LOOKAHEAD);
      if (got === 0) break; // the file shrank while being read
      const bodyEnd = from + Math.min(wanted, got);
      // A block reads whole lines: up to the range's end (a line start, or the end of the file),
      // else up to the body's last newline (or the one just after it: a line of exactly a block
      // is a line like any other, read with the line after it); the rest comes with the next block.
      let to = bodyEnd;
      if (position + (bodyEnd - from) < stopAt) {
        const lastNewline = buffer.lastIndexOf(NEWLINE, bodyEnd < from + got ? bodyEnd : bodyEnd - 1);
        if (lastNewline < from) {
          const lineEnd = this.nextNewline(position);
          // One line longer than a block, and not than MAX_LINE: read again as a block of its own,
          // with the line after it, like any other line.
          const lineLength = (lineEnd === -1 ? stopAt : lineEnd) - position;
          const whole = lineEnd === -1 ? lineLength : lineLength + 1;
          // (Not again when it was: the file changed under the reader.)
          if (lineLength <= MAX_LINE && whole > wanted) {
            stretched = whole;
            continue;
          }
          // Longer than MAX_LINE: its first MAX_LINE bytes are read, the rest passed over.
          const length = Math.min(MAX_LINE, lineLength);
          const long = this.bytePrefilter(length);
          this.readInto(long.input, 0, position, length);
          yield blockOf("long", long, length, 0, length, line, lineEnd === -1 ? line : line + 1);
          if (lineEnd === -1) break;
          newlines++;
          line++;
          // Too long to keep as the next block's context line (its findings still count for the rules).
          context = Buffer.alloc(0);
          position = lineEnd + 1;
          continue;
        }
        to = lastNewline + 1;
      }
      const afterNext = buffer.subarray(0, from + got).indexOf(NEWLINE, to);
      const ended = afterNext !== -1 && afterNext < from + got;
      // The next line is whole when it ends in a newline, or is the file's last line (the read stopped short).
      const nextWhole = ended || (got < wanted + LOOKAHEAD && from + got > to);
      // What the engine sees: the block and the lines after it (LINES_AFTER, as far as LOOKAHEAD holds).
      const dataEnd = afterLines(buffer.subarray(0, from + got), to, LINES_AFTER);
      /** Where the next line ends (a range's last block reads it as candidates: candidatesTo). */
      const nextEnd = ended ? afterNext + 1 : from + got;
      const last = position + (to - from) >= stopAt;
      // (Its lines are counted as its hits are numbered: the context line before `from` ends in a newline.)
      const block = blockOf(
        "block",
        filter,
        dataEnd,
        from,
        to,
        line - (context.length > 0 ? 1 : 0),
        undefined,
        last && nextWhole ? nextEnd : to,
      );
      const count = block.nextLine - line;
      size = (block.hits.length / 2) * (1 << 20) > DENSE_HITS_PER_MIB * Math.max(1, to - from) ? DENSE_BLOCK : BLOCK;
      yield block;
      newlines += count;
      line += count;
      const lastStart = buffer.lastIndexOf(NEWLINE, to - 2) + 1;
      context = Buffer.from(buffer.subarray(Math.max(lastStart, from), to));
      position += to - from;
    }
    return newlines;
  }

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
    return limit === undefined ? this.source.size() : -1;
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
      const got = this.source.read(buffer, offset + filled, position + filled, length - filled);
      if (got === 0) break;
      filled += got;
    }
    return filled;
  }
}

/**
 * A block of the prefilter's input, with its anchors found and their lines numbered. Its
 * lines are counted once, on the way to each hit: the next block's first line is the line
 * at `to` unless `nextLine` is given (a long line's block holds no newline of its own).
 */
function blockOf(
  kind: ReadBlock["kind"],
  filter: BytePrefilter,
  length: number,
  from: number,
  to: number,
  firstLine: number,
  nextLine?: number,
  candidatesTo = to,
): ReadBlock {
  const hits = filter.hits(from, length, length);
  const hitLines = new Int32Array(hits.length / 2);
  let counted = 0;
  let line = firstLine;
  /** The line at `to`, once counted there. */
  let lineAtTo = -1;
  for (let index = 0; index < hitLines.length; index++) {
    const at = hits[index * 2] as number;
    // (Hits past `to` lie on the next range's first line, read for a message broken over the two.)
    if (lineAtTo === -1 && at >= to) {
      line += filter.newlines(counted, to);
      counted = to;
      lineAtTo = line;
    }
    line += filter.newlines(counted, at);
    counted = at;
    hitLines[index] = line;
  }
  if (lineAtTo === -1) lineAtTo = line + filter.newlines(counted, to);
  return {
    kind,
    bytes: filter.input,
    length,
    from,
    to,
    candidatesTo,
    firstLine,
    nextLine: nextLine ?? lineAtTo,
    hits,
    hitLines,
  };
}
