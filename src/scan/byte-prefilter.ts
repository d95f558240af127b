// Runs the WebAssembly byte prefilter (byte-prefilter.wat) over blocks that live in
// its memory: the segment reader reads a file straight into `input`, so bytes are
// neither copied nor decoded before an anchor says their line is worth reading.
// One instance per thread (the input region is reused block after block), and one per
// region of a read-ahead thread (read-ahead.ts), whose memory the two threads share.
import { BYTE_PREFILTER_WASM } from "./byte-prefilter.generated.ts";
import { GATE_ENTRY, gateEntry } from "./prefilter-gate.ts";
import { packZeroRuns } from "./zero-runs.ts";

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
  unpack(from: number, length: number): number;
}

const GRAM = 4;
/** Anchors are looked up by their first six bytes (byte-prefilter.wat). */
const PREFIX = 6;
/** The presence map: a byte per hash value of HASH_BITS bits (byte-prefilter.wat). */
const HASH_BITS = 18;
/** Gram buckets (h >> 20), and as many prefix slots; 8 bytes each (two addresses). */
const BUCKETS = 4096;
const BUCKETS_AT = 1 << HASH_BITS;
const SLOTS_AT = BUCKETS_AT + BUCKETS * 8;
const GATE_AT = SLOTS_AT + BUCKETS * 8;
const GROUPS_AT = GATE_AT + BUCKETS * GATE_ENTRY;
const GROUP_SIZE = 16;
/** A group's flag: its anchors all begin with the four bytes the group holds. */
const SAME_FIRST_FOUR = 1 << 16;
const RECORD_SIZE = 16;
const HASH = 0x9e3779b1;
const PREFIX_HASH = 0x85ebca6b;
/**
 * Memory kept past the input region: the gate reads eight bytes around a gram that may end
 * at the input's last byte (byte-prefilter.wat), up to four bytes past it.
 */
const SLACK = 16;
/** Hits read back per call; a call may overrun by one bucket's entries. */
const OUTPUT_HITS = 1 << 14;
const PAGE = 65536;
/** The module's memory is shared and at most this many pages (byte-prefilter.wat). */
const MAX_PAGES = 16384;
/** Anchors are numbered below this (a hit is sorted as offset × ANCHOR_LIMIT + anchor). */
const ANCHOR_LIMIT = 1 << 16;

let compiled: WebAssembly.Module | undefined;

/**
 * A prefilter's place in a memory that holds the tables already (regions() lays it out, for
 * another thread): its output and its input, which stays `capacity` bytes.
 */
export interface PrefilterRegion {
  readonly memory: WebAssembly.Memory;
  readonly outputAt: number;
  readonly inputAt: number;
  readonly capacity: number;
}

export class BytePrefilter {
  /** Positions sampled: every `stride`-th (anchors are at least stride + 3 bytes long). */
  readonly stride: number;
  /** The largest gram offset in an anchor. */
  private readonly reach: number;
  private readonly wasm: Exports;
  /** The anchor of each record, in record order. */
  private readonly recordAnchor: Int32Array;
  private readonly recordsAt: number;
  private readonly outputAt: number;
  /** u32 slots of the output: two per hit. */
  private readonly outputLength: number;
  private readonly maxHits: number;
  private readonly inputAt: number;
  /** Input bytes a region holds (it cannot grow); none for a prefilter with its own memory. */
  private readonly capacity: number | undefined;
  private readonly tablesSize: number;
  private bytes: Buffer;
  private pairs: Uint32Array;
  /** Scratch of hits(): a batch's hits as sort keys, and the hits kept. */
  private order = new Float64Array(1024);
  private found = new Int32Array(2048);
  /** The line (numbered as hits() meets lines) each anchor was last kept on. */
  private readonly anchorLine: Int32Array;
  private line = 0;

