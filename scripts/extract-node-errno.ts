// Reads the negative errno numbers Node reports on Windows from the uv/errno.h
// that ships with the running Node (libuv's own header). On Windows libuv
// cannot use the C runtime's errno values, so every UV__E* there has a fixed
// negative number (UV__ECONNRESET is -4077); on Linux and macOS Node reports
// -errno instead, which the build takes from posix-errno.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeJson } from "./lib/json.ts";
import { nodeUvErrnoHeader, ROOT } from "./lib/paths.ts";

export function extractUvWindowsErrno(headerText: string): Record<string, { windows: number; line: number }> {
  const rows: Record<string, { windows: number; line: number }> = {};
  headerText.split(/\r?\n/).forEach((text, index) => {
    const match = /^#\s*define\s+UV__(\w+)\s+\((-\d+)\)/.exec(text);
    if (match) rows[match[1] as string] = { windows: Number(match[2]), line: index + 1 };
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const header = nodeUvErrnoHeader();
  if (!header) throw new Error("uv/errno.h not found beside the running Node");
  const rows = extractUvWindowsErrno(readFileSync(header, "utf8"));
  const source = `node@${process.version}:include/node/uv/errno.h`;
  writeJson(join(ROOT, "data/sources/node-errno.json"), {
    provenance: {
      what: "Negative errno Node reports on Windows for each libuv error code (key: the code without UV_)",
      source,
      version: `Node ${process.version} (libuv ${process.versions.uv})`,
      read: new Date().toISOString().slice(0, 10),
      notes:
        "Written by scripts/extract-node-errno.ts from the header installed with Node; line numbers refer to that file.",
    },
    rows: Object.fromEntries(
      Object.entries(rows).map(([code, row]) => [code, { windows: row.windows, source: `${source}#L${row.line}` }]),
    ),
  });
  console.log(`wrote ${Object.keys(rows).length} libuv codes`);
}
