// Windows' message texts against glibc's in the same language (Debian libc-l10n, installed
// by scripts/setup-authorities.sh): a Windows text the explainer matches must not be found
// in what glibc prints, or a Linux log in that language would be claimed as Windows
// (French Windows' 11001 "Hôte inconnu." is glibc's French "Unknown host": left out).
// The .mo files are read here with a parser of their own; the texts compared are the keys the
// explainer matches (src/catalogue/match-texts.generated.ts), folded as it folds them.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { matchTexts } from "../../src/catalogue/match-texts.generated.ts";
import { normaliseMessage } from "../../src/normalise.ts";

const LOCALE = "/usr/share/locale";
const SOURCES = new URL("../../data/sources/", import.meta.url);
/** The glibc catalogues of each language the Windows texts are in. */
const GLIBC_LOCALES: Record<string, readonly string[]> = {
  cs: ["cs"],
  de: ["de"],
  es: ["es"],
  fr: ["fr"],
  hu: ["hu"],
  it: ["it"],
  ja: ["ja"],
  ko: ["ko"],
  nl: ["nl"],
  pl: ["pl"],
  pt: ["pt", "pt_BR"],
  ru: ["ru"],
  tr: ["tr"],
  zh: ["zh_CN", "zh_TW"],
};

/** A GNU .mo file's messages: each original (msgid) with its translation (msgstr). */
function messages(path: string): [msgid: string, msgstr: string][] {
  const bytes = readFileSync(path);
  const little = bytes.readUInt32LE(0) === 0x950412de;
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  assert.ok(little || bytes.readUInt32BE(0) === 0x950412de, `${path} is not a .mo file`);
  const count = u32(8);
  const string = (table: number, index: number) => {
    const length = u32(table + index * 8);
    const offset = u32(table + index * 8 + 4);
    return bytes.subarray(offset, offset + length).toString("utf8");
  };
  const originals = u32(12);
  const translated = u32(16);
  return Array.from({ length: count }, (_, index) => [string(originals, index), string(translated, index)]);
}

/** A GNU .mo file's translations (msgstr), each plural form on its own. */
function translations(path: string): string[] {
  return messages(path).flatMap(([, msgstr]) => msgstr.split("\0"));
}

/** As the explainer compares texts (case, quotes, spacing), final stops aside. */
function folded(text: string): string {
  return normaliseMessage(text)
    .replace(/[.。!;:,]+$/u, "")
    .trim();
}

/** The keys the explainer matches for a language's Windows texts (its own entries' for de). */
function windowsTexts(lang: string): { symbol: string; text: string }[] {
  const keys = matchTexts()
    .filter((text) => text.dialect === "windows-message" && text.lang === lang)
    .map(({ symbol, text }) => ({ symbol, text }));
  const file = new URL(`messages-${lang}.json`, SOURCES);
  const rows = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")).rows as Record<string, { text: string }>)
    : {};
  return [...keys, ...Object.entries(rows).map(([symbol, row]) => ({ symbol, text: row.text }))];
}

describe("Windows' texts are not glibc's (libc-l10n)", () => {
  const languages = readdirSync(SOURCES)
    .map((name) => /^messages-([a-z]{2})\.json$/.exec(name)?.[1])
    .filter((lang): lang is string => lang !== undefined && lang !== "en");

  it("has a glibc catalogue for every language with Windows texts", () => {
    for (const lang of languages) {
      const locales = GLIBC_LOCALES[lang];
      assert.ok(locales, `no glibc locale named for ${lang}`);
      for (const locale of locales)
        assert.ok(existsSync(`${LOCALE}/${locale}/LC_MESSAGES/libc.mo`), `${locale}: run scripts/setup-authorities.sh`);
    }
  });

  it("reads glibc's own texts (the check can fail)", () => {
    const french = translations(`${LOCALE}/fr/LC_MESSAGES/libc.mo`).map(folded);
    assert.ok(french.length > 500, `only ${french.length} French texts`);
    assert.ok(french.includes(folded("Connexion refusée")));
    assert.ok(
      french.some((text) => text.includes(folded("Hôte inconnu."))),
      "the text left out of messages-fr.json",
    );
  });

  for (const lang of languages) {
    it(lang, () => {
      const glibc = (GLIBC_LOCALES[lang] ?? []).flatMap((locale) =>
        translations(`${LOCALE}/${locale}/LC_MESSAGES/libc.mo`).map(folded),
      );
      for (const { symbol, text } of windowsTexts(lang)) {
        const key = folded(text);
        const clash = glibc.find((printed) => printed.includes(key));
        assert.equal(clash, undefined, `${lang} ${symbol}: "${text}" is in glibc's "${clash}"`);
      }
    });
  }
});

for (const [lang, refused] of [
  ["de", "Verbindungsaufbau abgelehnt"],
  ["ru", "В соединении отказано"],
] as const) {
  describe(`glibc's texts in ${lang} (posix-messages-${lang}.json) are its catalogue's (libc-l10n)`, () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(new URL(name, SOURCES), "utf8")).rows as Record<string, { text: string }>;
    const english = read("posix-messages.json");
    const translated = read(`posix-messages-${lang}.json`);
    const catalogue = new Map(messages(`${LOCALE}/${lang}/LC_MESSAGES/libc.mo`));

    it("reads the catalogue (the check can fail)", () => {
      assert.equal(catalogue.get("Connection refused"), refused);
    });

    it("holds each English text's translation, verbatim", () => {
      for (const [name, row] of Object.entries(english)) {
        const translation = catalogue.get(row.text);
        assert.equal(translated[name]?.text, translation, `${name}: "${row.text}"`);
      }
      for (const name of Object.keys(translated)) assert.ok(english[name], `${name} has no English text`);
    });
  });
}
