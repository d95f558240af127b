// RFC 9457 problem details: every error the server answers is one of these.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { SECURITY_HEADERS } from "./headers.ts";

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
};

/** A problem document's JSON where there is no route's context: a request Node or the adapter rejected before the app saw it. */
export function problemJson(status: number, detail: string): string {
  const body: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail };
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
  const body: Problem = {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...extra,
  };
  return c.body(JSON.stringify(body), status, {
    ...SECURITY_HEADERS,
    ...headers,
    "Content-Type": PROBLEM_TYPE,
    "Cache-Control": "no-store",
  });
}
