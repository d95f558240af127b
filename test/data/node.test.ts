// Node's numbers: the negative errno on Windows against the uv/errno.h shipped with
// the running Node, and the Linux side against Node's own live tables on this machine.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { getSystemErrorMap, getSystemErrorName } from "node:util";
import { shipped } from "../helpers/catalogue.ts";

const header = resolve(process.execPath, "../../include/node/uv/errno.h");

describe("Node and libuv numbers", () => {
  const withLibuv = shipped.entries.filter((entry) => entry.crosswalk.libuv !== null);

  it("gives most Winsock codes a libuv mapping", () => {
    assert.ok(withLibuv.length >= 80, `only ${withLibuv.length} entries have libuv data`);
  });

  it("matches the Windows errno in the uv/errno.h shipped with this Node", { skip: !existsSync(header) }, () => {
    const text = readFileSync(header, "utf8");
    for (const entry of withLibuv) {
      const { uv, errnoWindows } = entry.crosswalk.libuv!;
      const name = uv.replace(/^UV_/, "UV__");
      const match = new RegExp(`define ${name}\\s+\\((-\\d+)\\)`).exec(text);
      assert.ok(match, `${name} not in ${header}`);
      assert.equal(errnoWindows, Number(match[1]), `${entry.symbol}: ${uv}`);
    }
  });

  it("matches Linux errno numbers with os.constants.errno", { skip: process.platform !== "linux" }, () => {
    // os.constants.errno lists the names Node knows (not ESOCKTNOSUPPORT, for one); those must agree.
    const live = constants.errno as Record<string, number>;
    let checked = 0;
    for (const entry of shipped.entries) {
      const posix = entry.crosswalk.posix;
      if (!posix || posix.linux === null || !(posix.name in live)) continue;
      assert.equal(posix.linux, live[posix.name], `${entry.symbol}: ${posix.name}`);
      checked++;
    }
    assert.ok(checked >= 40, `only ${checked} names checked`);
  });

  it("reports on Linux the -errno of the POSIX equivalent, and libuv's own numbers for DNS", {
    skip: process.platform !== "linux",
  }, () => {
    const map = getSystemErrorMap();
    for (const entry of withLibuv) {
      const { errnoLinux, uv } = entry.crosswalk.libuv!;
      const posix = entry.crosswalk.posix;
      if (uv.startsWith("UV_EAI_")) assert.equal(map.get(errnoLinux as number)?.[0], uv.slice(3), entry.symbol);
      else if (posix?.linux != null) assert.equal(errnoLinux, -posix.linux, entry.symbol);
      else assert.equal(errnoLinux, null, `${entry.symbol} has no Linux errno to report`);
    }
  });

  it("names on Linux the err.code this Node gives that errno (its words where libuv has no name)", {
    skip: process.platform !== "linux",
  }, () => {
    const renamed: string[] = [];
    for (const entry of withLibuv) {
      const { errnoLinux, nodeCodePosix } = entry.crosswalk.libuv!;
      if (errnoLinux === null) {
        assert.equal(nodeCodePosix, entry.crosswalk.posix === null ? null : nodeCodePosix, entry.symbol);
        continue;
      }
      // (DNS errors: Node's dns module gives EAI_NONAME as ENOTFOUND, on every system.)
      if (entry.crosswalk.libuv!.uv.startsWith("UV_EAI_")) {
        assert.equal(nodeCodePosix, entry.crosswalk.libuv!.nodeCode, entry.symbol);
        continue;
      }
      // (ErrnoException's code is getSystemErrorName(): a name, or "Unknown system error -N".)
      const live = getSystemErrorName(errnoLinux);
      assert.equal(nodeCodePosix, live, `${entry.symbol}: errno ${errnoLinux}`);
      if (live !== entry.crosswalk.posix?.name) renamed.push(live);
    }
    // EWOULDBLOCK is EAGAIN, EOPNOTSUPP is ENOTSUP, and several have no name.
    assert.ok(
      renamed.includes("EAGAIN") && renamed.includes("ENOTSUP") && renamed.includes("Unknown system error -115"),
      renamed.join(),
    );
  });

  it("names on macOS what libuv names that number there, by the POSIX tables", () => {
    // No macOS here: the rule, checked on the catalogue's own numbers. A name is kept when
    // libuv has it (the names of uv/errno.h); else the libuv name with the same macOS number.
    const names = new Set(
      shipped.entries.flatMap((entry) => [entry.crosswalk.libuv?.nodeCode, entry.crosswalk.posix?.name]),
    );
    for (const entry of withLibuv) {
      const { nodeCodeMacos, errnoMacos, uv } = entry.crosswalk.libuv!;
      if (uv.startsWith("UV_EAI_") || errnoMacos === null) continue;
      const same = shipped.entries.filter((other) => other.crosswalk.posix?.macos === -errnoMacos);
      assert.ok(same.length > 0, entry.symbol);
      if (nodeCodeMacos === `Unknown system error ${errnoMacos}`) {
        assert.ok(!same.some((other) => names.has(other.crosswalk.posix?.name as string) && other !== entry));
      } else {
        assert.ok(names.has(nodeCodeMacos as string), `${entry.symbol}: ${nodeCodeMacos}`);
        assert.ok(
          same.some(
            (other) =>
              other.crosswalk.posix?.name === nodeCodeMacos || other.crosswalk.libuv?.nodeCode === nodeCodeMacos,
          ),
          `${entry.symbol}: ${nodeCodeMacos} is not errno ${errnoMacos} on macOS`,
        );
      }
    }
    const opnotsupp = shipped.entries.find((entry) => entry.symbol === "WSAEOPNOTSUPP")?.crosswalk.libuv;
    assert.deepEqual([opnotsupp?.nodeCodePosix, opnotsupp?.nodeCodeMacos], ["ENOTSUP", "Unknown system error -102"]);
  });
});
