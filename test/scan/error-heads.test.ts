// A JavaScript error printed whole — its first line naming the code (`Error: read ECONNRESET`),
// its stack, then its object with errno and code — is one error: one finding, the object's, whose
// errno number tells the platform. Real shapes (each cited), real errors of this Node on
// loopback, and the limits, through every path and with a segment edge before every line.
import assert from "node:assert/strict";
import { once } from "node:events";
import { connect, createServer, type Server, type Socket } from "node:net";
import { describe, it } from "node:test";
import { inspect } from "node:util";
import { scan } from "../../src/scan/index.ts";
import { LINES_AFTER, OBJECT_LINES_MAX, SPAWN_LINES, STACK_LINES_MAX } from "../../src/scan/max-line.ts";
import { assertFindsOnEveryPath } from "../helpers/edges.ts";

/** `count` stack lines as V8 prints them. */
const frames = (count: number, indent = "    ") =>
  Array.from({ length: count }, (_, index) => `${indent}at step${index} (/app/lib/client.js:${index + 1}:7)`);

describe("a JavaScript error's first line, stack and object", () => {
  it("is one finding in Node's shape, on Windows and on Linux", async () => {
    await assertFindsOnEveryPath(
      [
        // kasattejaswi/nodejs-proxy-server#5 (Windows).
        "Proxy to server error",
        "Error: read ECONNRESET",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:220:20) {",
        "  errno: -4077,",
        "  code: 'ECONNRESET',",
        "  syscall: 'read'",
        "}",
        // The-Vibe-Company/quivr#1827 (docker compose, Linux): undici's cause, printed without
        // and with its stack, each line after the container's name.
        "web                             |  [TypeError: fetch failed] {",
        "web                             |   cause:  [Error: connect ECONNREFUSED 127.0.0.1:8000] {",
        "web                             |   errno: -111,",
        "web                             |   code: 'ECONNREFUSED',",
        "web                             |   syscall: 'connect',",
        "web                             | }",
        "web                             | }",
        "web                             | TypeError: fetch failed",
        "web                             |     at Object.fetch (node:internal/deps/undici/undici:11730:11)",
        "web                             |     at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {",
        "web                             |   cause: Error: connect ECONNREFUSED 127.0.0.1:8000",
        "web                             |       at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
        "web                             |       at TCPConnectWrap.callbackTrampoline (node:internal/async_hooks:130:17) {",
        "web                             |     errno: -111,",
        "web                             |     code: 'ECONNREFUSED',",
        "web                             |     syscall: 'connect',",
        "web                             |   }",
        "web                             | }",
        "",
      ].join("\n"),
      ["4 WSAECONNRESET windows", "10 WSAECONNREFUSED posix", "21 WSAECONNREFUSED posix"],
    );
  });

  it("reads the errno below an unhandled 'error' event's emitter, axios's code, the mysql driver's stacks", async () => {
    // wuzhi05/MyActions#1 (Node 14 on Linux): ten frames, the emitter's two, code above errno.
    const listen = [
      "events.js:377",
      "      throw er; // Unhandled 'error' event",
      "      ^",
      "",
      "Error: listen EADDRINUSE: address already in use :::5678",
      ...frames(10),
      "Emitted 'error' event on Server instance at:",
      "    at emitErrorNT (net.js:1358:8)",
      "    at processTicksAndRejections (internal/process/task_queues.js:82:21) {",
      "  code: 'EADDRINUSE',",
      "  errno: -98,",
      "  syscall: 'listen',",
      "  address: '::',",
      "  port: 5678",
      "}",
    ];
    // bentoml/BentoML#3890 (axios on Windows: its last stack line ends in "{ "; port, address,
    // syscall, then code and errno).
    const axios = [
      "AxiosError: connect ECONNREFUSED ::1:4000",
      "    at AxiosError.from (C:\\Users\\me\\server\\node_modules\\axios\\dist\\node\\axios.cjs:836:14)",
      ...frames(8),
      "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) { ",
      "  port: 4000,",
      "  address: '::1',",
      "  syscall: 'connect',",
      "  code: 'ECONNREFUSED',",
      "  errno: -4078,",
      "  config: {",
      "    timeout: 0,",
      "  }",
      "}",
    ];
    // aternosorg/modbot#381 (the mysql driver on Windows): its line between two stacks.
    const mysql = [
      "Error: connect ECONNREFUSED 127.0.0.1:3306",
      "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1146:16)",
      "    --------------------",
      "    at Protocol._enqueue (C:\\Users\\me\\Bot\\node_modules\\mysql\\lib\\protocol\\Protocol.js:144:48)",
      ...frames(6),
      "    at Object.Module._extensions..js (node:internal/modules/cjs/loader:1153:10) {",
      "  errno: -4078,",
      "  code: 'ECONNREFUSED',",
      "  syscall: 'connect',",
      "  fatal: true",
      "}",
    ];
    await assertFindsOnEveryPath([...listen, ...axios, ...mysql, ""].join("\n"), [
      "20 WSAEADDRINUSE posix",
      `${listen.length + 16} WSAECONNREFUSED windows`,
      `${listen.length + axios.length + 12} WSAECONNREFUSED windows`,
    ]);
  });

  it("reads the object of older Nodes: an errno that is the code's name, an object opened before the error", async () => {
    await assertFindsOnEveryPath(
      [
        // axios/axios#3708 (Node 12–14).
        "Error: connect ECONNREFUSED 127.0.0.1:80",
        "    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1056:14) {",
        "  errno: 'ECONNREFUSED',",
        "  code: 'ECONNREFUSED',",
        "  syscall: 'connect',",
        // axios/axios#543 (Node 6): the object's brace before the error, the properties after the stack.
        "{ Error: connect ECONNREFUSED 10.37.20.102:3128",
        "    at Object.exports._errnoException (util.js:1026:11)",
        "    at exports._exceptionWithHostPort (util.js:1049:20)",
        "    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1085:14)",
        "  code: 'ECONNREFUSED',",
        "  errno: 'ECONNREFUSED',",
        "  syscall: 'connect',",
        // xiaoxiunique/1k-github-stars#2 (Next.js on Windows): its stack line repeats the message.
        " ⨯ Error: connect ECONNREFUSED 192.168.86.104:443",
        "    at <unknown> (Error: connect ECONNREFUSED 192.168.86.104:443) {",
        "  errno: -4078,",
        "  code: 'ECONNREFUSED',",
        "",
      ].join("\n"),
      ["3 WSAECONNREFUSED unknown", "10 WSAECONNREFUSED unknown", "15 WSAECONNREFUSED windows"],
    );
  });

  it("keeps the first line where the object says nothing of the same error, or lies past what is read", async () => {
    const objectOf = (errno: string, code: string) => [`  errno: ${errno},`, `  code: '${code}',`, "}"];
    await assertFindsOnEveryPath(
      [
        // Node on Windows folds WSANO_DATA into ENOENT after getaddrinfo: the first line says so
        // (the runtime-code recogniser), the object's ENOENT alone is a file's.
        "Error: getaddrinfo ENOENT db.internal",
        "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:64:26) {",
        ...objectOf("-4058", "ENOENT"),
        // Another code below is another error.
        "Error: read ECONNRESET",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
        ...objectOf("-32", "EPIPE"),
        // A code alone, no errno: the first line stays, as does the code (a library's own error).
        "Error: read ETIMEDOUT",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
        "  code: 'ETIMEDOUT',",
        "}",
        // More stack lines than are read.
        "Error: read ECONNRESET",
        ...frames(STACK_LINES_MAX),
        `${frames(1)[0]} {`,
        ...objectOf("-104", "ECONNRESET"),
        // The errno and code past the object's first OBJECT_LINES_MAX lines.
        "Error: connect ECONNREFUSED 10.0.0.9:80",
        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {",
        ...Array.from({ length: OBJECT_LINES_MAX - 1 }, (_, index) => `  field${index}: 1,`),
        ...objectOf("-111", "ECONNREFUSED"),
        // A line between the stack and the object that is neither.
        "Error: read ECONNRESET",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)",
        "request failed, retrying {",
        ...objectOf("-104", "ECONNRESET"),
        "",
      ].join("\n"),
      [
        "1 WSANO_DATA windows",
        "6 WSAECONNRESET unknown",
        "11 WSAETIMEDOUT unknown",
        "13 WSAETIMEDOUT unknown",
        "15 WSAECONNRESET unknown",
        `${15 + STACK_LINES_MAX + 2} WSAECONNRESET posix`,
        `${15 + STACK_LINES_MAX + 5} WSAECONNREFUSED unknown`,
        `${15 + STACK_LINES_MAX + OBJECT_LINES_MAX + 6} WSAECONNREFUSED posix`,
        `${15 + STACK_LINES_MAX + OBJECT_LINES_MAX + 9} WSAECONNRESET unknown`,
        `${15 + STACK_LINES_MAX + OBJECT_LINES_MAX + 12} WSAECONNRESET posix`,
      ],
    );
  });

  it("keeps a first line whose object is closed on it, or is a child process's, or that is a stack line (a review)", async () => {
    await assertFindsOnEveryPath(
      [
        // request/request#699 (Node 0.10): the whole object on the error's line; the next error,
        // printed over lines, is another.
        "{ [Error: getaddrinfo ENOTFOUND] code: 'ENOTFOUND', errno: 'ENOTFOUND', syscall: 'getaddrinfo' }",
        "{ Error: getaddrinfo ENOTFOUND",
        "    at errnoException (dns.js:28:10)",
        "  errno: 'ENOTFOUND',",
        "  code: 'ENOTFOUND',",
        "  syscall: 'getaddrinfo' }",
        // A child process's object gives no finding (its syscall below): the first line stays.
        "Error: connect ECONNREFUSED 127.0.0.1:80",
        "    at Child.run (/app/lib/child.js:3:9) {",
        "  errno: -111,",
        "  code: 'ECONNREFUSED',",
        "  syscall: 'spawn /bin/sh'",
        "}",
        // A stack line naming the code, more stack below: read on its own.
        "    at <unknown> (Error: read ECONNRESET)",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
        "  errno: -104,",
        "  code: 'ECONNRESET',",
        "",
      ].join("\n"),
      [
        "1 WSAHOST_NOT_FOUND unknown",
        "4 WSAHOST_NOT_FOUND unknown",
        "7 WSAECONNREFUSED unknown",
        "13 WSAECONNRESET unknown",
        "15 WSAECONNRESET posix",
      ],
    );
  });

  it("reads stack lines as long as pnpm's paths make them", async () => {
    const store = "node_modules/.pnpm/@scope+client@1.2.3_@types+node@20.1.0_typescript@5.0.4_zod@3.22.4";
    const frame = `    at Client.request (/home/build/workspace/${`${store}/`.repeat(5)}dist/index.js:1:2) {`;
    assert.ok(frame.length > 400 && frame.length <= 512, String(frame.length));
    await assertFindsOnEveryPath(
      ["Error: read ECONNRESET", frame, "  errno: -104,", "  code: 'ECONNRESET',", ""].join("\n"),
      ["3 WSAECONNRESET posix"],
    );
  });

  it("reads no further below than every path shows", () => {
    // The stack, the object's lines, then the two after its errno and code: all within the lines
    // after a block (and so within a file block's lookahead, each line being short).
    assert.ok(STACK_LINES_MAX + OBJECT_LINES_MAX + SPAWN_LINES <= LINES_AFTER);
  });

  it("is one finding for each real error of this Node on loopback, as util.inspect prints it, in colour too", async () => {
    // A refused connect (nothing listens on the port a closed server had), a second listen on a
    // port in use, and a reset (the server's socket destroyed with an RST).
    const server: Server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as { port: number };
    const errors: Error[] = [];
    const second = createServer();
    second.listen(port, "127.0.0.1");
    errors.push((await once(second, "error"))[0] as Error);
    const accepted = once(server, "connection");
    const client = connect(port, "127.0.0.1");
    await once(client, "connect");
    const [socket] = (await accepted) as [Socket];
    socket.resetAndDestroy();
    errors.push((await once(client, "error"))[0] as Error);
    server.close();
    await once(server, "close");
    const refused = connect(port, "127.0.0.1");
    errors.push((await once(refused, "error"))[0] as Error);
    // Plain, and in a terminal's colours (util.inspect colours them when its output is a terminal
    // or FORCE_COLOR is set, and a log captured from one keeps them): read as the line shows.
    const printed = errors.flatMap((error) => [inspect(error), inspect(error, { colors: true })]).join("\n");
    assert.ok(printed.includes("\x1b[33m"), "coloured");
    const codes = errors.map((error) => (error as NodeJS.ErrnoException).code);
    assert.deepEqual(codes, ["EADDRINUSE", "ECONNRESET", "ECONNREFUSED"], printed);
    const platform = process.platform === "win32" ? "windows" : "posix";
    const found = scan(printed);
    assert.deepEqual(
      found.map((finding) => `${finding.symbol} ${finding.platform} ${finding.text} ${finding.column}`),
      errors.flatMap((error) => {
        const { code, errno } = error as NodeJS.ErrnoException;
        return [`WSA${code} ${platform} errno: ${errno} 3`, `WSA${code} ${platform} errno: ${errno} 3`];
      }),
      printed,
    );
    await assertFindsOnEveryPath(
      `${printed}\n`,
      found.map((finding) => `${finding.line} ${finding.symbol} ${finding.platform}`),
    );
  });
});
