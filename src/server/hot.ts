// The hot route, GET /api/v1/errors/{input}, answered before Hono routes the request:
// one memo lookup and one Response whose headers (and gzip bytes, for clients that
// ask) were made once with the cached answer (cache.ts). Returned synchronously, so
// @hono/node-server writes it without an await. Whatever is not the plain case goes on
// to the full app, which answers as it would have anyway: HEAD and other methods
// (a CORS preflight), compression other than gzip or before the gzip bytes are ready,
// percent-encoding or '+' in the path or query, an unknown ?lang=, and inputs nothing
// matches (the 404 problem with suggestions).
// Standard Request and Response only: this runs on every runtime createApp() does.
import type { Lang } from "../catalogue/types.ts";
import { isLang } from "../i18n/locale.ts";
import { API_ANSWER, errorCached } from "./api.ts";
import { cachedResponse, type Memo } from "./cache.ts";
import { acceptsCompression } from "./conditional.ts";
import { acceptLang } from "./lang.ts";

const PREFIX = "/api/v1/errors/";
/** Inputs taken as they stand: the route's decoding (of %xx) would change nothing. */
const PLAIN_INPUT = /^[\w.-]{1,200}$/;
/** gzip listed without parameters: q=1, so hono/compress picks gzip whatever else is listed. */
const GZIP = /(?:^|,)\s*gzip\s*(?:,|$)/i;

/** The answer to a plain GET /api/v1/errors/{input}, or undefined to let the app answer. */
export function hotAnswer(request: Request, memo: Memo): Response | undefined {
  if (request.method !== "GET") return undefined;
  const url = request.url;
  // Where the path starts, found as Hono's getPath finds it.
  const start = url.indexOf("/", url.indexOf(":") + 4);
  if (start === -1 || !url.startsWith(PREFIX, start)) return undefined;
  const queryAt = url.indexOf("?", start);
  const input = url.slice(start + PREFIX.length, queryAt === -1 ? undefined : queryAt);
  if (!PLAIN_INPUT.test(input)) return undefined;
  const headers = request.headers;
  const encoding = headers.get("accept-encoding");
  const compress = encoding !== null && acceptsCompression(encoding);
  if (compress && !GZIP.test(encoding)) return undefined;
  const asked = queryAt === -1 ? undefined : langParameter(url.slice(queryAt + 1));
  if (asked === null) return undefined;
  const lang = asked ?? acceptLang(headers.get("accept-language") ?? undefined) ?? "en";
  const cached = errorCached(memo, input, lang);
  if (cached.empty) return undefined;
  return cachedResponse(cached, API_ANSWER, headers.get("if-none-match"), compress);
}

/**
 * ?lang= read as Hono's c.req.query("lang") reads it (the first one; no value is no
 * choice): a language, undefined when not chosen, null when the app must decide (an
 * unknown language, which is a 400, or a query with anything encoded).
 */
export function langParameter(query: string): Lang | undefined | null {
  if (/[%+#]/.test(query)) return null;
  for (const part of query.split("&")) {
    const equals = part.indexOf("=");
    if ((equals === -1 ? part : part.slice(0, equals)) !== "lang") continue;
    const value = equals === -1 ? "" : part.slice(equals + 1);
    if (value === "") return undefined;
    return isLang(value) ? value : null;
  }
  return undefined;
}
