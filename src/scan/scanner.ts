// The engine: a prefilter over a whole block finds the anchors, and with them the
// few lines worth reading; only those lines are decoded and handed to the
// recognisers and texts their anchors point at. A block is either text (anchors
// found by regular expressions) or bytes (anchors found by the WebAssembly byte
// prefilter, positions are byte offsets, and no UTF-8 decoding happens until a
// line is a candidate; byte-source.ts).
import { MAX_LINE, OBJECT_LINES_MAX, STACK_LINES_MAX } from "./max-line.ts";
import { SOCKET_WORDS, WINDOWS_JAVA_SUFFIX } from "./policy.ts";
import {
  escapeRegExp,
  OWN_TIMER_PROPERTY,
  RECOGNISERS,
  REQUEST_CONNECT,
  type Recognised,
  type Recogniser,
} from "./recognisers.ts";
import { type MappedText, mapNormalised } from "./text-map.ts";
import { type TextKey, textKeys } from "./texts.ts";
import type { Finding } from "./types.ts";

export interface Block {
  /** The block's text or bytes: textSource() or blockSource() (byte-source.ts). */
  readonly source: BlockSource;
  /** Line number of the source's first line. */
  readonly firstLine: number;
  /** Candidate lines are those starting in [from, to); the lines around them are context only. */
  readonly from: number;
  readonly to: number;
  readonly file: string | null;
  /**
   * Findings an earlier block reported on the line just before `from`: not reported again, and
   * context for the rules. (Always given, if empty: blocks of one shape keep the optimised engine
   * specialised on it; a block without it cost a deoptimisation at each segment's first block.)
   */
  readonly earlier: readonly Finding[];
}

export { MAX_LINE };

const MAX_TEXT = 300;
/** Lines longer than this are not joined with their neighbours to find a broken message. */
const JOIN_LIMIT = 4096;

/** What the engine reads a block through; positions are characters of a text or bytes. */
export interface BlockSource {
  readonly kind: "text" | "bytes";
  readonly length: number;
  /** What each anchor dispatches, by the anchor numbers anchorHits gives. */
  readonly dispatch: readonly Dispatch[];
  /** The first newline at or after `at`, or -1. */
  newlineAfter(at: number): number;
  /** The last newline at or before `at`, or -1. */
  newlineBefore(at: number): number;
  /**
   * Numbers lines: the returned function gives the line number of the line starting at an
   * offset (asked in increasing order), counting `firstLine` for the source's first line.
   */
  lineCounter(firstLine: number): (offset: number) => number;
  /** The decoded text of [start, end). */
  text(start: number, end: number): string;
  /**
   * The anchors from `from` on, each once per line (where it first occurs), in position
   * order: flat pairs of (position, anchor number), numbered as the prefilter's `anchors`.
   */
  anchorHits(from: number): Int32Array;
}

/** A block of text; anchors are found by the regular expressions of the text prefilter. */
export function textSource(view: string): BlockSource {
  const { dispatch } = prefilter(false);
  return {
    kind: "text",
    length: view.length,
    dispatch,
    newlineAfter: (at) => view.indexOf("\n", at),
    newlineBefore: (at) => (at < 0 ? -1 : view.lastIndexOf("\n", at)),
    lineCounter: (firstLine) => {
      let position = 0;
      let line = firstLine;
      return (offset) => {
        if (offset > position) {
          line += countNewlines(view, position, offset);
          position = offset;
        }
        return line;
      };
    },
    text: (start, end) => view.slice(start, end),
    anchorHits: (from) => anchorHits(view, from, prefilter(false)),
  };
}

