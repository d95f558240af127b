// Citations are loaded apart from the table: the CLI card and the resolver never
// need them, the API and --json do.
import { loadSources } from "./load-sources.ts";
import type { CatalogueEntry, EntrySources, TextPack } from "./types.ts";

const cache = new Map<string, EntrySources>();
let all: TextPack | undefined;

/** Every fact's citation for the entry ("value", "posix.linux", "libuv", "message.de", …); {} for no entry. */
export function sourcesFor(entry: CatalogueEntry): EntrySources {
  // (Total, as every function here: lookup()'s undefined for "not found" passed on gives {}.)
  let symbol: unknown;
  try {
    symbol = (entry as Partial<CatalogueEntry> | null | undefined)?.symbol;
  } catch {
    // (A Proxy or a getter that throws names nothing.)
  }
  if (typeof symbol !== "string") return {};
  let sources = cache.get(symbol);
  if (sources === undefined) {
    all ??= loadSources();
    const json = Object.hasOwn(all, symbol) ? all[symbol] : undefined;
    sources = json === undefined ? {} : (JSON.parse(json) as EntrySources);
    if (json !== undefined) cache.set(symbol, sources);
  }
  return sources;
}
