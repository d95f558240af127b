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

  it("are looked up by HRESULT only where Windows gives the code for nothing of another meaning", () => {
    // A lost share gives ERROR_NETNAME_DELETED, a serial port ERROR_SEM_TIMEOUT: their HRESULTs
    // stand in file and device logs. Their names are looked up, as the card shows them.
    for (const input of ["0x80070040", "0x80070079", "2147942464"]) assert.equal(lookup(input), undefined, input);
    assert.equal(lookup("ERROR_NETNAME_DELETED")?.symbol, "WSAECONNRESET");
    assert.equal(lookup("ERROR_SEM_TIMEOUT")?.symbol, "WSAETIMEDOUT");
    const row = crosswalkRows(lookup(10054) as NonNullable<ReturnType<typeof lookup>>).find(([label]) =>
      label.startsWith("Win32"),
    );
    assert.match(
      row?.[1] ?? "",
      /^ERROR_NETNAME_DELETED, 64, HRESULT 0x80070040 — also for errors other than a socket's$/,
    );
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
    // Node's mysql and mysql2 print the MySQL server's error number as errno (ER_WRONG_VALUE_FOR_VAR).
    assert.deepEqual(first("{ code: 'ER_WRONG_VALUE_FOR_VAR', errno: 1231, sqlState: '42000' }"), []);
    assert.deepEqual(first("Error: ER_BINLOG_... errno = 1236"), []);
    // Linux's EREMOTEIO is 121 too, in Dart's own shape.
    assert.deepEqual(
      first("SocketException: OS Error: Remote I/O error, errno = 121, address = 10.0.0.2, port = 80"),
      [],
    );
    assert.deepEqual(
      first("System.IO.IOException: The specified network name is no longer available. (0x80070040)"),
      [],
    );
  });

  it("are told from POSIX errno values by Windows' text beside them in Rust's Debug form", () => {
    // A device's timeout prints the same 121 and text, so no finding; and 64 is no POSIX errno there.
    assert.deepEqual(
      first('Error: Os { code: 121, kind: TimedOut, message: "The semaphore timeout period has expired." }'),
      [],
    );
    assert.deepEqual(first('Os { code: 64, kind: HostUnreachable, message: "Host is down" }'), [
      "WSAEHOSTDOWN posix decimal",
    ]);
    assert.deepEqual(
      first(
        'Os { code: 1225, kind: ConnectionRefused, message: "The remote computer refused the network connection." }',
      ),
      ["WSAECONNREFUSED windows decimal"],
    );
  });

  it("are no finding beside their text where a file's error prints the same (a lost share, a port)", () => {
    assert.deepEqual(
      first(
        "FileSystemException: Cannot open file, path = '\\\\nas\\share\\a.txt' (OS Error: The specified network name is no longer available., errno = 64)",
      ),
      [],
    );
    assert.deepEqual(
      first(
        "FileSystemException: Cannot open file, path = 'COM3' (OS Error: The semaphore timeout period has expired., errno = 121)",
      ),
      [],
    );
    assert.deepEqual(first("Error: The specified network name is no longer available. (os error 64)"), []);
    assert.deepEqual(
      first('Os { code: 64, kind: Uncategorized, message: "The specified network name is no longer available." }'),
      [],
    );
  });

  it("are read after a socket exception's text only in package:http's own shape when it is a ClientException", () => {
    assert.deepEqual(first("ClientException: The semaphore timeout period has expired., uri=https://example.com/"), [
      "WSAETIMEDOUT windows message",
    ]);
    assert.deepEqual(first("GuzzleHttp\\Exception\\ClientException: The semaphore timeout period has expired."), []);
  });

  it("are read after Windows' text of them, whatever number a POSIX system gives the same value", () => {
    assert.deepEqual(
      first(
        "SocketException: OS Error: The specified network name is no longer available., errno = 64, address = 10.0.0.2, port = 80",
      ),
      ["WSAECONNRESET windows decimal"],
    );
  });
});

describe("readings around the Win32 codes that must stay as they are", () => {
  it("reads .NET's SocketException (13) on Linux as EACCES, but no other errno that is not a socket's", () => {
    assert.deepEqual(first("System.Net.Sockets.SocketException (13): Permission denied"), ["WSAEACCES posix decimal"]);
    // (11) alone is a name lookup failing (dotnet/runtime#98794) or a non-blocking socket's would-block
    // (zeromq/netmq#1086): read only where the line names the lookup; (125) a cancel.
    assert.deepEqual(first("System.Net.Sockets.SocketException (11): Resource temporarily unavailable"), []);
    assert.deepEqual(first("System.Net.Sockets.SocketException (125): Operation canceled"), []);
  });

  it("reads the SQL Server ODBC driver's codes as its Linux driver prints them", () => {
    assert.deepEqual(
      first("[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x2746 (10054) (SQLDriverConnect)')"),
      ["WSAECONNRESET unknown hex"],
    );
    assert.deepEqual(first("TCP Provider: Error code 0x68 (104) (SQLGetData)"), ["WSAECONNRESET posix hex"]);
    // (MSVC's ETIMEDOUT is 138: not a number the Linux driver prints.)
    assert.deepEqual(first("TCP Provider: Error code 0x8A"), []);
    assert.deepEqual(first("Error code 0x68[Microsoft][ODBC Driver 17 for SQL Server]Communication link failure"), []);
  });
});
