// ETag and Cache-Control for responses that follow from the catalogue alone, with
// 304 for a matching If-None-Match. Bodies and tags are kept per key, so a repeated
// request costs a map lookup, not a serialisation and a hash.
import type { Context } from "hono";
import { SECURITY_HEADERS } from "./headers.ts";

export interface Cached {
  readonly body: string;
  readonly etag: string;
}

/** Catalogue answers change only with a new release; an hour keeps clients fresh enough. */
export const CATALOGUE_CACHE = "public, max-age=3600";
/** HTML pages depend on the language cookie: reuse only after asking. */
export const PAGE_CACHE = "no-cache";
/** Asset names carry a content hash. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** A bounded memo: cleared when full, so arbitrary inputs cannot grow it without limit. */
export class Memo {
  private readonly map = new Map<string, Cached>();
  constructor(private readonly max = 2000) {}
  get(key: string, make: () => string): Cached {
    let hit = this.map.get(key);
    if (hit === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      const body = make();
      hit = { body, etag: etagOf(body) };
      this.map.set(key, hit);
    }
    return hit;
  }
}

/** A weak tag (compression changes the bytes, not the meaning): a 53-bit hash of the body. */
export function etagOf(body: string): string {
  // cyrb53 (public domain): fast and well spread, plenty for cache validation.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `W/"${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}"`;
}

/** True when If-None-Match names the tag (weak comparison, as RFC 9110 asks for GET). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === bare;
  });
}

/** The cached body with its validators, or 304 when the client has it. */
export function sendCached(
  c: Context,
  cached: Cached,
  contentType: string,
  cacheControl: string,
  vary?: string,
): Response {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, ETag: cached.etag, "Cache-Control": cacheControl };
  if (vary) headers["Vary"] = vary;
  if (matches(c.req.header("If-None-Match"), cached.etag)) return c.body(null, 304, headers);
  headers["Content-Type"] = contentType;
  return c.body(cached.body, 200, headers);
}
