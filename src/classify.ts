// Category, severity and retry advice, read from the catalogue — no branches on codes here.
import {
  BY_VALUE,
  type CatalogueEntry,
  type Category,
  type Lang,
  type RetryAdvice,
  type Severity,
} from "./catalogue/index.ts";
import { fromError, read } from "./from-error.ts";
import { textFor } from "./i18n/text.ts";
import { lookup } from "./resolve.ts";

export interface Classification {
  readonly entry: CatalogueEntry;
  readonly category: Category;
  readonly severity: Severity;
  readonly retry: RetryAdvice;
  /** True for "retry" and "retry-later": trying again, unchanged, can succeed. */
  readonly retryable: boolean;
  /** One line: why that advice, in the language asked for. */
  readonly reason: string;
}

/** True when the value is one of the catalogue's own entries. */
export function isCatalogueEntry(value: unknown): value is CatalogueEntry {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      BY_VALUE.get((value as { value?: unknown }).value as number) === value
    );
  } catch {
    // A revoked proxy, a throwing getter: not an entry.
    return false;
  }
}

/** An entry itself, anything lookup() accepts, or any thrown value. */
export function entryOf(value: unknown): CatalogueEntry | undefined {
  if (isCatalogueEntry(value)) return value;
  if (typeof value === "object" && value !== null) return fromError(value)?.entry;
  return lookup(value);
}

/** Classification of anything that names a socket error, or undefined. */
export function classify(value: unknown, options: { lang?: Lang } = {}): Classification | undefined {
  const entry = entryOf(value);
  if (!entry) return undefined;
  return {
    entry,
    category: entry.category,
    severity: entry.severity,
    retry: entry.retry,
    retryable: entry.retry === "retry" || entry.retry === "retry-later",
    // (Options read as any value: a revoked proxy gives English.)
    reason: textFor(entry, read(options, "lang") as Lang | undefined).retryReason,
  };
}

/** Whether trying the same operation again can succeed, for any error value; false when unknown. */
export function isRetryable(error: unknown): boolean {
  return classify(error)?.retryable ?? false;
}
