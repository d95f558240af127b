// One error object printed a property per line (Node's util.inspect, JSON, YAML) is one
// finding for its errno and code, not one per property; separate events on consecutive
// lines stay separate; and a code beside a text of one platform takes that platform.
// Through scan() and through a file scan (blocks, and a block boundary between the lines).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inspect } from "node:util";
import { MAX_LINE } from "../../src/scan/scanner.ts";
import { assertFindsOnEveryPath, rowsOnEveryPath } from "../helpers/edges.ts";

describe("error objects and platforms", () => {
  it("reads Node's error object on Windows as one finding, its errno's, for its header, errno and code", async () => {
    // themoonisacheese/2bored2wait#187 (a real paste of this shape). The errno number tells the
    // platform; the header says the same error again.
    await assertFindsOnEveryPath(
      [
        "Error: read ECONNRESET",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
        "  errno: -4077,",
        "  code: 'ECONNRESET',",
        "  syscall: 'read'",
        "}",
        "",
      ].join("\n"),
      ["3 WSAECONNRESET windows"],
    );
  });

  it("reads an object whose errno is a name (old Node), and JSON printed one property per line", async () => {
    await assertFindsOnEveryPath(
      [
        "{ Error: connect ECONNREFUSED 127.0.0.1:5432",
        "    at Object._errnoException (util.js:1022:11)",
        "  errno: 'ECONNREFUSED',",
        "  code: 'ECONNREFUSED',",
        "  syscall: 'connect',",
        "  port: 5432 }",
        "{",
        '  "errno": -104,',
        '  "code": "ECONNRESET",',
        '  "syscall": "read"',
        "}",
        "",
      ].join("\n"),
      ["3 WSAECONNREFUSED unknown", "8 WSAECONNRESET posix"],
    );
  });

  it("keeps the errno number below a code (axios's order), and separate events on consecutive lines", async () => {
    await assertFindsOnEveryPath(
      [
        "  code: 'ECONNRESET',",
        "  errno: -4077,",
        "12:00:01 read ECONNRESET",
        "12:00:02 read ECONNRESET",
        "  code: 'ECONNRESET',",
        "  code: 'ETIMEDOUT',",
        "",
      ].join("\n"),
      [
        "2 WSAECONNRESET windows",
        "3 WSAECONNRESET unknown",
        "4 WSAECONNRESET unknown",
        "5 WSAECONNRESET unknown",
        "6 WSAETIMEDOUT unknown",
      ],
    );
  });

  it("drops the request library's own timer printed with its stack, `connect` on the line below its code", async () => {
    // The error request/request@611443c830c72884d77905294cf120088442d526:request.js makes when its
    // `timeout` fires (`new Error('ETIMEDOUT')`, code and connect set), as this Node prints it.
    const timer = (connect: boolean) =>
      inspect(Object.assign(new Error("ETIMEDOUT"), { code: "ETIMEDOUT", connect }))
        .split("\n")
        .filter((line) => !line.startsWith("    at ") || line.endsWith("{"));
    const own = [...timer(true), ...timer(false)];
    assert.ok(
      own.some((line) => /^ {2}connect: true$/.test(line)),
      own.join("\n"),
    );
    // A socket's timeout has no connect property: its header and its code stay findings.
    const socket = [
      "Error: read ETIMEDOUT",
      "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
      "  code: 'ETIMEDOUT',",
      "  syscall: 'read'",
      "}",
    ];
    await assertFindsOnEveryPath([...own, ...socket, ""].join("\n"), [
      `${own.length + 1} WSAETIMEDOUT unknown`,
      `${own.length + 3} WSAETIMEDOUT unknown`,
    ]);
  });

  it("drops the code of Node's AggregateError, its attempts' `[errors]: [` on the line below", async () => {
    // koush/scrypted#1415 (Node 20's net, autoSelectFamily): the aggregate takes its code from the
    // first attempt, ended by net's own attempt timer (the runtime-code recogniser drops a header
    // "AggregateError [ETIMEDOUT]" for the same reason). The attempts below stay findings: which of
    // them the timer ended shows two lines under their header, past what a block holds.
    const lines = [
      "port forward test failed AggregateError: ",
      "    at internalConnectMultiple (node:net:1114:18)",
      "    at processTimers (node:internal/timers:514:7) {",
      "  code: 'ETIMEDOUT',",
      "  [errors]: [",
      "    Error: connect ENETUNREACH 2001:559:800c:1900::92ae:443 - Local (:::0)",
      "        at processTimers (node:internal/timers:514:7) {",
      "      errno: -101,",
      "      code: 'ENETUNREACH',",
      "      syscall: 'connect',",
      "    }",
      "  ]",
      "}",
      "",
    ];
    await assertFindsOnEveryPath(lines.join("\n"), ["8 WSAENETUNREACH posix"]);
    // Any code of an aggregate repeats its header; the attempts below are the errors.
    const refused = [
      "AggregateError [ECONNREFUSED]: ",
      "    at internalConnectMultiple (node:net:1122:18)",
      "    at afterConnectMultiple (node:net:1689:7) {",
      "  code: 'ECONNREFUSED',",
      "  [errors]: [",
      "    Error: connect ECONNREFUSED 127.0.0.1:1",
      "        at afterConnectMultiple (node:net:1682:16) {",
      "      errno: -111,",
      "      code: 'ECONNREFUSED',",
      "      syscall: 'connect',",
      "      address: '127.0.0.1',",
      "      port: 1",
      "    },",
      "  ]",
      "}",
      "",
    ];
    await assertFindsOnEveryPath(refused.join("\n"), ["1 WSAECONNREFUSED unknown", "8 WSAECONNREFUSED posix"]);
    // The same code above anything else is a finding.
    await assertFindsOnEveryPath(["  code: 'ETIMEDOUT',", "  syscall: 'connect'", ""].join("\n"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });

  it("reads runs of properties alike at every block edge", async () => {
    // (Found by a review: a dropped line once let the next be dropped too, which a block whose
    // context line was that line could not know. A code below an errno number is dropped by the
    // finding above, which is never dropped itself; a code and an errno that is its name by the
    // line above's text.)
    await assertFindsOnEveryPath(
      [
        "  errno: -4077,",
        "  code: 'ECONNRESET',",
        "  code: 'ECONNRESET',",
        '  "errno": "ECONNREFUSED",',
        '  "code": "ECONNREFUSED",',
        '  "errno": "ECONNREFUSED",',
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows", "3 WSAECONNRESET unknown", "4 WSAECONNREFUSED unknown"],
    );
  });

  it("reads a line above of other scripts, and a property line past MAX_LINE, alike on every path (a review)", async () => {
    // A line above is read only when short: counted in characters on every path (a file's block
    // counted its bytes, so 100 Chinese characters were read in a text and not in the file).
    const wide = "\u8fde".repeat(100);
    await assertFindsOnEveryPath([`  errno: 'ECONNRESET', // ${wide}`, "  code: 'ECONNRESET',", ""].join("\n"), [
      "1 WSAECONNRESET unknown",
    ]);
    await assertFindsOnEveryPath([`  errorno: 'ETIMEDOUT', // ${wide}`, "  code: 'ETIMEDOUT',", ""].join("\n"), []);
    await assertFindsOnEveryPath(["  code: 'ETIMEDOUT',", `  connect: true, // ${wide}`, ""].join("\n"), []);
    // A line too long to be a property's is none (past MAX_LINE a file has no line above it).
    const long = "y".repeat(MAX_LINE + 1000);
    const found = await rowsOnEveryPath(["  errno: 'ECONNRESET',", `  code: 'ECONNRESET', ${long}`, ""].join("\n"));
    assert.deepEqual(found.text, ["1 WSAECONNRESET unknown", "2 WSAECONNRESET unknown"]);
    assert.deepEqual(found.file, found.text);
  });

  it("reads Indy's line above alike on every path when it is long in another script (a review)", async () => {
    // 100 000 Chinese characters: 300 000 bytes, past what a file's block keeps as a line above
    // (LONG_ABOVE, in bytes), though fewer characters: a text once read it and dropped the POSIX
    // text below, the file did not.
    const found = await rowsOnEveryPath(
      [`2024 Socket Error # 10054 ${"\u8fde".repeat(100_000)}`, "2025 Connection reset by peer.", ""].join("\n"),
    );
    assert.deepEqual(found.file, found.text);
    assert.deepEqual(found.text, ["1 WSAECONNRESET windows", "2 WSAECONNRESET posix"]);
  });

  it("reads one finding for an errno and its code after what a log puts before every line", async () => {
    await assertFindsOnEveryPath(
      [
        // docker compose (The-Vibe-Company/quivr#1827), pm2, kubectl logs --timestamps (the
        // fraction's trailing zeros cut, so its length changes).
        "web                             |   errno: -111,",
        "web                             |   code: 'ECONNREFUSED',",
        "web                             |   syscall: 'connect',",
        "0|api      |   errno: -4077,",
        "0|api      |   code: 'ECONNRESET',",
        "2024-05-01T10:00:00.123456789Z   errno: -104,",
        "2024-05-01T10:00:00.12345Z   code: 'ECONNRESET',",
        // Two containers' lines are two events.
        "web  |   errno: -111,",
        "db   |   code: 'ECONNREFUSED',",
        "",
      ].join("\n"),
      [
        "1 WSAECONNREFUSED posix",
        "4 WSAECONNRESET windows",
        "6 WSAECONNRESET posix",
        "8 WSAECONNREFUSED posix",
        "9 WSAECONNREFUSED unknown",
      ],
    );
  });

  it("reads one finding for a code and the errno that repeats its name, in either order", async () => {
    await assertFindsOnEveryPath(
      [
        // npm 5 (gulpjs/gulp#2018): its FetchError's reason, the line below, is another reading
        // of the error and stays one; npm 2's debug log numbers its lines (npm/npm#15274).
        "npm ERR! code ECONNRESET",
        "npm ERR! errno ECONNRESET",
        "npm ERR! network request to http://registry.npmjs.org/gulp failed, reason: read ECONNRESET",
        "166837 error code ECONNRESET",
        "166838 error errno ECONNRESET",
        // Node before 13, code first (alfathdirk/LineAlphatJS#37).
        "{ Error: connect ETIMEDOUT 10.0.0.1:443",
        "  code: 'ETIMEDOUT',",
        "  errno: 'ETIMEDOUT',",
        "  syscall: 'connect' }",
        // Another name is another error.
        "  code: 'ECONNRESET',",
        "  errno: 'EPIPE',",
        "",
      ].join("\n"),
      [
        "1 WSAECONNRESET unknown",
        "3 WSAECONNRESET unknown",
        "4 WSAECONNRESET unknown",
        "7 WSAETIMEDOUT unknown",
        "10 WSAECONNRESET unknown",
      ],
    );
  });

  it("gives a code beside a POSIX text, or a Windows text, that text's platform", async () => {
    await assertFindsOnEveryPath(
      [
        "Errno::ECONNRESET: Connection reset by peer - SSL_connect",
        "isConnected failed: ECONNREFUSED (Connection refused)",
        "Errno::ECONNRESET: An existing connection was forcibly closed by the remote host.",
        "read ECONNRESET",
        "",
      ].join("\n"),
      ["1 WSAECONNRESET posix", "2 WSAECONNREFUSED posix", "3 WSAECONNRESET windows", "4 WSAECONNRESET unknown"],
    );
  });

  it("drops a POSIX text under a Windows finding of its code only where it opens its line, as Indy's does", async () => {
    await assertFindsOnEveryPath(
      [
        "EIdSocketError: Socket Error # 10054",
        "Connection reset by peer.",
        "EIdSocketError: Socket Error # 10061",
        "   Connection refused",
        // Later on its line, the same code is another event: a Windows reading above does not hide it.
        "curl: (28) Failed to connect to example.com port 443 after 21036 ms: Timed out",
        "curl: (28) Failed to connect to example.com port 443 after 129550 ms: Connection timed out",
        "java.net.BindException: Address already in use: bind",
        "[error] 7#7: *1 bind() to 0.0.0.0:80 failed (98: Address already in use)",
        "",
      ].join("\n"),
      [
        "1 WSAECONNRESET windows",
        "3 WSAECONNREFUSED windows",
        "5 WSAETIMEDOUT windows",
        "6 WSAETIMEDOUT posix",
        "7 WSAEADDRINUSE windows",
        "8 WSAEADDRINUSE posix",
      ],
    );
  });

  it("drops it too after what a log puts before every line, a timestamp or a quote's '> ', or after a no-break space", async () => {
    await assertFindsOnEveryPath(
      [
        "2024-05-01T10:00:00.123Z EIdSocketError: Socket Error # 10054",
        "2024-05-01T10:00:00.987Z Connection reset by peer.",
        "> Socket Error # 10061",
        "> Connection refused.",
        "Socket Error # 10060",
        "\u00a0Connection timed out.",
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows", "3 WSAECONNREFUSED windows", "5 WSAETIMEDOUT windows"],
    );
  });

  it("compares prefixes in characters, with any digits, on lines of any length", async () => {
    await assertFindsOnEveryPath(
      [
        "é 10:00:01 Socket Error # 10054",
        "é 10:00:02 Connection reset by peer.",
        "１０:００ Socket Error # 10061",
        "１１:００ Connection refused.",
        "2024 Socket Error # 10060",
        `2025 Connection timed out. ${"y".repeat(5000)}`,
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows", "3 WSAECONNREFUSED windows", "5 WSAETIMEDOUT windows"],
    );
  });

  it("ends a code's line where a Windows text it beat, broken onto the next line, ends", async () => {
    await assertFindsOnEveryPath(
      [
        "Socket Error # 10054 An existing connection was forcibly closed by the remote",
        "host. Connection reset by peer",
        "",
      ].join("\n"),
      ["1 WSAECONNRESET windows"],
    );
  });

  it("reads a text found from the line after its first, under a Windows finding two lines up, alike on both paths", async () => {
    await assertFindsOnEveryPath(["Socket Error # 10054", "Connection", "reset by peer.", ""].join("\n"), [
      "1 WSAECONNRESET windows",
      "2 WSAECONNRESET posix",
    ]);
  });

  it("keeps a text under a line too long to be a block's line above, alike on both paths", async () => {
    const text = `ok\n2024 Socket Error # 10054 ${"y".repeat(MAX_LINE + 5000)}\n2025 Connection reset by peer.\nnext\n`;
    const expected = ["2 WSAECONNRESET windows", "3 WSAECONNRESET posix"];
    const found = await rowsOnEveryPath(text);
    assert.deepEqual(found.text, expected);
    assert.deepEqual(found.file, expected);
  });

  it("drops a POSIX text just after a long Windows text broken onto its line, however far indented", async () => {
    const windows =
      "A connection attempt failed because the connected party did not properly respond after a period of time,";
    const rest = "or established connection failed because connected host has failed to respond.";
    await assertFindsOnEveryPath(
      [`${" ".repeat(40)}${windows}`, `${" ".repeat(250)}${rest} Connection timed out`, ""].join("\n"),
      ["1 WSAETIMEDOUT windows"],
    );
  });

  it("skips a program's own timeout ('timed out after 3000 ms') and still finds the C library's text later on the line", async () => {
    await assertFindsOnEveryPath(
      [
        "curl: (28) Connection timed out after 30001 milliseconds",
        "retry: Connection timed out after 5000 ms; cause: connect: Connection timed out",
        "Connection timed out after 3 retries",
        "radius: Connection timed out after 3000ms",
        "",
      ].join("\n"),
      ["2 WSAETIMEDOUT posix", "3 WSAETIMEDOUT posix"],
    );
  });
});
