// Every printed text the explainer looks for in logs: Windows' messages (the
// entries' en/de texts and MATCH_TEXTS' other languages), Java's Windows texts
// and glibc's socket texts. Each text gets anchors: literal, case-sensitive
// pieces of it that the block prefilter can find cheaply, in the text's own case
// and re-cased; a line holding an anchor is then checked for the whole text,
// normalised (which ignores case).

import { type CatalogueEntry, ENTRIES, indexes } from "../catalogue/index.ts";
import { matchTexts } from "../catalogue/match-texts.generated.ts";
import { normaliseMessage } from "../normalise.ts";
import type { Platform } from "../resolve.ts";
import { isSocketSpecific } from "./policy.ts";

export interface TextKey {
  readonly entry: CatalogueEntry;
  /** The text as normalise() gives it. */
  readonly norm: string;
  readonly lang: string;
  readonly platform: Platform;
  readonly dialect: string;
  /**
   * Literal pieces of the original text (case-sensitive): one from each half, so that a
   * message broken over two lines keeps at least one whole; each as printed, and lower
   * case, upper case and capitalised (caseVariants), then cut to start inside its first
   * word (cutShort).
   */
  readonly anchors: readonly string[];
}

let keys: TextKey[] | undefined;

/** All texts with their anchors, built on first use. */
export function textKeys(): readonly TextKey[] {
  keys ??= buildKeys();
  return keys;
}

function buildKeys(): TextKey[] {
  const raw: { text: string; entry: CatalogueEntry; lang: string; platform: Platform; dialect: string }[] = [];
  for (const entry of ENTRIES) {
    for (const [lang, text] of Object.entries(entry.messages)) {
      if (text) raw.push({ text, entry, lang, platform: "windows", dialect: "windows-message" });
    }
  }
  const bySymbol = indexes().name;
  for (const text of matchTexts()) {
    const entry = bySymbol.get(text.symbol)?.entry;
    if (!entry) continue;
    // Alone in a log, glibc's "Permission denied" is nearly always a file error: keep socket texts only.
    if (text.dialect === "posix-message" && !isSocketSpecific(entry.crosswalk.posix?.name ?? "EAI_")) continue;
    // curl's short texts ("Timed out") say nothing alone: the curl recogniser reads them after its prefixes.
    if (text.dialect === "curl") continue;
    raw.push({ text: text.text, entry, lang: text.lang, platform: text.platform, dialect: text.dialect });
  }
  return raw.map(({ text, entry, lang, platform, dialect }) => ({
    entry,
    norm: normaliseMessage(text),
    lang,
    platform,
    dialect,
    anchors: anchorsOf(text, lang),
  }));
}

/**
 * The text's anchors in every case (caseVariants), each cut short after re-casing
 * (cutShort): logs re-case and re-space a text in more ways than the variants spell out
 * ("by the Remote Host", a title keeping small words lower case; tabs between words).
 */
function anchorsOf(text: string, lang: string): string[] {
  return [
    ...new Set(
      chooseAnchors(text, lang).flatMap((piece) => caseVariants(piece, lang).map((variant) => cutShort(variant, lang))),
    ),
  ];
}

/**
 * An anchor as printed and as logs and people re-case the text: all lower case, all upper
 * case, and each word capitalised ("An Existing Connection Was Forcibly Closed by the Remote
 * Host", a ticket's title), by the text's own language's rules too (Turkish "BİR") and by
 * the default ones ("BIR"; and "BİR" lower-cased by them, "bi̇r", with a combining dot above,
 * which the comparison drops). The whole text is then compared without case. No variant
 * whose length changes otherwise: German "ß" upper-cases to "SS", which no comparison takes
 * for "ß".
 */
function caseVariants(anchor: string, lang: string): string[] {
  const variants = [anchor];
  for (const locale of [undefined, knownLocale(lang)]) {
    const lower = anchor.toLocaleLowerCase(locale);
    const upper = anchor.toLocaleUpperCase(locale);
    variants.push(lower, upper, capitalised(lower, locale), upper.toLowerCase());
  }
  return [...new Set(variants.filter((variant) => variant.replaceAll("\u0307", "").length === anchor.length))];
}

/** The text with each word's first letter, if lower case, upper-cased (by `locale`'s rules, else the default ones). */
export function capitalised(text: string, locale?: string): string {
  return text.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toLocaleUpperCase(locale),
  );
}

/** The language as a locale for case mapping; undefined (the default rules) when it is none. */
function knownLocale(lang: string): string | undefined {
  try {
    "i".toLocaleUpperCase(lang);
    return lang;
  } catch {
    return undefined;
  }
}

/**
 * Two words together are rare in ordinary log lines even when each word is common
 * ("remote host", "actively refused"): the longest pair from each half of the text.
 * Scripts without spaces (Chinese, Japanese) get four characters from each half.
 * Never the final period: texts are found with it doubled or missing ("… is in progress",
 * Japanese "…切断されました" without "。"). In a half with pairs free of typographic quotes, one
 * of those.
 */
