// The card: one readable block per entry, the same facts the web page shows.
import { hresultFromWin32 } from "./catalogue/derive.ts";
import type { CatalogueEntry, Lang } from "./catalogue/index.ts";
import type { GetaddrinfoCrosswalk, PosixCrosswalk } from "./catalogue/types.ts";
import { textFor } from "./i18n/text.ts";
import { UI } from "./i18n/ui.ts";
import { plainOptions } from "./plain-options.ts";

export interface FormatOptions {
  readonly lang?: Lang;
  /** ANSI colour; callers decide (TTY and no NO_COLOR). */
  readonly color?: boolean;
  readonly width?: number;
}

const SYSTEMS = { linux: "Linux", macos: "macOS", freebsd: "FreeBSD", msvc: "MSVC" } as Record<string, string>;

/** The crosswalk as label/value rows; shared by the card, the web page and the API. */
export function crosswalkRows(entry: CatalogueEntry, lang: Lang = "en"): [label: string, value: string][] {
  // (Total: anything that is not an entry, a revoked proxy included, gives no rows.)
  try {
    return rowsOf(entry, lang);
  } catch {
    return [];
  }
}

function rowsOf(entry: CatalogueEntry, lang: Lang): [label: string, value: string][] {
  if (typeof entry?.crosswalk !== "object" || entry.crosswalk === null) return [];
  const { posix, getaddrinfo, libuv, dotnet, rust, python, java, go, win32 } = entry.crosswalk;
  const rows: [string, string][] = [];
  // POSIX's errno and getaddrinfo's code, each with its number per system.
  const numbers = (named: PosixCrosswalk | GetaddrinfoCrosswalk, systems: readonly (keyof PosixCrosswalk)[]) =>
    `${named.name} (${systems.map((os) => `${SYSTEMS[os]} ${(named as PosixCrosswalk)[os] ?? "—"}`).join(", ")})`;
  if (posix) rows.push(["POSIX", numbers(posix, ["linux", "macos", "freebsd", "msvc"])]);
  // (The browser core's entries have no getaddrinfo crosswalk: its build drops this row too.)
  // biome-ignore lint/correctness/noUnusedLabels lint/suspicious/noConfusingLabels: esbuild drops this label
  OUTSIDE_BROWSER: if (getaddrinfo) rows.push(["getaddrinfo", numbers(getaddrinfo, ["linux", "macos", "freebsd"])]);
  if (libuv) {
    const lost =
      libuv.lost === "unknown"
        ? " — libuv reports it as UNKNOWN"
        : libuv.lost === "folded"
          ? ` — also for ${libuv.foldedWith.join(", ")}`
          : "";
    const windowsErrno = libuv.errnoWindows !== null ? `, errno ${libuv.errnoWindows}` : "";
    rows.push(["Node (Windows)", `${libuv.nodeCode}${windowsErrno} (libuv ${libuv.version})${lost}`]);
    if (libuv.nodeCodePosix && libuv.nodeCodePosix === libuv.nodeCodeMacos) {
      const errnos =
        libuv.errnoLinux === libuv.errnoMacos
          ? `errno ${libuv.errnoLinux}`
          : [
              libuv.errnoLinux !== null ? `errno ${libuv.errnoLinux} on Linux` : "",
              libuv.errnoMacos !== null ? `${libuv.errnoMacos} on macOS` : "",
            ]
              .filter(Boolean)
              .join(", ");
      rows.push(["Node (Linux/macOS)", `${libuv.nodeCodePosix}, ${errnos}`]);
    } else {
      // Named differently (EOPNOTSUPP: ENOTSUP on Linux, a number libuv has no name for on macOS).
      if (libuv.nodeCodePosix) rows.push(["Node (Linux)", `${libuv.nodeCodePosix}, errno ${libuv.errnoLinux}`]);
      if (libuv.nodeCodeMacos) rows.push(["Node (macOS)", `${libuv.nodeCodeMacos}, errno ${libuv.errnoMacos}`]);
    }
  }
  if (dotnet) rows.push([".NET", `SocketError.${dotnet}`]);
  if (rust) rows.push(["Rust", `io::ErrorKind::${rust}`]);
  if (python) {
    const main = python.errno ? `${python.exception} (errno ${python.errno})` : python.exception;
    rows.push(["Python", [main, ...python.also].join("; or ")]);
  }
  if (java)
    rows.push([
      "Java",
      [java.message ? `${java.exception}: ${java.message}` : java.exception, ...java.also].join("; or "),
    ]);
  if (go) {
    const names = [go.syscall, go.xsys].filter(Boolean).join(" / ");
    const pitfall = textFor(entry, lang).goPitfall;
    rows.push(["Go", pitfall ? `${names} — ${pitfall}` : names]);
  }
  if (win32)
    rows.push([
      "Win32 (overlapped)",
      `${win32.name}, ${win32.value}, HRESULT 0x${hresultFromWin32(win32.value).toString(16).toUpperCase()}${win32.notOnlySockets ? " — also for errors other than a socket's" : ""}`,
    ]);
  return rows;
}

