// Edges a review of the OpenSSH, Kestrel and .NET rules found (scan()).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const read = (line: string) => scan(line).map((finding) => `${finding.symbol} ${finding.platform} ${finding.dialect}`);

describe("OpenSSH, Kestrel and .NET edges", () => {
  it("reads OpenSSH for Windows' words after banner exchange's connection, and an IPv6 host", () => {
    assert.deepEqual(read("banner exchange: Connection to 10.0.0.1 port 22: Connection reset"), [
      "WSAECONNRESET windows openssh",
    ]);
    assert.deepEqual(read("Read from remote host fe80::1%eth0: Connection aborted"), [
      "WSAECONNABORTED unknown openssh",
    ]);
    // glibc's words after an IPv6 host tell no platform, as after an IPv4 one.
    assert.deepEqual(read("Read from remote host fe80::1%eth0: Connection reset by peer"), [
      "WSAECONNRESET unknown posix-message",
    ]);
  });

  it("reads OpenSSH's connect line only as OpenSSH prints it", () => {
    assert.deepEqual(read("ssh: connect to host 10.0.0.5 port 22: Network unreachable"), [
      "WSAENETUNREACH unknown openssh",
    ]);
    // Another program's sentence with the same words is not OpenSSH's.
    assert.deepEqual(read("Unable to connect to host db port 5432: Connection aborted"), []);
  });

  it("gives no platform to Kestrel's own lower-case words only", () => {
    assert.deepEqual(
      read("System.IO.IOException: Failed to bind to address http://[::1]:5000: address already in use."),
      ["WSAEADDRINUSE unknown posix-message"],
    );
    // glibc's capitalised words after the same prefix: a POSIX system's.
    assert.deepEqual(read("Failed to bind to address 0.0.0.0:8080: Address already in use"), [
      "WSAEADDRINUSE posix posix-message",
    ]);
  });

  it("reads .NET's try-again text as a lookup's only where nothing follows it", () => {
    const factory = "System.Net.Internals.SocketExceptionFactory+ExtendedSocketException";
    assert.deepEqual(read(`${factory}: Resource temporarily unavailable`), ["WSATRY_AGAIN posix dotnet"]);
    // A connect's exception puts its endpoint after the text: a non-blocking socket's EAGAIN.
    assert.deepEqual(read(`${factory}: Resource temporarily unavailable /var/run/docker.sock`), []);
    assert.deepEqual(read(`${factory} (00000001, 11): Resource temporarily unavailable /tmp/app.sock`), []);
    assert.deepEqual(read(`${factory} (00000001, 11): Resource temporarily unavailable`), [
      "WSATRY_AGAIN posix dotnet",
    ]);
  });
});

describe("order", () => {
  it("gives a line's findings in column order, as README says (a review found 57, 34, 1)", () => {
    const findings = scan("Connection refused: connect then socket error 10060 and [WinError 10054]");
    assert.deepEqual(
      findings.map((finding) => `${finding.column} ${finding.symbol}`),
      ["1 WSAECONNREFUSED", "34 WSAETIMEDOUT", "57 WSAECONNRESET"],
    );
  });
});
