// What the search box and GET /api/v1/search answer: the resolver's readings of the
// whole input first (10054, 0x2746, WSAECONNRESET, econnreset, a full message; else what
// the log explainer reads in it, as the lookup does), then full-text hits over titles and
// prose in both languages, each entry once.
import type { CatalogueEntry, Lang } from "../catalogue/types.ts";
import { textFor } from "../i18n/text.ts";
import { resolveOrScanned } from "../scan/candidates.ts";
import { search } from "../search.ts";

export interface FoundCode {
  readonly symbol: string;
  readonly value: number;
  readonly title: string;
  /** Resolver candidates: 0–100; full-text hits: the search rank's weight (comparable among text hits only). */
  readonly score: number;
  /** The resolver's reason ("decimal", "symbol", "posix-name", "message de"…) or "text" for a full-text hit. */
  readonly reason: string;
}

/** Longest query looked at: the search box sends words, not logs. */
export const MAX_QUERY = 512;

export function findCodes(query: string, lang: Lang, limit = 10): FoundCode[] {
  const q = query.slice(0, MAX_QUERY).trim();
  if (q === "") return [];
  const found = new Map<string, FoundCode>();
  // The resolver's readings first, then full-text hits; each code once, at its first place.
  const add = (entry: CatalogueEntry, score: number, reason: string) => {
    if (found.has(entry.symbol)) return;
    found.set(entry.symbol, {
      symbol: entry.symbol,
      value: entry.value,
      title: textFor(entry, lang).title,
      score,
      reason,
    });
  };
  for (const candidate of resolveOrScanned(q)) add(candidate.entry, candidate.score, candidate.reason);
  for (const hit of search(q, { limit })) add(hit.entry, Math.round(hit.score * 100) / 100, "text");
  return [...found.values()].slice(0, Math.max(1, Math.min(limit, 100)));
}
