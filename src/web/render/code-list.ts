// A list of codes linking to their pages: search results, suggestions, candidates, browsing.
import { codeHref, type Site } from "../links.ts";
import { type Html, html } from "./html.ts";

export interface ResultItem {
  readonly symbol: string;
  readonly value: number;
  readonly title: string;
}

export function codeList(items: readonly ResultItem[], site: Site): Html {
  return html`<ul class="codes">${items.map(
    (item) =>
      html`<li><a href="${codeHref(site, item.value)}"><span class="num">${item.value}</span> <code>${item.symbol}</code> <span class="title">${item.title}</span></a></li>`,
  )}</ul>`;
}
