// Runs the WebAssembly byte prefilter (byte-prefilter.wat) over blocks that live in
// its memory: the segment reader reads a file straight into `input`, so bytes are
// neither copied nor decoded before an anchor says their line is worth reading.
// One instance per thread (the input region is reused block after block).
import { BYTE_PREFILTER_WASM } from "./byte-prefilter.generated.ts";

interface Exports {
  readonly memory: WebAssembly.Memory;
  readonly resume: WebAssembly.Global;
  scan(
    from: number,
    lowest: number,
    to: number,
    end: number,
    stride: number,
    reach: number,
    out: number,
    max: number,
  ): number;
  newlines(from: number, to: number): number;
}

/** An anchor occurrence: its offset in the input and the anchor's index. */
export interface ByteHit {
  readonly at: number;
  readonly anchor: number;
}

const GRAM = 4;
const BITMAP_BITS = 18;
const BUCKETS_AT = 32768;
const ENTRIES_AT = 65536;
const ENTRY_SIZE = 12;
const HASH = 0x9e3779b1;
/** Hits read back per call; a call may overrun by one bucket's entries. */
const OUTPUT_HITS = 1 << 14;
const PAGE = 65536;

let compiled: WebAssembly.Module | undefined;

export class BytePrefilter {
  /** Positions sampled: every `stride`-th (anchors are at least stride + 3 bytes long). */
  readonly stride: number;
  /** The largest gram offset in an anchor. */
  private readonly reach: number;
  private readonly wasm: Exports;
  private readonly entryAnchor: Int32Array;
  private readonly outputAt: number;
  /** u32 slots of the output: two per hit. */
  private readonly outputLength: number;
  private readonly maxHits: number;
  private readonly inputAt: number;
  private bytes: Buffer;
  private pairs: Uint32Array;

  /**
   * Anchors as bytes; the shortest sets the stride (at most 4). `commonness` rates a gram
   * (four bytes, little-endian) by how often it is likely to occur in a log: each anchor
   * is sampled at the window of offsets where its grams are least common, since every
   * sampled position holding a gram costs a look into the tables.
   */
  constructor(
    anchors: readonly Uint8Array[],
    inputCapacity: number,
    commonness: (gram: number) => number = () => 0,
    /** Hits read back per call (tests make it small to exercise resuming). */
    outputHits = OUTPUT_HITS,
  ) {
    const shortest = Math.min(...anchors.map((anchor) => anchor.length));
    if (!(shortest >= GRAM + 1)) throw new Error(`byte prefilter: an anchor of ${shortest} bytes is too short`);
    // (Lengths and offsets are stored in 16 bits.)
    if (anchors.some((anchor) => anchor.length > 0xffff)) throw new Error("byte prefilter: an anchor is too long");
    this.stride = Math.min(4, shortest - GRAM + 1);
    compiled ??= new WebAssembly.Module(Buffer.from(BYTE_PREFILTER_WASM, "base64"));
    this.wasm = new WebAssembly.Instance(compiled).exports as unknown as Exports;

    // Every anchor's grams at offsets k … k+stride-1, grouped by bucket.
    const entries: { gram: number; anchor: number; offset: number; hash: number }[] = [];
    let reach = 0;
    anchors.forEach((anchor, index) => {
      const view = new DataView(anchor.buffer, anchor.byteOffset, anchor.byteLength);
      const grams = Array.from({ length: anchor.length - GRAM + 1 }, (_, offset) => view.getInt32(offset, true));
      const costs = grams.map(commonness);
      let window = 0;
      let lowest = Number.POSITIVE_INFINITY;
      for (let k = 0; k + this.stride <= grams.length; k++) {
        let cost = 0;
        for (let offset = k; offset < k + this.stride; offset++) cost += costs[offset] as number;
        if (cost < lowest) {
          lowest = cost;
          window = k;
        }
      }
      for (let offset = window; offset < window + this.stride; offset++) {
        const gram = grams[offset] as number;
        entries.push({ gram, anchor: index, offset, hash: Math.imul(gram, HASH) >>> 0 });
      }
      reach = Math.max(reach, window + this.stride - 1);
    });
    this.reach = reach;
    entries.sort((a, b) => (a.hash >>> 20) - (b.hash >>> 20) || a.anchor - b.anchor || a.offset - b.offset);
    const anchorsAt = ENTRIES_AT + entries.length * ENTRY_SIZE;
    const anchorAddress: number[] = [];
    let next = anchorsAt;
    for (const anchor of anchors) {
      anchorAddress.push(next);
      next += anchor.length;
    }
    let widestBucket = 0;
    const bucketSizes = new Map<number, number>();
    for (const entry of entries) {
      const size = (bucketSizes.get(entry.hash >>> 20) ?? 0) + 1;
      bucketSizes.set(entry.hash >>> 20, size);
      widestBucket = Math.max(widestBucket, size);
    }
    this.maxHits = Math.max(1, outputHits);
    this.outputAt = align(next, 16);
    this.inputAt = align(this.outputAt + (this.maxHits + widestBucket) * 8, 16);
    this.grow(this.inputAt + inputCapacity + 16);

    const memory = new Uint8Array(this.wasm.memory.buffer);
    const data = new DataView(this.wasm.memory.buffer);
    this.entryAnchor = new Int32Array(entries.length);
    entries.forEach((entry, index) => {
      memory[entry.hash >>> (32 - BITMAP_BITS + 3)] =
        (memory[entry.hash >>> (32 - BITMAP_BITS + 3)] as number) | (1 << ((entry.hash >>> (32 - BITMAP_BITS)) & 7));
      const bucket = BUCKETS_AT + (entry.hash >>> 20) * 8;
      const address = ENTRIES_AT + index * ENTRY_SIZE;
      if (data.getUint32(bucket + 4, true) === 0) data.setUint32(bucket, address, true);
      data.setUint32(bucket + 4, address + ENTRY_SIZE, true);
      data.setInt32(address, entry.gram, true);
      data.setUint32(address + 4, anchorAddress[entry.anchor] as number, true);
      data.setUint32(address + 8, ((anchors[entry.anchor] as Uint8Array).length << 16) | entry.offset, true);
      this.entryAnchor[index] = entry.anchor;
    });
    anchors.forEach((anchor, index) => {
      memory.set(anchor, anchorAddress[index] as number);
    });
    this.bytes = this.view();
    this.outputLength = (this.maxHits + widestBucket) * 2;
    this.pairs = new Uint32Array(this.wasm.memory.buffer, this.outputAt, this.outputLength);
  }

