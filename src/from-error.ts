// Any thrown value → the catalogue entry it stands for, the evidence, and the
// platform it came from. Walks `cause` chains and AggregateError.errors (undici's
// "fetch failed", Node's happy-eyeballs connect), reads the fields runtimes put
// on errors, and lets agreeing evidence outweigh a single hint. Never throws:
// hostile objects (throwing getters, proxies, cycles) are read defensively.
import type { CatalogueEntry } from "./catalogue/index.ts";
import { type Candidate, type Platform, resolve } from "./resolve.ts";

export interface Evidence {
  /** Where it was found, e.g. "code", "cause.errno", "errors[0].message". */
  readonly path: string;
  readonly value: string | number;
  readonly reason: string;
}

export interface ErrorMatch {
  readonly entry: CatalogueEntry;
  readonly evidence: readonly Evidence[];
  readonly platform: Platform;
  /** The syscall Node names, when there is one (connect, read, getaddrinfo…). */
  readonly syscall: string | undefined;
}

/** Fields that carry a code, in order of trust; `message` is read last and weighs less. */
const CODE_FIELDS = [
  "code",
  "errno",
  "winerror",
  "nativeErrorCode",
  "NativeErrorCode",
  "SocketErrorCode",
  "socketErrorCode",
  "errorCode",
  "ErrorCode",
  "hresult",
  "HResult",
] as const;
/** (socket.io-client's connect_error keeps the transport's event in `description`, a ws ErrorEvent holding `error`.) */
const NESTED_FIELDS = ["cause", "errors", "error", "originalError", "reason", "description"] as const;
const MAX_NODES = 64;
/** Node's syscall names of files and processes (libuv's fs and process calls); read, write and close are sockets' too. */
const FILE_CALL =
  /^(?:open|close|read|write|writev|rmdir|mkdir|mkdtemp|unlink|scandir|opendir|readdir|stat|lstat|fstat|rename|copyfile|cp|symlink|link|readlink|realpath|chmod|fchmod|chown|fchown|lchown|utime|futime|lutime|access|rm|fsync|fdatasync|ftruncate|truncate|spawn|kill|watch|uv_os_|uv_cwd|uv_chdir|chdir|cwd)/;
/** Calls of files and sockets alike. */
const SHARED_CALL = /^(?:read|write|writev|close)$/;
/**
 * The errno names Winsock shares with files and processes (EACCES on open, ENOTEMPTY on rmdir,
 * EMFILE, ELOOP, EBADF on close…): after read, write or close, which files and sockets share, a
 * code or text naming one of these is a file's.
 */
const FILE_ERRNO =
  /^E(?:ACCES|BADF|FAULT|INVAL|LOOP|NAMETOOLONG|NOTEMPTY|STALE|REMOTE|MFILE|DQUOT|USERS|PROCLIM|NOMEM|INTR|CANCELED)$/;
const MESSAGE_WEIGHT = 0.9;

