// The only code that listens: runs createApp() on Node's http server. Slow clients
// are cut off by header and request timeouts; SIGTERM/SIGINT stop accepting,
// let requests in flight finish, then close.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener, RequestError } from "@hono/node-server";
import { type AppOptions, createApp } from "./app.ts";
import { PROBLEM_HEADERS, problemJson, problemTitle } from "./problem.ts";

export interface ListenOptions extends AppOptions {
  readonly port?: number;
  readonly host?: string;
  /** Whole request, headers and body (Node's requestTimeout). */
  readonly requestTimeoutMs?: number;
  /** Headers alone (Node's headersTimeout): the slowloris guard. */
  readonly headersTimeoutMs?: number;
  /** Idle keep-alive connections are closed after this. */
  readonly keepAliveTimeoutMs?: number;
  /** After a shutdown signal, requests still running after this are cut off. */
  readonly shutdownGraceMs?: number;
}

export interface Running {
  readonly server: Server;
  readonly url: string;
  /** Stops accepting, lets requests in flight finish (up to the grace period), resolves when closed. */
  readonly close: () => Promise<void>;
}

export function listen(options: ListenOptions = {}): Promise<Running> {
  const app = createApp(options);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    // (The adapter's request listener on Node's server, as its serve() builds them, with an
    // error handler: a request it cannot make a URL of — a malformed Host header, `OPTIONS *` —
    // got an empty 400 without it.)
    const listener = getRequestListener(app.fetch, { hostname: host, errorHandler: adapterProblem });
    const server = createServer(
      {
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        headersTimeout: options.headersTimeoutMs ?? 10_000,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
        // Node enforces the two timeouts above only when it checks, every 30 s by default.
        connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs ?? 1_000),
        // Node's own check answers an empty 400; hostRequired() makes the same check with a problem document.
        requireHostHeader: false,
      },
      (request, response) => (hostRequired(request, response) ? undefined : listener(request, response)),
    );
    server.on("clientError", answerClientError);
    server.on("connect", answerConnect);
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      const info = server.address() as AddressInfo;
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        server,
        url: `http://${shown}:${info.port}`,
        close: () => closeGracefully(server, options.shutdownGraceMs),
      });
    });
  });
}

/** What a request the adapter could not hand to the app is answered: a problem document. */
function adapterProblem(error: unknown): Response {
  const unreadable = error instanceof RequestError;
  // (The app's own errors are its error handler's; one here is a bug, for the log.)
  if (!unreadable) console.error(error);
  const status = unreadable ? 400 : 500;
  const detail = unreadable
    ? `The request could not be read: ${(error as Error).message}.`
    : "The server failed to answer; this is a bug.";
  return new Response(problemJson(status, detail), { status, headers: PROBLEM_HEADERS });
}

/**
 * An HTTP/1.1 request without Host gets a 400 problem document (RFC 9110 §7.2 asks for the
 * 400; Node's requireHostHeader sent it with an empty body). True when it was answered.
 */
function hostRequired(request: IncomingMessage, response: ServerResponse): boolean {
  // (Node's condition: HTTP/1.0 may leave Host out.)
  if (request.headers.host !== undefined || request.httpVersionMajor !== 1 || request.httpVersionMinor !== 1)
    return false;
  const body = problemJson(400, "An HTTP/1.1 request needs a Host header.");
  response.writeHead(400, { ...PROBLEM_HEADERS, "Content-Length": Buffer.byteLength(body), Connection: "close" });
  response.end(body);
  return true;
}

/**
 * CONNECT (a proxy's method) gets a 501 problem document: without a listener Node closed the
 * connection with no answer at all.
 */
function answerConnect(_request: IncomingMessage, socket: import("node:stream").Duplex): void {
  writeProblemAndClose(socket, 501, "CONNECT is not supported: this server is no proxy.");
}

/**
 * A request Node rejects before the app sees it (headers over 16 KiB, a malformed request)
 * gets a problem document like every other error, not Node's bare status line.
 */
function answerClientError(error: Error & { code?: string }, socket: import("node:stream").Duplex): void {
  // (As Node's own handler: an answer only where none has begun. A body that never finishes
  // has a response object but nothing sent: it gets its 408 too.)
  const response = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const detail =
    status === 431 ? "The request's headers (or its path) are too long." : "The request could not be read.";
  writeProblemAndClose(socket, status, detail);
}

/** A problem document written straight to a socket Node's server has let go of, which is then closed. */
function writeProblemAndClose(socket: import("node:stream").Duplex, status: number, detail: string): void {
  const body = problemJson(status, detail);
  // (With the headers every other problem document has; its title is the reason phrase.)
  const headers = Object.entries(PROBLEM_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.write(
    `HTTP/1.1 ${status} ${problemTitle(status)}\r\n${headers}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // Closed at once, as Node's own handler does: a client keeping its half open (a slow
  // client cut off by the headers timeout) must not keep the connection.
  socket.destroy();
}

/** server.close() waits for active requests; idle keep-alive sockets are closed at once. */
function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Closes on SIGTERM or SIGINT; `onClosed` runs once every request has finished. */
export function closeOnSignals(running: Running, onClosed: () => void): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    running.close().then(onClosed, onClosed);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
