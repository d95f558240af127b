// data/ → catalogue.json + src/catalogue/*.generated.ts.
// Joins the hand-written code records with the cited source tables, checks
// every record against the spec in data/README.md, and writes byte-stable output.
// `--check` writes nothing and exits 1 when the committed output is stale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { expandEntries, retryableErrorCodes, storeCrosswalk, withoutDefaults } from "../src/catalogue/derive.ts";
import {
  CATEGORIES,
  type CatalogueEntry,
  type Crosswalk,
  type EntryKind,
  type EntryText,
  LANGS,
  type Lang,
  type LibuvCrosswalk,
  type MatchText,
  RETRY_ADVICE,
  SEVERITIES,
  type StoredEntry,
  type StoredGetaddrinfo,
} from "../src/catalogue/types.ts";
import { loadSources, type Sources } from "./build/sources.ts";
import { type GeneratedFile, writeOrCheck } from "./build/write.ts";
import { ROOT } from "./lib/paths.ts";

interface CodeRecord {
  symbol: string;
  aliases: string[];
  posix: string | null;
  category: string;
  severity: string;
  wsaGetLastError: boolean;
  retry: { advice: string; reason: Record<Lang, string> };
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  causes: Record<Lang, string[]>;
  fixes: Record<Lang, string[]>;
  notes?: Record<Lang, string[]>;
}

const CODES_DIR = join(ROOT, "data/codes");

type StoredWithSources = StoredEntry & { sources: Record<string, string> };

export function buildCatalogue(): {
  stored: StoredEntry[];
  entries: CatalogueEntry[];
  citations: Record<string, Record<string, string>>;
  libuvVersion: string;
  text: Record<Lang, Record<string, EntryText>>;
  sources: Sources;
} {
  const sources = loadSources();
  const records = readRecords();
  const problems: string[] = [];
  const built: StoredWithSources[] = [];
  const text = { en: {}, de: {} } as Record<Lang, Record<string, EntryText>>;
  const uvOf = effectiveLibuv(sources, records);

  for (const [symbol, code] of Object.entries(sources.codes)) {
    const found = records.get(symbol);
    if (!found) {
      problems.push(`${symbol}: no data/codes/${code.value}-${symbol}.yaml`);
      continue;
    }
    const { record, file } = found;
    records.delete(symbol);
    if (file !== `${code.value}-${symbol}.yaml`) problems.push(`${file}: should be named ${code.value}-${symbol}.yaml`);
    problems.push(...validateRecord(record, file));
    built.push(makeEntry(record, code, sources, uvOf, file));
    for (const lang of LANGS) text[lang][symbol] = makeText(record, lang, sources.go.raw[symbol]);
  }
  for (const { file } of records.values()) problems.push(`${file}: symbol is not a Winsock code in data/sources`);
  problems.push(...checkUnique(built));
  if (problems.length > 0) throw new Error(`data/ has problems:\n  ${problems.join("\n  ")}`);
  built.sort((a, b) => a.value - b.value);
  const stored = built.map(({ sources: _sources, ...entry }) => entry);
  const citations = Object.fromEntries(built.map((entry) => [entry.symbol, entry.sources]));
  const libuvVersion = /\d+\.\d+\.\d+/.exec(sources.libuv.version)?.[0] ?? sources.libuv.version;
  return { stored, entries: expandEntries(stored, libuvVersion), citations, libuvVersion, text, sources };
}

type UvRows = Map<string, { uv: string; nodeCode?: string }>;

/** libuv's answer per symbol: getaddrinfo's translation for name-resolution codes, else the general one. */
function effectiveLibuv(sources: Sources, records: Map<string, { record: CodeRecord }>): UvRows {
  const rows: UvRows = new Map();
  for (const symbol of Object.keys(sources.codes)) {
    const viaGetaddrinfo = records.get(symbol)?.record.category === "name-resolution";
    const row = (viaGetaddrinfo ? sources.libuv.dnsRows[symbol] : undefined) ?? sources.libuv.rows[symbol];
    if (row) rows.set(symbol, row);
  }
  return rows;
}

