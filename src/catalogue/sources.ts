// Citations are loaded apart from the table: the CLI card and the resolver never
// need them, the API and --json do.
import { loadSources } from "./load-sources.ts";
import type { CatalogueEntry, EntrySources, TextPack } from "./types.ts";

const cache = new Map<string, EntrySources>();
let all: TextPack | undefined;

/** Every fact's citation for the entry ("value", "posix.linux", "libuv", "message.de", …). */
export function sourcesFor(entry: CatalogueEntry): EntrySources {
  let sources = cache.get(entry.symbol);
  if (sources === undefined) {
    all ??= loadSources();
    const json = Object.hasOwn(all, entry.symbol) ? all[entry.symbol] : undefined;
    sources = json === undefined ? {} : (JSON.parse(json) as EntrySources);
    cache.set(entry.symbol, sources);
  }
  return sources;
}
