import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { matchTexts } from "../src/catalogue/match-texts.generated.ts";
import { lookup, resolve } from "../src/index.ts";
import { ROOT } from "./helpers/catalogue.ts";

const best = (input: unknown) => resolve(input)[0];

describe("resolve: every form a person holds", () => {
  const forms: [input: unknown, symbol: string, reason: string][] = [
    [10054, "WSAECONNRESET", "decimal"],
    ["10054", "WSAECONNRESET", "decimal"],
    ["WSAECONNRESET", "WSAECONNRESET", "symbol"],
    ["wsaeconnreset", "WSAECONNRESET", "symbol"],
    ["econnreset", "WSAECONNRESET", "posix-name"],
    ["0x2746", "WSAECONNRESET", "hex"],
    ["0x80072746", "WSAECONNRESET", "hresult"],
    // (All digits: winget and Windows Update print HRESULTs so; not the decimal 80072746.)
    ["80072746", "WSAECONNRESET", "hresult"],
    ["80072AF9", "WSAHOST_NOT_FOUND", "hresult"],
    // ENOENT is WSANO_DATA only after getaddrinfo (Node on Windows); alone it is a file's.
    ["Error: getaddrinfo ENOENT registry.npmjs.org:443", "WSANO_DATA", "node-code getaddrinfo"],
    ["-2147014842", "WSAECONNRESET", "hresult-decimal"],
    ["SocketError.ConnectionReset", "WSAECONNRESET", "dotnet"],
    ["errno: -4077", "WSAECONNRESET", "node-errno win32"],
    ["errno: -104", "WSAECONNRESET", "node-errno linux"],
    ["[WinError 10061]", "WSAECONNREFUSED", "decimal"],
    ["os error 10060", "WSAETIMEDOUT", "decimal"],
    ["An existing connection was forcibly closed by the remote host.", "WSAECONNRESET", "message en"],
    [
      "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.",
      "WSAECONNREFUSED",
      "message de",
    ],
    ["Die angeforderte Adresse ist in diesem Kontext ungültig.", "WSAEADDRNOTAVAIL", "message de"],
    ["Der Host war bei einem Socketvorgang nicht erreichbar.", "WSAEHOSTUNREACH", "message de"],
    ["Der angegebene Host ist unbekannt.", "WSAHOST_NOT_FOUND", "message de"],
    ["ENOTFOUND", "WSAHOST_NOT_FOUND", "node-code"],
    ["ERROR_IO_PENDING", "WSA_IO_PENDING", "win32-name"],
    ["0x0000274D", "WSAECONNREFUSED", "hex"],
    // (The prefix says whose name it is: Rust's, though .NET has a ConnectionRefused too.)
    ["io::ErrorKind::ConnectionRefused", "WSAECONNREFUSED", "rust-kind"],
    ["SocketError.TimedOut", "WSAETIMEDOUT", "dotnet"],
    // (Rust's TimedOut is 995's too: on the tie the Winsock code comes first.)
    ["io::ErrorKind::TimedOut", "WSAETIMEDOUT", "rust-kind"],
    ["EAI_NONAME", "WSAHOST_NOT_FOUND", "node-code"],
    ["socket.EAI_NONAME", "WSAHOST_NOT_FOUND", "node-code"],
    // (getaddrinfo's names as ws2tcpip.h defines them, libuv's or not.)
    ["EAI_NODATA", "WSANO_DATA", "node-code"],
    ["EAI_FAMILY", "WSAEAFNOSUPPORT", "node-code"],
    ["EAI_SOCKTYPE", "WSAESOCKTNOSUPPORT", "node-code"],
    ["ConnectionResetError", "WSAECONNRESET", "python-exception"],
  ];
  for (const [input, symbol, reason] of forms) {
    it(`reads ${JSON.stringify(input)} as ${symbol} (${reason})`, () => {
      const candidate = best(input);
      assert.equal(candidate?.entry.symbol, symbol);
      assert.ok(candidate.reasons.includes(reason), `reasons: ${candidate.reasons.join(", ")}`);
    });
  }

  it("reads a prefixed name as that runtime's only: SocketError.TimedOut is not also Rust's TimedOut", () => {
    // (Rust's TimedOut is WSA_OPERATION_ABORTED's too: with it the API called the input ambiguous.)
    assert.deepEqual(
      resolve("SocketError.TimedOut").map((candidate) => candidate.entry.symbol),
      ["WSAETIMEDOUT"],
    );
  });
});

