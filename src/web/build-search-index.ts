// Builds the search box's index (see search-index.ts) from the catalogue: the same
// fields and weights src/search.ts indexes, both languages, plus exact keys.
import { ENTRIES, LANGS } from "../catalogue/index.ts";
import type { CatalogueEntry } from "../catalogue/types.ts";
import { textFor } from "../i18n/text.ts";
import { encodePositions, FIELD_WEIGHT, type IndexedEntry, type SearchIndex, tokens } from "./search-index.ts";

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
    const add = (text: string | null | undefined, weight: number) => {
      for (const term of tokens(text ?? "")) {
        const at = termAt(term);
        weights.set(at, Math.max(weights.get(at) ?? 0, weight));
      }
    };
    const names = namesOf(entry);
    for (const name of names) add(name, FIELD_WEIGHT.name);
    add(String(entry.value), FIELD_WEIGHT.name);
    for (const message of Object.values(entry.messages)) add(message, FIELD_WEIGHT.message);
    for (const lang of LANGS) {
      const text = textFor(entry, lang);
      add(text.title, FIELD_WEIGHT.title);
      add(text.summary, FIELD_WEIGHT.summary);
      add([...text.causes, ...text.fixes, ...text.notes].join(" "), FIELD_WEIGHT.body);
    }
    const { libuv } = entry.crosswalk;
    const keys = [
      String(entry.value),
      entry.hex,
      entry.hresult,
      entry.hresultSigned === null ? null : String(entry.hresultSigned),
      libuv?.lost === "unknown" || libuv?.errnoWindows == null ? null : String(libuv.errnoWindows),
      ...names,
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

function namesOf(entry: CatalogueEntry): string[] {
  const { posix, dotnet, rust, python, libuv } = entry.crosswalk;
  const code = libuv?.nodeCode === "UNKNOWN" ? null : libuv?.nodeCode;
  return [entry.symbol, ...entry.spellings, posix?.name, dotnet, rust, python?.exception, code].filter(
    (name): name is string => !!name && name !== "OSError" && name !== "Other" && name !== "Uncategorized",
  );
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
