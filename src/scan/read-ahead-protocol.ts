// What the scanning thread and its read-ahead thread share (read-ahead.ts, read-ahead-worker.ts):
// the data the thread starts with, the slots of their control array, and the messages.
import type { ReadBlock } from "./block-reader.ts";
import type { PrefilterRegion, PrefilterTables } from "./byte-prefilter.ts";

/** workerData's mark, so that the script does nothing when loaded anywhere else. */
export const READ_AHEAD_FLAG = "wsaerr-read-ahead";

/** Slots of the control array (Int32, shared). Messages the read-ahead thread has posted: the scanning thread waits on this. */
export const POSTED = 0;
/** Blocks the scanning thread is done with (their regions are free again): the read-ahead thread waits on this. */
export const RELEASED = 1;
/** 1 once the scanning thread stops: the read-ahead thread takes no more. */
export const STOP = 2;
/** The segment the scanning thread is at: it takes it unless the read-ahead thread has. */
export const CURSOR = 3;
/**
 * 1 when the scanning thread caught up with the read-ahead thread (it waited for a block): the
 * read-ahead thread then leaves it the next segment, to read itself, and reads on beyond it.
 * Running the engine is quicker than reading and prefiltering, so this is how the two share
 * the reading as their speeds allow.
 */
export const WANT = 4;
/** Then one slot per segment: who has taken it. */
export const OWNERS = 5;
export const FREE = 0;
export const HERE = 1;
export const AHEAD = 2;

export interface ReadAheadData {
  readonly flag: typeof READ_AHEAD_FLAG;
  /** The file, open in the scanning thread (a descriptor is the process's: the same file, read by position). */
  readonly fd: number;
  readonly segments: readonly (readonly [number, number])[];
  /** The byte prefilter's module, compiled by the scanning thread. */
  readonly module: WebAssembly.Module;
  /** The tables' figures (the tables are in the regions' memory already). */
  readonly tables: PrefilterTables;
  /** Where the thread reads blocks, in turn: block n goes to region n mod their number. */
  readonly regions: readonly PrefilterRegion[];
  readonly control: Int32Array;
  readonly port: import("node:worker_threads").MessagePort;
}

export type ReadAheadMessage =
  /** A block of the segment, its bytes in the region. */
  | { readonly segment: number; readonly region: number; readonly block: Omit<ReadBlock, "bytes"> }
  /** The segment's end: its newlines. */
  | { readonly segment: number; readonly newlines: number }
  /** The thread failed (the segment's blocks before this were posted): its error's message, and its code, errno, syscall and path. */
  | {
      readonly segment: number;
      readonly error: { readonly message: string; readonly details: Record<string, string | number> };
    };
