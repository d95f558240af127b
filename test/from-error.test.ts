import assert from "node:assert/strict";
import { lookup as dnsLookup } from "node:dns/promises";
import { createServer, type Socket } from "node:net";
import { describe, it } from "node:test";
import axios from "axios";
import { type CatalogueEntry, fromError, isRetryable, lookup, WinsockError } from "../src/index.ts";
import { closedPort, refusedConnectError, resetReadError } from "./helpers/sockets.ts";

const platformHere = process.platform === "win32" ? "windows" : "posix";

describe("fromError with errors from real sockets", () => {
  it("reads a refused connect as WSAECONNREFUSED from code and errno", async () => {
    const error = await refusedConnectError(await closedPort());
    const match = fromError(error);
    assert.equal(match?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(match.platform, platformHere);
    assert.equal(match.syscall, "connect");
    assert.deepEqual(
      match.evidence.map((item) => item.path).filter((path) => path !== "message"),
      ["code", "errno"],
    );
  });

  it("reads a connection reset by the peer as WSAECONNRESET", async () => {
    const error = await resetReadError();
    assert.equal(fromError(error)?.entry.symbol, "WSAECONNRESET");
  });

  it("follows undici's fetch failed to the code in its cause", async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((caught: unknown) => caught);
    assert.match(String((error as Error).message), /fetch failed/);
    const match = fromError(error);
    assert.equal(match?.entry.symbol, "WSAECONNREFUSED");
    assert.ok(match.evidence.some((item) => item.path === "cause.code"));
  });

  it("reads an AggregateError from a happy-eyeballs connect through its errors", async () => {
    const port = await closedPort();
    const errors = [await refusedConnectError(port), await refusedConnectError(port)];
    const aggregate = new AggregateError(errors, "connect failed");
    const match = fromError(aggregate);
    assert.equal(match?.entry.symbol, "WSAECONNREFUSED");
    assert.ok(match.evidence.some((item) => item.path.startsWith("errors[0]")));
  });

  it("reads a failed DNS lookup as WSAHOST_NOT_FOUND", async () => {
    const error = await dnsLookup("does-not-exist.invalid").catch((caught: unknown) => caught);
    const code = (error as { code?: string }).code;
    // Without a resolver some systems answer EAI_AGAIN for .invalid; both are name-resolution errors.
    const expected = code === "ENOTFOUND" ? "WSAHOST_NOT_FOUND" : "WSATRY_AGAIN";
    assert.equal(fromError(error)?.entry.symbol, expected);
  });
});

