// Where citations come from; the CLI bundle swaps this for a lazy require (see load-text.ts).
import { SOURCES } from "./sources.generated.ts";
import type { TextPack } from "./types.ts";

export function loadSources(): TextPack {
  return SOURCES;
}
