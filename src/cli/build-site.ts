// `wsaerr build-site <dir>`: the web page as static files (see src/web/site.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { CommandContext } from "./io.ts";

export async function runBuildSite(context: CommandContext): Promise<number> {
  const dir = resolve(context.positionals[0] as string);
  // Loaded here, not at the top: the other commands should not pay for the site.
  const [{ webAssets }, { siteFiles }] = await Promise.all([import("../web/assets.ts"), import("../web/site.ts")]);
  const files = siteFiles(await webAssets());
  let bytes = 0;
  for (const [path, contents] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    bytes += Buffer.byteLength(contents);
  }
  if (context.json) context.io.out(`${JSON.stringify({ dir, files: files.size, bytes }, null, 2)}\n`);
  else context.io.out(`wsaerr: wrote ${files.size} files (${Math.round(bytes / 1024)} KB) to ${dir}\n`);
  return 0;
}