describe("fromError with shapes from other platforms and runtimes", () => {
  it("knows Node on Windows by its errno", () => {
    const match = fromError({ code: "ECONNRESET", errno: -4077, syscall: "read" });
    assert.equal(match?.entry.symbol, "WSAECONNRESET");
    assert.equal(match.platform, "windows");
  });

  it("knows Node on macOS by its errno", () => {
    const match = fromError({ code: "ECONNREFUSED", errno: -61, syscall: "connect" });
    assert.equal(match?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(match.platform, "posix");
  });

  it("reads a nested cause chain", () => {
    const socket = { code: "ETIMEDOUT", errno: -110, syscall: "connect" };
    const error = new Error("request failed", { cause: new Error("socket", { cause: socket }) });
    assert.equal(fromError(error)?.entry.symbol, "WSAETIMEDOUT");
  });

  it("reads no library's own timer: an ETIMEDOUT with neither the call nor an errno number (a red-team pass)", () => {
    // axios's fetch adapter (code ETIMEDOUT, "timeout of 200ms exceeded"), nodemailer's
    // connection and greeting timers: each sets the code alone; Node sets syscall and errno.
    for (const message of ["timeout of 200ms exceeded", "Connection timeout", "Greeting never received"])
      assert.equal(fromError(Object.assign(new Error(message), { code: "ETIMEDOUT" })), undefined, message);
    assert.equal(fromError({ code: "ETIMEDOUT", errno: -110, syscall: "connect" })?.entry.symbol, "WSAETIMEDOUT");
    // (Its cause, when a wrapper keeps one, is still read.)
    const wrapped = Object.assign(new Error("timeout"), {
      code: "ETIMEDOUT",
      cause: { code: "ECONNRESET", errno: -104, syscall: "read" },
    });
    assert.equal(fromError(wrapped)?.entry.symbol, "WSAECONNRESET");
  });

  it("keeps the platform of the error a WinsockError wraps, and reads socket.io's transport event (a red-team pass)", () => {
    const linux = { code: "ECONNREFUSED", errno: -111, syscall: "connect", address: "127.0.0.1", port: 1 };
    const wrapped = WinsockError.from(linux);
    assert.equal(wrapped?.code, "WSAECONNREFUSED");
    const match = fromError(wrapped);
    assert.equal(match?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(match.platform, "posix");
    // A WinsockError made from an entry alone is read as it is; with a cause that names nothing,
    // its own code still counts (no platform: the cause's is not known).
    assert.equal(fromError(new WinsockError(lookup(10054) as CatalogueEntry))?.platform, "windows");
    const boom = new WinsockError(lookup(10054) as CatalogueEntry, { cause: new Error("boom") });
    assert.equal(fromError(boom)?.entry.symbol, "WSAECONNRESET");
    assert.equal(isRetryable(boom), true);
    // socket.io-client's connect_error: "websocket error", the ws ErrorEvent in `description`.
    const connectError = Object.assign(new Error("websocket error"), {
      type: "TransportError",
      description: { type: "error", error: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), linux) },
    });
    assert.equal(fromError(connectError)?.entry.symbol, "WSAECONNREFUSED");
  });

  it("reads a BigInt errno, winerror or code as the number it is (a red-team pass)", () => {
    assert.equal(fromError({ errno: -4077n })?.platform, "windows");
    assert.equal(fromError({ winerror: 10054n })?.entry.symbol, "WSAECONNRESET");
    const linux = fromError({ code: "ECONNRESET", errno: -104n, syscall: "read" });
    assert.equal(linux?.entry.symbol, "WSAECONNRESET");
    assert.equal(linux.platform, "posix");
    assert.equal(fromError({ errno: 10n ** 30n }), undefined);
  });

  it("reads a number in `code` as a Winsock code only: another protocol's status is none (a red-team pass)", () => {
    // @grpc/grpc-js puts its status in `code`: 14 UNAVAILABLE, 4 DEADLINE_EXCEEDED, 8 RESOURCE_EXHAUSTED.
    for (const [code, message] of [
      [14, "14 UNAVAILABLE: Name resolution failed for target dns:nope.invalid:50051"],
      [4, "4 DEADLINE_EXCEEDED: Deadline exceeded"],
      [8, "8 RESOURCE_EXHAUSTED: Received message larger than max"],
      [13, "13 INTERNAL: Received RST_STREAM with code 2"],
    ] as const)
      assert.equal(fromError(Object.assign(new Error(message), { code })), undefined, message);
    assert.equal(fromError({ code: "104" }), undefined);
    assert.equal(fromError({ code: 10054 })?.entry.symbol, "WSAECONNRESET");
    assert.equal(fromError({ code: "10061" })?.entry.symbol, "WSAECONNREFUSED");
  });

  it("reads a plain string", () => {
    assert.equal(
      fromError("[WinError 10054] An existing connection was forcibly closed")?.entry.symbol,
      "WSAECONNRESET",
    );
  });

  it("prefers the code field over a number in the message", () => {
    const error = Object.assign(new Error("port 10061 unreachable"), { code: "EHOSTUNREACH" });
    assert.equal(fromError(error)?.entry.symbol, "WSAEHOSTUNREACH");
  });
});

