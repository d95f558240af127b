// Where the server benchmarks get createApp() and listen(): the built bundles when
// scripts/compile.mjs has made them (dist/server.js has createApp for any runtime,
// dist/web.cjs the Node listener), else the sources (run with `node --import tsx`).
import { createRequire } from "node:module";

export async function serverModule() {
  try {
    const { createApp } = await import("../dist/server.js");
    const { listen, closeOnSignals } = createRequire(import.meta.url)("../dist/web.cjs");
    return { createApp, listen, closeOnSignals };
  } catch {
    const [{ createApp }, node] = await Promise.all([import("../src/server/app.ts"), import("../src/server/node.ts")]);
    return { createApp, ...node };
  }
}
