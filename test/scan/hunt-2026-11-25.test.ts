// Shapes a hunt through public issue threads found read wrongly or not at all (each line as
// pasted there, the thread cited): the Windows JDK's own table texts, musl's words for a failed
// lookup behind Python's negative errno, the MySQL client's Unix socket, a socket's SO_ERROR, and
// WSL's code under its text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";
import { assertFindsOnEveryPath } from "../helpers/edges.ts";

const read = (text: string) =>
  scan(text).map((finding) => `${finding.line} ${finding.symbol} ${finding.platform} ${finding.dialect}`);

describe("the Windows JDK's table texts", () => {
  it("reads its words for WSAENOBUFS as Windows', with a call after them or none", () => {
    // SpigotMC/BungeeCord#174, SonarQubeCommunity/sonar-pdf-report#19, influxdata/influxdb-java#360.
    for (const line of [
      "[Proxy Error] SocketException : No buffer space available (maximum connections reached?): connect @ java.net.DualStackPlainSocketImpl:-2",
      "INFO: I/O exception (java.net.SocketException) caught when processing request: No buffer space available (maximum connections reached?): JVM_Bind",
      "org.influxdb.InfluxDBIOException: java.net.SocketException: No buffer space available (maximum connections reached?)",
    ])
      assert.deepEqual(read(line), ["1 WSAENOBUFS windows java"], line);
    // The C library's words alone stay a POSIX system's.
    assert.deepEqual(read("socket: No buffer space available"), ["1 WSAENOBUFS posix posix-message"]);
  });

  it("reads the BSDs' words for EAFNOSUPPORT as Windows Java's where the JDK's call follows", () => {
    // nroduit/Weasis#157 (Windows 10), Slowpoke101/FTBLaunch#554 (Windows 7).
    assert.deepEqual(
      read("Server response: java.net.SocketException: Address Family not supported by protocol family: connect"),
      ["1 WSAEAFNOSUPPORT windows java"],
    );
    // Alone they are macOS's or FreeBSD's (and glibc's shorter words are inside them).
    assert.deepEqual(read("bind: Address family not supported by protocol family"), [
      "1 WSAEAFNOSUPPORT posix posix-message",
    ]);
    assert.deepEqual(read("socket: Address family not supported by protocol"), [
      "1 WSAEAFNOSUPPORT posix posix-message",
    ]);
  });

  it("reads the calls JDK 8 and JDK 26 name after a text", () => {
    assert.deepEqual(read("java.net.SocketException: Socket operation on nonsocket: configureBlocking"), [
      "1 WSAENOTSOCK windows java",
    ]);
    assert.deepEqual(read("java.net.SocketException: Network is unreachable: socket"), [
      "1 WSAENETUNREACH windows java",
    ]);
    assert.deepEqual(read("java.net.BindException: Address already in use: listen"), ["1 WSAEADDRINUSE windows java"]);
    // A word that only begins like a call is none.
    assert.deepEqual(read("bind(): Address already in use: listener stopped"), ["1 WSAEADDRINUSE posix posix-message"]);
  });

  it("reads JDK 8's connect text for WSAEADDRNOTAVAIL, broken over two lines too", async () => {
    // TheHolyWaffle/TeamSpeak-3-Java-API#128.
    await assertFindsOnEveryPath(
      " Caused by: java.net.ConnectException: connect: Address is invalid on local machine, or port is\nnot valid on remote machine\n",
      ["1 WSAEADDRNOTAVAIL windows"],
    );
  });
});

describe("a failed lookup behind Python's negative errno", () => {
  it("reads musl's words for EAI_AGAIN by the number Python puts before them", () => {
    // Mailu/Mailu#2481, docker-library/python#1027, leeroybrun/glacier-vault-remove#23.
    assert.deepEqual(read("socket.gaierror: [Errno -3] Try again"), ["1 WSATRY_AGAIN posix errno"]);
    assert.deepEqual(read('19:44:19 - ERROR : Exception "gaierror" occured with message "[Errno -3] Try again"'), [
      "1 WSATRY_AGAIN posix errno",
    ]);
    // requests' wrapping of it, with glibc's words: one finding.
    assert.deepEqual(
      read("Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))").length,
      1,
    );
    assert.deepEqual(read("socket.gaierror: [Errno -2] Name or service not known").length, 1);
  });

  it("reads no other negative errno as a lookup's", () => {
    // Node's errno -3 is libuv's ESRCH (no socket's), and a number not in brackets is no Python's.
    assert.deepEqual(read("  errno: -3,"), []);
    assert.deepEqual(read("errno -3 while reading"), []);
    // A getaddrinfo code no entry has: none.
    assert.deepEqual(read("socket.gaierror: [Errno -99] Unknown"), []);
  });
});

