// The Win32 codes Windows gives for socket errors through overlapped I/O (data/sources/
// win32-socket-errors.json): in each entry's crosswalk, looked up by name and HRESULT where
// Windows gives the code for nothing but a socket's error, and read in logs where an OS
// error's number stands.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crosswalkRows, lookup, resolve, scan } from "../src/index.ts";

const first = (text: string) =>
  scan(text).map((finding) => `${finding.symbol} ${finding.platform} ${finding.evidence}`);

describe("Win32 codes of overlapped socket I/O", () => {
  it("are in the crosswalk of the entry they stand for", () => {
    assert.deepEqual(lookup(10061)?.crosswalk.win32, { name: "ERROR_CONNECTION_REFUSED", value: 1225 });
    assert.deepEqual(lookup(10054)?.crosswalk.win32, {
      name: "ERROR_NETNAME_DELETED",
      value: 64,
      notOnlySockets: true,
    });
    assert.equal(lookup(10013)?.crosswalk.win32, null);
  });

  it("show as a crosswalk row with their HRESULT", () => {
    const row = crosswalkRows(lookup(10053) as NonNullable<ReturnType<typeof lookup>>).find(([label]) =>
      label.startsWith("Win32"),
    );
    assert.deepEqual(row, ["Win32 (overlapped)", "ERROR_CONNECTION_ABORTED, 1236, HRESULT 0x800704D4"]);
  });

  it("are looked up by name and by HRESULT, in every spelling of it", () => {
    for (const input of [
      "ERROR_CONNECTION_REFUSED",
      "error_connection_refused",
      "0x800704C9",
      "800704c9",
      "2147943625",
      "-2147023671",
    ])
      assert.equal(lookup(input)?.symbol, "WSAECONNREFUSED", input);
    assert.equal(resolve("ERROR_HOST_UNREACHABLE")[0]?.reason, "win32-name");
    assert.equal(resolve("0x800704CF")[0]?.entry.symbol, "WSAENETUNREACH");
    assert.equal(resolve("0x800704C9")[0]?.platform, "windows");
  });

  it("are not looked up where Windows gives the code for other errors too (a lost share, a device)", () => {
    for (const input of ["ERROR_NETNAME_DELETED", "0x80070040", "ERROR_SEM_TIMEOUT", "0x80070079"])
      assert.equal(lookup(input), undefined, input);
  });

  it("are read in a log as an HRESULT, and where an OS error's number stands", () => {
    assert.deepEqual(first("Exception from HRESULT: 0x800704C9"), ["WSAECONNREFUSED windows hresult"]);
    // Dart on Windows (localsend/localsend#1573) and Rust.
    assert.deepEqual(first(", errno = 1225), address = 127.0.0.1, port = 4160"), ["WSAECONNREFUSED windows decimal"]);
    assert.deepEqual(first("Error: Connection aborted (os error 1236)"), ["WSAECONNABORTED windows decimal"]);
  });

  it("are not read as such where the number is a POSIX errno, another program's, or a share's HRESULT", () => {
    // errno 64 is Linux's ENONET and macOS's EHOSTDOWN: a POSIX reading, never ERROR_NETNAME_DELETED.
    assert.deepEqual(first("SocketException: OS Error: Host is down, errno = 64"), ["WSAEHOSTDOWN posix decimal"]);
    // MySQL's replication error 1236, in SHOW REPLICA STATUS and in its own words.
    assert.deepEqual(first("Last_IO_Errno: 1236"), []);
    assert.deepEqual(first("Got fatal error 1236 from master when reading data from binary log"), []);
    assert.deepEqual(
      first("System.IO.IOException: The specified network name is no longer available. (0x80070040)"),
      [],
    );
  });
});
