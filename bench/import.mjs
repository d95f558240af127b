// Goal: importing the library ≤ 5 ms. Each sample is a fresh process timing its
// own dynamic import; the baseline imports a one-line ES module the same way. Runs
// alternate (baseline, library, baseline, …), and the library's own cost is the median
// of each pair's difference: on a shared machine a busy moment then slows both sides of
// a pair instead of one side's median. The difference of the two medians is printed too.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median } from "./lib.mjs";

const RUNS = 21;
const library = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const empty = join(tmpdir(), "wsaerr-bench-empty.mjs");
writeFileSync(empty, "export const x = 1;\n");
const timeImport = (path) => {
  const code = `const t = performance.now(); await import(${JSON.stringify(path)}); console.log(performance.now() - t);`;
  return Number(spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout);
};
const base = [];
const lib = [];
for (let i = 0; i < RUNS; i++) {
  base.push(timeImport(empty));
  lib.push(timeImport(library));
}
const b = median(base);
const l = median(lib);
const own = median(lib.map((time, i) => time - base[i]));
console.log(
  `import           baseline empty module ${fmt(b, 2)} ms   wsaerr ${fmt(l, 2)} ms   library's own cost ${fmt(own, 2)} ms (median of ${RUNS} pairs; difference of medians ${fmt(l - b, 2)} ms) (goal <= 5 ms)`,
);
