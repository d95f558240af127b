// Text from outside (a log's line, an argument) as a terminal may show it.

/**
 * Control characters (an escape sequence that would recolour, move the cursor or set the
 * window's title; a backspace, a bell) and bidirectional overrides (which reorder what is shown)
 * as U+FFFD; tabs and line breaks as spaces.
 */
export function printable(text: string): string {
  return text
    .replace(/\r?\n|\t/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, "\uFFFD");
}

/** The same, cut to `width` characters with an ellipsis: an input echoed on one line. */
export function printableShort(text: string, width = 80): string {
  return printable(text.length > width ? `${text.slice(0, width - 3)}…` : text);
}
