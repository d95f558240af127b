// Node stand-in for src/i18n/load-text.ts (CLI and library bundles): one language's prose, read on first use.
import { readPack } from "./read-pack.js";

export function loadTextPack(lang) {
  return lang === "en" || lang === "de" ? readPack(`text-${lang}.tsv`) : undefined;
}

export async function loadFullTextPack(lang) {
  return loadTextPack(lang);
}
