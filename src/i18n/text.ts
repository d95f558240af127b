// Prose lives in per-language packs registered at start-up, so a browser bundle
// can ship English alone and load German when asked (see web/ and i18n/all.ts).
import type { CatalogueEntry, EntryText, Lang, TextPack } from "../catalogue/types.ts";

const packs: Partial<Record<Lang, TextPack>> = Object.create(null);

export function registerTextPack(lang: Lang, pack: TextPack): void {
  packs[lang] = pack;
}

/** Languages whose prose is loaded. */
export function loadedLangs(): Lang[] {
  return Object.keys(packs) as Lang[];
}

/** The entry's prose in `lang`, else English, else a bare title from the symbol. */
export function textFor(entry: CatalogueEntry, lang: Lang = "en"): EntryText {
  const text = packs[lang]?.[entry.symbol] ?? packs.en?.[entry.symbol];
  return text ?? { title: entry.symbol, summary: "", causes: [], fixes: [], notes: [], retryReason: "" };
}
