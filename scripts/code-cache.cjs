// Writes the code caches of the CLI's bundles (dist/cli.cache, dist/explain.cache; read by
// src/cli/code-cache.ts), run by scripts/compile.mjs in a process of its own once dist/ is built:
// loads dist/cli.cjs as bin/wsaerr.cjs does, runs a lookup and an explain of a small mixed log
// (bench/gen-log.mjs's, below the size at which explain changes V8's flags, which a cache must
// match), so that the functions those call are compiled, then saves what V8 compiled.
const { execFileSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join, resolve } = require("node:path");

const root = resolve(__dirname, "..");
const { requireWithCodeCache, codeCaches, makeCodeCaches, STAMP } = require(join(root, "dist/code-cache.cjs"));

/** Ends a bundle with its stamp, a hash of its bytes (src/cli/code-cache.ts), in place of any it had. */
function stamp(file) {
  const text = readFileSync(file, "utf8");
  const at = text.lastIndexOf(STAMP);
  const bundle = at === -1 ? text : text.slice(0, at);
  const hash = createHash("sha1").update(bundle).digest("hex");
  writeFileSync(file, `${bundle}${bundle.endsWith("\n") ? "" : "\n"}${STAMP}${hash}\n`);
}

async function main() {
  for (const bundle of ["dist/cli.cjs", "dist/explain.cjs"]) stamp(join(root, bundle));
  makeCodeCaches();
  const cli = requireWithCodeCache(join(root, "dist/cli.cjs"));
  const dir = mkdtempSync(join(tmpdir(), "wsaerr-code-cache-"));
  try {
    const log = join(dir, "mixed.log");
    const generator = join(root, "bench/gen-log.mjs");
    // (A published package has no bench/: a few lines of the shapes then.)
    if (existsSync(generator)) execFileSync(process.execPath, [generator, log, "2", "1", "0.05"], { stdio: "ignore" });
    else writeFileSync(log, "read ECONNRESET\n[WinError 10061] No connection could be made\nSocketException (10060)\n");
    const io = {
      out: () => {},
      outBytes: () => {},
      err: (text) => process.stderr.write(text),
      env: {},
      isTTY: false,
      errIsTTY: false,
      columns: undefined,
    };
    for (const argv of [["10054"], ["explain", "--json", log], ["explain", log]]) {
      const status = await cli.run(argv, io);
      if (status !== 0) throw new Error(`wsaerr ${argv.join(" ")}: status ${status}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const { file, bytes } of codeCaches()) writeFileSync(file, bytes);
}

main().catch((error) => {
  console.error(`code-cache: ${error.stack ?? error}`);
  process.exit(1);
});
