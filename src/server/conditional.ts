// Middleware that costs nothing when it has nothing to do: compression only when
// the client accepts gzip or deflate, CORS only for a preflight (the other answers carry
// Access-Control-Allow-Origin from the start: headers.ts).
// (Hono's own versions read every finished response, which on Node is expensive.)
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { cors } from "hono/cors";
import { SECURITY_HEADERS } from "./headers.ts";

const compressor = compress();
const corsHandler = cors({ origin: "*", allowMethods: ["GET", "HEAD", "POST"], maxAge: 86400 });

export const compressWhenAccepted: MiddlewareHandler = (c, next) =>
  acceptsCompression(c.req.header("Accept-Encoding") ?? "") ? compressor(c, next) : next();

/** gzip or deflate listed without q=0 ("gzip;q=0" refuses it). */
export function acceptsCompression(header: string): boolean {
  return header.split(",").some((part) => {
    const [name = "", ...params] = part.split(";").map((item) => item.trim());
    const q = params.find((param) => param.startsWith("q="));
    return /^(?:gzip|deflate)$/i.test(name) && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * A browser's preflight (OPTIONS with an Origin) answered 204 with what it may send, and the
 * security headers every other answer carries (hono/cors makes the response itself).
 */
export const corsPreflight: MiddlewareHandler = (c, next) =>
  c.req.method === "OPTIONS" && c.req.header("Origin") ? withSecurityHeaders(corsHandler(c, next)) : next();

/** The preflight's answer with the security headers set on it (the other requests pass by untouched). */
async function withSecurityHeaders(answer: Promise<Response | void>): Promise<Response | void> {
  const response = await answer;
  if (response) for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
