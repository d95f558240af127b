// Reads every Winsock error code from mingw-w64's headers (Debian package
// mingw-w64-common) into data/sources/winsock-codes.json. Run it again after a
// header upgrade; the header test then proves the catalogue still matches.
//
// What counts as a Winsock code:
//   - every WSA* macro in winerror.h with an integer value (WSABASEERR itself excluded);
//   - the WSA_* macros in winsock2.h defined as a Win32 ERROR_* code (the "OS dependent"
//     aliases) or as a WAIT_* value (WSA_WAIT_*: return values, not errors).
// A macro defined as another WSA macro is a second spelling of that code.
import { join } from "node:path";
import { evaluateMacro, macroTarget, readMacros } from "./lib/c-macros.ts";
import { debianVersion } from "./lib/debian.ts";
import { writeJson } from "./lib/json.ts";
import { MINGW_INCLUDE, MINGW_PACKAGE, ROOT } from "./lib/paths.ts";

export interface WinsockCodeRow {
  value: number;
  kind: "winsock" | "win32-alias" | "wait";
  equals?: string;
  spellings?: string[];
  source: string;
}

export function extractWinsockCodes(includeDir = MINGW_INCLUDE): Record<string, WinsockCodeRow> {
  const version = debianVersion(MINGW_PACKAGE) ?? "unknown";
  const header = (name: string) => join(includeDir, name);
  const files = ["winerror.h", "winsock2.h", "winbase.h", "winnt.h"].map(header);
  const macros = readMacros(files);
  const cite = (name: string) => {
    const definition = macros.get(name);
    const path = definition?.file ?? "";
    return `debian:${MINGW_PACKAGE}=${version}:${path}#L${definition?.line ?? 0}`;
  };
  const rows: Record<string, WinsockCodeRow> = {};
  const spellings: [string, string][] = [];
  for (const definition of macros.values()) {
    const { name, file } = definition;
    if (!name.startsWith("WSA") || name === "WSABASEERR") continue;
    const target = macroTarget(name, macros);
    const value = evaluateMacro(name, macros);
    if (value === undefined) continue;
    if (file.endsWith("winerror.h")) {
      if (target?.startsWith("WSA")) spellings.push([name, target]);
      else rows[name] = { value, kind: "winsock", source: cite(name) };
    } else if (file.endsWith("winsock2.h") && target && /^(ERROR|WAIT)_/.test(target)) {
      const kind = target.startsWith("ERROR_") ? "win32-alias" : "wait";
      rows[name] = { value: value >>> 0, kind, equals: target, source: cite(name) };
    }
  }
  for (const [spelling, target] of spellings) {
    const row = rows[target];
    if (row) row.spellings = [...(row.spellings ?? []), spelling];
  }
  return Object.fromEntries(Object.entries(rows).sort(([, a], [, b]) => a.value - b.value));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = debianVersion(MINGW_PACKAGE);
  if (!version) {
    console.error(`${MINGW_PACKAGE} is not installed: run scripts/setup-authorities.sh first`);
    process.exit(2);
  }
  const rows = extractWinsockCodes();
  writeJson(join(ROOT, "data/sources/winsock-codes.json"), {
    provenance: {
      what: "Value of every Winsock error code, alias and wait value defined by mingw-w64's Windows headers",
      source: `debian:${MINGW_PACKAGE}=${version}:${MINGW_INCLUDE}/{winerror.h,winsock2.h,winbase.h,winnt.h}`,
      version: `mingw-w64 ${version}`,
      read: new Date().toISOString().slice(0, 10),
      notes:
        "Written by scripts/extract-winerror.ts; do not edit by hand. Codes this mingw-w64 version lacks are in winsock-codes-extra.json.",
    },
    rows,
  });
  console.log(`wrote ${Object.keys(rows).length} codes`);
}