describe("resolve: Windows' texts in other UI languages", () => {
  const texts = matchTexts().filter((text) => text.dialect === "windows-message");
  const readAs = (input: string, symbol: string) => resolve(input).find((item) => item.entry.symbol === symbol);

  it("reads each text the log explainer knows as its code, by its language", () => {
    assert.ok(texts.length > 20, `${texts.length} texts`);
    for (const text of texts) {
      const candidate = readAs(text.text, text.symbol);
      assert.ok(candidate, `${text.lang}: ${text.text}`);
      assert.ok(candidate.reasons.includes(`message ${text.lang}`), `reasons: ${candidate.reasons.join(", ")}`);
      assert.equal(candidate.platform, "windows");
    }
  });

  it("are the rows the Node bundles read (dist/other-messages.json, which compile.mjs writes)", () => {
    const built = JSON.parse(readFileSync(join(ROOT, "dist/other-messages.json"), "utf8"));
    assert.deepEqual(built, texts);
  });

  it("reads them in upper case, Turkish by Turkish rules (BİR) and by others (BIR)", () => {
    for (const text of texts) {
      for (const upper of [text.text.toUpperCase(), text.text.toLocaleUpperCase(text.lang)]) {
        if (upper.length !== text.text.length) continue;
        assert.ok(readAs(upper, text.symbol), `${text.lang}: ${upper}`);
      }
    }
  });
});

describe("resolve: shapes inside longer text", () => {
  const shapes: [string, string][] = [
    ["wsarecv: An existing connection was forcibly closed by the remote host.", "WSAECONNRESET"],
    [
      "ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it",
      "WSAECONNREFUSED",
    ],
    ["System.Net.Sockets.SocketException (10060): A connection attempt failed", "WSAETIMEDOUT"],
    ["Error: read ECONNRESET", "WSAECONNRESET"],
    [
      'Os { code: 10054, kind: ConnectionReset, message: "An existing connection was forcibly closed by the remote host." }',
      "WSAECONNRESET",
    ],
    ["socket.gaierror: [Errno 11001] getaddrinfo failed", "WSAHOST_NOT_FOUND"],
    ["connection reset (os error 10054)", "WSAECONNRESET"],
    ["  AN EXISTING CONNECTION WAS FORCIBLY CLOSED BY THE REMOTE HOST  ", "WSAECONNRESET"],
    ["OSError: [WinError 10065] Der Host war bei einem Socketvorgang nicht erreichbar", "WSAEHOSTUNREACH"],
    [
      "lookup example.invalid: getaddrinfow: Dies ist normalerweise ein zeitweiliger Fehler bei der Auflösung von Hostnamen. Grund ist, dass der lokale Server keine Rückmeldung vom autorisierenden Server erhalten hat.",
      "WSATRY_AGAIN",
    ],
  ];
  for (const [input, symbol] of shapes) {
    it(`finds ${symbol} in ${JSON.stringify(input.slice(0, 60))}`, () =>
      assert.equal(best(input)?.entry.symbol, symbol));
  }

  it("tolerates a message broken over two lines with CRLF and typographic apostrophes", () => {
    const found = best("An existing connection was forcibly\r\nclosed by the remote host");
    assert.equal(found?.entry.symbol, "WSAECONNRESET");
  });

  // (A text of plain ASCII shorter than any such key, or with fewer words, is not tried as a message.)
  it("reads a message whose words tabs or line breaks part, and the shortest keys of each kind", () => {
    assert.equal(
      best("An\texisting\tconnection\twas\tforcibly\tclosed\tby\tthe\tremote\thost.")?.entry.symbol,
      "WSAECONNRESET",
    );
    assert.equal(best("The handle is\ninvalid.")?.entry.symbol, "WSA_INVALID_HANDLE");
    assert.equal(best("不知道这样的主机。")?.entry.symbol, "WSAHOST_NOT_FOUND");
  });
});

