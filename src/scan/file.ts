// Scans a file (Node only). Plain files are cut into segments scanned as raw bytes
// by this thread (a big one with a read-ahead thread reading and prefiltering segments
// for it: read-ahead.ts) or, when asked for, by worker threads in parallel; results are
// put back in order, with line numbers made absolute, holding at most a few segments in
// memory. `.gz` files go through one thread (gzip cannot be cut), gathered into segments
// for the same byte path (byte-stream.ts); pipes are read as streams.
// node:zlib and node:worker_threads are loaded when a scan needs them
// (gzip data, worker threads): each costs a few milliseconds at start-up.
import { closeSync, createReadStream, openSync, readSync, type Stats, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { plainOptions } from "../plain-options.ts";
import { BlockReader, fileBytes } from "./block-reader.ts";
import { scanByteStreamBatches } from "./byte-stream.ts";
import { byteDispatchTable } from "./byte-tables.ts";
import { givenEncoding, SNIFF_BYTES, sniffEncoding } from "./encoding.ts";
import { gunzip, startsAsGzip } from "./gunzip.ts";
import type { ReadAhead } from "./read-ahead.ts";
import { ConsecutiveRanges, type SegmentResult, scanSegment, scanSegmentInBatches } from "./segment.ts";
import { scanStreamBatches } from "./stream.ts";
import { bytePrefilter } from "./thread-prefilter.ts";
import type { Finding } from "./types.ts";
import { workerBootstrap } from "./worker-bootstrap.ts";

export interface FileScanOptions {
  /** Reported as `file`; defaults to the path. */
  readonly file?: string;
  /**
   * Threads running the engine on a plain file: this one and threads − 1 workers (at most 8).
   * By default this one alone, with a read-ahead thread for a big file (`readAhead`); 1 is
   * this thread alone. On two cores (BENCHMARKS.md), workers running the engine pay for
   * their start-up only on big files and more cores.
   */
  readonly threads?: number;
  /**
   * Whether a second thread reads and prefilters segments ahead of this one, which then runs
   * only the engine on them (read-ahead.ts). By default it does when `threads` is not given,
   * the file is READ_AHEAD_FROM or more, and the machine has more than one CPU. Not with
   * `threads` above 1 (the workers read their segments themselves).
   */
  readonly readAhead?: boolean;
  /**
   * Whether this thread scans segments too, beside the workers (default true). With false
   * it only puts their results in order (unless no worker could start).
   */
  readonly scanHere?: boolean;
  /** Bytes a thread takes at a time (default 4 MiB). */
  readonly segmentSize?: number;
  /** Called with the bytes read so far and the total (for a progress bar). */
  readonly onProgress?: (bytes: number, total: number) => void;
  /**
   * Told of what was read but passed over (bytes after a file's gzip data: gunzip.ts), after
   * the findings before it; the scan goes on. Without it such bytes are passed over in silence.
   */
  readonly onWarning?: (warning: Error) => void;
  /**
   * The encoding of the file's bytes, by any label TextDecoder knows (an ANSI code page:
   * "windows-1252", "shift_jis", "gbk"…); by default told from its first bytes (UTF-8 or UTF-16).
   */
  readonly encoding?: string;
  /** Whether each finding carries its line (`lineText`; the CLI's text output shows it). */
  readonly lines?: boolean;
}

const SEGMENT = 4 << 20;
/**
 * A plain file this big or bigger is read ahead by default (readAhead). Below, the second
 * thread's start and its contention with V8's compiler threads, which a short run's warming up
 * keeps busy on the other core, cost what it saves (BENCHMARKS.md: 200 MB the same, 500 MB ~9 %
 * and 1 GB 9–18 % less time).
 */
export const READ_AHEAD_FROM = 256 << 20;
const WORKER_FLAG = "wsaerr-scan-worker";
/**
 * A small young generation keeps a worker's memory near its live data (the default lets
 * garbage from each block pile up); the old generation is left room for a segment dense
 * with findings. Should a worker still die, the scan fails with that error (WorkerPool.run).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 };

/** Every finding of the file, in order. The path is a string or a `file:` URL (else a TypeError). */
export async function* scanFile(path: string | URL, options: FileScanOptions = {}): AsyncGenerator<Finding> {
  for await (const batch of scanFileBatches(pathOf(path), options)) yield* batch;
}

/** A path as a string: a URL (of this realm or another) by Node's own reading of it. */
function pathOf(path: unknown): string {
  if (typeof path === "string") return path;
  if (path instanceof URL || Object.prototype.toString.call(path) === "[object URL]")
    return fileURLToPath(String(path));
  throw new TypeError("scanFile needs a path: a string or a file: URL");
}

/** The same, a block's or a segment's findings at a time (no promise per finding: the CLI reads these). */
export async function* scanFileBatches(path: string, given: FileScanOptions = {}): AsyncGenerator<Finding[]> {
  const options = plainOptions<FileScanOptions>(given, {
    file: "string",
    threads: "number",
    readAhead: "boolean",
    scanHere: "boolean",
    segmentSize: "number",
    onProgress: "function",
    onWarning: "function",
    encoding: "string",
    lines: "boolean",
  });
  const file = options.file ?? path;
  const stat = statSync(path);
  const { size } = stat;
  const reading = () => {
    const input = createReadStream(path);
    let read = 0;
    input.on("data", (chunk) => {
      read += chunk.length;
      options.onProgress?.(read, size);
    });
    return input;
  };
  // A pipe by its name (`wsaerr explain <(zcat app.log.gz)`, a named pipe, /dev/stdin): read
  // as a stream, as standard input is (gzip told by its first bytes). A folder fails the read.
  if (!stat.isFile()) {
    yield* scanInputBatches(createReadStream(path), {
      file,
      onWarning: options.onWarning,
      encoding: options.encoding,
      lines: options.lines,
    });
    return;
  }
  const start = firstBytes(path, stat);
  // Gzip data by its name or its first bytes (a rotated `app.log.1` may be compressed).
  if (path.endsWith(".gz") || startsAsGzip(start)) {
    // (Loaded before the file is opened: its data flows as soon as it is listened to.)
    const zlib = await import("node:zlib");
    yield* scanByteStreamBatches(gunzip(reading(), zlib, { onWarning: options.onWarning }), {
      file,
      encoding: options.encoding,
      lines: options.lines,
    });
    return;
  }
  // A UTF-16 log (Windows PowerShell's `>`), or one in a code page the caller names, is decoded
  // as a stream; the byte prefilter reads UTF-8.
  const encoding = givenEncoding(options.encoding);
  if (encoding !== undefined || sniffEncoding(start) !== "utf-8") {
    yield* scanStreamBatches(reading(), { file, encoding, lines: options.lines });
    return;
  }
  const threads = Math.max(1, Math.min(Math.floor(options.threads ?? 1) || 1, 8));
  const segments: [number, number][] = [];
  const segment = Math.max(64 << 10, options.segmentSize ?? SEGMENT);
  for (let start = 0; start < size; start += segment) segments.push([start, Math.min(size, start + segment)]);
  if (segments.length === 0) return;
  if (threads === 1 || segments.length === 1) {
    // Findings go out block by block, as found; the file is opened once for all its segments.
    const ranges = new ConsecutiveRanges(file, options.lines === true);
    const fd = openSync(path, "r");
    let ahead: ReadAhead | undefined;
    try {
      if (segments.length > 1 && (await readsAhead(options, size)))
        // (Should the thread not start, this one scans it all.)
        ahead = await (await import("./read-ahead.ts")).ReadAhead.start(fd, segments).catch(() => undefined);
      for (let index = 0; index < segments.length; index++) {
        const [start, end] = segments[index] as [number, number];
        if (ahead === undefined || ahead.take(index)) yield* ranges.scan(fileBytes(fd), start, end);
        else {
          // Read and prefiltered by the read-ahead thread: the engine runs here, block by block.
          ranges.begin();
          const blocks = ahead.blocks(index, () => new BlockReader(fileBytes(fd), bytePrefilter).blocks(start, end));
          let next = await blocks.next();
          for (; !next.done; next = await blocks.next()) {
            const findings = ranges.block(next.value);
            if (findings.length > 0) yield findings;
          }
          ranges.end(next.value);
        }
        options.onProgress?.(end, size);
      }
    } finally {
      // (Broken off early: the thread is stopped and the file closed all the same.)
      await ahead?.close();
      closeSync(fd);
    }
    return;
  }
  // This thread scans too, beside threads − 1 workers: it has the engine loaded already and
  // starts at once, while the workers are still starting.
  const pool = new WorkerPool(threads - 1, (await import("node:worker_threads")).Worker);
  const scanHere = options.scanHere !== false;
  const here = (job: Job): Promise<SegmentResult> => {
    try {
      return Promise.resolve(scanSegment(job.path, job.start, job.end, job.file, job.lines));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  let lineOffset = 0;
  /** A segment's findings, numbered from the file's first line (in place: they are fresh from a segment or a worker's message). */
  const emit = function* (result: SegmentResult, end: number) {
    for (const finding of result.findings) (finding as { line: number }).line += lineOffset;
    if (result.findings.length > 0) yield result.findings;
    lineOffset += result.newlines;
    options.onProgress?.(end, size);
  };
  // Segments in flight, in file order; results are emitted in that order.
  const inFlight: { readonly result: Promise<SegmentResult>; done: boolean }[] = [];
  let next = 0;
  const take = (run: (job: Job) => Promise<SegmentResult>) => {
    const [start, end] = segments[next++] as [number, number];
    const slot = { result: run({ path, start, end, file, lines: options.lines === true }), done: false };
    const settle = () => {
      slot.done = true;
    };
    slot.result.then(settle, settle);
    inFlight.push(slot);
  };
  // Segments held at once (their findings wait to be emitted in order).
  const ahead = 4 * threads;
  const fillWorkers = () => {
    while (next < segments.length && pool.free > 0 && inFlight.length < ahead) take((job) => pool.run(job));
  };
  try {
    for (let index = 0; index < segments.length; index++) {
      fillWorkers();
      // While the oldest segment is still being scanned elsewhere (a worker may still be
      // starting), this thread scans the next ones rather than wait, looking at the
      // workers' messages between segments.
      while (next < segments.length && inFlight.length < ahead && !inFlight[0]?.done) {
        if (scanHere || pool.size === 0) take(here);
        else if (inFlight.length === 0) await pool.whenFree();
        else break;
        await new Promise((resolve) => setImmediate(resolve));
        fillWorkers();
      }
      const slot = inFlight.shift() as { result: Promise<SegmentResult> };
      yield* emit(await slot.result, (segments[index] as [number, number])[1]);
    }
  } finally {
    // Stopped early (an error, or the reader broke off): settle the jobs still running, then stop the workers.
    for (const slot of inFlight) slot.result.catch(() => {});
    await pool.close();
  }
}

interface Job {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly file: string;
  readonly lines: boolean;
}

/** A fixed set of workers, each taking the next job when free. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly workers = new Set<Worker>();
  private readonly script = workerScript();
  private closing = false;

  constructor(
    size: number,
    private readonly Thread: typeof Worker,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  /** Workers ready and without a job. */
  get free(): number {
    return this.idle.length;
  }

  /** Workers starting or running. */
  get size(): number {
    return this.workers.size;
  }

  /** Resolves when a worker is free, or none is left. */
  async whenFree(): Promise<void> {
    while (this.idle.length === 0 && this.workers.size > 0)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private start(): Worker {
    const bootstrap = workerBootstrap(String(this.script), "runScanWorker");
    const worker = new this.Thread(bootstrap, {
      eval: true,
      workerData: WORKER_FLAG,
      resourceLimits: WORKER_LIMITS,
    });
    this.workers.add(worker);
    // A worker takes jobs once it has loaded the engine and built its tables: handed the first
    // segment at once, it would hold back every finding after it while starting up.
    const onReady = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.off("message", onReady);
      if (this.closing) return;
      this.idle.push(worker);
      this.waiting.shift()?.();
    };
    // One that cannot start, or stops while it has no job, is left out; this thread scans
    // what it would have. (One that stops during a job fails the job: run().)
    const onExit = () => {
      worker.off("message", onReady);
      this.workers.delete(worker);
      const idle = this.idle.indexOf(worker);
      if (idle !== -1) this.idle.splice(idle, 1);
      for (const wake of this.waiting.splice(0)) wake();
    };
    worker.on("message", onReady);
    worker.once("exit", onExit);
    // (Errors surface as "exit"; a listener keeps one from being thrown at the process.)
    worker.on("error", () => {});
    return worker;
  }

  /**
   * Runs a job on a free worker. One that fails with an error fails the job (and is
   * replaced) rather than hanging; one that stops without one leaves the job to this thread.
   */
  async run(job: Job): Promise<SegmentResult> {
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop() as Worker;
    try {
      return await new Promise<SegmentResult>((resolve, reject) => {
        const done = () => {
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
        };
        const findings: Finding[] = [];
        const onMessage = (message: { batch?: Finding[]; newlines?: number; error?: string }) => {
          if (message.batch) {
            for (const finding of message.batch) findings.push(finding);
            return;
          }
          done();
          if (message.error !== undefined) reject(new Error(message.error));
          else resolve({ findings, newlines: message.newlines ?? 0 });
        };
        const onError = (error: Error) => {
          done();
          reject(error);
        };
        const onExit = (code: number) => {
          done();
          if (this.closing) {
            reject(new Error(`a scanning worker stopped (exit code ${code})`));
            return;
          }
          // Stopped without an error of its own (killed, or gone as it took the job): this
          // thread scans the segment instead.
          try {
            resolve(scanSegment(job.path, job.start, job.end, job.file, job.lines));
          } catch (error) {
            reject(error);
          }
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        worker.postMessage(job);
      });
    } catch (error) {
      this.workers.delete(worker);
      void worker.terminate();
      // Replaced, unless the pool is closing (close() terminates the busy workers: a
      // replacement started then would keep the process alive).
      if (!this.closing) this.start();
      throw error;
    } finally {
      if (!this.closing && this.workers.has(worker)) this.idle.push(worker);
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }
}

/** Whether a plain file of `size` bytes is read ahead (FileScanOptions.readAhead). */
export async function readsAhead(options: FileScanOptions, size: number): Promise<boolean> {
  if (options.readAhead !== undefined) return options.readAhead;
  return (
    options.threads === undefined && size >= READ_AHEAD_FROM && (await import("node:os")).availableParallelism() > 1
  );
}

/**
 * A file's first bytes, enough to tell its encoding or gzip; none for an empty file, or for
 * anything but a regular file (opening a pipe blocks).
 */
function firstBytes(path: string, stat: Stats): Buffer {
  if (!stat.isFile() || stat.size === 0) return Buffer.alloc(0);
  const fd = openSync(path, "r");
  try {
    const start = Buffer.alloc(SNIFF_BYTES);
    return start.subarray(0, readSync(fd, start, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Findings in a stream of bytes (standard input), gunzipped first when it begins as gzip
 * data (`curl … | wsaerr explain`).
 */
export async function* scanInputBatches(
  input: AsyncIterable<Uint8Array | string>,
  options: {
    readonly file?: string;
    readonly onWarning?: (warning: Error) => void;
    readonly encoding?: string;
    readonly lines?: boolean;
  } = {},
): AsyncGenerator<Finding[]> {
  const chunks = input[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < 3 && !done) {
    const next = await chunks.next();
    if (next.done) done = true;
    else {
      // (Copied: the source may refill the same buffer for its next chunk, as the CLI's standard input does.)
      const chunk = Buffer.from(next.value);
      first.push(chunk);
      length += chunk.length;
    }
  }
  // The chunks read to look, then the rest.
  const replayed: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* first;
      if (done) return;
      try {
        for (let next = await chunks.next(); !next.done; next = await chunks.next())
          yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
      } finally {
        await chunks.return?.();
      }
    },
  };
  const start = Buffer.concat(first.map((chunk) => chunk.subarray(0, 3))).subarray(0, 3);
  const file = { file: options.file, encoding: options.encoding, lines: options.lines };
  if (startsAsGzip(start)) {
    const zlib = await import("node:zlib");
    yield* scanByteStreamBatches(gunzip(replayed, zlib, { onWarning: options.onWarning }), file);
  } else yield* scanByteStreamBatches(replayed, file);
}

/** This module's own file: the CommonJS CLI bundle, the ES library bundle, or the source under tsx. */
function workerScript(): string | URL {
  // compile.mjs defines import.meta.url as undefined in the CommonJS bundle.
  return import.meta.url ? new URL(import.meta.url) : __filename;
}

/** In a worker started by WorkerPool: scans the segments asked for. */
export async function runScanWorker(): Promise<void> {
  const { parentPort, workerData } = await import("node:worker_threads");
  if (workerData !== WORKER_FLAG || !parentPort) return;
  const port = parentPort;
  // Ready once the tables are built.
  bytePrefilter();
  byteDispatchTable();
  port.postMessage({ ready: true });
  port.on("message", (job: Job) => {
    try {
      const newlines = scanSegmentInBatches(
        job.path,
        job.start,
        job.end,
        job.file,
        (batch) => port.postMessage({ batch }),
        job.lines,
      );
      port.postMessage({ newlines });
    } catch (error) {
      port.postMessage({ error: (error as Error).message });
    }
  });
}
