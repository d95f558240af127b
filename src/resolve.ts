// Any input → ranked catalogue candidates, each with the reason it matched.
// The whole-input forms (a number, a hex value, a name) are tried first; only
// when none applies are the shapes runtimes print searched for inside the text.
// Total: resolve() never throws; it answers [] for anything it cannot place.
import {
  BY_VALUE,
  type CatalogueEntry,
  foldedDnsEntry,
  indexes,
  messageIndex,
  POSIX_OSES,
  type PosixOs,
} from "./catalogue/index.ts";
import { normaliseMessage } from "./normalise.ts";
import { LINUX_STRERROR } from "./scan/linux-strerror.generated.ts";

export type Platform = "windows" | "posix" | "unknown";

export interface Candidate {
  readonly entry: CatalogueEntry;
  /** The strongest reason, e.g. "decimal", "hresult", "posix-name", "node-errno win32", "message de". */
  readonly reason: string;
  /** Every reason that led to this entry, strongest first. */
  readonly reasons: readonly string[];
  /** 0–100: how sure the match is. Exact Winsock forms score 100; errno numbers shared by several systems less. */
  readonly score: number;
  /** Where input of this form comes from. */
  readonly platform: Platform;
  /** The part of the input that matched. */
  readonly match: string;
}

/** Longest input looked at; longer strings are resolved on their first 4 KiB. */
export const MAX_RESOLVE_INPUT = 4096;

/** Ranked candidates for any input; [] when nothing matches (never throws). */
export function resolve(input: unknown): Candidate[] {
  const collector = new Collector();
  if (typeof input === "number") numberForms(input, ANY_NUMBER, collector, String(input));
  else if (typeof input === "bigint") {
    if (input >= BigInt(Number.MIN_SAFE_INTEGER) && input <= BigInt(Number.MAX_SAFE_INTEGER))
      numberForms(Number(input), ANY_NUMBER, collector, String(input));
  } else if (typeof input === "string") {
    stringForms(input, collector);
    // The label lets the browser core's build drop the statement (esbuild's dropLabels), and
    // with it the reader no one installs there.
    // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
    OUTSIDE_BROWSER: if (readUnmatched && collector.empty) {
      // (Unset while it reads: a reader calling resolve() gets the forms alone, not itself. And
      // resolve() stays total should the reader fail, say its file missing from a bundle.)
      const reader = readUnmatched;
      readUnmatched = undefined;
      try {
        return reader(input);
      } catch {
        return [];
      } finally {
        readUnmatched = reader;
      }
    }
    // (Node only, as the explainer reads it: an errno number read as macOS's or FreeBSD's alone
    // is not, where the input holds Linux's text of it: "[Errno 61] No data available" is Linux's
    // ENODATA, not macOS's ECONNREFUSED.)
    // biome-ignore lint/suspicious/noConfusingLabels: esbuild drops this label
    OUTSIDE_BROWSER: return collector.result().filter((candidate) => !misreadLinuxErrno(candidate, input));
  }
  return collector.result();
}

/** Whether a candidate is only an errno read as macOS's or FreeBSD's whose Linux text the input holds. */
function misreadLinuxErrno(candidate: Candidate, input: string): boolean {
  if (!candidate.reasons.every((reason) => NON_LINUX_ERRNO.test(reason))) return false;
  const value = Number(/\d+/.exec(candidate.match)?.[0]);
  const text = Object.hasOwn(LINUX_STRERROR, value) ? LINUX_STRERROR[value] : undefined;
  return text !== undefined && input.toLowerCase().includes(text.toLowerCase());
}
const NON_LINUX_ERRNO = /^(?:posix|node)-errno (?:macos|freebsd)$/;

/**
 * What reads a string none of the forms here match: the Node library installs the log
 * explainer (src/index.ts; Java's "Connection refused: connect", Chromium's net::ERR_*,
 * curl's texts), which it loads on the first such input. The browser core has no room for
 * the explainer: its build drops the call.
 */
let readUnmatched: ((input: string) => Candidate[]) | undefined;

export function setUnmatchedReader(reader: ((input: string) => Candidate[]) | undefined): void {
  readUnmatched = reader;
}

