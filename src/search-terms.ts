// The rules of full-text search, shared by search() (src/search.ts) and the web
// page's prebuilt index (src/web/search-index.ts), so both rank alike: how text
// becomes terms, what each field weighs, and how close a typo may be. Imports no
// catalogue data, so the page script can use it.
import type { CatalogueEntry, EntryText } from "./catalogue/types.ts";
import { foldForSearch } from "./normalise.ts";

export const FIELD_WEIGHT = { name: 5, title: 4, message: 3, summary: 2, body: 1 } as const;

/** Search terms: folded (no case, no diacritics), two or more letters, digits or underscores. */
export function tokens(text: string): string[] {
  return foldForSearch(text).match(/[a-z0-9_]{2,}/g) ?? [];
}

/** The names an entry goes by: symbol, spellings and the names other runtimes use. */
export function namesOf(entry: CatalogueEntry): string[] {
  const { posix, dotnet, rust, python, libuv } = entry.crosswalk;
  return [entry.symbol, ...entry.spellings, posix?.name, dotnet, rust, python?.exception, libuv?.nodeCode].filter(
    (name): name is string => typeof name === "string",
  );
}

/** Every text of an entry the search reads, with its field weight; `texts` are its prose in each language. */
export function weightedTexts(entry: CatalogueEntry, texts: readonly EntryText[]): [text: string, weight: number][] {
  const fields: [string, number][] = namesOf(entry).map((name) => [name, FIELD_WEIGHT.name]);
  fields.push([String(entry.value), FIELD_WEIGHT.name]);
  for (const message of Object.values(entry.messages)) if (message) fields.push([message, FIELD_WEIGHT.message]);
  for (const text of texts) {
    fields.push([text.title, FIELD_WEIGHT.title], [text.summary, FIELD_WEIGHT.summary]);
    fields.push([[...text.causes, ...text.fixes, ...text.notes].join(" "), FIELD_WEIGHT.body]);
  }
  return fields;
}

/** How close a vocabulary term is to a query word: itself 1, an extension of it 0.8, a typo away 0.6, else 0. */
export function closeness(word: string, term: string): number {
  if (term === word) return 1;
  if (word.length >= 3 && term.startsWith(word)) return 0.8;
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (allowed > 0 && Math.abs(term.length - word.length) <= allowed && editDistance(word, term, allowed) <= allowed)
    return 0.6;
  return 0;
}

/** Levenshtein distance, giving up once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
