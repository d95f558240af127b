// Where the server benchmarks get createApp()/listen(): the built dist/server.js when
// scripts/compile.mjs has made it, else the sources (run with `node --import tsx`).
export async function serverModule() {
  try {
    return await import("../dist/server.js");
  } catch {
    return await import("../src/server/node.ts");
  }
}