/** The single best entry, or undefined. */
export function lookup(input: unknown): CatalogueEntry | undefined {
  if (typeof input === "number") {
    const direct = BY_VALUE.get(input);
    if (direct !== undefined && direct.kind === "winsock") return direct;
  }
  return resolve(input)[0]?.entry;
}

// ── numbers ────────────────────────────────────────────────────────────────

/** Which readings of a number a context allows. */
export interface NumberReadings {
  readonly winsock: boolean;
  readonly hresult: boolean;
  readonly nodeErrno: boolean;
  readonly posixErrno: boolean;
  /** Winsock codes only, not the Win32 codes and wait values Winsock re-exports (an errno of 0 or 8 is none of those). */
  readonly winsockKindOnly?: boolean;
  /** Not the C runtime's errno on Windows (MSVC's errno.h): where Windows gives its own code instead. */
  readonly noMsvcErrno?: boolean;
}
export const ANY_NUMBER: NumberReadings = { winsock: true, hresult: true, nodeErrno: true, posixErrno: true };
export const WINSOCK_ONLY: NumberReadings = { winsock: true, hresult: true, nodeErrno: false, posixErrno: false };
/**
 * A system's own error number (Rust's "os error", a client's "(115)", SO_ERROR): on Windows the
 * Winsock or Win32 code, never MSVC's errno (115 there is EMSGSIZE; Linux's EINPROGRESS).
 */
export const OS_ERROR: NumberReadings = {
  winsock: true,
  hresult: false,
  nodeErrno: false,
  posixErrno: true,
  noMsvcErrno: true,
};
/** A Winsock code printed as a decimal: never an HRESULT. */
export const WINSOCK_DECIMAL: NumberReadings = { ...WINSOCK_ONLY, hresult: false };
/** An errno field: any number but a Win32 code or wait value (errno=0 is no error, not WSA_WAIT_EVENT_0). */
const ERRNO_NUMBER: NumberReadings = { ...ANY_NUMBER, winsockKindOnly: true };

/** Candidates for a number read in a known context (the log explainer knows the context from the shape). */
export function resolveNumber(value: number, readings: NumberReadings): Candidate[] {
  const collector = new Collector();
  numberForms(value, readings, collector, String(value));
  return collector.result();
}

/** Candidates for a hex value (a Winsock code, or an HRESULT when ≥ 0x80000000). */
export function resolveHex(value: number): Candidate[] {
  const collector = new Collector();
  hexForms(value, collector, `0x${value.toString(16)}`);
  return collector.result();
}

const KIND_SCORE = { winsock: 100, "win32-alias": 70, wait: 20 } as const;
const ERRNO_SCORE: Record<PosixOs, number> = { linux: 60, macos: 55, freebsd: 55, msvc: 50 };
const NODE_ERRNO_SCORE: Partial<Record<PosixOs, number>> = { linux: 80, macos: 75, freebsd: 70 };

function numberForms(value: number, readings: NumberReadings, collector: Collector, match: string, boost = 0): void {
  collector.numbersRead.push(value);
  if (!Number.isSafeInteger(value)) return;
  const n = value === 0 ? 0 : value; // -0 reads as 0
  if (readings.winsock) {
    // A negative number can be a DWORD printed signed: -1 is WSA_WAIT_FAILED (0xFFFFFFFF).
    const entry = BY_VALUE.get(n) ?? (n < 0 && n >= -0x80000000 ? BY_VALUE.get(n >>> 0) : undefined);
    if (entry && (!readings.winsockKindOnly || entry.kind === "winsock"))
      collector.add(entry, "decimal", KIND_SCORE[entry.kind] + boost, "windows", match);
  }
  if (readings.hresult && ((n < 0 && n >= -0x80000000) || (n >= 0x80000000 && n <= 0xffffffff))) {
    const entry = indexes().hresult.get(n >>> 0);
    if (entry) collector.add(entry, n < 0 ? "hresult-decimal" : "hresult", 100, "windows", match);
  }
  if (readings.nodeErrno && n < 0) {
    for (const entry of indexes().nodeErrnoWindows.get(n) ?? []) {
      // libuv's own numbers (DNS errors: -3008) are the same on every system: they say nothing of the platform.
      const everywhere = entry.crosswalk.libuv?.errnoLinux === n;
      collector.add(entry, "node-errno win32", 90, everywhere ? "unknown" : "windows", match);
    }
    for (const os of POSIX_OSES) {
      const score = NODE_ERRNO_SCORE[os];
      if (score === undefined) continue;
      for (const entry of indexes().errno[os].get(-n) ?? [])
        collector.add(entry, `node-errno ${os}`, score, "posix", match);
    }
  }
  if (readings.posixErrno && n > 0) {
    for (const os of POSIX_OSES) {
      if (os === "msvc" && readings.noMsvcErrno) continue;
      for (const entry of indexes().errno[os].get(n) ?? []) {
        collector.add(entry, `posix-errno ${os}`, ERRNO_SCORE[os] + boost, os === "msvc" ? "windows" : "posix", match);
      }
    }
  }
}

