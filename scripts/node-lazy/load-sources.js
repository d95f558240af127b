// Node stand-in for src/catalogue/load-sources.ts: citations, read on first use.
import { readPack } from "./read-pack.js";

export function loadSources() {
  return readPack("sources.tsv");
}
