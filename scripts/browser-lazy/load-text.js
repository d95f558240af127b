// Browser stand-in for src/i18n/load-text.ts: the core bundle carries English
// titles only; loadLanguage() fetches a language's full prose as its own chunk.
import { STORED } from "../../src/catalogue/core.generated.ts";
import { TITLES_EN } from "../../src/catalogue/titles-en.generated.ts";

export function loadTextPack(lang) {
  if (lang !== "en") return undefined;
  const pack = Object.create(null);
  // (The titles are in STORED's order: scripts/build.ts.)
  for (let index = 0; index < STORED.length; index++) {
    pack[STORED[index].symbol] = JSON.stringify({
      title: TITLES_EN[index],
      goPitfall: "",
      summary: "",
      causes: [],
      fixes: [],
      notes: [],
      retryReason: "",
    });
  }
  return pack;
}

export async function loadFullTextPack(lang) {
  if (lang === "en") return (await import("../../src/catalogue/text-en.generated.ts")).TEXT_EN;
  if (lang === "de") return (await import("../../src/catalogue/text-de.generated.ts")).TEXT_DE;
  return undefined;
}
