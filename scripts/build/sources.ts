// Loads the cited tables in data/sources/ into one object the build joins on.
// Each table keeps its own provenance; this file only reads, never decides facts.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readJson } from "../lib/json.ts";
import { ROOT } from "../lib/paths.ts";

const SOURCES_DIR = join(ROOT, "data/sources");

interface Provenance {
  key?: string;
  what: string;
  source: string;
  version?: string;
  read?: string;
  notes?: string;
}
interface Table<Row> {
  provenance: Provenance | Provenance[];
  rows: Record<string, Row>;
  [extra: string]: unknown;
}
export interface CodeRow {
  value: number;
  kind: string;
  equals?: string;
  spellings?: string[];
  source: string;
}
interface Simple<T> {
  rows: Record<string, T | null>;
  /** The table's source, and per row the row's own where it names one. */
  source: string;
  rowSources: Record<string, string>;
}

export interface Sources {
  codes: Record<string, CodeRow>;
  seedSpellingOf(symbol: string, aliases: readonly string[]): string | undefined;
  seedSource: string;
  posix: {
    rows: Record<
      string,
      { linux?: number | null; macos?: number | null; freebsd?: number | null; msvc?: number | null }
    >;
    source(os: string): string;
  };
  libuv: {
    rows: Record<string, { uv: string; nodeCode?: string }>;
    /** getaddrinfo's own translation, which wins for name-resolution codes. */
    dnsRows: Record<string, { uv: string; nodeCode?: string }>;
    /** Where that translation was read. */
    dnsSource: string;
    source: string;
    version: string;
  };
  /** Node's libuv error names (its uv/errno.h), each with the errno Node reports on Windows. */
  nodeErrno: { rows: Record<string, { windows: number; source: string }>; source: string };
  dotnet: Simple<string>;
  rust: Simple<string>;
  python: Simple<{ errno: string | null; exception: string; also: string[] }>;
  java: Simple<{ exception: string; message: string | null; also: string[] }>;
  go: Simple<{ syscall: string | null; xsys: string | null }> & {
    /** The rows as written, for the pitfall prose (English and German) that goes to the text packs. */
    raw: Record<string, { pitfall?: string; pitfallDe?: string }>;
  };
  /** Windows' texts per language and symbol; alsoPrinted: the same code's other wordings seen (zh-TW's beside zh-CN's). */
  messages: Record<
    string,
    Record<string, { text: string; source: string; alsoPrinted?: { text: string; source: string }[] }>
  >;
  /** Java's printed texts (java.json "printed"), and glibc's strerror/gai_strerror texts by POSIX name. */
  javaPrinted: {
    text: string;
    symbol: string;
    source: string;
    /** "windows" where the text is the Windows JDK's alone, whether or not a call follows it. */
    platform?: "windows";
    pattern?: unknown;
    format?: unknown;
  }[];
  /** The BSD C libraries' texts (macOS, FreeBSD) where they differ from glibc's, by POSIX name. */
  bsdMessages: readonly { name: string; text: string; source: string }[];
  /** musl's texts where they differ from glibc's and BSD's (Alpine Linux). */
  muslMessages: readonly { name: string; text: string; source: string }[];
  posixMessages: Record<string, { text: string; source: string }>;
  /** The same texts as glibc prints them in other languages (libc-l10n), by language, then POSIX name. */
  posixMessagesL10n: Record<string, Record<string, { text: string; source: string }>>;
  /** glibc's strerror of every Linux errno number (linux-strerror.json). */
  linuxStrerror: Record<string, string>;
  /** curl's texts for Winsock codes by symbol, and those a BSD or musl strerror also prints (curl.json). */
  curl: {
    rows: Record<string, { text: string; source: string; alsoPrinted?: { text: string; source: string }[] }>;
    posixAlso: Record<string, { sources: string[] }>;
  };
  /** getaddrinfo codes by name with their values per system (posix-errno.json "eai"), and where each system's were read. */
  eai: Record<
    string,
    { windows?: number | null; linux?: number | null; macos?: number | null; freebsd?: number | null }
  >;
  eaiSource(os: string): string;
  /** Chromium's net errors whose meaning is one Winsock error's, by name (chromium.json). */
  chromium: Record<string, { value: number; symbol: string; source: string }>;
  /** Win32 codes overlapped socket I/O gives for Winsock errors, by Win32 name (win32-socket-errors.json). */
  win32Socket: Record<
    string,
    {
      value: number;
      symbol: string;
      text: string | null;
      valueSource: string;
      textSource: string;
      /** Windows gives the code for errors of another meaning too: its HRESULT and number alone are not read. */
      notOnlySockets?: true;
      afterSocketCall?: { lang: string; text: string; source: string }[];
    }
  >;
  provenance: Record<string, Provenance | Provenance[]>;
}

function load<Row>(name: string): Table<Row> {
  return readJson<Table<Row>>(join(SOURCES_DIR, name));
}

function firstSource(table: Table<unknown>): string {
  const provenance = Array.isArray(table.provenance) ? table.provenance[0] : table.provenance;
  return provenance?.source ?? "";
}

function simple<Row, T>(name: string, pick: (row: Row) => T | null): Simple<T> {
  if (!existsSync(join(SOURCES_DIR, name))) return { rows: {}, source: "", rowSources: {} };
  const table = load<Row | null>(name);
  const rows: Record<string, T | null> = {};
  const rowSources: Record<string, string> = {};
  for (const [symbol, row] of Object.entries(table.rows)) {
    rows[symbol] = row === null ? null : pick(row);
    const own = (row as { source?: unknown } | null)?.source;
    if (typeof own === "string") rowSources[symbol] = own;
  }
  return { rows, source: firstSource(table as Table<unknown>), rowSources };
}

