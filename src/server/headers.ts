// Headers every response carries: a Content-Security-Policy that allows our own
// script and style sheet and nothing inline, no MIME sniffing, no referrer, no framing.
//
// Every response helper spreads SECURITY_HEADERS into the headers it makes the
// response with, instead of a middleware changing responses afterwards: touching a
// finished response's headers makes @hono/node-server build a full Response, which
// cost two thirds of the API's throughput. (The one exception: a CORS preflight, which
// hono/cors makes itself; corsPreflight in conditional.ts sets them on it.)
// test/server/api.test.ts checks each kind of response for them.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * On every answer of the API (/api/…, /openapi.json, /healthz) and every problem document:
 * any origin may read them. Sent whether or not the request has an Origin: the answers are
 * cached publicly (Cache-Control: public), so a copy made for a request without one is served
 * cross-origin too. Always the same value, so caches need no Vary: Origin.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = { "Access-Control-Allow-Origin": "*" };

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};
