// Everything in an entry that follows from other facts, computed in one place:
// the build uses it to write catalogue.json, the library to expand the stored
// table at load. Keeps the shipped table small and the facts in one place each.
import type {
  CatalogueEntry,
  Crosswalk,
  GetaddrinfoCrosswalk,
  LibuvCrosswalk,
  PosixCrosswalk,
  StoredEntry,
  StoredGetaddrinfo,
} from "./types.ts";

/** The exception the Windows JDK throws for most socket errors (stored only where it is another). */
const JAVA_SOCKET_EXCEPTION = "java.net.SocketException";

/** HRESULT_FROM_WIN32: (x <= 0) ? x : (x & 0xFFFF) | FACILITY_WIN32 << 16 | 0x80000000, unsigned. */
export function hresultFromWin32(value: number): number {
  return value <= 0 ? value : ((value & 0xffff) | (7 << 16) | 0x80000000) >>> 0;
}

function hex(value: number, width = 0): string {
  return `0x${value.toString(16).toUpperCase().padStart(width, "0")}`;
}

/**
 * Full entries from stored ones; `libuvVersion` is the libuv release the mappings were read from.
 * Runs at import, mostly in V8's interpreter: plain loops and literals, no rest/spread per entry.
 */
export function expandEntries(
  stored: readonly StoredEntry[],
  libuvVersion: string,
  /** getaddrinfo's crosswalk by symbol where the stored entries leave it out (core.generated.ts: GETADDRINFO). */
  getaddrinfoBySymbol: Readonly<Record<string, StoredGetaddrinfo>> = {},
): CatalogueEntry[] {
  const symbolsByUv = new Map<string, string[]>();
  for (const entry of stored) {
    const uv = entry.crosswalk.libuv?.uv;
    if (!uv || uv === "UV_UNKNOWN") continue;
    const list = symbolsByUv.get(uv);
    if (list) list.push(entry.symbol);
    else symbolsByUv.set(uv, [entry.symbol]);
  }
  const entries: CatalogueEntry[] = [];
  for (const entry of stored) {
    const kept = entry.crosswalk;
    // (Absent fields: the values most entries share, left out by withoutDefaults; fresh objects,
    // as entries do not share them. FreeBSD's number absent: macOS's, as in all but four entries.)
    const posix = withFreebsd(kept.posix) as PosixCrosswalk | null;
    let getaddrinfo: GetaddrinfoCrosswalk | null = null;
    // (The browser core has no getaddrinfo crosswalk: its build drops this, as its loader gives none.)
    // biome-ignore lint/suspicious/noConfusingLabels: esbuild drops this label
    OUTSIDE_BROWSER: getaddrinfo = withFreebsd(
      kept.getaddrinfo ?? getaddrinfoBySymbol[entry.symbol],
    ) as GetaddrinfoCrosswalk | null;
    const libuv = kept.libuv !== undefined ? kept.libuv : { uv: "UV_UNKNOWN", errnoWindows: -4094 };
    const python = kept.python !== undefined ? kept.python : { exception: "OSError", also: [] };
    const go = kept.go !== undefined ? kept.go : { syscall: null };
    const crosswalk = {
      dotnet: kept.dotnet !== undefined ? kept.dotnet : null,
      rust: kept.rust !== undefined ? kept.rust : "Uncategorized",
      java: kept.java !== undefined ? kept.java : null,
    };
    // (A code equal to a Win32 name is spelt that way too; WAIT_* names are wait results,
    // ERROR_* names Win32 codes Winsock re-exports. Wait results are no WSAGetLastError codes.)
    const equals = entry.equals;
    const kind = entry.kind ?? (equals ? (equals.startsWith("WAIT_") ? "wait" : "win32-alias") : "winsock");
    const wait = kind === "wait";
    const hresult = wait ? null : hresultFromWin32(entry.value);
    let fullLibuv: LibuvCrosswalk | null = null;
    if (libuv) {
      // Node reports DNS failures with libuv's own EAI numbers on every system; other errors as -errno.
      const dns = libuv.uv.startsWith("UV_EAI_");
      const nodeCode = libuv.nodeCode ?? libuv.uv.slice(3);
      const foldedWith = (symbolsByUv.get(libuv.uv) ?? []).filter((symbol) => symbol !== entry.symbol);
      const errnoLinux = dns ? libuv.errnoWindows : posix?.linux != null ? -posix.linux : null;
      const errnoMacos = dns ? libuv.errnoWindows : posix?.macos != null ? -posix.macos : null;
      // (Stored only where they differ; null is stored too: EPROCLIM has no Linux errno.)
      const nodeCodePosix = unnamed(
        libuv.nodeCodePosix !== undefined ? libuv.nodeCodePosix : dns ? nodeCode : (posix?.name ?? null),
        errnoLinux,
      );
      fullLibuv = {
        uv: libuv.uv,
        nodeCode,
        errnoWindows: libuv.errnoWindows,
        nodeCodePosix,
        nodeCodeMacos: libuv.nodeCodeMacos !== undefined ? unnamed(libuv.nodeCodeMacos, errnoMacos) : nodeCodePosix,
        errnoLinux,
        errnoMacos,
        lost: libuv.uv === "UV_UNKNOWN" ? "unknown" : foldedWith.length > 0 ? "folded" : null,
        foldedWith,
        version: libuvVersion,
      };
    }
    entries.push({
      value: entry.value,
      symbol: entry.symbol,
      spellings: entry.spellings ?? (equals ? [equals] : []),
      kind,
      equals: equals ?? null,
      hex: hex(entry.value),
      hresult: hresult === null ? null : hex(hresult, 8),
      hresultSigned: hresult === null ? null : hresult | 0,
      inSeed: entry.inSeed ?? false,
      wsaGetLastError: entry.wsaGetLastError ?? !wait,
      category: entry.category ?? (wait ? "wait" : "qos"),
      severity: entry.severity ?? "error",
      retry: entry.retry ?? "fix-then-retry",
      crosswalk: {
        posix,
        getaddrinfo,
        libuv: fullLibuv,
        dotnet: crosswalk.dotnet,
        rust: crosswalk.rust,
        python: python
          ? {
              errno: python.errno === undefined ? (posix?.name ?? null) : python.errno,
              exception: python.exception,
              also: python.also ?? [],
            }
          : null,
        java: crosswalk.java
          ? {
              exception: crosswalk.java.exception ?? JAVA_SOCKET_EXCEPTION,
              message: crosswalk.java.message,
              also: crosswalk.java.also ?? [],
            }
          : null,
        // (x/sys names a Win32 alias by its Win32 name: windows.ERROR_IO_PENDING.)
        go: go
          ? { syscall: go.syscall, xsys: go.xsys === undefined ? `windows.${entry.equals ?? entry.symbol}` : go.xsys }
          : null,
        win32: kept.win32 ?? null,
      },
      messages: entry.messages,
    });
  }
  return entries;
}

