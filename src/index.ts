// Public surface of wsaerr: re-exports, and the log explainer as the resolver's last reader.

export type {
  CatalogueEntry,
  Category,
  Crosswalk,
  EntrySources,
  EntryText,
  Lang,
  RetryAdvice,
  Severity,
  WinsockSymbol,
} from "./catalogue/index.ts";
export { ENTRIES, SYMBOLS } from "./catalogue/index.ts";
export { sourcesFor } from "./catalogue/sources.ts";
export { type Classification, classify, isRetryable } from "./classify.ts";
export { isWinsockError, WinsockError } from "./errors.ts";
export { crosswalkRows, type FormatOptions, format } from "./format.ts";
export { type ErrorMatch, type Evidence, fromError } from "./from-error.ts";
export { pickLang } from "./i18n/locale.ts";
export { loadLanguage, textFor } from "./i18n/text.ts";
export { type Candidate, lookup, type Platform, resolve } from "./resolve.ts";
export { RETRYABLE_ERROR_CODES, retryPresets } from "./retry-presets.ts";
export { type FileScanOptions, scanFile } from "./scan/file-lazy.ts";
export {
  type CodeSummary,
  type Evidence as FindingEvidence,
  type Finding,
  type ScanSummary,
  type StreamOptions,
  SummaryBuilder,
  scan,
  scanStream,
  summarize,
} from "./scan/index.ts";
export { type SearchHit, search } from "./search.ts";

// Outside the browser core, resolve() (and lookup, fromError, classify, which use it) reads
// an input none of its forms match with the log explainer, as the CLI and the HTTP API do.
import { setUnmatchedReader } from "./resolve.ts";
import { scannedCandidates } from "./scan/candidates.ts";

setUnmatchedReader(scannedCandidates);
