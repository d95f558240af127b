// Used inside dist/cli.cjs and dist/index.js: reads a "SYMBOL<TAB>json" file that
// scripts/compile.mjs writes beside them, keeping each entry's JSON unparsed.
// node:fs is loaded through require() on first use: importing it as an ES module
// costs milliseconds at start-up, which `import "wsaerr"` should not pay.
import { createRequire } from "node:module";

// Nothing runs at import: even touching import.meta costs Node 20 milliseconds.
// compile.mjs defines import.meta.url as undefined in the CommonJS bundle, which has
// require and __dirname of its own. (Not `typeof __dirname`: under `node -e` an ES
// module sees a global __dirname of ".".)
export function readPack(name) {
  const url = import.meta.url;
  const nodeRequire = url ? createRequire(url) : require;
  const path = url ? new URL(name, url) : `${__dirname}/${name}`;
  const pack = Object.create(null);
  for (const line of nodeRequire("node:fs").readFileSync(path, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) pack[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return pack;
}
