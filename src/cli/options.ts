// The one options table: the parser, --help and the README's CLI section all read it.
import { CATEGORIES } from "../catalogue/types.ts";

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** Placeholder for the value; absent for flags. */
  readonly value?: string;
  readonly choices?: readonly string[];
  /** The value as the choices spell it, from how a person may write it (checked after). */
  readonly normalise?: (value: string) => string;
  readonly description: string;
  /** Commands the option applies to; absent: all. */
  readonly commands?: readonly string[];
}

export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "lookup",
    usage: "wsaerr <anything>…",
    description:
      "Explain each input: a number (10054, -4077, 0x2746, 0x80072746), a name (WSAECONNRESET, ECONNRESET, SocketError.ConnectionReset) or Windows' error message: English, German, or another language the catalogue cites.",
  },
  { name: "list", usage: "wsaerr list [--category <name>]", description: "List every code in the catalogue." },
  {
    name: "search",
    usage: "wsaerr search <words…>",
    description: "Full-text search over titles, descriptions, causes and fixes in both languages; tolerant of typos.",
  },
  {
    name: "explain",
    usage: "wsaerr explain [file…]",
    description:
      "Find and explain every socket error in logs (files, .gz files, or standard input when none or -), from any runtime, in English or German.",
  },
  {
    name: "serve",
    usage: "wsaerr serve [--port 8080] [--host 127.0.0.1]",
    description: "Run the HTTP API and the web page.",
  },
  {
    name: "build-site",
    usage: "wsaerr build-site <dir>",
    description: "Write the web page as a static site (one page per code, search in the browser).",
  },
];

export const OPTIONS: readonly OptionSpec[] = [
  { name: "json", description: "Print JSON (schema in the README) instead of text." },
  {
    name: "lang",
    value: "en|de",
    choices: ["en", "de"],
    // (As LANG is read: "DE", "de-DE", "de_AT.UTF-8" are German; "C" and "POSIX" English.)
    normalise: (value) => {
      const tag = value
        .trim()
        .toLowerCase()
        .split(/[-_.@]/)[0] as string;
      return tag === "c" || tag === "posix" ? "en" : tag;
    },
    description: "Language; default from LC_ALL, LC_MESSAGES, LANG.",
  },
  {
    name: "category",
    value: "name",
    choices: CATEGORIES,
    description: "Only codes of this category.",
    commands: ["list"],
  },
  { name: "limit", value: "n", description: "At most n search results (default 10).", commands: ["search"] },
  {
    name: "summary",
    description:
      "A table of codes with counts, first and last line (with its file where several are read), platform and a bar chart.",
    commands: ["explain"],
  },
  {
    name: "every",
    description:
      "Explain every finding in full (the text output explains a code once, under its first finding, and points back there after).",
    commands: ["explain"],
  },
  {
    name: "encoding",
    value: "label",
    description:
      "The logs' encoding when not UTF-8 or UTF-16 (which their first bytes still show): the ANSI code page, such as shift_jis, gbk, 1251 (bytes that are no UTF-8 are read as windows-1252 untold).",
    commands: ["explain"],
  },
  {
    name: "threads",
    value: "n",
    description:
      "Threads running the engine on a file, 1 to 8 (default: this one, with a second reading a file of 256 MiB or more ahead of it on a machine with more than one CPU; 1: this one alone).",
    commands: ["explain"],
  },
  { name: "port", value: "n", description: "Port to listen on (default 8080).", commands: ["serve"] },
  { name: "host", value: "address", description: "Address to listen on (default 127.0.0.1).", commands: ["serve"] },
  { name: "help", short: "h", description: "Show this help." },
  { name: "version", short: "v", description: "Show the version." },
];
