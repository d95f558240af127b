// Indexes over the generated table, built once at import. Every map is keyed
// by a normalised form (upper-case names, normalised message text) and every
// object map has a null prototype, so "__proto__" or "constructor" find nothing.
import { normaliseMessage } from "../normalise.ts";
import { LIBUV_VERSION, STORED } from "./core.generated.ts";
import { expandEntries } from "./derive.ts";
import type { CatalogueEntry } from "./types.ts";

export { SYMBOLS, type WinsockSymbol } from "./core.generated.ts";

/** Every catalogue entry, in value order. */
export const ENTRIES: readonly CatalogueEntry[] = expandEntries(STORED, LIBUV_VERSION);
export * from "./types.ts";

export type PosixOs = "linux" | "macos" | "freebsd" | "msvc";
export const POSIX_OSES: readonly PosixOs[] = ["linux", "macos", "freebsd", "msvc"];

/** Winsock value → entry. */
export const BY_VALUE: ReadonlyMap<number, CatalogueEntry> = new Map(ENTRIES.map((entry) => [entry.value, entry]));

/** HRESULT (unsigned) → entry. */
export const BY_HRESULT: ReadonlyMap<number, CatalogueEntry> = new Map(
  ENTRIES.filter((entry) => entry.hresultSigned !== null).map((entry) => [
    (entry.hresultSigned as number) >>> 0,
    entry,
  ]),
);

type Multi = ReadonlyMap<string | number, readonly CatalogueEntry[]>;

function group<K>(pairs: Iterable<[K, CatalogueEntry]>): Map<K, CatalogueEntry[]> {
  const map = new Map<K, CatalogueEntry[]>();
  for (const [key, entry] of pairs) {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
  return map;
}

function* each<T>(fn: (entry: CatalogueEntry) => Iterable<T> | T | null | undefined): Iterable<[T, CatalogueEntry]> {
  for (const entry of ENTRIES) {
    const keys = fn(entry);
    if (keys === null || keys === undefined) continue;
    if (typeof keys === "object" && Symbol.iterator in keys) for (const key of keys) yield [key, entry];
    else yield [keys as T, entry];
  }
}

/** Symbol and every other spelling (upper-case) → entry. */
export const BY_NAME: ReadonlyMap<string, { entry: CatalogueEntry; primary: boolean }> = new Map(
  ENTRIES.flatMap((entry): [string, { entry: CatalogueEntry; primary: boolean }][] => [
    [entry.symbol.toUpperCase(), { entry, primary: true }],
    ...entry.spellings.map((spelling): [string, { entry: CatalogueEntry; primary: boolean }] => [
      spelling.toUpperCase(),
      { entry, primary: false },
    ]),
  ]),
);

/** POSIX errno name (upper-case) → entries. */
export const BY_POSIX_NAME: Multi = group(each((entry) => entry.crosswalk.posix?.name.toUpperCase()));

/** Node's err.code (upper-case) → entries, e.g. ENOTFOUND → WSAHOST_NOT_FOUND. */
export const BY_NODE_CODE: Multi = group(
  each((entry) => {
    const code = entry.crosswalk.libuv?.nodeCode;
    return code && code !== "UNKNOWN" ? code.toUpperCase() : null;
  }),
);

/** Negative errno Node reports on Windows → entries. */
export const BY_NODE_ERRNO_WINDOWS: Multi = group(
  each((entry) => (entry.crosswalk.libuv?.lost === "unknown" ? null : entry.crosswalk.libuv?.errnoWindows)),
);

/** errno number per OS → entries. */
export const BY_ERRNO: Readonly<Record<PosixOs, Multi>> = {
  linux: group(each((entry) => entry.crosswalk.posix?.linux)),
  macos: group(each((entry) => entry.crosswalk.posix?.macos)),
  freebsd: group(each((entry) => entry.crosswalk.posix?.freebsd)),
  msvc: group(each((entry) => entry.crosswalk.posix?.msvc)),
};

/** .NET SocketError member (lower-case) → entries. */
export const BY_DOTNET: Multi = group(each((entry) => entry.crosswalk.dotnet?.toLowerCase()));

/** Rust io::ErrorKind (lower-case) → entries; the catch-all kinds are left out because they identify nothing. */
export const BY_RUST_KIND: Multi = group(
  each((entry) => {
    const kind = entry.crosswalk.rust;
    return kind && !/^(Uncategorized|Other)$/.test(kind) ? kind.toLowerCase() : null;
  }),
);

/** Python OSError subclass (lower-case) → entries; plain OSError identifies nothing. */
export const BY_PYTHON_EXCEPTION: Multi = group(
  each((entry) => {
    const exception = entry.crosswalk.python?.exception;
    return exception && exception !== "OSError" ? exception.toLowerCase() : null;
  }),
);

export interface MessageKey {
  readonly entry: CatalogueEntry;
  readonly lang: string;
}

/** Normalised FormatMessage text → entries and language (WSAENOMORE and WSA_E_NO_MORE share a text). */
export const BY_MESSAGE: ReadonlyMap<string, readonly MessageKey[]> = (() => {
  const map = new Map<string, MessageKey[]>();
  for (const entry of ENTRIES) {
    for (const [lang, text] of Object.entries(entry.messages)) {
      const key = normaliseMessage(text as string);
      map.set(key, [...(map.get(key) ?? []), { entry, lang }]);
    }
  }
  return map;
})();

/** Length of the shortest message key, to skip containment scans on shorter input. */
export const SHORTEST_MESSAGE = Math.min(...[...BY_MESSAGE.keys()].map((key) => key.length));