function chooseAnchors(printed: string, lang: string): string[] {
  const text = printed.replace(/[\s.。．!！]+$/u, "");
  if (!/\s/.test(text.trim())) {
    const quarter = Math.floor(text.length / 4);
    const pieces = [
      [quarter, quarter + 4],
      [Math.max(0, 3 * quarter - 2), 3 * quarter + 2],
    ] as const;
    return [...new Set(pieces.map(([start, end]) => widenedByCharacters(text, start, end)))];
  }
  const half = text.length / 2;
  // Pairs after the first word (its case varies); a short text may only have the first pair.
  let pairs = [...text.matchAll(/(?<=\s)\S+ \p{Ll}[^\s.,;:!?]*/gu)];
  if (pairs.length === 0) pairs = [...text.matchAll(/\S+ \S+/gu)];
  const found = pairs.map((match) => ({ at: match.index, text: match[0] }));
  // (Pairs without a typographic quote first: people and programs retype French "d’accès" as
  // "d'accès", which the comparison folds, but only once an anchor has put the line forward.)
  const typographic = (pair: { text: string }) => (/[\u2018-\u201F]/.test(pair.text) ? 1 : 0);
  const longest = (list: { at: number; text: string }[]) =>
    list.sort((a, b) => typographic(a) - typographic(b) || b.text.length - a.text.length)[0]?.text;
  const anchors = [longest(found.filter((pair) => pair.at < half)), longest(found.filter((pair) => pair.at >= half))];
  return [
    ...new Set(
      anchors.filter((anchor): anchor is string => anchor !== undefined).map((anchor) => widened(text, anchor, lang)),
    ),
  ];
}

/**
 * A piece cut so that it starts inside its first word, and so matches whatever case that
 * word starts with: at its rarest lower-case ASCII letter when what remains is one word
 * ("unreachable" for "is unreachable", which also matches whatever spaces part the text's
 * words, and which a break between them cannot split), else just after its first letter
 * ("he Remote" for "the Remote"), which leaves the byte prefilter more of it to sample
 * ("SAStartup failed", not "p failed").
 */
function cutShort(piece: string, lang: string): string {
  let atRareLetter = cutAtRareLetter(piece);
  // (Not, in another language, down to the tail of a word, which may be an English word: French
  // "réseau impossible" cut to "possible" put every English line with that word forward.)
  const cutAt = piece.length - atRareLetter.length;
  if (
    lang !== "en" &&
    cutAt > 0 &&
    LETTER.test(piece.charAt(cutAt - 1)) &&
    !atRareLetter.includes(" ") &&
    ASCII_ONLY.test(atRareLetter)
  )
    atRareLetter = piece;
  if (!atRareLetter.includes(" ") || !/^[A-Za-z]/.test(piece) || piece.length <= 8) return atRareLetter;
  return piece.slice(1);
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const LETTER = /\p{L}/u;

/** English letters, most frequent first. */
const LETTER_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

/**
 * The piece cut to start at its rarest lower-case ASCII letter ("unreachable" for "is
 * unreachable"), as long as eight characters or more remain, so that it stays distinctive;
 * a piece without such a letter (in capitals) stays whole.
 */
function cutAtRareLetter(piece: string): string {
  let best = -1;
  let rarity = -1;
  for (let at = 0; piece.length - at >= 8; at++) {
    const rank = LETTER_FREQUENCY.indexOf(piece[at] as string);
    if (rank > rarity) {
      best = at;
      rarity = rank;
    }
  }
  return best > 0 ? piece.slice(best) : piece;
}

/** The byte prefilter's shortest anchor: six bytes. */
const SHORTEST = 6;
/** Two short words, such as every log holds. */
const SHORT_WORDS = /^[A-Za-z]{1,4} [A-Za-z]{1,4}$/;

/** A piece of a text without spaces ("Timeout"), widened a character at a time to six bytes or more. */
function widenedByCharacters(text: string, start: number, end: number): string {
  const encoder = new TextEncoder();
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (encoder.encode(text.slice(from, to)).length < SHORTEST && (to < text.length || from > 0)) {
    if (to < text.length) to++;
    else from--;
  }
  return text.slice(from, to);
}

/**
 * A short pair ("is in") widened by the next word, or else the previous one, to six bytes or
 * more; and an English pair of two short words ("does not", "in use"), everywhere in logs, by
 * one word.
 */
function widened(text: string, anchor: string, lang: string): string {
  let start = text.indexOf(anchor);
  let end = start + anchor.length;
  const encoder = new TextEncoder();
  const bytes = () => encoder.encode(text.slice(start, end)).length;
  let everyday = lang === "en" && SHORT_WORDS.test(anchor);
  while ((bytes() < SHORTEST || everyday) && (end < text.length || start > 0)) {
    everyday = false;
    if (end < text.length) {
      const next = text.slice(end + 1).search(/\s|$/);
      end = Math.min(text.length, end + 1 + next);
    } else start = Math.max(0, text.lastIndexOf(" ", start - 2) + 1);
  }
  return text.slice(start, end);
}
