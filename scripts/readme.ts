// Writes the generated parts of README.md (between marker comments) from their
// one source: the CLI options table. `--check` only reports a stale README.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { optionsMarkdown } from "../src/cli/args.ts";
import { ROOT } from "./lib/paths.ts";

const README = join(ROOT, "README.md");

export function renderReadme(text: string): string {
  return text.replace(
    /(<!-- cli-options:start -->\n)[\s\S]*?(\n<!-- cli-options:end -->)/,
    (_match, start: string, end: string) => `${start}${optionsMarkdown()}${end}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(README, "utf8");
  const rendered = renderReadme(current);
  if (process.argv.includes("--check")) {
    if (rendered !== current) {
      console.error("README.md is stale: run `npx tsx scripts/readme.ts`");
      process.exit(1);
    }
  } else writeFileSync(README, rendered);
}
