// The expanded table and its indexes. ENTRIES and BY_VALUE exist from import (the
// number fast path needs them); every other index is built on first use, so
// importing the library stays cheap (the Node bundles parse ENTRIES from one JSON
// string: see load-entries.ts). Maps are keyed by a normalised form
// (upper-case names, normalised message text), so "__proto__" or "constructor"
// find nothing.
import { normaliseMessage } from "../normalise.ts";
import { hresultFromWin32 } from "./derive.ts";
import { loadEntries } from "./load-entries.ts";
import { loadOtherMessages } from "./load-other-messages.ts";
import type { CatalogueEntry } from "./types.ts";

export { SYMBOLS, type WinsockSymbol } from "./core.generated.ts";
export * from "./types.ts";

/** Every catalogue entry, in value order. */
export const ENTRIES: readonly CatalogueEntry[] = loadEntries();

/**
 * Winsock value → entry. A stand-in until the first read, which builds the Map and puts it
 * here (importers see the binding change), so later reads cost what Map.get costs. Not
 * built at import: the first pass over the parsed entries costs V8 about half a
 * millisecond (it migrates every entry once 0xFFFFFFFF, the one value that is not a small
 * integer, has changed the shape the entries share).
 */
export let BY_VALUE: ReadonlyMap<number, CatalogueEntry> = byValueOnFirstRead();