describe("fromError with hostile and empty input", () => {
  it("ends on a cyclic cause chain", () => {
    const a: Record<string, unknown> = { message: "a" };
    const b: Record<string, unknown> = { message: "b", cause: a };
    a["cause"] = b;
    assert.equal(fromError(a), undefined);
    b["code"] = "ECONNRESET";
    assert.equal(fromError(a)?.entry.symbol, "WSAECONNRESET");
  });

  it("survives throwing getters and revoked proxies", () => {
    const throwing = Object.defineProperty({}, "code", {
      get() {
        throw new Error("boom");
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(fromError(throwing), undefined);
    assert.equal(fromError(proxy), undefined);
  });

  it("answers undefined for values that name nothing", () => {
    const values = [null, undefined, 0n, {}, [], new Error("plain"), Object.create(null), { code: "__proto__" }];
    for (const [index, value] of values.entries()) assert.equal(fromError(value), undefined, `value #${index}`);
  });
});

describe("fromError with codes libuv folds in from elsewhere", () => {
  it("does not read a missing file (ENOENT, -4058 on Windows) or a broken pipe as Winsock", async () => {
    // libuv's Windows translation gives WSANO_DATA as ENOENT and WSAESHUTDOWN as EPIPE; read
    // back, those codes are a file's and a pipe's far more often (a hunt through real pastes).
    const real = await import("node:fs/promises").then((fs) =>
      fs.readFile("/nonexistent/wsaerr").catch((error) => error),
    );
    assert.equal(fromError(real), undefined);
    assert.equal(fromError({ errno: -4058, code: "ENOENT", syscall: "open", path: "E:\\js\\x.txt" }), undefined);
    assert.equal(fromError({ errno: -4058, code: "ENOENT", syscall: "spawn git" }), undefined);
    // After getaddrinfo, ENOENT is Node-on-Windows' WSANO_DATA (nodejs/node#2578).
    const dns = fromError({ errno: -4058, code: "ENOENT", syscall: "getaddrinfo", hostname: "registry.npmjs.org" });
    assert.equal(dns?.entry.symbol, "WSANO_DATA");
    assert.equal(dns?.platform, "windows");
    assert.equal(fromError({ errno: -32, code: "EPIPE", syscall: "write" }), undefined);
    // A positive errno is POSIX's (6 is ENXIO), not a Win32 error; winerror and NativeErrorCode carry those.
    assert.equal(fromError({ errno: 6 }), undefined);
    assert.equal(fromError({ errno: 22, winerror: 995 })?.entry.symbol, "WSA_OPERATION_ABORTED");
    assert.equal(fromError({ NativeErrorCode: 995 })?.entry.symbol, "WSA_OPERATION_ABORTED");
    // The socket codes beside them still read.
    assert.equal(fromError({ errno: -4077, code: "ECONNRESET", syscall: "read" })?.entry.symbol, "WSAECONNRESET");
    assert.equal(fromError({ errno: -4088, code: "EAGAIN", syscall: "read" })?.entry.symbol, "WSAEWOULDBLOCK");
  });
});

describe("fromError with an HTTP client's own ECONNABORTED", () => {
  it("reads axios's timeout (code ECONNABORTED, no syscall) as no socket error", async () => {
    // A real loopback server that accepts and never answers: axios gives up on its own timer.
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    try {
      const error = await axios.get(`http://127.0.0.1:${port}/`, { timeout: 50 }).then(
        () => assert.fail("the server never answers"),
        (caught: unknown) => caught,
      );
      assert.equal((error as { code?: string }).code, "ECONNABORTED");
      assert.match((error as Error).message, /^timeout of 50ms exceeded$/);
      assert.equal(fromError(error), undefined);
      assert.equal(isRetryable(error), false);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    }
  });

  it("still reads Node's ECONNABORTED, which names its syscall", () => {
    const error = Object.assign(new Error("read ECONNABORTED"), { code: "ECONNABORTED", errno: -103, syscall: "read" });
    assert.equal(fromError(error)?.entry.symbol, "WSAECONNABORTED");
    // (An HTTP client's error wrapping it keeps it as the cause.)
    const wrapped = Object.assign(new Error("read ECONNABORTED"), { code: "ECONNABORTED", cause: error });
    assert.equal(fromError(wrapped)?.entry.symbol, "WSAECONNABORTED");
    assert.equal(fromError({ code: "ECONNABORTED" }), undefined);
    // superagent's response timeout: its own, with an errno of its own beside the code.
    const superagent = Object.assign(new Error("Response timeout of 1000ms exceeded"), {
      code: "ECONNABORTED",
      errno: "ETIMEDOUT",
      timeout: 1000,
    });
    assert.equal(fromError(superagent), undefined);
    // (A Winsock number beside such a code is still read.)
    assert.equal(fromError({ code: "ECONNABORTED", winerror: 10053 })?.entry.symbol, "WSAECONNABORTED");
  });
});

describe("fromError with a file system's and a library's own errors", () => {
  it("reads no socket error from a file-system call's errno names, real ones made here", async () => {
    const { mkdtempSync, openSync, closeSync, rmdirSync, rmSync, symlinkSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const caught = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return error;
      }
      throw new Error("no error");
    };
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-fs-"));
    writeFileSync(join(dir, "file"), "");
    symlinkSync(join(dir, "b"), join(dir, "a"));
    symlinkSync(join(dir, "a"), join(dir, "b"));
    // ENOTEMPTY (-39, macOS's EDESTADDRREQ by number), ELOOP (-40, macOS's EMSGSIZE), EBADF on close.
    for (const error of [
      caught(() => rmdirSync(dir)),
      caught(() => openSync(join(dir, "a"), "r")),
      caught(() => closeSync(99_999)),
    ]) {
      assert.equal(fromError(error), undefined, String(error));
      assert.equal(isRetryable(error), false);
    }
    rmSync(dir, { recursive: true, force: true });
    assert.equal(fromError({ code: "EMFILE", errno: -24, syscall: "open" }), undefined);
    assert.equal(fromError({ code: "EACCES", errno: -13, syscall: "open" }), undefined);
    // The same names after a socket's call are its errors.
    assert.equal(fromError({ code: "EMFILE", errno: -24, syscall: "accept" })?.entry.symbol, "WSAEMFILE");
    assert.equal(fromError({ code: "EACCES", errno: -13, syscall: "bind" })?.entry.symbol, "WSAEACCES");
    assert.equal(fromError({ code: "EAGAIN", errno: -11, syscall: "read" })?.entry.symbol, "WSAEWOULDBLOCK");
    // After read, write or close a name files share drops its field whole, not only that reading
    // (-39 is EDESTADDRREQ on macOS); socket calls not in the file list still read everything.
    assert.equal(fromError({ code: "ENOTEMPTY", errno: -39, syscall: "read" }), undefined);
    assert.equal(fromError({ code: "EINVAL", errno: -22, syscall: "write" }), undefined);
    assert.equal(
      fromError({ code: "ENOTFOUND", errno: -3008, syscall: "getHostByAddr" })?.entry.symbol,
      "WSAHOST_NOT_FOUND",
    );
    assert.equal(fromError({ code: "EBADF", errno: -9, syscall: "getsockname" })?.entry.symbol, "WSAEBADF");
  });

  it("reads got's own timeout (ETIMEDOUT, no syscall, 'Timeout awaiting') as no socket error", () => {
    const got = { name: "TimeoutError", code: "ETIMEDOUT", message: "Timeout awaiting 'request' for 100ms" };
    assert.equal(fromError(got), undefined);
    // (A message that throws when made a string leaves the object's other fields read.)
    const odd = {
      code: "ETIMEDOUT",
      syscall: "connect",
      message: {
        toString() {
          throw new Error("g");
        },
      },
    };
    assert.equal(fromError(odd)?.entry.symbol, "WSAETIMEDOUT");
    assert.equal(fromError({ code: "ETIMEDOUT", errno: -110, syscall: "connect" })?.entry.symbol, "WSAETIMEDOUT");
  });

  it("reads the request library's own timer (ETIMEDOUT with its connect flag, no syscall) as no socket error", () => {
    // request.js: e = new Error('ETIMEDOUT'); e.code = 'ETIMEDOUT'; e.connect = true (request/request#1848).
    const request = Object.assign(new Error("ETIMEDOUT"), { code: "ETIMEDOUT", connect: true });
    assert.equal(fromError(request), undefined);
    assert.equal(fromError({ code: "ETIMEDOUT", connect: false })?.entry.symbol, undefined);
    assert.equal(fromError({ code: "ETIMEDOUT", syscall: "connect", connect: true })?.entry.symbol, "WSAETIMEDOUT");
  });

  it("reads no code from a number in an ordinary message: ids, counts, times", () => {
    for (const message of ["User 10054 not found", "Failed to load invoice 10060", "Processed 10054 records"]) {
      assert.equal(fromError(new Error(message)), undefined, message);
      assert.equal(isRetryable(new Error(message)), false, message);
    }
    assert.equal(fromError(new Error("recv failed with error 10054"))?.entry.symbol, "WSAECONNRESET");
  });
});