/**
 * A stored system-by-system crosswalk (POSIX's errno, getaddrinfo's code) with FreeBSD's number
 * put back where it was left out as macOS's, in its place after macOS's (the order
 * catalogue.json has).
 */
function withFreebsd(kept: { readonly macos: number | null; readonly freebsd?: number | null } | null | undefined) {
  if (!kept || kept.freebsd !== undefined) return kept ?? null;
  const full: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kept)) {
    full[key] = value;
    if (key === "macos") full["freebsd"] = value;
  }
  return full;
}

/** The stored form of a system-by-system crosswalk: FreeBSD's number left out where it is macOS's (the inverse of withFreebsd). */
function withoutFreebsd<T extends { readonly macos: number | null; readonly freebsd: number | null }>(
  named: T | null,
): Omit<T, "freebsd"> | T | null {
  if (!named || named.freebsd !== named.macos) return named;
  const { freebsd: _, ...rest } = named;
  return rest;
}

/**
 * A stored Node code: false stands for Node's words for an errno libuv has no name for
 * ("Unknown system error -115"), which follow from the errno.
 */
function unnamed(stored: string | null | false, errno: number | null): string | null {
  return stored === false ? `Unknown system error ${errno}` : stored;
}

/** The stored form of a Node code (the inverse of unnamed). */
function storedNodeCode(code: string | null, errno: number | null): string | null | false {
  return errno !== null && code === `Unknown system error ${errno}` ? false : code;
}

