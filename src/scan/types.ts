// What the log explainer reports. One Finding per socket error found; the CLI's
// --json prints exactly these objects as NDJSON (schema in the README).
import type { Platform } from "../resolve.ts";

/** How the code was recognised. */
export type Evidence =
  | "decimal" // a Winsock number in a known shape: [WinError 10054], (os error 10054), Socket Error # 10054
  | "hex" // 0x2746, (0x0000274D/10061)
  | "hresult" // 0x80072746
  | "symbol" // WSAECONNRESET, SocketError.ConnectionReset
  | "runtime-code" // ECONNRESET, errno: -4077, io::ErrorKind, Python exception classes
  | "message"; // the FormatMessage text or a runtime's printed text

export interface Finding {
  /** The file it came from; null for text given directly. */
  readonly file: string | null;
  /** 1-based line of the start of the match (the first line of a message split over two). */
  readonly line: number;
  /** 1-based column of the start of the match, in characters (UTF-16 code units) of that line. */
  readonly column: number;
  /** The matched text, as it stands in the input (at most 300 characters). */
  readonly text: string;
  /** The Winsock number of the entry; for a POSIX finding, its Winsock equivalent. */
  readonly code: number;
  readonly symbol: string;
  /** "windows" for Windows shapes, "posix" for Linux/macOS errno and texts, else "unknown". */
  readonly platform: Platform;
  readonly evidence: Evidence;
  /** The message language ("en", "de") for message findings, else null. */
  readonly lang: string | null;
  /** Which recogniser found it, e.g. "python-winerror", "go-op", "node-errno" (see src/scan/recognisers.ts). */
  readonly dialect: string;
  /**
   * The line it was found on (at most 400 characters of it, around the match, "…" where cut),
   * only when the scan was asked for it (`lines: true`; the CLI's text output). Not in --json.
   */
  readonly lineText?: string;
}

export interface CodeSummary {
  readonly code: number;
  readonly symbol: string;
  readonly count: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The files of the first and the last finding (their lines' files), where findings name theirs. */
  readonly firstFile?: string;
  readonly lastFile?: string;
  readonly platforms: readonly Platform[];
}

export interface ScanSummary {
  /** Findings in all. */
  readonly total: number;
  /** Per code, most frequent first. */
  readonly codes: readonly CodeSummary[];
}
