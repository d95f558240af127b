// Reads the texts glibc prints for socket errors (strerror for errno values,
// gai_strerror for getaddrinfo codes) from the C library on this machine, via
// python3's ctypes, into data/sources/posix-messages.json. These are the
// "Connection reset by peer" lines of Linux logs; the explainer reports them as
// POSIX findings with their Winsock equivalent. And the same texts as glibc prints them
// in German (LANG=de_DE…: "Verbindungsaufbau abgelehnt") and Russian, from Debian's
// libc-l10n catalogues, into data/sources/posix-messages-<lang>.json. And strerror of every Linux errno
// number, 1 to 133, into data/sources/linux-strerror.json: what tells a Linux line's
// "[Errno 61] No data available" from macOS's "[Errno 61] Connection refused".
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { debianVersion } from "./lib/debian.ts";
import { readJson, writeJson } from "./lib/json.ts";
import { ROOT } from "./lib/paths.ts";

interface PosixTable {
  rows: Record<string, { linux?: number | null }>;
  eai?: { rows?: Record<string, { linux?: number | null }> };
}

/**
 * The languages of glibc's catalogues (Debian libc-l10n, installed by scripts/setup-authorities.sh)
 * whose socket texts are kept. Not yet French ("Connexion refusée" is also French programs'
 * "login refused") nor Spanish (its three-word texts, "Protocolo no soportado", are not found
 * re-cased and broken over two lines with the anchors the explainer picks today).
 */
const TRANSLATED: Record<string, string> = { de: "German", ru: "Russian" };
const LOCALES: Record<string, string> = { de: "de_DE.UTF-8", ru: "ru_RU.UTF-8" };
/** Each English text's translation in a gettext catalogue (null where it has none). */
const TRANSLATE = `
import gettext, json, sys
catalogue = gettext.GNUTranslations(open(sys.argv[1], "rb"))
texts = json.load(sys.stdin)
print(json.dumps({name: (catalogue.gettext(text) if catalogue.gettext(text) != text else None) for name, text in texts.items()}))
`;

/** Linux's last errno number (EHWPOISON, asm-generic/errno.h). */
const LINUX_LAST = 133;

const PYTHON = `
import ctypes, json, sys
LINUX_LAST = ${LINUX_LAST}
libc = ctypes.CDLL("libc.so.6")
libc.strerror.restype = ctypes.c_char_p
libc.gai_strerror.restype = ctypes.c_char_p
request = json.load(sys.stdin)
print(json.dumps({
  "errno": {name: libc.strerror(n).decode() for name, n in request["errno"].items()},
  "eai": {name: libc.gai_strerror(n).decode() for name, n in request["eai"].items()},
  "numbers": {str(n): libc.strerror(n).decode() for n in range(1, LINUX_LAST + 1)},
}))
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const posix = readJson<PosixTable>(join(ROOT, "data/sources/posix-errno.json"));
  const errno = Object.fromEntries(
    Object.entries(posix.rows).flatMap(([name, row]) => (typeof row.linux === "number" ? [[name, row.linux]] : [])),
  );
  const eai = Object.fromEntries(
    Object.entries(posix.eai?.rows ?? {}).flatMap(([name, row]) =>
      typeof row.linux === "number" ? [[name, row.linux]] : [],
    ),
  );
  const texts = JSON.parse(
    execFileSync("python3", ["-c", PYTHON], { input: JSON.stringify({ errno, eai }) }).toString(),
  );
  const version = debianVersion("libc6") ?? "unknown";
  const source = `debian:libc6=${version}:/lib/x86_64-linux-gnu/libc.so.6`;
  const rows: Record<string, { text: string; source: string }> = {};
  for (const [name, text] of Object.entries({ ...texts.errno, ...texts.eai }) as [string, string][]) {
    rows[name] = { text, source: `${source} (${name.startsWith("EAI_") ? "gai_strerror" : "strerror"})` };
  }
  writeJson(join(ROOT, "data/sources/posix-messages.json"), {
    provenance: {
      what: "The text glibc prints for each errno (strerror) and getaddrinfo code (gai_strerror), keyed by POSIX name",
      source,
      version: `glibc ${version} (Debian libc6)`,
      read: new Date().toISOString().slice(0, 10),
      notes:
        "Written by scripts/extract-posix-messages.ts, which calls strerror/gai_strerror of the installed C library with the Linux numbers from posix-errno.json. Kept verbatim as match keys only.",
    },
    rows,
  });
  console.log(`wrote ${Object.keys(rows).length} texts`);

  const english = Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, row.text]));
  for (const [lang, language] of Object.entries(TRANSLATED)) {
    const file = `/usr/share/locale/${lang}/LC_MESSAGES/libc.mo`;
    const translated: Record<string, string | null> = JSON.parse(
      execFileSync("python3", ["-c", TRANSLATE, file], { input: JSON.stringify(english) }).toString(),
    );
    const l10n = debianVersion("libc-l10n") ?? "unknown";
    const catalogue = `debian:libc-l10n=${l10n}:${file}`;
    const translatedRows: Record<string, { text: string; source: string }> = {};
    for (const [name, text] of Object.entries(translated)) {
      if (text !== null) translatedRows[name] = { text, source: `${catalogue} (msgid "${english[name]}")` };
    }
    writeJson(join(ROOT, `data/sources/posix-messages-${lang}.json`), {
      provenance: {
        what: `The texts of posix-messages.json as glibc prints them in ${language} (a system or program run with LANG=${LOCALES[lang]}), keyed by POSIX name`,
        source: catalogue,
        version: `glibc ${l10n} (Debian libc-l10n)`,
        read: new Date().toISOString().slice(0, 10),
        notes: `Written by scripts/extract-posix-messages.ts: each English text of posix-messages.json looked up as a msgid in glibc's ${language} catalogue (python3's gettext). Kept verbatim as match keys only; test/data/glibc-texts.test.ts checks them against the catalogue.`,
      },
      rows: translatedRows,
    });
    console.log(`wrote ${Object.keys(translatedRows).length} ${language} texts`);
  }

  writeJson(join(ROOT, "data/sources/linux-strerror.json"), {
    provenance: {
      what: `The text glibc prints for each Linux errno number, 1 to ${LINUX_LAST} (strerror)`,
      source: `${source} (strerror)`,
      version: `glibc ${version} (Debian libc6)`,
      read: new Date().toISOString().slice(0, 10),
      notes:
        "Written by scripts/extract-posix-messages.ts. Not match keys: the log explainer reads a number beside its text (Python's [Errno 61] No data available, Dart's OS Error: …, errno = 64) as Linux's errno when the text is Linux's for that number, not the macOS or FreeBSD errno of the same value.",
    },
    rows: texts.numbers,
  });
  console.log(`wrote ${Object.keys(texts.numbers).length} Linux errno texts`);
}
