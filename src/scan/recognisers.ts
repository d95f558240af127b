// The dialects of the log explainer: one row per shape a runtime prints around a
// socket error. `anchors` are literal, case-sensitive pieces one of which every
// match contains (the block prefilter looks for them); `pattern` then reads the
// line. Order matters: when two rows find the same code on a line, the earlier
// (more specific) one is kept. Every pattern is linear: bounded repetitions, no
// nested quantifiers (test/scan/redos.test.ts checks each with a ReDoS detector).
import { BY_VALUE, type CatalogueEntry, ENTRIES, foldedDnsEntry, indexes, POSIX_OSES } from "../catalogue/index.ts";
import { matchTexts } from "../catalogue/match-texts.generated.ts";
import {
  ANY_NUMBER,
  type Candidate,
  HTTP_STATUS_BEFORE,
  type NumberReadings,
  OS_ERROR,
  type Platform,
  resolveHex,
  resolveNumber,
  WINSOCK_DECIMAL,
  WINSOCK_ONLY,
} from "../resolve.ts";
import { CHROMIUM_NET_ERRORS } from "./chromium-errors.generated.ts";
import { LINUX_STRERROR } from "./linux-strerror.generated.ts";
import { isSocketSpecific, SOCKET_SYSCALLS } from "./policy.ts";
import type { Evidence } from "./types.ts";
import { WIN32_TEXTS_AFTER_SOCKET_CALL } from "./win32-socket-errors.generated.ts";

export interface Recognised {
  readonly entry: CatalogueEntry;
  readonly platform: Platform;
  readonly evidence: Evidence;
  /** The language of a printed text read (curl's texts are English); else none. */
  readonly lang?: string;
  /** The shape's text when it runs past the pattern's match (curl's, read by hand); else the match. */
  readonly text?: string;
  /** The program whose shape it is, where a recogniser reads several programs' (else the recogniser's dialect). */
  readonly dialect?: string;
}

export interface Recogniser {
  readonly dialect: string;
  readonly anchors: readonly string[];
  /**
   * The same anchors spelled out further, for the byte prefilter: it samples positions, so
   * it needs six bytes or more, and it samples an anchor where its pieces are rarest, so
   * anchors of everyday words ("system:", "connect E") cost it a look wherever logs hold
   * those words, until spelled out to what follows them ("system:1", "connect ECO"). Each
   * contains one of `anchors`, and together they are on every line where `read` can report
   * a finding.
   */
  readonly longAnchors?: () => readonly string[];
  readonly pattern: RegExp;
  read(match: RegExpExecArray, line: string): Recognised | undefined;
}

/**
 * The strongest candidate that is a socket error, as a recognition. Wait values are
 * not errors; a Win32 alias (6, 8, 87…) is only a Winsock code where the shape says
 * so; a POSIX errno reading counts only for socket-specific names (errno 13 is far
 * more often a file's "Permission denied" than a socket's).
 */
function best(
  candidates: readonly Candidate[],
  evidence?: Evidence,
  aliases = false,
  alsoErrnos?: ReadonlySet<string>,
): Recognised | undefined {
  const candidate = candidates.find((item) => {
    if (item.entry.kind === "wait" || (!aliases && item.entry.kind === "win32-alias")) return false;
    // An errno number, POSIX's or Node's negative one, counts only for a socket-specific name:
    // npm's `errno -13` beside `syscall mkdir` is a file's EACCES (a bind's comes with its call's
    // words, which the runtime-code shape reads). Node's own DNS numbers (-3008) name no errno.
    const node = item.reason.startsWith("node-errno");
    if (!item.reason.startsWith("posix-errno") && !node) return true;
    const name = item.entry.crosswalk.posix?.name ?? "";
    return (node && name === "") || isSocketSpecific(name) || alsoErrnos?.has(name) === true;
  });
  if (!candidate) return undefined;
  const fromReason: Evidence = candidate.reason.startsWith("node-")
    ? "runtime-code"
    : candidate.reason.startsWith("hresult")
      ? "hresult"
      : candidate.reason === "hex"
        ? "hex"
        : "decimal";
  return { entry: candidate.entry, platform: candidate.platform, evidence: evidence ?? fromReason };
}

/** Numbers read at most this many at a time per shape (a log repeats the same few codes). */
const REMEMBERED = 4096;

/**
 * What a shape's numbers read as, remembered (a log repeats the same few codes). `alsoErrnos`:
 * errno names that count in this shape though they are not socket-specific (policy.ts).
 */
function reader(
  readings: NumberReadings,
  aliases = false,
  alsoErrnos?: ReadonlySet<string>,
): (value: number) => Recognised | undefined {
  const read = new Map<number, Recognised | undefined>();
  return (value) => {
    if (read.has(value)) return read.get(value);
    const recognised = best(resolveNumber(value, readings), undefined, aliases, alsoErrnos);
    if (read.size >= REMEMBERED) read.clear();
    read.set(value, recognised);
    return recognised;
  };
}

/** Reads the number a shape captured (its first or second group). */
function number(readings: NumberReadings, aliases = false) {
  const read = reader(readings, aliases);
  return (match: RegExpExecArray) => read(Number(match[1] ?? match[2]));
}

const readOsError = reader(OS_ERROR);
/**
 * .NET's SocketException (N) on Linux and macOS: (13) is a bind refused (Kestrel on port 80,
 * EACCES). Not other errno values that are no socket's alone: (125) "Operation canceled" is a
 * cancel; (11) "Resource temporarily unavailable" a lookup or a would-block (TRY_AGAIN_TEXT).
 */
const readSocketOsError = reader(OS_ERROR, false, new Set(["EACCES"]));

/**
 * What follows .NET's SocketException (11) on Linux, (35) on macOS: EAGAIN's strerror. A host
 * name's lookup that failed for now (EAI_AGAIN) gives it: NameResolutionPal.Unix makes that
 * SocketError.TryAgain, and SocketErrorPal.Unix gives TryAgain the native errno EAGAIN
 * (dotnet/runtime@05c15154ec8bfcbdded983eaf53f32bba11122c3:src/libraries/Common/src/System/Net/Sockets/SocketErrorPal.Unix.cs).
 * So does a non-blocking socket's Receive (WouldBlock, zeromq/netmq#1086). Read as the lookup only
 * where the line says so: .NET Core's ExtendedSocketException, which only the lookup throws
 * (jstedfast/MailKit#1095), or HttpClient's HttpRequestException, which puts the socket's text
 * before the host and port it could not connect to, "Resource temporarily unavailable
 * (api.github.com:443)" (Jackett/Jackett#12879; the trace's next line, the SocketException
 * (11) alone, is then no second finding).
 */
const TRY_AGAIN_TEXT = ": Resource temporarily unavailable";
/** HttpClient's message of that failure, before the host and port (see TRY_AGAIN_TEXT). */
const HTTP_TRY_AGAIN = "HttpRequestException: Resource temporarily unavailable (";
/**
 * .NET Core's lookup exception with the same text and no number, "ExtendedSocketException:
 * Resource temporarily unavailable" (dotnet/corefx#39006), " : " in xunit's output
 * (dotnet/runtime#48546): the text alone ends the line. A connect's puts its endpoint after the
 * text (SocketExceptionFactory's ExtendedSocketException(int, EndPoint): "… unavailable
 * /var/run/docker.sock"), a non-blocking socket's EAGAIN, no lookup's.
 */
const LOOKUP_TRY_AGAIN = "ExtendedSocketException";
const TRY_AGAIN_CONTEXT = /ExtendedSocketException|HttpRequestException/;
const readErrno = reader(ANY_NUMBER);

/**
 * A reading of an errno number as macOS's or FreeBSD's, unless Linux's text of the number stands
 * right beside it: then the number is Linux's errno, another error (Python's "[Errno 61] No data
 * available" is ENODATA on Linux; macOS prints "[Errno 61] Connection refused"; Dart's "OS Error:
 * Machine is not on the network, errno = 64" is Android's ENONET, not macOS's EHOSTDOWN; Rust's
 * "No data available (os error 61)").
 */
