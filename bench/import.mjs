// Goal: importing the library ≤ 5 ms. Each sample is a fresh process timing its
// own dynamic import; the baseline imports a one-line ES module the same way.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median } from "./lib.mjs";

const library = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const empty = join(tmpdir(), "wsaerr-bench-empty.mjs");
writeFileSync(empty, "export const x = 1;\n");
const timeImport = (path) => {
  const code = `const t = performance.now(); await import(${JSON.stringify(path)}); console.log(performance.now() - t);`;
  return Number(spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout);
};
const base = [];
const lib = [];
for (let i = 0; i < 15; i++) {
  base.push(timeImport(empty));
  lib.push(timeImport(library));
}
const b = median(base);
const l = median(lib);
console.log(
  `import           baseline empty module ${fmt(b, 2)} ms   wsaerr ${fmt(l, 2)} ms   library's own cost ${fmt(l - b, 2)} ms (goal <= 5 ms)`,
);
