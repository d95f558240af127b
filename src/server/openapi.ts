// The OpenAPI 3.1 description of every route and answer. test/server/openapi.test.ts
// validates it against the OpenAPI 3.1 schema and checks real responses against it.
import { CATEGORIES, RETRY_ADVICE, SEVERITIES } from "../catalogue/types.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const str = { type: "string" };
const int = { type: "integer" };
const strings = { type: "array", items: str };
const object = (properties: Record<string, object>, required = Object.keys(properties), extra = false) => ({
  type: "object",
  properties,
  required,
  additionalProperties: extra,
});

const json = (schema: object, description: string) => ({
  description,
  headers: {
    ETag: { $ref: "#/components/headers/ETag" },
    "Cache-Control": { $ref: "#/components/headers/CacheControl" },
  },
  content: { "application/json": { schema } },
});
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const langParam = { $ref: "#/components/parameters/lang" };
const acceptLanguage = { $ref: "#/components/parameters/acceptLanguage" };
const notModified = { description: "Not modified: the If-None-Match tag still matches." };

const SCHEMAS = {
  Lang: { type: "string", enum: ["en", "de"] },
  Platform: { type: "string", enum: ["windows", "posix", "unknown"] },
  EntryText: object({
    title: str,
    goPitfall: str,
    summary: str,
    causes: strings,
    fixes: strings,
    notes: strings,
    retryReason: str,
  }),
  Crosswalk: object({
    posix: nullable(
      object({ name: str, linux: nullable(int), macos: nullable(int), freebsd: nullable(int), msvc: nullable(int) }),
    ),
    getaddrinfo: nullable(object({ name: str, linux: nullable(int), macos: nullable(int), freebsd: nullable(int) })),
    libuv: nullable(
      object({
        uv: str,
        nodeCode: str,
        errnoWindows: nullable(int),
        nodeCodePosix: nullable(str),
        nodeCodeMacos: nullable(str),
        errnoLinux: nullable(int),
        errnoMacos: nullable(int),
        lost: nullable({ type: "string", enum: ["unknown", "folded"] }),
        foldedWith: strings,
        version: str,
      }),
    ),
    dotnet: nullable(str),
    rust: nullable(str),
    python: nullable(object({ errno: nullable(str), exception: str, also: strings })),
    java: nullable(object({ exception: str, message: nullable(str), also: strings })),
    go: nullable(object({ syscall: nullable(str), xsys: nullable(str) })),
    win32: nullable(
      object({ name: str, value: int, notOnlySockets: { type: "boolean", enum: [true] } }, ["name", "value"]),
    ),
  }),
  Entry: {
    description: "A catalogue entry with its prose in `lang` and the citation of every fact.",
    ...object({
      value: int,
      symbol: str,
      spellings: strings,
      kind: { type: "string", enum: ["winsock", "win32-alias", "wait"] },
      equals: nullable(str),
      hex: str,
      hresult: nullable(str),
      hresultSigned: nullable(int),
      inSeed: { type: "boolean" },
      wsaGetLastError: { type: "boolean" },
      category: { type: "string", enum: [...CATEGORIES] },
      severity: { type: "string", enum: [...SEVERITIES] },
      retry: { type: "string", enum: [...RETRY_ADVICE] },
      crosswalk: ref("Crosswalk"),
      messages: { type: "object", additionalProperties: str },
      lang: ref("Lang"),
      text: ref("EntryText"),
      sources: { type: "object", additionalProperties: str },
    }),
  },
  Candidate: object({
    symbol: str,
    value: int,
    reason: {
      type: "string",
      description: "decimal, hex, hresult, symbol, posix-name, node-errno win32, message de, …",
    },
    reasons: strings,
    score: { type: "integer", minimum: 0, maximum: 100 },
    platform: ref("Platform"),
    match: str,
  }),
  ErrorAnswer: object({
    input: str,
    lang: ref("Lang"),
    ambiguous: { type: "boolean", description: "More than one entry fits about as well as the best." },
    entry: ref("Entry"),
    candidates: { type: "array", items: ref("Candidate"), minItems: 1 },
  }),
  ErrorList: object({ lang: ref("Lang"), count: int, entries: { type: "array", items: ref("Entry") } }),
  SearchHit: object({
    symbol: str,
    value: int,
    title: str,
    score: { type: "number" },
    reason: { type: "string", description: 'The resolver\'s reason, or "text" for a full-text hit.' },
  }),
  SearchAnswer: object({ query: str, lang: ref("Lang"), hits: { type: "array", items: ref("SearchHit") } }),
  ExplainRequest: object({ text: str, file: str }, ["text"]),
  Finding: object({
    file: nullable(str),
    line: { type: "integer", minimum: 1 },
    column: { type: "integer", minimum: 1 },
    text: str,
    code: int,
    symbol: str,
    platform: ref("Platform"),
    evidence: { type: "string", enum: ["decimal", "hex", "hresult", "symbol", "runtime-code", "message"] },
    lang: nullable(str),
    dialect: str,
  }),
  CodeSummary: object(
    {
      code: int,
      symbol: str,
      count: { type: "integer", minimum: 1 },
      firstLine: int,
      lastLine: int,
      platforms: { type: "array", items: ref("Platform") },
      firstFile: { ...str, description: "The first finding's file, where findings name theirs." },
      lastFile: { ...str, description: "The last finding's file, where findings name theirs." },
    },
    ["code", "symbol", "count", "firstLine", "lastLine", "platforms"],
  ),
  ScanSummary: object({ total: int, codes: { type: "array", items: ref("CodeSummary") } }),
  ExplainAnswer: object({
    findings: {
      type: "array",
      items: ref("Finding"),
      description: "The first findings, at most `limit` of them (see truncated); the summary counts all.",
    },
    truncated: { type: "boolean", description: "True when there were more findings than were returned." },
    summary: ref("ScanSummary"),
  }),
  Problem: {
    description: "RFC 9457 problem details; extension members vary by problem.",
    ...object(
      {
        type: str,
        title: str,
        status: int,
        detail: str,
        instance: str,
        input: str,
        suggestions: { type: "array", items: object({ symbol: str, value: int, title: str }) },
        invalidParams: { type: "array", items: object({ name: str }) },
      },
      ["type", "title", "status"],
      true,
    ),
  },
  Health: object({ status: { const: "ok" }, version: str, entries: int }),
};

