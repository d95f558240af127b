// Decompresses gzip data member by member (Node only), as `gzip -d` reads a .gz file:
// members one after another (`gzip -c a >> log.gz`), zero bytes after the last ignored
// (padding), and any other bytes after it reported only once everything before them was
// given out. Node's Gunzip stream, given a member followed by other bytes, failed the
// whole write the member ended in, so the member's last output was lost.
// Each member: a header (RFC 1952, section 2.3), a raw deflate stream (Node's InflateRaw,
// which stops where the stream ends and counts the bytes it consumed), then its CRC-32 and
// length, both checked.
import type * as Zlib from "node:zlib";

export type GzipErrorCode =
  /** The data does not begin with a gzip member. */
  | "GZIP_NOT_GZIP"
  /** A member ends early (the file is cut short). */
  | "GZIP_CUT_SHORT"
  /** A member's data or checksum is wrong. */
  | "GZIP_DAMAGED"
  /** Bytes other than zeros follow the last member; everything before them was given out. */
  | "GZIP_TRAILING_BYTES";

export class GzipError extends Error {
  constructor(
    readonly code: GzipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "GzipError";
  }
}

const ID1 = 0x1f;
const ID2 = 0x8b;
const DEFLATE = 8;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
/** Input is handed to the inflater in pieces of at most this: its output for one piece is held at once. */
const PIECE = 16 << 10;

type Crc32 = (data: Uint8Array, value: number) => number;

/** Whether bytes begin like a gzip member (its two magic bytes and deflate). */
export function startsAsGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === ID1 && bytes[1] === ID2 && bytes[2] === DEFLATE;
}

export interface GunzipOptions {
  /**
   * Told of bytes other than zeros after the last member (GZIP_TRAILING_BYTES), after every
   * byte before them was given out; the data ends there without an error, as `gzip -d` warns
   * and goes on. Without it they are passed over in silence, as `gzip -dq` does.
   */
  readonly onWarning?: (warning: GzipError) => void;
}

/** The decompressed bytes of every member of `input`, in order. */
export async function* gunzip(
  input: AsyncIterable<Uint8Array>,
  zlib: typeof Zlib,
  options: GunzipOptions = {},
): AsyncGenerator<Buffer> {
  const source = new InputBytes(input);
  // (zlib.crc32 is Node >= 20.15; without it a member's length is still checked.)
  const crc32 = (zlib as { crc32?: Crc32 }).crc32;
  try {
    for (let members = 0; ; members++) {
      // (An empty input gives nothing, as an empty file does.)
      if (!(await source.fill(1))) return;
      if (members > 0) {
        await source.fill(3);
        if (!startsAsGzip(source.peek())) {
          if (!(await source.restIsZeros()))
            options.onWarning?.(
              new GzipError("GZIP_TRAILING_BYTES", "bytes after the end of its gzip data were ignored"),
            );
          return;
        }
      }
      await readHeader(source, crc32);
      const quick = quickMember(zlib, source.peek());
      if (quick) {
        source.take(quick.used);
        if (quick.data.length > 0) yield quick.data;
        await checkTrailer(source, crc32?.(quick.data, 0), quick.data.length);
        continue;
      }
      const inflater = zlib.createInflateRaw();
      const fed: Fed = {};
      const feeding = feed(inflater, source, fed);
      let crc = 0;
      let size = 0;
      try {
        for await (const chunk of inflater as AsyncIterable<Buffer>) {
          if (crc32) crc = crc32(chunk, crc);
          size = (size + chunk.length) >>> 0;
          yield chunk;
        }
      } catch (error) {
        // The input failed (a read error): that error, not the inflater's.
        if (fed.inputFailed) throw fed.inputFailed.error;
        const { code } = error as { code?: string };
        if (code === "Z_BUF_ERROR") throw cutShort();
        throw new GzipError("GZIP_DAMAGED", `the gzip data is damaged (${(error as Error).message})`);
      }
      // (Its stream ended: the feeder has put back what follows it, and stopped.)
      await feeding;
      await checkTrailer(source, crc32 ? crc : undefined, size);
    }
  } finally {
    await source.close();
  }
}

/**
 * A member whose deflate data ends within the bytes held, decompressed at once: a new
 * inflater stream per member cost ~70 µs, which a file of thousands of small members (a
 * log shipper appending one per flush) paid thousands of times. Undefined when the data
 * runs on past what is held, would decompress to more than a megabyte, or is damaged: the
 * streaming path reads it (and says what is wrong).
 */
