// Pages for input that names no single code: nothing found (with suggestions),
// or several codes (the candidates). Both link to code pages.
import { homeHref, type Site } from "../links.ts";
import { WEB_WORDS } from "../words.ts";
import { codeList, type ResultItem } from "./code-list.ts";
import { type Html, html } from "./html.ts";
import { type AssetNames, layout } from "./layout.ts";

export function notFoundPage(
  input: string,
  suggestions: readonly ResultItem[],
  site: Site,
  assets: AssetNames,
): string {
  return missingPage(WEB_WORDS[site.lang].notFound(input), suggestions, site, assets);
}

/** A path with no page (the server's answer to a browser), and the codes its last part may mean. */
export function noPagePage(path: string, suggestions: readonly ResultItem[], site: Site, assets: AssetNames): string {
  return missingPage(WEB_WORDS[site.lang].noPage(path), suggestions, site, assets);
}

/** "Not found", why, the codes that come close, and the way home. */
function missingPage(sentence: string, suggestions: readonly ResultItem[], site: Site, assets: AssetNames): string {
  const words = WEB_WORDS[site.lang];
  const list = suggestions.length > 0 ? codeList(suggestions, site) : "";
  return messagePage(
    site,
    assets,
    words.notFoundTitle,
    sentence,
    html`${list}
<p><a href="${homeHref(site)}">${words.home}</a></p>`,
  );
}

export function candidatesPage(
  input: string,
  candidates: readonly ResultItem[],
  site: Site,
  assets: AssetNames,
): string {
  const words = WEB_WORDS[site.lang];
  return messagePage(site, assets, words.ambiguousTitle, words.ambiguous(input), codeList(candidates, site));
}

/** The frame both pages share: a heading, one sentence, then the page's own list. */
function messagePage(site: Site, assets: AssetNames, title: string, sentence: string, body: Html): string {
  return layout({
    site,
    assets,
    title: `${title} — wsaerr`,
    description: sentence,
    path: "",
    main: html`<section class="message-page"><h1>${title}</h1><p>${sentence}</p>
${body}</section>`,
  });
}
