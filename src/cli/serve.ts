// `wsaerr serve`: being built (issue 4); until then it says so and exits 2.
import type { CommandContext } from "./io.ts";

export function runServe(context: CommandContext): number {
  context.io.err("wsaerr: serve is not available in this version\n");
  return 2;
}
