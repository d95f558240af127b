// A second thread that reads a plain file ahead of this one (Node only). A file's segments
// are taken in order by whichever thread is free first: this thread scans a segment it takes
// as before (reading, prefiltering, then the engine on its candidate lines); for one the
// read-ahead thread took (read-ahead-worker.ts), this thread only runs the engine, on blocks
// the other thread read into a shared memory and prefiltered there. Reading and prefiltering
// are most of a sparse log's time, so the two cores share the work without copying a byte,
// and findings still come out in file order. This thread never waits for the other to start:
// until it has, this thread takes every segment itself.
import { join } from "node:path";
import type { MessagePort, Worker } from "node:worker_threads";
import { MAX_BLOCK_INPUT, type ReadBlock } from "./block-reader.ts";
import { prefilterModule } from "./byte-prefilter.ts";
import { bytePrefilterTables } from "./byte-tables.ts";
import {
  AHEAD,
  CURSOR,
  FREE,
  HERE,
  OWNERS,
  POSTED,
  READ_AHEAD_FLAG,
  RELEASED,
  type ReadAheadData,
  type ReadAheadMessage,
  STOP,
  WANT,
} from "./read-ahead-protocol.ts";
import { bytePrefilter } from "./thread-prefilter.ts";
import { workerBootstrap } from "./worker-bootstrap.ts";

/**
 * Blocks the read-ahead thread may hold at once: enough for it to read on while this thread
 * reads a segment of its own (each region takes MAX_BLOCK_INPUT, ~2.1 MiB, of address space;
 * only the pages a block fills take memory).
 */
const REGIONS = 6;
/** How long this thread waits for a message before it lets its events run (to learn of the thread's end). */
const WAIT_MS = 20;
/** The read-ahead thread holds no findings: a small heap. */
const LIMITS = { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 };

/** Segments this process's read-ahead threads read and prefiltered whole (tests and diagnostics read it). */
export const readAheadStats = { segments: 0 };

export class ReadAhead {
  private readonly views: Buffer[];
  private failure: Error | undefined;
  private gone = false;
  /** A block handed out and not yet released. */
  private holding = false;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly control: Int32Array,
    data: ReadAheadData,
    private readonly receive: (port: MessagePort) => { message: unknown } | undefined,
  ) {
    this.views = data.regions.map((region) => Buffer.from(region.memory.buffer, region.inputAt, region.capacity));
    worker.on("error", (error) => {
      this.failure ??= error;
    });
    worker.once("exit", () => {
      this.gone = true;
    });
  }

  /**
   * Starts a read-ahead thread over the segments of the file open as `fd`. The thread reads the
   * file by that descriptor: close it only after close().
   */
  static async start(fd: number, segments: readonly (readonly [number, number])[]): Promise<ReadAhead> {
    const { MessageChannel, Worker, receiveMessageOnPort } = await import("node:worker_threads");
    const { packed: _packed, unpacked: _unpacked, ...tables } = bytePrefilterTables();
    const channel = new MessageChannel();
    const data: ReadAheadData = {
      flag: READ_AHEAD_FLAG,
      fd,
      segments,
      tables,
      regions: bytePrefilter().regions(REGIONS, MAX_BLOCK_INPUT),
      module: prefilterModule(),
      control: new Int32Array(new SharedArrayBuffer((OWNERS + segments.length) * 4)),
      port: channel.port2,
    };
    const worker = new Worker(workerBootstrap(workerScript(), "runReadAheadWorker"), {
      eval: true,
      workerData: data,
      transferList: [channel.port2],
      resourceLimits: LIMITS,
    });
    // (Neither keeps the process alive: a scan waiting for the thread does, with its timer; a
    // reader that drops the scan unfinished, without return(), leaves nothing to wait for.)
    worker.unref();
    channel.port1.unref();
    return new ReadAhead(worker, channel.port1, data.control, data, receiveMessageOnPort);
  }

  /**
   * This thread is at segment `index` (segments come in order): whether it takes it, which
   * it does unless the read-ahead thread has.
   */
  take(index: number): boolean {
    Atomics.store(this.control, CURSOR, index);
    return Atomics.compareExchange(this.control, OWNERS + index, FREE, HERE) === FREE;
  }

  /** Whether the read-ahead thread has taken segment `index`. */
  takenAhead(index: number): boolean {
    return Atomics.load(this.control, OWNERS + index) === AHEAD;
  }

  /**
   * The blocks of segment `index`, which the read-ahead thread took, in order, then its newlines.
   * A block's bytes stay until the next is asked for. Should the thread end before it posted all
   * of the segment (killed, out of memory), `here` reads the rest on this thread: the same blocks
   * in the same order, those the thread posted passed over. Its read errors are thrown here.
   */
  async *blocks(
    index: number,
    here: () => Generator<ReadBlock, number, undefined>,
  ): AsyncGenerator<ReadBlock, number, undefined> {
    let posted = 0;
    try {
      for (;;) {
        const message = await this.next();
        if (message === undefined) {
          const rest = here();
          for (let passed = 0; passed < posted; passed++)
            if (rest.next().done) throw new Error("the file changed while it was read");
          return yield* rest;
        }
        if ("error" in message) throw Object.assign(new Error(message.error.message), message.error.details);
        if (message.segment !== index)
          throw new Error(`the read-ahead thread posted segment ${message.segment} for ${index}`);
        if ("newlines" in message) {
          readAheadStats.segments++;
          return message.newlines;
        }
        posted++;
        this.holding = true;
        yield { ...message.block, bytes: this.views[message.region] as Buffer };
        this.release();
      }
    } finally {
      this.release();
    }
  }

  /** Stops the thread (at once when it has ended already). */
  async close(): Promise<void> {
    Atomics.store(this.control, STOP, 1);
    // (Moved on as well as woken: a thread about to wait on its last look sees the change.)
    Atomics.add(this.control, RELEASED, 1);
    Atomics.notify(this.control, RELEASED);
    this.port.close();
    await this.worker.terminate();
  }

  private release(): void {
    if (!this.holding) return;
    this.holding = false;
    Atomics.add(this.control, RELEASED, 1);
    Atomics.notify(this.control, RELEASED);
  }

  /** The thread's next message, or undefined once it has ended without one. */
  private async next(): Promise<ReadAheadMessage | undefined> {
    for (;;) {
      // (Read before looking: a message posted after the look changes it, so the wait returns at once.)
      const posted = Atomics.load(this.control, POSTED);
      const received = this.receive(this.port);
      if (received !== undefined) return received.message as ReadAheadMessage;
      if (this.failure !== undefined || this.gone) return undefined;
      // Caught up: the read-ahead thread leaves this one the next segment it would take.
      Atomics.store(this.control, WANT, 1);
      if (Atomics.wait(this.control, POSTED, posted, WAIT_MS) === "timed-out")
        await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** read-ahead-worker's bundle beside this one, or the module's source under tsx (tests, development). */
function workerScript(): string {
  // compile.mjs defines import.meta.url as undefined in the CommonJS bundles.
  return import.meta.url
    ? new URL("./read-ahead-worker.ts", import.meta.url).href
    : join(__dirname, "read-ahead-worker.cjs");
}
