// Ranked full-text search over both languages, tolerant of typos. The index is
// built on first use, so importing the library stays cheap.
import { type CatalogueEntry, ENTRIES, LANGS } from "./catalogue/index.ts";
import { textFor } from "./i18n/text.ts";
import { foldForSearch } from "./normalise.ts";

export interface SearchHit {
  readonly entry: CatalogueEntry;
  readonly score: number;
}

interface Indexed {
  readonly entry: CatalogueEntry;
  /** term → weight of the strongest field it appears in. */
  readonly terms: Map<string, number>;
}

const FIELD_WEIGHT = { name: 5, title: 4, message: 3, summary: 2, body: 1 } as const;
let index: Indexed[] | undefined;
let vocabulary: string[] | undefined;

function tokens(text: string): string[] {
  return foldForSearch(text).match(/[a-z0-9_]{2,}/g) ?? [];
}

function buildIndex(): Indexed[] {
  return ENTRIES.map((entry) => {
    const terms = new Map<string, number>();
    const add = (text: string | null | undefined, weight: number) => {
      for (const term of tokens(text ?? "")) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    };
    const { posix, dotnet, rust, python, libuv } = entry.crosswalk;
    for (const name of [
      entry.symbol,
      ...entry.spellings,
      posix?.name,
      dotnet,
      rust,
      python?.exception,
      libuv?.nodeCode,
    ])
      add(name, FIELD_WEIGHT.name);
    add(String(entry.value), FIELD_WEIGHT.name);
    for (const message of Object.values(entry.messages)) add(message, FIELD_WEIGHT.message);
    for (const lang of LANGS) {
      const text = textFor(entry, lang);
      add(text.title, FIELD_WEIGHT.title);
      add(text.summary, FIELD_WEIGHT.summary);
      add([...text.causes, ...text.fixes, ...text.notes].join(" "), FIELD_WEIGHT.body);
    }
    return { entry, terms };
  });
}

/** Entries matching the words, best first; [] for empty or non-string queries. */
export function search(query: unknown, options: { limit?: number } = {}): SearchHit[] {
  if (typeof query !== "string") return [];
  const words = [...new Set(tokens(query.slice(0, 512)))].slice(0, 12);
  if (words.length === 0) return [];
  index ??= buildIndex();
  vocabulary ??= [...new Set(index.flatMap((item) => [...item.terms.keys()]))];
  const expansions = words.map((word) => expand(word, vocabulary as string[]));
  const hits: SearchHit[] = [];
  for (const item of index) {
    let score = 0;
    let matched = 0;
    for (const expansion of expansions) {
      let best = 0;
      for (const [term, closeness] of expansion) {
        const weight = item.terms.get(term);
        if (weight !== undefined) best = Math.max(best, weight * closeness);
      }
      if (best > 0) matched++;
      score += best;
    }
    // Every word should count: an entry matching all words beats one matching a single word strongly.
    if (matched > 0) hits.push({ entry: item.entry, score: score * (matched / words.length) ** 2 });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.value - b.entry.value);
  return hits.slice(0, Math.max(1, Math.min(options.limit ?? 10, 100)));
}

/** Vocabulary terms close to a word: itself (1), extensions of it (0.8), a typo away (0.6). */
function expand(word: string, terms: readonly string[]): Map<string, number> {
  const found = new Map<string, number>([[word, 1]]);
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  for (const term of terms) {
    if (term === word) continue;
    if (word.length >= 3 && term.startsWith(word)) found.set(term, 0.8);
    else if (
      allowed > 0 &&
      Math.abs(term.length - word.length) <= allowed &&
      editDistance(word, term, allowed) <= allowed
    )
      found.set(term, 0.6);
  }
  return found;
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
