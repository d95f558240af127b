// Alternating runs of `node -e 0` and `node bin/wsaerr.cjs 10054`; medians and ratio.
// Uses hyperfine when installed (its JSON gives every run), else spawnSync timing.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fmt, median } from "./lib.mjs";

const RUNS = 30;
const commands = ["node -e 0", "node bin/wsaerr.cjs 10054"];
let times;
try {
  execFileSync("hyperfine", ["--version"], { stdio: "ignore" });
  const out = "/tmp/wsaerr-cli-bench.json";
  execFileSync("hyperfine", ["-N", "--warmup", "5", "--runs", String(RUNS), "--export-json", out, ...commands], {
    stdio: "ignore",
  });
  times = JSON.parse(readFileSync(out, "utf8")).results.map((result) => result.times.map((t) => t * 1000));
} catch {
  times = [[], []];
  for (let i = 0; i < RUNS; i++) {
    commands.forEach((command, index) => {
      const [bin, ...args] = command.split(" ");
      const started = performance.now();
      spawnSync(bin, args, { stdio: "ignore" });
      times[index].push(performance.now() - started);
    });
  }
}
const [node, cli] = times.map(median);
console.log(
  `cli start-up     baseline node -e 0 ${fmt(node)} ms   wsaerr 10054 ${fmt(cli)} ms   ratio ${fmt(cli / node, 2)}x (goal <= 1.2x, ${RUNS} runs each)`,
);