  /**
   * A prefilter over the tables prefilterTables() laid out, with room for `inputCapacity` input
   * bytes; or, given a region, over the tables its memory holds, with its room.
   */
  constructor(
    tables: PrefilterTables,
    inputCapacity: number,
    /** Hits read back per call (tests make it small to exercise resuming). */
    outputHits = OUTPUT_HITS,
    region?: PrefilterRegion,
  ) {
    this.stride = tables.stride;
    this.reach = tables.reach;
    this.recordsAt = tables.recordsAt;
    this.recordAnchor = tables.recordAnchor;
    this.tablesSize = tables.size;
    this.anchorLine = new Int32Array(tables.anchors);
    this.wasm = instance(region?.memory);
    this.maxHits = Math.max(1, outputHits);
    this.outputLength = (this.maxHits + tables.widestBucket) * 2;
    if (region) {
      this.outputAt = region.outputAt;
      this.inputAt = region.inputAt;
      this.capacity = region.capacity;
      this.bytes = this.view();
      this.pairs = new Uint32Array(this.wasm.memory.buffer, this.outputAt, this.outputLength);
      return;
    }
    this.outputAt = align(tables.size, 16);
    this.inputAt = align(this.outputAt + this.outputLength * 4, 16);
    grow(this.wasm, this.inputAt + inputCapacity + SLACK);
    if (tables.unpacked) {
      if (tables.unpacked.length !== tables.size)
        throw new Error(`byte prefilter: the tables hold ${tables.unpacked.length} bytes, not ${tables.size}`);
      new Uint8Array(this.wasm.memory.buffer).set(tables.unpacked);
    } else if (tables.packed) unpackInto(this.wasm, { packed: tables.packed, size: tables.size }, this.inputAt);
    else throw new Error("byte prefilter: no tables");
    this.bytes = this.view();
    this.pairs = new Uint32Array(this.wasm.memory.buffer, this.outputAt, this.outputLength);
  }

  /**
   * A new shared memory holding these tables and `count` regions of `capacity` input bytes
   * each, for prefilters on another thread (the memory is laid out whole: it never grows).
   */
  regions(count: number, capacity: number): PrefilterRegion[] {
    const places: [number, number][] = [];
    let at = align(this.tablesSize, 64);
    for (let index = 0; index < count; index++) {
      const inputAt = align(at + this.outputLength * 4, 64);
      places.push([at, inputAt]);
      at = align(inputAt + capacity + SLACK, 64);
    }
    const memory = newMemory(Math.ceil(at / PAGE));
    new Uint8Array(memory.buffer).set(new Uint8Array(this.wasm.memory.buffer, 0, this.tablesSize));
    return places.map(([outputAt, inputAt]) => ({ memory, outputAt, inputAt, capacity }));
  }

  /** Where a block's bytes go (valid until the next ensure()). */
  get input(): Buffer {
    return this.bytes;
  }

  /** Makes room for `size` input bytes; afterwards `input` is a new view. */
  ensure(size: number): Buffer {
    if (this.capacity !== undefined) {
      if (size > this.capacity) throw new Error(`byte prefilter: a region holds ${this.capacity} bytes, not ${size}`);
      return this.bytes;
    }
    if (size > this.bytes.length) {
      grow(this.wasm, this.inputAt + size + SLACK);
      this.bytes = this.view();
      this.pairs = new Uint32Array(this.wasm.memory.buffer, this.outputAt, this.outputLength);
    }
    return this.bytes;
  }

