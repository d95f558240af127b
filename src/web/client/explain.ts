// Scans pasted or dropped text in the browser (nothing is uploaded) and shows the
// findings: a count per code as a bar chart, then every finding with its line,
// the text that matched, the platform the line is from and a link to the code's page.
import { scan, summarize } from "../../scan/index.ts";
import type { Finding, ScanSummary } from "../../scan/types.ts";
import { codeHref } from "../links.ts";
import type { SearchIndex } from "../search-index.ts";
import { WEB_WORDS } from "../words.ts";
import { el, type PageData } from "./dom.ts";
import { searchIndex } from "./index-data.ts";

/** Findings shown in the table; the chart counts them all. */
const MAX_ROWS = 500;
const MAX_BARS = 15;

export async function explainInto(
  output: HTMLElement,
  text: string,
  file: string | null,
  page: PageData,
  note?: string,
): Promise<void> {
  const findings = scan(text, file ? { file } : {});
  const summary = summarize(findings);
  // Titles come from the search index; without it the symbols alone still say enough.
  const index = await searchIndex(page.index).catch(() => undefined);
  const shown = render(findings, summary, page, index);
  output.replaceChildren(...(note ? [el("p", { class: "muted", role: "status" }, note), ...shown] : shown));
}

function render(findings: readonly Finding[], summary: ScanSummary, page: PageData, index?: SearchIndex): Node[] {
  const words = WEB_WORDS[page.lang];
  if (summary.total === 0) return [el("p", { class: "muted" }, words.noFindings)];
  const titles = new Map(index?.entries.map((entry) => [entry.value, entry.title[page.lang]]) ?? []);
  const link = (code: number, symbol: string) => el("a", { href: codeHref(page, code) }, el("code", {}, symbol));
  const max = Math.max(...summary.codes.map((code) => code.count));
  const chart = el(
    "table",
    { class: "chart" },
    el("caption", {}, words.chartTitle),
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, words.code), el("th", { scope: "col" }, words.count), el("td", {})),
    ),
    el(
      "tbody",
      {},
      ...summary.codes.slice(0, MAX_BARS).map((code) => {
        const fill = el("span", { class: "fill" });
        // CSSOM, not a style attribute: the CSP allows no inline style markup.
        fill.style.width = `${Math.max(2, (100 * code.count) / max)}%`;
        return el(
          "tr",
          {},
          el(
            "th",
            { scope: "row" },
            link(code.code, code.symbol),
            " ",
            el("span", { class: "title" }, titles.get(code.code) ?? ""),
          ),
          el("td", { class: "count" }, code.count),
          el("td", { class: "bar", "aria-hidden": "true" }, fill),
        );
      }),
    ),
  );
  const rows = findings.slice(0, MAX_ROWS).map((finding) =>
    el(
      "tr",
      {},
      el("td", { class: "num" }, finding.file ? `${finding.file}:${finding.line}` : finding.line),
      el("td", {}, link(finding.code, finding.symbol)),
      el("td", {}, el("code", { class: "found" }, finding.text)),
      // (A POSIX finding's code is the Winsock equivalent of what the line says.)
      el("td", { class: `platform ${finding.platform}` }, words.platforms[finding.platform]),
    ),
  );
  const table = el(
    "div",
    { class: "table-scroll" },
    el(
      "table",
      { class: "findings" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, words.line),
          el("th", { scope: "col" }, words.code),
          el("th", { scope: "col" }, words.found),
          el("th", { scope: "col" }, words.platform),
        ),
      ),
      el("tbody", {}, ...rows),
    ),
  );
  const more = findings.length > MAX_ROWS ? el("p", { class: "muted" }, `… +${findings.length - MAX_ROWS}`) : null;
  return [
    el("p", { class: "explain-summary" }, words.findings(summary.total, summary.codes.length)),
    chart,
    table,
    ...(more ? [more] : []),
  ];
}
