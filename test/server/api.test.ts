// The JSON API through app.request(): no port, no socket.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deflateSync, gunzipSync, gzipSync } from "node:zlib";
import { app, getJson } from "./helpers.ts";

describe("GET /api/v1/errors/{input}", () => {
  for (const input of ["10054", "WSAECONNRESET", "0x2746", "0x80072746", "-2147014842", "econnreset", "-4077"]) {
    it(`reads ${input} as WSAECONNRESET`, async () => {
      const { response, body } = await getJson(`/api/v1/errors/${encodeURIComponent(input)}`);
      assert.equal(response.status, 200);
      assert.equal(body.entry.symbol, "WSAECONNRESET");
      assert.equal(body.input, input);
      assert.equal(body.ambiguous, false);
      assert.ok(body.candidates.length >= 1);
    });
  }

  it("reads a whole message, encoded in the path", async () => {
    const message = "An existing connection was forcibly closed by the remote host.";
    const { body } = await getJson(`/api/v1/errors/${encodeURIComponent(message)}`);
    assert.equal(body.entry.value, 10054);
  });

  it("reads what the log explainer reads where the resolver finds nothing", async () => {
    // Java's, glibc's, curl's and Go's words: explain found them, a lookup once did not.
    for (const [text, value] of [
      ["java.net.ConnectException: Connection refused: connect", 10061],
      ["error 'Connection reset by peer (104)' while reading from socket.", 10054],
      ["curl: (56) Recv failure: Connection was reset", 10054],
      ["dial tcp: lookup example.invalid: no such host", 11001],
    ] as const) {
      const { response, body } = await getJson(`/api/v1/errors/${encodeURIComponent(text)}`);
      assert.equal(response.status, 200, text);
      assert.equal(body.entry.value, value, text);
    }
  });

  it("reads an input holding line breaks (a pasted multi-line error)", async () => {
    for (const text of ["10054\n", "read ECONNRESET\n  errno: -4077,\n  code: 'ECONNRESET'", "10054\r\n"]) {
      const { response, body } = await getJson(`/api/v1/errors/${encodeURIComponent(text)}`);
      assert.equal(response.status, 200, JSON.stringify(text));
      assert.equal(body.entry.value, 10054);
    }
  });

  it("answers ambiguous input with every candidate", async () => {
    const { response, body } = await getJson("/api/v1/errors/110");
    assert.equal(response.status, 200);
    assert.equal(body.ambiguous, true);
    const symbols = body.candidates.map((candidate: { symbol: string }) => candidate.symbol);
    assert.ok(symbols.includes("WSAETIMEDOUT") && symbols.includes("WSAEHOSTUNREACH"), symbols.join());
  });

  it("answers unknown input with a 404 problem and suggestions", async () => {
    const { response, body } = await getJson("/api/v1/errors/WSAECONNRESTE");
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.equal(body.status, 404);
    assert.equal(body.type, "urn:wsaerr:unknown-code");
    assert.ok(body.suggestions.some((item: { symbol: string }) => item.symbol === "WSAECONNRESET"));
  });

  it("answers a path whose percent-encoding does not decode with a 400 problem, not an unknown code", async () => {
    // (Found by a review: `%E0%A4%A` was looked up as it stood and answered 404 "Unknown code".)
    for (const path of ["/api/v1/errors/%E0%A4%A", "/api/v1/errors/%FF", "/api/v1/errors/100%", "/api/v1/errors/%zz"]) {
      const { response, body } = await getJson(path);
      assert.equal(response.status, 400, path);
      assert.equal(response.headers.get("content-type"), "application/problem+json");
      assert.equal(body.title, "Bad Request");
      assert.match(body.detail, /path cannot be decoded/);
    }
    // The same for a search's q: a search for `%E0%A4%A` was a search for the escape as typed.
    for (const path of ["/api/v1/search?q=%E0%A4%A", "/api/v1/search?q=100%", "/api/v1/search?lang=de&%71=%FF"]) {
      const { response, body } = await getJson(path);
      assert.equal(response.status, 400, path);
      assert.equal(response.headers.get("content-type"), "application/problem+json");
      assert.match(body.detail, /^q cannot be decoded/, path);
      assert.deepEqual(body.invalidParams, [{ name: "q" }], path);
    }
    // Only the q the search reads: the first, and no other parameter (found by a review: any
    // parameter was checked, and a wrong method or route answered 400, not 405 or 404).
    for (const path of [
      "/api/v1/search?q=a&q=%FF",
      "/api/v1/search?utm=%FF&q=connection+refused",
      "/api/v1/search?q=%25E0",
    ])
      assert.equal((await getJson(path)).response.status, 200, path);
    assert.equal((await app.request("/api/v1/search?q=%FF", { method: "DELETE" })).status, 405);
    assert.equal((await getJson("/api/v2/x?q=%FF")).response.status, 404);
    assert.match((await getJson("/api/v1/errors?category=%FF")).body.detail, /^Unknown category/);
    // Only where the path is an input: another method or route answers as without the escape
    // (found by a review: 400 before 405 or 404).
    assert.equal((await app.request("/api/v1/errors/%FF", { method: "DELETE" })).status, 405);
    assert.equal((await getJson("/api/v2/%FF")).response.status, 404);
    assert.equal((await app.request("/api/v1/errors/%FF", { method: "HEAD" })).status, 400);
    // An escaped percent sign is an input like any other.
    const escaped = await getJson("/api/v1/errors/%25E0");
    assert.equal(escaped.response.status, 404);
    assert.equal(escaped.body.input, "%E0");
  });

  it("speaks German for ?lang=de and for Accept-Language", async () => {
    const byQuery = await getJson("/api/v1/errors/10061?lang=de");
    assert.equal(byQuery.body.lang, "de");
    assert.match(byQuery.body.entry.text.title, /Verbindung/);
    const byHeader = await getJson("/api/v1/errors/10061", {
      headers: { "Accept-Language": "fr;q=1, de-AT;q=0.8, en;q=0.5" },
    });
    assert.equal(byHeader.body.lang, "de");
    assert.match(byHeader.response.headers.get("vary") ?? "", /Accept-Language/);
  });

  it("refuses a language it does not have", async () => {
    const { response, body } = await getJson("/api/v1/errors/10061?lang=fr");
    assert.equal(response.status, 400);
    assert.equal(body.invalidParams[0].name, "lang");
  });

  it("sends an ETag and Cache-Control, and 304 for a matching If-None-Match", async () => {
    const first = await app.request("/api/v1/errors/10054");
    const etag = first.headers.get("etag");
    assert.ok(etag);
    assert.match(first.headers.get("cache-control") ?? "", /max-age=\d+/);
    const again = await app.request("/api/v1/errors/10054", { headers: { "If-None-Match": etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
    const other = await app.request("/api/v1/errors/10054", { headers: { "If-None-Match": 'W/"nope"' } });
    assert.equal(other.status, 200);
  });

  it("compresses when the client accepts gzip", async () => {
    const response = await app.request("/api/v1/errors/10054", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(response.headers.get("content-encoding"), "gzip");
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString("utf8"));
    assert.equal(body.entry.symbol, "WSAECONNRESET");
  });
});

describe("GET /api/v1/errors", () => {
  it("lists every entry", async () => {
    const { body } = await getJson("/api/v1/errors");
    assert.equal(body.count, body.entries.length);
    assert.ok(body.count > 90);
  });

  it("filters by category and refuses an unknown one", async () => {
    const { body } = await getJson("/api/v1/errors?category=name-resolution");
    assert.ok(body.entries.length > 0);
    assert.ok(body.entries.every((entry: { category: string }) => entry.category === "name-resolution"));
    const bad = await getJson("/api/v1/errors?category=nope");
    assert.equal(bad.response.status, 400);
  });
});

describe("GET /api/v1/search", () => {
  it("finds by words in either language, tolerating typos", async () => {
    for (const q of ["conection refused", "Verbindung verweigert"]) {
      const { body } = await getJson(`/api/v1/search?q=${encodeURIComponent(q)}`);
      assert.equal(body.hits[0].symbol, "WSAECONNREFUSED", q);
    }
  });

  it("puts the resolver's reading of the whole query first", async () => {
    const { body } = await getJson("/api/v1/search?q=0x2746");
    assert.equal(body.hits[0].symbol, "WSAECONNRESET");
    assert.equal(body.hits[0].reason, "hex");
  });

  it("puts what the log explainer reads in the query first when the resolver reads nothing", async () => {
    const { body } = await getJson(`/api/v1/search?q=${encodeURIComponent("Connection refused: connect")}`);
    assert.equal(body.hits[0].symbol, "WSAECONNREFUSED");
    assert.equal(body.hits[0].reason, "message (java)");
  });

  it("refuses a missing query and a bad limit", async () => {
    assert.equal((await app.request("/api/v1/search")).status, 400);
    assert.equal((await app.request("/api/v1/search?q=x&limit=0")).status, 400);
    assert.equal((await app.request("/api/v1/search?q=x&limit=abc")).status, 400);
  });
});

describe("POST /api/v1/explain", () => {
  const log =
    "GET /x failed: [WinError 10054] An existing connection was forcibly closed\nretrying\n[WinError 10061] refused\n";

  it("explains a text body", async () => {
    const { response, body } = await getJson("/api/v1/explain", { method: "POST", body: log });
    assert.equal(response.status, 200);
    assert.deepEqual(
      body.findings.map((finding: { code: number; line: number }) => [finding.code, finding.line]),
      [
        [10054, 1],
        [10061, 3],
      ],
    );
    assert.equal(body.summary.total, 2);
  });

  it("lists at most MAX_FINDINGS findings, says so, and still counts them all", async () => {
    const dense = "[WinError 10054] x\n".repeat(6000);
    const { response, body } = await getJson("/api/v1/explain", { method: "POST", body: dense });
    assert.equal(response.status, 200);
    assert.equal(body.findings.length, 5000);
    assert.equal(body.truncated, true);
    assert.equal(body.summary.total, 6000);
    assert.equal((await getJson("/api/v1/explain", { method: "POST", body: log })).body.truncated, false);
  });

  it("explains a JSON body with text and file", async () => {
    const { body } = await getJson("/api/v1/explain", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: log, file: "app.log" }),
    });
    assert.equal(body.findings[0].file, "app.log");
  });

  it("answers malformed JSON and JSON without text with 400 problems", async () => {
    for (const payload of ["{bad", "[]", '{"text": 42}']) {
      const { response, body } = await getJson("/api/v1/explain", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: payload,
      });
      assert.equal(response.status, 400, payload);
      assert.equal(response.headers.get("content-type"), "application/problem+json");
      assert.equal(body.status, 400);
    }
  });

  it("answers a body over 1 MiB with 413", async () => {
    const { response, body } = await getJson("/api/v1/explain", { method: "POST", body: "x".repeat(1024 * 1024 + 1) });
    assert.equal(response.status, 413);
    assert.equal(body.status, 413);
  });

  it("takes exactly 1 MiB", async () => {
    const response = await app.request("/api/v1/explain", { method: "POST", body: "x".repeat(1024 * 1024) });
    assert.equal(response.status, 200);
  });
});