function quickMember(zlib: typeof Zlib, held: Buffer): { data: Buffer; used: number } | undefined {
  if (held.length === 0) return undefined;
  try {
    const { buffer, engine } = zlib.inflateRawSync(held, {
      info: true,
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
      maxOutputLength: 1 << 20,
    }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    // (All of it used: the stream may run on; the streaming path reads it from the start.)
    return engine.bytesWritten < held.length ? { data: buffer, used: engine.bytesWritten } : undefined;
  } catch {
    return undefined;
  }
}

/** A member's trailer: the CRC-32 of its data (undefined: not computed, not checked) and its length. */
async function checkTrailer(source: InputBytes, crc: number | undefined, size: number): Promise<void> {
  if (!(await source.fill(8))) throw cutShort();
  const trailer = source.take(8);
  const view = new DataView(trailer.buffer, trailer.byteOffset, 8);
  if ((crc !== undefined && view.getUint32(0, true) !== crc >>> 0) || view.getUint32(4, true) !== size >>> 0)
    throw new GzipError("GZIP_DAMAGED", "the gzip data is damaged (its checksum does not match)");
}

/** What the feeder met: an input that failed. */
interface Fed {
  inputFailed?: { error: unknown };
}

/** Hands the input to the inflater until its deflate stream ends; what follows is put back. */
async function feed(inflater: Zlib.InflateRaw, source: InputBytes, fed: Fed): Promise<void> {
  try {
    for (;;) {
      let piece: Buffer | undefined;
      try {
        piece = await source.next(PIECE);
      } catch (error) {
        // The inflater's reader would wait for ever: it ends with the input's error.
        fed.inputFailed = { error };
        inflater.destroy(error as Error);
        return;
      }
      if (!piece) break;
      const before = inflater.bytesWritten;
      await new Promise<void>((resolve, reject) =>
        inflater.write(piece, (error) => (error ? reject(error) : resolve())),
      );
      const used = inflater.bytesWritten - before;
      if (used < piece.length) {
        // The stream ended in this piece: the rest is the member's trailer and what follows.
        source.putBack(piece.subarray(used));
        break;
      }
    }
    inflater.end();
  } catch {
    // The inflater failed (damaged data) or was destroyed: its reader reports why.
  }
}

/** A member's header; throws when there is none, it is cut short, or its checksum is wrong. */
async function readHeader(source: InputBytes, crc32: Crc32 | undefined): Promise<void> {
  await source.fill(10);
  if (!startsAsGzip(source.peek())) throw new GzipError("GZIP_NOT_GZIP", "it is not gzip data");
  if (source.peek().length < 10) throw cutShort();
  /** The header's CRC-32 so far (its two low bytes are the header checksum). */
  let crc = 0;
  const taken = (bytes: Buffer): Buffer => {
    if (crc32) crc = crc32(bytes, crc);
    return bytes;
  };
  const flags = taken(source.take(10))[3] as number;
  const take = async (count: number): Promise<Buffer> => {
    if (!(await source.fill(count))) throw cutShort();
    return taken(source.take(count));
  };
  if (flags & FEXTRA) {
    const length = await take(2);
    await take((length[0] as number) | ((length[1] as number) << 8));
  }
  // A file name and a comment: each ends in a zero byte (looked for a chunk at a time).
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    for (;;) {
      if (!(await source.fill(1))) throw cutShort();
      const zero = source.peek().indexOf(0);
      if (zero !== -1) {
        taken(source.take(zero + 1));
        break;
      }
      taken(source.take(source.peek().length));
    }
  }
  if (flags & FHCRC) {
    const check = crc & 0xffff;
    const stored = await take(2);
    if (crc32 && check !== ((stored[0] as number) | ((stored[1] as number) << 8)))
      throw new GzipError("GZIP_DAMAGED", "the gzip data is damaged (its header's checksum does not match)");
  }
}

function cutShort(): GzipError {
  return new GzipError("GZIP_CUT_SHORT", "the gzip data ends early (the file is cut short)");
}

/** The input's bytes, read as needed, with what was read and not yet used held. */
class InputBytes {
  private readonly chunks: AsyncIterator<Uint8Array>;
  private held: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(input: AsyncIterable<Uint8Array>) {
    this.chunks = input[Symbol.asyncIterator]();
  }

  /** Whether at least `count` bytes are held (reading more as needed). */
  async fill(count: number): Promise<boolean> {
    while (this.held.length < count && !this.ended) {
      const next = await this.chunks.next();
      if (next.done) this.ended = true;
      // Copied: a source may refill the same buffer for its next chunk (the CLI's standard
      // input does), and bytes held here outlive that.
      else this.held = this.held.length === 0 ? Buffer.from(next.value) : Buffer.concat([this.held, next.value]);
    }
    return this.held.length >= count;
  }

  peek(): Buffer {
    return this.held;
  }

  /** The next `count` bytes (held: call fill first). */
  take(count: number): Buffer {
    const taken = this.held.subarray(0, count);
    this.held = this.held.subarray(count);
    return taken;
  }

  /** Up to `limit` bytes: those held, else the next chunk's; undefined at the end. */
  async next(limit: number): Promise<Buffer | undefined> {
    if (this.held.length === 0 && !(await this.fill(1))) return undefined;
    return this.take(limit);
  }

  /** Bytes taken and not used go back in front. */
  putBack(bytes: Buffer): void {
    this.held = this.held.length === 0 ? bytes : Buffer.concat([bytes, this.held]);
  }

  /** Whether every byte from here to the end is zero (reads to the end, a chunk at a time). */
  async restIsZeros(): Promise<boolean> {
    for (;;) {
      if (this.held.some((byte) => byte !== 0)) return false;
      this.held = Buffer.alloc(0);
      if (!(await this.fill(1))) return true;
    }
  }

  async close(): Promise<void> {
    if (!this.ended) await this.chunks.return?.();
  }
}
