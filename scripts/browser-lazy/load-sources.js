// Browser stand-in for src/catalogue/load-sources.ts: citations stay out of the
// bundle (sourcesFor answers {}); they ship in wsaerr/catalogue.json.
export function loadSources() {
  return Object.create(null);
}
