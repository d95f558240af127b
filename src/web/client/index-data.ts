// The search index, fetched once on first need (focus on the search box, a log
// to explain) and shared; the first load of a page never carries it.
import type { SearchIndex } from "../search-index.ts";

let loading: Promise<SearchIndex> | undefined;

export function searchIndex(url: string): Promise<SearchIndex> {
  loading ??= fetch(url, { credentials: "same-origin" }).then((response) => {
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    return response.json() as Promise<SearchIndex>;
  });
  // A failed fetch may succeed later (the network came back): forget it.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
