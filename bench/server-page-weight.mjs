// First load of / in gzip bytes: the HTML and every script and style sheet it loads
// before anyone touches the page (the explain chunk and the search index load on
// first use and are printed apart). Goal: ≤ 50 KB.
// Run: node --import tsx bench/server-page-weight.mjs
import { gzipSync } from "node:zlib";
import { serverModule } from "./server-app.mjs";

const { createApp } = await serverModule().then(async (module) =>
  module.createApp ? module : import("../src/server/app.ts"),
);
const app = createApp();
const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const get = async (path) => Buffer.from(await (await app.request(path)).arrayBuffer());

const html = await get("/");
const text = html.toString("utf8");
const linked = [...text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
const rows = [["/", html]];
for (const path of linked) rows.push([path, await get(path)]);
// Static imports of the page script are part of the first load too.
for (const [, body] of rows.slice(1)) {
  for (const match of body.toString("utf8").matchAll(/from"\.\/([\w-]+\.js)"/g)) {
    const chunk = `/assets/${match[1]}`;
    if (!rows.some(([seen]) => seen === chunk)) rows.push([chunk, await get(chunk)]);
  }
}
let total = 0;
for (const [path, body] of rows) {
  total += gz(body);
  console.log(
    `page-weight      ${path.padEnd(32)} ${(body.length / 1024).toFixed(1).padStart(6)} KB  ${(gz(body) / 1024).toFixed(1).padStart(5)} KB gzip`,
  );
}
console.log(
  `page-weight      first load of /                  ${(total / 1024).toFixed(1).padStart(13)} KB gzip  (goal <= 50 KB)`,
);
const later = [...text.matchAll(/data-index="([^"]+)"/g)].map((match) => match[1]);
for (const path of later) {
  const body = await get(path);
  console.log(
    `page-weight      on first search: ${path.padEnd(16)} ${(gz(body) / 1024).toFixed(1).padStart(13)} KB gzip`,
  );
}
