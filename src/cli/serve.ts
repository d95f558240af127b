// `wsaerr serve [--port 8080] [--host 127.0.0.1]`: the HTTP API and the web page.
// Resolves (exit 0) once a SIGTERM or SIGINT has let the requests in flight finish.
import type { CommandContext } from "./io.ts";
import { printable } from "./printable.ts";

export async function runServe(context: CommandContext): Promise<number> {
  // The options parser has already checked --port (a whole number up to 65535) and --host (not blank).
  const port = Number(typeof context.options["port"] === "string" ? context.options["port"] : "8080");
  const host = typeof context.options["host"] === "string" ? context.options["host"] : "127.0.0.1";
  // Loaded here, not at the top: the other commands should not pay for the server.
  const { closeOnSignals, listen } = await import("../server/node.ts");
  let running: Awaited<ReturnType<typeof listen>>;
  try {
    running = await listen({ port, host });
  } catch (error) {
    // Status 2, as for the other failures to do what was asked: 1 means "not found".
    const address = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
    context.io.err(`wsaerr: cannot listen on ${printable(address)}: ${whyNot(error as NodeJS.ErrnoException)}\n`);
    return 2;
  }
  context.io.out(`wsaerr serving on ${running.url}/ (API: ${running.url}/api/v1, Ctrl-C stops)\n`);
  return new Promise((resolve) => closeOnSignals(running, () => resolve(0)));
}

/** Why listen() failed, in words, with Node's code for searching. */
function whyNot(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    EADDRINUSE: "the port is already in use",
    EADDRNOTAVAIL: "the address is not one of this machine's",
    EACCES: "permission denied (ports below 1024 need privileges)",
    ENOTFOUND: "no such host",
    EAI_AGAIN: "the host's name could not be resolved now",
  };
  const known = error.code === undefined ? undefined : words[error.code];
  return known ? `${known} (${error.code})` : printable(error.message);
}
