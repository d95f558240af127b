// This thread's byte prefilter (Node only): one per thread, its input region reused block
// after block (block-reader.ts reads into it).
import { BytePrefilter } from "./byte-prefilter.ts";
import { bytePrefilterTables } from "./byte-tables.ts";
import { MAX_LINE } from "./max-line.ts";

let threadPrefilter: BytePrefilter | undefined;

/** This thread's byte prefilter, with room for at least `capacity` input bytes. */
export function bytePrefilter(capacity = 0): BytePrefilter {
  threadPrefilter ??= new BytePrefilter(bytePrefilterTables(), Math.max(capacity, MAX_LINE));
  threadPrefilter.ensure(capacity);
  return threadPrefilter;
}