  /**
   * The anchors starting in input[from, to) and ending by `end`, each once per line
   * (which anchors a line holds is all the engine asks), in position order: pairs of
   * (offset, anchor index), flat.
   */
  hits(from: number, to: number, end: number): Int32Array {
    const base = this.inputAt;
    let position = from;
    // The line of the last hit, [lineStart, lineEnd). Its start is looked for only when a hit
    // comes before the last one (-1 until then): hits come in order but across the module's
    // batches, and a look back per line was a native call per candidate line.
    let lineStart = 0;
    let lineEnd = -1;
    let lastAt = -1;
    let count = 0;
    let ordered = true;
    for (;;) {
      const found = this.wasm.scan(
        base + position,
        base + from,
        base + to,
        base + end,
        this.stride,
        this.reach,
        this.outputAt,
        this.maxHits,
      );
      // Anchors sampled at different offsets of their windows come out of order: each hit
      // becomes one number, offset × 2^16 + anchor, sorted as such.
      if (this.order.length < found) this.order = new Float64Array(Math.max(found, this.order.length * 2));
      for (let index = 0; index < found; index++) {
        const at = (this.pairs[index * 2] as number) - base;
        const record = ((this.pairs[index * 2 + 1] as number) - this.recordsAt) / RECORD_SIZE;
        this.order[index] = at * ANCHOR_LIMIT + (this.recordAnchor[record] as number);
      }
      // Nearly in order already (a hit is out of place only among those a window apart):
      // sorted by insertion, in place, which costs little and allocates nothing.
      const order = this.order;
      for (let index = 1; index < found; index++) {
        const key = order[index] as number;
        let at = index - 1;
        while (at >= 0 && (order[at] as number) > key) {
          order[at + 1] = order[at] as number;
          at--;
        }
        order[at + 1] = key;
      }
      for (let index = 0; index < found; index++) {
        const key = order[index] as number;
        const anchor = key % ANCHOR_LIMIT;
        const at = (key - anchor) / ANCHOR_LIMIT;
        const back = at < lastAt;
        if (back && lineStart === -1) lineStart = this.lineStart(lastAt);
        lastAt = at;
        if (at >= lineEnd || at < lineStart) {
          lineStart = back ? this.lineStart(at) : -1;
          const newline = this.bytes.indexOf(10, at);
          lineEnd = newline === -1 || newline >= end ? end : newline;
          // (Numbers restart before they overflow the Int32Array.)
          if (++this.line === 0x7fffffff) {
            this.anchorLine.fill(0);
            this.line = 1;
          }
        }
        if (this.anchorLine[anchor] === this.line) continue;
        this.anchorLine[anchor] = this.line;
        if (count * 2 + 2 > this.found.length) {
          const wider = new Int32Array(this.found.length * 2);
          wider.set(this.found);
          this.found = wider;
        }
        if (count > 0 && at < (this.found[count * 2 - 2] as number)) ordered = false;
        this.found[count * 2] = at;
        this.found[count * 2 + 1] = anchor;
        count++;
      }
      if (found < this.maxHits) break;
      // The output was full: sample on from where the module stopped (starts stay >= from).
      position = (this.wasm.resume.value as number) - base;
    }
    const hits = this.found.slice(0, count * 2);
    if (!ordered) {
      const keys = new Float64Array(count);
      for (let index = 0; index < count; index++)
        keys[index] = (hits[index * 2] as number) * ANCHOR_LIMIT + (hits[index * 2 + 1] as number);
      keys.sort();
      keys.forEach((key, index) => {
        hits[index * 2] = Math.floor(key / ANCHOR_LIMIT);
        hits[index * 2 + 1] = key % ANCHOR_LIMIT;
      });
    }
    return hits;
  }

  /** Newlines in input[from, to). */
  newlines(from: number, to: number): number {
    return to > from ? this.wasm.newlines(this.inputAt + from, this.inputAt + to) : 0;
  }

  /** Where the input's line holding `at` starts. */
  private lineStart(at: number): number {
    return at === 0 ? 0 : this.bytes.lastIndexOf(10, at - 1) + 1;
  }

  /** The input region: short of the memory's last SLACK bytes, or the region's. */
  private view(): Buffer {
    const buffer = this.wasm.memory.buffer;
    return Buffer.from(buffer, this.inputAt, this.capacity ?? buffer.byteLength - this.inputAt - SLACK);
  }
}

/**
 * The module, compiled once per process: a read-ahead thread is handed this thread's (`given`),
 * with the code V8 has optimised already, rather than compile it and warm up again.
 */
export function prefilterModule(given?: WebAssembly.Module): WebAssembly.Module {
  compiled ??= given ?? new WebAssembly.Module(Buffer.from(BYTE_PREFILTER_WASM, "base64"));
  return compiled;
}

function instance(memory = newMemory(1)): Exports {
  const exports = new WebAssembly.Instance(prefilterModule(), { env: { memory } }).exports;
  return { ...exports, memory } as unknown as Exports;
}

function newMemory(pages: number): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
}

function grow(wasm: Exports, bytes: number): void {
  const needed = Math.ceil(bytes / PAGE) - wasm.memory.buffer.byteLength / PAGE;
  if (needed > 0) wasm.memory.grow(needed);
}

/**
 * Unpacks the tables into a fresh instance's memory from 0 (the module does it: byte-prefilter.wat's
 * unpack), the packed bytes put at `scratch` meanwhile and cleared after.
 */
function unpackInto(wasm: Exports, tables: { packed: Uint8Array; size: number }, scratch: number): void {
  grow(wasm, scratch + tables.packed.length);
  const memory = new Uint8Array(wasm.memory.buffer);
  memory.set(tables.packed, scratch);
  const end = wasm.unpack(scratch, tables.packed.length);
  memory.fill(0, scratch, scratch + tables.packed.length);
  if (end !== tables.size) throw new Error(`byte prefilter: the tables unpack to ${end} bytes, not ${tables.size}`);
}

/** The bytes packZeroRuns() packed (`size` of them), unpacked as a prefilter unpacks its tables. */
export function unpackZeroRuns(packed: Uint8Array, size: number): Uint8Array {
  const wasm = instance();
  unpackInto(wasm, { packed, size }, align(size, 16));
  // (Copied out of the shared memory into a buffer of its own.)
  return Uint8Array.from(new Uint8Array(wasm.memory.buffer, 0, size));
}

