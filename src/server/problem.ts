// RFC 9457 problem details: every error the server answers is one of these.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { CORS_HEADERS, SECURITY_HEADERS } from "./headers.ts";

export const PROBLEM_TYPE = "application/problem+json";

export interface Problem {
  /** A URI reference naming the kind of problem; "about:blank" when the status says it all. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Extension members, e.g. suggestions for an unknown code. */
  readonly [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
};

/** The title of a problem of this status, which is its HTTP reason phrase too. */
export function problemTitle(status: number): string {
  return TITLES[status] ?? "Error";
}

/** The headers every problem document is sent with (a cross-origin client may read why it failed). */
export const PROBLEM_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  ...CORS_HEADERS,
  "Content-Type": PROBLEM_TYPE,
  "Cache-Control": "no-store",
};

/**
 * A problem document's JSON; `extra` may set type, title and extension members. Without a
 * route's context (no `instance`) for a request Node or the adapter rejected before the app saw it.
 */
export function problemJson(status: number, detail: string, extra: Record<string, unknown> = {}): string {
  const body: Problem = { type: "about:blank", title: problemTitle(status), status, detail, ...extra };
  return JSON.stringify(body);
}

/** A problem+json response; `extra` may set type, title and extension members. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return c.body(problemJson(status, detail, { instance: new URL(c.req.url).pathname, ...extra }), status, {
    ...headers,
    ...PROBLEM_HEADERS,
  });
}
