// A stream of UTF-8 bytes (Node only: standard input, a gunzipped file) scanned like a
// file: its bytes are gathered into segments of whole lines, each read by the byte
// prefilter (block-reader.ts, segment.ts) as if it were a file holding the line before
// it, the segment and the bytes after it. Decoding every chunk into text for the
// regular-expression prefilter (stream.ts) took three times as long. A stream that is
// not UTF-8 (UTF-16, told from its first bytes) is left to stream.ts.
import { linesEnd, memoryBytes } from "./block-reader.ts";
import { givenEncoding, SNIFF_BYTES, sniffEncoding } from "./encoding.ts";
import { LINES_AFTER, LOOKAHEAD } from "./max-line.ts";
import { MAX_LINE } from "./scanner.ts";
import { ConsecutiveRanges } from "./segment.ts";
import { scanStreamBatches } from "./stream.ts";
import type { Finding } from "./types.ts";

/** A segment's size; a segment ends with the line running past it. */
const SEGMENT = 4 << 20;
const NEWLINE = 10;

export interface ByteStreamOptions {
  /** Reported as `file` on every finding. */
  readonly file?: string;
  /** Bytes a segment takes (default 4 MiB; tests make it small to cross many boundaries). */
  readonly segmentSize?: number;
  /** The bytes' encoding when it is not to be told from them (encoding.ts: givenEncoding). */
  readonly encoding?: string;
  /** Whether each finding carries its line (`lineText`). */
  readonly lines?: boolean;
}

/**
 * Every finding of the stream, a block's at a time, as scanFile() gives them for the same
 * bytes in a file. A source that fails part way has its whole lines read (not the line it
 * broke off in, unless that line is already past MAX_LINE), then the error ends the iteration.
 * String chunks are encoded as UTF-8 (a leading U+FEFF then counts as a byte order mark, as
 * in a file; scanStream keeps it as a character).
 */