function byValueOnFirstRead(): ReadonlyMap<number, CatalogueEntry> {
  let built: Map<number, CatalogueEntry> | undefined;
  const map = (): Map<number, CatalogueEntry> => {
    if (built === undefined) {
      built = new Map();
      for (let i = 0; i < ENTRIES.length; i++) {
        const entry = ENTRIES[i] as CatalogueEntry;
        built.set(entry.value, entry);
      }
      BY_VALUE = built;
    }
    return built;
  };
  return {
    get: (value) => map().get(value),
    has: (value) => map().has(value),
    get size() {
      return map().size;
    },
    forEach: (callback, thisArg) => map().forEach(callback, thisArg),
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}

export type PosixOs = "linux" | "macos" | "freebsd" | "msvc";
export const POSIX_OSES: readonly PosixOs[] = ["linux", "macos", "freebsd", "msvc"];

type Multi = ReadonlyMap<string | number, readonly CatalogueEntry[]>;

export interface MessageKey {
  readonly entry: CatalogueEntry;
  readonly lang: string;
}

export interface Indexes {
  /** HRESULT (unsigned) → entry. */
  readonly hresult: ReadonlyMap<number, CatalogueEntry>;
  /** Symbol and every other spelling (upper-case) → entry. */
  readonly name: ReadonlyMap<string, { entry: CatalogueEntry; primary: boolean }>;
  /** POSIX errno name (upper-case) → entries. */
  readonly posixName: Multi;
  /** Node's err.code (upper-case) → entries, e.g. ENOTFOUND → WSAHOST_NOT_FOUND. */
  readonly nodeCode: Multi;
  /** Negative errno Node reports on Windows → entries. */
  readonly nodeErrnoWindows: Multi;
  /** errno number per OS → entries. */
  readonly errno: Readonly<Record<PosixOs, Multi>>;
  /** .NET SocketError member (lower-case) → entries. */
  readonly dotnet: Multi;
  /** Rust io::ErrorKind (lower-case) → entries; the catch-all kinds identify nothing and are left out. */
  readonly rustKind: Multi;
  /** Python OSError subclass (lower-case) → entries; plain OSError identifies nothing. */
  readonly pythonException: Multi;
}

export interface MessageIndex {
  /** Normalised FormatMessage text → entries and language (WSAENOMORE and WSA_E_NO_MORE share a text). */
  readonly message: ReadonlyMap<string, readonly MessageKey[]>;
  /**
   * Length of the shortest message key of plain ASCII, and the fewest words in one: a text of
   * plain ASCII can only be one of them, and a shorter one skips message matching.
   */
  readonly shortestMessage: number;
  readonly messageMinWords: number;
}

let builtMessages: MessageIndex | undefined;

/** The message index, built on first call (apart: a number lookup never needs it). */
export function messageIndex(): MessageIndex {
  builtMessages ??= buildMessageIndex();
  return builtMessages;
}

function buildMessageIndex(): MessageIndex {
  const message = new Map<string, MessageKey[]>();
  const add = (text: string, entry: CatalogueEntry, lang: string) => {
    const key = normaliseMessage(text);
    const keys = message.get(key) ?? [];
    if (!keys.some((known) => known.entry === entry)) message.set(key, [...keys, { entry, lang }]);
  };
  for (const entry of ENTRIES) {
    for (const [lang, text] of Object.entries(entry.messages)) add(text as string, entry, lang);
  }
  // Windows' texts in the other UI languages logs show: a pasted Turkish or Chinese message
  // resolves as the log explainer finds it. Not in the browser core, which has no room for
  // them: its build drops this block (esbuild's dropLabels), as it empties load-other-messages.ts.
  // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
  OUTSIDE_BROWSER: {
    const bySymbol = new Map(ENTRIES.map((entry) => [entry.symbol as string, entry]));
    for (const text of loadOtherMessages()) {
      const entry = bySymbol.get(text.symbol);
      if (entry) add(text.text, entry, text.lang);
    }
  }
  const ascii = [...message.keys()].filter((key) => !/[^\x00-\x7f]/.test(key));
  return {
    message,
    shortestMessage: Math.min(...ascii.map((key) => key.length)),
    messageMinWords: Math.min(...ascii.map((key) => key.split(" ").length)),
  };
}

let built: Indexes | undefined;

/** The indexes, built on first call. */
export function indexes(): Indexes {
  built ??= buildIndexes();
  return built;
}

function group<K>(keyOf: (entry: CatalogueEntry) => K | readonly K[] | null | undefined): Map<K, CatalogueEntry[]> {
  const map = new Map<K, CatalogueEntry[]>();
  // (No array for a single key: `wsaerr 10054` builds every index at start-up, and an array
  // per entry and index was enough garbage to cost it a collection.)
  const put = (key: K, entry: CatalogueEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of ENTRIES) {
    const keys = keyOf(entry);
    if (keys === null || keys === undefined) continue;
    if (Array.isArray(keys)) for (const key of keys as readonly K[]) put(key, entry);
    else put(keys as K, entry);
  }
  return map;
}

/** A Node code as an index key: a name (not UNKNOWN or Node's words for an unnamed errno). */
function nodeName(code: string | null | undefined): string | null {
  return code && /^E[A-Z_]+$/.test(code) ? code.toUpperCase() : null;
}

/**
 * Whether libuv's Windows translation gives this entry a Node code of another kind: not the
 * entry's own errno (its POSIX name, or the name Node gives that errno on Linux: EAGAIN for
 * EWOULDBLOCK; a DNS code's own), and no entry's POSIX name (every socket error's name is
 * one). WSANO_DATA's ENOENT is nearly always a missing file, WSAESHUTDOWN's EPIPE a pipe:
 * read back, such a code (or its Windows errno, -4058) says nothing about Winsock. The
 * crosswalk still shows it.
 */
function foldedIn(entry: CatalogueEntry): boolean {
  const libuv = entry.crosswalk.libuv;
  if (!libuv) return false;
  if (libuv.nodeCode === entry.crosswalk.posix?.name || libuv.nodeCode === libuv.nodeCodePosix) return false;
  posixNames ??= new Set(ENTRIES.flatMap((other) => (other.crosswalk.posix ? [other.crosswalk.posix.name] : [])));
  return !posixNames.has(libuv.nodeCode);
}
let posixNames: Set<string> | undefined;

/**
 * The name-resolution entry libuv folds into `code` on Windows, read back only after a DNS
 * call: `getaddrinfo ENOENT` is WSANO_DATA (a bare ENOENT is a missing file's; ENOTFOUND,
 * which every system gives, is no such fold).
 */
export function foldedDnsEntry(code: string): CatalogueEntry | undefined {
  return ENTRIES.find(
    (entry) => entry.category === "name-resolution" && entry.crosswalk.libuv?.nodeCode === code && foldedIn(entry),
  );
}

function buildIndexes(): Indexes {
  const name = new Map<string, { entry: CatalogueEntry; primary: boolean }>();
  const hresult = new Map<number, CatalogueEntry>();
  for (const entry of ENTRIES) {
    name.set(entry.symbol.toUpperCase(), { entry, primary: true });
    for (const spelling of entry.spellings) name.set(spelling.toUpperCase(), { entry, primary: false });
    if (entry.hresultSigned !== null) hresult.set(entry.hresultSigned >>> 0, entry);
    // The Win32 code overlapped I/O gives for it: by name (ERROR_CONNECTION_REFUSED), and by
    // HRESULT (0x800704C9) unless Windows gives the code for errors of another meaning too.
    const win32 = entry.crosswalk.win32;
    if (win32) {
      name.set(win32.name, { entry, primary: false });
      if (!win32.notOnlySockets) hresult.set(hresultFromWin32(win32.value), entry);
    }
  }
  return {
    hresult,
    name,
    posixName: group((entry) => entry.crosswalk.posix?.name.toUpperCase()),
    // Node's err.code on Windows, Linux and macOS (ENOTSUP is WSAEOPNOTSUPP's on Linux).
    nodeCode: group((entry) => {
      const libuv = entry.crosswalk.libuv;
      // (A name-resolution code also by getaddrinfo's own name, as ws2tcpip.h defines it:
      // EAI_NONAME, which Node calls ENOTFOUND; EAI_FAMILY, which Node keeps. Where libuv's name
      // is one, from that too: the browser core has no getaddrinfo crosswalk.)
      const getaddrinfo =
        entry.crosswalk.getaddrinfo?.name ?? (libuv?.uv.startsWith("UV_EAI_") ? libuv.uv.slice(3) : null);
      if (!libuv) return getaddrinfo;
      const windows = foldedIn(entry) ? null : libuv.nodeCode;
      // (Usually one name: then no array.)
      if (
        getaddrinfo === null &&
        libuv.nodeCodePosix === libuv.nodeCodeMacos &&
        (windows === null || windows === libuv.nodeCodePosix)
      )
        return nodeName(libuv.nodeCodePosix ?? windows);
      return [windows, libuv.nodeCodePosix, libuv.nodeCodeMacos, getaddrinfo].flatMap((code) => nodeName(code) ?? []);
    }),
    nodeErrnoWindows: group((entry) =>
      entry.crosswalk.libuv?.lost === "unknown" || foldedIn(entry) ? null : entry.crosswalk.libuv?.errnoWindows,
    ),
    errno: {
      linux: group((entry) => entry.crosswalk.posix?.linux),
      macos: group((entry) => entry.crosswalk.posix?.macos),
      freebsd: group((entry) => entry.crosswalk.posix?.freebsd),
      msvc: group((entry) => entry.crosswalk.posix?.msvc),
    },
    dotnet: group((entry) => entry.crosswalk.dotnet?.toLowerCase()),
    rustKind: group((entry) => {
      const kind = entry.crosswalk.rust;
      return kind && !/^(Uncategorized|Other)$/.test(kind) ? kind.toLowerCase() : null;
    }),
    pythonException: group((entry) => {
      const exception = entry.crosswalk.python?.exception;
      return exception && exception !== "OSError" ? exception.toLowerCase() : null;
    }),
  };
}
