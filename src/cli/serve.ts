// `wsaerr serve [--port 8080] [--host 127.0.0.1]`: the HTTP API and the web page.
// Resolves (exit 0) once a SIGTERM or SIGINT has let the requests in flight finish.
import type { CommandContext } from "./io.ts";

export async function runServe(context: CommandContext): Promise<number> {
  // The options parser has already checked --port (a whole number up to 65535).
  const port = Number(typeof context.options["port"] === "string" ? context.options["port"] : "8080");
  const host = typeof context.options["host"] === "string" ? context.options["host"] : "127.0.0.1";
  // Loaded here, not at the top: the other commands should not pay for the server.
  const { closeOnSignals, listen } = await import("../server/node.ts");
  let running: Awaited<ReturnType<typeof listen>>;
  try {
    running = await listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? `${host}:${port} is already in use` : (error as Error).message;
    context.io.err(`wsaerr: cannot listen: ${why}\n`);
    return 1;
  }
  context.io.out(`wsaerr serving on ${running.url}/ (API: ${running.url}/api/v1, Ctrl-C stops)\n`);
  return new Promise((resolve) => closeOnSignals(running, () => resolve(0)));
}