// ── strings ────────────────────────────────────────────────────────────────

const DECIMAL = /^[+-]?\d{1,16}$/;
const HEX = /^(?:0x([0-9a-f]{1,8})|([0-9a-f]{1,8})h)$/i;
const BARE_HRESULT = /^(8007[0-9a-f]{4})$/i;
const NAME = /^[A-Za-z_][\w.:]{0,80}$/;

function stringForms(raw: string, collector: Collector): void {
  let text = (raw.length > MAX_RESOLVE_INPUT ? raw.slice(0, MAX_RESOLVE_INPUT) : raw).trim();
  // (Node only: the browser core has no bytes to spare for it.)
  // biome-ignore lint/suspicious/noConfusingLabels: esbuild drops this label
  OUTSIDE_BROWSER: text = asTyped(text);
  if (text === "") return;
  // (Node only: a child process's error as the whole input, "Error: spawnSync /bin/sh ETIMEDOUT",
  // is no socket's; the explainer reads it so too.)
  // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
  OUTSIDE_BROWSER: if (isSpawnMessage(text)) return;
  // (An HRESULT written without 0x can be all digits, 80072746: as a decimal it is nothing.)
  if (DECIMAL.test(text) && !BARE_HRESULT.test(text)) {
    numberForms(Number(text), ANY_NUMBER, collector, text);
    return;
  }
  const hex = HEX.exec(text) ?? BARE_HRESULT.exec(text);
  if (hex) {
    hexForms(Number.parseInt((hex[1] ?? hex[2]) as string, 16), collector, text);
    return;
  }
  if (NAME.test(text)) {
    nameForms(text, collector, 0);
    if (!collector.empty) return;
  }
  // Cheapest first: the whole text (or what follows a runtime's prefix) as a message key,
  // then the shapes runtimes print; a scan for a message anywhere only if nothing matched.
  const normalised = mayBeMessage(text) ? normaliseMessage(text) : "";
  if (normalised) messageForms(text, normalised, collector);
  const lower = text.toLowerCase();
  // A bare Winsock number counts only in a text that talks of an error or a call, and not as a
  // port, an id, a count or a time ("User 10054 not found", "port 10054", "after 10052 ms"); or
  // in a text as short as "(10061)". (Worked out only once such a number is met.)
  let talksOfErrors: boolean | undefined;
  shapes: for (const shape of SHAPES) {
    if (!lower.includes(shape.hint)) continue;
    shape.pattern.lastIndex = 0;
    for (let match = shape.pattern.exec(text); match !== null; match = shape.pattern.exec(text)) {
      if (shape === BARE) {
        talksOfErrors ??= text.length < 10 || ERROR_WORDS.test(lower);
        if (!talksOfErrors || NOT_A_CODE.test(lower.slice(Math.max(0, match.index - 12), match.index + 18))) continue;
        // (Node only: the browser core has no bytes to spare for it.)
        // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
        OUTSIDE_BROWSER: if (HTTP_STATUS_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
      }
      shape.read(match[1] ?? match[0], collector, match[0]);
      // A shape that is the whole input ("[WinError 10061]", "errno: -4077") leaves the others
      // only pieces of it to read, and nothing new in them.
      if (match[0].length === text.length && !collector.empty) break shapes;
    }
  }
  if (collector.empty && normalised) messageAnywhere(normalised, collector);
  // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
  OUTSIDE_BROWSER: if (collector.empty && normalised) looseMessageAnywhere(normalised, collector);
}

/**
 * An input as it was meant, where a terminal, a document or a spreadsheet changed it: a copied
 * log line's colour codes (ANSI escape sequences) taken out, a typeset minus sign (U+2212,
 * "−4077") as "-", a whole number written with its decimals ("10054.0") as the number.
 */
function asTyped(text: string): string {
  let plain = text.includes("\u001b") ? text.replace(ANSI_ESCAPES, "").trim() : text;
  if (plain.includes("\u2212")) plain = plain.replace(/\u2212/g, "-");
  return WHOLE_WITH_DECIMALS.test(plain) ? plain.slice(0, plain.indexOf(".")) : plain;
}
const WHOLE_WITH_DECIMALS = /^[+-]?\d{1,16}\.0{1,8}$/;
/** CSI sequences (colours, cursor moves) and OSC ones (a terminal's title), ended by BEL or ST. */
const ANSI_ESCAPES = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)/g;

