// Node stand-in for src/scan/load-prefilter-image.ts (the bundles that scan files): the
// prefilter's memory image as its memory holds it, read from the file scripts/compile.mjs
// writes beside the bundle (prefilter-image.bin).
import { readBeside } from "./read-pack.js";

export function loadPrefilterImage() {
  return { unpacked: readBeside("prefilter-image.bin", null) };
}
