import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "../lib/paths.ts";

export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** Writes the files, or with `check` only compares them; returns the paths that differ. */
export function writeOrCheck(files: readonly GeneratedFile[], check: boolean): string[] {
  const stale: string[] = [];
  for (const file of files) {
    const path = join(ROOT, file.path);
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === file.content) continue;
    stale.push(file.path);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  }
  return check ? stale : [];
}
