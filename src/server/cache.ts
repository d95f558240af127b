// ETag and Cache-Control for responses that follow from the catalogue alone, with
// 304 for a matching If-None-Match. Each cached answer keeps its body as bytes, its
// tag and, once sent, the full header sets for 200 and 304: a repeated request costs
// a map lookup and one Response, not a serialisation, a hash or a header merge.
import type { Context } from "hono";
import { CORS_HEADERS, SECURITY_HEADERS } from "./headers.ts";

/** Catalogue answers change only with a new release; an hour keeps clients fresh enough. */
export const CATALOGUE_CACHE = "public, max-age=3600";
/** HTML pages depend on the language cookie: reuse only after asking. */
export const PAGE_CACHE = "no-cache";
/** Asset names carry a content hash. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** How one kind of cached answer is sent. Declare each once (a constant): header sets are kept per kind. */
export interface Sending {
  readonly contentType: string;
  readonly cacheControl: string;
  readonly vary?: string;
  /** With CORS_HEADERS: an answer of the API. */
  readonly cors?: boolean;
}

interface HeaderSets {
  readonly sending: Sending;
  readonly ok: Readonly<Record<string, string>>;
  /** For the gzip bytes: as compress() in hono/compress would make them. */
  readonly gzip: Readonly<Record<string, string>>;
  readonly notModified: Readonly<Record<string, string>>;
}

const encoder = new TextEncoder();

export class Cached {
  /** The body as UTF-8, encoded once. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  #headers: HeaderSets | undefined;
  #gzip: Uint8Array<ArrayBuffer> | Promise<void> | undefined;

  constructor(body: string) {
    this.bytes = encoder.encode(body);
    this.etag = etagOf(body);
  }

  /** True for the empty body, which stands for "nothing matches". */
  get empty(): boolean {
    return this.bytes.length === 0;
  }

  /**
   * The headers of a 200 and of a 304 sent this way, built on first use. The objects are
   * shared by every response and never changed (frozen); plain objects, not Headers, so
   * that @hono/node-server writes them straight to the socket.
   */
  headersFor(sending: Sending): HeaderSets {
    let sets = this.#headers;
    if (sets === undefined || sets.sending !== sending) {
      // Every cached answer may also be sent gzipped: a cache must key each form on Accept-Encoding.
      const notModified: Record<string, string> = {
        ...SECURITY_HEADERS,
        ...(sending.cors ? CORS_HEADERS : {}),
        ETag: this.etag,
        "Cache-Control": sending.cacheControl,
        Vary: sending.vary ? `${sending.vary}, Accept-Encoding` : "Accept-Encoding",
      };
      const ok = { ...notModified, "Content-Type": sending.contentType };
      const gzip = { ...ok, "Content-Encoding": "gzip" };
      sets = { sending, ok: Object.freeze(ok), gzip: Object.freeze(gzip), notModified: Object.freeze(notModified) };
      this.#headers = sets;
    }
    return sets;
  }

  /**
   * The body gzipped, once compressed; the first call starts compressing (in the
   * background, with the standard CompressionStream) and answers undefined.
   */
  gzipped(): Uint8Array<ArrayBuffer> | undefined {
    const gzip = this.#gzip;
    if (gzip instanceof Uint8Array) return gzip;
    if (gzip === undefined && typeof CompressionStream === "function") {
      const compressed = new Blob([this.bytes]).stream().pipeThrough(new CompressionStream("gzip"));
      this.#gzip = new Response(compressed).arrayBuffer().then(
        (buffer) => {
          this.#gzip = new Uint8Array(buffer);
        },
        () => {
          // Not kept: the app's own compression keeps answering.
        },
      );
    }
    return undefined;
  }
}

/** A bounded memo: cleared when full, so arbitrary inputs cannot grow it without limit. */
export class Memo {
  private readonly map = new Map<string, Cached>();
  constructor(private readonly max = 2000) {}
  get(key: string, make: () => string): Cached {
    let hit = this.map.get(key);
    if (hit === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      hit = new Cached(make());
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
export function matches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === bare;
  });
}

/**
 * The cached body with its validators, or 304 when the client has it, as a plain
 * Response: for the hot path (hot.ts), which has no Hono context to merge headers from.
 * With `gzip`, the compressed body; undefined while it is still being compressed.
 */
export function cachedResponse(
  cached: Cached,
  sending: Sending,
  ifNoneMatch: string | null,
  gzip: boolean,
): Response | undefined {
  const headers = cached.headersFor(sending);
  if (matches(ifNoneMatch, cached.etag)) return new Response(null, { status: 304, headers: headers.notModified });
  if (!gzip) return new Response(cached.bytes, { status: 200, headers: headers.ok });
  const compressed = cached.gzipped();
  return compressed && new Response(compressed, { status: 200, headers: headers.gzip });
}

/** The same through Hono's context, which adds what handlers set on it (a language cookie). */
export function sendCached(c: Context, cached: Cached, sending: Sending): Response {
  const { ok, notModified } = cached.headersFor(sending);
  if (matches(c.req.header("If-None-Match"), cached.etag)) return c.body(null, 304, notModified);
  return c.body(cached.bytes, 200, ok);
}