/**
 * A message key in the text with its punctuation and spacing as a person may type it: a comma
 * left out or with a space before it ("hergestellt werden da der Zielcomputer"), a hyphen
 * added ("Remote-Host", "remote-host"). Compared as letters and digits alone. Only where nothing
 * else matched, and only for keys of three words or more, so that a short key does not match
 * pieces of other words.
 */
function looseMessageAnywhere(whole: string, collector: Collector): void {
  const text = loose(whole);
  looseKeys ??= [...messageIndex().message]
    .filter(([key]) => key.split(" ").length >= 3)
    .map(([key, keys]) => [loose(key), keys, key] as const);
  for (const [key, keys, original] of looseKeys) {
    if (text.includes(key))
      for (const found of keys) collector.add(found.entry, `message ${found.lang}`, 85, "windows", original);
  }
}
let looseKeys: (readonly [string, readonly { entry: CatalogueEntry; lang: string }[], string])[] | undefined;
/** A message's letters and digits alone. */
function loose(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether a text may hold a message key: not when it is plain ASCII (so any key it holds is
 * too) and shorter than those keys, or with fewer words ("errno: -4077"; normalising never
 * lengthens a text).
 */
function mayBeMessage(text: string): boolean {
  const { shortestMessage, messageMinWords } = messageIndex();
  return (text.length >= shortestMessage && hasWords(text, messageMinWords)) || /[^\x00-\x7f]/.test(text);
}

/**
 * True when the text may have `count` words or more: as many ASCII whitespace characters, or
 * control characters, as words between them (normalising makes a tab or a line break a space).
 */
function hasWords(text: string, count: number): boolean {
  let found = 1;
  for (let at = 0; at < text.length && found < count; at++) if (text.charCodeAt(at) <= 32) found++;
  return found >= count;
}

function hexForms(value: number, collector: Collector, match: string): void {
  collector.numbersRead.push(value);
  if (value >= 0x80000000) {
    const entry = indexes().hresult.get(value);
    if (entry) collector.add(entry, "hresult", 100, "windows", match);
  }
  const entry = BY_VALUE.get(value);
  if (entry) collector.add(entry, "hex", KIND_SCORE[entry.kind], "windows", match);
}

/** Prefixes runtimes and languages put before a name: SocketError.X, io::ErrorKind::X, syscall.X, UV_X. */
const NAME_PREFIX =
  /^(?:(?:System\.Net\.Sockets\.)?SocketError\.|(?:std::)?(?:io::)?ErrorKind::|syscall\.|windows\.|errno\.|socket\.|UV_(?=E))/i;

type NameKind = "symbol" | "posix" | "dotnet" | "rust" | "python";
const ALL_NAME_KINDS: readonly NameKind[] = ["symbol", "posix", "dotnet", "rust", "python"];

/** One reader per kind of name, each consulting only its own index. */
const NAME_READERS: Readonly<
  Record<NameKind, (name: string, collector: Collector, penalty: number, raw: string) => void>
> = {
  symbol(name, collector, penalty, raw) {
    const upper = name.toUpperCase();
    const named = indexes().name.get(upper);
    if (!named) return;
    const reason = named.primary
      ? "symbol"
      : named.entry.equals?.toUpperCase() === upper || named.entry.crosswalk.win32?.name === upper
        ? "win32-name"
        : "spelling";
    collector.add(named.entry, reason, (named.primary ? 100 : 95) - penalty, "windows", raw);
  },
  posix(name, collector, penalty, raw) {
    const upper = name.toUpperCase();
    for (const entry of indexes().posixName.get(upper) ?? [])
      collector.add(entry, "posix-name", 90 - penalty, "unknown", raw);
    for (const entry of indexes().nodeCode.get(upper) ?? [])
      collector.add(entry, "node-code", 85 - penalty, "unknown", raw);
  },
  dotnet(name, collector, penalty, raw) {
    for (const entry of indexes().dotnet.get(name.toLowerCase()) ?? [])
      collector.add(entry, "dotnet", 90 - penalty, "unknown", raw);
  },
  rust(name, collector, penalty, raw) {
    for (const entry of indexes().rustKind.get(name.toLowerCase()) ?? [])
      collector.add(entry, "rust-kind", 85 - penalty, "unknown", raw);
  },
  python(name, collector, penalty, raw) {
    for (const entry of indexes().pythonException.get(name.toLowerCase()) ?? [])
      collector.add(entry, "python-exception", 80 - penalty, "unknown", raw);
  },
};

function nameForms(
  raw: string,
  collector: Collector,
  penalty: number,
  kinds: readonly NameKind[] = ALL_NAME_KINDS,
): void {
  const prefix = NAME_PREFIX.exec(raw)?.[0];
  const name = prefix ? raw.slice(prefix.length) : raw;
  // A prefix says whose name it is: SocketError.TimedOut is .NET's, not Rust's TimedOut.
  const own: readonly NameKind[] =
    !prefix || kinds !== ALL_NAME_KINDS
      ? kinds
      : /socketerror\.$/i.test(prefix)
        ? ["dotnet"]
        : /::$/.test(prefix)
          ? ["rust"]
          : ["symbol", "posix"];
  for (const kind of own) NAME_READERS[kind](name, collector, penalty, raw);
}

function messageForms(text: string, whole: string, collector: Collector): void {
  const exact = messageIndex().message.get(whole);
  if (exact) {
    for (const key of exact) collector.add(key.entry, `message ${key.lang}`, 95, "windows", text);
    return;
  }
  // Runtimes put a prefix before the system text ("wsarecv: …", "[WinError 10054] …",
  // "SocketException (10054): …"): try what follows each of the first separators (each try
  // normalises the rest: all of a long text's would take time by the square of its length).
  for (let at = text.search(/[:\])]\s/), tries = 0; at !== -1 && tries++ < 8; ) {
    const after = text.slice(at + 2);
    const rest = mayBeMessage(after) ? normaliseMessage(after) : "";
    for (const key of messageIndex().message.get(rest) ?? [])
      collector.add(key.entry, `message ${key.lang}`, 95, "windows", rest);
    const next = after.search(/[:\])]\s/);
    at = next === -1 ? -1 : at + 2 + next;
  }
}

