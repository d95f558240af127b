// The JSON API under /api/v1. Catalogue answers are cached per input and language
// with an ETag; errors are problem documents (problem.ts).
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Lang } from "../catalogue/types.ts";
import { scan, summarize } from "../scan/index.ts";
import { errorAnswer, isCategory, listAnswer, searchAnswer, suggestionsFor } from "./answers.ts";
import { CATALOGUE_CACHE, type Cached, type Memo, type Sending, sendCached } from "./cache.ts";
import { readExplainBody as readBody } from "./explain-body.ts";
import { CORS_HEADERS, SECURITY_HEADERS } from "./headers.ts";
import { acceptLang, queryLang } from "./lang.ts";
import { problem } from "./problem.ts";

/** Largest body POST /explain reads. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Most findings POST /explain lists (its summary counts them all). */
export const MAX_FINDINGS = 5000;
const JSON_TYPE = "application/json; charset=utf-8";
/** How every catalogue answer of the API is sent. */
export const API_ANSWER: Sending = {
  contentType: JSON_TYPE,
  cacheControl: CATALOGUE_CACHE,
  vary: "Accept-Language",
  cors: true,
};

/** The cached answer for GET /errors/{input}; empty when nothing matches (misses are cached too). */
export function errorCached(memo: Memo, input: string, lang: Lang): Cached {
  return memo.get(`error\u0000${lang}\u0000${input}`, () => {
    const answer = errorAnswer(input, lang);
    return answer ? JSON.stringify(answer) : "";
  });
}

/** The routes; `memo` holds the catalogue answers, shared with the hot path (hot.ts). */
export function apiRoutes(memo: Memo): Hono {
  const api = new Hono();

  api.get("/errors", (c) => {
    const lang = langFor(c);
    if (lang === null) return badLang(c);
    const category = c.req.query("category") || undefined;
    if (category !== undefined && !isCategory(category))
      return problem(c, 400, `Unknown category "${category}".`, { invalidParams: [{ name: "category" }] });
    const cached = memo.get(`list\u0000${lang}\u0000${category ?? ""}`, () =>
      JSON.stringify(listAnswer(lang, category)),
    );
    return sendCached(c, cached, API_ANSWER);
  });

  // (Any characters: [\s\S], not ".", so that an input holding a line break, a pasted
  // multi-line error, reaches the resolver rather than "Nothing at GET".)
  api.get("/errors/:input{[\\s\\S]+}", (c) => {
    const lang = langFor(c);
    if (lang === null) return badLang(c);
    const input = c.req.param("input");
    const cached = errorCached(memo, input, lang);
    if (cached.empty)
      return problem(c, 404, `No socket error matches "${input.slice(0, 200)}".`, {
        type: "urn:wsaerr:unknown-code",
        title: "Unknown code",
        input: input.slice(0, 200),
        suggestions: suggestionsFor(input, lang),
      });
    return sendCached(c, cached, API_ANSWER);
  });

  api.get("/search", (c) => {
    const lang = langFor(c);
    if (lang === null) return badLang(c);
    const query = c.req.query("q") ?? "";
    if (query.trim() === "")
      return problem(c, 400, "Give words to search for: ?q=…", { invalidParams: [{ name: "q" }] });
    // (Hono keeps a malformed escape as typed: the search was for "%E0%A4%A" itself.)
    if (!queryParamDecodes(c.req.url, "q"))
      return problem(c, 400, "q cannot be decoded: a percent-encoding in it is malformed or not UTF-8.", {
        invalidParams: [{ name: "q" }],
      });
    const limitText = c.req.query("limit") ?? "10";
    const limit = Number(limitText);
    if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > 100)
      return problem(c, 400, "limit must be a whole number from 1 to 100.", { invalidParams: [{ name: "limit" }] });
    const cached = memo.get(`search\u0000${lang}\u0000${limit}\u0000${query}`, () =>
      JSON.stringify(searchAnswer(query, lang, limit)),
    );
    return sendCached(c, cached, API_ANSWER);
  });

  api.post(
    "/explain",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problem(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes (1 MiB).`),
    }),
    async (c) => {
      // (The findings carry no prose, but a language asked for must be one there is, as elsewhere.)
      if (queryLang(c) === null) return badLang(c);
      const body = await readExplainBody(c);
      if (body instanceof Response) return body;
      const findings = scan(body.text, body.file ? { file: body.file } : {});
      // A 1 MiB log dense with errors would otherwise answer ten times its size: the summary counts
      // everything, the list stops at MAX_FINDINGS.
      const answer = {
        findings: findings.slice(0, MAX_FINDINGS),
        truncated: findings.length > MAX_FINDINGS,
        summary: summarize(findings),
      };
      return c.body(JSON.stringify(answer), 200, {
        ...SECURITY_HEADERS,
        ...CORS_HEADERS,
        "Content-Type": JSON_TYPE,
        "Cache-Control": "no-store",
      });
    },
  );

  return api;
}

/** The language for an API answer: ?lang=, else Accept-Language, else English; null for an unknown ?lang=. */
function langFor(c: Context): Lang | null {
  const asked = queryLang(c);
  if (asked !== undefined) return asked;
  return acceptLang(c.req.header("Accept-Language")) ?? "en";
}

function badLang(c: Context): Response {
  return problem(c, 400, 'lang must be "en" or "de".', { invalidParams: [{ name: "lang" }] });
}

/** The body's text (and file name), or a problem response when it cannot be read (explain-body.ts). */
async function readExplainBody(c: Context): Promise<{ text: string; file?: string } | Response> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const body = readBody(
    bytes,
    c.req.header("Content-Type") ?? "",
    c.req.header("Content-Encoding") ?? "",
    MAX_BODY_BYTES,
  );
  if (!("status" in body)) return body;
  return problem(c, body.status, body.detail, body.param ? { invalidParams: [{ name: body.param }] } : {});
}

/**
 * Whether the first `name` parameter of a URL's query (the one Hono's c.req.query reads, its
 * name decoded as Hono decodes it) is percent-encoded validly, as UTF-8; true when there is none.
 */
function queryParamDecodes(url: string, name: string): boolean {
  const queryAt = url.indexOf("?");
  if (queryAt === -1) return true;
  const hashAt = url.indexOf("#", queryAt);
  for (const pair of url.slice(queryAt + 1, hashAt === -1 ? undefined : hashAt).split("&")) {
    const equals = pair.indexOf("=");
    if (decodedOrNull(equals === -1 ? pair : pair.slice(0, equals)) !== name) continue;
    return equals === -1 || decodedOrNull(pair.slice(equals + 1)) !== null;
  }
  return true;
}

/** A query component decoded (`+` is a space), or null when its percent-encoding is malformed. */
function decodedOrNull(component: string): string | null {
  try {
    return decodeURIComponent(component.replaceAll("+", " "));
  } catch {
    return null;
  }
}
