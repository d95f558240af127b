// The search box's index, built once on the server (or by build-site) and queried
// in the browser, so searching works on a static host and costs no request per key.
// It follows the same rules as src/search.ts (src/search-terms.ts) and adds
// exact keys (numbers, hex, names) with prefix matching for names typed half-way.
// The query half imports no catalogue data, so the page script stays small.
import { closeness, FIELD_WEIGHT, tokens } from "../search-terms.ts";

export { FIELD_WEIGHT, tokens };

export interface SearchIndex {
  readonly entries: readonly IndexedEntry[];
  /** Every search term once; entries refer to terms by position. */
  readonly terms: readonly string[];
}

export interface IndexedEntry {
  readonly value: number;
  readonly symbol: string;
  readonly title: { readonly en: string; readonly de: string };
  /** Exact keys, lower-case: value, hex, HRESULT, symbol, spellings and the names other runtimes use. */
  readonly keys: readonly string[];
  /** Field weight → term positions, ascending and delta-encoded (each the gap from the one before): half the bytes. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface IndexHit {
  readonly entry: IndexedEntry;
  readonly score: number;
}

/** Entries for a query, best first: exact keys, then key prefixes, then full text. */
export function querySearchIndex(index: SearchIndex, query: string, limit = 10): IndexHit[] {
  const q = query
    .slice(0, 512)
    .trim()
    .toLowerCase()
    .replace(/^(?:system\.net\.sockets\.)?socketerror\./, "");
  if (q === "") return [];
  const scores = new Map<IndexedEntry, number>();
  const raise = (entry: IndexedEntry, score: number) => scores.set(entry, Math.max(scores.get(entry) ?? 0, score));
  const numeric = /^-?\d+$/.test(q);
  for (const entry of index.entries) {
    for (const key of entry.keys) {
      if (key === q) raise(entry, 1000);
      // Half-typed names and numbers: "wsaeconn", "1005", "0x27".
      else if (q.length >= (numeric ? 3 : 2) && key.startsWith(q)) raise(entry, 500 - (key.length - q.length));
    }
  }
  const words = [...new Set(tokens(q))].slice(0, 12);
  if (words.length > 0) {
    const expansions = words.map((word) => expand(word, index.terms));
    for (const entry of index.entries) {
      const weightOf = termWeights(entry);
      let score = 0;
      let matched = 0;
      for (const expansion of expansions) {
        let best = 0;
        for (const [term, closeness] of expansion) {
          const weight = weightOf.get(term);
          if (weight !== undefined) best = Math.max(best, weight * closeness);
        }
        if (best > 0) matched++;
        score += best;
      }
      if (matched > 0) raise(entry, score * (matched / words.length) ** 2);
    }
  }
  return [...scores]
    .map(([entry, score]) => ({ entry, score }))
    .sort((a, b) => b.score - a.score || a.entry.value - b.entry.value)
    .slice(0, limit);
}

const decoded = new WeakMap<IndexedEntry, Map<number, number>>();

/** Term position → weight, decoded once per entry. */
function termWeights(entry: IndexedEntry): Map<number, number> {
  let map = decoded.get(entry);
  if (map === undefined) {
    map = new Map();
    for (const [weight, gaps] of Object.entries(entry.weights)) {
      let position = 0;
      for (const gap of gaps) {
        position += gap;
        map.set(position, Number(weight));
      }
    }
    decoded.set(entry, map);
  }
  return map;
}

/** Delta-encodes ascending term positions (see IndexedEntry.weights). */
export function encodePositions(positions: readonly number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  return sorted.map((position, i) => (i === 0 ? position : position - (sorted[i - 1] as number)));
}

/** Term positions close to a word, with their closeness (src/search-terms.ts). */
function expand(word: string, terms: readonly string[]): Map<number, number> {
  const found = new Map<number, number>();
  terms.forEach((term, position) => {
    const near = closeness(word, term);
    if (near > 0) found.set(position, near);
  });
  return found;
}
