// Prose lives in per-language packs, loaded on first use through load-text.ts
// (or registered up front, as a browser bundle that ships English alone does).
import { type CatalogueEntry, type EntryText, LANGS, type Lang, type TextPack } from "../catalogue/types.ts";
import { loadFullTextPack, loadTextPack } from "./load-text.ts";

const packs: Partial<Record<Lang, TextPack>> = Object.create(null);
const parsed = new Map<string, EntryText>();

export function registerTextPack(lang: Lang, pack: TextPack): void {
  packs[lang] = pack;
  for (const key of parsed.keys()) if (key.startsWith(`${lang}:`)) parsed.delete(key);
}

function pack(lang: Lang): TextPack | undefined {
  if (!Object.hasOwn(packs, lang)) {
    const loaded = loadTextPack(lang);
    if (loaded) packs[lang] = loaded;
  }
  return packs[lang];
}

/**
 * Makes sure the full prose of `lang` is loaded. A no-op in Node; in the browser
 * bundle, which starts with English titles only, it fetches the language's chunk.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  const full = await loadFullTextPack(lang);
  if (full) registerTextPack(lang, full);
}

/** Languages whose prose can be shown. */
export function availableLangs(): Lang[] {
  return LANGS.filter((lang) => pack(lang) !== undefined);
}

/** The entry's prose in `lang`, else English, else a bare title from the symbol. */
export function textFor(entry: CatalogueEntry, lang: Lang = "en"): EntryText {
  // (Total: anything but an entry, a revoked proxy included, gets an empty text; an unknown
  // language, English.)
  try {
    return textOf(entry, lang);
  } catch {
    return bareText("");
  }
}

/** A text with a title only (nothing else known). */
function bareText(title: string): EntryText {
  return { title, goPitfall: "", summary: "", causes: [], fixes: [], notes: [], retryReason: "" };
}

function textOf(entry: CatalogueEntry, lang: Lang): EntryText {
  if (typeof entry?.symbol !== "string") return bareText("");
  const found = [lang, "en" as const].find((candidate) => Object.hasOwn(pack(candidate) ?? {}, entry.symbol));
  if (found === undefined) return bareText(entry.symbol);
  const key = `${found}:${entry.symbol}`;
  let text = parsed.get(key);
  if (text === undefined) {
    text = JSON.parse((packs[found] as TextPack)[entry.symbol] as string) as EntryText;
    parsed.set(key, text);
  }
  return text;
}
