// The web page: home (with search results for ?q= without JavaScript), one page
// per code at /<value>, other spellings redirected there, the page's assets and
// the search index. HTML depends on the language, so it varies on cookie and
// Accept-Language and is revalidated (ETag) rather than reused blindly.
import { type Context, Hono } from "hono";
import { setCookie } from "hono/cookie";
import { BY_VALUE, ENTRIES } from "../catalogue/index.ts";
import type { Lang } from "../catalogue/types.ts";
import { textFor } from "../i18n/text.ts";
import { resolveOrScanned } from "../scan/candidates.ts";
import type { WebAssets } from "../web/assets.ts";
import { buildSearchIndex } from "../web/build-search-index.ts";
import type { Site } from "../web/links.ts";
import { codePage } from "../web/render/code-page.ts";
import { indexPage } from "../web/render/index-page.ts";
import { candidatesPage, noPagePage, notFoundPage } from "../web/render/message-page.ts";
import { isAmbiguous } from "./answers.ts";
import { CATALOGUE_CACHE, IMMUTABLE, Memo, PAGE_CACHE, type Sending, sendCached } from "./cache.ts";
import { findCodes } from "./find.ts";
import { SECURITY_HEADERS } from "./headers.ts";
import { acceptLang, cookieLang, LANG_COOKIE, queryLang } from "./lang.ts";
import { problem } from "./problem.ts";

const HTML_TYPE = "text/html; charset=utf-8";
const VARY = "Accept-Language, Cookie";
const PAGE: Sending = { contentType: HTML_TYPE, cacheControl: PAGE_CACHE, vary: VARY };
const SEARCH_INDEX: Sending = { contentType: "application/json; charset=utf-8", cacheControl: CATALOGUE_CACHE };
const ASSET_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};
/** Readings of an input that always name the same code: redirect for good. */
const PERMANENT = new Set(["decimal", "hex", "hresult", "hresult-decimal", "symbol", "spelling", "win32-name"]);

