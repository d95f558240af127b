// The byte prefilter's memory image: from the generated base64, packed by its zero runs
// (the prefilter unpacks it). The Node bundles swap this file for
// scripts/node-lazy/load-prefilter-image.js, which reads the image unpacked from a file
// scripts/compile.mjs writes beside them: ~330 KB of base64 in a bundle cost every
// `explain` the parsing of it, the decoding and the unpacking (~5 ms in all).
import { PREFILTER_IMAGE } from "./prefilter-image.generated.ts";

export interface PrefilterImage {
  /** Packed by zero runs (zero-runs.ts). */
  readonly packed?: Uint8Array;
  /** As the memory holds it, from 0. */
  readonly unpacked?: Uint8Array;
}

export function loadPrefilterImage(): PrefilterImage {
  return { packed: Buffer.from(PREFILTER_IMAGE, "base64") };
}