/** The entry behind any thrown value, or undefined when nothing in it names a socket error. */
export function fromError(error: unknown): ErrorMatch | undefined {
  const tally = new Map<
    string,
    { entry: CatalogueEntry; score: number; evidence: Evidence[]; platforms: Platform[] }
  >();
  let syscall: string | undefined;
  const note = (path: string, value: string | number, candidates: Candidate[], weight: number) => {
    for (const candidate of candidates) {
      // Wait values (0, 258…) are return values, not errors: a zero code means "no error".
      if (candidate.entry.kind === "wait") continue;
      const key = candidate.entry.symbol;
      const row = tally.get(key) ?? { entry: candidate.entry, score: 0, evidence: [], platforms: [] };
      // The best single piece of evidence counts fully, every further one adds a little.
      const score = candidate.score * weight;
      row.score = row.evidence.length > 0 ? Math.max(row.score, score) + 5 : score;
      row.evidence.push({ path, value, reason: candidate.reason });
      row.platforms.push(candidate.platform);
      tally.set(key, row);
    }
  };

  const seen = new Set<unknown>();
  const queue: { value: unknown; path: string }[] = [{ value: error, path: "" }];
  while (queue.length > 0 && seen.size < MAX_NODES) {
    const { value, path } = queue.shift() as { value: unknown; path: string };
    if (value === null || value === undefined || seen.has(value)) continue;
    seen.add(value);
    // (A revoked proxy or a throwing array where a cause or list should be: that node is skipped.)
    try {
      if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
        note(path || "value", String(value), resolve(value), 1);
        continue;
      }
      if (typeof value !== "object" && typeof value !== "function") continue;
      const at = (field: string) => (path ? `${path}.${field}` : field);
      const sys = read(value, "syscall");
      if (syscall === undefined && typeof sys === "string") syscall = sys.slice(0, 64);
      // HTTP clients name their own timeout or abort ECONNABORTED (axios: "timeout of 1000ms
      // exceeded"; superagent, with errno "ETIMEDOUT" beside it): no socket's, so none of the
      // object's names is read (a number beside them still is). Node's ECONNABORTED comes with
      // its syscall, and reaches an axios error as its cause, read below.
      const code = read(value, "code");
      let ownAbort = code === "ECONNABORTED" && !sys;
      let kept = (candidates: Candidate[]) => candidates;
      /** A `code` that is a number outside Winsock's codes: another protocol's status, not read. */
      let foreignCode = false;
      // Node-only (the browser core's build drops these): got and request name their own timeout
      // ETIMEDOUT ("Timeout awaiting 'request' for 100ms"; { connect: true }); Node's file-system
      // calls give the errno names Winsock shares (EACCES on open, ENOTEMPTY on rmdir, EMFILE,
      // ELOOP), no socket's errors: after a file's or a process's call (open, rmdir, spawn…)
      // nothing is read of that object.
      // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
      OUTSIDE_BROWSER: {
        // A WinsockError made from another error: its own Winsock code tells no platform (it would
        // make a Linux cause's Windows'), its cause does, read as any cause.
        if (read(value, "cause") && read(value, "name") === "WinsockError")
          kept = (candidates) => candidates.map((candidate) => ({ ...candidate, platform: "unknown" }));
        // An ETIMEDOUT with neither the call nor an errno number beside it is a library's own
        // timer, as Node names every socket's with both (axios's fetch adapter: "timeout of 200ms
        // exceeded"; nodemailer's "Connection timeout", "Greeting never received"; got's "Timeout
        // awaiting 'request' for 100ms").
        ownAbort ||= code === "ETIMEDOUT" && !sys && typeof read(value, "errno") !== "number";
        // Node never puts a number in `code`; a library that does gives its own protocol's status
        // there (gRPC's 14 UNAVAILABLE, 4 DEADLINE_EXCEEDED), no errno: only a Winsock code counts.
        foreignCode = /^\d{1,9}$/.test(String(code)) && !(Number(code) >= 10000 && Number(code) < 12000);
        // The request library's own timer sets `connect` beside its ETIMEDOUT, and the code as the
        // message (request/request@611443c830c72884d77905294cf120088442d526:request.js): nothing of it.
        if (code === "ETIMEDOUT" && !sys && typeof read(value, "connect") === "boolean") kept = () => [];
        // (read, write and close are sockets' calls too: there a code or a text that names an
        // errno files share is dropped whole, not its other readings: -39 is EDESTADDRREQ on macOS.)
        if (typeof sys === "string" && FILE_CALL.test(sys))
          kept = SHARED_CALL.test(sys)
            ? (candidates) =>
                candidates.some((candidate) => FILE_ERRNO.test(candidate.entry.crosswalk.posix?.name ?? ""))
                  ? []
                  : candidates
            : () => [];
      }
      for (const field of CODE_FIELDS) {
        let found = read(value, field);
        // (Node only: a BigInt errno or code, `errno: -4077n`, as the number it is.)
        // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
        OUTSIDE_BROWSER: if (typeof found === "bigint" && found >= -0x80000000n && found <= 0xffffffffn)
          found = Number(found);
        if (
          (typeof found !== "string" && typeof found !== "number") ||
          (ownAbort && typeof found === "string") ||
          (foreignCode && field === "code")
        )
          continue;
        // An errno is C's and POSIX's (Node's negative, Python's and libc's positive), never a
        // Win32 error: { errno: 6 } is ENXIO, not WSA_INVALID_HANDLE (winerror and
        // NativeErrorCode carry those). A code after getaddrinfo is read as Node prints it
        // ("getaddrinfo ENOENT": WSANO_DATA on Windows, which libuv folds into ENOENT).
        const candidates = kept(
          resolve(sys === "getaddrinfo" && typeof found === "string" ? `${sys} ${found}` : found),
        );
        note(at(field), found, field === "errno" ? candidates.filter(notWin32Alias) : candidates, 1);
      }
      const message = read(value, "message");
      if (typeof message === "string")
        note(at("message"), message.slice(0, 512), kept(resolve(message)), MESSAGE_WEIGHT);
      for (const field of NESTED_FIELDS) {
        const nested = read(value, field);
        if (Array.isArray(nested)) {
          for (const [index, item] of nested.slice(0, 16).entries())
            queue.push({ value: item, path: `${at(field)}[${index}]` });
        } else if (typeof nested === "object") queue.push({ value: nested, path: at(field) });
      }
    } catch {}
  }

  let best: (typeof tally extends Map<string, infer V> ? V : never) | undefined;
  for (const row of tally.values()) if (!best || row.score > best.score) best = row;
  if (!best) return undefined;
  const platform: Platform = best.platforms.includes("windows")
    ? "windows"
    : best.platforms.includes("posix")
      ? "posix"
      : "unknown";
  return { entry: best.entry, evidence: best.evidence, platform, syscall };
}

function notWin32Alias(candidate: Candidate): boolean {
  return candidate.entry.kind !== "win32-alias";
}

/** A property read that survives throwing getters and revoked proxies (and null). */
export function read(value: unknown, field: string): unknown {
  try {
    return (value as Record<string, unknown>)[field];
  } catch {
    return undefined;
  }
}
