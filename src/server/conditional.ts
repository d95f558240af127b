// Middleware that costs nothing when it has nothing to do: compression only when
// the client accepts gzip or deflate, CORS only for requests that carry an Origin.
// (Hono's own versions read every finished response, which on Node is expensive.)
import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { cors } from "hono/cors";

const compressor = compress();
const corsHandler = cors({ origin: "*", allowMethods: ["GET", "HEAD", "POST"], maxAge: 86400 });

export const compressWhenAccepted: MiddlewareHandler = (c, next) =>
  /\b(?:gzip|deflate)\b/i.test(c.req.header("Accept-Encoding") ?? "") ? compressor(c, next) : next();

export const corsWhenCrossOrigin: MiddlewareHandler = (c, next) =>
  c.req.header("Origin") ? corsHandler(c, next) : next();