function readRecords(): Map<string, { record: CodeRecord; file: string }> {
  const records = new Map<string, { record: CodeRecord; file: string }>();
  for (const file of readdirSync(CODES_DIR).filter((name) => name.endsWith(".yaml"))) {
    const record = parseYaml(readFileSync(join(CODES_DIR, file), "utf8")) as CodeRecord;
    records.set(record.symbol, { record, file });
  }
  return records;
}

function validateRecord(record: CodeRecord, file: string): string[] {
  const problems: string[] = [];
  const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
    if (!allowed.includes(value as string))
      problems.push(`${file}: ${field} "${value}" is not one of ${allowed.join(", ")}`);
  };
  oneOf("category", record.category, CATEGORIES);
  oneOf("severity", record.severity, SEVERITIES);
  oneOf("retry.advice", record.retry?.advice, RETRY_ADVICE);
  if (typeof record.wsaGetLastError !== "boolean") problems.push(`${file}: wsaGetLastError must be true or false`);
  for (const lang of LANGS) {
    for (const field of ["title", "summary"] as const) {
      if (typeof record[field]?.[lang] !== "string" || !record[field][lang].trim())
        problems.push(`${file}: ${field}.${lang} is empty or not text`);
    }
    if (!record.retry?.reason?.[lang]?.trim()) problems.push(`${file}: retry.reason.${lang} is empty`);
    for (const field of ["causes", "fixes"] as const) {
      if (!(record[field]?.[lang]?.length > 0)) problems.push(`${file}: ${field}.${lang} has no items`);
    }
  }
  for (const field of ["causes", "fixes", "notes"] as const) {
    for (const lang of LANGS) {
      const items: unknown[] = record[field]?.[lang] ?? [];
      if (items.some((item) => typeof item !== "string"))
        problems.push(`${file}: ${field}.${lang} has an item that is not plain text (quote strings containing ": ")`);
    }
    const en = record[field]?.en ?? [];
    const de = record[field]?.de ?? [];
    if (en.length !== de.length)
      problems.push(`${file}: ${field} has ${en.length} English and ${de.length} German items`);
  }
  return problems;
}

function checkUnique(entries: readonly StoredEntry[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of entries) {
    for (const key of [String(entry.value), entry.symbol, ...(entry.spellings ?? [])]) {
      const other = seen.get(key);
      if (other) problems.push(`${entry.symbol}: "${key}" is also used by ${other}`);
      seen.set(key, entry.symbol);
    }
  }
  return problems;
}

function makeEntry(
  record: CodeRecord,
  code: Sources["codes"][string],
  sources: Sources,
  uvOf: UvRows,
  file: string,
): StoredWithSources {
  const symbol = record.symbol;
  const seedSpelling = sources.seedSpellingOf(symbol, record.aliases);
  const spellings = [...new Set([...(code.spellings ?? []), ...(code.equals ? [code.equals] : []), ...record.aliases])];
  const cite: Record<string, string> = { value: code.source, prose: `data/codes/${file}` };
  if (seedSpelling !== undefined) cite["seed"] = sources.seedSource;
  const crosswalk = storeCrosswalk(symbol, code.equals ?? null, makeCrosswalk(record, code.value, sources, uvOf, cite));
  // The entries carry English and German (the prose languages); other languages go to MATCH_TEXTS.
  const messages: Record<string, string> = {};
  for (const [lang, table] of Object.entries(sources.messages)) {
    if (!(LANGS as readonly string[]).includes(lang)) continue;
    const row = table[symbol];
    if (row) {
      messages[lang] = row.text;
      cite[`message.${lang}`] = row.source;
    }
  }
  return {
    value: code.value,
    symbol,
    spellings,
    kind: code.kind as EntryKind,
    equals: code.equals ?? null,
    inSeed: seedSpelling !== undefined,
    wsaGetLastError: record.wsaGetLastError,
    category: record.category as CatalogueEntry["category"],
    severity: record.severity as CatalogueEntry["severity"],
    retry: record.retry.advice as CatalogueEntry["retry"],
    crosswalk,
    messages,
    sources: cite,
  };
}

