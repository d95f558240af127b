// Which text encoding a log's bytes are in. Most logs are UTF-8 (or ASCII), but Windows
// PowerShell 5 writes UTF-16LE with `>` and Out-File, and so do some Windows tools: read
// as UTF-8, such a log holds no anchor at all. Runtime-neutral (Node and the browser).

export type LogEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Bytes enough to tell (a byte order mark, or the pattern of zero bytes). */
export const SNIFF_BYTES = 4096;

/**
 * The encoding of a text starting with these bytes: a byte order mark says; without one,
 * text that is mostly ASCII in UTF-16 has a zero byte in every other place (the odd ones
 * in little-endian order, the even ones in big-endian), which UTF-8 text never has.
 */
export function sniffEncoding(start: Uint8Array): LogEncoding {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  const pairs = Math.floor(Math.min(start.length, SNIFF_BYTES) / 2);
  if (pairs < 8) return "utf-8";
  let evenZeros = 0;
  let oddZeros = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (start[pair * 2] === 0) evenZeros++;
    if (start[pair * 2 + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return "utf-16be";
  return "utf-8";
}
