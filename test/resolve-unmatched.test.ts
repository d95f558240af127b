// resolve() outside the browser core: an input none of its forms match is read by the log
// explainer (src/index.ts installs it), so lookup, fromError and classify know every shape
// `wsaerr explain` knows; the browser core's build drops the call (scripts/compile.mjs).
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import * as source from "../src/index.ts";
import { setUnmatchedReader } from "../src/resolve.ts";
import { scannedCandidates } from "../src/scan/candidates.ts";
import { ROOT } from "./helpers/catalogue.ts";

const INDEX = join(ROOT, "dist/index.js");
const BROWSER = join(ROOT, "dist/browser/wsaerr.js");
const built = existsSync(INDEX) && existsSync(BROWSER);

/** Inputs only the explainer reads, each a shape pasted from a real program, and the code it names. */
const EXPLAINER_ONLY: readonly [string, string, source.Platform][] = [
  // Puppeteer's page.goto() (Chromium's net error list).
  ["net::ERR_CONNECTION_REFUSED at http://localhost:3000", "WSAECONNREFUSED", "unknown"],
  // Java on Windows (DualStackPlainSocketImpl's "connect" suffix).
  ["java.net.ConnectException: Connection refused: connect", "WSAECONNREFUSED", "windows"],
  // curl for Windows (Schannel builds).
  ["curl: (56) Recv failure: Connection was reset", "WSAECONNRESET", "windows"],
  // Elixir's {:error, reason} tuple.
  ["** (MatchError) no match of right hand side value: {:error, :econnrefused}", "WSAECONNREFUSED", "unknown"],
  // MySQL's client on Linux: getaddrinfo's code, EAI_NONAME (glibc's -2).
  ["ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)", "WSAHOST_NOT_FOUND", "posix"],
];

describe("resolve() reads what its forms do not match with the log explainer", () => {
  for (const [input, symbol, platform] of EXPLAINER_ONLY) {
    it(input, () => {
      const [best, ...others] = source.resolve(input);
      assert.equal(best?.entry.symbol, symbol);
      assert.equal(best?.platform, platform);
      assert.match(best?.reason ?? "", /\(\w[\w-]*\)$/, "the reason names the explainer's dialect");
      assert.ok((best?.score ?? 100) < 100, "below the exact forms");
      assert.equal(others.length, 0);
      assert.equal(source.lookup(input)?.symbol, symbol);
    });
  }

  it("leaves what a form matches to that form", () => {
    assert.equal(source.resolve("10054")[0]?.reason, "decimal");
    const winError = source.resolve("[WinError 10061] No connection could be made");
    assert.ok(winError.every((candidate) => !candidate.reason.includes("(")));
  });

  it("stays total when the reader fails", () => {
    setUnmatchedReader(() => {
      throw new Error("the explainer's file is missing");
    });
    try {
      assert.deepEqual(source.resolve("net::ERR_CONNECTION_REFUSED"), []);
      assert.equal(source.resolve("10054")[0]?.entry.symbol, "WSAECONNRESET");
    } finally {
      setUnmatchedReader(scannedCandidates);
    }
    assert.equal(source.resolve("net::ERR_CONNECTION_REFUSED")[0]?.entry.symbol, "WSAECONNREFUSED");
  });

  it("still answers [] for what names no socket error", () => {
    for (const input of ["hello", "ENOENT: no such file or directory, open 'a.txt'", "listening on 0.0.0.0:8080", ""]) {
      assert.deepEqual(source.resolve(input), [], input);
    }
  });

  it("lets fromError and classify read a browser driver's error", () => {
    // Playwright's page.goto() error: the net error first, a call log after it.
    const error = new Error(
      'page.goto: net::ERR_CONNECTION_RESET at https://example.com/\nCall log:\n  - navigating to "https://example.com/"',
    );
    assert.equal(source.fromError(error)?.entry.symbol, "WSAECONNRESET");
    assert.equal(source.classify(error)?.entry.symbol, "WSAECONNRESET");
    assert.equal(
      source.isRetryable(new Error("net::ERR_CONNECTION_REFUSED at http://localhost:3000")),
      source.isRetryable({ code: "ECONNREFUSED" }),
    );
  });
});

describe("the built library and browser core", { skip: built ? false : "dist/ not built" }, async () => {
  const dist: typeof source = built ? await import(pathToFileURL(INDEX).href) : source;
  const browser: typeof source = built ? await import(pathToFileURL(BROWSER).href) : source;

  it("the Node library reads them as the sources do, with its own entries", () => {
    for (const [input, symbol] of EXPLAINER_ONLY) {
      const [best] = dist.resolve(input);
      assert.equal(best?.entry.symbol, symbol, input);
      assert.equal(best?.entry, dist.lookup(symbol), "one of the library's ENTRIES");
      assert.deepEqual(
        dist.resolve(input).map(({ entry, ...rest }) => ({ ...rest, symbol: entry.symbol })),
        source.resolve(input).map(({ entry, ...rest }) => ({ ...rest, symbol: entry.symbol })),
      );
    }
  });

  it("the browser core has the sources' table, less getaddrinfo's crosswalk (as README says)", () => {
    const withoutGetaddrinfo = (entries: readonly source.CatalogueEntry[]) =>
      JSON.stringify(entries.map((entry) => ({ ...entry, crosswalk: { ...entry.crosswalk, getaddrinfo: null } })));
    assert.equal(JSON.stringify(browser.ENTRIES), withoutGetaddrinfo(source.ENTRIES));
    assert.ok(source.ENTRIES.some((entry) => entry.crosswalk.getaddrinfo !== null));
    // libuv's names of getaddrinfo's codes still look their entries up there; the others do not.
    assert.equal(browser.resolve("EAI_NONAME")[0]?.entry.symbol, "WSAHOST_NOT_FOUND");
    assert.equal(browser.fromError({ code: "EAI_AGAIN" })?.entry.symbol, "WSATRY_AGAIN");
    assert.deepEqual(browser.resolve("EAI_NODATA"), []);
    assert.equal(source.resolve("EAI_NODATA")[0]?.entry.symbol, "WSANO_DATA");
  });

  it("the browser core, without the explainer, reads none of them (as README says)", () => {
    for (const [input] of EXPLAINER_ONLY) assert.deepEqual(browser.resolve(input), [], input);
    assert.equal(browser.resolve("WSAECONNRESET")[0]?.entry.symbol, "WSAECONNRESET");
  });
});
