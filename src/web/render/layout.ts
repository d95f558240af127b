// The page shell every HTML page shares: head, header with search and language
// switch, footer. No inline script or style anywhere, so the CSP can forbid both.
import type { Lang } from "../../catalogue/types.ts";
import { assetHref, homeHref, langHref, type Site, searchIndexHref } from "../links.ts";
import { WEB_WORDS } from "../words.ts";
import { type Html, html } from "./html.ts";

/** File names (under assets/) of the page's script and style sheet. */
export interface AssetNames {
  readonly script: string;
  readonly style: string;
}

export interface PageShell {
  readonly site: Site;
  readonly assets: AssetNames;
  readonly title: string;
  readonly description: string;
  /** This page below the root, without slashes ("" for home, "10054"); for the language switch. */
  readonly path: string;
  /** The search box's initial value (server-side search without JavaScript). */
  readonly query?: string;
  readonly main: Html;
}

/** A static host sends no headers of ours: the same policy as the server's, less what a meta tag cannot set. */
const STATIC_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'";

export function layout(page: PageShell): string {
  const { site } = page;
  const words = WEB_WORDS[site.lang];
  const other: Lang = site.lang === "en" ? "de" : "en";
  const doc = html`<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${
  site.mode === "static"
    ? html`<meta http-equiv="Content-Security-Policy" content="${STATIC_CSP}">
`
    : ""
}<title>${page.title}</title>
<meta name="description" content="${page.description}">
<link rel="alternate" hreflang="${other}" href="${langHref(site, other, page.path)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetHref(site, page.assets.style)}">
<script type="module" src="${assetHref(site, page.assets.script)}"></script>
</head>
<body data-mode="${site.mode}" data-root="${site.root}" data-lang="${site.lang}" data-index="${searchIndexHref(site)}">
<a class="skip" href="#main">${words.skip}</a>
<header class="top">
<a class="brand" href="${homeHref(site)}"><span class="logo" aria-hidden="true">⚡</span>wsaerr</a>
<form class="search" role="search" action="${homeHref(site)}" method="get" autocomplete="off">
<label for="q" class="visually-hidden">${words.searchLabel}</label>
<input id="q" name="q" type="search" value="${page.query ?? ""}" placeholder="${words.searchPlaceholder}" aria-describedby="q-help" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="q-results" spellcheck="false" enterkeyhint="search">
<button type="submit">${words.searchButton}</button>
<p id="q-help" class="visually-hidden">${words.searchHelp}</p>
<ul id="q-results" role="listbox" aria-label="${words.searchLabel}" hidden></ul>
<p id="q-status" class="visually-hidden" role="status" aria-live="polite"></p>
</form>
<nav class="langs" aria-label="Language / Sprache"><a href="${langHref(site, other, page.path)}" hreflang="${other}" lang="${other}" data-lang-switch="${other}">${WEB_WORDS[other].langName}</a></nav>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="bottom">
<p>${words.footer} ${site.mode === "server" ? html`<a href="/openapi.json">${words.api}</a>` : ""}</p>
</footer>
</body>
</html>
`;
  return doc.value;
}
