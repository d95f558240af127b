// One normalisation for every text comparison (message keys, search terms), so
// that "Connection reset by peer", "connection reset by peer." and a message
// broken over two lines with CRLF all meet the same key. Non-ASCII characters are
// written as \u escapes: the library bundle stays ASCII (see scripts/compile.mjs).

const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]|[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
/** Punctuation a text may end with that is not part of it (a class's characters, for both patterns below). */
const FINAL = ".\\u3002!,;:";

/**
 * Turkish dotted capital and dotless small i, both folded to i, and the combining dot above
 * dropped: upper case depends on the locale (Turkish "BİR", elsewhere "BIR"), and "İ"
 * lower-cases to i and a combining dot (U+0307) by the default rules.
 */
const TURKISH_I = /(?:[\u0130\u0131]|\u0307)/g;

/** A quote to replace or a Turkish i (each replacement only where one is). */
const REPLACED = new RegExp(`${TYPOGRAPHIC.source}|${TURKISH_I.source}`);
/** Whitespace that is not one space between words. */
const SPACING = /[^\S ]| {2}/;

/**
 * What makes normalising more than lower-casing: a quote to replace, a Turkish i, whitespace
 * that is not one space between words, or punctuation or a space at an end.
 */
const IRREGULAR = new RegExp(`${REPLACED.source}|${SPACING.source}|^ | $|[${FINAL}]$`);
/** One character of what a text may end with and is cut: whitespace or final punctuation. */
const TRAILING_CHAR = new RegExp(`[\\s${FINAL}]`, "u");

/** Lower-case, plain quotes, single spaces, no trailing punctuation, Turkish i as i. */
export function normaliseMessage(text: string): string {
  // Most inputs ("[WinError 10061]", a code name, a message as printed less its period) need
  // only lower-casing, which costs a fraction of the replacements; and a message as printed,
  // with its period, only the cut at its end (each step is taken only where it changes something).
  if (!IRREGULAR.test(text)) return text.toLowerCase();
  let out = text;
  if (REPLACED.test(out))
    out = out
      .replace(TURKISH_I, (char) => (char === "\u0307" ? "" : "i"))
      .replace(TYPOGRAPHIC, (quote) => (/[\u201C-\u201F\u00AB\u00BB]/.test(quote) ? '"' : "'"));
  if (SPACING.test(out)) out = out.replace(/\s+/g, " ");
  out = out.trimStart();
  // (From the end, a character at a time: a pattern anchored at the end, [\s.!…]+$, is tried
  // from every position of the text.)
  let end = out.length;
  while (end > 0 && TRAILING_CHAR.test(out.charAt(end - 1))) end--;
  return out.slice(0, end).toLowerCase();
}

/** Search folding: lower-case, no diacritics (ä → a), ß → ss. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\u00DF/g, "ss")
    .toLowerCase();
}
