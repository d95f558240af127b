// Where prose packs come from. Here: static imports, right for the library and
// for tests. scripts/compile.mjs swaps this module in two bundles: the CLI reads
// one language's file on first use (scripts/cli-lazy/), the browser bundle ships
// English titles only and fetches full prose as a chunk (scripts/browser-lazy/).
import { TEXT_DE } from "../catalogue/text-de.generated.ts";
import { TEXT_EN } from "../catalogue/text-en.generated.ts";
import type { Lang, TextPack } from "../catalogue/types.ts";

/** The prose pack available right away (here: the full one). */
export function loadTextPack(lang: Lang): TextPack | undefined {
  return lang === "de" ? TEXT_DE : lang === "en" ? TEXT_EN : undefined;
}

/** The full prose pack, fetched if need be (here: already loaded). */
export async function loadFullTextPack(lang: Lang): Promise<TextPack | undefined> {
  return loadTextPack(lang);
}