function unlessLinuxText(
  found: Recognised | undefined,
  line: string,
  match: RegExpExecArray,
  value: number,
): Recognised | undefined {
  if (!found || found.entry.crosswalk.posix?.linux === value || !Object.hasOwn(LINUX_STRERROR, value)) return found;
  const text = (LINUX_STRERROR[value] as string).toLowerCase();
  const end = match.index + match[0].length;
  // (After it, as Python and C print it: "] No data available", "(No data available)"; before
  // it, as Dart does: "OS Error: No data available, errno = 61".)
  const after = line
    .slice(end, end + 4 + text.length)
    .replace(/^[\]):,'"(\s]{0,4}/, "")
    .toLowerCase();
  const before = line
    .slice(Math.max(0, match.index - 4 - text.length), match.index)
    .replace(/[\s,('"]{0,4}$/, "")
    .toLowerCase();
  // (Or quoted a little after it, as Rust's Debug form prints its message: `Os { code: 61, kind:
  // Uncategorized, message: "No data available" }`.)
  const quoted = line
    .slice(end, end + 64 + text.length)
    .toLowerCase()
    .includes(`"${text}"`);
  return after.startsWith(text) || before.endsWith(text) || quoted ? undefined : found;
}

/**
 * Whether the code name at `at` is quoted as an element of a list: got's retry.errorCodes, which
 * util.inspect prints with every got error ("errorCodes: [", "'ETIMEDOUT',    'ECONNRESET',"),
 * axios-retry's and other retry settings: the codes a program would retry, no error. Quoted, with
 * a list's opening bracket before it, or another quoted code name beside it across a comma; not a
 * property's value (`code: 'ETIMEDOUT'`), a message's last word (`socket hang up, 'ECONNRESET'`)
 * nor a CSV field (`2024-01-01,"ECONNRESET","10.0.0.1"`).
 */
function isListedCode(line: string, at: number, length: number): boolean {
  const quote = line[at - 1];
  if ((quote !== "'" && quote !== '"') || line[at + length] !== quote) return false;
  // (util.inspect pads a list's columns with blanks: "'EPIPE',        'ENOTFOUND',".)
  const before = line.slice(Math.max(0, at - 48), at - 1);
  const after = line.slice(at + length + 1, at + length + 48);
  return /\[\s*$/.test(before) || QUOTED_CODE_BEFORE.test(before) || QUOTED_CODE_AFTER.test(after);
}
const QUOTED_CODE_BEFORE = /['"]E[A-Z][A-Z_]{2,20}['"]\s{0,24},\s{0,24}$/;
const QUOTED_CODE_AFTER = /^\s{0,24},\s{0,24}['"]E[A-Z][A-Z_]{2,20}['"]/;

/** Where Qt names its socket errors (QAbstractSocket::SocketError). */
const QT_SOCKET = "QAbstractSocket::";
/**
 * Qt's socket errors that stand for one Winsock code (and its errno), as its Windows engine sets
 * them (qt/qtbase@0008bb24457a9c3047488874920e356e3f0f26ea:src/network/socket/qnativesocketengine_win.cpp:
 * nativeConnect, nativeBind, nativeListen). Not the others: RemoteHostClosedError is a reset and
 * an orderly close alike, NetworkError a timeout, an unreachable host or network and more,
 * SocketTimeoutError Qt's own waitFor…() timer; the platform is unknown (the names are Qt's on
 * every system).
 */
const QT_SOCKET_ERRORS: Readonly<Record<string, string>> = {
  ConnectionRefusedError: "WSAECONNREFUSED",
  AddressInUseError: "WSAEADDRINUSE",
  SocketAccessError: "WSAEACCES",
  SocketAddressNotAvailableError: "WSAEADDRNOTAVAIL",
};

/** What precedes a Qt socket error's name in source code (a comparison, an assignment, a case, a return, a ternary), not in what Qt prints. */
const QT_SOURCE_BEFORE = /(?:[=!]=?|\bcase|\breturn|\?|&&|\|\|)\s*\(?\s*$/;
/** What follows it there: a statement's end, an argument list's comma, a case label's colon after a bracket. */
const QT_SOURCE_AFTER = /^\s*(?:[;,]|\)\s*[:;{)])/;
/** The enum value's name after "QAbstractSocket::" (read by hand: in the pattern, the ReDoS checker gave up on it). */
const QT_NAME = /[A-Za-z]{1,40}(?![\w:])/y;

/** Qt's socket error named at `at` ("QAbstractSocket::ConnectionRefusedError"), see QT_SOCKET_ERRORS. */
function readQtSocketError(line: string, at: number): Recognised | undefined {
  // (Not source code naming the value: "if (err == QAbstractSocket::ConnectionRefusedError)",
  // "case QAbstractSocket::AddressInUseError:".)
  if (QT_SOURCE_BEFORE.test(line.slice(Math.max(0, at - 10), at))) return undefined;
  QT_NAME.lastIndex = at + QT_SOCKET.length;
  let name = QT_NAME.exec(line)?.[0];
  // (Qt 4 prints the enum's type around it: "QAbstractSocket::SocketError( ConnectionRefusedError )".)
  if (name === "SocketError" && line.startsWith("(", QT_NAME.lastIndex)) {
    QT_NAME.lastIndex = QT_NAME.lastIndex + (line[QT_NAME.lastIndex + 1] === " " ? 2 : 1);
    name = QT_NAME.exec(line)?.[0];
  }
  const symbol = name !== undefined && Object.hasOwn(QT_SOCKET_ERRORS, name) ? QT_SOCKET_ERRORS[name] : undefined;
  const entry = symbol === undefined ? undefined : indexes().name.get(symbol)?.entry;
  if (entry === undefined || QT_SOURCE_AFTER.test(line.slice(QT_NAME.lastIndex, QT_NAME.lastIndex + 8)))
    return undefined;
  return { entry, platform: "unknown", evidence: "symbol", dialect: "qt", text: line.slice(at, QT_NAME.lastIndex) };
}

/** Where Apple's NSError names its domain of POSIX errors (see readDarwinErrno). */
const NS_POSIX_DOMAIN = "NSPOSIXErrorDomain";

/**
 * The code of an NSError in NSPOSIXErrorDomain: the errno of macOS and iOS (Foundation wraps a
 * failed system call's errno so; 57 is ENOTCONN there, 60 ETIMEDOUT), socket-specific names only,
 * as for any errno number (a file's EACCES is not read).
 */
function readDarwinErrno(value: number): Recognised | undefined {
  const entry = indexes().errno.macos.get(value)?.[0];
  const name = entry?.crosswalk.posix?.name;
  return entry && name && isSocketSpecific(name)
    ? { entry, platform: "posix", evidence: "decimal", dialect: "apple" }
    : undefined;
}
const readPosixErrno = reader({ winsock: false, hresult: false, nodeErrno: false, posixErrno: true });

/** An errno of Linux or macOS (not MSVC's numbering), socket-specific. */
function readUnixErrno(value: number): Recognised | undefined {
  const found = readPosixErrno(value);
  return found && found.platform === "posix" ? found : undefined;
}
const readWinsockOrAlias = reader(WINSOCK_ONLY, true);

/**
 * Whether Python's OSError names a file after its text (`…: 'C:\\dir\\f.bin'`, `…: '\\\\nas\\share'`):
 * then a Win32 code is a file's error (a lost network share gives ERROR_NETNAME_DELETED too).
 */
function namesAFile(line: string, from: number): boolean {
  for (const opening of [": '", ': "']) {
    const at = line.indexOf(opening, from);
    if (at !== -1 && FILE_NAME_START.test(line.slice(at + 3, at + 5))) return true;
  }
  return false;
}

const FILE_NAME_START = /^(?:[A-Za-z]:|\\|\/|\.)/;

/** The Winsock calls whose name Go puts before an error on Windows (net/fd_windows.go, net/sendfile_windows.go). */
const GO_SOCKET_CALLS = [
  "wsarecv",
  "wsarecvfrom",
  "wsarecvmsg",
  "wsasend",
  "wsasendto",
  "wsasendmsg",
  "acceptex",
  "connectex",
  "transmitfile",
];
/** The same calls as Go before 1.5 named them, followed by the network and the address. */
const OLD_GO_SOCKET_CALLS = ["WSARecv", "WSARecvFrom", "WSASend", "WSASendto", "AcceptEx", "ConnectEx"];
/**
 * Dart's socket exceptions, as it and package:http print them: SocketException: <text>, and
 * SocketException: OS Error: <text>, errno = <n>, address = …; package:http's ClientException
 * repeats the text. (Not Dart's "OS Error: " alone: a FileSystemException on a lost share prints it too.)
 */
const DART_SOCKET_EXCEPTIONS = ["SocketException: ", "ClientException: "];
/** What follows Dart's errno in a SocketException, never in another exception ("path = " in a file's). */
const DART_ADDRESS_AFTER = /\)?, address = /y;

/**
 * Whether a "connect ETIMEDOUT" (its name ending at `end`) is a library's own connect timer in
 * Node's dress, not the system's timeout: ioredis's connectTimeout and the mysql driver's give
 * new Error("connect ETIMEDOUT") with a misspelt errorno: 'ETIMEDOUT' property. Told by that
 * property, or by ioredis's "[ioredis]" before words with no address after them (Node names the
 * address; Node before 4 did not, so the words alone are still read).
 */
function isOwnConnectTimer(line: string, end: number, afterConnect: boolean): boolean {
  if (OWN_TIMER_PROPERTY.test(line.slice(0, 128))) return true;
  return afterConnect && !ADDRESS_NEXT.test(line.slice(end, end + 48)) && line.lastIndexOf("[ioredis]", end) !== -1;
}

/**
 * What the request library sets beside its own timer's code, `{ code: 'ETIMEDOUT', connect: true }`,
 * as JSON too (request/request@611443c830c72884d77905294cf120088442d526:request.js: `e.connect = true`);
 * after the code on its line here, on the line below in scanner.ts (REQUEST_TIMER_BELOW).
 */
export const REQUEST_CONNECT = /["']?connect["']?: ?(?:true|false)\b/;
const REQUEST_OWN_TIMER = new RegExp(`^['"]?,\\s{0,4}${REQUEST_CONNECT.source}`);

/**
 * Whether the code name `name` at `at` is Node's error of a child process's call, on its message
 * or in a property after it on the line: "spawnSync /bin/sh ETIMEDOUT" (the child ran past its
 * `timeout` and was killed), "spawn git ENOENT", "{ code: 'ETIMEDOUT', errno: -110 }" after Bun's
 * "SystemError: spawnSync sudo ETIMEDOUT". No socket's.
 */
function isSpawnError(line: string, at: number, name: string): boolean {
  // (Looked for 300 characters back only: from the line's start, a long line of codes would be quadratic.)
  const from = Math.max(0, at - 300);
  const inWindow = line.slice(from, at).lastIndexOf("spawn");
  const spawn = from + inWindow;
  if (inWindow === -1 || name === "" || WORD_CHAR.test(line.charAt(spawn - 1))) return false;
  const call = line.startsWith("spawnSync ", spawn) ? 10 : line.startsWith("spawn ", spawn) ? 6 : 0;
  if (call === 0) return false;
  // The message's code, right after the file's path: one word, or a Windows path with spaces
  // ("C:\Program Files\…"); not another message's ("Failed to spawn worker: connect ETIMEDOUT",
  // "child spawn ok; then ECONNRESET").
  const code = line.indexOf(` ${name}`, spawn + call);
  if (code === -1 || code >= at || WORD_CHAR.test(line.charAt(code + 1 + name.length))) return false;
  const file = line.slice(spawn + call, code);
  return !SPACE.test(file) || (WINDOWS_PATH.test(file) && !file.includes(": "));
}
const WORD_CHAR = /\w/;
const WINDOWS_PATH = /^[A-Za-z]:\\/;
const SPACE = /\s/;

/** MetaTrader's trade functions right before "error N" (the error-code recogniser): not "OrderSend: socket send failed, error 10054". */
const METATRADER_CALL_BEFORE = /\b(?:Order|Position)(?:Send|Modify|Close|Delete|Open)(?:Async)?(?: failed,?)? $/;

/** kubectl's words for a refused connection to the API server (a posix-message recogniser). */
const KUBECTL_REFUSED = "was refused - did you specify";

/** What nginx prints before its errno (the bracketed recogniser). */
const NGINX_FAILED = " failed (";

/** 995's HRESULT, the one Win32 code's HRESULT the hresult recogniser reads (see ABORTED_CONNECTION). */
const OPERATION_ABORTED_HRESULT = 0x800703e3;
/** A line about a connection closed or aborted, or a socket (the hresult recogniser's 995). */
const ABORTED_CONNECTION = /remote host|socket|\bWSA|connection (?:was |has been )?(?:closed|aborted|reset)/i;

/** Envoy's words before "connect error" and its errno (the wsagetlasterror recogniser). */
const ENVOY_BEFORE = /\b(?:delayed|immediate)[ _]$/;

/**
 * A C program's socket call right before "failed: " and its code (the wsagetlasterror
 * recogniser): "connect() failed: ", "WSAStartup failed: ", "connect() to remote failed: ";
 * "Login failed: 10054" is a count's or an id's, no call's.
 */
const SOCKET_CALL_FAILED =
  /(?:\(\)|\b(?:WSA[A-Za-z]+|connect|bind|listen|accept|send(?:to|msg)?|recv(?:from|msg)?|select|socket|getaddrinfo|gethostbyname|ioctlsocket|[gs]etsockopt|shutdown|closesocket))(?: to [\w.:-]{1,64})? failed: $/;
/** What makes the number after such a call's "failed: " no code: a unit, a count, a fraction. */
const COUNT_AFTER =
  /^(?:[.,]?\d|[A-Za-z%/]| ?(?:of|out)\b| ?(?:m?s|msec|milli\w*|sec\w*|min\w*|hours?|bytes?|[kmg]i?b|records?|rows?|items?|times|users?|attempts?|retries|tries|files?|packets?|messages?|requests?|errors?|entries|lines?|objects?|documents?|chunks?|blocks?)\b)/i;

/**
 * A line about a lookup, where Python's negative errno is getaddrinfo's code: its exception, the
 * call, a wrapper's words for it (urllib3's NewConnectionError, "Failed to resolve"), or the C
 * library's words for the code (glibc's and musl's). Other negative errnos Python shows are a
 * library's own (OSError(-5, "Input/output error")).
 */
const LOOKUP_WORDS =
  /gaierror|getaddrinfo|\bresol|new connection|name or service|try again|name does not|no address associated|servname|ai_family|ai_socktype|ai_flags|non-recoverable|unrecognized (?:service|socket type|address family)|invalid flags/i;

/** MySQL's and MariaDB's client after a failed connect, before the system's code (the mysql recogniser). */
const CONNECT_FAILED = /\b(?:MySQL server on '|connect to server on '|server through socket ')/;

/**
 * A code the client's own connect timer leaves: its non-blocking connect's EINPROGRESS (115 on
 * Linux, 36 on macOS) when the server did not answer in time ("Can't connect to server on 'db'
 * (115)" while a database container starts): no socket error of its own, so no finding.
 */
function unlessInProgress(found: Recognised | undefined): Recognised | undefined {
  return found?.entry.symbol === "WSAEINPROGRESS" ? undefined : found;
}

/** MySQL's and MariaDB's client after a lost connection, before the system's code (the mysql recogniser). */
const LOST_CONNECTION = /\bLost connection to (?:MySQL )?server at '/;

/**
 * MySQL's and MariaDB's client after a failed lookup, up to the host's closing quote, which
 * getaddrinfo's code follows (the mysql recogniser; only that number is read).
 */
const UNKNOWN_HOST = /\bUnknown (?:MySQL )?server host '[^']{0,255}'$/;

/**
 * getaddrinfo's code as a client prints it: glibc's and musl's are negative (EAI_NONAME is -2:
 * a POSIX finding of the entry Windows names by it); Windows' are the Winsock codes ws2tcpip.h
 * names EAI_* (11001), which the bracketed recogniser reads too.
 * Small positive numbers say nothing: macOS's codes (EAI_NONAME is 8), but older clients print
 * errno there, or gethostbyname's h_errno ("(0)", "(1)", "(2)").
 */
function readGetaddrinfo(value: number): Recognised | undefined {
  if (value >= 0 && value < 10_000) return undefined;
  const windows = value > 0;
  const entry = ENTRIES.find((item) =>
    windows ? item.value === value && item.crosswalk.getaddrinfo : item.crosswalk.getaddrinfo?.linux === value,
  );
  return entry ? { entry, platform: windows ? "windows" : "posix", evidence: "decimal" } : undefined;
}

/** inet's atom for a host name that does not exist (the erlang recogniser). */
const NXDOMAIN = "nxdomain";

/** Whether axios's or superagent's own timeout text is within 200 characters of `at`. */
function isHttpClientTimeout(line: string, at: number): boolean {
  return HTTP_CLIENT_TIMEOUT.test(line.slice(Math.max(0, at - 200), at + 200));
}
const HTTP_CLIENT_TIMEOUT = /\b[Tt]imeout of \d{1,9}ms exceeded/;

/** An IPv4 or IPv6 address, as Node names the peer after "connect ETIMEDOUT". */
const ADDRESS_NEXT = /^ (?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\[?[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*)/;
/**
 * The property only those libraries set, misspelt: near a line's start (after indentation or a
 * log's prefix, "> 22:37 errorno: 'ETIMEDOUT'"), or as JSON ({"errorno":"ETIMEDOUT",…}).
 */
export const OWN_TIMER_PROPERTY = /^[^\n]{0,64}?\berrorno["']?\s*:/;

/**
 * Past aiohttp's "<host:port> ssl:<word> [" where the host starts at `at` (the word may be an
 * object's repr, "<ssl.SSLContext object at 0x…>"); -1 when something else follows.
 */
function aiohttpBracket(line: string, at: number): number {
  const host = line.slice(at, at + 300);
  const ssl = host.indexOf(" ssl:");
  if (ssl <= 0 || /\s/.test(host.slice(0, ssl))) return -1;
  const from = at + ssl + 5;
  const word = line.slice(from, from + 200);
  const repr = word.startsWith("<") ? word.indexOf(">") : -1;
  if (repr !== -1) return word.startsWith(" [", repr + 1) ? from + repr + 3 : -1;
  const open = word.indexOf(" [");
  return open <= 0 || /\s/.test(word.slice(0, open)) ? -1 : from + open + 2;
}

/**
 * Whether an errno match stands in Dart's shape: before ", address = ", or within a text's length
 * after `before` (looked for that far back only: searching to the line's start for every match
 * would be quadratic on a long line).
 */
function inDartShape(line: string, match: RegExpExecArray, before: string): boolean {
  DART_ADDRESS_AFTER.lastIndex = match.index + match[0].length;
  return DART_ADDRESS_AFTER.test(line) || line.slice(Math.max(0, match.index - 400), match.index).includes(before);
}

/** Whether an errno match is in Dart's socket exception: "SocketException" before it, or its address after. */
function isDartSocketError(line: string, match: RegExpExecArray): boolean {
  return inDartShape(line, match, "SocketException");
}

/** Whether an errno match is Dart's own, "errno = N", after its "OS Error: " or before its address. */
function isDartErrno(line: string, match: RegExpExecArray): boolean {
  return match[0].startsWith("errno = ") && inDartShape(line, match, "OS Error: ");
}
/** The SQL Server ODBC driver's code before its decimal repeat: "Error code 0x2746 (10054)". */
const ODBC_HEX_BEFORE = /Error code 0x[0-9A-Fa-f]{1,8} $/;
/** How SQL Server's clients put the TCP provider's socket error in a message: SqlClient's, the ODBC driver's. */
const SQL_TCP_PROVIDER = ["TCP Provider, error: 0 - ", "TCP Provider: "];

/** Past old Go's "<call> tcp" the address and ": " (or ": " at once); -1 when something else follows. */
function afterOldGoAddress(line: string, at: number): number {
  if (line.startsWith(": ", at)) return at + 2;
  if (line[at] !== " ") return -1;
  // (Looked for within an address's length: on a long line, searching to its end for every
  // call's name was quadratic.)
  const address = line.slice(at + 1, at + 66);
  const colon = address.indexOf(": ");
  return colon > 0 && !/\s/.test(address.slice(0, colon)) ? at + 1 + colon + 2 : -1;
}

/**
 * Each Win32 text read after a call's name, as a sticky pattern: any case, any run of blanks
 * between words, the final stop printed or not (some loggers drop it), nothing of a word after.
 */
let afterCallPatterns: { readonly pattern: RegExp; readonly symbol: string; readonly lang: string }[] | undefined;
/** The texts' first letters, lower-case. */
let afterCallFirsts: Set<string> | undefined;

function textsAfterSocketCall() {
  afterCallPatterns ??= WIN32_TEXTS_AFTER_SOCKET_CALL.map(([text, symbol, lang]) => {
    const words = text
      .replace(/[.。]$/u, "")
      .split(" ")
      .map(escapeRegExp);
    return { pattern: new RegExp(`${words.join("[ \\t\\u00A0]+")}[.。]?(?![\\p{L}\\p{N}_])`, "iuy"), symbol, lang };
  });
  return afterCallPatterns;
}

/** The text as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The Win32 text right after the match (a call's name, SQL Server's provider prefix). */
function readAfterMatch(match: RegExpExecArray, line: string): Recognised | undefined {
  return readAfterSocketCall(line, match.index, match.index + match[0].length);
}

/** A Win32 text that overlapped socket I/O gives for a Winsock error, right after a call's name, whole. */
function readAfterSocketCall(line: string, start: number, at: number): Recognised | undefined {
  if (at === -1) return undefined;
  // (Most lines go on with other words, "java.net.SocketException: Connection reset": one look
  // at the first letter spares them the patterns.)
  afterCallFirsts ??= new Set(WIN32_TEXTS_AFTER_SOCKET_CALL.map(([text]) => text.charAt(0).toLowerCase()));
  if (!afterCallFirsts.has(line.charAt(at).toLowerCase())) return undefined;
  for (const { pattern, symbol, lang } of textsAfterSocketCall()) {
    pattern.lastIndex = at;
    if (!pattern.test(line)) continue;
    const entry = indexes().name.get(symbol)?.entry;
    return entry
      ? { entry, platform: "windows", evidence: "message", lang, text: line.slice(start, pattern.lastIndex) }
      : undefined;
  }
  return undefined;
}

/**
 * The Win32 code's reading when the line holds its Windows text right before `at`; undefined when
 * it does not. null when it does but the code is one Windows gives lost shares and devices too
 * (notOnlySockets) and the line is no socket's (`socket` false): the error may be a file's, and
 * the number is no POSIX errno either.
 */
function win32TextBefore(line: string, at: number, value: number, socket: boolean): Recognised | null | undefined {
  const entry = win32SocketEntry(value);
  if (entry === undefined) return undefined;
  // (Dart puts ", " between: "… no longer available., errno = 64".)
  const before = line
    .slice(Math.max(0, at - 80), at)
    .trimEnd()
    .replace(/,$/, "")
    .trimEnd();
  for (const [printed, of] of WIN32_TEXTS_AFTER_SOCKET_CALL) {
    if (of === entry.symbol && before.toLowerCase().endsWith(printed.toLowerCase()))
      return socket || !entry.crosswalk.win32?.notOnlySockets ? (readWin32Socket(value) ?? null) : null;
  }
  return undefined;
}

/** The same for Rust's Debug form, which carries the text after the code: …, message: "<text>" }. */
function win32MessageAfter(line: string, at: number, value: number): Recognised | null | undefined {
  if (win32SocketEntry(value) === undefined) return undefined;
  // (Within a kind's name of the code: ", kind: ConnectionReset, ".)
  const message = line.slice(at, at + 48).indexOf('message: "');
  const end = message === -1 ? -1 : line.indexOf('"', at + message + 10);
  return end === -1 ? undefined : win32TextBefore(line, end, value, false);
}

/** A Win32 code that overlapped socket I/O gives for a Winsock error (data/sources/win32-socket-errors.json). */
function readWin32Socket(value: number): Recognised | undefined {
  const entry = win32SocketEntry(value);
  return entry ? { entry, platform: "windows", evidence: "decimal" } : undefined;
}

/**
 * A Win32 code of overlapped socket I/O whose meaning is the socket error's wherever Windows
 * gives it (1225 refused, 1231 and 1232 unreachable, 1236 aborted; none a POSIX errno), read
 * where an OS error's number stands (Dart's errno = 1225, Rust's (os error 1225)). Not
 * ERROR_NETNAME_DELETED (64) and ERROR_SEM_TIMEOUT (121), flagged notOnlySockets: a lost share's
 * and a device's codes too, and POSIX errno values besides.
 */
function readWin32SocketOnly(value: number): Recognised | undefined {
  return win32SocketEntry(value)?.crosswalk.win32?.notOnlySockets ? undefined : readWin32Socket(value);
}

let win32SocketEntries: Map<number, CatalogueEntry> | undefined;

/**
 * The entry whose crosswalk names this Win32 code, those Windows gives for other errors too
 * included: each caller decides from its line whether such a code is a socket's there.
 */
function win32SocketEntry(value: number): CatalogueEntry | undefined {
  win32SocketEntries ??= new Map(
    ENTRIES.flatMap((entry) => (entry.crosswalk.win32 ? [[entry.crosswalk.win32.value, entry] as const] : [])),
  );
  return win32SocketEntries.get(value);
}

const readWinsock = reader(WINSOCK_ONLY);
const readWinsockDecimal = reader(WINSOCK_DECIMAL);

/** The errno values FFmpeg gives four Winsock errors on Windows (libavformat/network.c's ff_neterrno). */
const FFMPEG_ERRNO_NAMES = new Set(["ETIMEDOUT", "ECONNREFUSED", "EINPROGRESS", "EPROTONOSUPPORT"]);

/** FFmpeg's "Error number -N occurred" on Windows: a Winsock code, or one of those errno values in MSVC's numbering. */
function readFfmpeg(value: number): Recognised | undefined {
  if (value >= 10_000) return readWinsockDecimal(value);
  const entry = indexes()
    .errno.msvc.get(value)
    ?.find((candidate) => FFMPEG_ERRNO_NAMES.has(candidate.crosswalk.posix?.name ?? ""));
  return entry ? { entry, platform: "windows", evidence: "decimal" } : undefined;
}

/**
 * The Winsock entry `symbol` as a POSIX system's error, read from its words (in English) or its
 * number: macOS's and FreeBSD's text of ETIMEDOUT where a failed connect() prints it, kubectl's
 * refused connection, .NET's EAGAIN of a lookup.
 */
function onPosix(symbol: string, evidence: "message" | "decimal"): Recognised | undefined {
  const entry = indexes().name.get(symbol)?.entry;
  if (!entry) return undefined;
  return evidence === "message"
    ? { entry, platform: "posix", evidence, lang: "en" }
    : { entry, platform: "posix", evidence };
}

/**
 * OpenSSH for Windows' texts of socket errno values, from its table of the errno values the
 * Windows C runtime has no text for (_sys_errlist_ext in
 * PowerShell/openssh-portable@1c713e59a6d1e3d39bea47df245ed6c1351468ec:contrib/win32/win32compat/misc.c),
 * where no Linux, macOS or FreeBSD C library prints the same words for the error (glibc's are
 * read as texts). Longest first; kept verbatim as match keys only. Windows' alone where only
 * this table has the words; no platform where musl (Alpine's OpenSSH) prints them too
 * (bminor/musl@86373b4999bfd9a9379bc4a3ca877b1c80a2a340:src/errno/__strerror.h). And BSD's and
 * musl's "Operation timed out", which OpenSSH for Windows never prints (its table says
 * "Connection timed out"): macOS's kex_exchange_identification: read: Operation timed out
 * (soapgu/PlayPen#121), read here where the connect line's port has not led to it already.
 */
const OPENSSH_WIN32_TEXTS: readonly (readonly [text: string, symbol: string, platform: Platform])[] = [
  ["Connection aborted by network", "WSAENETRESET", "windows"],
  ["The socket is not connected", "WSAENOTCONN", "windows"],
  ["Connection aborted", "WSAECONNABORTED", "unknown"],
  ["Connection reset", "WSAECONNRESET", "windows"],
  ["Network unreachable", "WSAENETUNREACH", "unknown"],
  ["Host is unreachable", "WSAEHOSTUNREACH", "unknown"],
  ["Address not available", "WSAEADDRNOTAVAIL", "unknown"],
  ["Not a socket", "WSAENOTSOCK", "unknown"],
  ["Operation timed out", "WSAETIMEDOUT", "posix"],
];

/**
 * Where the error's text starts after OpenSSH's `prefix` ending at `at` of `line`: at once, or
 * past the host ("Read from remote host h: ") or the host and port ("connect to host h port 22:
 * "), read by hand; -1 when something else follows.
 */
function opensshTextAt(line: string, prefix: string, at: number, port: boolean): number {
  const host = prefix.startsWith("Read from");
  if (!host && !port) return at;
  // ("connect to host" is OpenSSH's after "ssh: " or opening its line; another program's own
  // "Unable to connect to host db port 5432: …" is not read here.)
  const before = line.slice(Math.max(0, at - prefix.length - 12), at - prefix.length);
  if (prefix.startsWith("connect to") && !/(?:^|ssh: )\s*$/.test(before)) return -1;
  const rest = line.slice(at, at + 300);
  const colon = rest.indexOf(": ");
  if (colon <= 0) return -1;
  // (A host may be IPv6, colons and all: "Read from remote host fe80::1%eth0: ".)
  if (host) return /\s/.test(rest.slice(0, colon)) ? -1 : at + colon + 2;
  return /^\S+ port \S{1,10}$/.test(rest.slice(0, colon)) ? at + colon + 2 : -1;
}

/**
 * One of OPENSSH_WIN32_TEXTS at `at` of `line` (after OpenSSH's line from `from`, which names a
 * host's `port` or not), as a whole phrase.
 */
function readOpensshWin32Text(line: string, from: number, at: number, port: boolean): Recognised | undefined {
  if (at === -1) return undefined;
  for (const [text, symbol, platform] of OPENSSH_WIN32_TEXTS) {
    if (!line.startsWith(text, at)) continue;
    // (Not "Connection reset by peer", glibc's, nor words that begin a longer sentence; nor BSD's
    // timeout after a connect line's port, which the posix-message recogniser reads.)
    if (/^\w|^ [a-z]/.test(line.slice(at + text.length, at + text.length + 2))) return undefined;
    if (platform === "posix" && port) return undefined;
    const entry = indexes().name.get(symbol)?.entry;
    return (
      entry && {
        entry,
        platform,
        evidence: "message",
        lang: "en",
        text: line.slice(from, at + text.length),
        dialect: "openssh",
      }
    );
  }
  return undefined;
}

/**
 * Oracle Net's "nt secondary err code: N" without the platform's name, which its stack gives
 * lines above ("TNS for 64-bit Windows:"): 35 to 71 are the Winsock codes less 10000 (60, 61,
 * 54), which BSD's and macOS's errno values of the same errors equal (Winsock numbered them so),
 * so the code is told, not the platform; Linux numbers its socket errors from 88 up (110, 111,
 * 104). Below and between (Linux's 60 is ENOSTR), nothing. AIX, Solaris and HP-UX number their
 * errno values otherwise and are read wrongly where their numbers fall in these ranges (AIX's
 * 60 is EPROTOTYPE): Oracle Net on them is rare beside Windows and Linux.
 */
function readOracleSecondary(value: number): Recognised | undefined {
  if (value >= 35 && value <= 71) {
    const found = readWinsock(value + 10000);
    return found && { ...found, platform: "unknown" };
  }
  if (value < 88) return undefined;
  const entry = indexes()
    .errno.linux.get(value)
    ?.find((candidate) => candidate.kind === "winsock");
  return entry && isSocketSpecific(entry.crosswalk.posix?.name ?? "")
    ? { entry, platform: "posix", evidence: "decimal" }
    : undefined;
}

/** Kestrel's exception for libuv's errors, which it raises only for its sockets and pipes. */
const UV_EXCEPTION = "UvException";
/** libuv's errno right before a code's name, as "Error -4091 " (Kestrel's UvException), if there. */
function libuvErrnoBefore(line: string, at: number): number | undefined {
  const before = line.slice(Math.max(0, at - 13), at);
  if (!before.includes("Error -")) return undefined;
  const found = /\bError (-\d{1,5}) $/.exec(before);
  return found ? Number(found[1]) : undefined;
}
/** The platform a libuv errno of `entry` tells: Windows' own number, or Linux's or macOS's negated errno. */
function libuvPlatform(entry: CatalogueEntry, errno: number): Platform | undefined {
  const uv = entry.crosswalk.libuv;
  if (!uv) return undefined;
  if (uv.errnoWindows === errno) return "windows";
  return uv.errnoLinux === errno || uv.errnoMacos === errno ? "posix" : undefined;
}

/** A code name (ECONNRESET, EAI_AGAIN, ENOTFOUND) as Node, Ruby or C print it. */
function posixName(name: string): Recognised | undefined {
  const upper = name.toUpperCase();
  // (A Winsock entry before a Win32 alias of the same name: read EINVAL is WSAEINVAL, not 87.)
  const named = indexes().posixName.get(upper) ?? indexes().nodeCode.get(upper);
  const entry = named?.find((item) => item.kind === "winsock") ?? named?.[0];
  return entry ? { entry, platform: "unknown", evidence: "runtime-code" } : undefined;
}

/**
 * The numbers `read` turns into a finding: only Winsock values and errno numbers of
 * the catalogue can be read as anything, so only those are tried.
 */
function readableNumbers(read: (value: number) => Recognised | undefined): number[] {
  const numbers = new Set<number>(BY_VALUE.keys());
  for (const os of POSIX_OSES) for (const value of indexes().errno[os].keys()) numbers.add(Number(value));
  return [...numbers].filter((value) => value > 0 && read(value) !== undefined).sort((a, b) => a - b);
}

/** The Winsock numbers (10000 and up) read as a decimal code: the long anchors of shapes that print one in brackets. */
function winsockNumbers(): number[] {
  return readableNumbers(readWinsockDecimal).filter((value) => value >= 10_000);
}

/** Every character `\s` matches: ECMAScript's WhiteSpace and LineTerminator (checked in test/scan/anchors.test.ts). */
export const WHITESPACE = [
  ..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
];

/** Socket-specific names (ECONNRESET, EAI_AGAIN) with the prefix, of every code name the catalogue reads or of `names`. */
function codeNamesStartingWith(prefix: string, names = codeNames()): string[] {
  return [...new Set(names.filter((name) => name.startsWith(prefix) && isSocketSpecific(name)))];
}

/** The POSIX errno names the catalogue reads (not Node's own codes). */
function posixNames(): string[] {
  return [...indexes().posixName.keys()].map(String);
}

/** Every code name the catalogue reads: POSIX names and Node's codes. */
function codeNames(): string[] {
  return [...posixNames(), ...[...indexes().nodeCode.keys()].map(String)];
}

/** curl's texts by their words: what each stands for, or null for a text of two codes. */
let curlByText: Map<string, { entry: CatalogueEntry; platform: Platform } | null> | undefined;
/** The same texts, longest first ("Host not found, try again" before "Host not found"). */
let curlTexts: string[] | undefined;

const CURL_PREFIXES = [
  "Recv failure: ",
  "Send failure: ",
  "Failed to connect to ",
  "SSL_connect: ",
  "SSL_read: ",
  "SSL_write: ",
] as const;

/**
 * curl's text after one of its prefixes (at `start`, ending at `from`): after "Failed to connect
 * to " only past "<host> port <n>[ after <n> ms]: ". Read by hand, not by the pattern: a host of
 * up to 253 characters before " port" is linear to read, but no bounded repetition that long
 * passes the ReDoS detector.
 */
function readCurl(line: string, start: number, from: number, prefix: string): Recognised | undefined {
  // (A prefix inside a longer word is some other program's.)
  if (start > 0 && /\w/.test(line[start - 1] as string)) return undefined;
  let at = from;
  if (prefix === "Failed to connect to ") {
    // (Looked for within a host's length: on a long line, searching to its end for every
    // prefix was quadratic.)
    const port = at + line.slice(at, at + 253 + 6).indexOf(" port ");
    if (port <= at || /\s/.test(line.slice(at, port))) return undefined;
    at = digitsEnd(line, port + 6, 5);
    if (at === -1 || Number(line.slice(port + 6, at)) > 65_535) return undefined;
    if (line.startsWith(" after ", at)) {
      at = digitsEnd(line, at + 7, 10);
      if (at === -1 || !line.startsWith(" ms", at)) return undefined;
      at += 3;
    }
    if (!line.startsWith(": ", at)) return undefined;
    at += 2;
  }
  curlByText ??= curlTable();
  curlTexts ??= [...curlByText.keys()].sort((a, b) => b.length - a.length);
  const text = curlTexts.find((candidate) => line.startsWith(candidate, at));
  if (text === undefined) {
    // macOS's (BSD's) ETIMEDOUT words, where curl on Windows prints its own "Timed out": git on
    // macOS, "RPC failed; curl 56 Recv failure: Operation timed out" (not curl's own timer's
    // "Operation timed out after 30001 milliseconds").
    if (!line.startsWith(BSD_TIMEOUT, at) || WORD_AFTER.test(line.slice(at + BSD_TIMEOUT.length, at + 60)))
      return undefined;
    const timeout = onPosix("WSAETIMEDOUT", "message");
    return timeout && { ...timeout, text: line.slice(start, at + BSD_TIMEOUT.length) };
  }
  const end = at + text.length;
  // Whole: not the start of a longer text ("No buffer space available", glibc's; "Too many
  // references: cannot splice"), so not followed by a letter, a digit, a colon or another
  // lower-case word. OpenSSL's "SSL_connect: <text> in connection to <host>:<port>" goes on.
  const next = line[end];
  if (next !== undefined && !(prefix === "SSL_connect: " && line.startsWith(" in connection to ", end))) {
    if (/[\w:]/.test(next) || (next === " " && /[a-z]/.test(line[end + 1] ?? ""))) return undefined;
  }
  // (A text of two codes: WSAEINPROGRESS and WSAEALREADY share one.)
  const reading = curlByText.get(text);
  if (!reading) return undefined;
  return {
    entry: reading.entry,
    platform: reading.platform,
    evidence: "message",
    lang: "en",
    text: line.slice(start, end),
  };
}

/** BSD's text of ETIMEDOUT, and what follows a program's own timer's words instead of the text's end. */
const BSD_TIMEOUT = "Operation timed out";
const WORD_AFTER = /^(?: {1,4}after\b|[\w:])/;

const NO_SUCH_HOST = ": no such host";

/**
 * Where Go's `<host>[ on <server>]: no such host` after "lookup " (at `at`) ends, or -1: a
 * host of 1 to 253 characters without blanks or colons; a server as an IPv4 address or an
 * IPv6 one in brackets, with or without a port.
 */
function goLookupEnd(line: string, at: number): number {
  let end = at;
  while (end < line.length && end - at < 254 && !/[\s:]/.test(line[end] as string)) end++;
  if (end === at || end - at > 253) return -1;
  if (line.startsWith(" on ", end)) {
    const server = /^(?:\[[0-9A-Fa-f:.]{2,45}\]|[0-9.]{7,15})(?::\d{1,5})?/.exec(line.slice(end + 4, end + 4 + 54));
    if (!server) return -1;
    end += 4 + server[0].length;
  }
  if (!line.startsWith(NO_SUCH_HOST, end) || /\w/.test(line[end + NO_SUCH_HOST.length] ?? "")) return -1;
  return end + NO_SUCH_HOST.length;
}

/** Where the 1 to `most` digits at `at` end, or -1 (none, or more). */
function digitsEnd(line: string, at: number, most: number): number {
  let end = at;
  while (end < line.length && end - at < most && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
  return end > at && !(line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) ? end : -1;
}

function curlTable(): Map<string, { entry: CatalogueEntry; platform: Platform } | null> {
  const table = new Map<string, { entry: CatalogueEntry; platform: Platform } | null>();
  for (const row of matchTexts()) {
    if (row.dialect !== "curl") continue;
    const entry = indexes().name.get(row.symbol)?.entry;
    if (entry) table.set(row.text, table.has(row.text) ? null : { entry, platform: row.platform });
  }
  return table;
}

/** How far a repr's text may reach: Windows' longest texts, escaped, with room to spare. */
const REPR_TEXT_LIMIT = 600;

/**
 * The winerror argument of the repr whose text starts at `from`, read as this repr's: the code
 * itself where the errno is the code less 10000 (CPython's PC/errmap.h:
 * PermissionError(13, 'An attempt was made…', None, 10013, None)), or a Win32 code of
 * overlapped socket I/O, where the exception is a connection's or the line asyncio's proactor's
 * (`exception=ConnectionResetError(22, 'The specified network name is no longer available',
 * None, 64, None)`: ERROR_NETNAME_DELETED, which a lost share gives too, so not from a bare
 * OSError elsewhere).
 */
function winerrorAfter(line: string, from: number, errno: number, socket: boolean): Recognised | undefined {
  // (Within the text's reach only: a line of a thousand reprs is not searched to its end per repr.)
  const window = line.slice(from, from + REPR_TEXT_LIMIT);
  const slot = WINERROR_SLOT.exec(window);
  if (!slot) return undefined;
  // (Not a later repr's: this one ends before it with its text, "…')".)
  const closed = [window.indexOf("')"), window.indexOf('")')].filter((at) => at !== -1);
  if (closed.some((at) => at < slot.index)) return undefined;
  const winerror = Number(slot[1]);
  if (winerror === errno + 10_000) return readWinsockDecimal(winerror);
  const entry = win32SocketEntry(winerror);
  return entry && (socket || !entry.crosswalk.win32?.notOnlySockets) ? readWin32Socket(winerror) : undefined;
}

/** What OpenVPN prints right before "(code=N)": its text of the error ("Unknown error" where mingw has none, or Windows' with the code's name in brackets). */
const OPENVPN_TEXT_BEFORE = /(?:Unknown error|\(WSA[A-Z_]{3,30}\)) $/;

/** A repr's winerror argument after its text: ', None, 64, None). */
const WINERROR_SLOT = /['"], None, (\d{1,5}), None\)/;

/** A connection's exceptions before a repr's "Error(", or asyncio's proactor at a socket's call on the line. */
const SOCKET_REPR_BEFORE = /(?:Connection(?:Reset|Aborted|Refused)|BrokenPipe|Timeout)$/;
const PROACTOR_SOCKET_CALL = /\bIocpProactor\.(?:accept|connect|recv|recv_into|recvfrom|recvfrom_into|send|sendto)\b/;

/**
 * The Winsock errors a connection to SQL Server meets (10055's lack of buffer space among them).
 * SQL Server's own message numbers take some Winsock values, which are no connection's: a
 * blocking call's interruption, a usage error, QoS (10004, 10009, 10022, 11005 and on).
 */
const SSMS_CATEGORIES: ReadonlySet<string> = new Set([
  "connection",
  "network",
  "address",
  "name-resolution",
  "permission",
  "resource",
]);

/** What SSMS prints between "Microsoft SQL Server," and the code: one word (Fehler, エラー, 錯誤), then its colon. */
const SSMS_LABEL = /^ ?[^\s:：]{2,12} ?[:：] ?$/;

/** The end of a longer name before "GetLastError" or "dwLastError" (but "WSA" and "_" start it). */
const NAME_BEFORE = /(?<!WS)(?<!W)[A-Za-z0-9]$/;

/** glibc's "Unknown " right before an "error N" (see the error-code shape). */
const UNKNOWN_BEFORE = /Unknown $/;
/** What opens a .NET TraceSource line before its event type: the source's name. */
const TRACE_SOURCE = /^\s*[A-Za-z_][\w.]{0,63} $/;

/** What C programs print between "error" and a code (the error-code shape reads up to five of them). */
const SEPARATORS = [" ", ":", "=", "#", "\t"];

// Every socket-specific name of policy.ts, as prefixes or whole.
const SOCKET_NAME_ANCHORS = ["ECONN", "EADDR", "ENET", "EHOST", "ETIMEDOUT", "ENOTCONN", "EISCONN", "ENOTSOCK"]
  .concat(["ENOBUFS", "EPROTO", "EAFNOSUPPORT", "EMSGSIZE", "ESHUTDOWN", "EAI_", "ENOTFOUND"])
  .concat(["EDESTADDRREQ", "EPFNOSUPPORT", "ESOCKTNOSUPPORT"]);

/** Those of the POSIX errno names alone (not getaddrinfo's EAI_ nor Node's ENOTFOUND). */
const ERRNO_NAME_ANCHORS = SOCKET_NAME_ANCHORS.filter((anchor) => !anchor.includes("_") && anchor !== "ENOTFOUND");

/** The shape of a code name (runtime-code's pattern, whole). */
const CODE_NAME = /^E[A-Z][A-Z_]{2,20}$/;

/** The first three characters of every code name the catalogue can read (EAC for EACCES, ECO for ECONNRESET). */
function codeNamePrefixes(): string[] {
  return [
    ...new Set(
      codeNames()
        .filter((name) => CODE_NAME.test(name))
        .map((name) => name.slice(0, 3)),
    ),
  ];
}

export const RECOGNISERS: readonly Recogniser[] = [
  {
    // Python on Windows: ConnectionResetError: [WinError 10054] An existing connection … — and
    // the Win32 codes overlapped I/O gives for the same errors (asyncio's proactor:
    // ConnectionRefusedError: [WinError 1225] The remote computer refused the network connection).
    // Also its code retyped without the brackets, in any case ("winerror 10054：远程主机…", an issue's
    // title in RVC-Project/Retrieval-based-Voice-Conversion-WebUI#1897): a Winsock code only.
    dialect: "python-winerror",
    anchors: ["WinError", "winerror", "Winerror", "WINERROR"],
    pattern: /\[WinError (-?\d{1,10})\]|\b(?:WinError|winerror|Winerror|WINERROR) ?(1[01]\d{3})\b/g,
    read: (match, line) => {
      if (match[2] !== undefined) return readWinsock(Number(match[2]));
      const value = Number(match[1]);
      return (
        readWinsockOrAlias(value) ??
        (namesAFile(line, match.index + match[0].length) ? undefined : readWin32Socket(value))
      );
    },
  },
  {
    // Python's OSError repr and error tuples: ConnectionResetError(10054, 'An existing …', None, 10054, None),
    // ConnectionResetError(104, 'Connection reset by peer'), error(10054, '…'), gaierror(11001, '…'),
    // OpenSSL's SysCallError: (10054, 'WSAECONNRESET')
    dialect: "python-oserror-repr",
    anchors: ["Error(", "error(", "rror (", ", '", ', "'],
    // (With the number's first digit: "rror (" alone is six bytes of everyday text.)
    longAnchors: () => [
      ...["Error(", "error(", "rror ("].flatMap((open) => [..."123456789"].map((digit) => `${open}${digit}`)),
      ...readableNumbers(readOsError).flatMap((value) =>
        [": (", ":("].flatMap((open) => [`${open}${value}, '`, `${open}${value}, "`]),
      ),
    ],
    // (No leading zeros: Python prints none, and the byte prefilter's long anchors have none.)
    pattern: /(?:[Ee]rror|:) ?\(([1-9]\d{0,4}), ['"]/g,
    read: (match, line) => {
      const value = Number(match[1]);
      // Python on Windows puts a Winsock code's errno first and the code itself in the fourth
      // argument, winerror; for six codes the errno is the code less 10000 (CPython's PC/errmap.h):
      // PermissionError(13, 'An attempt was made…', None, 10013, None).
      return (
        (value < 100
          ? winerrorAfter(
              line,
              match.index + match[0].length,
              value,
              SOCKET_REPR_BEFORE.test(line.slice(Math.max(0, match.index - 20), match.index)) ||
                PROACTOR_SOCKET_CALL.test(line),
            )
          : undefined) ?? unlessLinuxText(readOsError(value), line, match, value)
      );
    },
  },
  {
    // [Errno 11001] getaddrinfo failed · errno: -4077 · errno 104 · "errno":-111 · and Apple's
    // NSError of a system call, whose code is the Darwin errno: Error Domain=NSPOSIXErrorDomain
    // Code=61 "Connection refused" (CFNetwork, Foundation; see readDarwinErrno).
    dialect: "errno",
    anchors: ["errno", "Errno", "ERRNO", NS_POSIX_DOMAIN],
    longAnchors: () => [
      ...["errno", "Errno", "ERRNO"].flatMap((word) =>
        [..."\"':=-0123456789", ...WHITESPACE].map((next) => `${word}${next}`),
      ),
      NS_POSIX_DOMAIN,
    ],
    pattern:
      /\b(?:errno|Errno|ERRNO)["']?[:=\s]{0,5}(-?\d{1,10})\b|\bNSPOSIXErrorDomain,? [Cc]ode[ =:]{1,3}(\d{1,3})\b/g,
    // Dart on Windows prints a Win32 code of overlapped socket I/O: after Windows' text of it
    // (SocketException: OS Error: The specified network name is no longer available., errno = 64;
    // a FileSystemException on a lost share prints the same words and number, and gets no
    // finding), or one no POSIX system has, in its own shape (errno = 1225), address = …; not
    // elsewhere: errno: 1231 from Node's mysql driver is a MySQL server error).
    read: (match, line) => {
      if (match[2] !== undefined) return readDarwinErrno(Number(match[2]));
      const value = Number(match[1]);
      // Python's own brackets round a negative number: only socket.gaierror has one, the C
      // library's getaddrinfo code (glibc's and musl's are negative): "[Errno -3] Try again",
      // musl's words for EAI_AGAIN, which say nothing alone.
      if (value < 0 && line.charAt(match.index - 1) === "[" && match[0].startsWith("Errno "))
        return LOOKUP_WORDS.test(line) ? readGetaddrinfo(value) : undefined;
      const beside = win32TextBefore(line, match.index, value, isDartSocketError(line, match));
      if (beside !== undefined) return beside ?? undefined;
      const found = unlessLinuxText(readErrno(value), line, match, value);
      // (A child process's error object: Bun's "spawnSync sudo ETIMEDOUT { code: 'ETIMEDOUT', errno: -110 }".)
      if (found && isSpawnError(line, match.index, found.entry.crosswalk.posix?.name ?? "")) return undefined;
      return (
        found ??
        (win32SocketEntry(value) !== undefined && isDartErrno(line, match) ? readWin32SocketOnly(value) : undefined)
      );
    },
  },
  {
    // Rust: … (os error 10054) · Os { code: 10054, kind: ConnectionReset, … }
    dialect: "rust",
    anchors: ["os error", "Os {"],
    longAnchors: () => ["(os error ", "Os { code: "],
    pattern: /\(os error (\d{1,10})\)|\bOs \{ code: (\d{1,10})/g,
    // (Windows' text beside a Win32 code of overlapped socket I/O says the number is Windows':
    // The specified network name is no longer available. (os error 64) is no POSIX errno 64, nor
    // is Os { code: 121, …, message: "The semaphore timeout period has expired." } Linux's 121.
    // Rust prints a file's error on a lost share and a device's timeout the same way, so those
    // two codes beside their text are no finding at all.)
    read: (match, line) => {
      const value = Number(match[1] ?? match[2]);
      const beside =
        match[1] !== undefined
          ? win32TextBefore(line, match.index, value, false)
          : win32MessageAfter(line, match.index + match[0].length, value);
      if (beside !== undefined) return beside ?? undefined;
      return unlessLinuxText(readOsError(value), line, match, value) ?? readWin32SocketOnly(value);
    },
  },
  {
    // .NET: System.Net.Sockets.SocketException (10061): No connection could be made … — on Linux
    // the errno, SocketException (111): Connection refused; sometimes hex, SocketException (0x2746)
    dialect: "dotnet",
    anchors: ["SocketException (", HTTP_TRY_AGAIN, LOOKUP_TRY_AGAIN],
    // (.NET Core 2–3's ExtendedSocketException puts eight hex digits first: (00000001, 11).)
    // HTTP_TRY_AGAIN and LOOKUP_TRY_AGAIN: their text alone.
    pattern:
      /SocketException \((?:(?:[0-9A-F]{8}, )?(\d{1,10})|0x([0-9A-Fa-f]{1,8}))\)|(?<=HttpRequestException: )Resource temporarily unavailable(?= \()|(?<=ExtendedSocketException ?: )Resource temporarily unavailable(?=\.?\s*$)/g,
    read: (match, line) => {
      if (match[2] !== undefined) return best(resolveHex(Number.parseInt(match[2], 16)));
      if (match[1] === undefined) return onPosix("WSATRY_AGAIN", "message");
      const value = Number(match[1]);
      if ((value === 11 || value === 35) && line.startsWith(TRY_AGAIN_TEXT, match.index + match[0].length)) {
        // (A lookup's text ends the line; a connect's endpoint after it is no lookup's: LOOKUP_TRY_AGAIN.)
        const rest = line.slice(match.index + match[0].length + TRY_AGAIN_TEXT.length);
        return TRY_AGAIN_CONTEXT.test(line.slice(0, match.index + 16)) && /^\.?\s*$/.test(rest)
          ? onPosix("WSATRY_AGAIN", "decimal")
          : undefined;
      }
      return readSocketOsError(value);
    },
  },
  {
    // .NET: SocketErrorCode: TimedOut · SocketError.ConnectionReset (the same names on Linux) ·
    // StackExchange.Redis 2.x: SocketFailure (ReadSocketError/ConnectionReset, last-recv: 4)
    // (Pipelines.Sockets.Unofficial's shutdown kind, '/', the SocketError; 2.8.58's PhysicalConnection.cs,
    // StackExchange/StackExchange.Redis@4c70460a0d2f609896865be884f3448aabe95e97, lines 442-449).
    // Only that shape may follow a longer word: "onSocketError: Disconnecting client" is a handler's.
    dialect: "dotnet-socketerror",
    anchors: ["SocketError"],
    pattern: /\bSocketError(?:Code)?[:=.\s]{1,5}([A-Z][A-Za-z]{3,40})\b|SocketError\/([A-Z][A-Za-z]{3,40})\b/g,
    read: (match) => {
      const entry = indexes().dotnet.get((match[1] ?? (match[2] as string)).toLowerCase())?.[0];
      return entry ? { entry, platform: "unknown", evidence: "symbol" } : undefined;
    },
  },
  {
    // Delphi/Indy: Socket Error # 10054 (on Linux the errno: Socket Error # 111), socket error 10061.
    // And librtmp's failed send, the same system's number (GetSockError(): WSAGetLastError() on
    // Windows, errno elsewhere), as OBS, ffmpeg and nginx-rtmp's relays log it: "WriteN, RTMP send
    // error 104 (453 bytes)" (obsproject/obs-studio@548938c2108340b8aea31d3331c7e77e9d5ac011:plugins/obs-outputs/librtmp/rtmp.c, WriteN).
    dialect: "delphi",
    anchors: ["Socket Error", "Socket error", "socket error", "socket Error", "RTMP send error "],
    pattern: /\b[Ss]ocket [Ee]rror:? ?#? ?(\d{1,10})\b|\bRTMP send error (\d{1,5})\b/g,
    read: (match) => {
      const recognised = readOsError(Number(match[1] ?? match[2]));
      return recognised && match[2] !== undefined ? { ...recognised, dialect: "librtmp" } : recognised;
    },
  },
  {
    // Boost.Asio: … [system:10054], error: system:111 (on Linux the errno), system: 10057
    dialect: "boost-asio",
    anchors: ["system:"],
    longAnchors: () => [..."0123456789"].flatMap((digit) => [`system:${digit}`, `system: ${digit}`]),
    pattern: /\bsystem: ?(\d{1,10})\b/g,
    read: number(OS_ERROR),
  },
  {
    // PostgreSQL/libpq on Windows: Connection refused (0x0000274D/10061)
    dialect: "postgres",
    anchors: ["x0000"],
    longAnchors: () => ["(0x0000"],
    // (A Winsock code in eight hex digits always starts 0000.)
    pattern: /\(0x0000[0-9A-Fa-f]{4}\/(\d{1,10})\)/g,
    read: number(WINSOCK_ONLY),
  },
  {
    // Oracle: TNS-12560 … 32-bit Windows Error: 61 — the Winsock code less 10000. And the error
    // stack of Oracle Net's alert and sqlnet logs, "TNS-00505: Operation timed out" then "nt
    // secondary err code: 60", the transport's system error: on Windows the Winsock code less
    // 10000 (jvortega.wordpress.com/2012/11/24/solving-elusive-problems-oracle-timeout), on
    // Linux the errno, 110 (manishnashikkar.blogspot.com/2014/08/removing-fatal-ni-connect-error-12170.html);
    // see readOracleSecondary.
    dialect: "oracle",
    anchors: ["Windows Error:", "secondary err code: "],
    pattern: /(?:32|64)-bit Windows Error: (\d{1,5})\b|\bnt secondary err code: (\d{1,5})\b/g,
    read: (match) => {
      if (match[2] !== undefined) return readOracleSecondary(Number(match[2]));
      const value = Number(match[1]);
      return readWinsock(value < 1100 ? value + 10000 : value);
    },
  },
  {
    // Apache httpd (and Citrix's gateways built on it) on Windows: (OS 10061)No connection could be
    // made because the target machine actively refused it.  : AH00957: … — APR's status before
    // Windows' own text, in the system's language (apache/httpd server/log.c prints "(OS %d)";
    // below 10000 it is some other Win32 error: (OS 5)Access is denied.)
    dialect: "apache",
    anchors: ["(OS 1"],
    longAnchors: () => winsockNumbers().map((value) => `(OS ${value}`),
    pattern: /\(OS (1[01]\d{3})\)/g,
    read: (match) => readWinsockDecimal(Number(match[1])),
  },
  {
    // FFmpeg on Windows: [http @ 000002af394a35c0] URL read error: Error number -10054 occurred ·
    // [tcp @ 0000029f61866cc0] Connection to tcp://localhost:19351?tcp_nodelay=0 failed: Error number -138
    // occurred. Built without strerror_r, av_strerror prints any number outside its own table so
    // (jamrial/FFmpeg@23b28e8353485f49095835b36dd6993a603213eb:libavutil/error.c); a socket's error is
    // the Winsock code negated, or for four codes the MSVC errno it maps them to (ff_neterrno, and
    // FFmpeg's own connect timeout is ETIMEDOUT: mkver/FFmpeg@6110a2371433b3cd9456d40d66f49a4d40fb13a6:
    // libavformat/network.c), 138 for ETIMEDOUT in MSVC's errno.h.
    dialect: "ffmpeg",
    anchors: ["Error number -"],
    pattern: /\bError number -(\d{1,5}) occurred\b/g,
    read: (match) => readFfmpeg(Number(match[1])),
  },
  {
    // SQL Server ODBC, .NET and others: ErrorCode: 10054 · (Error code 10054) · error: 10054 · Error code 0x2746;
    // C programs after WSAGetLastError(): recv failed with error 10054 · socket failed with error = 10093;
    // and after getsockopt(SO_ERROR), the socket's pending error, a Winsock code or the errno:
    // Connect failed SO_ERROR=10049 (warmcat/libwebsockets#2223) · SO_ERROR=111
    dialect: "error-code",
    // The separators C and C++ programs print ("error: ", "error : ", "error = ", "error #",
    // "error\t", any two of SEPARATORS), each with what must follow it, so that every anchor is seven bytes
    // or more: "Error: " alone is everywhere in logs, and a short anchor is mostly everyday
    // pieces ("rror") to the byte prefilter. Both paths read these same anchors (a recogniser
    // reads its whole line once one of its anchors is on it: test/scan/anchor-coverage.test.ts).
    anchors: [
      ...["rror", "RROR"].flatMap((word) => [
        `${word}Code`,
        `${word}code`,
        `${word} code`,
        `${word} Code`,
        `${word} : `,
        `${word} = `,
        `${word} == `,
        ...[..."10:=#", ...WHITESPACE].map((next) => `${word}: ${next}`),
        ...SEPARATORS.flatMap((separator) => ["10", "11", "0x"].map((number) => `${word}${separator}${number}`)),
        // Any two separators, then the code's first character ("error =10054", "error:\t10054").
        ...SEPARATORS.flatMap((first) => SEPARATORS.map((second) => first + second)).flatMap((separator) =>
          ["1", "0"].map((next) => `${word}${separator}${next}`),
        ),
      ]),
      "SO_ERROR",
    ],
    pattern:
      /\b(?:[Ee]rror|ERROR)(?: ?[Cc]ode)?[:=#\s]{0,5}(0x[0-9A-Fa-f]{1,8}|1[01]\d{3})\b|\bSO_ERROR[:=\s]{1,3}(\d{1,5})\b/g,
    read: (match, line) => {
      if (match[2] !== undefined) return readOsError(Number(match[2]));
      const text = match[1] as string;
      if (!text.startsWith("0x")) {
        // .NET's TraceSource writes "<source> Error: <event id> : <message>" (the source's name
        // opens the line): an id, not a code.
        if (
          line.startsWith(" : ", match.index + match[0].length) &&
          line.startsWith("Error: ", match.index) &&
          TRACE_SOURCE.test(line.slice(0, match.index))
        )
          return;
        // An HTTP API's own code after the response's status (HTTP_STATUS_BEFORE), and MetaTrader 5's
        // trade server's after its trade functions: TRADE_RETCODE_* take 10004 to 10046
        // ("OrderSend error 10016 invalid stops", Jessika-Art/Trading-Bot-MT5-Forex#1).
        const before = line.slice(Math.max(0, match.index - 48), match.index);
        if (HTTP_STATUS_BEFORE.test(before) || METATRADER_CALL_BEFORE.test(before)) return;
        const found = readWinsock(Number(text));
        // glibc's strerror of a number it does not know, "Unknown error 10054": a Winsock number
        // passed to a POSIX system's strerror, as .NET on Linux does with its SocketError.
        return found && UNKNOWN_BEFORE.test(line.slice(Math.max(0, match.index - 8), match.index))
          ? { ...found, platform: "unknown" }
          : found;
      }
      const value = Number.parseInt(text.slice(2), 16);
      // Microsoft's ODBC driver for Linux and macOS prints its TCP provider's error as a code:
      // a Winsock number (TCP Provider: Error code 0x2746 (10054), Error code 0x2746[Microsoft]…)
      // or the system's errno (TCP Provider: Error code 0x68 (104)), which the driver on Windows
      // words instead (TCP Provider: An existing connection was forcibly closed …).
      const afterProvider = line.startsWith("TCP Provider: ", match.index - 14);
      if (afterProvider || line.startsWith("[Microsoft]", match.index + match[0].length)) {
        if (value < 10_000) {
          const errno = afterProvider ? readUnixErrno(value) : undefined;
          return errno && { ...errno, evidence: "hex" };
        }
        const found = best(resolveHex(value));
        return found && { ...found, platform: "unknown" };
      }
      return best(resolveHex(value));
    },
  },
  {
    // OpenSSL 3 packs a system call's error into its error code as 0x80000000 | the error
    // (ERR_SYSTEM_FLAG, openssl/openssl@da1c088f599af3755aaeed1c447a39621ef12e1f:include/openssl/err.h.in):
    // A0340100:error:8000274C:system library:BIO_connect:Unknown error:…:calling connect() on Windows,
    // where a socket's error is the Winsock code (0x274C = 10060, which the C runtime's text for it
    // does not know: openssl/openssl#24957) · …:error:8000006F:system library:BIO_connect:Connection
    // refused:… on Linux (errno 111).
    dialect: "openssl",
    anchors: [":system library:"],
    pattern: /\berror:(8[0-9A-Fa-f]{7}):system library:/g,
    // An errno elsewhere is not read: its number means other errors on Linux and the BSDs (38 is
    // ENOSYS on Linux, ENOTSOCK on macOS), and OpenSSL prints the system's text after it, which
    // the texts' reader reads ("…:BIO_connect:Connection refused:…").
    read: (match) => {
      const found = readWinsockDecimal(Number.parseInt(match[1] as string, 16) - 0x8000_0000);
      return found && { ...found, evidence: "hex" };
    },
  },
  {
    // SQL Server Management Studio's dialog ends with the code under its "Error" in the UI's
    // language: (Microsoft SQL Server, Fehler: 10061) · (Microsoft SQL Server, Erreur : 10060) ·
    // (Microsoft SQL Server、エラー:10061) · (Microsoft SQL Server，錯誤: 10061), after the provider's
    // text; a connection's Winsock error there, or SQL Server's own message number (18456, a failed
    // login; see SSMS_CATEGORIES). The English "Error: 10061" is the error-code shape's too.
    dialect: "ssms",
    anchors: ["Microsoft SQL Server"],
    // (The label checked in read: one pattern for both was past what the ReDoS detector can rate.)
    pattern: /\(Microsoft SQL Server[,，、]([^()\d]{2,16})(1[01]\d{3})\)/g,
    read: (match) => {
      if (!SSMS_LABEL.test(match[1] as string)) return undefined;
      const found = readWinsock(Number(match[2]));
      return found && SSMS_CATEGORIES.has(found.entry.category) ? found : undefined;
    },
  },
  {
    // C and C++ programs printing the call's result: ERROR: WSAGetLastError(): 10040 ·
    // WSAGetLastError() returned 10054 · WSAGetLastError = 10061 · a WSAGetLastError of 10054; and
    // the thread's last error, which a failed Winsock call sets alike: GetLastError: 10060 (ntttcp) ·
    // dwLastError=10022. Winsock numbers only: GetLastError() = 2 is a file's.
    // And a C program's call with WSAGetLastError() after its "failed": connect() failed: 10061 ·
    // WSAStartup failed: 10091 · WSASendMsg() failed: 10022 (LizardByte/Sunshine#3043); Envoy's
    // upstream connect failure with the errno, on any system: … transport failure reason:
    // delayed connect error: 111 (ygalblum/quadlet-demo#8; its access log writes
    // delayed_connect_error:_111).
    dialect: "wsagetlasterror",
    anchors: ["etLastError", "dwLastError", "failed: 10", "failed: 11", "connect error: ", "connect_error:_"],
    // (From "GetLastError" on, WSA or not: an optional or alternative "WSA" before it was past
    // what the ReDoS detector can rate. "=" and "==" are separators. Envoy's "delayed" or
    // "immediate" is checked in read, as the detector could not rate it in the pattern.)
    pattern:
      /(?:[Gg]et|dw)LastError(?:\(\))?(?: (?:returned|returns|is|was|of))?[:=\s]{0,5}(\d{1,10})\b|failed: (1[01]\d{3})(?!\d)|connect[ _]error:[ _](\d{1,5})(?!\d)/g,
    read: (match, line) => {
      const end = match.index + match[0].length;
      // (Not a count or a time after the words: "upload failed: 10050 bytes left".)
      if (match[2] !== undefined)
        return SOCKET_CALL_FAILED.test(line.slice(Math.max(0, match.index - 90), match.index + 8)) &&
          !COUNT_AFTER.test(line.slice(end, end + 12))
          ? readWinsockDecimal(Number(match[2]))
          : undefined;
      if (match[3] !== undefined)
        return ENVOY_BEFORE.test(line.slice(Math.max(0, match.index - 10), match.index))
          ? readOsError(Number(match[3]))
          : undefined;
      // (A name's own start: after "WSA", "_" or no letter or digit; not "lpdwLastError".)
      return NAME_BEFORE.test(line.slice(Math.max(0, match.index - 3), match.index))
        ? undefined
        : readWinsock(Number(match[1]));
    },
  },
  {
    // A bare Winsock number in brackets counts on a line that talks about a connection or an
    // error: MySQL's (10061), nginx's (10013: An attempt was made…), PHP's [10048]: Only one usage…,
    // [11001]; OpenVPN's "read UDP: Unknown error (code=10054)", "(fd=1d4,code=10054)" since 2.6
    // (x_check_status prints openvpn_errno(), GetLastError() on Windows, after the fd, in hex there:
    // OpenVPN/openvpn@3de926089fdebd79b9d25e80c31e45c1e044911d:src/openvpn/error.c#L665-L681,
    // src/openvpn/error.h#L70-L75, src/openvpn/syshead.h#L444; without the fd before
    // OpenVPN/openvpn@8ccce69dc1b7ffdb533939cf5e5d054c64e23617).
    // nginx on Linux and macOS prints the errno the same way: "bind() to 0.0.0.0:80 failed (98:
    // Address in use)" (ngx_log_errno's " (%d: %s)" after its call, nginx/nginx@3f6f7824d4e2eb1ac37dec76683d525ac0ff521c:src/core/ngx_log.c),
    // read where musl's words are no key (Alpine; data/sources/posix-messages-musl.json).
    dialect: "bracketed",
    // (No anchor may start with a digit: it would fire at every digit of every timestamp.)
    anchors: ["(10", "(11", "[10", "[11", "(code=1", ",code=1", NGINX_FAILED],
    longAnchors: () => [
      ...winsockNumbers().flatMap((value) => [`(${value}`, `[${value}`]),
      "(code=1",
      ",code=1",
      NGINX_FAILED,
    ],
    pattern:
      /[([](?:(?:fd=-?[0-9a-f]{1,16},)?code=)?(1[01]\d{3})(?:[)\]]|: )|(?<=\(\) (?:to \S{1,255} )?failed )\((\d{1,3}): /g,
    read: (match, line) =>
      match[2] !== undefined
        ? readSocketOsError(Number(match[2]))
        : /connect|server|socket|error|fail|refused|reset|timed? ?out|host|bind/i.test(line) &&
            // (OpenVPN's code only where OpenVPN's shape tells it: after its fd, or after the text it
            // prints, "Unknown error" or Windows' with the code's name; not "Job done (code=10022)".)
            (!match[0].includes("code=") ||
              match[0].includes("fd=") ||
              OPENVPN_TEXT_BEFORE.test(line.slice(0, match.index))) &&
            // (Not a name's number in brackets: syslog's process id, "sshd[10054]: Failed password", or
            // a user's, "user2(10059),"; a word's own number is read: "No such host is known[11001].")
            !(
              /[\w)\]]/.test(line.charAt(match.index - 1)) &&
              /[:,]/.test(line.charAt(match.index + match[0].length - (match[0].endsWith(": ") ? 2 : 0)))
            ) &&
            // (Not the SQL Server ODBC driver's decimal after its hex, "Error code 0x2746 (10054)": the
            // error-code reader reads that, and on Linux too.)
            !ODBC_HEX_BEFORE.test(line.slice(Math.max(0, match.index - 22), match.index))
          ? readWinsockDecimal(Number(match[1]))
          : undefined,
  },
  {
    // MySQL on macOS and Linux prints the errno: Can't connect to MySQL server on 'host' (61), and
    // for the server's Unix socket: Can't connect to local MySQL server through socket
    // '/var/run/mysqld/mysqld.sock' (111) (CR_CONNECTION_ERROR; MariaDB's client says "local
    // server" and "to server on", mariadb-corporation/mariadb-connector-c@00b35605e05ab6e6fb96a32a50dfd2553c32f717:libmariadb/ma_errmsg.c
    // has the older words; a missing socket file's (2) is no socket's error and gives none);
    // and after a lost connection, the system's code on any system: Lost connection to MySQL
    // server at 'reading initial communication packet', system error: 104 (CR_SERVER_LOST_EXTENDED;
    // 10054 and 10060 on Windows; MariaDB's client says "Lost connection to server at"). After a
    // failed lookup, getaddrinfo's code: Unknown MySQL server host 'db' (-2) (MariaDB's client:
    // "Unknown server host"; it passes getaddrinfo's return value, mariadb-corporation/
    // mariadb-connector-c@00b35605e05ab6e6fb96a32a50dfd2553c32f717:plugins/pvio/pvio_socket.c).
    dialect: "mysql",
    anchors: [
      "MySQL server on",
      "MySQL server at",
      "to server at '",
      "server host '",
      "to server on '",
      "server through socket '",
    ],
    pattern: /' \((-?\d{1,5})\)|(?<=', )system error: (\d{1,5})\b/g,
    read: (match, line) =>
      match[2] !== undefined
        ? LOST_CONNECTION.test(line)
          ? readOsError(Number(match[2]))
          : undefined
        : UNKNOWN_HOST.test(line.slice(Math.max(0, match.index - 300), match.index + 1))
          ? readGetaddrinfo(Number(match[1]))
          : CONNECT_FAILED.test(line)
            ? unlessInProgress(readOsError(Number(match[1])))
            : undefined,
  },
  {
    // curl and git for Windows: curl: (56) Recv failure: Connection was reset · error: RPC failed;
    // curl 28 Failed to connect to github.com port 443 after 21061 ms: Timed out · OpenSSL
    // SSL_connect: Connection was reset in connection to github.com:443 · OpenSSL SSL_read:
    // Connection was reset (git for Windows; later curl adds ", errno 10054") — curl's own words for
    // the Winsock code (data/sources/curl.json). Too short to mean anything alone ("Timed out"),
    // they are read only after these prefixes, and only whole (readCurl).
    dialect: "curl",
    anchors: [...CURL_PREFIXES],
    // (The prefixes hold no character special to a regular expression.)
    pattern: new RegExp(CURL_PREFIXES.join("|"), "g"),
    read: (match, line) => readCurl(line, match.index, match.index + match[0].length, match[0]),
  },
  {
    // WSAECONNRESET, WSAETIMEDOUT (10060), WSA_IO_PENDING; and Qt's socket error names as qDebug
    // prints them, QAbstractSocket::ConnectionRefusedError (see QT_SOCKET_ERRORS).
    dialect: "symbol",
    anchors: ["WSA", QT_SOCKET],
    longAnchors: () => [...indexes().name.keys()].filter((name) => /^WSA[A-Z_]{3,40}$/.test(name)).concat(QT_SOCKET),
    pattern: /\bWSA[A-Z_]{3,40}\b|\bQAbstractSocket::/g,
    read: (match, line) => {
      if (match[0] === QT_SOCKET) return readQtSocketError(line, match.index);
      const entry = indexes().name.get(match[0])?.entry;
      return entry && entry.kind !== "wait" ? { entry, platform: "windows", evidence: "symbol" } : undefined;
    },
  },
  {
    // HRESULT 0x80072746 · hr=0x8007274C · Error0x80072746
    dialect: "hresult",
    anchors: ["x8007", "X8007"],
    longAnchors: () => ["0x8007", "0X8007"],
    pattern: /(?<![0-9A-Fa-f])0[xX]8007[0-9A-Fa-f]{4}(?![0-9A-Fa-f])/g,
    // (Of the Win32 codes' HRESULTs, 995's, 0x800703E3, on a line about a closed connection only:
    // IIS's "The remote host closed the connection. The error code is 0x800703E3."; 0x80070057,
    // E_INVALIDARG, is every API's.)
    read: (match, line) => {
      const value = Number.parseInt(match[0].slice(2), 16);
      const candidates = resolveHex(value);
      return (
        best(candidates) ??
        (value === OPERATION_ABORTED_HRESULT && ABORTED_CONNECTION.test(line)
          ? best(candidates, undefined, true)
          : undefined)
      );
    },
  },
  {
    // Go's resolver, on every system: dial tcp: lookup example.com: no such host · lookup example.com
    // on 10.0.0.1:53: no such host. Go's net package gives GetAddrInfoW's WSAHOST_NOT_FOUND as
    // this error (golang/go src/net/lookup_windows.go, winError), as it does a name the DNS
    // does not know elsewhere: the host is not found, on whichever system.
    dialect: "go-lookup",
    anchors: [NO_SUCH_HOST],
    // (The rest is read by hand: a pattern spelling out the host, up to 253 characters, was too
    // much for the ReDoS detector, though it could not backtrack.)
    pattern: /\blookup (?=\S)/g,
    read: (match, line) => {
      const end = goLookupEnd(line, match.index + match[0].length);
      const entry = end === -1 ? undefined : indexes().name.get("WSAHOST_NOT_FOUND")?.entry;
      return entry
        ? { entry, platform: "unknown", evidence: "message", lang: "en", text: line.slice(match.index, end) }
        : undefined;
    },
  },
  {
    // Chromium's network errors, as Chrome, Edge, Electron, Puppeteer and Playwright print them:
    // GET http://localhost:3000/ net::ERR_CONNECTION_REFUSED · ERR_CONNECTION_REFUSED (-102)
    // loading 'http://…' · Failed to load URL: … with error: ERR_CONNECTION_REFUSED (Electron),
    // and alone on Chrome's error page. Only the names whose meaning is one Winsock error's
    // (data/sources/chromium.json), which nothing else prints; Chromium gives them for POSIX
    // errno values too, so the platform is unknown.
    dialect: "chromium",
    anchors: Object.keys(CHROMIUM_NET_ERRORS),
    pattern: /\b(?:net::)?(ERR_[A-Z][A-Z_]{3,40})\b/g,
    read: (match) => {
      const row = Object.hasOwn(CHROMIUM_NET_ERRORS, match[1] as string)
        ? CHROMIUM_NET_ERRORS[match[1] as string]
        : undefined;
      const entry = row && indexes().name.get(row[0])?.entry;
      return entry ? { entry, platform: "unknown", evidence: "runtime-code" } : undefined;
    },
  },
  {
    // Go on Windows: read tcp 127.0.0.1:51234->127.0.0.1:51233: wsarecv: The specified network name
    // is no longer available. The Win32 errors overlapped socket I/O gives for a reset (64) and a
    // timeout (121) have texts a lost share or a serial port print too, so they are read only
    // right after the Winsock call Go names (data/sources/win32-socket-errors.json, go-calls).
    dialect: "go",
    anchors: GO_SOCKET_CALLS.map((call) => `${call}: `),
    pattern: new RegExp(`\\b(?:${GO_SOCKET_CALLS.join("|")}): `, "g"),
    read: readAfterMatch,
  },
  {
    // Go before 1.5 named the call as the operation: WSARecv tcp 10.0.0.2:5000: …, ConnectEx tcp: ….
    dialect: "go",
    anchors: OLD_GO_SOCKET_CALLS.map((call) => `${call} `),
    pattern: new RegExp(`\\b(?:${OLD_GO_SOCKET_CALLS.join("|")}) (?:tcp|udp)[46]?\\b`, "g"),
    read: (match, line) =>
      readAfterSocketCall(line, match.index, afterOldGoAddress(line, match.index + match[0].length)),
  },
  {
    // Dart on Windows: SocketException: The semaphore timeout period has expired. · SocketException:
    // OS Error: 信号灯超时时间已到 · ClientException with SocketException: … — the Win32 texts of a reset
    // (64) and a timeout (121), read right after Dart's socket exception as after Go's call names.
    // (Java's and .NET's socket exceptions pass here too, and the texts mean the same there.)
    // package:http's ClientException is any HTTP client's too (Guzzle's, Elasticsearch's): there
    // only in its own shape, "ClientException: <text>, uri=<url>".
    dialect: "socket-exception",
    anchors: DART_SOCKET_EXCEPTIONS,
    pattern: new RegExp(`\\b(?:${DART_SOCKET_EXCEPTIONS.join("|")})(?:OS Error: )?`, "g"),
    read: (match, line) => {
      const found = readAfterMatch(match, line);
      if (!found || !match[0].startsWith("ClientException")) return found;
      return line.startsWith(", uri=", match.index + (found.text?.length ?? 0)) ? found : undefined;
    },
  },
  {
    // A program's line that names the host it connected to, then the socket error's text (one
    // recogniser for these shapes: a line's recognisers are bits of a 32-bit mask).
    // aiohttp: Cannot connect to host example.com:443 ssl:default [The semaphore timeout period
    // has expired] — the socket error's text in brackets after a connect (ClientConnectorError),
    // where Windows' texts of a reset and a timeout are a socket's as after Go's call names.
    // OpenSSH: its lines that print a socket call's errno text, where OpenSSH for Windows prints
    // its own words (OPENSSH_WIN32_TEXTS): kex_exchange_identification: read: Connection aborted
    // (PowerShell/Win32-OpenSSH#1776), kex_exchange_identification: write: Connection reset
    // (PowerShell/Win32-OpenSSH#1729), Read from remote host 192.168.55.1: Connection aborted,
    // client_loop: send disconnect: Connection reset, ssh: connect to host 10.0.0.5 port 22:
    // Network unreachable, banner exchange: Connection to h port 22: Connection reset. The texts
    // it shares with glibc are read as texts (no platform after
    // these lines: ANY_SYSTEM_BEFORE in scanner.ts).
    dialect: "aiohttp",
    anchors: [
      "Cannot connect to host ",
      "exchange_identification: ",
      "client_loop: send disconnect: ",
      "Read from remote host ",
      "connect to host ",
      "connect to address ",
      "banner exchange: Connection to ",
    ],
    // (Not ssh_dispatch_run_fatal's "Connection to h port 22: ": beside ssh_exchange_identification
    // it is too much for the ReDoS detector; glibc's words after it have no platform all the same.)
    // (Hosts, ports and the ssl word are read by hand: two adjacent runs of \S are too much for the
    // ReDoS detector, though each is bounded.)
    pattern:
      /\b(?:Cannot connect to host |(?:kex|ssh)_exchange_identification: (?:read|write): |client_loop: send disconnect: |Read from remote host |connect to (?:host|address) |banner exchange: Connection to )/g,
    read: (match, line) => {
      const at = match.index + match[0].length;
      if (match[0].startsWith("Cannot")) return readAfterSocketCall(line, match.index, aiohttpBracket(line, at));
      // (OpenSSH's connect line and banner exchange's name the host and port before the text.)
      const port = match[0].startsWith("connect to") || match[0].endsWith("Connection to ");
      return readOpensshWin32Text(line, match.index, opensshTextAt(line, match[0], at, port), port);
    },
  },
  {
    // SQL Server's clients: A transport-level error has occurred when receiving results from the
    // server. (provider: TCP Provider, error: 0 - The specified network name is no longer
    // available.) · the ODBC driver's [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: … —
    // the TCP provider's socket error as Windows' text (other texts are read as such).
    dialect: "odbc",
    anchors: SQL_TCP_PROVIDER,
    pattern: new RegExp(SQL_TCP_PROVIDER.join("|"), "g"),
    read: readAfterMatch,
  },
  {
    // macOS's and FreeBSD's text of ETIMEDOUT where a failed connect() prints it: Go's dial tcp
    // …: connect: operation timed out, OpenSSH's connect to host … port 22: Operation timed out,
    // curl's Failed to connect to … port 443[ after 75005 ms]: Operation timed out. Alone the
    // words are no key (data/sources/posix-messages-bsd.json): programs time out with them too.
    dialect: "posix-message",
    anchors: [": Operation timed out", ": operation timed out"],
    // Also C's perror style after "failed: " and libpq's "could not connect to server: " (after
    // curl's "Recv failure: ": readCurl). Not
    // reqwest's own timer ("error trying to connect: operation timed out"), nor a program's own
    // "… timed out after 3000 ms", as for the texts (scanner.ts, isProgramsOwnWords).
    pattern:
      /\b(?:connect|server|port \d{1,5}|failed|after \d{1,9} ms): [Oo]peration timed out\b(?! {1,4}after {1,4}\d)/g,
    read: (match, line) =>
      line.slice(Math.max(0, match.index - 10), match.index).endsWith("trying to ")
        ? undefined
        : onPosix("WSAETIMEDOUT", "message"),
  },
  {
    // Programs' own sentences that name a POSIX system's error. The same text before Ruby's
    // "- connect(2) for …" (Errno::ETIMEDOUT; on Windows Ruby prints Windows' own text there).
    // kubectl's "The connection to the server localhost:8080 was refused - did you specify the
    // right host or port?", which it prints only where Go's error says "connection refused", a
    // POSIX system's words (on Windows: "Unable to connect to the server: … connectex: No
    // connection could be made …"; kubernetes/kubernetes@01aa0f3f6052c9866dcb69054d8924fa8c96e3cb:staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go,
    // StandardErrorMessage).
    dialect: "posix-message",
    anchors: ["Operation timed out - connect(2)", KUBECTL_REFUSED],
    pattern: /\bOperation timed out - connect\(2\)|\bwas refused - did you specify the right host or port\b/g,
    read: (match) => onPosix(match[0].startsWith("Operation") ? "WSAETIMEDOUT" : "WSAECONNREFUSED", "message"),
  },
  {
    // Erlang and Elixir: {error,econnrefused} · {:error, %HTTPoison.Error{reason: :econnrefused}} ·
    // exited with reason: etimedout. The runtime names socket errors by the errno name in lower
    // case on every system, Winsock's too (erl_errno_id: WSAECONNREFUSED is "econnrefused",
    // erlang/otp@3153c881b498c2d3fc3310bbeeae7ee6930e3982:erts/emulator/beam/erl_posix_str.c),
    // so the platform is unknown. Socket-specific names of eight letters or more only (the byte
    // prefilter samples a seven-byte anchor at its one window, and "eisconn"'s holds "conn"),
    // and as an atom: after ":", "{", ",", "[" or "(" (a space between allowed), "reason: ",
    // reason=" (emqx's log, emqx/emqx#2354) or "error - " (emqtt-bench's, emqx/emqtt-bench#217),
    // and not followed by a word, a dot, a slash or a dash (not "enetunreach.example.com",
    // "/src/etimedout/", "econnreset-retry"). inet's resolver says "nxdomain" for a name that
    // does not exist, on every system ({inet,[inet],nxdomain}: erlef/rebar3_hex#67, hexpm/hex#7).
    dialect: "erlang",
    anchors: ERRNO_NAME_ANCHORS.map((anchor) => anchor.toLowerCase()).concat(NXDOMAIN),
    longAnchors: () =>
      ERRNO_NAME_ANCHORS.flatMap((anchor) => codeNamesStartingWith(anchor, posixNames()))
        .filter((name) => name.length >= 8)
        .map((name) => name.toLowerCase())
        .concat(NXDOMAIN),
    // (nxdomain only in a term's shape, {error,nxdomain}, [inet],nxdomain} or Elixir's :nxdomain: the
    // word is DNS servers' and their settings' too, "rcode: nxdomain", "blocking_mode: nxdomain".)
    pattern:
      /(?<=[:{,[(] ?|\breason: |\breason="|\berror - )e[a-z]{7,15}(?![\w./-])|(?<=[,{]|[\s[{,]:)nxdomain(?=[}\],])/g,
    read: (match) => {
      if (match[0] === NXDOMAIN)
        return { entry: BY_VALUE.get(11001) as CatalogueEntry, platform: "unknown", evidence: "runtime-code" };
      const name = match[0].toUpperCase();
      const entry = isSocketSpecific(name) ? indexes().posixName.get(name)?.[0] : undefined;
      return entry ? { entry, platform: "unknown", evidence: "runtime-code" } : undefined;
    },
  },
  {
    // Node, Ruby, C: read ECONNRESET · connect ECONNREFUSED 127.0.0.1:80 · code: 'ETIMEDOUT' · Errno::ECONNREFUSED.
    // A name that is not socket-specific (EACCES, EINVAL) counts only after a socket syscall word.
    dialect: "runtime-code",
    anchors: SOCKET_NAME_ANCHORS.concat(
      SOCKET_SYSCALLS.map((syscall) => `${syscall} E`),
      `${UV_EXCEPTION}: Error -`,
    ),
    longAnchors: () =>
      SOCKET_NAME_ANCHORS.flatMap((anchor) => (anchor.length >= 6 ? [anchor] : codeNamesStartingWith(anchor))).concat(
        SOCKET_SYSCALLS.flatMap((syscall) => codeNamePrefixes().map((prefix) => `${syscall} ${prefix}`)),
        `${UV_EXCEPTION}: Error -`,
      ),
    pattern: /\bE[A-Z][A-Z_]{2,20}\b/g,
    read: (match, line) => {
      const name = match[0];
      const before = /(?:^|[^A-Za-z])([a-z][A-Za-z]{2,11}) $/.exec(
        line.slice(Math.max(0, match.index - 14), match.index),
      );
      const afterSyscall = before !== null && (SOCKET_SYSCALLS as readonly string[]).includes(before[1] as string);
      // Node on Windows: getaddrinfo ENOENT is WSANO_DATA (libuv folds it into ENOENT).
      const afterDns = before?.[1] === "getaddrinfo" ? foldedDnsEntry(name) : undefined;
      if (afterDns) return { entry: afterDns, platform: "windows", evidence: "runtime-code" };
      if (
        name === "ETIMEDOUT" &&
        (isOwnConnectTimer(line, match.index + 9, afterSyscall && before?.[1] === "connect") ||
          REQUEST_OWN_TIMER.test(line.slice(match.index + 9, match.index + 40)))
      )
        return undefined;
      if (!afterSyscall && isSpawnError(line, match.index, name)) return undefined;
      if (isListedCode(line, match.index, name.length)) return undefined;
      // "Error: ETIMEDOUT" with no call: a library's own error (the request library's timer throws
      // new Error('ETIMEDOUT')); Node names the call of a system's ("connect ETIMEDOUT"). And Node's
      // "AggregateError [ETIMEDOUT]": its connect to several addresses in turn takes its code from
      // the first attempt's error, which, timed out, is its own attempt timer's (net's
      // internalConnectMultipleTimeout: nodejs/node@a3480b2b69df9e83d1bc0c527beadf82a8947232:lib/net.js).
      if (
        name === "ETIMEDOUT" &&
        !afterSyscall &&
        (line.startsWith("Error: ", match.index - 7) || line.startsWith("AggregateError [", match.index - 16))
      )
        return undefined;
      // axios and superagent name their own timeout ECONNABORTED ("timeout of 1000ms exceeded"), or
      // ETIMEDOUT with axios's transitional.clarifyTimeoutError.
      if ((name === "ECONNABORTED" || name === "ETIMEDOUT") && !afterSyscall && isHttpClientTimeout(line, match.index))
        return undefined;
      // libuv's errno before the name, as Kestrel on libuv (ASP.NET Core 1 and 2) prints a failed
      // bind: "UvException: Error -4091 EADDRINUSE address already in use" (aspnet/KestrelHttpServer#1235):
      // the number tells the platform, libuv's own on Windows; so does the exception's name for
      // a name that is not socket-specific ("Error -4092 EACCES permission denied", #2277).
      const uv = libuvErrnoBefore(line, match.index);
      if (uv !== undefined) {
        const found = posixName(name);
        const platform = found && libuvPlatform(found.entry, uv);
        if (found && platform && (afterSyscall || isSocketSpecific(name) || line.includes(UV_EXCEPTION)))
          return { ...found, platform };
      }
      return afterSyscall || isSocketSpecific(name) ? posixName(name) : undefined;
    },
  },
];
