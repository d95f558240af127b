// Compiles src/ for shipping:
//   dist/index.js       the library, one ES module;
//   dist/cli.cjs        the CLI, CommonJS (Node 20 starts it ~20 ms sooner than an ES module);
//   both without prose or citations: those are dist/text-<lang>.tsv and dist/sources.tsv
//   (one "SYMBOL<TAB>json" line per entry, written from catalogue.json), read on first
//   use by scripts/node-lazy/, so `wsaerr 10054` reads only the language it prints and
//   parses only the entry it shows, and importing the library reads no prose at all;
//   dist/browser/       the library for browsers: wsaerr.js with English titles, and one
//                       chunk per language's full prose that loadLanguage() imports;
//   dist/*.d.ts         type declarations.
// Plain JavaScript so that `npm install` (prepare) can run it before anything else.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

/** Swaps the static data loaders (load-text.ts, load-sources.ts) for the ones in scripts/<folder>/. */
const swapLoaders = (folder) => ({
  name: `loaders-from-${folder}`,
  setup(plugin) {
    plugin.onResolve({ filter: /\/load-(text|sources)\.ts$/ }, (args) => ({
      path: new URL(`${folder}/${args.path.split("/").pop().replace(/\.ts$/, ".js")}`, import.meta.url).pathname,
    }));
  },
});

rmSync("dist", { recursive: true, force: true });
const common = { bundle: true, target: "node20", legalComments: "none", logLevel: "warning" };
const cjs = { ...common, format: "cjs", platform: "node", minify: true };
/** One "SYMBOL<TAB>json" line per entry; JSON never contains a raw tab or newline. */
function writePack(name, pick) {
  const { entries } = JSON.parse(readFileSync("catalogue.json", "utf8"));
  writeFileSync(`dist/${name}`, entries.map((entry) => `${entry.symbol}\t${JSON.stringify(pick(entry))}\n`).join(""));
}
await Promise.all([
  build({
    ...common,
    format: "esm",
    platform: "node",
    entryPoints: ["src/index.ts"],
    outfile: "dist/index.js",
    plugins: [swapLoaders("node-lazy")],
  }),
  // The browser core: English titles inside, each language's full prose a chunk of its own.
  build({
    ...common,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    splitting: true,
    entryPoints: { wsaerr: "src/browser.ts" },
    outdir: "dist/browser",
    chunkNames: "[name]-[hash]",
    plugins: [swapLoaders("browser-lazy")],
  }),
  build({
    ...cjs,
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli.cjs",
    plugins: [swapLoaders("node-lazy")],
    define: { "import.meta.url": "undefined" },
  }),
]);
mkdirSync("dist", { recursive: true });
writePack("text-en.tsv", (entry) => entry.text.en);
writePack("text-de.tsv", (entry) => entry.text.de);
writePack("sources.tsv", (entry) => entry.sources);
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
