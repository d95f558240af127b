// The one options table: the parser, --help and the README's CLI section all read it.

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** Placeholder for the value; absent for flags. */
  readonly value?: string;
  readonly choices?: readonly string[];
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
      "Explain each input: a number (10054, -4077, 0x2746, 0x80072746), a name (WSAECONNRESET, ECONNRESET, SocketError.ConnectionReset) or an error message in English or German.",
  },
  { name: "list", usage: "wsaerr list [--category <name>]", description: "List every code in the catalogue." },
  {
    name: "search",
    usage: "wsaerr search <words…>",
    description: "Full-text search over titles, descriptions, causes and fixes in both languages; tolerant of typos.",
  },
];

export const OPTIONS: readonly OptionSpec[] = [
  { name: "json", description: "Print JSON (schema in the README) instead of text." },
  {
    name: "lang",
    value: "en|de",
    choices: ["en", "de"],
    description: "Language; default from LC_ALL, LC_MESSAGES, LANG.",
  },
  {
    name: "category",
    value: "name",
    choices: [
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
    ],
    description: "Only codes of this category.",
    commands: ["list"],
  },
  { name: "limit", value: "n", description: "At most n search results (default 10).", commands: ["search"] },
  { name: "help", short: "h", description: "Show this help." },
  { name: "version", short: "v", description: "Show the version." },
];
