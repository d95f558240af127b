// The search box's index, built once on the server (or by build-site) and queried
// in the browser, so searching works on a static host and costs no request per key.
// It mirrors src/search.ts (same tokens, field weights and typo tolerance) and adds
// exact keys (numbers, hex, names) with prefix matching for names typed half-way.
// The query half imports nothing but normalise.ts, so the page script stays small.
import { foldForSearch } from "../normalise.ts";

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

/** Field weights, as in src/search.ts. */
export const FIELD_WEIGHT = { name: 5, title: 4, message: 3, summary: 2, body: 1 } as const;

export function tokens(text: string): string[] {
  return foldForSearch(text).match(/[a-z0-9_]{2,}/g) ?? [];
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

/** Term positions close to a word: itself (1), extensions of it (0.8), a typo away (0.6). */
function expand(word: string, terms: readonly string[]): Map<number, number> {
  const found = new Map<number, number>();
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  terms.forEach((term, position) => {
    if (term === word) found.set(position, 1);
    else if (word.length >= 3 && term.startsWith(word)) found.set(position, 0.8);
    else if (allowed > 0 && Math.abs(term.length - word.length) <= allowed && withinEdits(word, term, allowed))
      found.set(position, 0.6);
  });
  return found;
}

/** Whether the Levenshtein distance is at most `limit` (gives up early). */
function withinEdits(a: string, b: string, limit: number): boolean {
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
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}
