// Pages for input that names no single code: nothing found (with suggestions),
// or several codes (the candidates). Both link to code pages.
import { homeHref, type Site } from "../links.ts";
import { WEB_WORDS } from "../words.ts";
import { codeList, type ResultItem } from "./code-list.ts";
import { html } from "./html.ts";
import { type AssetNames, layout } from "./layout.ts";

export function notFoundPage(
  input: string,
  suggestions: readonly ResultItem[],
  site: Site,
  assets: AssetNames,
): string {
  const words = WEB_WORDS[site.lang];
  return layout({
    site,
    assets,
    title: `${words.notFoundTitle} — wsaerr`,
    description: words.notFound(input),
    path: "",
    main: html`<section class="message-page"><h1>${words.notFoundTitle}</h1><p>${words.notFound(input)}</p>
${suggestions.length > 0 ? codeList(suggestions, site) : ""}
<p><a href="${homeHref(site)}">${words.home}</a></p></section>`,
  });
}

export function candidatesPage(
  input: string,
  candidates: readonly ResultItem[],
  site: Site,
  assets: AssetNames,
): string {
  const words = WEB_WORDS[site.lang];
  return layout({
    site,
    assets,
    title: `${words.ambiguousTitle} — wsaerr`,
    description: words.ambiguous(input),
    path: "",
    main: html`<section class="message-page"><h1>${words.ambiguousTitle}</h1><p>${words.ambiguous(input)}</p>
${codeList(candidates, site)}</section>`,
  });
}
