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

/**
 * A file beside this bundle, as text (or as bytes with `encoding` null). One that cannot be read
 * is wsaerr's own fault, not its input's: the error says so (code WSAERR_INSTALL), so that the CLI
 * does not blame the log it was reading.
 */
export function readBeside(name, encoding = "utf8") {
  // (Not `typeof __dirname`: under `node -e` an ES module sees a global __dirname of ".".)
  const path = import.meta.url ? new URL(name, import.meta.url) : `${__dirname}/${name}`;
  const fs = process.getBuiltinModule?.("node:fs") ?? requireHere("node:fs");
  try {
    return fs.readFileSync(path, encoding);
  } catch (error) {
    throw Object.assign(
      new Error(
        `its own data file ${name} cannot be read (${error?.code ?? error}): wsaerr is not fully installed; run npm install again`,
      ),
      { code: "WSAERR_INSTALL", cause: error },
    );
  }
}

/**
 * A "SYMBOL<TAB>json" file as symbol → its JSON, each entry's JSON left unparsed and
 * not even decoded until asked for: `wsaerr 10054` reads one entry of the file, and
 * decoding all of it from UTF-8 cost more than the rest of the lookup.
 */
export function readPack(name) {
  const bytes = readBeside(name, null);
  const pack = Object.create(null);
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const tab = bytes.indexOf(9, start);
    if (tab > start && tab < end) {
      const from = tab + 1;
      const to = end;
      let json;
      // (Configurable: a symbol given twice keeps its last entry, as assignment would.)
      Object.defineProperty(pack, bytes.toString("utf8", start, tab), {
        enumerable: true,
        configurable: true,
        get: () => {
          json ??= bytes.toString("utf8", from, to);
          return json;
        },
      });
    }
    start = end + 1;
  }
  return pack;
}
