// Message matching compares normalised text (lower case, single spaces, plain
// quotes); findings must still point at the original characters. This keeps,
// for every normalised character, the index it came from.
export interface MappedText {
  readonly text: string;
  /** The index in the original of normalised character i (the original's length from the end on). */
  at(index: number): number;
  /** The index in the original just after normalised character i − 1: where a match ending at i ends. */
  end(index: number): number;
}

const QUOTES: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/**
 * What makes folding more than lower-casing, past the line's indentation (which does not
 * count): line breaks, the quotes above, the one letter whose lower case depends on its
 * place (Σ), Turkish İ and ı (folded to i, as normaliseMessage does, which drops a combining
 * dot above), and whitespace
 * between words other than one space (a tab, a no-break space, or a space with another
 * blank after it).
 */
const IRREGULAR = /[\r\n\t\u00A0\u2018-\u201F\u2032\u00B4`\u00AB\u00BB\u03A3\u0130\u0131]|\u0307| [ \t\u00A0]/g;

/**
 * Whether folding the text is lower-casing it and no more. (Searched from past the
 * indentation with a pattern that starts at the rare characters and at spaces: a pattern
 * that looked at every character for a blank after it took a tenth of a dense log's scan.)
 */
export function foldsByLowerCase(original: string): boolean {
  let start = 0;
  for (; start < original.length; start++) {
    const code = original.charCodeAt(start);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) break;
  }
  IRREGULAR.lastIndex = start;
  return !IRREGULAR.test(original);
}

/** The same folding as normaliseMessage() (src/normalise.ts), but keeping positions. */
export function mapNormalised(original: string): MappedText {
  // Most log lines only need lower-casing, which keeps every position.
  const lower = original.toLowerCase();
  if (lower.length === original.length && foldsByLowerCase(original)) return new LowerCased(lower);
  return foldMapped(original);
}

/** A text folded by lower-casing only: every position its own. (An object, not closures: one per candidate line.) */
class LowerCased implements MappedText {
  constructor(readonly text: string) {}

  at(index: number): number {
    return Math.min(index, this.text.length);
  }

  end(index: number): number {
    return Math.min(index, this.text.length);
  }
}

/** The folding, character by character, keeping where each folded character came from. */
export function foldMapped(original: string): MappedText {
  let text = "";
  const starts: number[] = [];
  let space = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    // A combining dot above is dropped (the default rules' lower case of "İ" is i and one),
    // before a pending space is written: "a \u0307 b" folds as "a b" does.
    if (char === "\u0307") continue;
    if (char === " " || char === "\t" || char === "\r" || char === "\n" || char === "\u00A0") {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += " ";
      starts.push(i);
      space = false;
    }
    // Turkish İ and ı fold to i ("İ" would lower-case to two units). Were a lower case
    // longer, each of its units would come from this character.
    const folded = char === "\u0130" || char === "\u0131" ? "i" : (QUOTES[char] ?? char).toLowerCase();
    text += folded;
    for (let unit = 0; unit < folded.length; unit++) starts.push(i);
  }
  return {
    text,
    at: (index) => starts[index] ?? original.length,
    // Just after the last character matched, not at the next one (which may lie past spaces).
    end: (index) => (index <= 0 ? 0 : ((starts[index - 1] ?? original.length - 1) as number) + 1),
  };
}
