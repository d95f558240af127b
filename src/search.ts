// Ranked full-text search over both languages, tolerant of typos. The index is
// built on first use, so importing the library stays cheap.
import { type CatalogueEntry, ENTRIES, LANGS } from "./catalogue/index.ts";
import { textFor } from "./i18n/text.ts";
import { closeness, tokens, weightedTexts } from "./search-terms.ts";

export interface SearchHit {
  readonly entry: CatalogueEntry;
  readonly score: number;
}

interface Indexed {
  readonly entry: CatalogueEntry;
  /** term → weight of the strongest field it appears in. */
  readonly terms: Map<string, number>;
}

let index: Indexed[] | undefined;
let vocabulary: string[] | undefined;

function buildIndex(): Indexed[] {
  return ENTRIES.map((entry) => {
    const terms = new Map<string, number>();
    for (const [text, weight] of weightedTexts(
      entry,
      LANGS.map((lang) => textFor(entry, lang)),
    )) {
      for (const term of tokens(text)) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    }
    return { entry, terms };
  });
}

/** Entries matching the words, best first; [] for empty or non-string queries. */
export function search(query: unknown, options: { limit?: number } = {}): SearchHit[] {
  if (typeof query !== "string") return [];
  options ??= {};
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
  // (A limit that is no number, an object even, gives the default; so do options that throw.)
  let limit = 10;
  try {
    const asked = Number(options.limit ?? 10);
    if (!Number.isNaN(asked)) limit = Math.floor(asked);
  } catch {}
  return hits.slice(0, Math.max(1, Math.min(limit, 100)));
}

/** Vocabulary terms close to a word, with their closeness (src/search-terms.ts). */
function expand(word: string, terms: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const term of terms) {
    const near = closeness(word, term);
    if (near > 0) found.set(term, near);
  }
  return found;
}