function makeCrosswalk(
  record: CodeRecord,
  value: number,
  sources: Sources,
  uvOf: UvRows,
  cite: Record<string, string>,
): Crosswalk {
  const symbol = record.symbol;
  const posixRow = record.posix ? sources.posix.rows[record.posix] : undefined;
  if (record.posix && !posixRow) throw new Error(`${symbol}: posix ${record.posix} is not in posix-errno.json`);
  const posix = posixRow
    ? {
        name: record.posix as string,
        linux: posixRow.linux ?? null,
        macos: posixRow.macos ?? null,
        freebsd: posixRow.freebsd ?? null,
        msvc: posixRow.msvc ?? null,
      }
    : null;
  if (posix) for (const os of ["linux", "macos", "freebsd", "msvc"]) cite[`posix.${os}`] = sources.posix.source(os);
  const libuv = makeLibuv(symbol, uvOf, sources, cite, record.posix ?? null);
  const pick = <T>(
    table: { rows: Record<string, T | null>; source: string; rowSources: Record<string, string> },
    key: string,
  ): T | null => {
    const row = table.rows[symbol] ?? null;
    if (row !== null) cite[key] = table.rowSources[symbol] ?? table.source;
    return row;
  };
  return {
    posix,
    getaddrinfo: getaddrinfoOf(value, sources, cite),
    libuv,
    dotnet: pick(sources.dotnet, "dotnet"),
    rust: pick(sources.rust, "rust"),
    python: pick(sources.python, "python"),
    java: pick(sources.java, "java"),
    go: pick(sources.go, "go"),
    win32: win32Of(symbol, sources, cite),
  };
}

/** The getaddrinfo code Windows' ws2tcpip.h defines as this value (posix-errno.json "eai"), if any. */
function getaddrinfoOf(value: number, sources: Sources, cite: Record<string, string>): Crosswalk["getaddrinfo"] {
  const rows = Object.entries(sources.eai).filter(([, row]) => row.windows === value);
  if (rows.length > 1)
    throw new Error(`posix-errno.json eai: ${value} has ${rows.length} rows; the crosswalk holds one`);
  const [name, row] = rows[0] ?? [];
  if (name === undefined || row === undefined) return null;
  for (const os of ["windows", "linux", "macos", "freebsd"]) cite[`getaddrinfo.${os}`] = sources.eaiSource(os);
  return { name, linux: row.linux ?? null, macos: row.macos ?? null, freebsd: row.freebsd ?? null };
}

/** The Win32 code overlapped socket I/O gives for this error (win32-socket-errors.json), if any. */
function win32Of(symbol: string, sources: Sources, cite: Record<string, string>): Crosswalk["win32"] {
  const rows = Object.entries(sources.win32Socket).filter(([, row]) => row.symbol === symbol);
  if (rows.length > 1)
    throw new Error(`win32-socket-errors.json: ${symbol} has ${rows.length} rows; the crosswalk holds one`);
  const [name, row] = rows[0] ?? [];
  if (name === undefined || row === undefined) return null;
  cite["win32"] = row.valueSource;
  // (The mapping to this code: libuv's uv_translate_sys_error, the switch libuv.json is read from.)
  cite["win32.libuv"] = sources.libuv.source;
  return row.notOnlySockets ? { name, value: row.value, notOnlySockets: true } : { name, value: row.value };
}

