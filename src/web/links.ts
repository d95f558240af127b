// Where things are, for the server (one URL per code, language by cookie) and for
// the static site (a folder per code, German under de/). Shared by the rendered
// HTML and the page script so both build the same links.
import type { Lang } from "../catalogue/types.ts";

export type SiteMode = "server" | "static";

export interface Site {
  readonly mode: SiteMode;
  /** The site root as seen from the current page: "/" on the server, "./", "../", "../../" on static pages. */
  readonly root: string;
  readonly lang: Lang;
}

/** The home page in a language. */
export function homeHref(site: Site, lang: Lang = site.lang): string {
  if (site.mode === "server") return lang === site.lang ? "/" : `/?lang=${lang}`;
  return `${site.root}${lang === "de" ? "de/" : ""}`;
}

/** The page of a code. */
export function codeHref(site: Site, value: number): string {
  if (site.mode === "server") return `/${value}`;
  return `${site.root}${site.lang === "de" ? "de/" : ""}${value}/`;
}

/** The same page in another language; `path` is the page below the root ("" or "10054"). */
export function langHref(site: Site, lang: Lang, path: string): string {
  if (site.mode === "server") return `/${path}?lang=${lang}`;
  return `${site.root}${lang === "de" ? "de/" : ""}${path ? `${path}/` : ""}`;
}

export function assetHref(site: Site, name: string): string {
  return `${site.root}assets/${name}`;
}

export function searchIndexHref(site: Site): string {
  return `${site.root}search-index.json`;
}
