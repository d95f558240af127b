// Used inside dist/cli.cjs and the library bundle: reads files that scripts/compile.mjs
// writes beside them, and requires dist/scan.cjs. node:fs is loaded through require() on first use: importing it as
// an ES module costs milliseconds at start-up, which `import "wsaerr"` should not pay.
import { createRequire } from "node:module";

let nodeRequire;

/** require() for this bundle, made on first use. */
export function requireHere(id) {
  // Nothing runs at import: even touching import.meta costs Node 20 milliseconds.
  // compile.mjs defines import.meta.url as undefined in the CommonJS bundles, which have
  // require of their own.
  nodeRequire ??= import.meta.url ? createRequire(import.meta.url) : require;
  return nodeRequire(id);
}

/** A file beside this bundle, as text. */
export function readBeside(name) {
  // (Not `typeof __dirname`: under `node -e` an ES module sees a global __dirname of ".".)
  const path = import.meta.url ? new URL(name, import.meta.url) : `${__dirname}/${name}`;
  return requireHere("node:fs").readFileSync(path, "utf8");
}

/** A "SYMBOL<TAB>json" file as symbol → its JSON, each entry's JSON left unparsed. */
export function readPack(name) {
  const pack = Object.create(null);
  for (const line of readBeside(name).split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) pack[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return pack;
}
