// The words of the web page around the catalogue's prose (the card's own words
// come from src/i18n/ui.ts). Shared by the server-rendered HTML and the page script.
import type { Category, Lang } from "../catalogue/types.ts";

export interface WebWords {
  readonly langName: string;
  readonly tagline: string;
  readonly skip: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchButton: string;
  readonly searchHelp: string;
  readonly results: (count: number) => string;
  readonly noResults: (query: string) => string;
  readonly browse: string;
  /**
   * The headings of the list of every code, one per category: words, where the card and the
   * API name a category by its slug ("name-resolution"), which `--category` and `?category=` take.
   */
  readonly categoryHeadings: Readonly<Record<Category, string>>;
  readonly explainTitle: string;
  readonly explainHelp: string;
  readonly explainLabel: string;
  readonly explainButton: string;
  readonly fileLabel: string;
  readonly encodingLabel: string;
  /** The choices of the file's encoding: "" (told from its bytes), then Windows' ANSI code pages by TextDecoder label. */
  readonly encodings: readonly (readonly [label: string, name: string])[];
  readonly dropHint: string;
  readonly explainNeedsScript: string;
  readonly findings: (count: number, codes: number) => string;
  readonly noFindings: string;
  readonly fileUnreadable: (name: string) => string;
  readonly gzipUnreadable: (name: string) => string;
  readonly fileCut: (megabytes: number) => string;
  readonly gzipCutShort: (name: string) => string;
  readonly gzipTrailing: (name: string) => string;
  readonly chartTitle: string;
  readonly line: string;
  readonly code: string;
  readonly found: string;
  readonly platform: string;
  /** Where a finding's line comes from: the catalogue's `platform` values, in words. */
  readonly platforms: Readonly<Record<"windows" | "posix" | "unknown", string>>;
  readonly count: string;
  readonly value: string;
  readonly hex: string;
  readonly hresult: string;
  readonly json: string;
  readonly sources: string;
  readonly notFoundTitle: string;
  readonly notFound: (input: string) => string;
  /** A path the server has no page at (a browser's request; other clients get a problem document). */
  readonly noPage: (path: string) => string;
  readonly ambiguousTitle: string;
  readonly ambiguous: (input: string) => string;
  readonly home: string;
  readonly footer: string;
  readonly api: string;
}