export function loadSources(): Sources {
  const headers = load<CodeRow>("winsock-codes.json");
  const extra = load<CodeRow>("winsock-codes-extra.json");
  const codes = { ...headers.rows, ...extra.rows };

  const seed = load<{ value: number | null }>("seed.json");
  const seedSpellingOf = (symbol: string, aliases: readonly string[]) =>
    [symbol, ...aliases].find((spelling) => spelling in seed.rows);

  const posixTable = load<Sources["posix"]["rows"][string]>("posix-errno.json");
  const posixProvenance = ([] as Provenance[]).concat(posixTable.provenance);

  const libuvTable = load<{ uv: string }>("libuv.json");
  const dns = (libuvTable["getaddrinfo"] ?? {}) as {
    rows?: Record<string, { uv: string; nodeCode: string }>;
    provenance?: Provenance[];
  };
  const libuvRows: Sources["libuv"]["rows"] = {};
  for (const [symbol, row] of Object.entries(libuvTable.rows)) if (row?.uv) libuvRows[symbol] = { uv: row.uv };
  const libuvProvenance = ([] as Provenance[]).concat(libuvTable.provenance)[0];

  const messages: Sources["messages"] = {};
  for (const file of readdirSync(SOURCES_DIR)) {
    const match = /^messages-([a-z]{2})\.json$/.exec(file);
    if (match) messages[match[1] as string] = load<Sources["messages"][string][string]>(file).rows;
  }

  const javaTable = load<unknown>("java.json") as Table<unknown> & { printed?: Sources["javaPrinted"] };
  const curlTable = load<Sources["curl"]["rows"][string]>("curl.json") as Table<Sources["curl"]["rows"][string]> & {
    posixAlso?: Sources["curl"]["posixAlso"];
  };
  const eaiTable = (posixTable as Table<unknown> & { eai?: { rows?: Sources["eai"]; provenance?: Provenance[] } }).eai;
  const posixEai = eaiTable?.rows ?? {};

  const provenance: Sources["provenance"] = {};
  for (const file of readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    provenance[file] = load<unknown>(file).provenance;
  }

  return {
    codes,
    seedSpellingOf,
    seedSource: firstSource(seed as Table<unknown>),
    posix: {
      rows: posixTable.rows,
      source: (os) =>
        posixProvenance.find((entry) => entry.key === os)?.source ?? firstSource(posixTable as Table<unknown>),
    },
    libuv: {
      rows: libuvRows,
      dnsRows: dns.rows ?? {},
      dnsSource: dns.provenance?.[0]?.source ?? "",
      source: libuvProvenance?.source ?? "",
      version: libuvProvenance?.version ?? "",
    },
    nodeErrno: (() => {
      const table = load<{ windows: number; source: string }>("node-errno.json");
      return { rows: table.rows, source: firstSource(table as Table<unknown>) };
    })(),
    dotnet: simple<{ member: string }, string>("dotnet.json", (row) => row.member ?? null),
    rust: simple<{ kind: string }, string>("rust.json", (row) => row.kind ?? null),
    python: simple<
      { errno: string | null; exception: string; alsoRaisedAs?: string[] },
      NonNullable<Sources["python"]["rows"][string]>
    >("python.json", (row) =>
      row.exception ? { errno: row.errno ?? null, exception: row.exception, also: row.alsoRaisedAs ?? [] } : null,
    ),
    java: simple<
      { exception: string | null; message?: string | null; paths?: { exception: string; message: string | null }[] },
      NonNullable<Sources["java"]["rows"][string]>
    >("java.json", (row) => {
      if (!row.exception) return null;
      const main = `${row.exception}: ${row.message ?? ""}`;
      // Paths that throw something other than the row's own class and message, as "class: message".
      const also = (row.paths ?? [])
        .map((path) => (path.message ? `${path.exception}: ${path.message}` : path.exception))
        .filter((text) => text !== main && !text.startsWith(`${row.exception}: ${row.message}`));
      return { exception: row.exception, message: row.message ?? null, also: [...new Set(also)] };
    }),
    go: {
      ...simple<{ syscall: string | null; xsys: string | null }, { syscall: string | null; xsys: string | null }>(
        "go.json",
        (row) => (row.syscall || row.xsys ? { syscall: row.syscall ?? null, xsys: row.xsys ?? null } : null),
      ),
      raw: load<{ pitfall?: string; pitfallDe?: string }>("go.json").rows,
    },
    messages,
    javaPrinted: javaTable.printed ?? [],
    posixMessages: load<{ text: string; source: string }>("posix-messages.json").rows,
    posixMessagesL10n: Object.fromEntries(
      ["de", "ru"].map((lang) => [lang, load<{ text: string; source: string }>(`posix-messages-${lang}.json`).rows]),
    ),
    linuxStrerror: load<string>("linux-strerror.json").rows,
    bsdMessages: readJson<{ rows: { name: string; text: string; source: string }[] }>(
      join(SOURCES_DIR, "posix-messages-bsd.json"),
    ).rows,
    muslMessages: readJson<{ rows: { name: string; text: string; source: string }[] }>(
      join(SOURCES_DIR, "posix-messages-musl.json"),
    ).rows,
    curl: { rows: curlTable.rows, posixAlso: curlTable.posixAlso ?? {} },
    eai: posixEai,
    eaiSource: (os) => eaiTable?.provenance?.find((entry) => entry.key === os)?.source ?? "",
    chromium: load<Sources["chromium"][string]>("chromium.json").rows,
    win32Socket: load<Sources["win32Socket"][string]>("win32-socket-errors.json").rows,
    provenance,
  };
}
