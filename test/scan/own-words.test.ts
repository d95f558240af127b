// Where a program's own words stand beside a socket error's, and where they are the whole
// of it: ioredis's and the mysql driver's connect timer, Node before 4's connect timeout,
// Twisted's error words, aiohttp's connect error.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const read = (text: string) => scan(text).map((finding) => `${finding.line} ${finding.symbol} ${finding.platform}`);

describe("a library's own connect timer in Node's dress", () => {
  it("is no finding where ioredis names itself or the object carries its misspelt errorno", () => {
    assert.deepEqual(read("[ioredis] Unhandled error event: Error: connect ETIMEDOUT"), []);
    assert.deepEqual(read("  errorno: 'ETIMEDOUT',"), []);
  });

  it("is still the system's timeout where the address follows, or with nothing to tell", () => {
    assert.deepEqual(read("[ioredis] Unhandled error event: Error: connect ETIMEDOUT 10.0.0.1:6379"), [
      "1 WSAETIMEDOUT unknown",
    ]);
    // Node 0.10 and 0.12 named no address (cortexjs-legacy/cortex#350).
    assert.deepEqual(read("ERR! Error: connect ETIMEDOUT\n    at errnoException (net.js:904:11)"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });

  it("is the system's timeout after read or write, where Node names no address, ioredis or not", () => {
    assert.deepEqual(read("[ioredis] Unhandled error event: Error: read ETIMEDOUT"), ["1 WSAETIMEDOUT unknown"]);
    assert.deepEqual(read("[ioredis] Unhandled error event: Error: connect ETIMEDOUT at Socket.<anonymous>"), []);
    assert.deepEqual(read("[ioredis] Unhandled error event: Error: connect ETIMEDOUT ::1:6379"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });

  it("drops only the timer's own name: another code on an errorno line is read", () => {
    assert.deepEqual(read("  errorno: 'ECONNREFUSED', code: 'ECONNREFUSED', syscall: 'connect'"), [
      "1 WSAECONNREFUSED unknown",
    ]);
  });
});

describe("Twisted's words before the system's code", () => {
  it("are not glibc's text: the code and Windows' text after them are read", () => {
    assert.deepEqual(
      read(
        "TCPTimedOutError: TCP connection timed out: 10060: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
      ),
      ["1 WSAETIMEDOUT windows"],
    );
    assert.deepEqual(read("TCP connection timed out: 110: Connection timed out."), ["1 WSAETIMEDOUT posix"]);
  });

  it("are Twisted's only: other words before a number are read as before", () => {
    assert.deepEqual(read("Connection timed out: 3: retrying"), ["1 WSAETIMEDOUT posix"]);
  });
});

describe("aiohttp's connect error", () => {
  it("reads Windows' text in its brackets after an ssl word or an SSL context's repr", () => {
    const text = "[The semaphore timeout period has expired]";
    assert.deepEqual(read(`Cannot connect to host example.com:443 ssl:default ${text}`), ["1 WSAETIMEDOUT windows"]);
    assert.deepEqual(
      read(`Cannot connect to host example.com:443 ssl:<ssl.SSLContext object at 0x000001F2C3A5B040> ${text}`),
      ["1 WSAETIMEDOUT windows"],
    );
    assert.deepEqual(read(`Cannot connect to host example.com:443 ssl:default and more ${text}`), []);
    assert.deepEqual(read(`Cannot connect to host example.com:443 ssl:<ssl.SSLContext object> and more ${text}`), []);
  });
});

describe("other programs' own timers, ids and words beside a socket error's", () => {
  it("drops axios's own ECONNABORTED where its timeout text is near, not Node's", () => {
    // axios/axios#3155
    assert.deepEqual(read("It gives me the `Error: timeout of 1000ms exceeded` `ECONNABORTED` error."), []);
    assert.deepEqual(read("{ code: 'ECONNABORTED', message: 'Timeout of 2000ms exceeded' }"), []);
    assert.deepEqual(read("Error: read ECONNABORTED (after a timeout of 1000ms exceeded elsewhere)"), [
      "1 WSAECONNABORTED unknown",
    ]);
    assert.deepEqual(read("code: 'ECONNABORTED'"), ["1 WSAECONNABORTED unknown"]);
  });

  it("drops Netty's ConnectTimeoutException words (its connect timer), not the system's words", () => {
    // GTNewHorizons/GT-New-Horizons-Modpack#18381
    assert.deepEqual(read("`io.netty.channel.ConnectTimeoutException: connection timed out:`"), []);
    assert.deepEqual(read("java.net.ConnectException: connection timed out: /10.0.0.1:25565"), [
      "1 WSAETIMEDOUT posix",
    ]);
  });

  it("reads no code from .NET TraceSource's event id, and the socket error after it still", () => {
    // Azure/Telepathy#86
    const line =
      "HpcSoa Error: 10013 : [RequestSender] .CreateClientAsync: ID = 9300, init client failed: System.Net.Sockets.SocketException: An existing connection was forcibly closed by the remote host";
    assert.deepEqual(read(line), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("recv failed, error: 10054 : retrying"), ["1 WSAECONNRESET windows"]);
  });

  it("reads glibc's 'Unknown error 10054' as the code, on no known platform", () => {
    // dotnet/wcf#616: .NET Core on Linux printing strerror of its SocketError number.
    assert.deepEqual(read("      ------------ System.Net.Sockets.SocketException : Unknown error 10054"), [
      "1 WSAECONNRESET unknown",
    ]);
    assert.deepEqual(read("recv failed with error 10054"), ["1 WSAECONNRESET windows"]);
  });
});

describe("OpenSSL 3's packed system errors", () => {
  it("read the Winsock code on Windows and a socket errno elsewhere, nothing for a file's", () => {
    assert.deepEqual(read("A0340100:error:8000274C:system library:BIO_connect:Unknown error:bio_sock2.c:178"), [
      "1 WSAETIMEDOUT windows",
    ]);
    assert.deepEqual(read("40C7:error:8000003D:system library:BIO_connect:calling connect()"), [
      "1 WSAECONNREFUSED posix",
    ]);
    assert.deepEqual(read("40474CF9D77F0000:error:80000002:system library:file_ctrl:No such file or directory"), []);
    // Not a system error (no 0x80000000): OpenSSL's own reason code.
    assert.deepEqual(read("A0340100:error:10000067:BIO routines:BIO_connect:connect error"), []);
  });
});
