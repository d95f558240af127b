// Compiles src/ for shipping:
//   dist/index.js       the library, one ES module (prose and citations included);
//   dist/cli.cjs        the CLI, CommonJS (Node 20 starts it ~20 ms sooner than an ES module)
//                       without prose or citations: those are dist/text-<lang>.tsv and
//                       dist/sources.tsv (one "SYMBOL<TAB>json" line per entry, written from
//                       catalogue.json), read on first use, so `wsaerr 10054` reads only the
//                       language it prints and parses only the entry it shows;
//   dist/*.d.ts         type declarations.
// Plain JavaScript so that `npm install` (prepare) can run it before anything else.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

/** Swaps the static data loaders for lazy require()s in the CLI bundle. */
const lazyData = {
  name: "lazy-data",
  setup(plugin) {
    plugin.onResolve({ filter: /\/load-(text|sources)\.ts$/ }, (args) => ({
      path: new URL(`cli-lazy/${args.path.split("/").pop().replace(/\.ts$/, ".js")}`, import.meta.url).pathname,
    }));
  },
};

rmSync("dist", { recursive: true, force: true });
const common = { bundle: true, target: "node20", legalComments: "none", logLevel: "warning" };
const cjs = { ...common, format: "cjs", platform: "node", minify: true };
/** One "SYMBOL<TAB>json" line per entry; JSON never contains a raw tab or newline. */
function writePack(name, pick) {
  const { entries } = JSON.parse(readFileSync("catalogue.json", "utf8"));
  writeFileSync(`dist/${name}`, entries.map((entry) => `${entry.symbol}\t${JSON.stringify(pick(entry))}\n`).join(""));
}
await Promise.all([
  build({ ...common, format: "esm", entryPoints: ["src/index.ts"], outfile: "dist/index.js", platform: "neutral" }),
  build({ ...cjs, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.cjs", plugins: [lazyData] }),
]);
mkdirSync("dist", { recursive: true });
writePack("text-en.tsv", (entry) => entry.text.en);
writePack("text-de.tsv", (entry) => entry.text.de);
writePack("sources.tsv", (entry) => entry.sources);
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
