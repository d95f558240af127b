// The language choice, remembered. On the server the ?lang= link sets a cookie, so
// nothing is needed here; a static site has one folder per language, so the page
// script stores the choice and, on a later visit, opens the chosen language's page.
import type { PageData } from "./dom.ts";

const KEY = "wsaerr-lang";

export function setUpLanguage(page: PageData): void {
  const link = document.querySelector<HTMLAnchorElement>("[data-lang-switch]");
  if (!link) return;
  link.addEventListener("click", () => remember(link.dataset["langSwitch"] ?? page.lang));
  if (page.mode !== "static") return;
  const chosen = stored() ?? (navigator.languages?.[0]?.toLowerCase().startsWith("de") ? "de" : undefined);
  if (chosen && chosen !== page.lang && link.dataset["langSwitch"] === chosen) location.replace(link.href);
}

function remember(lang: string): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

function stored(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
