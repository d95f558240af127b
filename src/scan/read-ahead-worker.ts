// The read-ahead thread (Node only; read-ahead.ts starts it for a big file). It takes the
// file's segments that the scanning thread has not taken yet, reads each in blocks straight
// into regions of a memory the two threads share, runs the byte prefilter on them there, and
// posts each block's anchors and line numbers; the scanning thread's engine then reads the
// candidate lines from the same region. dist/read-ahead-worker.cjs is this module alone:
// the thread loads neither the engine nor its tables.
import { workerData } from "node:worker_threads";
import { BlockReader, fileBytes, type PrefilterFor } from "./block-reader.ts";
import { BytePrefilter, prefilterModule } from "./byte-prefilter.ts";
import {
  AHEAD,
  CURSOR,
  FREE,
  OWNERS,
  POSTED,
  READ_AHEAD_FLAG,
  RELEASED,
  type ReadAheadData,
  type ReadAheadMessage,
  STOP,
  WANT,
} from "./read-ahead-protocol.ts";

/** Thrown out of the block reader when the scanning thread stops. */
class Stopped extends Error {}

export function runReadAheadWorker(): void {
  const data = workerData as ReadAheadData | undefined;
  if (data?.flag !== READ_AHEAD_FLAG) return;
  const { control, port, segments } = data;
  prefilterModule(data.module);
  const prefilters = data.regions.map((region) => new BytePrefilter(data.tables, region.capacity, undefined, region));
  const post = (message: ReadAheadMessage, transfer: ArrayBuffer[] = []) => {
    port.postMessage(message, transfer);
    Atomics.add(control, POSTED, 1);
    Atomics.notify(control, POSTED);
  };
  let blocksPosted = 0;
  // The next region in turn, once the scanning thread is done with the block it last held.
  const regionFor: PrefilterFor = (capacity) => {
    for (;;) {
      if (Atomics.load(control, STOP) !== 0) throw new Stopped();
      const released = Atomics.load(control, RELEASED);
      if (blocksPosted - released < prefilters.length) {
        const prefilter = prefilters[blocksPosted % prefilters.length] as BytePrefilter;
        prefilter.ensure(capacity);
        return prefilter;
      }
      Atomics.wait(control, RELEASED, released);
    }
  };
  // The next segment free after the scanning thread's, past one left to it when it asked
  // (WANT); undefined when none is left, or the scanning thread stopped.
  let from = 0;
  const take = (): number | undefined => {
    for (;;) {
      if (Atomics.load(control, STOP) !== 0) return undefined;
      let next = Math.max(from, Atomics.load(control, CURSOR) + 1);
      if (Atomics.exchange(control, WANT, 0) === 1) next++;
      while (next < segments.length && Atomics.load(control, OWNERS + next) !== FREE) next++;
      if (next >= segments.length) return undefined;
      if (Atomics.compareExchange(control, OWNERS + next, FREE, AHEAD) === FREE) {
        from = next + 1;
        return next;
      }
    }
  };
  const bytes = fileBytes(data.fd);
  let segment = -1;
  try {
    for (let taken = take(); taken !== undefined; taken = take()) {
      segment = taken;
      const range = segments[segment] as readonly [number, number];
      const blocks = new BlockReader(bytes, regionFor).blocks(range[0], range[1]);
      for (let next = blocks.next(); ; next = blocks.next()) {
        if (next.done) {
          post({ segment, newlines: next.value });
          break;
        }
        const { bytes: _inRegion, ...block } = next.value;
        // (hits and hitLines are the block's own arrays: moved, not copied.)
        post({ segment, region: blocksPosted % prefilters.length, block }, [
          block.hits.buffer as ArrayBuffer,
          block.hitLines.buffer as ArrayBuffer,
        ]);
        blocksPosted++;
      }
    }
  } catch (error) {
    if (!(error instanceof Stopped)) post({ segment, error: described(error) });
  }
}

/** An error as a message can carry it: a system error's code, errno, syscall and path too. */
function described(error: unknown): { message: string; details: Record<string, string | number> } {
  const details: Record<string, string | number> = {};
  if (error instanceof Error) {
    for (const key of ["code", "errno", "syscall", "path"]) {
      const value = (error as unknown as Record<string, unknown>)[key];
      if (typeof value === "string" || typeof value === "number") details[key] = value;
    }
    return { message: error.message, details };
  }
  return { message: String(error), details };
}
