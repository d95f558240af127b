// Browser stand-in for src/catalogue/load-other-messages.ts: Windows' texts in UI languages
// other than English and German stay out of the core (its 15 KB budget); the page's server
// and the Node library resolve them.
export function loadOtherMessages() {
  return [];
}
