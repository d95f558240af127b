// `wsaerr build-site <dir>`: being built (issue 4); until then it says so and exits 2.
import type { CommandContext } from "./io.ts";

export function runBuildSite(context: CommandContext): number {
  context.io.err("wsaerr: build-site is not available in this version\n");
  return 2;
}
