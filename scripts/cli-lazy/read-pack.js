// Used only inside dist/cli.cjs: reads a "SYMBOL<TAB>json" file written by
// scripts/compile.mjs beside the bundle, keeping each entry's JSON unparsed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readPack(name) {
  const pack = Object.create(null);
  for (const line of readFileSync(join(__dirname, name), "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) pack[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return pack;
}
