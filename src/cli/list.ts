// `wsaerr list [--category c]`: one line per code.
import { ENTRIES } from "../catalogue/index.ts";
import { textFor } from "../i18n/text.ts";
import { type CommandContext, printJson } from "./io.ts";
import { entryJson } from "./json-shapes.ts";

export function runList(context: CommandContext): number {
  const category = context.options["category"];
  const entries = ENTRIES.filter((entry) => category === undefined || entry.category === category);
  if (context.json) {
    printJson(context, { entries: entries.map((entry) => entryJson(entry, context.lang)) });
  } else {
    const lines = entries.map(
      (entry) => `${String(entry.value).padStart(5)}  ${entry.symbol.padEnd(28)} ${textFor(entry, context.lang).title}`,
    );
    context.io.out(`${lines.join("\n")}\n`);
  }
  return entries.length > 0 ? 0 : 1;
}
