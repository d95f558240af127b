// The home page: the search box's results (rendered here only for a ?q= without
// JavaScript), "Explain a log", and every code by category for browsing.
import { CATEGORIES, type CatalogueEntry } from "../../catalogue/types.ts";
import { textFor } from "../../i18n/text.ts";
import type { Site } from "../links.ts";
import { WEB_WORDS } from "../words.ts";
import { codeList, type ResultItem } from "./code-list.ts";
import { type Html, html } from "./html.ts";
import { type AssetNames, layout } from "./layout.ts";

export interface IndexPageInput {
  readonly site: Site;
  readonly assets: AssetNames;
  readonly entries: readonly CatalogueEntry[];
  /** A search sent without JavaScript (server only). */
  readonly query?: string;
  readonly results?: readonly ResultItem[];
}

export function indexPage(input: IndexPageInput): string {
  const { site } = input;
  const words = WEB_WORDS[site.lang];
  const main = html`${input.query !== undefined ? serverResults(input) : html`<h1 class="hero">${words.tagline}</h1><p class="lead">${words.searchHelp}</p>`}
<section class="explain" id="explain" aria-labelledby="explain-title">
<h2 id="explain-title">${words.explainTitle}</h2>
<p>${words.explainHelp}</p>
<noscript><p class="muted">${words.explainNeedsScript}</p></noscript>
<form id="explain-form" class="explain-form">
<label for="explain-text">${words.explainLabel}</label>
<textarea id="explain-text" name="text" rows="8" spellcheck="false" autocapitalize="off" placeholder="${words.dropHint}"></textarea>
<div class="explain-actions">
<span class="file"><label>${words.fileLabel} <input id="explain-file" type="file"></label>
<label>${words.encodingLabel} <select id="explain-encoding">${words.encodings.map(([label, name]) => html`<option value="${label}">${name}</option>`)}</select></label></span>
<button type="submit">${words.explainButton}</button>
</div>
</form>
<div id="explain-output" aria-live="polite"></div>
</section>
${browse(input.entries, site, words.browse)}`;
  return layout({
    site,
    assets: input.assets,
    title: `wsaerr — ${words.tagline}`,
    description: `${words.tagline}: ${words.searchHelp}`,
    path: "",
    ...(input.query !== undefined ? { query: input.query } : {}),
    main,
  });
}

function serverResults(input: IndexPageInput): Html {
  const words = WEB_WORDS[input.site.lang];
  const results = input.results ?? [];
  return html`<section class="server-results" aria-labelledby="results-title">
<h1 id="results-title">${results.length > 0 ? words.results(results.length) : words.noResults(input.query ?? "")}</h1>
${codeList(results, input.site)}
</section>`;
}

/** Every code, by category: the way in for browsing, crawlers and no-JavaScript readers. */
function browse(entries: readonly CatalogueEntry[], site: Site, title: string): Html {
  const groups = CATEGORIES.map((category) => ({
    category,
    items: entries.filter((entry) => entry.category === category),
  })).filter((group) => group.items.length > 0);
  return html`<section class="browse" aria-labelledby="browse-title">
<h2 id="browse-title">${title}</h2>
${groups.map(
  (group) =>
    html`<h3>${WEB_WORDS[site.lang].categoryHeadings[group.category]}</h3>${codeList(
      group.items.map((entry) => ({
        symbol: entry.symbol,
        value: entry.value,
        title: textFor(entry, site.lang).title,
      })),
      site,
    )}`,
)}
</section>`;
}
