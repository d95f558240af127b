// The streaming form of scan(): any chunked source in, findings out, in order,
// with memory bounded by the block size and the longest line kept (MAX_LINE).
// Chunks may split a line, a UTF-8 character or a CRLF anywhere; the decoder
// and the carried tail join them again. Each block keeps one line before and
// LINES_AFTER lines after the lines it reads, so a message broken over two lines,
// or a rule reading below a line, finds the same as scan().

import { plainOptions } from "../plain-options.ts";
import { decoderFor, decoderLabel, type LogEncoding, SNIFF_BYTES } from "./encoding.ts";
import { LINES_AFTER, LOOKAHEAD } from "./max-line.ts";
import { countNewlines, MAX_LINE, scanBlock, textSource } from "./scanner.ts";
import type { Finding } from "./types.ts";

export interface StreamOptions {
  /** Reported as `file` on every finding. */
  readonly file?: string;
  /** Text gathered before a block is scanned (default 1 MiB). */
  readonly blockSize?: number;
  /** Called with the number of bytes read so far (for a progress bar). */
  readonly onProgress?: (bytes: number) => void;
  /**
   * How bytes are decoded: any label TextDecoder knows (UTF-16, or an ANSI code page such as
   * "windows-1252" or "shift_jis"), or a Windows code page number ("932"), unless the first 4 KiB
   * say otherwise (a byte order mark, UTF-16's zero bytes, or valid UTF-8 beyond ASCII); by
   * default told from the first bytes (UTF-8, or UTF-16 by its byte order mark or zero bytes).
   */
  readonly encoding?: LogEncoding | (string & {});
  /** Whether each finding carries its line (`lineText`). */
  readonly lines?: boolean;
}

type Source =
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | ReadableStream<Uint8Array | string>
  | string
  | Uint8Array;

/** Findings from a Node Readable, a web ReadableStream or any async iterable of chunks. */
export async function* scanStream(source: Source, options: StreamOptions = {}): AsyncGenerator<Finding> {
  for await (const batch of scanStreamBatches(source, options)) yield* batch;
}

/** The same, a block's findings at a time (no promise per finding: src/cli/explain.ts reads these). */
export async function* scanStreamBatches(source: Source, passed: StreamOptions = {}): AsyncGenerator<Finding[]> {
  const options = plainOptions<StreamOptions>(passed, {
    file: "string",
    blockSize: "number",
    onProgress: "function",
    encoding: "string",
    lines: "boolean",
  });
  const blockSize = Math.max(1024, options.blockSize ?? 1 << 20);
  // Bytes are held until there are enough to tell their encoding (or the source ends).
  // (A given encoding too waits for the first bytes: a byte order mark, UTF-16's zero bytes or
  // valid UTF-8 beyond ASCII say more than a label given for a whole set of logs.)
  const given = options.encoding === undefined ? undefined : decoderLabel(options.encoding);
  if (given !== undefined) new TextDecoder(given); // an unknown label throws at once
  let decoder: TextDecoder | undefined;
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  /** The text of a chunk; `last` ends the source; `now` decodes what is held without waiting for more. */
  const decode = (chunk: Uint8Array, last: boolean, now = false): string => {
    if (!decoder) {
      // (A copy: a source may refill the same buffer for its next chunk.)
      held.push(chunk.slice());
      heldBytes += chunk.byteLength;
      if (heldBytes < SNIFF_BYTES && !last && !now) return "";
      const start = new Uint8Array(heldBytes);
      let at = 0;
      for (const piece of held) {
        start.set(piece, at);
        at += piece.byteLength;
      }
      held = [];
      decoder = decoderFor(start, given);
      chunk = start;
    }
    // (Always streaming, then flushed: Node 20's TextDecoder, given the whole of a windows-1252
    // text in one call, decodes it as ISO-8859-1, 0x92 as U+0092 instead of ’.)
    const text = decoder.decode(chunk, { stream: true });
    return last ? text + decoder.decode() : text;
  };
  const state = new StreamState(options.file ?? null, options.lines === true);
  let bytes = 0;
  /** What the last scan left unread (its lookahead and a partial line). */
  let keptBack = 0;
  let failure: { error: unknown } | undefined;
  try {
    for await (const chunk of iterate(source)) {
      bytes += typeof chunk === "string" ? chunk.length : chunk.byteLength;
      options.onProgress?.(bytes);
      if (typeof chunk === "string") {
        // (Bytes held so far come first.)
        if (held.length > 0) state.append(decode(new Uint8Array(0), false, true));
        state.append(chunk);
      } else state.append(decode(chunk, false));
      // (A block's worth of new text since the last scan, and no less than it kept back: the lines
      // kept as lookahead may be more than a small block, and were read again at every chunk.)
      if (state.size - keptBack >= Math.max(blockSize, keptBack)) {
        const batch = [...state.scan(false)];
        keptBack = state.size;
        if (batch.length > 0) yield batch;
      }
    }
  } catch (error) {
    // A source that fails part way (a truncated .gz file): its whole lines are read all the
    // same (not the line it broke off in: "errno: 100" is not what "errno: 10061" said),
    // then the error ends the iteration.
    failure = { error };
  }
  if (failure) {
    if (held.length > 0) state.append(decode(new Uint8Array(0), false, true));
    state.dropUnfinishedLine();
  } else state.append(decode(new Uint8Array(0), true));
  const batch = [...state.scan(true)];
  if (batch.length > 0) yield batch;
  if (failure) throw failure.error;
}