function makeLibuv(
  symbol: string,
  uvOf: UvRows,
  sources: Sources,
  cite: Record<string, string>,
  posixName: string | null,
): Crosswalk["libuv"] {
  const row = uvOf.get(symbol);
  if (!row) return null;
  const name = row.uv.replace(/^UV_/, "");
  const nodeCode = row.nodeCode ?? name;
  const errnoWindows = sources.nodeErrno.rows[name]?.windows ?? null;
  // (Name-resolution codes: getaddrinfo's translation, the path Node meets them on.)
  cite["libuv"] = row === sources.libuv.dnsRows[symbol] ? sources.libuv.dnsSource : sources.libuv.source;
  if (errnoWindows !== null) cite["node.errnoWindows"] = sources.nodeErrno.rows[name]?.source ?? "";
  // Node's err.code on Linux and macOS: libuv's name for that system's errno number.
  const dns = row.uv.startsWith("UV_EAI_");
  const nodeCodeOn = (os: "linux" | "macos") =>
    dns ? nodeCode : posixName ? nodeNameFor(posixName, os, sources) : null;
  const nodeCodePosix = nodeCodeOn("linux");
  const nodeCodeMacos = nodeCodeOn("macos");
  if (!dns && posixName && (nodeCodePosix !== posixName || nodeCodeMacos !== posixName))
    cite["node.codePosix"] =
      `${sources.nodeErrno.source} (the names libuv has), with ${sources.posix.source("linux")} and ${sources.posix.source("macos")} (their numbers)`;
  // The rest of the libuv cell (Linux/macOS errno, folding, version) is derived: src/catalogue/derive.ts.
  return { uv: row.uv, nodeCode, errnoWindows, nodeCodePosix, nodeCodeMacos } as LibuvCrosswalk;
}

/**
 * The err.code Node gives an errno on Linux or macOS: libuv names only the errno values of
 * its UV_ERRNO_MAP (the names Node's uv/errno.h defines), so an alias takes the name libuv
 * has for its number (EWOULDBLOCK: EAGAIN). For a number libuv has no name for, Node's
 * socket errors (ErrnoException, ExceptionWithHostPort in lib/internal/errors.js) take
 * util.getSystemErrorName()'s words, "Unknown system error -115".
 */
function nodeNameFor(posixName: string, os: "linux" | "macos", sources: Sources): string | null {
  const number = sources.posix.rows[posixName]?.[os];
  // (None where the system has no such errno: EPROCLIM on Linux.)
  if (number == null) return null;
  const names = Object.keys(sources.nodeErrno.rows);
  if (names.includes(posixName)) return posixName;
  return names.find((name) => sources.posix.rows[name]?.[os] === number) ?? `Unknown system error -${number}`;
}

function makeText(record: CodeRecord, lang: Lang, go: { pitfall?: string; pitfallDe?: string } | undefined): EntryText {
  const pitfall = (lang === "de" ? (go?.pitfallDe ?? go?.pitfall) : go?.pitfall) ?? "";
  return {
    title: record.title[lang].trim(),
    goPitfall: pitfall.trim(),
    summary: record.summary[lang].trim(),
    causes: record.causes[lang].map((item) => item.trim()),
    fixes: record.fixes[lang].map((item) => item.trim()),
    notes: (record.notes?.[lang] ?? []).map((item) => item.trim()),
    retryReason: record.retry.reason[lang].trim(),
  };
}

/**
 * The log explainer reads a text printed over two lines at most (src/scan/scanner.ts). A
 * Windows text that breaks its own lines twice (pt-BR 10060) is matched by what comes before
 * its second break: that finds it printed as Windows breaks it, and on one line.
 */
function upToSecondBreak(text: string): string {
  const first = text.indexOf("\n");
  const second = first === -1 ? -1 : text.indexOf("\n", first + 1);
  return second === -1 ? text : text.slice(0, second).replace(/\r$/, "");
}