describe("the MySQL and MariaDB clients' connect errors", () => {
  it("reads the errno after the server's Unix socket", () => {
    // le0pard/rwbox#6, otland/forgottenserver#593.
    assert.deepEqual(
      read(
        "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (111)",
      ),
      ["1 WSAECONNREFUSED posix mysql"],
    );
    assert.deepEqual(read("> > MySQL Error Message: Can't connect to local MySQL server through socket '' (111)"), [
      "1 WSAECONNREFUSED posix mysql",
    ]);
    // MariaDB's words; a missing socket file (2) is no socket's error.
    assert.deepEqual(read("ERROR 2002 (HY000): Can't connect to local server through socket '/tmp/mysql.sock' (111)"), [
      "1 WSAECONNREFUSED posix mysql",
    ]);
    assert.deepEqual(
      read("ERROR 2002 (HY000): Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)"),
      [],
    );
  });

  it("reads MariaDB's words for a host", () => {
    assert.deepEqual(read("mariadb.OperationalError: Can't connect to server on 'db.example' (10060)"), [
      "1 WSAETIMEDOUT windows mysql",
    ]);
    // The client's own timer leaves its connect's EINPROGRESS: no socket error of its own.
    assert.deepEqual(read("failed with `Can't connect to server on 'romm-db' (115)`."), []);
    assert.deepEqual(read("mac 2002 - Can't connect to server on '127.0.0.1' (36)"), []);
  });
});

describe("a socket's SO_ERROR", () => {
  it("reads the code getsockopt gave, Winsock's or the errno", () => {
    // warmcat/libwebsockets#2223.
    assert.deepEqual(read("[2021/03/02 22:37:31:8299] DEBUG: Connect failed SO_ERROR=10049"), [
      "1 WSAEADDRNOTAVAIL windows error-code",
    ]);
    assert.deepEqual(read("connect failed: SO_ERROR = 111"), ["1 WSAECONNREFUSED posix error-code"]);
    assert.deepEqual(read("SO_ERROR=0"), []);
    assert.deepEqual(read("MY_SO_ERROR=10054"), []);
  });
});

describe("WSL's code under its text", () => {
  it("tells the error once, on the text's line, on every path", async () => {
    // microsoft/WSL#12960 and #10570 (the label stays English under a Chinese text there).
    await assertFindsOnEveryPath(
      "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.\nError code: Wsl/Service/0x8007274c\n由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。\nError code: Wsl/Service/CreateInstance/0x8007274c\n",
      ["1 WSAETIMEDOUT windows", "3 WSAETIMEDOUT windows"],
    );
  });

  it("keeps the code where no text of it is right above", () => {
    assert.deepEqual(read("Error code: Wsl/Service/0x8007274c"), ["1 WSAETIMEDOUT windows hresult"]);
    // Another code's text above: both.
    assert.deepEqual(
      read(
        "No connection could be made because the target machine actively refused it.\nError code: Wsl/Service/0x8007274c",
      ),
      ["1 WSAECONNREFUSED windows windows-message", "2 WSAETIMEDOUT windows hresult"],
    );
    // Not WSL's shape: both.
    assert.deepEqual(
      read(
        "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.\nhr=0x8007274c",
      ),
      ["1 WSAETIMEDOUT windows windows-message", "2 WSAETIMEDOUT windows hresult"],
    );
  });
});

