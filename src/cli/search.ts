// `wsaerr search <words…>`: ranked hits with their titles.
import { textFor } from "../i18n/text.ts";
import { search } from "../search.ts";
import { type CommandContext, printJson } from "./io.ts";
import { printableShort } from "./printable.ts";

export function runSearch(context: CommandContext): number {
  const query = context.positionals.join(" ");
  const limit = typeof context.options["limit"] === "string" ? Number(context.options["limit"]) : 10;
  const hits = search(query, { limit });
  if (context.json) {
    printJson(context, {
      query,
      hits: hits.map(({ entry, score }) => ({
        symbol: entry.symbol,
        value: entry.value,
        score: Math.round(score * 100) / 100,
        title: textFor(entry, context.lang).title,
      })),
    });
  } else if (hits.length === 0) {
    // (As the lookup says it: shown as it can be, and cut short.)
    context.io.err(`wsaerr: nothing found for "${printableShort(query)}"\n`);
  } else {
    const lines = hits.map(
      ({ entry }) =>
        `${String(entry.value).padStart(5)}  ${entry.symbol.padEnd(28)} ${textFor(entry, context.lang).title}`,
    );
    context.io.out(`${lines.join("\n")}\n`);
  }
  return hits.length > 0 ? 0 : 1;
}
