// The whole web page as static files, for any static host: a home page and one
// page per code in each language (German under de/), a folder per symbol that
// forwards to its code's page, the assets and the search index. Search and
// "Explain a log" run in the browser, so nothing needs a server.
import { ENTRIES } from "../catalogue/index.ts";
import { LANGS, type Lang } from "../catalogue/types.ts";
import type { WebAssets } from "./assets.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import type { Site } from "./links.ts";
import { codePage } from "./render/code-page.ts";
import { html } from "./render/html.ts";
import { indexPage } from "./render/index-page.ts";

/** Relative path (forward slashes) → file contents. */
export function siteFiles(assets: WebAssets): Map<string, string> {
  const files = new Map<string, string>();
  const names = { script: assets.script, style: assets.style };
  for (const lang of LANGS) {
    const prefix = lang === "de" ? "de/" : "";
    const depth = lang === "de" ? 1 : 0;
    files.set(`${prefix}index.html`, indexPage({ site: site(lang, depth), assets: names, entries: ENTRIES }));
    for (const entry of ENTRIES)
      files.set(`${prefix}${entry.value}/index.html`, codePage(entry, site(lang, depth + 1), names));
  }
  for (const entry of ENTRIES) files.set(`${entry.symbol}/index.html`, forward(`../${entry.value}/`));
  for (const [name, contents] of Object.entries(assets.files)) files.set(`assets/${name}`, contents);
  files.set("search-index.json", JSON.stringify(buildSearchIndex()));
  return files;
}

function site(lang: Lang, depth: number): Site {
  return { mode: "static", lang, root: depth === 0 ? "./" : "../".repeat(depth) };
}

/** A page that sends the reader on (a static host cannot redirect): /WSAECONNRESET/ → /10054/. */
function forward(target: string): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wsaerr</title>
<meta http-equiv="refresh" content="0; url=${target}"><link rel="canonical" href="${target}"></head>
<body><p><a href="${target}">${target}</a></p></body></html>
`.value;
}