// A second hunt (PowerShell, proxies, RMI, Oracle, C programs; sources cited per line).
describe("a second hunt's shapes", () => {
  it("reads a C program's call, 'failed: ', and the Winsock code", () => {
    // LizardByte/Sunshine#3043, and C programs' logs in the code index.
    assert.deepEqual(read("# Warning: WSASendMsg() failed: 10022"), ["1 WSAEINVAL windows wsagetlasterror"]);
    assert.deepEqual(read("[ERROR] bind() failed: 10048"), ["1 WSAEADDRINUSE windows wsagetlasterror"]);
    assert.deepEqual(read("WSAStartup failed: 10091"), ["1 WSASYSNOTREADY windows wsagetlasterror"]);
    // With the C library's words after it: the code says Windows.
    assert.deepEqual(read("SERVER:<2468> connect() failed: 10061 (Connection refused)"), [
      "1 WSAECONNREFUSED windows wsagetlasterror",
    ]);
    // A count, a time or an id is none, and so is a failure no socket call names (a review's lines).
    for (const line of [
      "upload failed: 10050 bytes left",
      "retry failed: 10010 ms",
      "Login failed: 10054 attempts",
      "Login failed: 10054",
      "Transfer failed: 10054 KB",
      "connect() failed: 10054 Bytes",
      "connect() failed: 10054.5",
      "connect() failed: 10054th try",
    ])
      assert.deepEqual(read(line), [], line);
  });

  it("reads Envoy's errno after its connect error", () => {
    // ygalblum/quadlet-demo#8.
    assert.deepEqual(
      read(
        "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111",
      ),
      ["1 WSAECONNREFUSED posix wsagetlasterror"],
    );
    assert.deepEqual(
      read('"GET /hello HTTP/1.1" 503 UF upstream_reset{connection_failure,delayed_connect_error:_113}'),
      ["1 WSAEHOSTUNREACH posix wsagetlasterror"],
    );
    // Another program's "connect error: 111" is no Envoy's.
    assert.deepEqual(read("tcp connect error: 111"), []);
  });

  it("passes over Java RMI's and Oracle's own words", () => {
    // jmeter-maven-plugin/jmeter-maven-plugin#64: the cause on the next line is the finding.
    assert.deepEqual(
      read(
        "Connection refused to host: 10.0.0.86; nested exception is:\n\tjava.net.ConnectException: Connection timed out: connect",
      ),
      ["2 WSAETIMEDOUT windows java"],
    );
    assert.deepEqual(read("oracle_1    | WARNING: inbound connection timed out (ORA-3136)"), []);
  });

  it("reads the Win32 codes every call fails with only on a socket's line", () => {
    // 10se1ucgo/DisableWinTracking#160, Systemcluster/d3translate#1, GNS3/gns3-gui#597.
    for (const line of [
      "OSError: [WinError 6] The handle is invalid",
      "OSError: [WinError 6] Das Handle ist ungültig",
      "OSError: [WinError 87] The parameter is incorrect",
      'Sys_error("Error: The parameter is incorrect. (os error 87)")',
    ])
      assert.deepEqual(read(line), [], line);
    assert.deepEqual(read("OSError: [WinError 6] The handle is invalid (in _overlapped.WSARecv)"), [
      "1 WSA_INVALID_HANDLE windows python-winerror",
    ]);
  });

  it("reads the HRESULT of 995 on a connection's line", () => {
    assert.deepEqual(
      read(
        "System.Web.HttpException (0x800703E3): The remote host closed the connection. The error code is 0x800703E3.",
      ),
      ["1 WSA_OPERATION_ABORTED windows hresult"],
    );
    assert.deepEqual(read("CopyFile: HRESULT 0x800703E3"), []);
    // Other Win32 codes' HRESULTs stay none, whatever the line speaks of (E_INVALIDARG is every API's).
    assert.deepEqual(read("Task 'user@example.com - Sending' reported error (0x80070057)"), []);
    assert.deepEqual(read("Failed to open SQL connection: HRESULT 0x80070057"), []);
  });

  it("keeps the Windows JDK's everyday call names to the end of its text", () => {
    assert.deepEqual(read("WARN Connection refused: socket closed by peer"), ["1 WSAECONNREFUSED posix posix-message"]);
    assert.deepEqual(read("ERROR: Address already in use: listen tcp 0.0.0.0:80"), [
      "1 WSAEADDRINUSE posix posix-message",
    ]);
  });

  it("reads Python's negative errno as a lookup's only on a lookup's line", () => {
    assert.deepEqual(read("OSError: [Errno -5] Input/output error"), []);
    // musl's words for its codes are a lookup's too; a word that only holds "resol" is not.
    assert.deepEqual(read("OSError: [Errno -4] Non-recoverable error"), ["1 WSANO_RECOVERY posix errno"]);
    assert.deepEqual(read("ValueError: [Errno -2] Unresolved reference in template"), []);
    assert.deepEqual(read("Failed to establish a new connection: [Errno -3] Try again"), [
      "1 WSATRY_AGAIN posix errno",
    ]);
  });
});

describe("glibc's Russian texts", () => {
  it("reads them as a POSIX system's (curl and Java on Russian Linux, from the second hunt)", () => {
    assert.deepEqual(read("* connect to ::1 port 80 failed: В соединении отказано"), [
      "1 WSAECONNREFUSED posix posix-message",
    ]);
    assert.deepEqual(read("read: Соединение разорвано другой стороной"), ["1 WSAECONNRESET posix posix-message"]);
  });
});
