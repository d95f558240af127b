// Message matching compares normalised text (lower case, single spaces, plain
// quotes); findings must still point at the original characters. This keeps,
// for every normalised character, the index it came from.
export interface MappedText {
  readonly text: string;
  /** starts[i] is the index in the original of normalised character i; one extra entry for the end. */
  readonly starts: readonly number[];
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

/** The same folding as normaliseMessage() (src/normalise.ts), but keeping positions. */
export function mapNormalised(original: string): MappedText {
  let text = "";
  const starts: number[] = [];
  let space = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (char === " " || char === "\t" || char === "\r" || char === "\n" || char === "\u00A0") {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += " ";
      starts.push(i);
      space = false;
    }
    text += (QUOTES[char] ?? char).toLowerCase();
    starts.push(i);
  }
  starts.push(original.length);
  return { text, starts };
}
