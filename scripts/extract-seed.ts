// Records which codes the project's seed document lists (and the value it gives,
// if any) into data/sources/seed.json. The seed lives in ../shared/seeds/ beside
// the repository; the extracted table is committed so builds never need it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeJson } from "./lib/json.ts";
import { ROOT } from "./lib/paths.ts";

const SEED_DIR = join(ROOT, "../shared/seeds");

export function extractSeed(text: string): Record<string, { value: number | null }> {
  const rows: Record<string, { value: number | null }> = {};
  // Entries look like "WSAECONNRESET\n10054" or "WSAEINTR10004" or "WSA_IO_PENDING\nOS dependent".
  const pattern = /^(WSA[A-Z_]+?)\s*(\d{5}|OS dependent)\s*$/gm;
  for (const match of text.replace(/(WSA[A-Z_]+?)[ \t]*\r?\n[ \t]*(\d{5}|OS dependent)/g, "$1 $2").matchAll(pattern)) {
    const [, symbol, value] = match as unknown as [string, string, string];
    rows[symbol] = { value: value === "OS dependent" ? null : Number(value) };
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = readdirSync(SEED_DIR).find((name) => name.endsWith(".txt"));
  if (!file) throw new Error(`no seed in ${SEED_DIR}`);
  const rows = extractSeed(readFileSync(join(SEED_DIR, file), "utf8"));
  writeJson(join(ROOT, "data/sources/seed.json"), {
    provenance: {
      what: "The Winsock codes the project's seed document lists, with the value it states (null: 'OS dependent')",
      source: `shared/seeds/${file}`,
      version: "seed as given to the project",
      read: new Date().toISOString().slice(0, 10),
      notes:
        "Written by scripts/extract-seed.ts. The seed is a German-titled list of codes WSAGetLastError can return; it gives no value for its last ten entries.",
    },
    rows,
  });
  console.log(`wrote ${Object.keys(rows).length} seed entries`);
}
