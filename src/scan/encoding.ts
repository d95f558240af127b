// Which text encoding a log's bytes are in. Most logs are UTF-8 (or ASCII), but Windows
// PowerShell 5 writes UTF-16LE with `>` and Out-File, and so do some Windows tools: read
// as UTF-8, such a log holds no anchor at all. And a Windows program may write its log in the
// system's ANSI code page: German Windows' texts then hold "ü" as one byte (0xFC), which UTF-8
// reads as U+FFFD. Runtime-neutral (Node and the browser).

export type LogEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Bytes enough to tell (a byte order mark, or the pattern of zero bytes). */
export const SNIFF_BYTES = 4096;

/**
 * The encoding of a text starting with these bytes: a byte order mark says; without one,
 * text that is mostly ASCII in UTF-16 has a zero byte in every other place (the odd ones
 * in little-endian order, the even ones in big-endian), which UTF-8 text never has. (UTF-16
 * without a mark and mostly in other scripts is read as UTF-8: PowerShell writes the mark.)
 * Bytes beyond ASCII that are not UTF-8, with no UTF-8 character among them, are read as
 * windows-1252, Western Windows' ANSI code page (the German, French, Spanish, Italian,
 * Portuguese and Dutch systems'); another code page is the caller's to name (`encoding`).
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
  if (pairs >= 8) {
    if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return "utf-16le";
    if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return "utf-16be";
  }
  return isAnsi(bytes) ? "windows-1252" : "utf-8";
}

/**
 * Whether bytes beyond ASCII are there and none of them is part of a UTF-8 character: text in
 * a single-byte code page. (A UTF-8 log with one stray byte stays UTF-8; a character cut at the
 * end counts as UTF-8.)
 */
function isAnsi(bytes: Uint8Array): boolean {
  let high = false;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at] as number;
    if (byte < 0x80) continue;
    high = true;
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let continued = 1;
    while (continued < length && at + continued < bytes.length && ((bytes[at + continued] as number) & 0xc0) === 0x80)
      continued++;
    if (continued === length || at + continued === bytes.length) return false;
  }
  return high;
}

/**
 * The encoding a caller names for a log's bytes, by any label TextDecoder knows ("windows-1252",
 * "cp1252", "shift_jis", "gbk", "windows-1251", "euc-kr", "big5", …: the ANSI code page a Windows
 * program may write its log in), as TextDecoder names it; undefined for UTF-8 or none, which
 * leave the bytes to the UTF-8 byte path and sniffEncoding. An unknown label throws a RangeError.
 */
export function givenEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = new TextDecoder(decoderLabel(label)).encoding;
  return name === "utf-8" ? undefined : name;
}

/** Whether TextDecoder knows the label, or it is a Windows code page number it reads. */
export function isEncodingLabel(label: string): boolean {
  try {
    new TextDecoder(decoderLabel(label));
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows' code page numbers ("1252", "cp932", "windows-1251"), by the .NET name Microsoft gives
 * each (MicrosoftDocs/win32@798e30e40e7fab54ddab17c66e1112f2ab7bb816:
 * desktop-src/Intl/code-page-identifiers.md), which TextDecoder knows as a label: the system's
 * ANSI code pages, in which programs write their logs, and every other one of that table
 * TextDecoder reads; not the console's OEM code pages (437, 850: `chcp`), which it does not
 * read (866 it does).
 */
const WINDOWS_CODE_PAGES: Readonly<Record<string, string>> = {
  "866": "cp866",
  "874": "windows-874",
  "932": "shift_jis",
  "936": "gb2312",
  "949": "ks_c_5601-1987",
  "950": "big5",
  "1200": "utf-16",
  "1201": "unicodeFFFE",
  "1250": "windows-1250",
  "1251": "windows-1251",
  "1252": "windows-1252",
  "1253": "windows-1253",
  "1254": "windows-1254",
  "1255": "windows-1255",
  "1256": "windows-1256",
  "1257": "windows-1257",
  "1258": "windows-1258",
  "10000": "macintosh",
  "10007": "x-mac-cyrillic",
  "20127": "us-ascii",
  "20866": "koi8-r",
  "20932": "euc-jp",
  "21866": "koi8-u",
  "28591": "iso-8859-1",
  "28592": "iso-8859-2",
  "28593": "iso-8859-3",
  "28594": "iso-8859-4",
  "28595": "iso-8859-5",
  "28596": "iso-8859-6",
  "28597": "iso-8859-7",
  "28598": "iso-8859-8",
  "28599": "iso-8859-9",
  "28603": "iso-8859-13",
  "28605": "iso-8859-15",
  "38598": "iso-8859-8-i",
  "50220": "iso-2022-jp",
  "50221": "csISO2022JP",
  "50222": "iso-2022-jp",
  "51932": "euc-jp",
  "51949": "euc-kr",
  "54936": "GB18030",
  "65001": "utf-8",
};

/** The label to give TextDecoder: a Windows code page number as its name, anything else as it is. */
export function decoderLabel(label: string): string {
  const number = /^(?:cp|windows-)?(\d{3,5})$/i.exec(label.trim())?.[1];
  return (number !== undefined && Object.hasOwn(WINDOWS_CODE_PAGES, number) && WINDOWS_CODE_PAGES[number]) || label;
}

/**
 * Whether a caller's encoding gives way to what the first bytes say: a byte order mark, UTF-16's
 * zero bytes, or text beyond ASCII that is valid UTF-8 (a log in a code page is rarely that:
 * "é" in windows-1252 is a byte UTF-8 cannot start a character with before ASCII).
 */
export function bytesOverruleLabel(start: Uint8Array, sniffed: LogEncoding): boolean {
  // (Not a guess of windows-1252: the caller's code page is the better word for non-UTF-8 bytes.)
  if (sniffed === "windows-1252") return false;
  if (sniffed !== "utf-8") return true;
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return true;
  return start.some((byte) => byte >= 0x80) && isUtf8(start);
}

/**
 * A decoder for text starting with these bytes: in the encoding they tell, or in `label` (a
 * TextDecoder label) where the caller names one and the bytes do not overrule it.
 */
export function decoderFor(start: Uint8Array, label?: string): TextDecoder {
  const sniffed = sniffEncoding(start);
  return new TextDecoder(label !== undefined && !bytesOverruleLabel(start, sniffed) ? label : sniffed);
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
