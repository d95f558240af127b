// Where the local authorities live. Both are installed by scripts/setup-authorities.sh
// (mingw-w64) or ship with the running Node (its own libuv headers).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const MINGW_INCLUDE = "/usr/share/mingw-w64/include";
export const MINGW_PACKAGE = "mingw-w64-common";

/** The uv/errno.h that ships with the running Node, found from its executable. */
export function nodeUvErrnoHeader(): string | undefined {
  const candidates = [
    resolve(process.execPath, "../../include/node/uv/errno.h"),
    join(process.env.npm_config_nodedir ?? "/usr", "include/node/uv/errno.h"),
  ];
  return candidates.find((path) => existsSync(path));
}
