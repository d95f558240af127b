// Which language to answer in: an explicit choice, else the POSIX locale
// variables in their order of precedence, else English.
import { LANGS, type Lang } from "../catalogue/types.ts";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** "de_DE.UTF-8", "de-AT", "de" → "de"; anything else (C, POSIX, fr_FR) → undefined. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const match = /^([a-z]{2})(?:[_-]|$|\.)/i.exec(locale ?? "");
  const lang = match?.[1]?.toLowerCase();
  return isLang(lang) ? lang : undefined;
}

/** --lang wins; then LC_ALL, LC_MESSAGES, LANG (the first one set decides); then English. */
export function pickLang(explicit?: string, env: Record<string, string | undefined> = {}): Lang {
  if (isLang(explicit)) return explicit;
  try {
    for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
      const value = env?.[name];
      if (value) return langFromLocale(value) ?? "en";
    }
  } catch {}
  return "en";
}
