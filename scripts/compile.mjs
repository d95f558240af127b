// Compiles src/ for shipping:
//   dist/index.js       the library, one ES module (one file: each module file costs Node
//                       about a millisecond to load), minified and pure ASCII (see `library`);
//   dist/index-compat.js the same for runtimes without process.getBuiltinModule (see
//                       `builtinOnUse`; package.json chooses);
//   dist/scan.cjs       the library's log explainer (scan, scanStream), required on first use;
//   dist/scan-file.cjs  scanFile, required on first use, and its worker threads' script;
//   dist/extras.cjs     the library's search and text card, required on first use;
//   dist/cli.cjs        the CLI, CommonJS (Node 20 starts it ~20 ms sooner than an ES module);
//   dist/prefilter-image.bin the log explainer's prefilter tables, as its memory holds them;
//   dist/other-messages.json Windows' texts in languages other than English and German;
//   all without prose or citations: those are dist/text-<lang>.tsv and dist/sources.tsv
//   (one "SYMBOL<TAB>json" line per entry, written from catalogue.json), read on first
//   use by scripts/node-lazy/, so `wsaerr 10054` reads only the language it prints and
//   parses only the entry it shows, and importing the library reads no prose at all;
//   the Node bundles carry the table already expanded, as JSON text
//   (scripts/node-lazy/load-entries.js);
//   dist/web.cjs        the server and site builder, loaded by the CLI for serve/build-site;
//   dist/explain.cjs    the log explainer, loaded by the CLI for explain (also the workers' script);
//   dist/code-cache.cjs loads dist/cli.cjs and dist/explain.cjs with V8's code cache, the
//                       dist/*.cache files written last here (scripts/code-cache.cjs);
//   dist/read-ahead-worker.cjs the script of the thread that reads a big file ahead (scanFile);
//   dist/server.js      createApp() for any runtime, page assets and prose embedded;
//   dist/browser/       the library for browsers: wsaerr.js with English titles, and one
//                       chunk per language's full prose that loadLanguage() imports;
//   dist/*.d.ts         type declarations.
// Plain JavaScript so that `npm install` (prepare) can run it before anything else.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";
import { tsImport } from "tsx/esm/api";

/**
 * Swaps the data loaders (load-text.ts, load-sources.ts, load-entries.ts,
 * load-prefilter-image.ts, load-other-messages.ts) for those scripts/<folder>/ has; scripts/node-lazy/load-entries.js
 * imports the expanded table as `wsaerr:entries`, written here from catalogue.json.
 */
const swapLoaders = (folder) => ({
  name: `loaders-from-${folder}`,
  setup(plugin) {
    plugin.onResolve({ filter: /\/load-(text|sources|entries|prefilter-image|other-messages)\.ts$/ }, (args) => {
      const standIn = new URL(`${folder}/${args.path.split("/").pop().replace(/\.ts$/, ".js")}`, import.meta.url);
      return existsSync(standIn) ? { path: standIn.pathname } : undefined;
    });
    plugin.onResolve({ filter: /^wsaerr:entries$/ }, () => ({ path: "entries", namespace: "wsaerr" }));
    plugin.onLoad({ filter: /^entries$/, namespace: "wsaerr" }, () => ({
      contents: `export const ENTRY_PARTS = ${JSON.stringify(entryParts())};\n`,
      loader: "js",
    }));
  },
});

const catalogue = JSON.parse(readFileSync("catalogue.json", "utf8"));

/**
 * The expanded entries as catalogue.json has them (expandEntries' output, without prose and
 * citations), as JSON texts of consecutive entries, each under 32 KB: V8 scans a string
 * literal into a buffer that grows fourfold, and one past 64 KB makes it map 256 KB fresh
 * from the system, which cost a quarter of a millisecond at import here.
 */