/** Newlines in text[from, to). */
export function countNewlines(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** What an anchor sends a line to: recognisers and printed texts. */
export interface Dispatch {
  /** Bit i stands for RECOGNISERS[i]. */
  recognisers: number;
  readonly keys: TextKey[];
}

// (32 at most: a mask is an int32, bit 31 its sign, which & and | treat as any other bit.)
if (RECOGNISERS.length > 32) throw new Error("scanner: more recognisers than bits in a dispatch mask");

interface Prefilter {
  /**
   * Patterns, each run over the whole block: anchors starting with a lower-case letter
   * (cut there when what remains is distinctive: "ocketException ("), anchors starting with
   * a capital ("WinError", "Remote Host", printed texts in capitals: "ACTIVELY REFUSED"), and
   * other ASCII anchors ("(10", "[WinError"); anchors in other scripts
   * apart (`nonAscii`). V8 runs each of them several times faster than one pattern holding
   * every anchor: a pattern's first characters come from fewer letters.
   */
  readonly patterns: readonly RegExp[];
  /** The pattern of anchors in other scripts, if any: it only needs to run from the block's first non-ASCII character. */
  readonly nonAscii: RegExp | undefined;
  /** What each anchor dispatches, by anchor number. */
  readonly dispatch: readonly Dispatch[];
  /** The anchors, in a fixed order (their numbers, also the byte prefilter's). */
  readonly anchors: readonly string[];
  /** Anchor numbers by anchor. */
  readonly numbers: ReadonlyMap<string, number>;
}

const prefilters: { text?: Prefilter; bytes?: Prefilter } = {};

/**
 * The byte prefilter's anchors (UTF-8 bytes as latin1 strings) and what each dispatches,
 * by anchor number, as these rules make them: scripts/build-scan-tables.ts keeps a copy
 * of them for file scans (src/scan/byte-tables.ts), which CI checks against this.
 */
export function byteDispatch(): { readonly anchors: readonly string[]; readonly dispatch: readonly Dispatch[] } {
  return prefilter(true);
}

function prefilter(bytes: boolean): Prefilter {
  const kind = bytes ? "bytes" : "text";
  prefilters[kind] ??= buildPrefilter(bytes);
  return prefilters[kind];
}

function buildPrefilter(bytes: boolean): Prefilter {
  // In a latin1 view a non-ASCII anchor appears as its UTF-8 bytes, one character each.
  const encoder = new TextEncoder();
  const view = (anchor: string) => (bytes ? String.fromCharCode(...encoder.encode(anchor)) : anchor);
  const dispatch = new Map<string, Dispatch>();
  const slot = (anchor: string) => {
    const key = view(anchor);
    const existing = dispatch.get(key);
    if (existing) return existing;
    const created: Dispatch = { recognisers: 0, keys: [] };
    dispatch.set(key, created);
    return created;
  };
  // The byte prefilter needs anchors of six bytes or more: recognisers with shorter ones
  // give their long forms, which find the same findings (test/scan/anchors.test.ts).
  RECOGNISERS.forEach((recogniser, index) => {
    for (const anchor of (bytes && recogniser.longAnchors?.()) || recogniser.anchors)
      slot(anchor).recognisers |= 1 << index;
  });
  for (const key of textKeys()) {
    for (const anchor of key.anchors) {
      const target = slot(anchor);
      if (!target.keys.includes(key)) target.keys.push(key);
    }
  }
  // A regular expression reports one anchor per position, the longest; the byte prefilter
  // every one. So that both read a line alike, an anchor also dispatches what its prefixes do.
  for (const [anchor, target] of dispatch) {
    for (let length = 1; length < anchor.length; length++) {
      const prefix = dispatch.get(anchor.slice(0, length));
      if (!prefix) continue;
      target.recognisers |= prefix.recognisers;
      for (const key of prefix.keys) if (!target.keys.includes(key)) target.keys.push(key);
    }
  }
  // Grouped by how an anchor starts: a lower-case ASCII letter, an ASCII capital, another
  // ASCII character, or not ASCII.
  const group = (anchor: string) =>
    /^[a-z]/.test(anchor) ? 0 : /^[A-Z]/.test(anchor) ? 1 : /^[\x00-\x7f]/.test(anchor) ? 2 : 3;
  const groups: string[][] = [[], [], [], []];
  for (const anchor of dispatch.keys()) groups[group(anchor)]?.push(anchor);
  const pattern = (anchors: string[]) =>
    new RegExp(
      anchors
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|"),
      "g",
    );
  const [lowerAnchors, capitalAnchors, asciiAnchors, otherAnchors] = groups as [string[], string[], string[], string[]];
  const anchors = [...dispatch.keys()];
  // (The byte prefilter has no use for the patterns.)
  return {
    patterns: bytes ? [] : [lowerAnchors, capitalAnchors, asciiAnchors].filter((list) => list.length > 0).map(pattern),
    nonAscii: !bytes && otherAnchors.length > 0 ? pattern(otherAnchors) : undefined,
    dispatch: [...dispatch.values()],
    anchors,
    numbers: new Map(anchors.map((anchor, index) => [anchor, index])),
  };
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Anchor matches one pattern may go through on one line before the rest of the line is
 * skipped: a pathological line (the same anchor a hundred thousand times) stops costing
 * there. The byte prefilter has no such bound (it is fast enough), so on a line with more
 * matches than this of one pattern the two may dispatch differently.
 */
const MATCHES_PER_LINE = 4096;

/** Matches of one recogniser read on one line (a line holding one shape a hundred thousand times). */
const SHAPES_PER_LINE = 64;

/**
 * The anchors in view[from, …), each once per line (which anchors a line holds is all
 * the engine asks), in position order, as the byte prefilter gives them.
 */
function anchorHits(view: string, from: number, prefilter: Prefilter): Int32Array {
  /** Position × 2^16 + anchor number: sorting these sorts by position. */
  const hits: number[] = [];
  const runs: [RegExp, number][] = prefilter.patterns.map((pattern) => [pattern, from]);
  if (prefilter.nonAscii) {
    // Most logs are ASCII: the other scripts' anchors need looking for only from the first other character on.
    NON_ASCII.lastIndex = from;
    const first = NON_ASCII.exec(view);
    if (first) runs.push([prefilter.nonAscii, first.index]);
  }
  const onLine = new Set<string>();
  for (const [pattern, start] of runs) {
    pattern.lastIndex = start;
    let lineEnd = -1;
    let matches = 0;
    for (let match = pattern.exec(view); match !== null; match = pattern.exec(view)) {
      if (match.index >= lineEnd) {
        const newline = view.indexOf("\n", match.index);
        lineEnd = newline === -1 ? view.length : newline;
        matches = 0;
        onLine.clear();
      }
      if (!onLine.has(match[0])) {
        onLine.add(match[0]);
        hits.push(match.index * ANCHOR_LIMIT + (prefilter.numbers.get(match[0]) as number));
      }
      // Anchors may overlap ("onnection reset" and "reset by"): look again one character on.
      matches++;
      pattern.lastIndex = matches < MATCHES_PER_LINE ? match.index + 1 : lineEnd;
    }
  }
  const keys = Float64Array.from(hits);
  if (runs.length > 1) keys.sort();
  const pairs = new Int32Array(keys.length * 2);
  keys.forEach((key, index) => {
    pairs[index * 2 + 1] = key % ANCHOR_LIMIT;
    pairs[index * 2] = (key - (key % ANCHOR_LIMIT)) / ANCHOR_LIMIT;
  });
  return pairs;
}

/** Anchor numbers are below this. */
const ANCHOR_LIMIT = 1 << 16;

/** Scans the candidate lines of a block; findings come out in line order. */
export function scanBlock(block: Block, emit: (finding: Finding) => void, lines = false): void {
  // (Where each candidate line starts, by its number, for the findings' lines: with `lines` only.)
  const starts = lines ? new Map<number, number>() : undefined;
  if (starts) emit = withLineText(block, starts, emit);
  const { source } = block;
  const { dispatch } = source;
  const lineAt = source.lineCounter(block.firstLine);
  const report = new Reporter(new PendingFindings(emit, block.earlier), block.file);
  let lineStart = -1;
  let lineEnd = -1;
  // What the line's anchors dispatch: a mask of recognisers, and texts (each once).
  let recognisers = 0;
  const keys: TextKey[] = [];
  const flush = () => {
    if (lineStart < 0) return;
    const line = lineAt(lineStart);
    starts?.set(line, lineStart);
    readLine(block, lineStart, lineEnd, line, recognisers, keys, report);
    recognisers = 0;
    keys.length = 0;
  };
  const hits = source.anchorHits(block.from);
  for (let index = 0; index < hits.length; index += 2) {
    const at = hits[index] as number;
    if (at >= lineEnd) {
      const start = source.newlineBefore(at - 1) + 1;
      if (start >= block.to) break;
      flush();
      lineStart = start;
      const newline = source.newlineAfter(at);
      lineEnd = newline === -1 ? source.length : newline;
    }
    const found = dispatch[hits[index + 1] as number] as Dispatch;
    recognisers |= found.recognisers;
    for (const key of found.keys) if (!keys.includes(key)) keys.push(key);
  }
  flush();
  report.pending.flushAll();
}

/**
 * The Win32 codes Winsock re-exports that every kind of call fails with: 6 (the handle is
 * invalid: WSA_INVALID_HANDLE), 8 (not enough memory) and 87 (the parameter is incorrect). In a
 * log they are a socket's only on a line that speaks of one: Python's subprocess prints
 * "OSError: [WinError 6] The handle is invalid" and "[WinError 87] The parameter is incorrect"
 * for a child process (10se1ucgo/DisableWinTracking#160, Systemcluster/d3translate#1).
 */
function isGeneralWin32(code: number, line: string): boolean {
  return (code === 6 || code === 8 || code === 87) && !SOCKET_WORDS.test(line);
}

/** What WSL prints before an error's HRESULT: where it was raised ("Wsl/Service/CreateInstance/"). */
const WSL_CODE_BEFORE = /(?:^|\s)Wsl\/\S*$/;

/**
 * Makes a block's findings, one object each, and hands them to the rules. Its properties in
 * one order wherever a finding is made or copied (copyFinding), so that all share one shape,
 * which the optimised engine is specialised on (a spread copy has a shape of its own: it cost
 * a deoptimisation where the rules compare a block's findings with those carried from the
 * block before). One per block, not a closure and a partial finding per line: a dense log
 * spent a sixth of its time collecting such garbage.
 */
class Reporter {
  /**
   * The line, if any, on which a runtime code was read outside an error object's properties
   * (`Error: read ECONNRESET`), and its code's symbol: readLine then asks whether the error's
   * object follows (errorObjectBelow). -1 when none.
   */
  headLine = -1;
  headSymbol = "";

  constructor(
    readonly pending: PendingFindings,
    private readonly file: string | null,
  ) {}

  /** What a recogniser read from `match`, on the line starting at `lineStart` of `block`. */
  shape(
    recogniser: Recogniser,
    recognised: Recognised,
    line: number,
    match: RegExpExecArray,
    block: Block,
    lineStart: number,
  ): void {
    const finding: Finding = {
      file: this.file,
      line,
      column: match.index + 1,
      text: (recognised.text ?? match[0]).slice(0, MAX_TEXT),
      code: recognised.entry.value,
      symbol: recognised.entry.symbol,
      platform: recognised.platform,
      evidence: recognised.evidence,
      lang: recognised.lang ?? null,
      dialect: recognised.dialect ?? recogniser.dialect,
    };
    if (recognised.evidence === "runtime-code") {
      const property = propertyAt(match.input, match.index, match[0]);
      if (property) {
        // A child process's error object, its errno and code above `syscall: 'spawnSync /bin/sh'`
        // (execSync's timeout: "Error: spawnSync /bin/sh ETIMEDOUT", errno -110 or -4039, code
        // ETIMEDOUT): no socket's, as its header is none (isSpawnMessage). Told from the two lines
        // below, which every block holds (LINES_AFTER).
        if (spawnSyscallBelow(block, lineStart)) return;
        if (property.name === "code") {
          const below = shortLineBelow(block, lineStart);
          // Node's AggregateError prints its own code right above its attempts' `[errors]: [`: it
          // repeats the header ("AggregateError [ECONNREFUSED]", a finding of its own) and the
          // attempts below say each error again.
          if (below !== undefined && AGGREGATE_ERRORS.test(below)) return;
          // ioredis and the mysql driver print their own connect timer's error object with its
          // misspelt errorno right above the code (`  errorno: 'ETIMEDOUT',` then `  code:
          // 'ETIMEDOUT',`): no socket's timeout, as the errorno line itself is none. So does the
          // request library's timer, `connect: true` (or false) on the line below the code where
          // Node prints the error with its stack (one property a line).
          if (
            finding.symbol === "WSAETIMEDOUT" &&
            (ownTimerAbove(block, lineStart) || (below !== undefined && REQUEST_TIMER_BELOW.test(below)))
          )
            return;
          // A code right above an errno number of the same code (axios's errors: `code:
          // 'ECONNREFUSED',` then `errno: -111,`): the errno, which tells the platform, stands for
          // both, as in Node's own order (see PendingFindings).
          if (below !== undefined && errnoNumberReadsAs(below, property.prefix, finding.symbol)) return;
        }
        // A code and an errno that is the code's name again, on consecutive lines in either
        // order (Node before 13: `  errno: 'ECONNREFUSED',` then `  code: 'ECONNREFUSED',`, or
        // the other way round; npm: `npm ERR! code ECONNRESET` then `npm ERR! errno ECONNRESET`),
        // are one finding: the second says nothing the first did not. Told from the line above's
        // text, not its findings, so that it never depends on lines further up. (An errno number
        // above a code: see PendingFindings.)
        if (property.named && nameAbove(block, lineStart, match[0], property)) return;
        PROPERTIES.set(finding, property);
      }
    }
    if (finding.symbol === "WSAETIMEDOUT" && afterNginxTimer(match.input, match.index)) return;
    if (isGeneralWin32(finding.code, match.input)) return;
    // WSL prints an error's Windows text, then its code on the next line ("Error code:
    // Wsl/Service/0x8007274c", the label in the UI's language): one error, told once, on the
    // text's line (microsoft/WSL#12960, #10570).
    if (
      finding.evidence === "hresult" &&
      WSL_CODE_BEFORE.test(match.input.slice(Math.max(0, match.index - 200), match.index)) &&
      this.pending.windowsOn(finding.symbol, line - 1)?.evidence === "message"
    )
      return;
    // A code shortly after the end of the same code's Windows text broken onto this line is that
    // text's error, told once, on the line the text begins: Rust's "…fermée par l'hôte" then
    // "distant. (os error 10054)" as a terminal wraps it (read from "(os error" and "error").
    if (this.followsBrokenText(finding.symbol, line, match.index, CODE_AFTER_TEXT)) return;
    if (finding.dialect === RUNTIME_CODE_DIALECT && !PROPERTIES.has(finding)) {
      this.headLine = line;
      this.headSymbol = finding.symbol;
    }
    this.pending.add(finding);
  }

  /**
   * A printed text, found at `from` of `line` as `text` (a Java text may be read as Windows'),
   * broken onto the next line up to `brokenEnd` there (else -1).
   */
  message(
    key: TextKey,
    line: number,
    from: number,
    text: string,
    brokenEnd = -1,
    platform = key.platform,
    dialect = key.dialect,
  ): void {
    const finding: Finding = {
      file: this.file,
      line,
      column: from + 1,
      text: text.slice(0, MAX_TEXT),
      code: key.entry.value,
      symbol: key.entry.symbol,
      platform,
      evidence: "message",
      lang: key.lang,
      dialect,
    };
    if (brokenEnd >= 0) BROKEN_ENDS.set(finding, brokenEnd);
    this.pending.add(finding);
  }

  /**
   * A printed text found at `from` of line `line` (`text`, which starts at `lineStart` of the
   * block) as `found`: a Windows text always (broken onto the next line up to `brokenEnd` there,
   * else -1), another unless it only continues a Windows finding on the line above.
   */
  textOnLine(
    key: TextKey,
    line: number,
    from: number,
    found: string,
    text: string,
    block: Block,
    lineStart: number,
    brokenEnd = -1,
  ): void {
    if (key.platform === "windows") this.message(key, line, from, found, brokenEnd);
    else if (!this.continuesAbove(key.entry.symbol, line, text, from, block, lineStart))
      this.message(key, line, from, found);
  }

  /**
   * Whether `from` of line `line` follows the end of a Windows text of `symbol` broken onto that
   * line from the line above, `within` characters of it (a text: at most ". " between, "…by the
   * remote", then "host. Connection reset by peer").
   */
  private followsBrokenText(symbol: string, line: number, from: number, within = 2): boolean {
    const above = this.pending.windowsOn(symbol, line - 1);
    const gap = from - (above === undefined ? Number.NaN : (BROKEN_ENDS.get(above) ?? Number.NaN));
    return gap >= 0 && gap <= within;
  }

  /**
   * Whether a non-Windows text of `symbol`, found at `from` of `text` (line `line`, which starts
   * at `lineStart` of the block, or -1 where the line above is not to be read), only continues a
   * Windows finding of the same code on the line above, as Indy prints "Socket Error # 10054"
   * and then "Connection reset by peer.": then it is not reported. It continues that finding
   * - where that finding is Indy's, and the text opens its line, after blanks, or after what
   *   the log puts before every line: a prefix of what comes before the Windows finding on its
   *   line, digits aside (a timestamp, "> ");
   * - or where it follows the end of that finding's text broken onto its line (at most ". "
   *   between: "…by the remote", then "host. Connection reset by peer").
   * Later on a line, the same code is another event: nginx's "connect() failed (111: Connection
   * refused)" under a Windows 10061 line. (Worked out only where such a finding is above:
   * per text, it cost the bench a third more time.)
   */
  continuesAbove(symbol: string, line: number, text: string, from: number, block: Block, lineStart: number): boolean {
    const above = this.pending.windowsOn(symbol, line - 1);
    if (!above) return false;
    if (this.followsBrokenText(symbol, line, from)) return true;
    // (Only below Indy's shape: a log whose lines all start alike holds a Windows text and, on
    // its next line, another program's POSIX text of the same code, two events.)
    if (from > PREFIX_LIMIT || above.dialect !== INDY_DIALECT) return false;
    const prefix = text.slice(0, from);
    if (BLANK.test(prefix)) return true;
    if (above.column - 1 < from) return false;
    // (Not after a line too long to be a file block's context, where the reader keeps none;
    // counted in bytes on every path, as a file's block counts them: a text's line in another
    // script is longer in UTF-8 than in characters.)
    const aboveStart = lineAboveStart(block, lineStart, LONG_ABOVE);
    if (aboveStart === -1) return false;
    if (
      block.source.kind === "text" &&
      lineStart - 1 - aboveStart > LONG_ABOVE / 4 &&
      utf8Length(lineText(block, aboveStart, lineStart - 1)) > LONG_ABOVE
    )
      return false;
    // Offsets count bytes in a file's blocks and characters in a text: read far enough for either.
    const abovePrefix = lineText(block, aboveStart, Math.min(lineStart - 1, aboveStart + 4 * (from + 1))).slice(
      0,
      from,
    );
    return abovePrefix.length === from && abovePrefix.replace(DIGITS, "0") === prefix.replace(DIGITS, "0");
  }
}

/**
 * Where the line above the one starting at `lineStart` (-1: none to be read) starts, or -1
 * when there is none in the block or it is longer than `longest`.
 */
function lineAboveStart(block: Block, lineStart: number, longest: number): number {
  if (lineStart <= 0) return -1;
  const aboveStart = block.source.newlineBefore(lineStart - 2) + 1;
  return lineStart - 1 - aboveStart > longest ? -1 : aboveStart;
}

/** Whether the line above the one starting at `lineStart` is ioredis's or the mysql driver's `errorno: 'ETIMEDOUT'`. */
function ownTimerAbove(block: Block, lineStart: number): boolean {
  const above = shortLineAbove(block, lineStart);
  return above !== undefined && OWN_TIMER_ERRNO.test(above);
}

/**
 * A property line is short: the line above a finding's, when at most PROPERTY_LINE_MAX
 * characters long; a longer one is none, and is not read. Characters, on every path: a block
 * read from a file counts bytes, so it is cut at four bytes a character first, then measured
 * once decoded (a line of Chinese words was read above in a text and not in its file).
 */
function shortLineAbove(block: Block, lineStart: number): string | undefined {
  const aboveStart = lineAboveStart(block, lineStart, PROPERTY_LINE_MAX * 4);
  return aboveStart === -1 ? undefined : shortLine(block, aboveStart, lineStart - 1);
}

/** The text of [start, end) when it is at most `longest` characters long (a property line's by default), measured as shortLineAbove says. */
function shortLine(block: Block, start: number, end: number, longest = PROPERTY_LINE_MAX): string | undefined {
  if (end - start > longest * 4) return undefined;
  const text = lineText(block, start, end);
  return text.length <= longest ? text : undefined;
}

/** Where the line starting at `start` ends: its newline, or the source's end. */
function lineEndAfter(source: BlockSource, start: number): number {
  const newline = source.newlineAfter(start);
  return newline === -1 ? source.length : newline;
}
/** The longest line read as an error object's property, in characters (see shortLineAbove). */
const PROPERTY_LINE_MAX = 256;
/** That property (as the recognisers read it) with ioredis's value. */
const OWN_TIMER_ERRNO = new RegExp(`${OWN_TIMER_PROPERTY.source}\\s*["']?ETIMEDOUT\\b`);

/**
 * The line below the one starting at `lineStart` when it is a property line's length (else
 * undefined). A block holds the lines after its last whole (LINES_AFTER), as for a text broken
 * over two lines, so this reads alike at every block edge.
 */
function shortLineBelow(block: Block, lineStart: number): string | undefined {
  const end = block.source.newlineAfter(lineStart);
  if (end === -1) return undefined;
  return shortLine(block, end + 1, lineEndAfter(block.source, end + 1));
}
/**
 * Whether `syscall: 'spawn…'` (spawnSync's, spawn's) is one of the two lines below the one starting
 * at `lineStart` (SPAWN_LINES, max-line.ts).
 */
function spawnSyscallBelow(block: Block, lineStart: number): boolean {
  const below = shortLineBelow(block, lineStart);
  if (below === undefined) return false;
  if (SPAWN_SYSCALL.test(below)) return true;
  const twoBelow = shortLineBelow(block, block.source.newlineAfter(lineStart) + 1);
  return twoBelow !== undefined && SPAWN_SYSCALL.test(twoBelow);
}
/** A child process's error's syscall property, after what a log puts before every line. */
const SPAWN_SYSCALL = /^[^\n]{0,64}?\bsyscall["']?\s*[:=]\s*["']spawn/;

/**
 * Whether the line ending at `end` (`text`: a JavaScript error's first line, where a runtime code
 * was read as `symbol`) is followed by the error's object with its errno and code, the code read
 * as the same symbol, as Node's util.inspect prints a system error:
 *
 *     Error: read ECONNRESET
 *         at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {
 *       errno: -4077,
 *       code: 'ECONNRESET',
 *
 * Below the first line: the stack (at most STACK_LINES_MAX lines, the last opening the object;
 * `[Error: read ECONNRESET] {` has none), then within OBJECT_LINES_MAX lines an errno (a number,
 * or the code's name as Node 14 and before print it) and the code on consecutive lines, in either
 * order (axios: code above errno), after the same prefix, and no `syscall: 'spawn…'` in the two
 * lines after them (a child process's). At most LINES_AFTER lines are read, each short: stack
 * lines and the one after them STACK_LINE_MAX characters, the others PROPERTY_LINE_MAX (25 × 2 KiB
 * and 7 × 1 KiB in UTF-8 at most), within a file block's 64 KiB lookahead.
 */
function errorObjectBelow(block: Block, end: number, text: string, symbol: string): boolean {
  // (Not a first line that closes its object itself, `{ [Error: read ECONNRESET] code: … }`; nor a
  // stack line that does not open the object, `    at x (Error: read ECONNRESET)`: its object, if
  // any, is the error's above, and a log of such lines would have each read the stack below again.)
  if (text.length > HEAD_LINE_MAX || CLOSES.test(text) || (isStackLine(text) && !OPENS_OBJECT.test(text))) return false;
  const { source } = block;
  /** The newline ending the line read last; -1 once the source ends. */
  let newline = end < source.length ? end : -1;
  /** Where the line read last starts. */
  let start = -1;
  const next = (longest = PROPERTY_LINE_MAX): string | undefined => {
    if (newline === -1) return undefined;
    start = newline + 1;
    const lineEnd = lineEndAfter(source, start);
    newline = lineEnd < source.length ? lineEnd : -1;
    return shortLine(block, start, lineEnd, longest);
  };
  let line = next(STACK_LINE_MAX);
  if (!OPENS_OBJECT.test(text)) {
    // The stack, its last line opening the object; or, where the object opened before the error
    // (`{ Error: connect ECONNREFUSED …`, Node 12 and before), ending where its properties begin.
    let opened = false;
    let stack = 0;
    while (!opened && stack < STACK_LINES_MAX && line !== undefined && isStackLine(line)) {
      opened = OPENS_OBJECT.test(line);
      stack++;
      line = next(STACK_LINE_MAX);
    }
    if (!opened && !OPENS_BEFORE.test(text)) return false;
  }
  let previous: ObjectProperty | undefined;
  for (let read = 1; line !== undefined; read++) {
    // (Not past a value that opens or closes: an AggregateError's `[errors]: [` holds other
    // errors' objects, an axios error's `config: {` other things; nor past another error's first
    // line or stack.)
    if (NESTS.test(line) || line.includes("Error") || isStackLine(line)) return false;
    const property = objectProperty(line);
    if (property && previous && property.name !== previous.name && samePrefix(property.prefix, previous.prefix)) {
      const [code, errno] = property.name === "code" ? [property, previous] : [previous, property];
      if (!(errno.value.startsWith("-") || errno.value === code.value)) return false;
      if (!readsAs(RUNTIME_CODE_RECOGNISER, code.line, symbol)) return false;
      // (A child process's object, `syscall: 'spawn…'` below its errno and code, gives no finding:
      // Reporter.shape. Its first line is none either, but a log may say otherwise above it.)
      return !spawnSyscallBelow(block, start);
    }
    previous = property;
    line = read < OBJECT_LINES_MAX ? next() : undefined;
  }
  return false;
}
/** The longest first line of an error read with its object (any longer is a log's own line). */
const HEAD_LINE_MAX = 1024;
/** The longest stack line read, in characters (pnpm's and Windows' paths in node_modules run long). */
const STACK_LINE_MAX = 512;
/** The recogniser of runtime codes, Node's above all (`read ECONNRESET`, `code: 'ECONNRESET'`). */
const RUNTIME_CODE_DIALECT = "runtime-code";
const RUNTIME_CODE_RECOGNISER = RECOGNISERS.find(
  (recogniser) => recogniser.dialect === RUNTIME_CODE_DIALECT,
) as Recogniser;
/** The recogniser of errno numbers (`errno: -4077`). */
const ERRNO_RECOGNISER = RECOGNISERS.find((recogniser) => recogniser.dialect === "errno") as Recogniser;
/** A line ending in `{`: util.inspect opens an error's own properties after its stack's last line. */
const OPENS_OBJECT = /\s\{\s*$/;
/** A line that ends an object: `… }`, `},`. */
const CLOSES = /\},?\s*$/;
/** A line that opens or closes an object or an array. */
const NESTS = /[{}[\]],?\s*$/;
/** An object opened before the error it prints, as util.inspect did up to Node 12 (`{ Error: …`). */
const OPENS_BEFORE = /^\s*\{ /;

/**
 * Whether a line is a JavaScript stack's: `    at fn (file:1:2)`, after what a log puts before
 * every line (two blanks or more before `at`: pm2's `0|game     |     at TCP.onread`); Node's
 * "Emitted 'error' event on Socket instance at:" and "... 2 lines matching cause stack trace ...";
 * the mysql driver's "--------------------".
 */
function isStackLine(line: string): boolean {
  const trimmed = line.trimStart();
  if (trimmed.startsWith("at ")) return true;
  const at = line.indexOf("  at ");
  if (at !== -1 && at <= PREFIX_LIMIT) return true;
  const emitted = line.indexOf("Emitted 'error' event");
  if (emitted !== -1 && emitted <= PREFIX_LIMIT) return trimmed.endsWith(" at:");
  // (The mysql driver's line between the error's stack and the one that queued the query.)
  if (MYSQL_STACK_SEPARATOR.test(trimmed)) return true;
  return trimmed.startsWith("... ") && trimmed.includes(" matching cause stack trace ...");
}
const MYSQL_STACK_SEPARATOR = /^-{20}\s*$/;

/** An error object's errno or code as util.inspect prints it, one a line: its value as printed. */
interface ObjectProperty {
  readonly name: "errno" | "code";
  readonly prefix: string;
  /** `-4077`, or a name in quotes (`'ECONNRESET'`). */
  readonly value: string;
  readonly line: string;
}
/** `errno: -4077,` or `code: 'ECONNRESET',` ending a line. */
const OBJECT_PROPERTY = /(?:^|\s)(errno|code): (-\d{1,6}|'[A-Z][A-Z0-9_]{1,30}'),?\s*$/;

function objectProperty(line: string): ObjectProperty | undefined {
  const match = OBJECT_PROPERTY.exec(line);
  if (!match) return undefined;
  const name = match[1] as "errno" | "code";
  const start = match.index + (match[0].startsWith(name) ? 0 : 1);
  const property = propertyAfter(line, start, name, false);
  return property ? { name, prefix: property.prefix, value: match[2] as string, line } : undefined;
}

/** Whether `line` is an error object's errno number after `prefix`, read as `symbol` (the line below a code). */
function errnoNumberReadsAs(line: string, prefix: string, symbol: string): boolean {
  const errno = objectProperty(line);
  return (
    errno?.name === "errno" &&
    errno.value.startsWith("-") &&
    samePrefix(errno.prefix, prefix) &&
    readsAs(ERRNO_RECOGNISER, line, symbol)
  );
}

/**
 * Whether `recogniser` reads the first of its shapes on `line` as `symbol` (a code line: `ENOENT`
 * is a socket's only after getaddrinfo; an errno line: Node's -3008 names no errno).
 */
function readsAs(recogniser: Recogniser, line: string, symbol: string): boolean {
  const { pattern, read } = recogniser;
  pattern.lastIndex = 0;
  const match = pattern.exec(line);
  pattern.lastIndex = 0;
  return match !== null && read(match, line)?.entry.symbol === symbol;
}

/** The request library's `connect: true` (or false), set beside its own timer's code (recognisers.ts). */
const REQUEST_TIMER_BELOW = new RegExp(`^\\s*${REQUEST_CONNECT.source}`);
/** Where Node's AggregateError lists its attempts' errors, below its own code. */
const AGGREGATE_ERRORS = /^\s*\[errors\]: \[/;

/** How far after a broken Windows text's end a code of it may begin on that line: "distant. (os error 10054)". */
const CODE_AFTER_TEXT = 16;
/** Where Windows texts broken onto the next line end there (see Reporter.continuesAbove). */
const BROKEN_ENDS = new WeakMap<Finding, number>();
/** The recogniser of Indy's "Socket Error # 10054" (recognisers.ts), above the POSIX text it prints next. */
const INDY_DIALECT = "delphi";
/** A prefix longer than this is the line's own words, not what a log puts before every line. */
const PREFIX_LIMIT = 64;
/** Lines longer than this (in UTF-8 bytes) are never read as a line above (see MAX_LINE). */
const LONG_ABOVE = MAX_LINE / 4;

/** How many bytes a text takes in UTF-8 (no copy: counted from its UTF-16 code units). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // (A surrogate pair, four bytes in all: two for each half.)
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
const BLANK = /^\s*$/;
/** Decimal digits of any script (a timestamp in full-width digits changes as one in ASCII does). */
const DIGITS = /\p{Nd}/gu;

/**
 * A finding that is the value of an error object's errno or code where the object is printed
 * one property a line, as Node's util.inspect, JSON, YAML and npm's report print them (`  errno:
 * -4077,` then `  code: 'ECONNRESET',`; `npm ERR! code ECONNRESET`), after what a log puts before
 * every line (docker compose's `web  |`, pm2's `0|api  |`, a timestamp).
 */
interface Property {
  readonly name: "errno" | "code";
  /** What stands before the property on its line, blank or ending in a blank ("" when blank); compared digits aside (samePrefix). */
  readonly prefix: string;
  /** Whether the value is a name (`errno: 'ETIMEDOUT'`), not a number. */
  readonly named: boolean;
}
/** The property name and separator right before a value (an errno number's match holds its own). */
const PROPERTY_BEFORE = /(?:^|\s)["']?(errno|code)["']?(?:\s*[:=]|\s)\s*["']?$/;
const ERRNO_MATCH = /^(?:errno|Errno|ERRNO)\b/;
const QUOTE = /^["']$/;
/** Findings that are such a value, with the property (one object's errno and code are one finding: see PendingFindings). */
const PROPERTIES = new WeakMap<Finding, Property>();

/** The property whose value the match `matched` at `index` of `line` is, if it is one. */
function propertyAt(line: string, index: number, matched: string): Property | undefined {
  // (A long line is no property's, on every path: one past MAX_LINE has no line above in a file.)
  if (index > PREFIX_LIMIT + 16 || line.length > PROPERTY_LINE_MAX) return undefined;
  // (JSON's quote before an errno number's match is the property's own.)
  if (ERRNO_MATCH.test(matched))
    return propertyAfter(line, QUOTE.test(line.charAt(index - 1)) ? index - 1 : index, "errno", false);
  // (The few characters a property name and its separator take: a pattern anchored at the end
  // is tried from every position of what it is given. Too short for the name to open it unless
  // the line does.)
  const from = Math.max(0, index - 24);
  const head = line.slice(from, index);
  if (!head.includes("code") && !head.includes("errno")) return undefined;
  const before = PROPERTY_BEFORE.exec(head);
  if (!before) return undefined;
  const start = from + before.index + (/^\s/.test(before[0]) ? 1 : 0);
  return propertyAfter(line, start, before[1] as "errno" | "code", true);
}

/**
 * A property at `start` of `line`, when what stands before it is what a log puts before every
 * line (blank, short, ending in a blank). (Checked before anything is cut or copied: an errno in a
 * log's sentence, "reset by peer (errno 104)", is no property and costs no more.)
 */
function propertyAfter(line: string, start: number, name: "errno" | "code", named: boolean): Property | undefined {
  if (start > PREFIX_LIMIT || (start > 0 && !WHITE.test(line.charAt(start - 1)))) return undefined;
  const prefix = line.slice(0, start);
  return { name, prefix: BLANK.test(prefix) ? "" : prefix, named: name === "code" || named };
}
const WHITE = /\s/;
/** Runs of digits, as one (a timestamp's fraction printed with its trailing zeros cut). */
const DIGIT_RUNS = /\p{Nd}+/gu;

/** Whether two properties' prefixes are the same but for their digits (compared so only where they differ). */
function samePrefix(one: string, other: string): boolean {
  return (
    one === other ||
    (one.length > 0 && other.length > 0 && one.replace(DIGIT_RUNS, "0") === other.replace(DIGIT_RUNS, "0"))
  );
}

/**
 * Whether the line above the one starting at `lineStart` gives `name` as the other of the
 * two properties (an errno's name above a code, a code above an errno's name), after the same prefix.
 */
function nameAbove(block: Block, lineStart: number, name: string, property: Property): boolean {
  const above = shortLineAbove(block, lineStart);
  if (above === undefined) return false;
  const at = above.indexOf(name);
  if (at === -1 || /\w/.test(above.charAt(at + name.length))) return false;
  const other = propertyAt(above, at, name);
  return other !== undefined && other.name !== property.name && samePrefix(other.prefix, property.prefix);
}

/** A copy of a finding, on `line` and from `platform` (its own unless given); in finding()'s order. */
export function copyFinding(original: Finding, line = original.line, platform = original.platform): Finding {
  const copy: Finding = {
    file: original.file,
    line,
    column: original.column,
    text: original.text,
    code: original.code,
    symbol: original.symbol,
    platform,
    evidence: original.evidence,
    lang: original.lang,
    dialect: original.dialect,
  };
  const property = PROPERTIES.get(original);
  if (property) PROPERTIES.set(copy, property);
  const brokenEnd = BROKEN_ENDS.get(original);
  if (brokenEnd !== undefined) BROKEN_ENDS.set(copy, brokenEnd);
  return copy;
}

function readLine(
  block: Block,
  start: number,
  end: number,
  line: number,
  recognisers: number,
  keys: TextKey[],
  report: Reporter,
): void {
  const text = lineText(block, start, end);
  report.pending.advanceTo(line);
  // Structured shapes first, in table order, so the most specific reading of a code wins.
  for (let index = 0; index < RECOGNISERS.length; index++) {
    if ((recognisers & (1 << index)) === 0) continue;
    const recogniser = RECOGNISERS[index] as Recogniser;
    const { pattern } = recogniser;
    pattern.lastIndex = 0;
    // As with anchors, a pathological line (one shape a hundred thousand times) is read only so far.
    let matches = 0;
    for (let match = pattern.exec(text); match !== null && matches < SHAPES_PER_LINE; match = pattern.exec(text)) {
      matches++;
      const recognised = recogniser.read(match, text);
      if (recognised) report.shape(recogniser, recognised, line, match, block, start);
    }
  }
  if (keys.length > 0) readMessages(block, start, end, line, text, keys, report);
  // A JavaScript error's first line, its stack and then its object: the object's errno and code
  // tell the same error again, the errno number with its platform (-4077 is Windows', -104
  // Linux's), so they stand for it and the first line's findings of the code are dropped. Told
  // from the lines below (LINES_AFTER), the same at every block edge; the object's lines are
  // findings whatever stands above them.
  if (report.headLine === line) {
    report.headLine = -1;
    if (errorObjectBelow(block, end, text, report.headSymbol)) report.pending.drop(line, report.headSymbol);
  }
}

/** Printed texts: on the line itself, or broken over this line and the next (or the previous and this). */
function readMessages(
  block: Block,
  start: number,
  end: number,
  line: number,
  text: string,
  keys: TextKey[],
  report: Reporter,
): void {
  if (text.length > JOIN_LIMIT) {
    readLongLineMessages(block, start, line, text, keys, report);
    return;
  }
  const here = mapNormalised(text);
  // Longest texts first, and a text inside one already found is not found again:
  // "Connection reset" within "Connection reset by peer" is the same words.
  // The same words from several sources: a POSIX system's reading beats a runtime's platform-neutral one.
  // (The caller's list, sorted in place, by insertion: it is the line's own and short.)
  const ordered = keys;
  for (let index = 1; index < ordered.length; index++) {
    const key = ordered[index] as TextKey;
    let at = index - 1;
    while (at >= 0 && comesBefore(key, ordered[at] as TextKey)) {
      ordered[at + 1] = ordered[at] as TextKey;
      at--;
    }
    ordered[at + 1] = key;
  }
  /** The stretches of the line taken by texts found, as (from, to) pairs, flat. */
  let taken: number[] | undefined;
  let withNext:
    | {
        joined: string;
        mapped: MappedText;
        next: string;
        glued?: { text: string; mapped: MappedText; indent: number } | null;
      }
    | undefined;
  // The line trimmed, worked out once if a text is looked for across lines.
  let trimmedEnd: string | undefined;
  let trimmedStart: string | undefined;
  let withPrevious: { previous: string; joined: string; mapped: MappedText } | undefined;
  for (const key of ordered) {
    let at = here.text.indexOf(key.norm);
    // A program's own timeout ("Connection timed out after 3000 ms") is not the text: look on.
    while (at !== -1 && isProgramsOwnWords(key, text, here.at(at), here.end(at + key.norm.length)))
      at = here.text.indexOf(key.norm, at + key.norm.length);
    if (at !== -1) {
      const [from, to] = occurrence(here, key, at, text, 0);
      if (taken && inside(taken, from, to)) continue;
      taken ??= [];
      taken.push(from, to);
      reportText(report, key, line, from, to, text, block, start);
      continue;
    }
    // A message broken over two lines: this line ends with the text's first words, or begins
    // with its last (lines beyond JOIN_LIMIT returned above).
    if (end < block.source.length) trimmedEnd ??= here.text.trimEnd();
    if (trimmedEnd !== undefined && endsWithStartOf(trimmedEnd, key)) {
      if (!withNext) {
        const next = lineText(block, end + 1, lineEndAfter(block.source, end + 1));
        const joined = `${text}\n${next}`;
        withNext = { joined, mapped: mapNormalised(joined), next };
      }
      // (6, 8 and 87 count on a socket's lines only: not on these two, then, though the line
      // before may make them a socket's.)
      if (!isGeneralWin32(key.entry.value, withNext.joined)) {
        const span = spanFrom(withNext.mapped, key.norm, text.length);
        if (span) {
          const [from, to] = span;
          if (isProgramsOwnWords(key, withNext.joined, from, to)) continue;
          report.textOnLine(key, line, from, withNext.joined.slice(from, to), text, block, start, to - text.length - 1);
          continue;
        }
        // A terminal's wrap at its width breaks a word too ("…was forcibly clos", then "ed by the
        // remote host."): the pieces glued back, where the line ends in a letter and the next
        // begins with one after its indentation (a pasted block's).
        withNext.glued ??= gluedLines(text, withNext.next);
        const glued = withNext.glued;
        const gluedSpan = glued === null ? undefined : spanFrom(glued.mapped, key.norm, text.length);
        if (glued !== null && gluedSpan && gluedSpan[1] > text.length) {
          const [from, to] = gluedSpan;
          if (!isProgramsOwnWords(key, glued.text, from, to)) {
            report.textOnLine(
              key,
              line,
              from,
              glued.text.slice(from, to),
              text,
              block,
              start,
              to - text.length + glued.indent,
            );
            continue;
          }
        }
      }
    }
    if (start > 0) trimmedStart ??= here.text.trimStart();
    if (trimmedStart !== undefined && startsWithEndOf(trimmedStart, key)) {
      if (!withPrevious) {
        const previousStart = block.source.newlineBefore(start - 2) + 1;
        const previous = lineText(block, previousStart, start - 1);
        const joined = `${previous}\n${text}`;
        withPrevious = { previous, joined, mapped: mapNormalised(joined) };
      }
      if (isGeneralWin32(key.entry.value, withPrevious.joined)) continue;
      const span = spanFrom(withPrevious.mapped, key.norm, withPrevious.previous.length);
      if (span) {
        const [from, to] = span;
        const { previous, joined } = withPrevious;
        if (isProgramsOwnWords(key, joined, from, to)) continue;
        // (A text found from the line after its first is not read as a continuation: the line
        // above its first is not always held here, as findings go out two lines behind.)
        report.message(
          key,
          line - 1,
          from,
          joined.slice(from, to),
          key.platform === "windows" ? to - previous.length - 1 : -1,
        );
      }
    }
  }
}

/**
 * Where a text (normalised) begins and ends in a joined text's own characters, when it begins on
 * the first line (before `firstLength`); else undefined.
 */
function spanFrom(mapped: MappedText, norm: string, firstLength: number): [from: number, to: number] | undefined {
  const split = mapped.text.indexOf(norm);
  if (split === -1) return undefined;
  const from = mapped.at(split);
  return from < firstLength ? [from, mapped.end(split + norm.length)] : undefined;
}

/** Whether [from, to) lies within one of the (from, to) pairs. */
function inside(taken: readonly number[], from: number, to: number): boolean {
  for (let index = 0; index < taken.length; index += 2)
    if (from >= (taken[index] as number) && to <= (taken[index + 1] as number)) return true;
  return false;
}

/** Longer texts first; among the same words, a POSIX system's reading before a runtime's platform-neutral one. */
function comesBefore(a: TextKey, b: TextKey): boolean {
  return a.norm.length > b.norm.length || (a.norm.length === b.norm.length && platformRank(a) < platformRank(b));
}

function platformRank(key: TextKey): number {
  return key.platform === "posix" ? 0 : key.platform === "windows" ? 1 : 2;
}

/**
 * Whether a text found (from `from` to `to`) is a program's or a protocol's own words, not the
 * system's error: a protocol's refusal on a connection made (isProtocolRefusal); and for a text
 * ending in "timed out", a program's own timeout, not the C library's text of ETIMEDOUT: followed by " after" and a time ("Connection timed out after
 * 10001 milliseconds", curl's multi_handle_timeout:
 * curl/curl@5c61e168698a72b87437d58ed728bcdea6d5db42:lib/multi.c#L1850-L1864), which nothing of
 * the kind follows; followed by ": <code>: " (Twisted's own words before the system's code, see
 * CODE_AFTER); or right after the name of a MongoDB Node driver's error (MongoNetworkError:
 * connection timed out), which the driver gives its own socket timer
 * (mongodb/node-mongodb-native@5a8842ad9de2ce6a89ecba985ff6a2a005205afc:src/cmap/connect.ts,
 * connectionFailureError; an OS timeout there reads "connect ETIMEDOUT <address>").
 */
function isProgramsOwnWords(key: TextKey, line: string, from: number, to: number): boolean {
  if (key.entry.symbol === "WSAETIMEDOUT" && (afterNginxTimer(line, from) || isNginxStreamTimer(line, from, to)))
    return true;
  if (isProtocolRefusal(key, line, from, to)) return true;
  // Java RMI's words for any ConnectException it wraps, a timeout's too ("Connection refused to
  // host: 10.0.0.5; nested exception is:", then the cause, which is the finding:
  // openjdk/jdk@938b844088468a0a2117d1187905199facaba09a:src/java.rmi/share/classes/sun/rmi/transport/tcp/TCPEndpoint.java).
  if (key.entry.symbol === "WSAECONNREFUSED" && line.startsWith(" to host: ", to)) return true;
  // Oracle's own timer for a client's login, ORA-3136 ("WARNING: inbound connection timed out").
  if (key.entry.symbol === "WSAETIMEDOUT" && /\binbound $/i.test(line.slice(Math.max(0, from - 8), from))) return true;
  if (!key.norm.endsWith("timed out")) return false;
  AFTER_A_TIME.lastIndex = to;
  if (AFTER_A_TIME.test(line)) return true;
  OWN_TIMER_AFTER.lastIndex = to;
  if (OWN_TIMER_AFTER.test(line)) return true;
  if (line.startsWith(DART_TIMER_AFTER, to) && line.startsWith(DART_EXCEPTION, from - DART_EXCEPTION.length))
    return true;
  CODE_AFTER.lastIndex = to;
  return (
    (CODE_AFTER.test(line) && line.slice(Math.max(0, from - 4), from) === "TCP ") ||
    OWN_TIMER_BEFORE.test(line.slice(Math.max(0, from - 40), from))
  );
}

/**
 * Whether "Connection refused" (or "timed out") at [from, to) is a protocol's answer on a
 * connection made, no socket's error: an SMTP server's reply, its code (and enhanced status)
 * right before the words ("554 5.7.1 Connection refused", "421 4.4.1 Connection timed out",
 * RFC 5321 §4.2, RFC 3463), or an MQTT broker's CONNACK refusal, its reason right after them
 * ("Connection Refused: not authorised", "… bad user name or password": MQTT 3.1.1 §3.2.2.3,
 * as mosquitto and paho word its return codes 1 to 5; not "server unavailable", which other
 * protocols' refusals say too).
 */
function isProtocolRefusal(key: TextKey, line: string, from: number, to: number): boolean {
  if (key.platform !== "posix" || (key.entry.symbol !== "WSAECONNREFUSED" && key.entry.symbol !== "WSAETIMEDOUT"))
    return false;
  // (A NUL stands for the rest of a longer line, so that ^ is the line's own start.)
  const before = from > 32 ? `\u0000${line.slice(from - 32, from)}` : line.slice(0, from);
  if (SMTP_REPLY_BEFORE.test(before)) return true;
  MQTT_REFUSAL_AFTER.lastIndex = to;
  return key.entry.symbol === "WSAECONNREFUSED" && MQTT_REFUSAL_AFTER.test(line);
}
/**
 * An SMTP reply right before the words: its code and enhanced status after a blank or a quote
 * ("554 5.7.1 ", "\"421 4.4.1 "), or its code alone where a reply begins (the line's start, a quote,
 * "said: ", a transcript's "<<< "). Not a timestamp's milliseconds ("12:00:00,421 ") nor a port
 * (":554 ").
 */
const SMTP_REPLY_BEFORE =
  /(?:(?:^|[\s"'>(])(?:421|45[0-2]|55[0-4])[ -][245]\.\d{1,3}\.\d{1,3}|(?:^\s*|["'>]\s?|\bsaid: |<<< )(?:421|45[0-2]|55[0-4]))[ -]$/;
/** An MQTT CONNACK's reason after the words, as brokers and clients word return codes 2 to 5. */
const MQTT_REFUSAL_AFTER =
  /[:,] {0,3}(?:bad user ?name or password|not authori[sz]ed|identifier rejected|unacceptable protocol version)/iy;

/**
 * The system's code after the words, as Twisted prints its own errors: "TCP connection timed
 * out: 10060: A connection attempt failed …" (TCPTimedOutError; the words are Twisted's, the
 * number and the text after it the system's).
 */
const CODE_AFTER = /: \d{1,5}: /y;

/**
 * Exceptions whose "connection timed out" is their own timer's: the MongoDB driver's errors, and
 * Netty's ConnectTimeoutException ("connection timed out: host/…").
 */
const OWN_TIMER_BEFORE = /(?:\bMongo[A-Za-z]{0,30}Error|ConnectTimeoutException): $/;

/**
 * nginx's own timers: their expiry is logged with the system's timeout code and text after
 * nginx's words, "upstream timed out (110: Connection timed out) while reading response header
 * from upstream" ("(10060: A connection attempt failed …)" on Windows): ngx_log_error and
 * ngx_connection_error with NGX_ETIMEDOUT, which ngx_log_errno prints as " (%d: <the system's
 * text>)" (nginx/nginx@3f6f7824d4e2eb1ac37dec76683d525ac0ff521c: src/http/ngx_http_upstream.c,
 * src/http/ngx_http_request.c, src/event/ngx_event_openssl_stapling.c, src/core/ngx_log.c). Its
 * "connect() failed (110: Connection timed out)" is the system's, and stays.
 */
const NGINX_OWN_TIMER =
  /\b(client|upstream|connection|OCSP responder|quic client|auth http server [^ ()]{1,64}|epoll_wait\(\)) timed out (?:\((?:\d{1,5}: )?)?$/;
/**
 * The stream module's own timer says "connection timed out" (src/stream/ngx_stream_proxy_module.c,
 * ngx_stream_return_module.c): nginx's only where its log action follows, as words many programs
 * print otherwise.
 */
const NGINX_STREAM_ACTION = / while (?:proxying connection|returning text)\b/;

/** Whether the words at [from, to) of `line` are the stream module's own "connection timed out (110: …)". */
function isNginxStreamTimer(line: string, from: number, to: number): boolean {
  return (
    to - from === 20 &&
    line.slice(from, to).toLowerCase() === "connection timed out" &&
    /^ \(\d{1,5}: /.test(line.slice(to, to + 9)) &&
    NGINX_STREAM_ACTION.test(line)
  );
}

/** Whether what stands at `at` of `line` follows the words of one of nginx's own timers. */
function afterNginxTimer(line: string, at: number): boolean {
  const timer = NGINX_OWN_TIMER.exec(line.slice(Math.max(0, at - 100), at));
  return timer !== null && (timer[1] !== "connection" || NGINX_STREAM_ACTION.test(line));
}

/**
 * What programs put after their own timer's "connection timed out": dig's ";; connection timed
 * out; no servers could be reached" (its query's retries), OpenSSH's "Connection timed out during
 * banner exchange" (its own wait for the server's first line, on a connection made), kcp2k's
 * (Mirror's UDP transport) "Connection timed out after not receiving any message for 10000ms"
 * (its idle timer: MirrorNetworking/kcp2k@01a4ca0ed557233525b8ebc2e1853f2527d4b209:kcp2k/Assets/kcp2k/highlevel/KcpPeer.cs,
 * HandleTimeout).
 */
const OWN_TIMER_AFTER = /(?:; no servers could be reached| during banner exchange| after not receiving\b)/y;

/**
 * Dart's own connect timer: "SocketException: Connection timed out, host: h, port: 443" when
 * Socket.connect's `timeout` runs out, on any system
 * (dart-lang/sdk@3b2b126f601347beeb2d9dea2391ec28008cf85a:sdk/lib/_internal/vm/bin/socket_patch.dart);
 * the system's own comes as "(OS Error: Connection timed out, errno = 110)". Another program's
 * "Connection timed out, host: redis01" is the system's words.
 */
const DART_EXCEPTION = "SocketException: ";
const DART_TIMER_AFTER = ", host:";

const AFTER_A_TIME = / +after +\d+(?:[.,]\d+)? ?(?:ms|msecs?|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/iy;

/**
 * What PuTTY on Windows (and KiTTY, WinSCP) puts before its text of a Winsock error, which is
 * BSD's words ("Network error: Software caused connection abort"); Unix PuTTY prints strerror's
 * words alone. So a POSIX text after it is Windows' (data/sources/putty.json).
 */
const PUTTY_ON_WINDOWS = "Network error: ";
/**
 * Where the prefix is PuTTY's, not another program's own "Network error: %s" with strerror's
 * words (a Linux daemon's, an Android app's): at the line's start (PuTTY's dialog and event log
 * as pasted, after an icon's character or two; plink's "FATAL ERROR: "), or on a line naming
 * PuTTY or a program of its family.
 */
const PUTTY_LINE_START = /^\S{0,2}\s*(?:FATAL ERROR: )?["'\u201C]?$/;
const PUTTY_NAMED = /\b(?:putty|winscp|plink|pscp|psftp)\b/i;

/** Whether the text at `from` of `line` follows PuTTY's prefix, where it is PuTTY's. */
function afterPuttyOnWindows(line: string, from: number): boolean {
  const at = from - PUTTY_ON_WINDOWS.length;
  if (at < 0 || !line.startsWith(PUTTY_ON_WINDOWS, at)) return false;
  return (at <= 64 && PUTTY_LINE_START.test(line.slice(0, at))) || PUTTY_NAMED.test(line);
}

/**
 * FileZilla's own words for a socket error, after the errno's name: "ECONNREFUSED - Connection
 * refused by server", on Windows too, where its socket.h defines ECONNREFUSED as WSAECONNREFUSED
 * (GetErrorDescription and ERRORDECL's table,
 * basvodde/filezilla@8f874dfe2fdfee4a95cf706bc860252a5793c32e:src/engine/socket.cpp#L1269-L1374,
 * src/include/socket.h#L223). Its texts begin as the C library's do ("Connection refused", "No
 * route to host"), and tell no platform. (Not Ruby's exception class before the same words,
 * "Errno::ETIMEDOUT - Connection timed out - connect(2)" as Faraday prints it: a POSIX system's.)
 */
const FILEZILLA_NAME_BEFORE =
  /(?<!Errno::)\b(?:E(?:ACCES|ADDRINUSE|AFNOSUPPORT|INPROGRESS|INVAL|MFILE|NFILE|NOBUFS|NOMEM|PERM|PROTONOSUPPORT|AGAIN|ALREADY|BADF|CONNREFUSED|FAULT|INTR|ISCONN|NETUNREACH|NOTSOCK|TIMEDOUT|HOSTUNREACH|NOTCONN|NETRESET|OPNOTSUPP|SHUTDOWN|MSGSIZE|CONNABORTED|CONNRESET|PIPE)|EAI_[A-Z]{3,12}|WSA[A-Z]{3,20}) - $/;

/**
 * Programs that print the POSIX words on Windows too, in the same shape, so that the words tell
 * no platform there: OpenSSH's "ssh: connect to host h port 22: " and "connect to address a port
 * 22: ", and its other lines that print a socket call's errno text ("kex_exchange_identification:
 * read: ", "client_loop: send disconnect: ", "Read from remote host h: ", "banner exchange:
 * Connection to h port 22: ") (OpenSSH for Windows keeps its own table of errno texts, in Linux's words,
 * PowerShell/Win32-OpenSSH#1634; Git for Windows' ssh prints them through MSYS; BSD's "Operation
 * timed out" there stays macOS's), Tcl's "couldn't open socket: " with its own lower-case
 * words on every system (lenosisnickerboa/csgosl#176, a Windows program), and curl's verbose
 * "connect to ::1 port 80 from :: port 0 failed: ", whose text is the C library's or, on
 * Windows, curl's own table's, which holds these words too (curl/curl@5c61e168698a72b87437d58ed728bcdea6d5db42:lib/cf-socket.c;
 * data/sources/curl.json).
 */
const ANY_SYSTEM_BEFORE =
  /(?:\bconnect to (?:host|address) \S{1,255} port \S{1,10}|couldn't open socket|\bconnect to \S{1,255} port \d{1,5} from \S{0,255} port \d{1,5} failed|\b(?:kex|ssh)_exchange_identification: (?:read|write)|\bclient_loop: send disconnect|\bRead from remote host \S{1,255}|\b(?:banner exchange|ssh_dispatch_run_fatal): Connection to \S{1,255} port \d{1,5}): $/;
/**
 * Kestrel's own "Failed to bind to address http://127.0.0.1:5000: address already in use." on
 * every system, in lower case (EndpointAlreadyInUse in
 * dotnet/aspnetcore@e0c96820cfe2e5741523aeef01b4fd5d24b3eb99:src/Servers/Kestrel/Core/src/CoreStrings.resx);
 * glibc's capitalised words after the same prefix are another program's, a POSIX system's.
 */
const KESTREL_BIND_BEFORE = /\bFailed to bind to address \S{1,300}: $/;

/**
 * Where in `line` the text `key` found at `at` of `mapped` (`line` normalised from `offset` on)
 * stands: there, or the same words once more where the Windows JDK's suffix follows them, which
 * tells the platform (Hadoop puts its own "No Route to Host from  <host> …" before the JDK's "No
 * route to host: no further information"; NetUtils.wrapException,
 * apache/hadoop@ede3acba556ae93d3c0cd7ad8403ef85db2dde8d:hadoop-common-project/hadoop-common/src/main/java/org/apache/hadoop/net/NetUtils.java).
 */
function occurrence(mapped: MappedText, key: TextKey, at: number, line: string, offset: number): [number, number] {
  const found: [number, number] = [offset + mapped.at(at), offset + mapped.end(at + key.norm.length)];
  if (key.platform === "windows" || followedByJavaOnWindows(line, found[1])) return found;
  for (
    let next = mapped.text.indexOf(key.norm, at + key.norm.length);
    next !== -1;
    next = mapped.text.indexOf(key.norm, next + key.norm.length)
  ) {
    const nextTo = offset + mapped.end(next + key.norm.length);
    if (followedByJavaOnWindows(line, nextTo)) return [offset + mapped.at(next), nextTo];
  }
  return found;
}

/**
 * A text found at [from, to) of `line` (the line's text, starting at `lineStart` of the block):
 * Windows Java's where the JDK's suffix follows it, Windows PuTTY's after PuTTY's prefix,
 * FileZilla's own (no platform) after an errno's name, no platform's after OpenSSH's, Tcl's or
 * curl's verbose words (ANY_SYSTEM_BEFORE); else as the Reporter decides. One place for these, for lines of any length
 * (readLongLineMessages too).
 */
function reportText(
  report: Reporter,
  key: TextKey,
  lineNumber: number,
  from: number,
  to: number,
  line: string,
  block: Block,
  lineStart: number,
): void {
  const found = line.slice(from, to);
  if (isGeneralWin32(key.entry.value, line)) return;
  if (key.platform !== "windows" && followedByJavaOnWindows(line, to))
    report.message(key, lineNumber, from, found, -1, "windows", "java");
  else if (key.platform !== "windows" && afterPuttyOnWindows(line, from))
    report.message(key, lineNumber, from, found, -1, "windows", "putty");
  else if (key.platform === "posix" && FILEZILLA_NAME_BEFORE.test(line.slice(Math.max(0, from - 28), from)))
    report.message(key, lineNumber, from, found, -1, "unknown", "filezilla");
  else if (
    key.platform === "posix" &&
    (ANY_SYSTEM_BEFORE.test(line.slice(Math.max(0, from - 300), from)) ||
      (/^[a-z]/.test(found) && KESTREL_BIND_BEFORE.test(line.slice(Math.max(0, from - 330), from))))
  )
    report.message(key, lineNumber, from, found, -1, "unknown", "posix-message");
  else report.textOnLine(key, lineNumber, from, found, line, block, lineStart);
}

/** WINDOWS_JAVA_SUFFIX, tried where a text ends (sticky: no copy of the rest of the line). */
const JAVA_SUFFIX_AT = new RegExp(WINDOWS_JAVA_SUFFIX.source.replace(/^\^/, ""), "y");

function followedByJavaOnWindows(line: string, at: number): boolean {
  JAVA_SUFFIX_AT.lastIndex = at;
  return JAVA_SUFFIX_AT.test(line);
}

/** A text's first word and the rest after each of its spaces, worked out once per text. */
interface TextEnds {
  readonly first: string;
  readonly suffixes: readonly string[];
}

const textEnds = new WeakMap<TextKey, TextEnds>();

function endsOf(key: TextKey): TextEnds {
  let ends = textEnds.get(key);
  if (!ends) {
    const text = key.norm;
    const space = text.indexOf(" ");
    const suffixes: string[] = [];
    for (let at = space; at !== -1; at = text.indexOf(" ", at + 1)) suffixes.push(text.slice(at + 1));
    ends = { first: space === -1 ? text : text.slice(0, space), suffixes };
    textEnds.set(key, ends);
  }
  return ends;
}

/** Whether the (normalised, end-trimmed) line ends with the text's first words. */
function endsWithStartOf(trimmed: string, key: TextKey): boolean {
  const { first } = endsOf(key);
  const { norm } = key;
  for (let at = trimmed.indexOf(first); at !== -1; at = trimmed.indexOf(first, at + 1)) {
    // The rest of the line from here begins the text (compared in place: no copy per try).
    const rest = trimmed.length - at;
    if (rest > norm.length) continue;
    let same = 0;
    while (same < rest && trimmed.charCodeAt(at + same) === norm.charCodeAt(same)) same++;
    if (same === rest) return true;
  }
  return false;
}

/**
 * A line and the next glued together where a terminal's wrap broke a word: the line ends in a
 * letter and the next, after its indentation, begins with one; null otherwise.
 */
function gluedLines(text: string, next: string): { text: string; mapped: MappedText; indent: number } | null {
  const indent = next.length - next.trimStart().length;
  if (!LETTER_AT_END.test(text) || !LETTER_AT_START.test(next.slice(indent, indent + 1))) return null;
  const glued = text + next.slice(indent);
  return { text: glued, mapped: mapNormalised(glued), indent };
}
const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/** Whether the (normalised, start-trimmed) line begins with the text's last words. */
function startsWithEndOf(trimmed: string, key: TextKey): boolean {
  for (const suffix of endsOf(key).suffixes) if (trimmed.startsWith(suffix)) return true;
  return false;
}

/**
 * On a long line (a JSON record, a minified blob) only the stretches around the
 * anchors are normalised and searched, so a megabyte line costs as much as its hits.
 */
function readLongLineMessages(
  block: Block,
  lineStart: number,
  line: number,
  text: string,
  keys: readonly TextKey[],
  report: Reporter,
): void {
  const reach = 1024; // longer than any printed text
  const windows: [number, number][] = [];
  // The anchors are looked for lower-cased in the line lower-cased: an anchor's case variants
  // (texts.ts) then find the same places, and are looked for once, not once per variant (a
  // megabyte line holding every anchor took four times as long).
  // (Sixteen places for each variant, as when each was looked for apart: harmless places
  // in one case must not hide the text written in another further on.)
  const within = lowerCaseInPlace(text);
  const places = new Map<string, number>();
  for (const key of keys) {
    for (const variant of key.anchors) {
      const anchor = lowerCaseInPlace(variant);
      places.set(anchor, (places.get(anchor) ?? 0) + 16);
    }
  }
  for (const [anchor, most] of places) {
    let seen = 0;
    for (let at = within.indexOf(anchor); at !== -1 && seen < most; at = within.indexOf(anchor, at + 1), seen++) {
      windows.push([Math.max(0, at - reach), Math.min(text.length, at + reach)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([...window]);
  }
  // (In the order a short line's texts are tried: the longest first, then a POSIX system's reading.)
  const ordered = [...keys].sort((a, b) => (comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0));
  const reported = new Set<TextKey>();
  for (const [from, to] of merged.slice(0, 64)) {
    const piece = text.slice(from, to);
    const mapped = mapNormalised(piece);
    for (const key of ordered) {
      if (reported.has(key)) continue;
      const at = mapped.text.indexOf(key.norm);
      if (at === -1) continue;
      reported.add(key);
      if (isProgramsOwnWords(key, piece, mapped.at(at), mapped.end(at + key.norm.length))) continue;
      const [start, end] = occurrence(mapped, key, at, text, from);
      reportText(report, key, line, start, end, text, block, lineStart);
    }
  }
}

/**
 * The text lower-cased with every position kept: "İ", the one character whose lower case is
 * longer (i and a combining dot), becomes "i".
 */
function lowerCaseInPlace(text: string): string {
  // (split and join: replaceAll took ~200 ms on a megabyte line of "İ".)
  return (text.includes("\u0130") ? text.split("\u0130").join("i") : text).toLowerCase();
}

/** The decoded line without its CR, cut at MAX_LINE. */
function lineText(block: Block, start: number, end: number): string {
  const text = block.source.text(start, Math.min(end, start + MAX_LINE));
  const line = text.endsWith("\r") ? text.slice(0, -1) : text;
  // A terminal's colours, as a log captured from one keeps them (Node's util.inspect colours an
  // errno `errno: \x1b[33m-104\x1b[39m,` when its output is a terminal or FORCE_COLOR is set):
  // read as the line shows, so columns count what it shows too.
  return line.includes("\x1b[") ? line.replace(TERMINAL_CONTROL, "") : line;
}
/** A terminal's control sequence (CSI): ESC [, parameters, intermediates, the final byte. */
const TERMINAL_CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]/g;

/**
 * Findings of the last two lines, held back because a message found on a line can
 * belong to the line before it. Keeps one finding per code and line (a code before a message, then the leftmost),
 * and tells which Windows finding a text on the next line may only continue (windowsOn; the
 * Reporter decides, as Indy prints "Socket Error # 10054" and then "Connection reset by peer.").
 */
/** Findings whose platform a POSIX text beside them lent (glibc's words, which Windows' own text overrules). */
const POSIX_TEXT_LENT = new WeakSet<Finding>();

class PendingFindings {
  private readonly held: Finding[] = [];

  constructor(
    private readonly emit: (finding: Finding) => void,
    private readonly earlier: readonly Finding[],
  ) {}

  advanceTo(line: number): void {
    while (this.held.length > 0 && (this.held[0] as Finding).line < line - 1) this.emit(this.held.shift() as Finding);
  }

  add(finding: Finding): void {
    // One finding per code and line: a code beats a message ("… refused it. (os error 10061)" is a
    // decimal); among codes, or among messages, the leftmost wins ("10060 means WSAETIMEDOUT").
    if (indexOfCode(this.earlier, finding.symbol, finding.line) !== -1) return;
    const twin = indexOfCode(this.held, finding.symbol, finding.line);
    if (twin !== -1) {
      const held = this.held[twin] as Finding;
      const rank = finding.evidence === "message" ? 1 : 0;
      const heldRank = held.evidence === "message" ? 1 : 0;
      let kept = rank < heldRank || (rank === heldRank && finding.column < held.column) ? finding : held;
      let other = kept === finding ? held : finding;
      // A text glibc prints too is POSIX by default only: the same code's Windows text on the
      // line tells otherwise, wherever it stands ("Connection reset by peer (An existing
      // connection was forcibly closed by the remote host)").
      if (kept.platform === "posix" && kept.evidence === "message" && other.platform === "windows" && rank === heldRank)
        [kept, other] = [other, kept];
      // A code beating a Windows text broken onto the next line ends where that text does.
      const brokenEnd = BROKEN_ENDS.get(other);
      if (brokenEnd !== undefined && !BROKEN_ENDS.has(kept)) BROKEN_ENDS.set(kept, brokenEnd);
      // A reading of one platform tells where the line comes from: Ruby's Errno::ECONNRESET
      // before Windows' own text of it is a Windows finding; before "Connection reset by peer"
      // a POSIX one, as that text alone is. (Not a POSIX text read as another text too: curl
      // prints "Connection refused" on Windows as well, and its recogniser says so.)
      // (Not an Erlang atom by the words beside it: the runtime prints its own text for the atom,
      // "connection refused - :econnrefused", on every system: message_1 in
      // erlang/otp@55ac76deff38d20c7cadf892f0b6bce320de80ab:lib/stdlib/src/erl_posix_msg.erl.)
      // (Nor libuv's own words for the code right after it, which Node prints on every system:
      // "listen EADDRINUSE: address already in use :::5000", lower-case, unlike glibc's.)
      const telling =
        other.platform === "windows" ||
        (other.platform === "posix" &&
          other.evidence !== kept.evidence &&
          kept.dialect !== "erlang" &&
          !describesCode(kept, other));
      // (A platform a POSIX text lent gives way to a Windows text's, whichever came first:
      // "ECONNRESET Connection reset by peer <Windows' text in Chinese>".)
      const lent = kept.platform === "unknown" || (POSIX_TEXT_LENT.has(kept) && other.platform === "windows");
      if (lent && telling) {
        const copy = copyFinding(kept, kept.line, other.platform);
        if (other.platform === "posix" && other.evidence === "message") POSIX_TEXT_LENT.add(copy);
        this.held[twin] = copy;
      } else this.held[twin] = kept;
      return;
    }
    // An error object's code just after its errno (`code: 'ECONNRESET'` after `errno: -4077,`,
    // as Node prints them) says nothing the errno did not. Only an errno number lets the next
    // line be dropped, and an errno number is never dropped: whether a line is dropped never
    // depends on lines further up, which a block's context line cannot see. (A code and an
    // errno that is its name are paired by the line above's text instead: Reporter.shape.)
    if (
      PROPERTIES.get(finding)?.name === "code" &&
      (followsErrno(this.held, finding) || followsErrno(this.earlier, finding))
    )
      return;
    // In order of line, and on a line of column (README: scan() gives findings in order).
    let index = this.held.length;
    while (index > 0 && comesAfter(this.held[index - 1] as Finding, finding)) index--;
    this.held.splice(index, 0, finding);
  }

  /** The Windows finding of this code (symbol) on this line, held or earlier, if any. */
  windowsOn(symbol: string, line: number): Finding | undefined {
    for (const findings of [this.held, this.earlier]) {
      const index = indexOfCode(findings, symbol, line);
      const found = index === -1 ? undefined : findings[index];
      if (found?.platform === "windows") return found;
    }
    return undefined;
  }

  /** Drops the held findings of this code (symbol) on this line. */
  drop(line: number, symbol: string): void {
    for (let index = this.held.length - 1; index >= 0; index--) {
      const finding = this.held[index] as Finding;
      if (finding.line === line && finding.symbol === symbol) this.held.splice(index, 1);
    }
  }

  flushAll(): void {
    for (const finding of this.held.splice(0)) this.emit(finding);
  }
}

/**
 * Whether `text` is a lower-case text right after `code` and ": ": libuv's description of the
 * code, as Node prints it after a runtime code (uv_strerror; the same words on every system).
 */
function describesCode(code: Finding, text: Finding): boolean {
  return (
    code.evidence === "runtime-code" &&
    text.evidence === "message" &&
    text.line === code.line &&
    text.column === code.column + code.text.length + 2 &&
    /^[a-z]/.test(text.text)
  );
}

/** Whether `held` comes after `finding` in the output: a later line, or a later column on its line. */
function comesAfter(held: Finding, finding: Finding): boolean {
  return held.line > finding.line || (held.line === finding.line && held.column > finding.column);
}

/** Where the findings hold one of this code (symbol) on this line, or -1. (Loops, not closures: this runs per finding.) */
function indexOfCode(findings: readonly Finding[], symbol: string, line: number): number {
  for (let index = 0; index < findings.length; index++) {
    const other = findings[index] as Finding;
    if (other.symbol === symbol && other.line === line) return index;
  }
  return -1;
}

/**
 * Whether the findings hold an errno number of this one's code on the line above it, after the
 * same prefix. (Not an errno that is a name: that pair is told from the line above's text, see
 * Reporter.shape, as such an errno may itself be dropped.)
 */
function followsErrno(findings: readonly Finding[], finding: Finding): boolean {
  const property = PROPERTIES.get(finding);
  for (const other of findings) {
    if (other.symbol !== finding.symbol || other.line !== finding.line - 1) continue;
    const above = PROPERTIES.get(other);
    if (above?.name === "errno" && !above.named && property && samePrefix(above.prefix, property.prefix)) return true;
  }
  return false;
}

/** The most characters of a finding's line `lineText` holds, around the match. */
const LINE_TEXT_MAX = 400;

/**
 * `emit`, putting each finding's line on it first (`lineText`, for the CLI's text output). The
 * line is read from the block's text, which holds it: a finding is made on a candidate line,
 * whose start `starts` has, or on the line before one (a message broken over the two).
 */
function withLineText(
  block: Block,
  starts: ReadonlyMap<number, number>,
  emit: (finding: Finding) => void,
): (finding: Finding) => void {
  const { source } = block;
  return (finding) => {
    let start = starts.get(finding.line);
    if (start === undefined) {
      const next = starts.get(finding.line + 1);
      const above = next === undefined ? -1 : lineAboveStart(block, next, Number.POSITIVE_INFINITY);
      if (above !== -1) start = above;
    }
    if (start !== undefined) {
      const end = lineEndAfter(source, start);
      const text = lineText(block, start, end);
      // (A line as long as MAX_LINE was cut there, or by what the block holds: marked as any cut.)
      const whole = end - start < MAX_LINE;
      const from = avoidSplit(
        text,
        Math.max(0, Math.min(finding.column - 1 - LINE_TEXT_MAX / 4, text.length - LINE_TEXT_MAX)),
      );
      const to = avoidSplit(text, Math.min(text.length, from + LINE_TEXT_MAX));
      (finding as { lineText?: string }).lineText =
        (from > 0 ? "…" : "") + text.slice(from, to) + (to < text.length || !whole ? "…" : "");
    }
    emit(finding);
  };
}

/** `at`, moved back off the second half of a surrogate pair (a cut there would split a character). */
function avoidSplit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}