export function pageRoutes(assets: () => Promise<WebAssets>): Hono {
  const pages = new Hono();
  const memo = new Memo(500);

  pages.get("/", async (c) => {
    const site = siteFor(c);
    const { script, style } = await assets();
    const names = { script, style };
    const query = c.req.query("q");
    if (query !== undefined) {
      const results = findCodes(query, site.lang, 20);
      return c.html(indexPage({ site, assets: names, entries: ENTRIES, query, results }), 200, {
        ...SECURITY_HEADERS,
        "Cache-Control": PAGE_CACHE,
        Vary: VARY,
      });
    }
    const cached = memo.get(`home\u0000${site.lang}\u0000${names.script}`, () =>
      indexPage({ site, assets: names, entries: ENTRIES }),
    );
    return sendCached(c, cached, PAGE);
  });

  pages.get("/search-index.json", (c) => {
    const cached = memo.get("search-index", () => JSON.stringify(buildSearchIndex()));
    return sendCached(c, cached, SEARCH_INDEX);
  });

  pages.get("/robots.txt", (c) =>
    c.text("User-agent: *\nAllow: /\n", 200, { ...SECURITY_HEADERS, "Cache-Control": CATALOGUE_CACHE }),
  );

  // Only names the bundle produced are served: a lookup in that table, never a path,
  // so "../" and encoded variants have nothing to reach.
  pages.get("/assets/:name", async (c) => {
    const { files } = await assets();
    const name = c.req.param("name");
    const type = ASSET_TYPES[name.slice(name.lastIndexOf(".") + 1)];
    if (!Object.hasOwn(files, name) || type === undefined) return problem(c, 404, "No such asset.");
    return c.body(files[name] as string, 200, {
      ...SECURITY_HEADERS,
      "Content-Type": type,
      "Cache-Control": IMMUTABLE,
    });
  });

  // The static site keeps its German pages under de/ (build-site); the server has one URL per
  // code and takes the language from ?lang= (then a cookie). A link in the static site's form,
  // copied or typed, is sent to the same page in that language.
  pages.get("/:lang{de|en}", (c) => toLanguageParameter(c));
  pages.get("/:lang{de|en}/*", (c) => toLanguageParameter(c));

  pages.get("/:input", async (c) => {
    const site = siteFor(c);
    const { script, style } = await assets();
    const names = { script, style };
    const input = c.req.param("input");
    const direct = /^\d{1,10}$/.test(input) ? BY_VALUE.get(Number(input)) : undefined;
    if (direct && String(direct.value) === input) {
      const cached = memo.get(`code\u0000${site.lang}\u0000${input}\u0000${names.script}`, () =>
        codePage(direct, site, names),
      );
      return sendCached(c, cached, PAGE);
    }
    // (What resolve() finds nothing in, the log explainer may, as for the API and the CLI.)
    const candidates = resolveOrScanned(input);
    const best = candidates[0];
    if (best && !isAmbiguous(candidates)) {
      const lang = queryLang(c);
      const target = `/${best.entry.value}${lang ? `?lang=${lang}` : ""}`;
      return c.body(null, PERMANENT.has(best.reason) ? 301 : 302, { ...SECURITY_HEADERS, Location: target });
    }
    if (best) {
      const items = [...new Map(candidates.map((candidate) => [candidate.entry.value, candidate.entry])).values()];
      const list = items.map((entry) => ({
        symbol: entry.symbol,
        value: entry.value,
        title: textFor(entry, site.lang).title,
      }));
      return c.html(candidatesPage(input, list, site, names), 300, {
        ...SECURITY_HEADERS,
        "Cache-Control": PAGE_CACHE,
        Vary: VARY,
      });
    }
    const suggestions = findCodes(input, site.lang, 5);
    return c.html(notFoundPage(input, suggestions, site, names), 404, {
      ...SECURITY_HEADERS,
      "Cache-Control": PAGE_CACHE,
      Vary: VARY,
    });
  });

  // Any other path. A browser gets a page saying so, with the codes the path's last part may
  // mean; other clients the problem document the app answers (app.ts).
  pages.get("*", async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.startsWith("/api/") || !c.req.header("Accept")?.includes("text/html")) return next();
    const site = siteFor(c);
    const { script, style } = await assets();
    const path = readablePath(url.pathname).slice(0, 200);
    const last = path.split("/").filter(Boolean).pop() ?? "";
    return c.html(noPagePage(path, findCodes(last, site.lang, 5), site, { script, style }), 404, {
      ...SECURITY_HEADERS,
      "Cache-Control": PAGE_CACHE,
      Vary: VARY,
    });
  });

  return pages;
}

/** `/de/10054/?q=x` → `/10054?q=x&lang=de` (see the routes). */
function toLanguageParameter(c: Context): Response {
  const url = new URL(c.req.url);
  const lang = c.req.param("lang") as string;
  // (No leading slash left: "/de//evil.example" must not become "//evil.example", another site.)
  const rest = url.pathname
    .slice(lang.length + 2)
    .replace(/^[/\\]+/, "")
    .replace(/\/$/, "");
  const query = new URLSearchParams(url.search);
  query.set("lang", lang);
  return c.body(null, 302, { ...SECURITY_HEADERS, Location: `/${rest}?${query}` });
}

/** A path as typed: percent-escapes decoded where they can be. */
function readablePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The page's language; an explicit ?lang= is remembered in a cookie for later pages. */
function siteFor(c: Context): Site {
  const asked = queryLang(c);
  if (asked) setCookie(c, LANG_COOKIE, asked, { path: "/", maxAge: 31536000, sameSite: "Lax", httpOnly: true });
  const lang: Lang = asked ?? cookieLang(c) ?? acceptLang(c.req.header("Accept-Language")) ?? "en";
  return { mode: "server", root: "/", lang };
}
