// `explain --json` output: each finding's NDJSON line written straight into bytes, a chunk
// at a time. Building a string per finding, joining a chunk's strings and encoding the
// result took ~90 ms of a 200 MB log's ~640 ms through a pipe (BENCHMARKS.md); here a
// line's start (`{"file":"app.log","line":`) and its end (the fields that follow from the entry and
// the reading, `,"code":10054,…}`) are encoded once and copied, the numbers written as digits.
import type { Finding } from "../scan/types.ts";

/** Bytes gathered before a chunk is handed on. */
const CHUNK = 64 << 10;
/** The most bytes JSON.stringify writes for a number: 25 (-0.0000012345678901234567). */
const NUMBER_BYTES = 25;
const COLUMN = Buffer.from(',"column":');
const TEXT = Buffer.from(',"text":');
const TEXT_OPEN = Buffer.from(',"text":"');
const QUOTE = Buffer.from('"');
/**
 * Any character JSON.stringify would not write as itself, one byte: a text without them (most
 * of a log's) is copied as it is, between quotes, with no JSON string made for it (~25 % of
 * the writer's time on the bench's findings).
 */
const NEEDS_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

interface Tail {
  /** The bytes after a text written without its closing quote: the quote, then `bytes`. */
  readonly quoted: Buffer;
  readonly code: number;
  readonly platform: string;
  readonly evidence: string;
  readonly lang: string | null;
  readonly bytes: Buffer;
}

/** The JSON object of a finding, fields in the documented order. */
export function findingJson(finding: Finding) {
  const { file, line, column, text, code, symbol, platform, evidence, lang, dialect } = finding;
  return { file, line, column, text, code, symbol, platform, evidence, lang, dialect };
}

/**
 * Writes findings as NDJSON, JSON.stringify(findingJson(finding)) and a newline each, byte
 * for byte, handing on chunks of about CHUNK bytes. Each chunk is a new buffer: a stream
 * may still hold the one handed on before.
 */
export class NdjsonChunks {
  private chunk = Buffer.allocUnsafe(CHUNK);
  private at = 0;
  /** head()'s bytes, by file. */
  private readonly heads = new Map<string | null, Buffer>();
  /** tail()'s bytes, by dialect and symbol, and how many. */
  private readonly tails = new Map<string, Map<string, Tail[]>>();
  private tailCount = 0;

  constructor(private readonly emit: (bytes: Buffer) => void) {}

  /** Adds a finding's line; whether a chunk was handed on. */
  add(finding: Finding): boolean {
    const { file, line, column, text, code, symbol, platform, evidence, lang, dialect } = finding;
    // (Fields a finding may lack are left out, as JSON.stringify leaves them out.)
    if (file === undefined || lang === undefined || dialect === undefined) {
      const whole = Buffer.from(`${JSON.stringify(findingJson(finding))}\n`);
      const emitted = this.room(whole.length);
      this.copy(whole);
      return emitted || this.full();
    }
    const head = this.head(file);
    const tail = this.tail(code, symbol, platform, evidence, lang, dialect);
    const plain = !NEEDS_ESCAPE.test(text);
    const quotedText = plain ? text : JSON.stringify(text);
    // At most: the parts, two numbers, the text as UTF-8 (three bytes a UTF-16 unit at most).
    const need = head.length + tail.quoted.length + 3 * quotedText.length + 2 * NUMBER_BYTES + 64;
    const emitted = this.room(need);
    // (Written out here rather than in helper methods: the CLI runs big scans with TurboFan's
    // inlining off, and each call cost more than the copy it made.)
    const chunk = this.chunk;
    let at = this.at;
    chunk.set(head, at);
    at += head.length;
    at = writeDigits(chunk, at, line);
    chunk.set(COLUMN, at);
    at += COLUMN.length;
    at = writeDigits(chunk, at, column);
    if (plain) {
      chunk.set(TEXT_OPEN, at);
      at += TEXT_OPEN.length;
      at += chunk.write(text, at, "latin1");
      chunk.set(tail.quoted, at);
      at += tail.quoted.length;
    } else {
      chunk.set(TEXT, at);
      at += TEXT.length;
      at += chunk.write(quotedText, at, "utf8");
      chunk.set(tail.bytes, at);
      at += tail.bytes.length;
    }
    this.at = at;
    return emitted || this.full();
  }