export const WEB_WORDS: Readonly<Record<Lang, WebWords>> = {
  en: {
    langName: "English",
    tagline: "Windows Sockets errors explained",
    skip: "Skip to content",
    searchLabel: "Find a socket error",
    searchPlaceholder: "10054, WSAECONNRESET, 0x2746, connection refused…",
    searchButton: "Search",
    searchHelp: "A number, a name, a hex value or words from the message, in English or German.",
    results: (count) => (count === 1 ? "1 result" : `${count} results`),
    noResults: (query) => `No socket error matches “${query}”.`,
    browse: "All codes",
    categoryHeadings: {
      connection: "Connection",
      network: "Network",
      address: "Address",
      "name-resolution": "Name resolution",
      resource: "Resources",
      usage: "Usage",
      async: "Asynchronous I/O",
      subsystem: "Winsock subsystem",
      qos: "Quality of service (QoS)",
      permission: "Permission",
      wait: "Wait results",
    },
    explainTitle: "Explain a log",
    explainHelp: "Paste log text or drop a file: every socket error in it is listed. The text stays in your browser.",
    explainLabel: "Log text",
    explainButton: "Explain",
    fileLabel: "Or open a file",
    encodingLabel: "encoded as",
    encodings: [
      ["", "Told from the bytes (UTF-8, UTF-16, Windows-1252)"],
      ["windows-1252", "Western European (Windows-1252)"],
      ["windows-1250", "Central European (Windows-1250)"],
      ["windows-1251", "Cyrillic (Windows-1251)"],
      ["windows-1253", "Greek (Windows-1253)"],
      ["windows-1254", "Turkish (Windows-1254)"],
      ["windows-1257", "Baltic (Windows-1257)"],
      ["shift_jis", "Japanese (Shift JIS, 932)"],
      ["gbk", "Simplified Chinese (GBK, 936)"],
      ["big5", "Traditional Chinese (Big5, 950)"],
      ["euc-kr", "Korean (949)"],
    ],
    dropHint: "Drop a file here",
    explainNeedsScript: "Explaining a log needs JavaScript; the API does it too: POST /api/v1/explain.",
    findings: (count, codes) =>
      `${count} ${count === 1 ? "finding" : "findings"}, ${codes} ${codes === 1 ? "code" : "codes"}`,
    noFindings: "No socket errors found in this text.",
    fileUnreadable: (name) => `“${name}” could not be read.`,
    gzipUnreadable: (name) => `“${name}” could not be decompressed (is it really gzip-compressed text?).`,
    fileCut: (megabytes) => `Only the first ${megabytes} MB of the file were read.`,
    gzipCutShort: (name) =>
      `“${name}” ends before its compressed data does (cut short, or damaged): what it held up to there is explained.`,
    gzipTrailing: (name) =>
      `“${name}” has bytes after its compressed data that are not gzip: they were ignored; all of the compressed data is explained.`,
    chartTitle: "Findings per code",
    line: "Line",
    code: "Code",
    found: "Found",
    platform: "Platform",
    platforms: { windows: "Windows", posix: "POSIX (Winsock equivalent)", unknown: "either" },
    count: "Count",
    value: "Value",
    hex: "Hex",
    hresult: "HRESULT",
    json: "As JSON",
    sources: "Sources",
    notFoundTitle: "Not found",
    notFound: (input) => `No socket error matches “${input}”.`,
    noPage: (path) => `There is no page at “${path}”.`,
    ambiguousTitle: "Several matches",
    ambiguous: (input) => `“${input}” can mean more than one socket error:`,
    home: "Home",
    footer: "Every fact is cited; the catalogue is open data.",
    api: "JSON API",
  },
  de: {
    langName: "Deutsch",
    tagline: "Windows-Sockets-Fehler erklärt",
    skip: "Zum Inhalt springen",
    searchLabel: "Socket-Fehler finden",
    searchPlaceholder: "10054, WSAECONNRESET, 0x2746, Verbindung verweigert…",
    searchButton: "Suchen",
    searchHelp: "Eine Zahl, ein Name, ein Hex-Wert oder Wörter aus der Meldung, auf Deutsch oder Englisch.",
    results: (count) => (count === 1 ? "1 Treffer" : `${count} Treffer`),
    noResults: (query) => `Kein Socket-Fehler passt zu „${query}“.`,
    browse: "Alle Codes",
    categoryHeadings: {
      connection: "Verbindung",
      network: "Netzwerk",
      address: "Adresse",
      "name-resolution": "Namensauflösung",
      resource: "Ressourcen",
      usage: "Verwendung",
      async: "Asynchrone E/A",
      subsystem: "Winsock-Subsystem",
      qos: "Dienstgüte (QoS)",
      permission: "Berechtigung",
      wait: "Warteergebnisse",
    },
    explainTitle: "Log erklären",
    explainHelp:
      "Log-Text einfügen oder eine Datei ablegen: jeder Socket-Fehler darin wird aufgeführt. Der Text bleibt in Ihrem Browser.",
    explainLabel: "Log-Text",
    explainButton: "Erklären",
    fileLabel: "Oder eine Datei öffnen",
    encodingLabel: "kodiert als",
    encodings: [
      ["", "Aus den Bytes erkannt (UTF-8, UTF-16, Windows-1252)"],
      ["windows-1252", "Westeuropäisch (Windows-1252)"],
      ["windows-1250", "Mitteleuropäisch (Windows-1250)"],
      ["windows-1251", "Kyrillisch (Windows-1251)"],
      ["windows-1253", "Griechisch (Windows-1253)"],
      ["windows-1254", "Türkisch (Windows-1254)"],
      ["windows-1257", "Baltisch (Windows-1257)"],
      ["shift_jis", "Japanisch (Shift JIS, 932)"],
      ["gbk", "Chinesisch, vereinfacht (GBK, 936)"],
      ["big5", "Chinesisch, traditionell (Big5, 950)"],
      ["euc-kr", "Koreanisch (949)"],
    ],
    dropHint: "Datei hier ablegen",
    explainNeedsScript: "Ein Log zu erklären braucht JavaScript; die API kann es auch: POST /api/v1/explain.",
    findings: (count, codes) =>
      `${count} ${count === 1 ? "Fund" : "Funde"}, ${codes} ${codes === 1 ? "Code" : "Codes"}`,
    noFindings: "In diesem Text wurden keine Socket-Fehler gefunden.",
    fileUnreadable: (name) => `„${name}“ ließ sich nicht lesen.`,
    gzipUnreadable: (name) => `„${name}“ ließ sich nicht entpacken (ist es wirklich mit gzip komprimierter Text?).`,
    fileCut: (megabytes) => `Nur die ersten ${megabytes} MB der Datei wurden gelesen.`,
    gzipCutShort: (name) =>
      `„${name}“ endet vor seinen komprimierten Daten (abgeschnitten oder beschädigt): erklärt ist, was bis dahin darin stand.`,
    gzipTrailing: (name) =>
      `„${name}“ enthält nach seinen komprimierten Daten Bytes, die kein gzip sind: Sie wurden übergangen; erklärt sind alle komprimierten Daten.`,
    chartTitle: "Funde pro Code",
    line: "Zeile",
    code: "Code",
    found: "Gefunden",
    platform: "Plattform",
    platforms: { windows: "Windows", posix: "POSIX (Winsock-Entsprechung)", unknown: "beide möglich" },
    count: "Anzahl",
    value: "Wert",
    hex: "Hex",
    hresult: "HRESULT",
    json: "Als JSON",
    sources: "Quellen",
    notFoundTitle: "Nicht gefunden",
    notFound: (input) => `Kein Socket-Fehler passt zu „${input}“.`,
    noPage: (path) => `Unter „${path}“ gibt es keine Seite.`,
    ambiguousTitle: "Mehrere Treffer",
    ambiguous: (input) => `„${input}“ kann mehr als einen Socket-Fehler bedeuten:`,
    home: "Startseite",
    footer: "Jede Angabe ist belegt; der Katalog ist offene Daten.",
    api: "JSON-API",
  },
};