/** The text a stream has given and not yet read (exported for its tests). */
export class StreamState {
  /** The last line already read, kept as context for a message split over it and the next; null at the start. */
  private context: string | null = null;
  /** Findings already reported on the context line: the next block neither repeats them nor ignores them. */
  private contextFindings: Finding[] = [];
  /** Unread text: whole lines, then possibly a partial one. */
  private pending = "";
  /** Line number of the context line, or of the first pending line when there is no context. */
  private firstLine = 1;
  /** True while passing over the rest of a line longer than MAX_LINE. */
  private skipping = false;
  /**
   * Characters after the last newline in `pending` (kept as text is appended: looking for
   * that newline in `pending` itself flattened the whole joined string at every chunk, which
   * made a source of small chunks, such as gunzip's 16 KiB, quadratic in the block size).
   */
  private unfinished = 0;

  constructor(
    private readonly file: string | null,
    private readonly lines = false,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  /**
   * Forgets the text after the last newline (a line the source broke off in), unless that
   * line is already past MAX_LINE: its first MAX_LINE characters are all that would be read anyway.
   */
  dropUnfinishedLine(): void {
    if (!this.skipping) {
      this.pending = this.pending.slice(0, this.pending.length - this.unfinished);
      this.unfinished = 0;
    }
  }

  append(text: string): void {
    if (this.skipping) {
      const newline = text.indexOf("\n");
      if (newline === -1) return;
      this.skipping = false;
      text = text.slice(newline);
    }
    this.pending += text;
    const newline = text.lastIndexOf("\n");
    this.unfinished = newline === -1 ? this.unfinished + text.length : text.length - newline - 1;
    // A line that grows past MAX_LINE without ending keeps its first MAX_LINE characters only.
    if (this.unfinished > MAX_LINE) {
      this.pending = this.pending.slice(0, this.pending.length - this.unfinished + MAX_LINE);
      this.unfinished = MAX_LINE;
      this.skipping = true;
    }
  }

  /**
   * Scans the complete lines but the last LINES_AFTER, or fewer that hold LOOKAHEAD characters
   * (kept as lookahead), or everything at the end.
   */
  *scan(final: boolean): Generator<Finding> {
    // Read up to the start of the last LINES_AFTER complete lines; they and any partial tail wait
    // for more text (the rules see as much after a block's last line as a file's blocks show: as
    // many lines, as far as LOOKAHEAD holds; a character is a byte or more in UTF-8).
    let stop = this.pending.length;
    if (!final) {
      // From the partial tail's start back over that many complete lines (none read while fewer).
      let at = this.pending.lastIndexOf("\n") + 1;
      let kept = 0;
      const enough = () => kept === LINES_AFTER || this.pending.length - at >= LOOKAHEAD;
      while (!enough() && at > 0) {
        at = at >= 2 ? this.pending.lastIndexOf("\n", at - 2) + 1 : 0;
        kept++;
      }
      stop = enough() ? at : 0;
    }
    if (stop === 0 && !final) return;
    const hasContext = this.context !== null;
    const prefix = hasContext ? `${this.context}\n` : "";
    const pendingLine = this.firstLine + (hasContext ? 1 : 0);
    const view = prefix + this.pending;
    const findings: Finding[] = [];
    scanBlock(
      {
        source: textSource(view),
        firstLine: this.firstLine,
        from: prefix.length,
        to: prefix.length + stop,
        file: this.file,
        earlier: this.contextFindings,
      },
      (finding) => findings.push(finding),
      this.lines,
    );
    const read = this.pending.slice(0, stop);
    const readLines = countNewlines(read);
    if (readLines > 0) {
      const body = read.endsWith("\n") ? read.slice(0, -1) : read;
      this.context = body.slice(body.lastIndexOf("\n") + 1);
      this.firstLine = pendingLine + readLines - 1;
      this.contextFindings = findings.filter((finding) => finding.line === this.firstLine);
    }
    this.pending = this.pending.slice(stop);
    this.unfinished = Math.min(this.unfinished, this.pending.length);
    yield* findings;
  }
}

async function* iterate(source: Source): AsyncGenerator<Uint8Array | string> {
  // (Total as the rest of the library: a text or bytes given whole are one chunk; a value that is
  // no stream, nor iterable, or whose iterator or reader cannot be had, holds nothing. Errors
  // while reading a stream, its own, are passed on.)
  if (typeof source !== "object" || source === null) {
    if (typeof source === "string") yield source;
    return;
  }
  // An iterator's next(), or a web stream reader's read(): either gives { done, value }.
  let chunks: { next(): unknown; return?(): unknown } | undefined;
  let release: (() => void) | undefined;
  try {
    if (source instanceof Uint8Array) {
      yield source;
      return;
    }
    const asyncIterator = (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
    const iterator = (source as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    const getReader = (source as { getReader?: unknown }).getReader;
    const made =
      typeof asyncIterator === "function"
        ? asyncIterator.call(source)
        : typeof iterator === "function"
          ? iterator.call(source)
          : typeof getReader === "function"
            ? getReader.call(source)
            : undefined;
    if (typeof made?.next === "function") chunks = made;
    else if (typeof made?.read === "function") {
      chunks = { next: () => made.read() };
      release = () => made.releaseLock?.();
    }
  } catch {
    return; // (A Proxy that throws when asked, a revoked one, a locked stream.)
  }
  if (!chunks) return;
  let finished = false;
  try {
    for (;;) {
      const next = (await chunks.next()) as IteratorResult<unknown> | undefined;
      if (typeof next !== "object" || next === null || next.done) {
        finished = true;
        return;
      }
      const text = chunkText(next.value);
      if (text !== undefined) yield text;
    }
  } finally {
    // (As for await does: an iterator left early is told so, and a Node stream destroyed; a web
    // stream's reader is released either way.)
    if (!finished) await chunks.return?.();
    try {
      release?.();
    } catch {
      // (A reader of another kind: nothing to release.)
    }
  }
}

/** A chunk as text or bytes: any typed array or ArrayBuffer as its bytes; anything else (an object-mode stream's values) none. */
function chunkText(chunk: unknown): Uint8Array | string | undefined {
  if (typeof chunk === "string") return chunk;
  if (typeof chunk !== "object" || chunk === null) return undefined;
  try {
    if (chunk instanceof Uint8Array) return chunk;
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  } catch {
    // (A revoked Proxy as a chunk: none.)
  }
  return undefined;
}