describe("the rest", () => {
  it("answers /healthz", async () => {
    const { response, body } = await getJson("/healthz");
    assert.equal(response.status, 200);
    assert.equal(body.status, "ok");
  });

  it("answers unknown routes with a 404 problem document", async () => {
    for (const path of ["/api/v1/nope", "/api/v2/errors/10054", "/a/b/c"]) {
      const { response, body } = await getJson(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get("content-type"), "application/problem+json");
      assert.equal(body.title, "Not Found");
    }
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const response = await app.request("/api/v1/explain");
    assert.equal(response.status, 405);
    assert.equal(response.headers.get("allow"), "POST");
    const put = await app.request("/api/v1/errors/10054", { method: "PUT" });
    assert.equal(put.status, 405);
  });

  it("sends security headers on every response, and CORS on the API", async () => {
    const paths = ["/", "/10054", "/WSAECONNRESET", "/110", "/nope-nope", "/?q=x", "/robots.txt", "/healthz"];
    paths.push("/api/v1/errors/10054", "/api/v1/errors/nope-nope", "/nope/x", "/search-index.json", "/openapi.json");
    for (const path of paths) {
      const response = await app.request(path, { headers: { Origin: "https://dashboard.example" } });
      const csp = response.headers.get("content-security-policy") ?? "";
      assert.match(csp, /script-src 'self'/, path);
      assert.doesNotMatch(csp, /unsafe-inline/, path);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff");
      assert.equal(response.headers.get("referrer-policy"), "no-referrer");
    }
    const api = await app.request("/api/v1/errors/10054", { headers: { Origin: "https://dashboard.example" } });
    assert.equal(api.headers.get("access-control-allow-origin"), "*");
    // A preflight too (found by a review: hono/cors made it without them).
    for (const path of ["/api/v1/explain", "/api/v1/errors/10054", "/openapi.json", "/healthz"]) {
      const preflight = await app.request(path, {
        method: "OPTIONS",
        headers: { Origin: "https://dashboard.example", "Access-Control-Request-Method": "POST" },
      });
      assert.equal(preflight.status, 204, path);
      assert.equal(preflight.headers.get("access-control-allow-origin"), "*", path);
      assert.equal(preflight.headers.get("x-content-type-options"), "nosniff", path);
      assert.equal(preflight.headers.get("x-frame-options"), "DENY", path);
      assert.match(preflight.headers.get("content-security-policy") ?? "", /default-src 'none'/, path);
    }
  });

  it("sends Access-Control-Allow-Origin: * on every API answer and problem document, with an Origin or without", async () => {
    // (Found by a review: sent only to requests with an Origin, while the answers are cached
    // publicly with no Vary: Origin, so a shared cache could serve the copy without it
    // cross-origin; /healthz never sent it.)
    const etag = (await app.request("/api/v1/errors/10054")).headers.get("etag") ?? "";
    const requests: [string, RequestInit][] = [
      ["/api/v1/errors/10054", {}],
      ["/api/v1/errors/10054", { headers: { "If-None-Match": etag } }],
      ["/api/v1/errors/10054", { headers: { "Accept-Encoding": "gzip" } }],
      ["/api/v1/errors/10054", { method: "HEAD" }],
      ["/api/v1/errors/connection%20reset", {}],
      ["/api/v1/errors/WSAECONNRESTE", {}],
      ["/api/v1/errors?category=qos", {}],
      ["/api/v1/errors?category=nope", {}],
      ["/api/v1/search?q=refused", {}],
      ["/api/v1/explain", { method: "POST", body: "[WinError 10054]" }],
      ["/api/v1/explain", { method: "POST", body: "{", headers: { "Content-Type": "application/json" } }],
      ["/api/v1/explain", {}],
      ["/api/v1/nope", {}],
      ["/openapi.json", {}],
      ["/healthz", {}],
      // A problem document on a page's path, for a client that is no browser.
      ["/nope/x", {}],
    ];
    for (const [path, init] of requests) {
      for (const origin of [undefined, "https://dashboard.example"]) {
        const headers = new Headers(init.headers);
        if (origin) headers.set("Origin", origin);
        const response = await app.request(path, { ...init, headers });
        const what = `${init.method ?? "GET"} ${path} ${origin ?? "(no Origin)"}: ${response.status}`;
        assert.equal(response.headers.get("access-control-allow-origin"), "*", what);
        assert.doesNotMatch(response.headers.get("vary") ?? "", /origin/i, what);
      }
    }
    // The pages are for this site alone.
    assert.equal((await app.request("/10054")).headers.get("access-control-allow-origin"), null);
  });
});

