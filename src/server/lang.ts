// Which language to answer in: ?lang= first, then (pages only) the remembered
// choice in a cookie, then Accept-Language, then English.
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { Lang } from "../catalogue/types.ts";
import { isLang } from "../i18n/locale.ts";

export const LANG_COOKIE = "wsaerr-lang";

/** The language asked for with ?lang=; undefined when absent; null when it names no language we have. */
export function queryLang(c: Context): Lang | undefined | null {
  const value = c.req.query("lang");
  if (value === undefined || value === "") return undefined;
  return isLang(value) ? value : null;
}

export function cookieLang(c: Context): Lang | undefined {
  const value = getCookie(c, LANG_COOKIE);
  return isLang(value) ? value : undefined;
}

/** Accept-Language values seen, with their answer: browsers send the same few again and again. */
const acceptLangSeen = new Map<string, Lang | undefined>();

/** The first of en/de in Accept-Language by weight ("de-AT;q=0.9, en;q=0.8" → de). */
export function acceptLang(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  if (acceptLangSeen.has(header)) return acceptLangSeen.get(header);
  const lang = rankAcceptLang(header);
  if (header.length > 200) return lang;
  // Bounded in count and length: arbitrary headers cannot grow it without limit.
  if (acceptLangSeen.size >= 500) acceptLangSeen.clear();
  acceptLangSeen.set(header, lang);
  return lang;
}

function rankAcceptLang(header: string): Lang | undefined {
  const ranked = header
    .slice(0, 1024)
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      // The primary subtag: "de-AT" is German, "dex" is not.
      return { lang: (tag.trim().split("-")[0] ?? "").toLowerCase(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((item) => item.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((item) => item.lang).find(isLang);
}