describe("resolve: ambiguity and ranking", () => {
  it("returns ECONNRESET for errno 54 and says it is the macOS/FreeBSD number", () => {
    const candidates = resolve("errno 54");
    const reset = candidates.find((candidate) => candidate.entry.symbol === "WSAECONNRESET");
    assert.ok(reset, candidates.map((candidate) => candidate.entry.symbol).join(", "));
    assert.ok(reset.reasons.some((reason) => /macos|freebsd/.test(reason)));
    assert.equal(reset.platform, "posix");
  });

  it("ranks an exact Winsock number above an errno reading of the same text", () => {
    const candidates = resolve("10054");
    assert.equal(candidates[0]?.score, 100);
  });

  it("gives several candidates when a number means different things on different systems", () => {
    // 61 is ECONNREFUSED on macOS/FreeBSD but ENODATA-range on Linux; 111 is ECONNREFUSED on Linux.
    assert.equal(best(111)?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(best("61")?.entry.symbol, "WSAECONNREFUSED");
  });

  it("marks the Node Windows errno as windows and the Linux one as posix", () => {
    assert.equal(best(-4077)?.platform, "windows");
    assert.equal(best(-104)?.platform, "posix");
  });

  it("reads no errno as macOS's where the input holds Linux's text of it, as the explainer (Node)", () => {
    // 61 is ECONNREFUSED on macOS and FreeBSD, ENODATA on Linux; 64 EHOSTDOWN there, ENONET here.
    assert.deepEqual(resolve("[Errno 61] No data available"), []);
    // A hex value after a minus is none a system prints (a review found -0x2746 read as 10054).
    assert.deepEqual(resolve("-0x2746"), []);
    // A system's own error number is no C runtime's errno on Windows (MSVC's 115 is EMSGSIZE):
    // Rust's os error 115 is Linux's EINPROGRESS; an errno field may be MSVC's.
    assert.deepEqual(
      resolve("os error 115").map((candidate) => `${candidate.entry.symbol} ${candidate.reasons.join(",")}`),
      ["WSAEINPROGRESS posix-errno linux"],
    );
    assert.ok(resolve("errno 115").some((candidate) => candidate.reason === "posix-errno msvc"));
    assert.equal(resolve("error 0x2746")[0]?.entry.symbol, "WSAECONNRESET");
    assert.deepEqual(resolve("OSError: [Errno 64] Machine is not on the network"), []);
    assert.equal(best("[Errno 61] Connection refused")?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(best("errno 61")?.entry.symbol, "WSAECONNREFUSED");
    // (A reading that is Linux's stays: 104 is ECONNRESET there.)
    assert.equal(best("[Errno 104] Connection reset by peer")?.entry.symbol, "WSAECONNRESET");
  });

  it("puts a code of the seed's list first when a POSIX name fits several equally", () => {
    // ECANCELED is cancelled overlapped I/O (995, in the seed) far more often than a cancelled
    // name-space lookup (WSAECANCELLED, WSA_E_CANCELLED), which stay candidates.
    const symbols = resolve("ECANCELED").map((candidate) => candidate.entry.symbol);
    assert.equal(symbols[0], "WSA_OPERATION_ABORTED");
    assert.ok(symbols.includes("WSAECANCELLED") && symbols.includes("WSA_E_CANCELLED"), symbols.join(", "));
    assert.equal(best("errno 125")?.entry.symbol, "WSA_OPERATION_ABORTED");
    // Not on a tie of seed codes: a Winsock code still comes before a Win32 alias.
    assert.equal(best("EINVAL")?.entry.symbol, "WSAEINVAL");
  });
});

describe("resolve and lookup: input that names nothing", () => {
  const nothing: unknown[] = [
    null,
    undefined,
    {},
    [],
    "",
    "   ",
    42.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    "__proto__",
    "constructor",
    "toString",
    "hello world",
    Symbol("x"),
    () => 1,
    99999,
  ];
  for (const input of nothing) {
    it(`answers [] and undefined for ${String(typeof input === "symbol" ? "Symbol()" : (JSON.stringify(input) ?? input))}`, () => {
      assert.deepEqual(resolve(input), []);
      assert.equal(lookup(input), undefined);
    });
  }

  it("reads -0 as 0, which is only the wait value", () => {
    assert.equal(lookup(-0)?.symbol, "WSA_WAIT_EVENT_0");
  });

  it("answers in bounded time for a 1 MB string", () => {
    const started = performance.now();
    resolve(`${"x".repeat(1_000_000)} 10054`);
    assert.ok(performance.now() - started < 1000);
  });
});

describe("resolve: DWORD values printed signed or in hex", () => {
  it("reads -1 and 0xFFFFFFFF as WSA_WAIT_FAILED", () => {
    assert.equal(lookup(-1)?.symbol, "WSA_WAIT_FAILED");
    assert.equal(lookup("0xFFFFFFFF")?.symbol, "WSA_WAIT_FAILED");
    assert.equal(lookup("4294967295")?.symbol, "WSA_WAIT_FAILED");
  });
});

describe("resolve: a bare Winsock number beside other shapes", () => {
  it("still reads it after a name, whose platform it tells", () => {
    const [first] = resolve("ECONNRESET (10054)");
    assert.equal(first?.entry.symbol, "WSAECONNRESET");
    assert.equal(first?.platform, "windows");
    assert.ok(first?.reasons.includes("decimal"), first?.reasons.join());
  });

  it("still reads it after another number that is not it", () => {
    assert.equal(lookup("recv() failed, errno=0, WSAGetLastError()=10054")?.symbol, "WSAECONNRESET");
    assert.equal(lookup("hr=0x80004005 wsa=10061")?.symbol, "WSAECONNREFUSED");
    assert.equal(lookup("os error 2; winsock 10061")?.symbol, "WSAECONNREFUSED");
  });

  it("reads an errno field as no Win32 code or wait value", () => {
    assert.equal(lookup("errno=0"), undefined);
    assert.equal(lookup("errno = 8"), undefined);
  });

  it("reads it once where a shape has read the number already", () => {
    assert.deepEqual(
      resolve("[WinError 10061]").map((candidate) => [candidate.entry.symbol, candidate.reasons]),
      [["WSAECONNREFUSED", ["decimal"]]],
    );
  });
});

describe("resolve: a number or a name beside other words (a red-team pass)", () => {
  it("reads a Winsock number in a text only where words make it a code, or brackets end the text", () => {
    for (const text of [
      "User 10054 not found",
      "GET /users/10061 404",
      "[10054] Worker started",
      "Listening on 0.0.0.0 port 10060",
      // curl_cffi's (lexiforest/curl_cffi#551): a time, not WSAEBADF.
      "Failed to perform, curl: (28) Operation timed out after 10009 milliseconds with 0 bytes received",
    ])
      assert.notEqual(resolve(text)[0]?.reason, "decimal", text);
    assert.equal(
      lookup("curl: (7) Failed to connect to 127.0.0.1 port 10054 after 0 ms: Connection refused")?.symbol,
      "WSAECONNREFUSED",
    );
    assert.equal(lookup("Error 10054")?.symbol, "WSAECONNRESET");
    assert.equal(lookup("Can't connect to MySQL server on 'localhost' (10061)")?.symbol, "WSAECONNREFUSED");
    assert.equal(lookup("(10061)")?.symbol, "WSAECONNREFUSED");
    assert.equal(lookup("Failed to load invoice 10060"), undefined);
    assert.equal(lookup("pid 10061 exited with status 0"), undefined);
    assert.equal(lookup('File "client.py", line 10054, in connect'), undefined);
    // (Nor words that only begin like those: "timed" is no "times", "invalid" no "id".)
    assert.equal(lookup("Error 10060 timed out")?.symbol, "WSAETIMEDOUT");
    assert.equal(lookup("error: invalid 10022")?.symbol, "WSAEINVAL");
  });

  it("reads no socket error from Node's child-process error as the whole input", () => {
    assert.equal(lookup("Error: spawnSync /bin/sh ETIMEDOUT"), undefined);
    assert.equal(lookup("spawn C:\\Program Files\\Git\\bin\\sh.exe ETIMEDOUT"), undefined);
    // A socket's call, and the name alone, still are.
    assert.equal(lookup("connect ETIMEDOUT 10.0.0.1:443")?.symbol, "WSAETIMEDOUT");
    assert.equal(lookup("ETIMEDOUT")?.symbol, "WSAETIMEDOUT");
  });

  it("reads no Winsock number from an HTTP API's own code after the response's status", () => {
    // discord.py's HTTPException (Rapptz/discord.py, discord/errors.py): Discord's codes from 10001 on.
    assert.equal(lookup("discord.errors.NotFound: 404 Not Found (error code: 10062): Unknown interaction"), undefined);
    assert.equal(lookup("503 Service Unavailable (error code: 10054)"), undefined);
    // Without the status, the same words are a socket's code.
    assert.equal(lookup("recv failed (error code: 10054)")?.symbol, "WSAECONNRESET");
  });

  it("still reads the forms C programs, servers and other languages print around a code", () => {
    // (A review of a first build of the rule above found these lost.)
    const forms: [string, string][] = [
      ["rc=10054", "WSAECONNRESET"],
      ["iResult=10054", "WSAECONNRESET"],
      ["connect() failed: 10061", "WSAECONNREFUSED"],
      ["WSAStartup returned 10093", "WSANOTINITIALISED"],
      ["GetAddrInfoW failed: 11001", "WSAHOST_NOT_FOUND"],
      ["Error No. 10061", "WSAECONNREFUSED"],
      ["SocketException 10054", "WSAECONNRESET"],
      ["Erreur 10061", "WSAECONNREFUSED"],
      ["Błąd 10061", "WSAECONNREFUSED"],
      ["ошибка 10054", "WSAECONNRESET"],
      ["错误代码: 10054", "WSAECONNRESET"],
      ["Fehlernummer 10054", "WSAECONNRESET"],
      [`ERROR 2003 (HY000): Can't connect to MySQL server on 'localhost' (10061 "Unknown error")`, "WSAECONNREFUSED"],
      ["(OS 10060)A connection attempt failed", "WSAETIMEDOUT"],
      ["[11001] getaddrinfo failed", "WSAHOST_NOT_FOUND"],
      ["Windows socket error: Connection reset by peer (10054), on API 'recv'", "WSAECONNRESET"],
      ["GetLastError() returned 10054", "WSAECONNRESET"],
    ];
    for (const [text, symbol] of forms) assert.equal(lookup(text)?.symbol, symbol, text);
  });

  it("reads an exception's or a kind's name only where no number beside it was read", () => {
    // A file lock (stefan-jansen/zipline-reloaded#169) and Win32's access denied, not WSAEACCES.
    assert.notEqual(
      lookup(
        "PermissionError: [WinError 32] The process cannot access the file because it is being used by another process",
      )?.symbol,
      "WSAEACCES",
    );
    assert.notEqual(
      lookup('Os { code: 5, kind: PermissionDenied, message: "Access is denied." }')?.symbol,
      "WSAEACCES",
    );
    // asyncio's own timer, a module's exception.
    assert.equal(lookup("asyncio.exceptions.TimeoutError"), undefined);
    const posix = resolve('Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }')[0];
    assert.equal(posix?.entry.symbol, "WSAECONNREFUSED");
    assert.equal(posix?.platform, "posix");
    assert.equal(
      lookup("ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host")
        ?.symbol,
      "WSAECONNRESET",
    );
    assert.equal(lookup("TimeoutError")?.symbol, "WSAETIMEDOUT");
    // A number that is no code of the error (a handle's) leaves the name its say.
    assert.equal(lookup("ConnectionResetError: Connection lost (handle 0x1f4)")?.symbol, "WSAECONNRESET");
  });
});

describe("resolve: an input as a terminal, a document or a person changed it (a review)", () => {
  const forms: [input: string, symbol: string, reason: string][] = [
    // A copied log line's colour codes; an OSC title sequence.
    ["\u001b[31m10054\u001b[0m", "WSAECONNRESET", "decimal"],
    ["\u001b]0;title\u0007WSAECONNREFUSED", "WSAECONNREFUSED", "symbol"],
    // A typeset minus sign; a spreadsheet's whole number.
    ["\u22124077", "WSAECONNRESET", "node-errno win32"],
    ["10054.0", "WSAECONNRESET", "decimal"],
    // Windows' words with a comma left out, a space before it, a hyphen added.
    [
      "Es konnte keine Verbindung hergestellt werden da der Zielcomputer die Verbindung verweigerte",
      "WSAECONNREFUSED",
      "message de",
    ],
    [
      "Es konnte keine Verbindung hergestellt werden , da der Zielcomputer die Verbindung verweigerte.",
      "WSAECONNREFUSED",
      "message de",
    ],
    ["Eine vorhandene Verbindung wurde vom Remote-Host geschlossen", "WSAECONNRESET", "message de"],
    ["An existing connection was forcibly closed by the remote-host", "WSAECONNRESET", "message en"],
  ];
  for (const [input, symbol, reason] of forms) {
    it(`reads ${JSON.stringify(input)} as ${symbol}`, () => {
      const found = best(input);
      assert.equal(found?.entry.symbol, symbol);
      assert.equal(found?.reason, reason);
    });
  }

  it("reads no more into them than that", () => {
    for (const input of ["10054.5", "user 10054.0 logged in", "\u001b[31m\u001b[0m", "connection closed by host"])
      assert.equal(best(input), undefined, input);
    // A message's words spelt loosely rank below the same words as printed.
    assert.ok((best("An existing connection was forcibly closed by the remote-host")?.score ?? 100) < 95);
  });
});
