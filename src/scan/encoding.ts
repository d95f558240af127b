// Which text encoding a log's bytes are in. Most logs are UTF-8 (or ASCII), but Windows
// PowerShell 5 writes UTF-16LE with `>` and Out-File, and so do some Windows tools: read
// as UTF-8, such a log holds no anchor at all. Runtime-neutral (Node and the browser).

export type LogEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Bytes enough to tell (a byte order mark, or the pattern of zero bytes). */
export const SNIFF_BYTES = 4096;

/**
 * The encoding of a text starting with these bytes: a byte order mark says; without one,
 * text that is mostly ASCII in UTF-16 has a zero byte in every other place (the odd ones
 * in little-endian order, the even ones in big-endian), which UTF-8 text never has. (UTF-16
 * without a mark and mostly in other scripts is read as UTF-8: PowerShell writes the mark.)
 */
export function sniffEncoding(start: Uint8Array): LogEncoding {
  const bytes = start.subarray(0, SNIFF_BYTES);
  const pairs = Math.floor(bytes.length / 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[pair * 2] === 0) evenZeros++;
    if (bytes[pair * 2 + 1] === 0) oddZeros++;
  }
  // A byte order mark counts unless what follows says otherwise: few zero bytes where UTF-16
  // text would have them, and valid UTF-8 (junk that happens to begin FF FE; a UTF-16 line
  // a shell wrote before a UTF-8 log).
  const marked = (zeros: number) => zeros >= pairs * 0.2 || !isUtf8(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return marked(oddZeros) ? "utf-16le" : "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return marked(evenZeros) ? "utf-16be" : "utf-8";
  if (pairs < 8) return "utf-8";
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return "utf-16be";
  return "utf-8";
}

/** Whether the bytes are UTF-8 (a character cut at their end allowed). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
