// `explain --json` output: each finding's NDJSON line written straight into bytes, a chunk
// at a time. Building a string per finding, joining a chunk's strings and encoding the
// result took ~90 ms of a 200 MB log's ~640 ms through a pipe (BENCHMARKS.md); here a
// field's name with its value (`,"symbol":"WSAECONNRESET"`) is encoded once and copied.
import type { Finding } from "../scan/types.ts";

/** Bytes gathered before a chunk is handed on. */
const CHUNK = 64 << 10;
/** The most bytes an integer field's digits take (JSON.stringify's form of any number is shorter). */
const NUMBER_BYTES = 24;
const LINE = Buffer.from(',"line":');
const COLUMN = Buffer.from(',"column":');
const TEXT = Buffer.from(',"text":');

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
  private readonly fields = new Map<string, Map<string | number | null, Buffer>>();

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
    const head = this.field('{"file":', file);
    const codePart = this.field(',"code":', code);
    const symbolPart = this.field(',"symbol":', symbol);
    const platformPart = this.field(',"platform":', platform);
    const evidencePart = this.field(',"evidence":', evidence);
    const langPart = this.field(',"lang":', lang);
    const dialectPart = this.field(',"dialect":', dialect);
    const quotedText = JSON.stringify(text);
    // At most: the parts, two numbers, the text as UTF-8 (three bytes a UTF-16 unit at most), "}\n".
    const need =
      head.length +
      codePart.length +
      symbolPart.length +
      platformPart.length +
      evidencePart.length +
      langPart.length +
      dialectPart.length +
      3 * quotedText.length +
      2 * NUMBER_BYTES +
      64;
    const emitted = this.room(need);
    this.copy(head);
    this.copy(LINE);
    this.number(line);
    this.copy(COLUMN);
    this.number(column);
    this.copy(TEXT);
    this.at += this.chunk.write(quotedText, this.at, "utf8");
    this.copy(codePart);
    this.copy(symbolPart);
    this.copy(platformPart);
    this.copy(evidencePart);
    this.copy(langPart);
    this.copy(dialectPart);
    this.chunk[this.at++] = 0x7d; // }
    this.chunk[this.at++] = 0x0a; // \n
    return emitted || this.full();
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

  /** `name` followed by the value as JSON, as bytes. */
  private field(name: string, value: string | number | null): Buffer {
    let values = this.fields.get(name);
    if (!values) {
      values = new Map();
      this.fields.set(name, values);
    }
    let bytes = values.get(value);
    if (!bytes) {
      // (Values are few: codes, symbols, dialects, a file or a few; many files are bounded too.)
      if (values.size >= 4096) values.clear();
      bytes = Buffer.from(`${name}${JSON.stringify(value)}`);
      values.set(value, bytes);
    }
    return bytes;
  }

  /** A line or column number: digits written from the last (any other number as JSON writes it). */
  private number(value: number): void {
    if (!(Number.isSafeInteger(value) && value >= 0)) {
      this.at += this.chunk.write(JSON.stringify(value), this.at, "utf8");
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let rest = value;
    do {
      this.chunk[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }
}