export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "wsaerr",
      version,
      summary: "Windows Sockets errors explained: catalogue, resolver, search and log explainer.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/errors": {
        get: {
          operationId: "listErrors",
          summary: "Every catalogue entry, optionally of one category.",
          parameters: [
            { name: "category", in: "query", schema: { type: "string", enum: [...CATEGORIES] } },
            langParam,
            acceptLanguage,
          ],
          responses: {
            200: json(ref("ErrorList"), "The entries, in value order."),
            304: notModified,
            400: problem("Unknown category or language."),
          },
        },
      },
      "/api/v1/errors/{input}": {
        get: {
          operationId: "getError",
          summary: "Any notation: 10054, WSAECONNRESET, 0x2746, 0x80072746, econnreset, -4077, a message…",
          parameters: [{ name: "input", in: "path", required: true, schema: str }, langParam, acceptLanguage],
          responses: {
            200: json(ref("ErrorAnswer"), "The best entry and every candidate, best first."),
            304: notModified,
            400: problem("Unknown language, or a path whose percent-encoding does not decode (as UTF-8)."),
            404: problem("Nothing matches; `suggestions` lists near misses."),
            431: problem("The path (with the input) or the headers are longer than 16 KiB."),
          },
        },
      },
      "/api/v1/search": {
        get: {
          operationId: "search",
          summary: "Resolver readings of the whole query, then full-text hits in both languages.",
          parameters: [
            { name: "q", in: "query", required: true, schema: str },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 10 } },
            langParam,
            acceptLanguage,
          ],
          responses: {
            200: json(ref("SearchAnswer"), "Hits, best first."),
            304: notModified,
            400: problem(
              "Missing q, a q whose percent-encoding does not decode (as UTF-8), bad limit or unknown language.",
            ),
          },
        },
      },
      "/api/v1/explain": {
        post: {
          operationId: "explain",
          summary: "Every socket error in a log: findings and a count per code.",
          // (Any charset TextDecoder knows, named in Content-Type or told by a byte order mark;
          // Content-Encoding gzip or deflate, or a .gz file as the body, whatever its type: a compressed log.)
          requestBody: {
            required: true,
            content: {
              "text/plain": { schema: str },
              "application/json": { schema: ref("ExplainRequest") },
              "application/x-www-form-urlencoded": { schema: ref("ExplainRequest") },
              "application/gzip": { schema: { type: "string", format: "binary" } },
            },
          },
          responses: {
            200: {
              description: "Findings in input order.",
              content: { "application/json": { schema: ref("ExplainAnswer") } },
            },
            400: problem(
              "Malformed JSON, no text in it or its form, a bad ?lang=, or gzip data (said or told by its first bytes) that does not decompress.",
            ),
            413: problem("The body is larger than 1 MiB, or than that once decompressed."),
            415: problem(
              "A multipart body (multipart/form-data), a Content-Encoding other than gzip or deflate, or a charset no decoder knows.",
            ),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "openApi",
          summary: "This document.",
          responses: {
            200: { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Liveness.",
          responses: { 200: { description: "Alive.", content: { "application/json": { schema: ref("Health") } } } },
        },
      },
    },
    components: {
      schemas: SCHEMAS,
      parameters: {
        lang: {
          name: "lang",
          in: "query",
          description: "Language of the prose; default from Accept-Language.",
          schema: ref("Lang"),
        },
        acceptLanguage: { name: "Accept-Language", in: "header", schema: str },
      },
      headers: {
        ETag: { description: "Weak validator; send it back as If-None-Match.", schema: str },
        CacheControl: { description: "public, max-age=3600 for catalogue answers.", schema: str },
      },
    },
  };
}