export async function* scanByteStreamBatches(
  source: AsyncIterable<Uint8Array | string>,
  options: ByteStreamOptions = {},
): AsyncGenerator<Finding[]> {
  const file = options.file ?? null;
  // (An encoding named by the caller other than UTF-8: decoded by the text path, whole.)
  const encoding = givenEncoding(options.encoding);
  if (encoding !== undefined) {
    yield* scanStreamBatches(source, { file: file ?? undefined, encoding, lines: options.lines });
    return;
  }
  const segmentSize = Math.max(1024, options.segmentSize ?? SEGMENT);
  const chunks = source[Symbol.asyncIterator]();
  // The first bytes tell the encoding; a stream that is not UTF-8 goes to the text path, whole.
  const first: Uint8Array[] = [];
  let firstBytes = 0;
  let firstFailure: { error: unknown } | undefined;
  try {
    while (firstBytes < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
      firstBytes += chunk.length;
      // Copied when held while the next is awaited (a source may refill the same buffer for its
      // next chunk): these are under SNIFF_BYTES in all; a big first chunk is not copied here.
      first.push(firstBytes < SNIFF_BYTES && chunk === next.value ? Buffer.from(chunk) : chunk);
    }
  } catch (error) {
    firstFailure = { error };
  }
  const start = first.length === 1 ? (first[0] as Uint8Array) : Buffer.concat(first);
  if (sniffEncoding(start.subarray(0, SNIFF_BYTES)) !== "utf-8") {
    yield* scanStreamBatches(replay(start, chunks, firstFailure), { file: file ?? undefined, lines: options.lines });
    return;
  }

  // held[base, unread): the line before the segment, with its newline (none before the first);
  // held[unread, length): the bytes not yet read. The front is given back when more room is needed.
  let held = Buffer.allocUnsafe(Math.max(segmentSize + LOOKAHEAD + MAX_LINE + (64 << 10), start.length));
  let base = 0;
  let unread = 0;
  let length = 0;
  /** Where the search for a segment's end goes on from (no newline before it, past the segment size). */
  let searched = 0;
  /** Bytes since the last newline held; past MAX_LINE, the rest of that line is passed over. */
  let unfinished = 0;
  let skipping = false;
  const ranges = new ConsecutiveRanges(file, options.lines === true);
  /** Appends a chunk; whether any of it was kept. */
  const append = (chunk: Uint8Array): boolean => {
    if (skipping) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline === -1) return false;
      skipping = false;
      chunk = chunk.subarray(newline);
    }
    const newline = chunk.lastIndexOf(NEWLINE);
    // The line left unfinished after this chunk: past MAX_LINE, its first MAX_LINE bytes are
    // what a file's reader reads too, and the rest is passed over.
    const tail = newline === -1 ? unfinished + chunk.length : chunk.length - newline - 1;
    const keep = tail > MAX_LINE ? chunk.length - (tail - MAX_LINE) : chunk.length;
    if (tail > MAX_LINE) skipping = true;
    if (length + keep > held.length) {
      // The bytes still needed move to the front (each byte once per segment at most), into a
      // bigger buffer when they do not fit.
      const needed = length - base + keep;
      const into = needed > held.length ? Buffer.allocUnsafe(Math.max(held.length * 2, needed)) : held;
      held.copy(into, 0, base, length);
      held = into;
      length -= base;
      unread -= base;
      searched = Math.max(0, searched - base);
      base = 0;
    }
    held.set(keep === chunk.length ? chunk : chunk.subarray(0, keep), length);
    length += keep;
    unfinished = Math.min(tail, MAX_LINE);
    return keep > 0;
  };
  /** Scans the lines starting in held[unread, end) (end a line start, or the end of the stream). */
  const scanTo = function* (end: number) {
    yield* ranges.scan(memoryBytes(held.subarray(base, length)), unread - base, end - base);
    // The last line read is the next segment's context; when too long to keep, its newline
    // alone stands for it (an empty line; the reader carries its findings over).
    const lastStart = Math.max(unread, end >= 2 ? held.lastIndexOf(NEWLINE, end - 2) + 1 : 0);
    base = end - lastStart <= MAX_LINE ? lastStart : end - 1;
    unread = end;
    searched = end;
  };
  /**
   * A segment's end (the line start after segmentSize bytes) once what its last block reads
   * past it is held: the next LINES_AFTER lines whole, or LOOKAHEAD bytes (a file's reader reads
   * no further, so it sees the same); -1 before.
   */
  const segmentEnd = () => {
    if (length - unread < segmentSize) return -1;
    // (Only held[0, length) is the stream's: the buffer is reused.)
    const bytes = held.subarray(0, length);
    const newline = bytes.indexOf(NEWLINE, Math.max(unread + segmentSize - 1, searched));
    if (newline === -1) {
      searched = length;
      return -1;
    }
    searched = newline;
    const end = newline + 1;
    return length - end >= LOOKAHEAD || linesEnd(bytes, end, LINES_AFTER) !== -1 ? end : -1;
  };

  append(start);
  let failure = firstFailure;
  let finished = failure !== undefined;
  try {
    for (let end = segmentEnd(); end !== -1; end = segmentEnd()) yield* scanTo(end);
    while (!failure) {
      let next: IteratorResult<Uint8Array | string>;
      try {
        next = await chunks.next();
      } catch (error) {
        failure = { error };
        break;
      }
      if (next.done) {
        finished = true;
        break;
      }
      if (!append(typeof next.value === "string" ? Buffer.from(next.value) : next.value)) continue;
      for (let end = segmentEnd(); end !== -1; end = segmentEnd()) yield* scanTo(end);
    }
    // What is left: all of it, but the line a failing source broke off in (already past MAX_LINE, it stays).
    if (failure && !skipping) length -= unfinished;
    if (length > unread) yield* scanTo(length);
    if (failure) throw failure.error;
  } finally {
    // Broken off by the reader: the source is let go.
    if (!finished && !failure) await chunks.return?.();
  }
}

/** The bytes read to tell the encoding, then the rest of the source (and its failure, if it failed then). */
async function* replay(
  start: Uint8Array,
  rest: AsyncIterator<Uint8Array | string>,
  failure: { error: unknown } | undefined,
): AsyncGenerator<Uint8Array | string> {
  let done = failure !== undefined;
  try {
    if (start.length > 0) yield start;
    if (failure) throw failure.error;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
    done = true;
  } finally {
    // Broken off by the reader (or failed): the source is let go.
    if (!done) await rest.return?.();
  }
}