/** The tables of a byte prefilter: its memory up to the output, and what reading them takes. */
export interface PrefilterTables {
  /**
   * The module's memory from 0 (presence map, buckets, prefix slots, gate, groups, records, the
   * anchors' bytes), mostly zeros: packed by its zero runs (zero-runs.ts)…
   */
  readonly packed?: Uint8Array;
  /** …or as it is (one of the two is given). */
  readonly unpacked?: Uint8Array;
  /** Its size unpacked. */
  readonly size: number;
  readonly stride: number;
  /** The largest gram offset in an anchor. */
  readonly reach: number;
  readonly recordsAt: number;
  /** The anchor of each record, in record order. */
  readonly recordAnchor: Int32Array;
  /** The most hits one sampled position can give. */
  readonly widestBucket: number;
  /** How many anchors there are. */
  readonly anchors: number;
}

/**
 * Lays out the tables for anchors as bytes (six or more each), each sampled at the
 * window of `stride` consecutive offsets starting where `windows` says (anchorWindows;
 * at the start when not given). scripts/build-scan-tables.ts keeps the result for file
 * scans (byte-tables.ts), so a process need not lay them out at start-up.
 */
export function prefilterTables(
  anchors: readonly Uint8Array[],
  windows: readonly number[] = anchors.map(() => 0),
): PrefilterTables & { readonly packed: Uint8Array } {
  const stride = prefilterStride(anchors);
  if (anchors.some((anchor) => anchor.length > 0xffff)) throw new Error("byte prefilter: an anchor is too long");
  if (anchors.length > ANCHOR_LIMIT) throw new Error("byte prefilter: too many anchors");
  if (windows.length !== anchors.length || anchors.some((anchor, index) => !fits(anchor, windows[index], stride)))
    throw new Error("byte prefilter: a window lies outside its anchor");

  // Groups: the distinct (gram, offset) pairs of the windows, by bucket. A bucket's size
  // counts the (anchor, offset) pairs behind its groups: the hits one position can give.
  const groups = new Map<number, { gram: number; offset: number; bucket: number; anchors: number[] }>();
  const bucketHits = new Map<number, number>();
  anchors.forEach((anchor, index) => {
    const view = new DataView(anchor.buffer, anchor.byteOffset, anchor.byteLength);
    const window = windows[index] as number;
    for (let offset = window; offset < window + stride; offset++) {
      const gram = view.getInt32(offset, true);
      const bucket = Math.imul(gram, HASH) >>> 20;
      const key = (gram >>> 0) * ANCHOR_LIMIT + offset;
      const group = groups.get(key);
      if (group) group.anchors.push(index);
      else groups.set(key, { gram, offset, bucket, anchors: [index] });
      bucketHits.set(bucket, (bucketHits.get(bucket) ?? 0) + 1);
    }
  });
  const sortedGroups = [...groups.values()].sort(
    (a, b) => a.bucket - b.bucket || a.gram - b.gram || a.offset - b.offset,
  );
  // Records: one per anchor, by prefix slot.
  const records = anchors.map((anchor, index) => ({ anchor: index, slot: prefixSlot(anchor) }));
  records.sort((a, b) => a.slot - b.slot || a.anchor - b.anchor);

  const recordsAt = GROUPS_AT + sortedGroups.length * GROUP_SIZE;
  let next = recordsAt + records.length * RECORD_SIZE;
  const anchorAddress: number[] = [];
  for (const anchor of anchors) {
    anchorAddress.push(next);
    next += anchor.length;
  }
  const widestBucket = Math.max(...bucketHits.values());
  const buffer = new ArrayBuffer(next);
  const memory = new Uint8Array(buffer);
  const data = new DataView(buffer);
  const recordAnchor = new Int32Array(records.length);
  const recordAddress: number[] = [];
  records.forEach((record, index) => {
    const anchor = anchors[record.anchor] as Uint8Array;
    const address = recordsAt + index * RECORD_SIZE;
    recordAddress[record.anchor] = address;
    const slot = SLOTS_AT + record.slot * 8;
    if (data.getUint32(slot + 4, true) === 0) data.setUint32(slot, address, true);
    data.setUint32(slot + 4, address + RECORD_SIZE, true);
    data.setUint32(address, readU32(anchor, 0), true);
    data.setUint32(
      address + 4,
      (anchor[4] as number) | ((anchor[5] as number) << 8) | ((windows[record.anchor] as number) << 16),
      true,
    );
    data.setUint32(address + 8, anchorAddress[record.anchor] as number, true);
    data.setUint32(address + 12, anchor.length, true);
    recordAnchor[index] = record.anchor;
  });
  sortedGroups.forEach((group, index) => {
    const hash = Math.imul(group.gram, HASH) >>> 0;
    memory[hash >>> (32 - HASH_BITS)] = 1;
    const address = GROUPS_AT + index * GROUP_SIZE;
    const bucket = BUCKETS_AT + group.bucket * 8;
    if (data.getUint32(bucket + 4, true) === 0) data.setUint32(bucket, address, true);
    data.setUint32(bucket + 4, address + GROUP_SIZE, true);
    // Whether the group's anchors share their first four bytes: then a start whose bytes
    // differ is passed over at once; and a group of one anchor points at its record.
    const firstFour = readU32(anchors[group.anchors[0] as number] as Uint8Array, 0);
    const shared = group.anchors.every((anchor) => readU32(anchors[anchor] as Uint8Array, 0) === firstFour);
    data.setInt32(address, group.gram, true);
    data.setUint32(address + 4, group.offset | (shared ? SAME_FIRST_FOUR : 0), true);
    data.setUint32(address + 8, firstFour, true);
    data.setUint32(
      address + 12,
      group.anchors.length === 1 ? (recordAddress[group.anchors[0] as number] as number) : 0,
      true,
    );
  });
  anchors.forEach((anchor, index) => {
    memory.set(anchor, anchorAddress[index] as number);
  });
  // Each bucket's gate entry, over its groups' anchors.
  for (let first = 0; first < sortedGroups.length; ) {
    const bucket = (sortedGroups[first] as (typeof sortedGroups)[number]).bucket;
    let end = first;
    while (end < sortedGroups.length && (sortedGroups[end] as (typeof sortedGroups)[number]).bucket === bucket) end++;
    const groupsHere = sortedGroups.slice(first, end).map((group) => ({
      offset: group.offset,
      anchors: group.anchors.map((anchor) => anchors[anchor] as Uint8Array),
    }));
    memory.set(gateEntry(groupsHere), GATE_AT + bucket * GATE_ENTRY);
    first = end;
  }
  return {
    packed: packZeroRuns(memory),
    size: memory.length,
    stride,
    reach: Math.max(...windows) + stride - 1,
    recordsAt,
    recordAnchor,
    widestBucket,
    anchors: anchors.length,
  };
}