/** Texts the log explainer matches besides the entries' own en/de messages. */
function matchTexts(entries: readonly CatalogueEntry[], sources: Sources): MatchText[] {
  const known = new Set(entries.map((entry) => entry.symbol));
  const texts: MatchText[] = [];
  for (const [lang, table] of Object.entries(sources.messages)) {
    if ((LANGS as readonly string[]).includes(lang)) continue;
    for (const [symbol, row] of Object.entries(table)) {
      if (!known.has(symbol)) continue;
      for (const printed of [row, ...(row.alsoPrinted ?? [])])
        texts.push({
          text: upToSecondBreak(printed.text),
          symbol,
          lang,
          platform: "windows",
          dialect: "windows-message",
          source: printed.source,
        });
    }
  }
  for (const row of sources.javaPrinted) {
    // Rows marked as a pattern or format hold placeholders, not printed text.
    if (row.pattern !== undefined || row.format !== undefined || !known.has(row.symbol)) continue;
    // "Connection refused: connect" is the Windows JDK's (NET_ThrowNew adds the call), and so is a
    // text only its table holds (the row says so: "… (maximum connections reached?)"); a bare
    // "Connection reset" is printed by Java on every system.
    texts.push({
      text: row.text,
      symbol: row.symbol,
      lang: "en",
      platform: row.platform === "windows" || row.text.includes(": ") ? "windows" : "unknown",
      dialect: "java",
      source: row.source,
    });
  }
  // Win32 codes that overlapped socket I/O gives for Winsock errors, by their Windows text where
  // it is a key anywhere (aiohttp's "[The remote computer refused the network connection]"; the
  // texts read only after a call's name are the generated WIN32_TEXTS_AFTER_SOCKET_CALL).
  for (const row of Object.values(sources.win32Socket)) {
    if (row.text === null || !known.has(row.symbol)) continue;
    texts.push({
      text: row.text,
      symbol: row.symbol,
      lang: "en",
      platform: "windows",
      dialect: "windows-message",
      source: row.textSource,
    });
  }
  // curl's Winsock texts, read only after curl's own prefixes (src/scan/recognisers.ts): from
  // Windows, unless a POSIX C library prints the same words (glibc's here, BSD's and musl's in curl.json).
  const posixTexts = new Set(Object.values(sources.posixMessages).map((row) => row.text));
  for (const [symbol, row] of Object.entries(sources.curl.rows)) {
    if (!known.has(symbol)) continue;
    // (With the spellings older curl printed.)
    for (const printed of [row, ...(row.alsoPrinted ?? [])]) {
      const either = posixTexts.has(printed.text) || Object.hasOwn(sources.curl.posixAlso, printed.text);
      texts.push({
        text: printed.text,
        symbol,
        lang: "en",
        platform: either ? "unknown" : "windows",
        dialect: "curl",
        source: printed.source,
      });
    }
  }
  const posixRows = [
    ...Object.entries(sources.posixMessages).map(([name, row]) => ({ name, ...row })),
    ...sources.bsdMessages,
    ...sources.muslMessages,
    ...Object.entries(sources.posixMessagesL10n).flatMap(([lang, rows]) =>
      Object.entries(rows).map(([name, row]) => ({ name, ...row, lang })),
    ),
  ];
  for (const { name, lang = "en", ...row } of posixRows as {
    name: string;
    text: string;
    source: string;
    lang?: string;
  }[]) {
    const windowsValue = sources.eai[name]?.windows;
    const targets = name.startsWith("EAI_")
      ? entries.filter((entry) => entry.value === windowsValue)
      : entries.filter((entry) => entry.crosswalk.posix?.name === name);
    for (const entry of targets) {
      texts.push({
        text: row.text,
        symbol: entry.symbol,
        lang,
        platform: "posix",
        dialect: "posix-message",
        source: row.source,
      });
    }
  }
  return texts;
}

