// Compiles src/ for shipping: one bundled file for the CLI (fast start: a single
// module to load), the library as an ESM bundle, and type declarations.
// Plain JavaScript so that `npm install` (prepare) can run it before anything else.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const common = { bundle: true, format: "esm", target: "node20", legalComments: "none", logLevel: "warning" };
await Promise.all([
  build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", platform: "node", minify: true }),
  build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js", platform: "neutral" }),
]);
execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