/** Positions sampled: every `stride`-th; the shortest anchor sets it (at most 4). */
export function prefilterStride(anchors: readonly Uint8Array[]): number {
  const shortest = Math.min(...anchors.map((anchor) => anchor.length));
  if (!(shortest >= PREFIX)) throw new Error(`byte prefilter: an anchor of ${shortest} bytes is too short`);
  return Math.min(4, shortest - GRAM + 1);
}

/**
 * Where to sample each anchor: the window of `stride` offsets where its grams are least
 * common. `commonness` rates a gram (four bytes, little-endian) by how often it is likely
 * to occur in a log, since every sampled position holding a gram costs a look into the tables.
 */
export function anchorWindows(anchors: readonly Uint8Array[], commonness: (gram: number) => number): number[] {
  const stride = prefilterStride(anchors);
  return anchors.map((anchor) => {
    const view = new DataView(anchor.buffer, anchor.byteOffset, anchor.byteLength);
    const costs = Array.from({ length: anchor.length - GRAM + 1 }, (_, offset) =>
      commonness(view.getInt32(offset, true)),
    );
    let window = 0;
    let lowest = Number.POSITIVE_INFINITY;
    for (let k = 0; k + stride <= costs.length; k++) {
      let cost = 0;
      for (let offset = k; offset < k + stride; offset++) cost += costs[offset] as number;
      if (cost < lowest) {
        lowest = cost;
        window = k;
      }
    }
    return window;
  });
}

function fits(anchor: Uint8Array, window: number | undefined, stride: number): boolean {
  return window !== undefined && Number.isInteger(window) && window >= 0 && window + stride - 1 + GRAM <= anchor.length;
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24)) >>>
    0
  );
}

/** The prefix slot of an anchor: $prefixSlot of byte-prefilter.wat over its first six bytes. */
function prefixSlot(anchor: Uint8Array): number {
  const low = readU32(anchor, 0);
  const high = (anchor[4] as number) | ((anchor[5] as number) << 8);
  return (Math.imul(low, HASH) ^ Math.imul(high, PREFIX_HASH)) >>> 20;
}

function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
