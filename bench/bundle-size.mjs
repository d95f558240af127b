// Goal: the browser core with English text ≤ 15 KB min+gzip; German loads on its own.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const dir = new URL("../dist/browser/", import.meta.url);
for (const file of readdirSync(dir).sort()) {
  const bytes = readFileSync(new URL(file, dir));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const goal = file === "wsaerr.js" ? "  (goal <= 15 KB)" : "";
  console.log(
    `bundle           ${file.padEnd(34)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB min  ${(gz / 1024).toFixed(1).padStart(5)} KB gzip${goal}`,
  );
}
