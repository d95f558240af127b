// One normalisation for every text comparison (message keys, search terms), so
// that "Connection reset by peer", "connection reset by peer." and a message
// broken over two lines with CRLF all meet the same key. Non-ASCII characters are
// written as \u escapes: the library bundle stays ASCII (see scripts/compile.mjs).

const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]|[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
/** Punctuation a text may end with that is not part of it (a class's characters, for both patterns below). */
const FINAL = ".\\u3002!,;:";
const TRAILING = new RegExp(`[\\s${FINAL}]+$`, "u");

/**
 * Turkish dotted capital and dotless small i, both folded to i, and the combining dot above
 * dropped: upper case depends on the locale (Turkish "BİR", elsewhere "BIR"), and "İ"
 * lower-cases to i and a combining dot (U+0307) by the default rules.
 */
const TURKISH_I = /(?:[\u0130\u0131]|\u0307)/g;

/**
 * What makes normalising more than lower-casing: a quote to replace, whitespace that is
 * not one space between words, punctuation at the end, or a Turkish i.
 */
const IRREGULAR = new RegExp(`${TYPOGRAPHIC.source}|[^\\S ]| {2}|^ | $|[${FINAL}]$|(?:[\u0130\u0131]|\u0307)`);

/** Lower-case, plain quotes, single spaces, no trailing punctuation, Turkish i as i. */
export function normaliseMessage(text: string): string {
  // Most inputs ("[WinError 10061]", a code name, a message as printed less its period) need
  // only lower-casing, which costs a fraction of the five replacements.
  if (!IRREGULAR.test(text)) return text.toLowerCase();
  return text
    .replace(TURKISH_I, (char) => (char === "\u0307" ? "" : "i"))
    .replace(TYPOGRAPHIC, (quote) => (/[\u201C-\u201F\u00AB\u00BB]/.test(quote) ? '"' : "'"))
    .replace(/\s+/g, " ")
    .trim()
    .replace(TRAILING, "")
    .toLowerCase();
}

/** Search folding: lower-case, no diacritics (ä → a), ß → ss. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\u00DF/g, "ss")
    .toLowerCase();
}
