// Compiles src/ for shipping:
//   dist/index.js       the library, one ES module;
//   dist/cli.cjs        the CLI, CommonJS (Node 20 starts it ~20 ms sooner than an ES module);
//   both without prose or citations: those are dist/text-<lang>.tsv and dist/sources.tsv
//   (one "SYMBOL<TAB>json" line per entry, written from catalogue.json), read on first
//   use by scripts/node-lazy/, so `wsaerr 10054` reads only the language it prints and
//   parses only the entry it shows, and importing the library reads no prose at all;
//   dist/web.cjs        the server and site builder, loaded by the CLI for serve/build-site;
//   dist/explain.cjs    the log explainer, loaded by the CLI for explain (also the workers' script);
//   dist/server.js      createApp() for any runtime, page assets and prose embedded;
//   dist/browser/       the library for browsers: wsaerr.js with English titles, and one
//                       chunk per language's full prose that loadLanguage() imports;
//   dist/*.d.ts         type declarations.
// Plain JavaScript so that `npm install` (prepare) can run it before anything else.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { tsImport } from "tsx/esm/api";

/** Swaps the static data loaders (load-text.ts, load-sources.ts) for the ones in scripts/<folder>/. */
const swapLoaders = (folder) => ({
  name: `loaders-from-${folder}`,
  setup(plugin) {
    plugin.onResolve({ filter: /\/load-(text|sources)\.ts$/ }, (args) => ({
      path: new URL(`${folder}/${args.path.split("/").pop().replace(/\.ts$/, ".js")}`, import.meta.url).pathname,
    }));
  },
});

/**
 * The CLI loads the server and the site builder only for `serve` and `build-site` (from
 * dist/web.cjs) and the log explainer only for `explain` (dist/explain.cjs), so a lookup
 * starts without parsing either.
 */
const commandsOutside = {
  name: "commands-outside",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/(server\/node|web\/assets|web\/site)\.ts$/ }, () => ({
      path: "./web.cjs",
      external: true,
    }));
    plugin.onResolve({ filter: /^\.\/explain\.ts$/ }, () => ({ path: "./explain.cjs", external: true }));
  },
};

rmSync("dist", { recursive: true, force: true });
// The page's script and style, built once and embedded in the server bundles (src/web/build.ts).
const { buildWebAssets, embedWebAssets } = await tsImport("../src/web/build.ts", import.meta.url);
const webAssets = await buildWebAssets();
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
    // Split so the file scanner (worker threads, gzip) is a chunk loaded on first use;
    // chunks sit beside index.js, where the prose files are found relative to them.
    splitting: true,
    entryPoints: { index: "src/index.ts" },
    outdir: "dist",
    chunkNames: "[name]-[hash]",
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
    plugins: [swapLoaders("node-lazy"), commandsOutside],
    define: { "import.meta.url": "undefined" },
  }),
  build({
    ...cjs,
    entryPoints: ["src/cli/explain.ts"],
    outfile: "dist/explain.cjs",
    plugins: [swapLoaders("node-lazy")],
    define: { "import.meta.url": "undefined" },
  }),
  build({
    ...cjs,
    stdin: {
      contents: [
        'export { closeOnSignals, listen } from "./server/node.ts";',
        'export { webAssets } from "./web/assets.ts";',
        'export { siteFiles } from "./web/site.ts";',
      ].join("\n"),
      resolveDir: "src",
      loader: "ts",
    },
    outfile: "dist/web.cjs",
    plugins: [swapLoaders("node-lazy"), embedWebAssets(webAssets)],
    define: { "import.meta.url": "undefined" },
  }),
  // createApp() for any runtime (Deno, Bun, workers): prose embedded, no file system.
  build({
    ...common,
    format: "esm",
    platform: "neutral",
    entryPoints: { server: "src/server/app.ts" },
    outdir: "dist",
    packages: "external",
    plugins: [embedWebAssets(webAssets)],
  }),
]);
mkdirSync("dist", { recursive: true });
writePack("text-en.tsv", (entry) => entry.text.en);
writePack("text-de.tsv", (entry) => entry.text.de);
writePack("sources.tsv", (entry) => entry.sources);
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