function entryParts() {
  const parts = [];
  let part = [];
  let size = 0;
  for (const { text: _text, sources: _sources, ...entry } of catalogue.entries) {
    const json = JSON.stringify(entry);
    if (size + json.length > 32_000 && part.length > 0) {
      parts.push(`[${part.join(",")}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  parts.push(`[${part.join(",")}]`);
  return parts;
}

/**
 * In the library bundle, what most programs never call is left to files required on first
 * call (CommonJS, because these functions are synchronous), so importing the library
 * compiles none of it: the log explainer (dist/scan.cjs for scan and scanStream,
 * dist/scan-file.cjs for scanFile) and search and the text card (dist/extras.cjs); see
 * scripts/node-lazy/scan.js, file-lazy.js, search.js, format.js.
 */
const outsideLibrary = {
  name: "outside-library",
  setup(plugin) {
    const standIns = {
      "./scan/index.ts": "node-lazy/scan.js",
      "./scan/candidates.ts": "node-lazy/candidates.js",
      "./scan/file-lazy.ts": "node-lazy/file-lazy.js",
      "./search.ts": "node-lazy/search.js",
      "./format.ts": "node-lazy/format.js",
    };
    plugin.onResolve({ filter: /^\.\/(scan\/|search\.ts$|format\.ts$)/ }, (args) =>
      args.importer.endsWith("/src/index.ts") && standIns[args.path]
        ? { path: new URL(standIns[args.path], import.meta.url).pathname }
        : undefined,
    );
  },
};

/**
 * Modules whose state the files required on first call share with the library that
 * requires them: the table, its indexes and the prose loaded, so a search hit's entry is
 * one of the library's ENTRIES and nothing is parsed twice. Such a file is a function of
 * the library's modules (scripts/node-lazy/host.js calls it once); in it each shared
 * module is `wsaerr:shared/<name>`, every runtime export taken from what the library hands.
 */
const SHARED = { catalogue: "src/catalogue/index.ts", resolve: "src/resolve.ts", text: "src/i18n/text.ts" };
const sharedExports = Object.fromEntries(
  await Promise.all(
    Object.entries(SHARED).map(async ([name, path]) => [
      name,
      Object.keys(await tsImport(`../${path}`, import.meta.url)).filter((key) => key !== "default"),
    ]),
  ),
);
const libraryHost = {
  name: "library-host",
  setup(plugin) {
    const byPath = Object.fromEntries(
      Object.entries(SHARED).map(([name, path]) => [new URL(`../${path}`, import.meta.url).pathname, name]),
    );
    plugin.onResolve({ filter: /\.ts$/ }, (args) => {
      const name = byPath[resolve(args.resolveDir, args.path)];
      return name ? { path: name, namespace: "wsaerr-shared" } : undefined;
    });
    plugin.onLoad({ filter: /.*/, namespace: "wsaerr-shared" }, (args) => ({
      contents: `export const { ${sharedExports[args.path].join(", ")} } = wsaerrHost.${args.path};\n`,
      loader: "js",
    }));
  },
};

/** A file required on first call: `module.exports = (wsaerrHost) => exports`. */
const requiredOnFirstCall = (outfile, contents) => ({
  ...common,
  format: "iife",
  platform: "node",
  minify: true,
  globalName: "wsaerrExports",
  banner: { js: "module.exports = function bindToLibrary(wsaerrHost) {" },
  footer: { js: "return wsaerrExports;\n};" },
  stdin: { contents: contents.join("\n"), resolveDir: "src", loader: "ts" },
  outfile,
  plugins: [swapLoaders("node-lazy"), libraryHost],
  define: { "import.meta.url": "undefined" },
});

/**
 * The CLI loads the server and the site builder only for `serve` and `build-site` (from
 * dist/web.cjs) and the log explainer only for `explain` (dist/explain.cjs), so a lookup
 * starts without parsing either. The sources' `import()` of those modules becomes a
 * `require` here: Node runs an imported CommonJS file through its export scanner first
 * (~15 ms for dist/explain.cjs, measured with --cpu-prof), which require skips.
 */
const commandsOutside = {
  name: "commands-outside",
  setup(plugin) {
    const standIn = (file) => ({ path: file, namespace: "wsaerr-command" });
    plugin.onResolve({ filter: /^\.\.\/(server\/node|web\/assets|web\/site)\.ts$/ }, () => standIn("./web.cjs"));
    plugin.onResolve({ filter: /^\.\/explain\.ts$/ }, () => standIn("./explain.cjs"));
    // (The explainer with its code cache: src/cli/code-cache.ts.)
    plugin.onLoad({ filter: /.*/, namespace: "wsaerr-command" }, (args) => ({
      contents:
        args.path === "./explain.cjs"
          ? 'module.exports = require("./code-cache.cjs").requireWithCodeCache(require("node:path").join(__dirname, "explain.cjs"));\n'
          : `module.exports = require(${JSON.stringify(args.path)});\n`,
      loader: "js",
    }));
    plugin.onResolve({ filter: /^\.\/(web|explain|code-cache)\.cjs$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

rmSync("dist", { recursive: true, force: true });
// The page's script and style, built once and embedded in the server bundles (src/web/build.ts).
const { buildWebAssets, embedWebAssets } = await tsImport("../src/web/build.ts", import.meta.url);
const webAssets = await buildWebAssets();
const common = { bundle: true, target: "node20", legalComments: "none", logLevel: "warning" };
const cjs = { ...common, format: "cjs", platform: "node", minify: true };
/**
 * The bundles src/cli/code-cache.ts compiles with their code cache: a vm.Script has no import()
 * on Node 20 (without --experimental-vm-modules), so their import() of Node's own modules is
 * made a require() (esbuild does so where dynamic import is not "supported").
 */
const compiledByScript = { supported: { "dynamic-import": false } };
/**
 * The library's ES modules. Node compiles every byte of them at import (no code cache for
 * ES modules in Node 20), and decodes a file holding one non-ASCII character into a
 * two-byte string: so without comments or indentation, and ASCII only (esbuild escapes
 * strings; sources write regular expressions with \u escapes). Names are kept for stack traces.
 */
const library = {
  ...common,
  format: "esm",
  platform: "node",
  minifyWhitespace: true,
  minifySyntax: true,
  outdir: "dist",
  plugins: [swapLoaders("node-lazy"), outsideLibrary],
  // read-pack.js falls back to the CommonJS bundles' own require; an ES module never takes
  // that branch, and naming require would make esbuild add a shim evaluated at import.
  define: { require: "undefined" },
};

/**
 * dist/index.js, which package.json gives runtimes with require(esm) (the "module-sync"
 * condition: Node >= 20.19, 22.10), takes createRequire from process.getBuiltinModule
 * (Node >= 20.16) on first use instead of importing node:module, which costs half a
 * millisecond at import. dist/index-compat.js, for older runtimes, imports it.
 */
const builtinOnUse = {
  name: "builtin-on-use",
  setup(plugin) {
    plugin.onResolve({ filter: /^node:module$/ }, (args) =>
      args.importer.endsWith("/read-pack.js") ? { path: "node-module", namespace: "wsaerr" } : undefined,
    );
    plugin.onLoad({ filter: /^node-module$/, namespace: "wsaerr" }, () => ({
      contents: [
        "export function createRequire(url) {",
        "  const module = process.getBuiltinModule?.('node:module');",
        "  if (!module) throw new Error('wsaerr: dist/index.js needs Node >= 20.16; import dist/index-compat.js');",
        "  return module.createRequire(url);",
        "}",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/** One "SYMBOL<TAB>json" line per entry; JSON never contains a raw tab or newline. */
function writePack(name, pick) {
  writeFileSync(
    `dist/${name}`,
    catalogue.entries.map((entry) => `${entry.symbol}\t${JSON.stringify(pick(entry))}\n`).join(""),
  );
}
await Promise.all([
  build({ ...library, entryPoints: { index: "src/index.ts" }, plugins: [...library.plugins, builtinOnUse] }),
  build({ ...library, entryPoints: { "index-compat": "src/index.ts" } }),
  build(
    requiredOnFirstCall("dist/scan.cjs", [
      'export { scan, scanStream } from "./scan/index.ts";',
      'export { scannedCandidates } from "./scan/candidates.ts";',
    ]),
  ),
  build(
    requiredOnFirstCall("dist/extras.cjs", [
      'export { search } from "./search.ts";',
      'export { crosswalkRows, format } from "./format.ts";',
    ]),
  ),
  // scanFile and the script its worker threads run: a copy of the engine and the table of
  // its own (workers have no library to share; findings are plain data).
  build({
    ...cjs,
    entryPoints: ["src/scan/file.ts"],
    outfile: "dist/scan-file.cjs",
    plugins: [swapLoaders("node-lazy")],
    define: { "import.meta.url": "undefined" },
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
    // What the browser core has no room for: resolve()'s call of a reader for what it does
    // not match (the explainer, installed by the Node library alone; src/resolve.ts), the
    // message index's texts in other languages (src/catalogue/index.ts), and getaddrinfo's
    // crosswalk (its expansion in src/catalogue/derive.ts and its row in src/format.ts; the
    // data itself stays out through scripts/browser-lazy/load-entries.js).
    dropLabels: ["OUTSIDE_BROWSER"],
    outdir: "dist/browser",
    chunkNames: "[name]-[hash]",
    plugins: [swapLoaders("browser-lazy")],
  }),
  build({
    ...cjs,
    ...compiledByScript,
    entryPoints: ["src/cli/main.ts"],
    outfile: "dist/cli.cjs",
    plugins: [swapLoaders("node-lazy"), commandsOutside],
    define: { "import.meta.url": "undefined" },
  }),
  build({
    ...cjs,
    entryPoints: ["src/cli/code-cache.ts"],
    outfile: "dist/code-cache.cjs",
  }),
  build({
    ...cjs,
    ...compiledByScript,
    entryPoints: ["src/cli/explain.ts"],
    outfile: "dist/explain.cjs",
    plugins: [swapLoaders("node-lazy")],
    define: { "import.meta.url": "undefined" },
  }),
  // The read-ahead thread's script (src/scan/read-ahead.ts): the block reader and the byte
  // prefilter alone, so that the thread starts without the engine or its tables.
  build({
    ...cjs,
    entryPoints: ["src/scan/read-ahead-worker.ts"],
    outfile: "dist/read-ahead-worker.cjs",
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
// The byte prefilter's memory image, unpacked, for the bundles that scan files
// (scripts/node-lazy/load-prefilter-image.js).
{
  const { bytePrefilterTables } = await tsImport("../src/scan/byte-tables.ts", import.meta.url);
  const { unpackZeroRuns } = await tsImport("../src/scan/byte-prefilter.ts", import.meta.url);
  const { packed, size } = bytePrefilterTables();
  writeFileSync("dist/prefilter-image.bin", unpackZeroRuns(packed, size));
}
// Windows' texts in other UI languages, for the resolver (scripts/node-lazy/load-other-messages.js).
{
  const { loadOtherMessages } = await tsImport("../src/catalogue/load-other-messages.ts", import.meta.url);
  writeFileSync("dist/other-messages.json", `${JSON.stringify(loadOtherMessages())}\n`);
}
writePack("text-en.tsv", (entry) => entry.text.en);
writePack("text-de.tsv", (entry) => entry.text.de);
writePack("sources.tsv", (entry) => entry.sources);
const nonAscii = readFileSync("dist/index.js", "utf8").search(/[^\x00-\x7f]/);
if (nonAscii >= 0)
  console.warn(`dist/index.js is not pure ASCII (offset ${nonAscii}): Node decodes it slower at import`);
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
// Last, once the bundles are final: their code caches, made by this Node in a process of its own.
execFileSync(process.execPath, ["scripts/code-cache.cjs"], { stdio: "inherit" });
