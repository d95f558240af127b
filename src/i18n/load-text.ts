// Where prose packs come from. Here: static imports, right for the library and
// for tests. The CLI bundle swaps this module for one that require()s a single
// language's file on first use (scripts/compile.mjs), so `wsaerr 10054` never
// loads or compiles the language it does not print.
import { TEXT_DE } from "../catalogue/text-de.generated.ts";
import { TEXT_EN } from "../catalogue/text-en.generated.ts";
import type { Lang, TextPack } from "../catalogue/types.ts";

export function loadTextPack(lang: Lang): TextPack | undefined {
  return lang === "de" ? TEXT_DE : lang === "en" ? TEXT_EN : undefined;
}
