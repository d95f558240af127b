// `wsaerr build-site <dir>`: the web page as static files (see src/web/site.ts).
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { CommandContext } from "./io.ts";
import { printable } from "./printable.ts";

export async function runBuildSite(context: CommandContext): Promise<number> {
  const dir = resolve(context.positionals[0] as string);
  // Loaded here, not at the top: the other commands should not pay for the site.
  const [{ webAssets }, { siteFiles }] = await Promise.all([import("../web/assets.ts"), import("../web/site.ts")]);
  const files = siteFiles(await webAssets());
  let bytes = 0;
  const made = new Set<string>();
  try {
    for (const [path, contents] of files) {
      const target = join(dir, path);
      makeDirectories(dirname(target), made);
      writeFileSync(target, contents);
      bytes += Buffer.byteLength(contents);
    }
  } catch (error) {
    // An I/O failure, like a usage error, is one line on stderr and status 2.
    context.io.err(`wsaerr: cannot write the site to ${printable(dir)}: ${printable((error as Error).message)}\n`);
    return 2;
  }
  if (context.json) context.io.out(`${JSON.stringify({ dir, files: files.size, bytes }, null, 2)}\n`);
  else context.io.out(`wsaerr: wrote ${files.size} files (${Math.round(bytes / 1024)} KB) to ${dir}\n`);
  return 0;
}

/**
 * Makes `dir` and its missing parents one level at a time, nearest existing ancestor first.
 * Not mkdirSync's `recursive`: on Node 20 it loops for ever, at full CPU, where mkdir says
 * ENOENT under a parent that exists (`build-site /proc/nope` never ended); one mkdir per level
 * fails there instead. `made` remembers the directories already made or found.
 */
function makeDirectories(dir: string, made: Set<string>): void {
  if (made.has(dir)) return;
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    // (A file where a directory should be fails here, or at its child's mkdir: ENOTDIR.)
    if (made.has(at) || statSync(at, { throwIfNoEntry: false }) !== undefined) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // (Made meanwhile by another process: fine if it is a directory.)
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(level).isDirectory()) throw error;
    }
  }
  made.add(dir);
}
