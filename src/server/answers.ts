// The JSON the API answers, built from library calls alone (no HTTP here), so the
// shapes can be tested and documented (openapi.ts) apart from the routes.
import { CATEGORIES, type Category, ENTRIES } from "../catalogue/index.ts";
import type { Lang } from "../catalogue/types.ts";
import { candidateJson, entryJson } from "../cli/json-shapes.ts";
import type { Candidate } from "../resolve.ts";
import { resolveOrScanned } from "../scan/candidates.ts";
import { findCodes } from "./find.ts";

/** Candidates within this many points of the best one make an input ambiguous. */
const AMBIGUITY_MARGIN = 10;

export interface ErrorAnswer {
  readonly input: string;
  readonly lang: Lang;
  /** More than one entry fits about as well as the best (110 is ETIMEDOUT on Linux, EHOSTUNREACH in MSVC). */
  readonly ambiguous: boolean;
  readonly entry: ReturnType<typeof entryJson>;
  readonly candidates: ReturnType<typeof candidateJson>[];
}

/** The answer for one input, or undefined when nothing matches. */
export function errorAnswer(input: string, lang: Lang): ErrorAnswer | undefined {
  // (What resolve() finds nothing in, the log explainer may: "Connection refused: connect".)
  const candidates = resolveOrScanned(input);
  const best = candidates[0];
  if (!best) return undefined;
  return {
    input,
    lang,
    ambiguous: isAmbiguous(candidates),
    entry: entryJson(best.entry, lang),
    candidates: candidates.map(candidateJson),
  };
}

export function isAmbiguous(candidates: readonly Candidate[]): boolean {
  const best = candidates[0];
  if (!best) return false;
  const close = new Set(
    candidates.filter((other) => other.score >= best.score - AMBIGUITY_MARGIN).map((other) => other.entry),
  );
  return close.size > 1;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function listAnswer(lang: Lang, category: Category | undefined) {
  const entries = ENTRIES.filter((entry) => category === undefined || entry.category === category);
  return { lang, count: entries.length, entries: entries.map((entry) => entryJson(entry, lang)) };
}

export function searchAnswer(query: string, lang: Lang, limit: number) {
  return { query, lang, hits: findCodes(query, lang, limit) };
}

/** Up to three near misses for an input that matched nothing. */
export function suggestionsFor(input: string, lang: Lang) {
  return findCodes(input, lang, 3).map(({ symbol, value, title }) => ({ symbol, value, title }));
}
