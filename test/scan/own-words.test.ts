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

  it("drops the code line right below the misspelt errorno, as their printed error objects have it", () => {
    const object = [
      "[ioredis] Unhandled error event: Error: connect ETIMEDOUT",
      "    at Socket.<anonymous> (/app/node_modules/ioredis/built/redis/index.js:310:37)",
      "  errorno: 'ETIMEDOUT',",
      "  code: 'ETIMEDOUT',",
      "  syscall: 'connect'",
    ].join("\n");
    assert.deepEqual(read(object), []);
    // Node's own object, its errno a name: one finding, the errno's (the headline and the code
    // line say it again).
    assert.deepEqual(read("{ Error: connect ETIMEDOUT 10.0.0.1:6379\n  errno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT',"), [
      "2 WSAETIMEDOUT unknown",
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
    // With axios's transitional.clarifyTimeoutError its timeout is ETIMEDOUT.
    assert.deepEqual(read("{ code: 'ETIMEDOUT', message: 'timeout of 2000ms exceeded' }"), []);
    assert.deepEqual(read("Error: connect ETIMEDOUT 10.0.0.1:443 (timeout of 2000ms exceeded)"), [
      "1 WSAETIMEDOUT unknown",
    ]);
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
    // Only where a source's name opens the line, as TraceSource writes it.
    assert.deepEqual(read("Error: 10054 : recv failed"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("2024-05-01 10:00:00 [main] Error: 10060 : connect failed"), ["1 WSAETIMEDOUT windows"]);
  });

  it("reads glibc's 'Unknown error 10054' as the code, on no known platform", () => {
    // dotnet/wcf#616: .NET Core on Linux printing strerror of its SocketError number.
    assert.deepEqual(read("      ------------ System.Net.Sockets.SocketException : Unknown error 10054"), [
      "1 WSAECONNRESET unknown",
    ]);
    assert.deepEqual(read("recv failed with error 10054"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("An unknown error 10060 occurred"), ["1 WSAETIMEDOUT windows"]);
  });

  it("reads .NET's EAGAIN on Linux (11) and macOS (35) as a lookup to try again only where the line names the lookup", () => {
    // HttpClient's message (Jackett/Jackett#12879) and the lookup's ExtendedSocketException (jstedfast/MailKit#1095).
    assert.deepEqual(read("System.Net.Http.HttpRequestException: Resource temporarily unavailable (hachyderm.io:80)"), [
      "1 WSATRY_AGAIN posix",
    ]);
    assert.deepEqual(read("ExtendedSocketException (35): Resource temporarily unavailable"), ["1 WSATRY_AGAIN posix"]);
    // Alone, it may be a non-blocking socket's would-block (zeromq/netmq#1086); without its text, or
    // with another errno's, the number says nothing of a socket.
    assert.deepEqual(read(" ---> System.Net.Sockets.SocketException (35): Resource temporarily unavailable"), []);
    assert.deepEqual(read("System.Net.Sockets.SocketException (11)"), []);
    assert.deepEqual(read("System.Net.Sockets.SocketException (35): Resource deadlock avoided"), []);
    assert.deepEqual(read("System.Net.Sockets.SocketException (104): Resource temporarily unavailable"), [
      "1 WSAECONNRESET posix",
    ]);
  });
});

describe("OpenSSL 3's packed system errors", () => {
  it("read the Winsock code on Windows and a socket errno elsewhere, nothing for a file's", () => {
    assert.deepEqual(read("A0340100:error:8000274C:system library:BIO_connect:Unknown error:bio_sock2.c:178"), [
      "1 WSAETIMEDOUT windows",
    ]);
    // An errno is not read by its number, which means other errors on Linux and macOS (38: ENOSYS,
    // ENOTSOCK); the system's text after it is.
    assert.deepEqual(read("x:error:80000026:system library:BIO_connect:Function not implemented"), []);
    assert.deepEqual(read("80DB:error:8000006F:system library:BIO_connect:Connection refused:bio_sock2.c:125"), [
      "1 WSAECONNREFUSED posix",
    ]);
    assert.deepEqual(read("40474CF9D77F0000:error:80000002:system library:file_ctrl:No such file or directory"), []);
    // Not a system error (no 0x80000000): OpenSSL's own reason code.
    assert.deepEqual(read("A0340100:error:10000067:BIO routines:BIO_connect:connect error"), []);
  });
});

describe("shapes read by a number beside other words", () => {
  it("reads a Python repr's winerror only as its own errno's code, not a later repr's", () => {
    assert.deepEqual(
      read(
        `errors=[ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 80)"), OSError(10049, 'x', None, 10049, None)]`,
      ),
      ["1 WSAECONNREFUSED posix", "1 WSAEADDRNOTAVAIL windows"],
    );
    assert.deepEqual(read("[FileNotFoundError(2, 'No such file'), TimeoutError(10060, 'x', None, 10060, None)]"), [
      "1 WSAETIMEDOUT windows",
    ]);
    assert.deepEqual(read("PermissionError(13, 'x', None, 10013, None)"), ["1 WSAEACCES windows"]);
  });

  it("reads GetLastError where its name starts, not inside a longer one", () => {
    assert.deepEqual(read("lpdwLastError 10054"), []);
    assert.deepEqual(read("WSAGetLastError() = 10054"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("**_GetLastError: 10060 -"), ["1 WSAETIMEDOUT windows"]);
  });

  it("reads SSMS's label as one word, and no number of SQL Server's own messages", () => {
    assert.deepEqual(read("(Microsoft SQL Server, Fehler: 10061)"), ["1 WSAECONNREFUSED windows"]);
    assert.deepEqual(read("(Microsoft SQL Server, see line 3: 10061)"), []);
    assert.deepEqual(read("(Microsoft SQL Server, Fehler: 10022)"), []);
    assert.deepEqual(read("(Microsoft SQL Server, Erreur : 10055)"), ["1 WSAENOBUFS windows"]);
  });
});

describe("numbers that are a process's, a user's or a file's", () => {
  it("reads no Winsock code from syslog's process id or a user id in brackets after a name", () => {
    // (A false-finding hunt over ~141 000 real log lines found these.)
    assert.deepEqual(
      read("Sep 21 12:47:38 localhost sshd[10060]: Failed password for root from 85.31.200.8 port 43963 ssh2"),
      [],
    );
    assert.deepEqual(
      read("Jun 20 09:20:05 combo sshd(pam_unix)[10035]: authentication failure; rhost=65.166.159.14"),
      [],
    );
    assert.deepEqual(read("Aug 10 12:30:01 RCH-SERVER /USR/SBIN/CRON[10067]: (root) CMD (run-parts)"), []);
    assert.deepEqual(read("[Network Error] Get local machine address error: No such host is known[11001]."), [
      "1 WSAHOST_NOT_FOUND windows",
    ]);
    assert.deepEqual(read("Can't connect to MySQL server (10061)"), ["1 WSAECONNREFUSED windows"]);
  });

  it("reads an errno number only for a socket's error; read EINVAL as WSAEINVAL, not Win32's 87", () => {
    assert.deepEqual(read("npm ERR!   errno: -13,"), []);
    assert.deepEqual(read("  errno: -4077,"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("  errno: -3008,"), ["1 WSAHOST_NOT_FOUND unknown"]);
    assert.deepEqual(read("6 verbose stack Error: read EINVAL"), ["1 WSAEINVAL unknown"]);
  });
});

describe("programs' own timers after the system's words", () => {
  it("reads dig's and OpenSSH's own timeouts as none, the system's connect timeout still", () => {
    assert.deepEqual(read(";; connection timed out; no servers could be reached"), []);
    assert.deepEqual(
      read("ssh: connect to host 192.168.1.5 port 2222: Connection timed out during banner exchange"),
      [],
    );
    // (On no known system: OpenSSH for Windows prints the same words, PowerShell/Win32-OpenSSH#1634.)
    assert.deepEqual(read("ssh: connect to host 192.168.1.5 port 22: Connection timed out"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });

  it("reads nginx's own timers as none, in either system's numbers, and its failed connect as the system's", () => {
    // ngx_log_errno prints NGX_ETIMEDOUT as " (%d: <the system's text>)" after nginx's words
    // (nginx/nginx@3f6f7824d4e2eb1ac37dec76683d525ac0ff521c: src/core/ngx_log.c).
    const windowsText =
      "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond";
    for (const words of ["upstream timed out", "client timed out", "OCSP responder timed out"]) {
      assert.deepEqual(read(`[error] 7#7: *3 ${words} (110: Connection timed out) while reading upstream`), []);
      assert.deepEqual(read(`[error] 7#7: *3 ${words} (10060: ${windowsText}) while reading upstream`), []);
    }
    assert.deepEqual(
      read("[error] 7#7: *3 connect() failed (110: Connection timed out) while connecting to upstream"),
      ["1 WSAETIMEDOUT posix"],
    );
    assert.deepEqual(read(`[error] 7#7: *3 connect() failed (10060: ${windowsText}) while connecting to upstream`), [
      "1 WSAETIMEDOUT windows",
    ]);
  });
});

describe("a program's own words before the Windows text of the same error", () => {
  it("reads the Windows JDK's text Hadoop wraps, not Hadoop's platform-neutral words before it", () => {
    // NetUtils.wrapException's shape (apache/hadoop@ede3acba556ae93d3c0cd7ad8403ef85db2dde8d:
    // hadoop-common-project/hadoop-common/src/main/java/org/apache/hadoop/net/NetUtils.java)
    // around the Windows JDK's "No route to host: no further information".
    const line =
      "java.net.NoRouteToHostException: No Route to Host from  WORKSTATION/127.0.0.1 to namenode:9000 failed on socket timeout exception: java.net.NoRouteToHostException: No route to host: no further information; For more details see:  http://wiki.apache.org/hadoop/NoRouteToHost";
    assert.deepEqual(read(line), ["1 WSAEHOSTUNREACH windows"]);
    assert.equal(scan(line)[0]?.column, line.indexOf("No route to host: no") + 1);
    // Hadoop's words alone, or before a Linux JDK's text, stay POSIX.
    assert.deepEqual(read(line.replace(": no further information", "")), ["1 WSAEHOSTUNREACH posix"]);
  });

  it("reads a line holding glibc's text and Windows' text of one error as Windows'", () => {
    assert.deepEqual(
      read("recv: Connection reset by peer (An existing connection was forcibly closed by the remote host.)"),
      ["1 WSAECONNRESET windows"],
    );
    assert.deepEqual(read("recv: Connection reset by peer"), ["1 WSAECONNRESET posix"]);
  });
});

describe("a Win32 code of overlapped socket I/O in a Python repr's winerror", () => {
  it("is read where the exception is a connection's or asyncio's proactor's, not from a bare OSError (a lost share gives 64 too)", () => {
    const text = "'The specified network name is no longer available', None, 64, None)";
    assert.deepEqual(read(`exception=ConnectionResetError(22, ${text}>`), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read(`coro=<IocpProactor.recv.<locals>.finish_recv() done> exception=OSError(22, ${text}>`), [
      "1 WSAECONNRESET windows",
    ]);
    assert.deepEqual(read(`OSError(22, ${text}`), []);
    // (Not a later repr's winerror for an earlier repr of two arguments.)
    assert.deepEqual(read(`ConnectionResetError(104, 'Connection reset by peer') then OSError(22, ${text}`), [
      "1 WSAECONNRESET posix",
    ]);
  });
});

describe("OpenVPN's code after its text", () => {
  it("reads the Winsock number in (code=N) and (fd=<hex>,code=N), and not a POSIX errno there", () => {
    // x_check_status (OpenVPN/openvpn@3de926089fdebd79b9d25e80c31e45c1e044911d:src/openvpn/error.c#L665-L681).
    assert.deepEqual(read("read UDP: Unknown error (code=10054)"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("TCP: connect to [AF_INET]203.0.113.5:443 failed: Unknown error (fd=1d4,code=10060)"), [
      "1 WSAETIMEDOUT windows",
    ]);
    assert.deepEqual(read("read UDPv4 [ECONNREFUSED]: Connection refused (fd=5,code=111)"), [
      "1 WSAECONNREFUSED posix",
    ]);
    assert.deepEqual(read("status code=10054 ok"), []);
  });
});

describe("FileZilla's own words after the errno's name", () => {
  it("tell no platform, though they begin as the C library's do", () => {
    // GetErrorDescription prints "NAME - description" on every system
    // (basvodde/filezilla@8f874dfe2fdfee4a95cf706bc860252a5793c32e:src/engine/socket.cpp#L1363-L1374).
    assert.deepEqual(read('Error:\tConnection attempt failed with "ECONNRESET - Connection reset by peer".'), [
      "1 WSAECONNRESET unknown",
    ]);
    assert.deepEqual(read("Error:\tECONNREFUSED - Connection refused by server"), ["1 WSAECONNREFUSED unknown"]);
    assert.deepEqual(read("recv: Connection reset by peer"), ["1 WSAECONNRESET posix"]);
  });
});

describe("the words around a text, on a line of any length", () => {
  const lines = [
    ["E/App: Network error: Connection refused.", "1 WSAECONNREFUSED posix"],
    ["FATAL ERROR: Network error: Connection refused", "1 WSAECONNREFUSED windows"],
    ["2024-01-01 12:00:00,123 - myapp - ERROR - Connection refused", "1 WSAECONNREFUSED posix"],
    ["Error:\tECONNREFUSED - Connection refused by server", "1 WSAECONNREFUSED unknown"],
    ["recv: Connection reset by peer", "1 WSAECONNRESET posix"],
    ["pscp: Network error: Connection timed out", "1 WSAETIMEDOUT windows"],
    [
      "java.net.NoRouteToHostException: No Route to Host from  WORKSTATION/127.0.0.1 to namenode:9000 failed on socket timeout exception: java.net.NoRouteToHostException: No route to host: no further information",
      "1 WSAEHOSTUNREACH windows",
    ],
  ] as const;

  it("tell PuTTY's prefix from another program's, and FileZilla's errno names from log levels", () => {
    for (const [line, expected] of lines) assert.deepEqual(read(line), [expected], line);
  });

  it("decide the same past the length where messages are looked for in windows of the line", () => {
    const pad = `${"x".repeat(5000)} `;
    // (Not plink's "FATAL ERROR: ", which counts at the line's start only.)
    for (const [line, expected] of lines.filter(([line]) => !line.startsWith("FATAL")))
      assert.deepEqual(read(pad + line), [expected], line);
  });

  it("let Windows' own text overrule the platform a POSIX text lent a code, whichever comes first", () => {
    const chinese = "远程主机强迫关闭了一个现有的连接。";
    assert.deepEqual(read(`ECONNRESET Connection reset by peer ${chinese}`), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read(`ECONNRESET ${chinese} Connection reset by peer`), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("ECONNRESET Connection reset by peer"), ["1 WSAECONNRESET posix"]);
  });

  it("read OpenVPN's (code=N) only in OpenVPN's shape", () => {
    assert.deepEqual(read("Job completed with warnings (code=10022) on host web01"), []);
    assert.deepEqual(read("sshd(code=10054), server ok"), []);
    assert.deepEqual(read("sshd[10054]: Failed password for root"), []);
  });
});

describe("nginx's stream module and HTTP APIs' own codes", () => {
  it("reads the stream module's own timer as none, the same words from another program still", () => {
    // ngx_connection_error(c, NGX_ETIMEDOUT, "connection timed out") while "proxying connection"
    // (nginx/nginx@3f6f7824d4e2eb1ac37dec76683d525ac0ff521c:src/stream/ngx_stream_proxy_module.c).
    assert.deepEqual(
      read(
        "[error] 7#7: *3 connection timed out (110: Connection timed out) while proxying connection, client: 1.2.3.4",
      ),
      [],
    );
    assert.deepEqual(read("worker: connection timed out (110: Connection timed out)"), ["1 WSAETIMEDOUT posix"]);
  });

  it("reads no Winsock code from an HTTP API's code after the response's status", () => {
    assert.deepEqual(read("discord.errors.HTTPException: 503 Service Unavailable (error code: 10054)"), []);
    assert.deepEqual(read("HTTP 502 Bad Gateway; recv failed (error code: 10054)"), ["1 WSAECONNRESET windows"]);
  });

  it("reads no Winsock code from MetaTrader 5's trade server's code after its OrderSend", () => {
    // TRADE_RETCODE_INVALID is 10013, TRADE_RETCODE_INVALID_VOLUME 10014 (Jessika-Art/Trading-Bot-MT5-Forex#1's shape).
    assert.deepEqual(read("OrderSend error 10013 invalid request"), []);
    assert.deepEqual(read("PositionClose error 10013"), []);
    assert.deepEqual(read("WSASend error 10054"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("OrderSend: socket send failed, error 10054"), ["1 WSAECONNRESET windows"]);
  });
});

describe("a language's second wording of a text", () => {
  it("is read alone, without the code beside it", () => {
    // Traditional Chinese beside Simplified (HoloArchivists/fc2-live-dl#43, lbjlaq/Antigravity-Manager#1894),
    // and Simplified Chinese Windows' two wordings of 10061 and 10053 (FutunnOpen/futuquant#10, nonebot/aiocqhttp#41).
    assert.deepEqual(read("ConnectionResetError: 遠端主機已強制關閉一個現存的連線。"), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("绑定失败: 嘗試存取通訊端被拒絕，因為存取權限不足。"), ["1 WSAEACCES windows"]);
    assert.deepEqual(read("ConnectionRefusedError: 无法联机，因为目标计算机拒绝联机。"), ["1 WSAECONNREFUSED windows"]);
    assert.deepEqual(read("OSError: 您的主机中的软件中止了一个已建立的连接。"), ["1 WSAECONNABORTED windows"]);
    // European Portuguese beside Brazilian (bloxstraplabs/bloxstrap#4901).
    assert.deepEqual(
      read(
        "SocketException: Foi feita uma tentativa de acesso a uma socket de uma maneira que é proibida pelas permissões de acesso.",
      ),
      ["1 WSAEACCES windows"],
    );
  });

  it("reads French Windows' texts of the socket codes from a FormatMessageW dump, plain apostrophes too", () => {
    // Philutils/PhilUtils@311a7b0:WinApiError.bas (data/sources/messages-fr.json).
    assert.deepEqual(read("OSError: Une opération a été tentée sur un hôte impossible à atteindre"), [
      "1 WSAEHOSTUNREACH windows",
    ]);
    assert.deepEqual(read("recv: Une opération non bloquante sur un socket n'a pas pu être achevée immédiatement."), [
      "1 WSAEWOULDBLOCK windows",
    ]);
    assert.deepEqual(read("wsarecv: Le délai de temporisation de sémaphore a expiré."), ["1 WSAETIMEDOUT windows"]);
  });

  it("is no key where a POSIX system prints the same words", () => {
    // glibc's French and Polish texts of an unknown host (libc-l10n 2.36-9+deb12u14) are Windows' 11001 texts too.
    assert.deepEqual(read("ping: example.invalid: Hôte inconnu"), []);
    assert.deepEqual(read("ping: example.invalid: Nieznany host"), []);
  });
});

describe("a POSIX text below a Windows text of the same code", () => {
  it("continues only Indy's finding above; below another program's it is an event of its own", () => {
    const windows = "2023-01-01 10:00:00 ERROR read: An existing connection was forcibly closed by the remote host";
    const posix = "2023-01-01 10:00:01 ERROR read: Connection reset by peer";
    assert.deepEqual(read(`${windows}\n${posix}`), ["1 WSAECONNRESET windows", "2 WSAECONNRESET posix"]);
    // Indy's "Socket Error # 10054", then its "Connection reset by peer." (fixture delphi.json), with a log's prefix too.
    assert.deepEqual(read("Socket Error # 10054\nConnection reset by peer."), ["1 WSAECONNRESET windows"]);
    assert.deepEqual(read("10:00:00 ERROR Socket Error # 10054\n10:00:00 ERROR Connection reset by peer."), [
      "1 WSAECONNRESET windows",
    ]);
  });
});

describe("Dart's own connect timer", () => {
  it("is no finding; the system's timeout Dart passes on is", () => {
    // dart-lang/sdk socket_patch.dart: Socket.connect's `timeout` ran out (raven_mobile, ftpConnect#65).
    assert.deepEqual(
      read("Unhandled Exception: SocketException: Connection timed out, host: testnet.rvn.rocks, port: 50002"),
      [],
    );
    assert.deepEqual(
      read(
        "SocketException: Connection timed out (OS Error: Connection timed out, errno = 110), address = 10.0.0.1, port = 41234",
      ),
      ["1 WSAETIMEDOUT posix"],
    );
    // Another program's words before a host are the system's (a review of the rule).
    assert.deepEqual(read("redis error: Connection timed out, host: redis01, port: 6379"), ["1 WSAETIMEDOUT posix"]);
  });
});

describe("Node's codes that are a child process's or a library timer's", () => {
  it("reads no socket error from spawn's and spawnSync's errors, whatever the file's path", () => {
    assert.deepEqual(read("Error: spawnSync /bin/sh ETIMEDOUT"), []);
    assert.deepEqual(read("Error: spawn C:\\Program Files\\Git\\bin\\sh.exe ETIMEDOUT"), []);
    assert.deepEqual(read("error: SystemError: spawnSync sudo ETIMEDOUT { code: 'ETIMEDOUT', errno: -110 }"), []);
    // A socket's call after the word stays: the worker's connect timed out.
    assert.deepEqual(read("Failed to spawn worker: connect ETIMEDOUT 10.0.0.1:443"), ["1 WSAETIMEDOUT unknown"]);
    assert.deepEqual(read("child spawn ok; then ECONNRESET from upstream"), ["1 WSAECONNRESET unknown"]);
    assert.deepEqual(read("Failed to spawn worker: connect ETIMEDOUT 10.0.0.1:443 { errno: -110 }"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });

  it("reads no socket error from the request library's own timer", () => {
    assert.deepEqual(read("    at Timer.listOnTimeout (timers.js:214:5) code: 'ETIMEDOUT', connect: true"), []);
    // The mysql driver's own timer as JSON, its misspelt errorno near the line's start (mysqljs/mysql#1993's shape).
    assert.deepEqual(read('{"errorno":"ETIMEDOUT","code":"ETIMEDOUT","syscall":"connect","fatal":true}'), []);
    // Its message, no call named (request/request#2631), and the error as JSON.
    assert.deepEqual(read("{ Error: ETIMEDOUT"), []);
    // Node's own attempt timer, the first error of a connect to several addresses (google-gemini/gemini-cli#1549).
    assert.deepEqual(read("✖  Error flushing log events: AggregateError [ETIMEDOUT]:"), []);
    assert.deepEqual(read("AggregateError [ECONNREFUSED]:"), ["1 WSAECONNREFUSED unknown"]);
    assert.deepEqual(read('{"code":"ETIMEDOUT","connect":true}'), []);
    assert.deepEqual(read("{ code: 'ETIMEDOUT', errno: 'ETIMEDOUT', syscall: 'connect', address: '10.0.0.1' }"), [
      "1 WSAETIMEDOUT unknown",
    ]);
  });
});

describe("Erlang's atoms in more places, and inet's nxdomain", () => {
  it("reads them after emqtt-bench's 'error - ' and emqx's reason=\", and nxdomain only as an atom", () => {
    assert.deepEqual(read("{error,nxdomain}"), ["1 WSAHOST_NOT_FOUND unknown"]);
    assert.deepEqual(read("`client(1): connect error - econnrefused"), ["1 WSAECONNREFUSED unknown"]);
    // A DNS server's NXDOMAIN answer, and the word in a host's name, are not inet's atom.
    assert.deepEqual(read('[INFO] 10.0.0.1:53 - 1 "A IN example.com. udp 29" NXDOMAIN qr,rd 100'), []);
    assert.deepEqual(read("resolving nxdomain.example.com"), []);
    // Nor DNS servers' and their settings' words (a review of the rule).
    for (const line of ["blocking_mode: nxdomain", "rcode: nxdomain", "(nxdomain)", 'reason="nxdomain"'])
      assert.deepEqual(read(line), [], line);
    assert.deepEqual(read("{:error, %HTTPoison.Error{reason: :nxdomain}}"), ["1 WSAHOST_NOT_FOUND unknown"]);
  });
});

describe("POSIX words that programs print on Windows too", () => {
  it("tell no platform after OpenSSH's and Tcl's words, and still a POSIX system's elsewhere", () => {
    assert.deepEqual(read("debug1: connect to address 10.0.0.2 port 22: Connection refused"), [
      "1 WSAECONNREFUSED unknown",
    ]);
    assert.deepEqual(read("(couldn't open socket: connection refused)"), ["1 WSAECONNREFUSED unknown"]);
    assert.deepEqual(read("nc: connect to 10.0.0.1 port 80 (tcp) failed: Connection refused"), [
      "1 WSAECONNREFUSED posix",
    ]);
  });
});

describe("musl's words (Alpine Linux), and curl's verbose connect line", () => {
  it("reads musl's texts that differ from glibc's as POSIX findings", () => {
    // bminor/musl src/errno/__strerror.h and src/network/gai_strerror.c (data/sources/posix-messages-musl.json).
    assert.deepEqual(read("Resolving alpine (alpine)... failed: Name does not resolve."), [
      "1 WSAHOST_NOT_FOUND posix",
    ]);
    // Not musl's words that programs' own messages hold (a review): its 'Address in use' and 'Host is unreachable'.
    assert.deepEqual(read("Email address in use"), []);
    assert.deepEqual(read("ERROR: host is unreachable, skipping"), []);
    assert.deepEqual(read("socket.gaierror: [Errno -2] Name does not resolve"), ["1 WSAHOST_NOT_FOUND posix"]);
    // Not its words that programs print for other things: Python's requests says "Connection aborted." for any error.
    assert.deepEqual(read("requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('x'))"), []);
  });

  it("reads curl's verbose connect line on no known system (curl's table on Windows holds the same words)", () => {
    assert.deepEqual(read("* connect to ::1 port 18644 from :: port 0 failed: Connection refused"), [
      "1 WSAECONNREFUSED unknown",
    ]);
  });
});

describe("MySQL's and MariaDB's lost connection", () => {
  it("reads the system's code after either client's words, and nothing after others'", () => {
    assert.deepEqual(
      read(
        "ERROR 2013 (HY000): Lost connection to server at 'handshake: reading initial communication packet', system error: 104",
      ),
      ["1 WSAECONNRESET posix"],
    );
    assert.deepEqual(read("backup: 'nightly', system error: 104"), []);
  });
});

describe("nginx's errno before its text", () => {
  it("is read after its call's words, not after a program's own 'failed (N: '", () => {
    assert.deepEqual(read("connect() failed (113: Host is unreachable) while connecting to upstream"), [
      "1 WSAEHOSTUNREACH posix",
    ]);
    assert.deepEqual(read("the backup job failed (3: disk full)"), []);
    // A file's errno is no socket's.
    assert.deepEqual(read("connect() to unix:/run/php.sock failed (2: No such file or directory)"), []);
  });
});

describe("MySQL's and MariaDB's getaddrinfo code after the host it could not look up", () => {
  it("reads only the number right after the host's quote: glibc's negative codes, Windows' EAI_* codes", () => {
    assert.deepEqual(read("ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2) foo 'bar' (-3)"), [
      "1 WSAHOST_NOT_FOUND posix",
    ]);
    assert.deepEqual(read("Can't connect to MySQL server on 'a' (-2) Unknown MySQL server host 'b' (-3)"), [
      "1 WSATRY_AGAIN posix",
    ]);
    assert.deepEqual(read("Unknown server host 'db' (-5)"), ["1 WSANO_DATA posix"]);
    assert.deepEqual(read("ERROR 2005 (HY000): Unknown MySQL server host 'db' (11004)"), ["1 WSANO_DATA windows"]);
    // (No getaddrinfo code: -3008 is Node's, 8 macOS's or an errno, -11 EAI_SYSTEM.)
    for (const code of ["-3008", "8", "-11"])
      assert.deepEqual(read(`Unknown MySQL server host 'db' (${code})`), [], code);
  });
});
