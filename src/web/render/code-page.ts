// One code's page: the same facts as the CLI card (value, hex, HRESULT, title,
// description, Windows' message, retry advice, causes, fixes, notes, crosswalk),
// server-rendered so it reads the same with curl, without JavaScript and to crawlers.

import { sourcesFor } from "../../catalogue/sources.ts";
import type { CatalogueEntry } from "../../catalogue/types.ts";
import { crosswalkRows } from "../../format.ts";
import { textFor } from "../../i18n/text.ts";
import { UI } from "../../i18n/ui.ts";
import type { Site } from "../links.ts";
import { WEB_WORDS } from "../words.ts";
import { type Html, html } from "./html.ts";
import { type AssetNames, layout } from "./layout.ts";

export function codePage(entry: CatalogueEntry, site: Site, assets: AssetNames): string {
  const text = textFor(entry, site.lang);
  return layout({
    site,
    assets,
    title: `${entry.value} ${entry.symbol}: ${text.title} — wsaerr`,
    description: text.summary || text.title,
    path: String(entry.value),
    main: codeCard(entry, site),
  });
}

/** The card itself, also used by the static site. */
export function codeCard(entry: CatalogueEntry, site: Site): Html {
  const { lang } = site;
  const ui = UI[lang];
  const words = WEB_WORDS[lang];
  const text = textFor(entry, lang);
  const message = entry.messages[lang] ?? entry.messages["en"];
  const messageLang = entry.messages[lang] ? lang : "en";
  const list = (title: string, items: readonly string[], id: string) =>
    items.length === 0
      ? ""
      : html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></section>`;
  const rows = crosswalkRows(entry, lang);
  return html`<article class="card" aria-labelledby="code-title">
<p class="symbol"><code>${entry.symbol}</code>${entry.equals ? html` <span class="equals">${ui.equals} <code>${entry.equals}</code></span>` : ""}</p>
<h1 id="code-title">${text.title}</h1>
<dl class="numbers">
<div><dt>${words.value}</dt><dd><code>${entry.value}</code></dd></div>
<div><dt>${words.hex}</dt><dd><code>${entry.hex}</code></dd></div>
${entry.hresult ? html`<div><dt>${words.hresult}</dt><dd><code>${entry.hresult}</code> <span class="muted">(${entry.hresultSigned})</span></dd></div>` : ""}
</dl>
${text.summary ? html`<p class="summary">${text.summary}</p>` : ""}
${message ? html`<figure class="message"><figcaption>${ui.message}${messageLang === lang ? "" : " (en)"}</figcaption><blockquote lang="${messageLang}">${message}</blockquote></figure>` : ""}
<p class="advice advice-${entry.retry}"><strong>${ui.retry}: ${ui.advice[entry.retry]}</strong>${text.retryReason ? html` — ${text.retryReason}` : ""}</p>
<p class="meta">${ui.category}: ${ui.categories[entry.category]} · ${ui.severity}: ${ui.severities[entry.severity]}</p>
${list(ui.causes, text.causes, "causes")}
${list(ui.fixes, text.fixes, "fixes")}
${list(ui.notes, text.notes, "notes")}
${
  rows.length === 0
    ? ""
    : html`<section aria-labelledby="crosswalk"><h2 id="crosswalk">${ui.crosswalk}</h2>
<div class="table-scroll"><table class="crosswalk"><tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}</tbody></table></div></section>`
}
${sourcesBlock(entry, words.sources)}
${site.mode === "server" ? html`<p class="json-link"><a href="/api/v1/errors/${entry.value}?lang=${lang}" type="application/json">${words.json}</a></p>` : ""}
</article>`;
}

/** Citations; those naming a GitHub repository and commit become links. */
function sourcesBlock(entry: CatalogueEntry, title: string): Html | string {
  const sources = Object.entries(sourcesFor(entry));
  if (sources.length === 0) return "";
  return html`<details class="sources"><summary>${title}</summary><dl>${sources.map(
    ([fact, citation]) => html`<dt>${fact}</dt><dd>${citationHtml(citation)}</dd>`,
  )}</dl></details>`;
}

const GITHUB = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):([^#\s]+)(?:#(L\d+(?:-L\d+)?))?$/;

function citationHtml(citation: string): Html {
  const match = GITHUB.exec(citation);
  if (!match) return html`<code>${citation}</code>`;
  const [, repo, commit, path, lines] = match;
  const href = `https://github.com/${repo}/blob/${commit}/${path}${lines ? `#${lines}` : ""}`;
  return html`<a href="${href}" rel="noopener"><code>${citation}</code></a>`;
}