/** A message key anywhere in the text: one scan over every key, so only as a last resort. */
function messageAnywhere(whole: string, collector: Collector): void {
  for (const [key, keys] of messageIndex().message) {
    if (whole.includes(key))
      for (const found of keys) collector.add(found.entry, `message ${found.lang}`, 90, "windows", key);
  }
}

interface Shape {
  readonly hint: string;
  readonly pattern: RegExp;
  read(value: string, collector: Collector, match: string): void;
}

/** A shape's own code (`[WinError N]`, `errno N`…): noted, for the names that say less (see below). */
const decimalIn = (readings: NumberReadings) => (value: string, collector: Collector, match: string) => {
  collector.coded = true;
  numberForms(Number(value), readings, collector, match);
};

/**
 * Shapes runtimes print around a code. Every pattern is linear (no nested quantifiers);
 * `hint`, a lower-case literal the match must contain, skips a pattern cheaply.
 */
const SHAPES: readonly Shape[] = [
  { hint: "winerror", pattern: /\[WinError (-?\d{1,10})\]/g, read: decimalIn(WINSOCK_ONLY) }, // Python on Windows
  { hint: "os error", pattern: /\bos error (-?\d{1,10})\b/gi, read: decimalIn(OS_ERROR) }, // Rust Display
  { hint: "os { code", pattern: /\bOs \{ code: (-?\d{1,10})/g, read: decimalIn(OS_ERROR) }, // Rust Debug
  { hint: "errno", pattern: /\berrno["']?[:=\s]{0,3}(-?\d{1,10})\b/gi, read: decimalIn(ERRNO_NUMBER) }, // Node, Python, C
  { hint: "socketexception", pattern: /SocketException \((\d{1,10})\)/g, read: decimalIn(WINSOCK_ONLY) }, // .NET
  {
    hint: "0x",
    // (Not after a minus: "-0x2746" is no value any system prints for a code.)
    pattern: /(?<!-)\b0x[0-9a-f]{1,8}\b/gi,
    read: (value, collector, match) => hexForms(Number(value), collector, match),
  },
  {
    hint: "wsa",
    pattern: /\bWSA[A-Z_]{3,40}\b/g,
    read: (value, collector) => nameForms(value, collector, 0, ["symbol"]),
  },
  {
    hint: "e",
    pattern: /\bE[A-Z][A-Z_]{2,20}\b/g, // ECONNRESET, EAI_AGAIN, ENOTFOUND, and ERROR_IO_PENDING
    read: (value, collector) => nameForms(value, collector, 5, ["posix", "symbol"]),
  },
  {
    // Node on Windows: getaddrinfo ENOENT is WSANO_DATA, which libuv folds into ENOENT.
    hint: "getaddrinfo e",
    pattern: /\bgetaddrinfo (E[A-Z]{2,10})\b/g,
    read: (value, collector, match) => {
      const entry = foldedDnsEntry(value);
      if (entry) collector.add(entry, "node-code getaddrinfo", 85, "windows", match);
    },
  },
  {
    hint: "socketerror",
    pattern: /\bSocketError(?:Code)?\W{1,3}([A-Za-z]{4,40})\b/g,
    read: (value, collector) => nameForms(value, collector, 0, ["dotnet"]),
  },
  // A kind's or an exception's name says less than the code a shape above read beside it:
  // `Os { code: 5, kind: PermissionDenied }` is Win32's access denied, `PermissionError:
  // [WinError 32]` a file lock.
  {
    hint: "kind: ",
    pattern: /\bkind: ([A-Za-z]{4,40})\b/g,
    read: (value, collector) => collector.coded || nameForms(value, collector, 5, ["rust"]),
  },
  {
    hint: "error",
    // (Not a module's: asyncio.exceptions.TimeoutError is asyncio's own timer.)
    pattern: /(?<![\w.])([A-Z][A-Za-z]{2,40}Error)\b/g,
    read: (value, collector) => {
      // (Node only, the browser core has no bytes for it: TimeoutError named in a longer text
      // without a code beside it is a program's timer as often as not: got's "TimeoutError:
      // Timeout awaiting 'request'", a DOMException's "The operation was aborted due to timeout",
      // Python's own socket timeout "TimeoutError: timed out". Typed alone, the name is still
      // Python's TimeoutError, and "TimeoutError: [Errno 110] …" is read by its code.)
      // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
      OUTSIDE_BROWSER: if (value === "TimeoutError") return;
      collector.coded || nameForms(value, collector, 10, ["python"]);
    },
  },
  {
    hint: "1",
    pattern: /(?<![\w.:/'"-])1[01]\d{3}(?![\w.:-])/g,
    read: (value, collector, match) => {
      // (Not a number a shape before this one has read already: "[WinError 10061]" once.)
      if (!collector.numbersRead.includes(Number(value)))
        numberForms(Number(value), WINSOCK_DECIMAL, collector, match, -30);
    },
  },
];

const BARE = SHAPES[SHAPES.length - 1] as Shape;
/**
 * Words of errors and failed calls, in English and the Latin-script languages logs show (err
 * also in erreur, errore, erro); a text in another script counts too ("ошибка 10054", "错误代码").
 */
const ERROR_WORDS =
  /err|fail|excep|refus|reset|abort|timed|unreach|sock|wsa|connect|recv|send|select|bind|listen|accept|getaddr|gethost|status|result|return|\b(?:rc|ret|hr|nret)\b|fehler|fout|hata|virhe|chyba|[^\0-\x7f]/;
/** Whether a whole text is Node's message of a child process's error: the call, the file, the code. */
function isSpawnMessage(text: string): boolean {
  const call = SPAWN_CALL.exec(text);
  const last = text.lastIndexOf(" ");
  return call !== null && last > call[0].length && CODE_NAME.test(text.slice(last + 1));
}
const SPAWN_CALL = /^(?:[A-Za-z]{0,40}Error: )?spawn(?:Sync)? /;
const CODE_NAME = /^E[A-Z]{2,20}$/;

/**
 * An HTTP response's status and reason, an opening bracket, and maybe the API's label, right
 * before an API's own error code: discord.py's "404 Not Found (error code: 10062)"
 * (Rapptz/discord.py@1add8a0b40577186431cdb5f63f97affadab285b:discord/errors.py#L151); Discord's
 * codes take 10001 and on. (The explainer's recogniser reads from the label on.)
 */
export const HTTP_STATUS_BEFORE = /\b[1-5]\d\d [A-Z][A-Za-z' -]{1,40} \((?:error code: ?)?$/;
/** Around a number (12 characters before, 5 digits, 1 after and more): a port, an id, a count or a time. */
const NOT_A_CODE =
  /\b(?:port|pid|id|user|build|version|line|invoice|order|item|after)\W{1,3}\d{5}|\d{5} ?(?:m?s\b|msec|milli|sec|byte|record|row|item|times|user|[km]b\b)/;

// ── ranking ────────────────────────────────────────────────────────────────

/**
 * The order of candidates of equal score: a code of the seed's list (those WSAGetLastError
 * returns, which people meet) first, as POSIX's ECANCELED is cancelled overlapped I/O
 * (WSA_OPERATION_ABORTED) far more often than a cancelled name-space lookup (WSAECANCELLED);
 * then a Winsock code before a Win32 alias (Rust's TimedOut is 10060 before 995).
 */
function tieRank(candidate: Candidate): number {
  const { entry } = candidate;
  return (entry.inSeed ? 0 : 2) + (entry.kind === "win32-alias" ? 1 : 0);
}

class Collector {
  /** By symbol, in the order first found (kept when a candidate is replaced by a better reading). */
  private readonly found = new Map<string, Candidate>();
  /** The numbers the shapes have read (as a code, an HRESULT or an errno), in order. */
  readonly numbersRead: number[] = [];
  /** Whether a shape of a code ([WinError N], errno N…) was read: names say less (see SHAPES). */
  coded = false;

  get empty(): boolean {
    return this.found.size === 0;
  }

  add(entry: CatalogueEntry, reason: string, score: number, platform: Platform, match: string): void {
    const old = this.found.get(entry.symbol);
    if (!old) {
      this.found.set(entry.symbol, { entry, reason, reasons: [reason], score, platform, match });
      return;
    }
    const reasons = old.reasons.includes(reason) ? old.reasons : [...old.reasons, reason];
    this.found.set(
      entry.symbol,
      score > old.score
        ? { entry, reason, reasons: [reason, ...old.reasons], score, platform, match }
        : { ...old, reasons, platform: old.platform === "unknown" ? platform : old.platform },
    );
  }

  result(): Candidate[] {
    // (A stable sort: among equals, the order first found.)
    return [...this.found.values()].sort((a, b) => b.score - a.score || tieRank(a) - tieRank(b));
  }
}
