// createApp(): the whole service as one Hono app, whose `fetch` is a standard
// fetch handler for Node (node.ts), Deno, Bun and workers alike. No Node API here:
// data and page assets are embedded; only node.ts opens a socket.
import { Hono, type MiddlewareHandler } from "hono";
import packageJson from "../../package.json" with { type: "json" };
import { ENTRIES } from "../catalogue/index.ts";
import { type WebAssets, webAssets } from "../web/assets.ts";
import { apiRoutes } from "./api.ts";
import { CATALOGUE_CACHE, Memo, type Sending, sendCached } from "./cache.ts";
import { compressWhenAccepted, corsPreflight } from "./conditional.ts";
import { CORS_HEADERS, SECURITY_HEADERS } from "./headers.ts";
import { hotAnswer } from "./hot.ts";
import { openApiDocument } from "./openapi.ts";
import { pageRoutes } from "./pages.ts";
import { problem } from "./problem.ts";

export interface AppOptions {
  /** The page's script and style sheet; by default the embedded (or, in development, freshly built) ones. */
  readonly assets?: () => Promise<WebAssets>;
}

/** Paths that exist, with the methods they answer: a wrong method gets 405, not 404. */
const ALLOWED: readonly [RegExp, string][] = [
  [/^\/api\/v1\/explain\/?$/, "POST"],
  [/^\/(?:api\/v1\/(?:errors(?:\/.*)?|search)|healthz|openapi\.json)\/?$/, "GET, HEAD"],
  // The pages: /, /assets/<file>, /<anything>.
  [/^\/(?:assets\/[^/]+|[^/]*)\/?$/, "GET, HEAD"],
];
const OPENAPI: Sending = { contentType: "application/json; charset=utf-8", cacheControl: CATALOGUE_CACHE, cors: true };

/**
 * 400 for a code's path whose percent-encoding does not decode (`%E0%A4%A`, `%FF`, `100%`): Hono
 * keeps such escapes as they are, and the route looked them up as the input ("Unknown code").
 * Only where the path is an input (GET or HEAD /api/v1/errors/…): another method is 405, another
 * path 404, as without the escape. A path with no `%` costs one search. (A search's `q` is
 * checked where it is read: api.ts.)
 */
const pathMustDecode: MiddlewareHandler = (c, next) => {
  if (!c.req.url.includes("%") || (c.req.method !== "GET" && c.req.method !== "HEAD")) return next();
  try {
    decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return Promise.resolve(
      problem(c, 400, "The path cannot be decoded: a percent-encoding in it is malformed or not UTF-8."),
    );
  }
  return next();
};

export function createApp(options: AppOptions = {}): Hono {
  const app = new Hono({ strict: false });
  const memo = new Memo(4);
  /** The API's catalogue answers, shared by its routes and the hot path. */
  const apiMemo = new Memo();

  app.use(compressWhenAccepted);
  // (The answers themselves carry Access-Control-Allow-Origin: headers.ts.)
  app.use("/api/*", corsPreflight);
  app.use("/openapi.json", corsPreflight);
  app.use("/healthz", corsPreflight);
  app.use("/api/v1/errors/*", pathMustDecode);

  app.get("/healthz", (c) =>
    c.json({ status: "ok", version: packageJson.version, entries: ENTRIES.length }, 200, {
      ...SECURITY_HEADERS,
      ...CORS_HEADERS,
      "Cache-Control": "no-store",
    }),
  );
  app.get("/openapi.json", (c) =>
    sendCached(
      c,
      memo.get("openapi", () => JSON.stringify(openApiDocument(packageJson.version))),
      OPENAPI,
    ),
  );
  app.route("/api/v1", apiRoutes(apiMemo));
  app.route("/", pageRoutes(options.assets ?? webAssets));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = ALLOWED.find(([pattern]) => pattern.test(path))?.[1];
    if (allowed && !allowed.includes(c.req.method)) {
      return problem(c, 405, `${c.req.method} is not allowed here; use ${allowed}.`, {}, { Allow: allowed });
    }
    return problem(c, 404, `Nothing at ${c.req.method} ${path.slice(0, 200)}.`);
  });
  app.onError((error, c) => {
    // A client that went away while its body was read (Node's "aborted") is no bug: nothing to
    // log, and no one to answer.
    if (c.req.raw.signal.aborted || (error as { code?: string }).code === "ECONNRESET")
      return problem(c, 400, "The request's body ended early: the client went away.");
    // The detail stays generic: internals are for the log, not the client.
    console.error(error);
    return problem(c, 500, "The server failed to answer; this is a bug.");
  });

  // The most asked route skips routing and middleware when it has no use for them
  // (hot.ts); everything else, and app.request() in tests, goes through this same fetch.
  const route = app.fetch;
  app.fetch = (request, env, executionCtx) => {
    let hot: Response | undefined;
    try {
      hot = hotAnswer(request, apiMemo);
    } catch {
      // The app answers again, through its error handler (a problem document).
    }
    return hot ?? route(request, env, executionCtx);
  };
  return app;
}
