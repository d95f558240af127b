// Builds the search box's index (see search-index.ts) from the catalogue: the same
// fields and weights src/search.ts indexes, both languages, plus exact keys.
import { ENTRIES, LANGS } from "../catalogue/index.ts";
import type { CatalogueEntry } from "../catalogue/types.ts";
import { textFor } from "../i18n/text.ts";
import { namesOf, tokens, weightedTexts } from "../search-terms.ts";
import { encodePositions, type IndexedEntry, type SearchIndex } from "./search-index.ts";

export function buildSearchIndex(entries: readonly CatalogueEntry[] = ENTRIES): SearchIndex {
  const terms: string[] = [];
  const position = new Map<string, number>();
  const termAt = (term: string) => {
    let at = position.get(term);
    if (at === undefined) {
      at = terms.push(term) - 1;
      position.set(term, at);
    }
    return at;
  };
  const indexed = entries.map((entry): IndexedEntry => {
    const weights = new Map<number, number>();
    for (const [text, weight] of weightedTexts(
      entry,
      LANGS.map((lang) => textFor(entry, lang)),
    )) {
      for (const term of tokens(text)) {
        const at = termAt(term);
        weights.set(at, Math.max(weights.get(at) ?? 0, weight));
      }
    }
    const { libuv } = entry.crosswalk;
    const keys = [
      String(entry.value),
      entry.hex,
      entry.hresult,
      entry.hresultSigned === null ? null : String(entry.hresultSigned),
      libuv?.lost === "unknown" || libuv?.errnoWindows == null ? null : String(libuv.errnoWindows),
      ...namesOf(entry),
    ];
    return {
      value: entry.value,
      symbol: entry.symbol,
      title: { en: textFor(entry, "en").title, de: textFor(entry, "de").title },
      keys: [...new Set(keys.filter((key): key is string => !!key).map((key) => key.toLowerCase()))],
      weights: byWeight(weights),
    };
  });
  return { entries: indexed, terms };
}

function byWeight(weights: ReadonlyMap<number, number>): Record<string, number[]> {
  const groups: Record<string, number[]> = {};
  for (const [position, weight] of weights) {
    groups[weight] ??= [];
    groups[weight].push(position);
  }
  for (const weight of Object.keys(groups)) groups[weight] = encodePositions(groups[weight] as number[]);
  return groups;
}
