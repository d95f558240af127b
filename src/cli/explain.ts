// `wsaerr explain [file…]`: being built (issue 3).
import type { CommandContext } from "./io.ts";

export function runExplain(context: CommandContext): number {
  context.io.err("wsaerr: explain is not available in this version\n");
  return 2;
}
