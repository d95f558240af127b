// The browser core: the verbs that turn an error into an explanation, with English
// titles built in. Full prose per language: `await loadLanguage("en" | "de")`. The text
// card (`format`) is for terminals; pages render entries themselves (crosswalkRows, textFor).
// Imports name their modules (not index.ts) so the bundle carries nothing else;
// search and the retry presets are left to bundlers importing the package.
// (In this order the bundle gzips to about 250 bytes less than in others tried: the order of
// the modules in it decides what gzip finds to repeat.)
// biome-ignore-all assist/source/organizeImports: the order is chosen for the bundle's gzip size
export { loadLanguage, textFor } from "./i18n/text.ts";
export type { CatalogueEntry, EntryText, Lang } from "./catalogue/index.ts";
export { pickLang } from "./i18n/locale.ts";
export { isWinsockError, WinsockError } from "./errors.ts";
export { type Candidate, lookup, resolve } from "./resolve.ts";
export { ENTRIES } from "./catalogue/index.ts";
export { crosswalkRows } from "./format.ts";
export { type Classification, classify, isRetryable } from "./classify.ts";
export { type ErrorMatch, fromError } from "./from-error.ts";
