// What POST /api/v1/explain reads from its body: the bytes decompressed (Content-Encoding gzip
// or deflate, or a body that is a .gz file), decoded as the Content-Type's charset says or, with
// none, as the bytes tell (a byte order mark or UTF-16's zero bytes: a log Windows PowerShell
// wrote), then the text itself, JSON { "text", "file" } or a form's text and file fields
// (application/x-www-form-urlencoded; multipart bodies are refused). A body it cannot read is a
// problem, never an empty answer.
import { gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { decoderFor, decoderLabel, isEncodingLabel } from "../scan/encoding.ts";
import { startsAsGzip } from "../scan/gunzip.ts";

export type ExplainBody =
  | { readonly text: string; readonly file?: string }
  | { readonly status: 400 | 413 | 415; readonly detail: string; readonly param?: string };

/** The body's text (and file name) from its bytes and headers; decompressed to at most `maxBytes`. */
export function readExplainBody(
  bytes: Uint8Array,
  contentType: string,
  contentEncoding: string,
  maxBytes: number,
): ExplainBody {
  const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  // (Read as text, a multipart body's boundaries and part headers were scanned as the log.)
  if (mediaType.startsWith("multipart/"))
    return {
      status: 415,
      detail: `Content-Type ${printable(mediaType)} is not read; send ${ACCEPTED}.`,
    };
  const coding = contentEncoding.trim().toLowerCase();
  let body = bytes;
  if (coding !== "" && coding !== "identity") {
    if (!CODINGS.has(coding))
      return {
        status: 415,
        detail: `Content-Encoding ${printable(coding)} is not read; send identity, gzip or deflate.`,
      };
    const inflated = inflate(body, coding, maxBytes);
    if (!(inflated instanceof Uint8Array)) return inflated;
    body = inflated;
  }
  // A .gz file is told by its first bytes whatever type it was sent as, as the CLI tells one
  // whatever its name: `curl --data-binary @app.log.gz` sends it as a form, other clients as
  // text/plain. (No log begins with gzip's magic bytes and method.) Its contents are the log's
  // text, or JSON where the type says so. Unlike the CLI, which explains what it could read of
  // a damaged file, the API reads a body whole or answers 400.
  const gzipFile = GZIP_TYPES.has(mediaType) || startsAsGzip(body);
  if (gzipFile) {
    const inflated = inflate(body, "gzip", maxBytes);
    if (!(inflated instanceof Uint8Array)) return inflated;
    body = inflated;
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1];
  if (charset !== undefined && !isEncodingLabel(charset))
    return { status: 415, detail: `charset ${printable(charset)} is not one this server decodes.` };
  const text = decoderFor(body.subarray(0, 4096), charset === undefined ? undefined : decoderLabel(charset)).decode(
    body,
  );
  if (/^application\/(?:[\w.+-]+\+)?json$/.test(mediaType)) return fromJson(text);
  if (gzipFile) return { text };
  if (mediaType === "application/x-www-form-urlencoded") return fromForm(text);
  return { text };
}

/** The bodies read, as a problem's detail names them. */
const ACCEPTED =
  'the log as text (text/plain), JSON { "text", "file" } (application/json), a form\'s text and file fields (application/x-www-form-urlencoded) or a .gz file (application/gzip)';
const CODINGS = new Set(["gzip", "x-gzip", "deflate"]);
const GZIP_TYPES = new Set(["application/gzip", "application/x-gzip"]);

function inflate(bytes: Uint8Array, coding: string, maxBytes: number): Uint8Array | ExplainBody {
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding !== "deflate") return gunzipSync(bytes, options);
    // (HTTP's deflate is zlib's format; some clients send the raw stream.)
    try {
      return inflateSync(bytes, options);
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw error;
      return inflateRawSync(bytes, options);
    }
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      return { status: 413, detail: `The body is larger than ${maxBytes} bytes (1 MiB) once decompressed.` };
    return { status: 400, detail: `The body is not ${coding === "deflate" ? "deflate" : "gzip"} data.` };
  }
}

function fromJson(text: string): ExplainBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { status: 400, detail: `The body is not valid JSON: ${(error as Error).message}` };
  }
  const object = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const value = object["text"];
  if (typeof value !== "string") return { status: 400, detail: 'The JSON body needs a "text" string.', param: "text" };
  const file = object["file"];
  return typeof file === "string" ? { text: value, file: file.slice(0, 260) } : { text: value };
}

function fromForm(text: string): ExplainBody {
  const form = new URLSearchParams(text);
  const value = form.get("text");
  if (value === null) return { status: 400, detail: 'The form needs a "text" field.', param: "text" };
  const file = form.get("file");
  return file === null ? { text: value } : { text: value, file: file.slice(0, 260) };
}

/** A header's value as a problem's detail may quote it: short, without control characters. */
function printable(value: string): string {
  return JSON.stringify(value.slice(0, 40));
}
