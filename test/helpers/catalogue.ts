// Tests read the catalogue the way users do: the shipped JSON and the library.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CatalogueEntry, EntryText } from "../../src/catalogue/types.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

export type ShippedEntry = CatalogueEntry & { text: { en: EntryText; de: EntryText }; sources: Record<string, string> };

export const shipped = JSON.parse(readFileSync(join(ROOT, "catalogue.json"), "utf8")) as {
  provenance: Record<string, unknown>;
  entries: ShippedEntry[];
};
