// The documented JSON shapes (README "JSON output"); one place builds them.
import type { CatalogueEntry, Lang } from "../catalogue/index.ts";
import { sourcesFor } from "../catalogue/sources.ts";
import { textFor } from "../i18n/text.ts";
import type { Candidate } from "../resolve.ts";

export function entryJson(entry: CatalogueEntry, lang: Lang) {
  return { ...entry, lang, text: textFor(entry, lang), sources: sourcesFor(entry) };
}

export function candidateJson(candidate: Candidate) {
  const { entry, reason, reasons, score, platform, match } = candidate;
  return { symbol: entry.symbol, value: entry.value, reason, reasons, score, platform, match };
}
