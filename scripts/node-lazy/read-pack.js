// Used inside dist/cli.cjs and the library bundles: reads files that scripts/compile.mjs
// writes beside them, and requires the files the library loads on first call. Nothing here runs at
// import: node:fs as an ES module import costs milliseconds at start-up, which
// `import "wsaerr"` should not pay. dist/index.js gets node:module's createRequire through
// process.getBuiltinModule on first use (see compile.mjs, `builtinOnUse`): even importing
// node:module costs an ES module half a millisecond.
import { createRequire } from "node:module";

let nodeRequire;

/** require() for this bundle, made on first use. */
export function requireHere(id) {
  // Even touching import.meta costs Node 20 milliseconds, so not at import either.
  // compile.mjs defines import.meta.url as undefined in the CommonJS bundles, which have
  // require of their own.
  nodeRequire ??= import.meta.url ? createRequire(import.meta.url) : require;
  return nodeRequire(id);
}

/** A file beside this bundle, as text. */
export function readBeside(name) {
  // (Not `typeof __dirname`: under `node -e` an ES module sees a global __dirname of ".".)
  const path = import.meta.url ? new URL(name, import.meta.url) : `${__dirname}/${name}`;
  const fs = process.getBuiltinModule?.("node:fs") ?? requireHere("node:fs");
  return fs.readFileSync(path, "utf8");
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