describe("POST /api/v1/explain's body, however it is sent", () => {
  const log = "x [WinError 10054] y\n";
  const total = async (body: BodyInit, headers: Record<string, string>) => {
    const response = await app.request("/api/v1/explain", { method: "POST", body, headers });
    const json = await response.json();
    return response.status === 200 ? json.summary.total : `${response.status} ${json.detail}`;
  };

  it("reads UTF-16 (a byte order mark, or the charset named), a code page, gzip and deflate, and a form", async () => {
    // (Found by a review: each of these answered 200 with no findings.)
    const utf16 = Buffer.from(log, "utf16le");
    assert.equal(await total(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), { "Content-Type": "text/plain" }), 1);
    assert.equal(await total(utf16, { "Content-Type": "text/plain; charset=utf-16le" }), 1);
    const german = "Eine vorhandene Verbindung wurde vom Remotehost geschlossen.\n";
    assert.equal(await total(Buffer.from(german, "latin1"), { "Content-Type": "text/plain; charset=windows-1252" }), 1);
    assert.equal(await total(gzipSync(log), { "Content-Type": "text/plain", "Content-Encoding": "gzip" }), 1);
    assert.equal(await total(deflateSync(log), { "Content-Type": "text/plain", "Content-Encoding": "deflate" }), 1);
    assert.equal(await total(gzipSync(log), { "Content-Type": "application/gzip" }), 1);
    const form = new URLSearchParams({ text: log, file: "app.log" }).toString();
    assert.equal(await total(form, { "Content-Type": "application/x-www-form-urlencoded" }), 1);
  });

  it("reads a .gz file whatever type it was sent as (curl --data-binary sends a form's)", async () => {
    // (Found by a review: its bytes were scanned as text, or parsed as a form.)
    const gz = gzipSync("a\n[WinError 10054] y\nb [WinError 10061] z\n");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/octet-stream"])
      assert.equal(await total(gz, { "Content-Type": type }), 2, type);
    // Sent as JSON, its contents are read as JSON (found by a review: they were read as text).
    const json = gzipSync(JSON.stringify({ text: "a\n[WinError 10054] y\nb WSAECONNREFUSED", file: "app.log" }));
    const answer = await app.request("/api/v1/explain", {
      method: "POST",
      body: json,
      headers: { "Content-Type": "application/json" },
    });
    const findings = (await answer.json()).findings;
    assert.deepEqual(
      findings.map((finding: { file: string; line: number }) => `${finding.file}:${finding.line}`),
      ["app.log:2", "app.log:3"],
    );
    const response = await app.request("/api/v1/explain", { method: "POST", body: gz });
    assert.equal((await response.json()).summary.total, 2);
    // Sent with Content-Encoding: gzip around it, it is still a .gz file inside.
    assert.equal(await total(gzipSync(gz), { "Content-Type": "text/plain", "Content-Encoding": "gzip" }), 2);
    // Damaged past its header: a problem, not the bytes scanned as text.
    assert.match(await total(gz.subarray(0, 12), { "Content-Type": "text/plain" }), /^400 .*gzip/);
    // A text that merely begins with the first two bytes is text.
    assert.equal(
      await total(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from(` ${log}`)]), { "Content-Type": "text/plain" }),
      1,
    );
  });

  it("answers what it cannot read with a problem: 415, 400 or 413", async () => {
    assert.match(await total(log, { "Content-Type": "text/plain", "Content-Encoding": "br" }), /^415 /);
    assert.match(await total(log, { "Content-Type": "text/plain; charset=klingon" }), /^415 /);
    assert.match(await total(log, { "Content-Type": "text/plain", "Content-Encoding": "gzip" }), /^400 .*gzip/);
    assert.match(await total("file=a.log", { "Content-Type": "application/x-www-form-urlencoded" }), /^400 .*text/);
    // A small body that inflates past the limit.
    const bomb = gzipSync(Buffer.alloc(3 << 20, 0x61));
    assert.ok(bomb.length < 1 << 20);
    assert.match(await total(bomb, { "Content-Type": "text/plain", "Content-Encoding": "gzip" }), /^413 /);
    // A multipart form is refused, naming what is read. (Found by a review: it was scanned as
    // text, its boundaries and part headers with it.)
    const form = new FormData();
    form.set("text", log);
    form.set("file", "app.log");
    const multipart = await app.request("/api/v1/explain", { method: "POST", body: form });
    assert.match(multipart.headers.get("content-type") ?? "", /^application\/problem\+json/);
    const refused = await multipart.json();
    assert.equal(refused.status, 415);
    assert.match(refused.detail, /multipart\/form-data.*text\/plain.*application\/json.*x-www-form-urlencoded/);
    const badLang = await app.request("/api/v1/explain?lang=zz", { method: "POST", body: log });
    assert.equal(badLang.status, 400);
  });
});

describe("methods and encodings", () => {
  it("answers 405 with Allow for a wrong method on a page, and 404 for a path that does not exist", async () => {
    const { response } = await getJson("/10054", { method: "POST", body: "x" });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get("allow"), "GET, HEAD");
    assert.equal((await getJson("/a/b/c", { method: "POST", body: "x" })).response.status, 404);
  });

  it("does not compress for gzip;q=0", async () => {
    const refused = await app.request("/api/v1/errors", { headers: { "Accept-Encoding": "gzip;q=0" } });
    assert.equal(refused.headers.get("content-encoding"), null);
    const accepted = await app.request("/api/v1/errors", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(accepted.headers.get("content-encoding"), "gzip");
  });
});
