// The browser core: the verbs that turn an error into an explanation, with English
// titles built in. Full prose per language: `await loadLanguage("en" | "de")`. The text
// card (`format`) is for terminals; pages render entries themselves (crosswalkRows, textFor).
// Imports name their modules (not index.ts) so the bundle carries nothing else;
// search and the retry presets are left to bundlers importing the package.
export type { CatalogueEntry, EntryText, Lang } from "./catalogue/index.ts";
export { ENTRIES } from "./catalogue/index.ts";
export { type Classification, classify, isRetryable } from "./classify.ts";
export { isWinsockError, WinsockError } from "./errors.ts";
export { crosswalkRows } from "./format.ts";
export { type ErrorMatch, fromError } from "./from-error.ts";
export { pickLang } from "./i18n/locale.ts";
export { loadLanguage, textFor } from "./i18n/text.ts";
export { type Candidate, lookup, resolve } from "./resolve.ts";