/** The entry as a text card in the chosen language. */
export function format(entry: CatalogueEntry, options: FormatOptions = {}): string {
  // (Total: format(lookup(x)) for an unknown x gives "", as does anything but an entry;
  // an unknown language gives English; options that cannot be read are left out.)
  try {
    return card(entry, plainOptions<FormatOptions>(options, { lang: "string", color: "boolean", width: "number" }));
  } catch {
    return "";
  }
}

function card(entry: CatalogueEntry, options: FormatOptions): string {
  if (typeof entry?.symbol !== "string" || typeof entry.crosswalk !== "object" || entry.crosswalk === null) return "";
  const lang = options.lang && Object.hasOwn(UI, options.lang) ? options.lang : "en";
  const ui = UI[lang];
  const text = textFor(entry, lang);
  const width = Math.max(40, Math.min(options.width ?? 88, 120));
  const paint = (code: string) => (value: string) => (options.color ? `\u001b[${code}m${value}\u001b[0m` : value);
  const bold = paint("1");
  const dim = paint("2");
  const accent = paint("36");

  const numbers = [
    String(entry.value),
    entry.hex,
    entry.hresult ? `HRESULT ${entry.hresult} (${entry.hresultSigned})` : "",
  ];
  const lines = [
    ...wrap([bold(entry.symbol), ...numbers.filter(Boolean)].join("  "), width, "", "", /(?<=\S) {2}(?=\S)/, "  "),
    ...(entry.equals ? [dim(`${ui.equals} ${entry.equals}`)] : []),
    accent(bold(text.title)),
    ...wrap(text.summary, width, ""),
    "",
  ];
  // (Windows' English text where no text in the language is cited: said so.)
  const own = entry.messages[lang];
  const message = own ?? entry.messages["en"];
  if (message)
    lines.push(
      ...wrap(
        `${ui.message}${own ? "" : " (en)"}: ${ui.quotes[0]}${message.replace(/\s+/g, " ")}${ui.quotes[1]}`,
        width,
        "",
      ),
    );
  lines.push(
    `${ui.category}: ${ui.categories[entry.category] ?? entry.category} · ${ui.severity}: ${ui.severities[entry.severity] ?? entry.severity} · ${ui.retry}: ${bold(ui.advice[entry.retry])}`,
    ...wrap(text.retryReason, width, "  "),
  );
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push("", bold(title));
    for (const item of items) lines.push(...wrap(item, width, "  • ", "    "));
  };
  section(ui.causes, text.causes);
  section(ui.fixes, text.fixes);
  section(ui.notes, text.notes);
  const rows = crosswalkRows(entry, lang);
  if (rows.length > 0) {
    lines.push("", bold(ui.crosswalk));
    const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
    for (const [label, value] of rows)
      lines.push(...wrap(value, width, `  ${dim(label.padEnd(labelWidth))}`, " ".repeat(labelWidth + 2)));
  }
  return lines.filter((line, index) => line !== "" || lines[index - 1] !== "").join("\n");
}

/** Greedy word wrap; the first line gets `first` as prefix, the rest `rest`. */
function wrap(text: string, width: number, first: string, rest = first, split: RegExp = /\s+/, join = " "): string[] {
  if (!text) return [];
  const visible = (value: string) => value.replace(/\u001b\[\d+m/g, "").length;
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(split)) {
    if (!empty && visible(line) + join.length + visible(word) > width) {
      out.push(line);
      line = rest + word;
    } else line += (empty ? "" : join) + word;
    empty = false;
  }
  out.push(line);
  return out;
}
