// The catalogue against mingw-w64's winerror.h and winsock2.h (Debian mingw-w64-common),
// read here with a deliberately simple parser of its own, independent of scripts/.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { shipped } from "../helpers/catalogue.ts";

const INCLUDE = "/usr/share/mingw-w64/include";
const extra = JSON.parse(readFileSync(new URL("../../data/sources/winsock-codes-extra.json", import.meta.url), "utf8"));
const missingFromDebianMingw = new Set(Object.keys(extra.rows));

function headerCodes(): Map<string, number> {
  const winerror = readFileSync(`${INCLUDE}/winerror.h`, "utf8");
  const codes = new Map<string, number>();
  const base = Number(/#define WSABASEERR (\d+)/.exec(winerror)?.[1]);
  for (const [, name, offset] of winerror.matchAll(/^#define (WSA\w+) \(WSABASEERR \+ (\d+)\)/gm))
    codes.set(name as string, base + Number(offset));
  // winsock2.h: the "OS dependent" aliases are defined as Win32 error codes from winerror.h.
  const winsock2 = readFileSync(`${INCLUDE}/winsock2.h`, "utf8");
  for (const [, name, target] of winsock2.matchAll(/^#define (WSA_\w+) \((ERROR_\w+)\)/gm)) {
    const value = new RegExp(`^#define ${target} __MSABI_LONG\\((\\d+)\\)`, "m").exec(winerror)?.[1];
    codes.set(name as string, Number(value));
  }
  return codes;
}

// The headers are installed by scripts/setup-authorities.sh, which `npm test` runs first.
describe("catalogue against mingw-w64 headers", () => {
  const codes = headerCodes();
  const bySymbol = new Map(shipped.entries.map((entry) => [entry.symbol, entry]));

  it("reads a sensible number of codes from the headers", () => {
    assert.ok(codes.size >= 90, `only ${codes.size} codes read`);
  });

  it("has every WSA error macro of winerror.h and winsock2.h, with the same value", () => {
    for (const [name, value] of codes) {
      const entry = bySymbol.get(name) ?? shipped.entries.find((item) => item.spellings.includes(name));
      assert.ok(entry, `${name} (${value}) is missing from the catalogue`);
      assert.equal(entry.value, value, `${name}: catalogue ${entry.value}, header ${value}`);
    }
  });

  it("has nothing the headers lack, except the documented upstream additions", () => {
    for (const entry of shipped.entries) {
      if (entry.kind === "wait" || missingFromDebianMingw.has(entry.symbol)) continue;
      assert.equal(codes.get(entry.symbol), entry.value, `${entry.symbol} is not in the Debian mingw-w64 headers`);
    }
  });

  it("documents exactly the codes this mingw-w64 lacks", () => {
    for (const symbol of missingFromDebianMingw) assert.ok(!codes.has(symbol), `${symbol} is in the headers now`);
  });
});

describe("the Win32 codes of overlapped socket I/O against mingw-w64's winerror.h", () => {
  const winerror = readFileSync(`${INCLUDE}/winerror.h`, "utf8");
  const named = shipped.entries.flatMap((entry) => (entry.crosswalk.win32 ? [entry.crosswalk.win32] : []));

  it("names six of them in the catalogue's crosswalk", () => assert.equal(named.length, 6));

  it("gives each the value the header defines for its name", () => {
    for (const { name, value } of named) {
      const defined = new RegExp(`^#define ${name} __MSABI_LONG\\((\\d+)\\)`, "m").exec(winerror)?.[1];
      assert.equal(Number(defined), value, `${name}: catalogue ${value}, header ${defined}`);
    }
  });
});

// getaddrinfo's codes: Windows' ws2tcpip.h defines each EAI_* name as a Winsock code, glibc's
// netdb.h (Debian libc6-dev) gives the same names their Linux numbers.
describe("the getaddrinfo crosswalk against ws2tcpip.h and glibc's netdb.h", () => {
  const codes = headerCodes();
  const windows = new Map<string, number>();
  for (const [, name, value] of readFileSync(`${INCLUDE}/ws2tcpip.h`, "utf8").matchAll(
    /^#define (EAI_\w+) (WSA\w+|\d+)\b/gm,
  ))
    windows.set(
      name as string,
      /^\d+$/.test(value as string) ? Number(value) : (codes.get(value as string) ?? Number.NaN),
    );
  const linux = new Map<string, number>();
  for (const [, name, value] of readFileSync("/usr/include/netdb.h", "utf8").matchAll(
    /^#\s*define\s+(EAI_\w+)\s+(-\d+)/gm,
  ))
    linux.set(name as string, Number(value));
  const crosswalked = shipped.entries.filter((entry) => entry.crosswalk.getaddrinfo);

  it("reads the names from both headers", () => {
    assert.ok(windows.size >= 9, `only ${windows.size} EAI_* names in ws2tcpip.h`);
    assert.ok(linux.size >= 10, `only ${linux.size} EAI_* names in netdb.h`);
  });

  it("gives every EAI_* name of ws2tcpip.h to the entry whose value it is defined as", () => {
    for (const [name, value] of windows) {
      const entry = shipped.entries.find((item) => item.crosswalk.getaddrinfo?.name === name);
      assert.equal(entry?.value, value, `${name} (${value}): ${entry?.symbol ?? "no entry"}`);
    }
    assert.equal(crosswalked.length, windows.size);
  });

  it("gives each the number glibc defines for its name", () => {
    for (const entry of crosswalked) {
      const { name, linux: number } = entry.crosswalk.getaddrinfo ?? { name: "", linux: null };
      assert.equal(number, linux.get(name), `${entry.symbol} ${name}`);
    }
  });
});