  /**
   * The fields after the text, and the line's end (`,"code":10054,…,"dialect":"rust"}\n`),
   * encoded once per combination: they follow from the entry and the reading, and a log holds
   * few. (One lookup and one copy per finding instead of six of each.)
   */
  private tail(
    code: number,
    symbol: string,
    platform: string,
    evidence: string,
    lang: string | null,
    dialect: string,
  ): Tail {
    let bySymbol = this.tails.get(dialect);
    if (!bySymbol) {
      bySymbol = new Map();
      this.tails.set(dialect, bySymbol);
    }
    let tails = bySymbol.get(symbol);
    if (!tails) {
      tails = [];
      bySymbol.set(symbol, tails);
    }
    for (const known of tails)
      if (known.code === code && known.platform === platform && known.evidence === evidence && known.lang === lang)
        return known;
    // (Combinations come from the catalogue and the recognisers, so they are few; bounded all the same.)
    if (this.tailCount >= 4096) {
      this.tails.clear();
      this.tailCount = 0;
      return this.tail(code, symbol, platform, evidence, lang, dialect);
    }
    this.tailCount++;
    const json = (value: unknown) => JSON.stringify(value);
    const bytes = Buffer.from(
      `,"code":${json(code)},"symbol":${json(symbol)},"platform":${json(platform)},"evidence":${json(evidence)},"lang":${json(lang)},"dialect":${json(dialect)}}\n`,
    );
    const tail = { code, platform, evidence, lang, bytes, quoted: Buffer.concat([QUOTE, bytes]) };
    tails.push(tail);
    return tail;
  }

  /** Hands on what has gathered. */
  flush(): void {
    if (this.at === 0) return;
    this.emit(this.chunk.subarray(0, this.at));
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.at = 0;
  }

  /** Hands the chunk on once it holds CHUNK bytes; whether it did. */
  private full(): boolean {
    if (this.at < CHUNK) return false;
    this.flush();
    return true;
  }

  /** Makes room for `bytes` more (handing on what has gathered when they do not fit); whether it handed on. */
  private room(bytes: number): boolean {
    if (this.at + bytes <= this.chunk.length) return false;
    const emitted = this.at > 0;
    this.flush();
    if (bytes > this.chunk.length) this.chunk = Buffer.allocUnsafe(bytes);
    return emitted;
  }

  private copy(bytes: Buffer): void {
    this.chunk.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** The line's start, `{"file":`, the file as JSON and `,"line":`, as bytes. */
  private head(file: string | null): Buffer {
    let bytes = this.heads.get(file);
    if (!bytes) {
      // (A log explained names one file or a few; many are bounded too.)
      if (this.heads.size >= 4096) this.heads.clear();
      bytes = Buffer.from(`{"file":${JSON.stringify(file)},"line":`);
      this.heads.set(file, bytes);
    }
    return bytes;
  }
}

/** A line or column number at `at` (digits written from the last; any other number as JSON writes it); where it ends. */
function writeDigits(chunk: Buffer, at: number, value: number): number {
  if (!(value >= 0 && value <= 0x7fffffff && value === (value | 0)))
    return at + chunk.write(JSON.stringify(value), at, "latin1");
  let end = at + 1;
  for (let rest = value; rest >= 10; rest = (rest / 10) | 0) end++;
  let rest = value;
  let digit = end;
  do {
    const next = (rest / 10) | 0;
    chunk[--digit] = 0x30 + rest - next * 10;
    rest = next;
  } while (rest > 0);
  return end;
}
