// Bundles the page script (src/web/client/) and style sheet with esbuild: minified,
// names with a content hash, the log scanner split into a chunk of its own that the
// script loads on first use. Runs at build time only (esbuild is a devDependency):
// scripts/compile.mjs calls buildWebAssets() and embeds the result with embedWebAssets().
import { build, type Plugin } from "esbuild";
import type { WebAssets } from "./assets.ts";

const here = (path: string) => new URL(path, import.meta.url).pathname;

export async function buildWebAssets(): Promise<WebAssets> {
  const result = await build({
    entryPoints: { app: here("client/app.ts"), style: here("style.css") },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: ["es2022", "chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "none",
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    outdir: "/assets",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [browserLoaders],
  });
  const files: Record<string, string> = Object.create(null);
  let script = "";
  let style = "";
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    files[name] = file.text;
    if (/^app-\w+\.js$/.test(name)) script = name;
    if (/^style-\w+\.css$/.test(name)) style = name;
  }
  if (!script || !style) throw new Error("web assets: esbuild produced no page script or style sheet");
  return { files, script, style };
}

/**
 * For scripts/compile.mjs: replaces src/web/assets.ts in a bundle with the built
 * files, so the server carries its page and needs no esbuild and no file system.
 */
export function embedWebAssets(assets: WebAssets): Plugin {
  return {
    name: "embed-web-assets",
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]src[\\/]web[\\/]assets\.ts$/ }, () => ({
        contents: `const assets = ${JSON.stringify(assets)};\nexport function webAssets() { return Promise.resolve(assets); }\n`,
        loader: "js",
      }));
    },
  };
}

/**
 * The library's data loaders in their browser form (as the browser bundle uses):
 * should the scanner reach prose or citations, they stay out of the page's chunks.
 */
const browserLoaders: Plugin = {
  name: "browser-loaders",
  setup(plugin) {
    plugin.onResolve({ filter: /\/load-(text|sources)\.ts$/ }, (args) => ({
      path: here(`../../scripts/browser-lazy/${args.path.split("/").pop()?.replace(/\.ts$/, ".js")}`),
    }));
  },
};