  /** Where a block's bytes go (valid until the next ensure()). */
  get input(): Buffer {
    return this.bytes;
  }

  /** Makes room for `size` input bytes; afterwards `input` is a new view. */
  ensure(size: number): Buffer {
    if (size > this.bytes.length) {
      this.grow(this.inputAt + size + 16);
      this.bytes = this.view();
      this.pairs = new Uint32Array(this.wasm.memory.buffer, this.outputAt, this.outputLength);
    }
    return this.bytes;
  }

  /**
   * The anchors starting in input[from, to) and ending by `end`, each once per line
   * (which anchors a line holds is all the engine asks), in position order.
   */
  hits(from: number, to: number, end: number): ByteHit[] {
    const hits: ByteHit[] = [];
    const base = this.inputAt;
    let position = from;
    let lineStart = 0;
    let lineEnd = -1;
    const onLine = new Set<number>();
    for (;;) {
      const count = this.wasm.scan(
        base + position,
        base + from,
        base + to,
        base + end,
        this.stride,
        this.reach,
        this.outputAt,
        this.maxHits,
      );
      // Anchors sampled at different offsets of their windows come out of order.
      const batch: ByteHit[] = [];
      for (let index = 0; index < count; index++) {
        const at = (this.pairs[index * 2] as number) - base;
        const entry = ((this.pairs[index * 2 + 1] as number) - ENTRIES_AT) / ENTRY_SIZE;
        batch.push({ at, anchor: this.entryAnchor[entry] as number });
      }
      batch.sort((a, b) => a.at - b.at || a.anchor - b.anchor);
      for (const hit of batch) {
        if (hit.at >= lineEnd || hit.at < lineStart) {
          lineStart = hit.at === 0 ? 0 : this.bytes.lastIndexOf(10, hit.at - 1) + 1;
          const newline = this.bytes.indexOf(10, hit.at);
          lineEnd = newline === -1 || newline >= end ? end : newline;
          onLine.clear();
        }
        if (onLine.has(hit.anchor)) continue;
        onLine.add(hit.anchor);
        hits.push(hit);
      }
      if (count < this.maxHits) break;
      // The output was full: sample on from where the module stopped (starts stay >= from).
      position = (this.wasm.resume.value as number) - base;
    }
    return hits.sort((a, b) => a.at - b.at || a.anchor - b.anchor);
  }

  /** Newlines in input[from, to). */
  newlines(from: number, to: number): number {
    return to > from ? this.wasm.newlines(this.inputAt + from, this.inputAt + to) : 0;
  }

  private grow(bytes: number): void {
    const memory = this.wasm.memory;
    const needed = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    if (needed > 0) memory.grow(needed);
  }

  private view(): Buffer {
    const buffer = this.wasm.memory.buffer;
    return Buffer.from(buffer, this.inputAt, buffer.byteLength - this.inputAt);
  }
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