/**
 * Node err.code values whose Winsock counterpart is worth retrying (retry or retry-later
 * advice), sorted. The build writes them into core.generated.ts, so that importing the
 * library does not compute them (src/retry-presets.ts).
 */
export function retryableErrorCodes(entries: readonly CatalogueEntry[]): string[] {
  const codes = entries
    .filter((entry) => entry.retry === "retry" || entry.retry === "retry-later")
    .flatMap((entry) => [
      entry.crosswalk.libuv?.nodeCode,
      entry.crosswalk.libuv?.nodeCodePosix,
      entry.crosswalk.libuv?.nodeCodeMacos,
      entry.crosswalk.posix?.name,
      entry.crosswalk.getaddrinfo?.name,
    ])
    .filter((code): code is string => typeof code === "string" && /^E[A-Z_]+$/.test(code));
  return [...new Set(codes)].sort();
}

/**
 * A stored entry without the fields expandEntries puts back by itself: the values most
 * entries share (no spellings, kind winsock, an unknown libuv mapping, Rust's
 * Uncategorized, …), ~9 KB less for the browser core and for every import to parse. A
 * field is left out when expanding the entry without it gives the same entry, so the
 * defaults are written once, in expandEntries.
 */
export function withoutDefaults(entry: StoredEntry): StoredEntry {
  const expand = (candidate: object) => {
    try {
      return JSON.stringify(expandEntries([candidate as StoredEntry], ""));
    } catch {
      return undefined; // a field expandEntries cannot do without
    }
  };
  const whole = expand(entry);
  let kept: Record<string, unknown> = { ...entry };
  for (const key of Object.keys(entry)) {
    if (key === "crosswalk") continue;
    const { [key]: _, ...rest } = kept;
    if (expand(rest) === whole) kept = rest;
  }
  for (const key of Object.keys(entry.crosswalk)) {
    const { [key]: _, ...rest } = kept["crosswalk"] as Record<string, unknown>;
    const candidate = { ...kept, crosswalk: rest };
    if (expand(candidate) === whole) kept = candidate;
  }
  return kept as unknown as StoredEntry;
}

/** The stored form of a crosswalk: drops each name that follows its runtime's rule (the inverse of expandEntries). */
export function storeCrosswalk(symbol: string, equals: string | null, crosswalk: Crosswalk): StoredEntry["crosswalk"] {
  const { posix, getaddrinfo, libuv, python, go } = crosswalk;
  return {
    ...crosswalk,
    posix: withoutFreebsd(posix),
    getaddrinfo: withoutFreebsd(getaddrinfo),
    libuv: libuv
      ? {
          uv: libuv.uv,
          errnoWindows: libuv.errnoWindows,
          ...(libuv.nodeCode === libuv.uv.replace(/^UV_/, "") ? {} : { nodeCode: libuv.nodeCode }),
          ...(libuv.nodeCodePosix === (libuv.uv.startsWith("UV_EAI_") ? libuv.nodeCode : (posix?.name ?? null))
            ? {}
            : { nodeCodePosix: storedNodeCode(libuv.nodeCodePosix, posix?.linux != null ? -posix.linux : null) }),
          ...(libuv.nodeCodeMacos === libuv.nodeCodePosix
            ? {}
            : { nodeCodeMacos: storedNodeCode(libuv.nodeCodeMacos, posix?.macos != null ? -posix.macos : null) }),
        }
      : null,
    python: python
      ? {
          exception: python.exception,
          ...(python.also.length === 0 ? {} : { also: python.also }),
          ...(python.errno === (posix?.name ?? null) ? {} : { errno: python.errno }),
        }
      : null,
    java: crosswalk.java
      ? {
          ...(crosswalk.java.exception === JAVA_SOCKET_EXCEPTION ? {} : { exception: crosswalk.java.exception }),
          message: crosswalk.java.message,
          ...(crosswalk.java.also.length === 0 ? {} : { also: crosswalk.java.also }),
        }
      : null,
    go: go ? { syscall: go.syscall, ...(go.xsys === `windows.${equals ?? symbol}` ? {} : { xsys: go.xsys }) } : null,
  };
}
