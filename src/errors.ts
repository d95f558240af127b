// The one error family: WinsockError carries a stable code, the Winsock number,
// a localised message, retry advice, and the original error as `cause`.
import type { CatalogueEntry, Lang, RetryAdvice } from "./catalogue/index.ts";
import { entryOf } from "./classify.ts";
import { textFor } from "./i18n/text.ts";

export class WinsockError extends Error {
  override readonly name = "WinsockError";
  /** The Winsock symbol, e.g. WSAECONNRESET. */
  readonly code: string;
  /** The Winsock number, e.g. 10054. */
  readonly errno: number;
  readonly retry: RetryAdvice;
  readonly entry: CatalogueEntry;

  /** From a catalogue entry (lookup() gives one); anything else is a TypeError. WinsockError.from() takes any value. */
  constructor(entry: CatalogueEntry, options: { lang?: Lang; cause?: unknown } = {}) {
    // (Said in words outside the browser core, which has no bytes for it: there, reading a
    // missing entry's symbol is the TypeError.)
    // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
    OUTSIDE_BROWSER: if (typeof entry?.symbol !== "string" || typeof entry.value !== "number")
      throw new TypeError(
        "WinsockError needs a catalogue entry (lookup() gives one; WinsockError.from() takes any value)",
      );
    super(`${entry.symbol} (${entry.value}): ${textFor(entry, option(options, "lang") as Lang).title}`, {
      cause: option(options, "cause"),
    });
    this.code = entry.symbol;
    this.errno = entry.value;
    this.retry = entry.retry;
    this.entry = entry;
  }

  /** Wraps any value that names a socket error; undefined when it names none. */
  static from(value: unknown, options: { lang?: Lang } = {}): WinsockError | undefined {
    if (isWinsockError(value)) return value;
    const entry = entryOf(value);
    return entry ? new WinsockError(entry, { lang: option(options, "lang") as Lang, cause: value }) : undefined;
  }
}

/**
 * One option as it can be read: none from an object whose getter throws, a revoked Proxy or
 * null (the functions stay total, README; the browser core has no room for plainOptions).
 */
function option(options: unknown, key: string): unknown {
  try {
    return (options as Record<string, unknown> | null | undefined)?.[key];
  } catch {
    return undefined;
  }
}

/** True for a WinsockError from this or another copy/realm of the library (checked by shape). */
export function isWinsockError(value: unknown): value is WinsockError {
  try {
    if (value instanceof WinsockError) return true;
    if (typeof value !== "object" || value === null) return false;
    const candidate = value as Partial<WinsockError>;
    return (
      candidate.name === "WinsockError" && typeof candidate.code === "string" && typeof candidate.errno === "number"
    );
  } catch {
    // A revoked proxy (instanceof asks for its prototype), a throwing getter: not one.
    return false;
  }
}