function generatedFiles(): GeneratedFile[] {
  const { stored, entries, citations, libuvVersion, text, sources } = buildCatalogue();
  const header = "// generated by scripts/build.ts from data/ — do not edit; edit data/ and run `npm run build:data`\n";
  // Marked pure so a bundle that takes the table from elsewhere (the Node bundles, see
  // src/catalogue/load-entries.ts) drops it.
  const embed = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  // One JSON string per symbol: cheap to load, parsed only for the entries actually shown.
  const perSymbol = (values: Record<string, unknown>) =>
    `{\n${Object.entries(values)
      .map(([symbol, value]) => `  ${symbol}: ${JSON.stringify(JSON.stringify(value))},`)
      .join("\n")}\n}`;

  const symbols = entries.map((entry) => entry.symbol);
  // getaddrinfo's crosswalk goes apart from the stored entries (GETADDRINFO), so that the
  // browser core can leave it out; expandEntries puts it back.
  const getaddrinfo: Record<string, StoredGetaddrinfo> = {};
  const table = stored.map(withoutDefaults).map((entry) => {
    const { getaddrinfo: own, ...crosswalk } = entry.crosswalk;
    if (!own) return entry;
    getaddrinfo[entry.symbol] = own;
    return { ...entry, crosswalk };
  });
  const files: GeneratedFile[] = [
    {
      path: "catalogue.json",
      content: `${JSON.stringify(
        {
          $comment: "generated by scripts/build.ts from data/ — do not edit",
          schema: "https://github.com/wsaerr/wsaerr/blob/main/data/README.md",
          provenance: sources.provenance,
          matchTexts: matchTexts(entries, sources),
          entries: entries.map((entry) => ({
            ...entry,
            text: { en: text.en[entry.symbol], de: text.de[entry.symbol] },
            sources: citations[entry.symbol],
          })),
        },
        null,
        2,
      )}\n`,
    },
    {
      path: "src/catalogue/core.generated.ts",
      content: `${header}import type { StoredEntry, StoredGetaddrinfo } from "./types.ts";\n\nexport const SYMBOLS = ${JSON.stringify(symbols)} as const;\nexport type WinsockSymbol = (typeof SYMBOLS)[number];\n\n/** The libuv release the Windows mappings were read from. */\nexport const LIBUV_VERSION = ${JSON.stringify(libuvVersion)};\n\n/** Node err.code values whose Winsock counterpart is worth retrying (derive.ts: retryableErrorCodes). */\nexport const RETRYABLE_ERROR_CODES: readonly string[] = ${JSON.stringify(retryableErrorCodes(entries))};\n\nexport const STORED: readonly StoredEntry[] = ${embed(table)};\n\n/** getaddrinfo's crosswalk by symbol, apart from STORED: the browser core has no room for it (scripts/browser-lazy/load-entries.js). */\nexport const GETADDRINFO: Readonly<Record<string, StoredGetaddrinfo>> = ${JSON.stringify(getaddrinfo)};\n`,
    },
    {
      path: "src/catalogue/sources.generated.ts",
      content: `${header}import type { TextPack } from "./types.ts";\n\n/** symbol → its citations (EntrySources) as a JSON string. */\nexport const SOURCES: TextPack = ${perSymbol(citations)};\n`,
    },
  ];
  files.push({
    path: "src/catalogue/match-texts.generated.ts",
    // Parsed on first use: the log explainer needs it, importing the library does not.
    content: `${header}import type { MatchText } from "./types.ts";\n\nconst JSON_TEXT = ${JSON.stringify(JSON.stringify(matchTexts(entries, sources)))};\nlet parsed: readonly MatchText[] | undefined;\n\nexport function matchTexts(): readonly MatchText[] {\n  parsed ??= JSON.parse(JSON_TEXT) as readonly MatchText[];\n  return parsed;\n}\n`,
  });
  const known = new Set(symbols);
  /** A scan table's rows must each name a catalogue entry. */
  const checkSymbols = (file: string, rows: Record<string, { symbol: string }>) => {
    for (const [name, row] of Object.entries(rows))
      if (!known.has(row.symbol)) throw new Error(`${file}: ${name} names ${row.symbol}, not in the catalogue`);
  };
  checkSymbols("chromium.json", sources.chromium);
  files.push({
    path: "src/scan/chromium-errors.generated.ts",
    content: `${header}\n/** Chromium's net errors whose meaning is one Winsock error's: name → [symbol, the net error's value] (data/sources/chromium.json). */\nexport const CHROMIUM_NET_ERRORS: Readonly<Record<string, readonly [string, number]>> = {\n${Object.entries(
      sources.chromium,
    )
      .map(([name, row]) => `  ${name}: ${JSON.stringify([row.symbol, row.value])},`)
      .join("\n")}\n};\n`,
  });
  checkSymbols("win32-socket-errors.json", sources.win32Socket);
  const win32Rows = Object.entries(sources.win32Socket);
  const afterCall = win32Rows.flatMap(([name, row]) =>
    (row.afterSocketCall ?? []).map(({ lang, text }) => {
      // (English texts end in a period, which the explainer also reads as left out.)
      if (text.trim() === "" || (lang === "en" && !text.endsWith(".")))
        throw new Error(`win32-socket-errors.json ${name}: afterSocketCall text ${JSON.stringify(text)}`);
      return `  [${JSON.stringify(text)}, ${JSON.stringify(row.symbol)}, ${JSON.stringify(lang)}], // ${name}`;
    }),
  );
  files.push({
    path: "src/scan/win32-socket-errors.generated.ts",
    content: [
      header,
      "/**",
      " * The texts of the Win32 codes overlapped socket I/O gives for Winsock errors (data/sources/win32-socket-errors.json;",
      " * the codes themselves are in their entries' crosswalk), read only after the name of a Winsock call as Go prints it",
      " * (wsarecv: …): [text, Winsock symbol, language].",
      " */",
      `export const WIN32_TEXTS_AFTER_SOCKET_CALL: readonly (readonly [string, string, string])[] = [\n${afterCall.join("\n")}\n];\n`,
    ].join("\n"),
  });
  // Linux's texts of the numbers that are another errno on macOS or FreeBSD, the one read there
  // a socket error (61: ECONNREFUSED on macOS, ENODATA "No data available" on Linux).
  const elsewhere = new Set(
    entries.flatMap((entry) => {
      const posix = entry.crosswalk.posix;
      return posix ? [posix.macos, posix.freebsd].filter((n): n is number => n != null && n !== posix.linux) : [];
    }),
  );
  // (Not the numbers Linux has no errno for: "Unknown error 41".)
  const linuxTexts = [...elsewhere]
    .sort((a, b) => a - b)
    .flatMap((n) => {
      const text = sources.linuxStrerror[String(n)];
      return text && !text.startsWith("Unknown error") ? [`  ${n}: ${JSON.stringify(text)},`] : [];
    });
  files.push({
    path: "src/scan/linux-strerror.generated.ts",
    content: [
      header,
      "/**",
      " * glibc's strerror of the Linux errno numbers that are a socket error's on macOS or FreeBSD",
      " * (data/sources/linux-strerror.json): beside such a number, Linux's text says the number is Linux's.",
      " */",
      `export const LINUX_STRERROR: Readonly<Record<number, string>> = {\n${linuxTexts.join("\n")}\n};\n`,
    ].join("\n"),
  });
  files.push({
    path: "src/catalogue/titles-en.generated.ts",
    // (In STORED's order, without the symbols: the core has them there, and the keys cost
    // ~140 bytes of gzip in a bundle that has a budget.)
    content: `${header}\n/** English titles alone, in STORED's order: what the browser core bundle ships before loadLanguage(). */\nexport const TITLES_EN: readonly string[] = ${JSON.stringify(
      entries.map((entry) => {
        const title = text.en[entry.symbol]?.title;
        if (!title) throw new Error(`${entry.symbol}: no English title`);
        return title;
      }),
      null,
      2,
    )};\n`,
  });
  for (const lang of LANGS) {
    files.push({
      path: `src/catalogue/text-${lang}.generated.ts`,
      content: `${header}import type { TextPack } from "./types.ts";\n\nexport const TEXT_${lang.toUpperCase()}: TextPack = ${perSymbol(text[lang])};\n`,
    });
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const stale = writeOrCheck(generatedFiles(), process.argv.includes("--check"));
    if (stale.length > 0) {
      console.error(`generated files are stale: ${stale.join(", ")} — run \`npm run build:data\` and commit`);
      process.exit(1);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
