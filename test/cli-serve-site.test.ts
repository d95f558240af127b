// `wsaerr build-site` and `wsaerr serve` when they cannot do what was asked: as real
// processes (from source), each under a time limit, since the failures found were a hang
// and a server listening where it should not.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const CLI = new URL("./fixtures/web/run-cli.ts", import.meta.url).pathname;

/** The CLI as a process, killed after `timeout` ms (its status is then null). */
function wsaerr(args: string[], timeout = 20_000) {
  return spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8", timeout });
}

/** Status 2 with one line on stderr, and nothing on stdout. */
function assertOneLineFailure(result: ReturnType<typeof wsaerr>, pattern: RegExp) {
  assert.equal(result.signal, null, "ended by itself, within the time limit");
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
  assert.match(result.stderr, pattern);
  assert.equal(result.stdout, "");
}

describe("wsaerr build-site", () => {
  const scratch = mkdtempSync(join(tmpdir(), "wsaerr-site-"));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("writes the site into directories it makes, however deep", () => {
    const result = wsaerr(["build-site", join(scratch, "a", "b", "site")]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(scratch, "a", "b", "site", "de", "10054", "index.html")));
  });

  it("exits 2 with one line where a directory cannot be made under one that exists (/proc)", {
    skip: !existsSync("/proc/self") && "no /proc here",
  }, () => {
    // (Found by a review: mkdirSync's `recursive` looped for ever at full CPU on such paths.)
    for (const dir of ["/proc/nope", "/proc/nope/deeper/still"])
      assertOneLineFailure(
        wsaerr(["build-site", dir], 10_000),
        /^wsaerr: cannot write the site to \/proc\/nope.*ENOENT/,
      );
  });

  it("exits 2 with one line where a file stands in the way", () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "x");
    assertOneLineFailure(wsaerr(["build-site", join(file, "site")]), /^wsaerr: cannot write the site to .*ENOTDIR/);
  });
});

describe("wsaerr serve", () => {
  it("refuses an empty --host as a usage error (Node would listen on every interface)", () => {
    // (Found by a review: `--host ""` served on every interface.) A server that started would
    // run until the time limit: status null.
    for (const host of ["", " "])
      assertOneLineFailure(wsaerr(["serve", "--host", host, "--port", "0"], 10_000), /--host/);
  });

  it("exits 2 with one line when the port is in use", async () => {
    // (Found by a review: status 1, which means "not found".)
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as import("node:net").AddressInfo;
    try {
      assertOneLineFailure(
        wsaerr(["serve", "--port", String(port)], 10_000),
        new RegExp(`^wsaerr: cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`),
      );
    } finally {
      taken.close();
    }
  });

  it("exits 2 with one line for an address that is not this machine's", () => {
    // (192.0.2.1 is TEST-NET-1: no machine has it, and no name needs resolving.)
    assertOneLineFailure(
      wsaerr(["serve", "--host", "192.0.2.1", "--port", "0"], 10_000),
      /^wsaerr: cannot listen on 192\.0\.2\.1:0: .*EADDRNOTAVAIL/,
    );
  });
});
