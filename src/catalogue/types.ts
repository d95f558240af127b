// The shape of one catalogue entry. The generated table (core.generated.ts) and
// catalogue.json follow it exactly; scripts/build.ts is the only writer.

export const LANGS = ["en", "de"] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  "connection",
  "network",
  "address",
  "name-resolution",
  "resource",
  "usage",
  "async",
  "subsystem",
  "qos",
  "permission",
  "wait",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["error", "non-fatal", "informational"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RETRY_ADVICE = ["retry", "retry-later", "fix-then-retry", "do-not-retry"] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/** What kind of value the header defines: a Winsock code, a Win32 code Winsock re-exports, or a wait result. */
export type EntryKind = "winsock" | "win32-alias" | "wait";

export interface PosixCrosswalk {
  /** POSIX errno name, e.g. ECONNRESET. */
  readonly name: string;
  readonly linux: number | null;
  readonly macos: number | null;
  readonly freebsd: number | null;
  /** Value in MSVC's (UCRT) errno.h. */
  readonly msvc: number | null;
}

/**
 * What getaddrinfo returns for this error on POSIX systems: Windows' ws2tcpip.h defines each
 * EAI_* name as a Winsock code (EAI_NONAME is WSAHOST_NOT_FOUND), while glibc and musl give
 * them negative numbers and macOS and FreeBSD small positive ones (gai_strerror's codes, not
 * errno values). Null: a system does not define the name.
 */
export interface GetaddrinfoCrosswalk {
  /** EAI_* name, e.g. EAI_NONAME. */
  readonly name: string;
  readonly linux: number | null;
  readonly macos: number | null;
  readonly freebsd: number | null;
}

export interface LibuvCrosswalk {
  /**
   * libuv error name libuv's Windows translation yields, e.g. UV_ECONNRESET or UV_UNKNOWN:
   * uv_translate_sys_error, except for name-resolution codes (WSAHOST_NOT_FOUND,
   * WSATRY_AGAIN, WSANO_RECOVERY, WSATYPE_NOT_FOUND), where it is getaddrinfo's own
   * translation (uv__getaddrinfo_translate_error), the path Node meets them on; the
   * entry's `sources.libuv` names the file.
   */
  readonly uv: string;
  /** What a JS program sees: err.code in Node (uv name without UV_, or Node's own name for DNS errors). */
  readonly nodeCode: string;
  /** Negative errno Node reports on Windows for that libuv code. */
  readonly errnoWindows: number | null;
  /**
   * What Node reports on Linux for the same condition: err.code and -errno there. Not
   * necessarily nodeCode: libuv on Windows maps WSAEINTR to ECANCELED, while Linux reports
   * EINTR. Node names only the errno values libuv's UV_ERRNO_MAP has: EWOULDBLOCK is
   * EAGAIN there, EOPNOTSUPP is ENOTSUP; for an errno libuv has no name for (EINPROGRESS)
   * a socket error's code is "Unknown system error -115" (a few paths, such as listen,
   * give UNKNOWN); DNS errors have libuv's own names (ENOTFOUND).
   */
  readonly nodeCodePosix: string | null;
  /** The same on macOS, where some numbers differ (EOPNOTSUPP is 102 there, ENOTSUP 45: "Unknown system error -102"). */
  readonly nodeCodeMacos: string | null;
  readonly errnoLinux: number | null;
  readonly errnoMacos: number | null;
  /** What libuv loses: "unknown" (maps to UV_UNKNOWN), "folded" (shares its uv code with other Winsock codes), or null. */
  readonly lost: "unknown" | "folded" | null;
  /** Other Winsock symbols folded into the same uv code. */
  readonly foldedWith: readonly string[];
  /** The libuv version the mapping was read from. */
  readonly version: string;
}

export interface Crosswalk {
  readonly posix: PosixCrosswalk | null;
  /**
   * The getaddrinfo code Windows' headers define as this one (name resolution's errors). Always
   * null in the browser bundle (dist/browser/wsaerr.js), which has no room for it.
   */
  readonly getaddrinfo: GetaddrinfoCrosswalk | null;
  readonly libuv: LibuvCrosswalk | null;
  /** System.Net.Sockets.SocketError member. */
  readonly dotnet: string | null;
  /** std::io::ErrorKind variant. */
  readonly rust: string | null;
  /** `also`: exceptions some paths raise instead (socket.gaierror for getaddrinfo failures). */
  readonly python: {
    readonly errno: string | null;
    readonly exception: string;
    readonly also: readonly string[];
  } | null;
  /** `also`: what specific paths throw instead, as "class: message" (bind turns 10013 into BindException). */
  readonly java: {
    readonly exception: string;
    readonly message: string | null;
    readonly also: readonly string[];
  } | null;
  /** Go constants: in package syscall, and in golang.org/x/sys/windows. The pitfall is prose: EntryText.goPitfall. */
  readonly go: { readonly syscall: string | null; readonly xsys: string | null } | null;
  /**
   * The Win32 code Windows gives for this error where a socket's I/O completes through a
   * completion port (Python's asyncio: [WinError 1225]; Go, .NET, libuv), which libuv reads as
   * this code. `notOnlySockets`: Windows gives it for errors of another meaning too (a lost
   * network share, a device), so its HRESULT and number alone are not read as this entry.
   */
  readonly win32: { readonly name: string; readonly value: number; readonly notOnlySockets?: true } | null;
}

export interface EntryText {
  readonly title: string;
  /** What trips Go programs up with this code on Windows; "" when nothing does. */
  readonly goPitfall: string;
  readonly summary: string;
  readonly causes: readonly string[];
  readonly fixes: readonly string[];
  readonly notes: readonly string[];
  readonly retryReason: string;
}

export interface CatalogueEntry {
  readonly value: number;
  readonly symbol: string;
  /** Other spellings: header aliases, the Win32 name, the seed's spelling. */
  readonly spellings: readonly string[];
  readonly kind: EntryKind;
  /** The Win32 ERROR_* or WAIT_* name this code equals, for aliases and wait values. */
  readonly equals: string | null;
  /** 0x-prefixed, upper-case hex of the value. */
  readonly hex: string;
  /** HRESULT_FROM_WIN32(value) as 0x-prefixed hex, null for wait values. */
  readonly hresult: string | null;
  /** The same HRESULT as a signed 32-bit integer (how .NET and COM print it). */
  readonly hresultSigned: number | null;
  readonly inSeed: boolean;
  readonly wsaGetLastError: boolean;
  readonly category: Category;
  readonly severity: Severity;
  readonly retry: RetryAdvice;
  readonly crosswalk: Crosswalk;
  /** The exact FormatMessage text Windows prints, per language (match keys). */
  readonly messages: Readonly<Partial<Record<string, string>>>;
}

/**
 * What the generated table stores: the entry less everything that follows from
 * other fields (hex, HRESULT, Node's errno on Linux and macOS, what libuv loses,
 * and names that follow their runtime's rule unless a row breaks it), and less the
 * fields most entries share where an entry has those (derive.ts: withoutDefaults).
 * src/catalogue/derive.ts computes those, for the library and for catalogue.json alike.
 */
/** Fields the stored table leaves out where they hold the value most entries share (derive.ts). */
type StoredDefault = "spellings" | "kind" | "equals" | "wsaGetLastError" | "severity" | "inSeed" | "retry" | "category";

export type StoredEntry = Omit<CatalogueEntry, "hex" | "hresult" | "hresultSigned" | "crosswalk" | StoredDefault> &
  Partial<Pick<CatalogueEntry, StoredDefault>> & {
    /** A field absent: the value most entries share (derive.ts). */
    readonly crosswalk: StoredCrosswalk;
  };

/** A stored crosswalk; each field may be absent where it holds the value most entries have. */
export type StoredCrosswalk = Partial<
  Omit<Crosswalk, "posix" | "getaddrinfo" | "libuv" | "python" | "java" | "go"> & {
    /** freebsd absent: macOS's number. */
    readonly posix: (Omit<PosixCrosswalk, "freebsd"> & { readonly freebsd?: number | null }) | null;
    readonly getaddrinfo: StoredGetaddrinfo | null;
    /** exception absent: java.net.SocketException (most entries'); also absent: none. */
    readonly java: {
      readonly exception?: string;
      readonly message: string | null;
      readonly also?: readonly string[];
    } | null;
    /** nodeCode absent: the uv name without UV_. */
    readonly libuv:
      | (Pick<LibuvCrosswalk, "uv" | "errnoWindows"> & {
          readonly nodeCode?: string;
          /** Only where Node's name on Linux is not the POSIX name; false: "Unknown system error <errnoLinux>". */
          readonly nodeCodePosix?: string | null | false;
          /** Only where Node's name on macOS is not its name on Linux; false as above, with errnoMacos. */
          readonly nodeCodeMacos?: string | null | false;
        })
      | null;
    /** errno absent: the POSIX name; also absent: none. */
    readonly python: {
      readonly errno?: string | null;
      readonly exception: string;
      readonly also?: readonly string[];
    } | null;
    /** xsys absent: windows.<symbol>. */
    readonly go: { readonly syscall: string | null; readonly xsys?: string | null } | null;
  }
>;

/** A stored getaddrinfo crosswalk: freebsd absent, macOS's number. */
export type StoredGetaddrinfo = Omit<GetaddrinfoCrosswalk, "freebsd"> & { readonly freebsd?: number | null };

/** Citation per fact: "value", "posix.linux", "libuv", "dotnet", "message.de", … */
export type EntrySources = Readonly<Record<string, string>>;

/**
 * Prose for every entry in one language: symbol → the EntryText as a JSON string.
 * Kept as strings so loading a pack costs next to nothing; an entry is parsed when first shown.
 */
export type TextPack = Readonly<Record<string, string>>;

/**
 * A text printed for a socket error, other than the English and German Windows
 * messages on the entries: another Windows UI language, a runtime's own wording
 * (Java on Windows), or the C library's text on Linux. The log explainer matches them.
 */
export interface MatchText {
  readonly text: string;
  readonly symbol: string;
  /** Language of the text ("fr", "ja", …; "en" for runtime texts). */
  readonly lang: string;
  /** Where such a line comes from: Windows, a POSIX system, or either (a runtime printing the same words everywhere). */
  readonly platform: "windows" | "posix" | "unknown";
  /** "windows-message", "java", "posix-message" or "curl" (read only after curl's prefixes). */
  readonly dialect: string;
  readonly source: string;
}
