// The web page as curl sees it: server-rendered HTML, redirects, language, assets,
// and user input that always comes back as inert text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { app } from "./helpers.ts";

const XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];

/** No element or attribute the payloads could have injected. */
function assertInert(html: string, label: string): void {
  assert.doesNotMatch(html, /<script>alert/i, label);
  assert.doesNotMatch(html, /<img[^>]*onerror/i, label);
  assert.doesNotMatch(html, /href="javascript:/i, label);
  // Every script is an external file of ours.
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) assert.match(tag, /src="\/assets\/app-\w+\.js"/, label);
}

describe("code pages", () => {
  it("renders the whole card at /10054, without JavaScript", async () => {
    const response = await app.request("/10054");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /text\/html/);
    const html = await response.text();
    for (const fact of [
      "WSAECONNRESET",
      "0x2746",
      "0x80072746",
      "-2147014842",
      "Connection reset by peer",
      "An existing connection was forcibly closed by the remote host.",
      "Typical causes",
      "What to check and do",
      "Same error elsewhere",
      "ECONNRESET",
      "SocketError.ConnectionReset",
      "io::ErrorKind::ConnectionReset",
    ])
      assert.ok(html.includes(fact), fact);
    assert.match(html, /<html lang="en">/);
  });

  for (const [from, status] of [
    ["/WSAECONNRESET", 301],
    ["/0x2746", 301],
    ["/econnreset", 302],
    ["/-4077", 302],
  ] as const) {
    it(`redirects ${from} to /10054`, async () => {
      const response = await app.request(from);
      assert.equal(response.status, status);
      assert.equal(response.headers.get("location"), "/10054");
    });
  }

  it("lists the candidates of an ambiguous input", async () => {
    const response = await app.request("/110");
    assert.equal(response.status, 300);
    const html = await response.text();
    assert.match(html, /href="\/10060"/);
    assert.match(html, /href="\/10065"/);
  });

  it("sends what the log explainer reads to its code's page, as the API answers it", async () => {
    const response = await app.request(`/${encodeURIComponent("Connection refused: connect")}`);
    assert.equal(response.status, 302);
    assert.equal(response.headers.get("location"), "/10061");
  });

  it("answers an unknown input with a 404 page and suggestions", async () => {
    const response = await app.request("/WSAECONNRESTE");
    assert.equal(response.status, 404);
    assert.match(await response.text(), /href="\/10054"/);
  });

  it("speaks German by Accept-Language, and remembers ?lang= in a cookie", async () => {
    const byHeader = await (await app.request("/10061", { headers: { "Accept-Language": "de-DE,de;q=0.9" } })).text();
    assert.match(byHeader, /<html lang="de">/);
    assert.match(byHeader, /Typische Ursachen/);
    const chosen = await app.request("/10061?lang=de");
    const cookie = chosen.headers.get("set-cookie") ?? "";
    assert.match(cookie, /wsaerr-lang=de/);
    const later = await app.request("/", { headers: { Cookie: "wsaerr-lang=de", "Accept-Language": "en" } });
    assert.match(await later.text(), /<html lang="de">/);
    assert.match(chosen.headers.get("vary") ?? "", /Cookie/);
  });

  it("revalidates pages with an ETag", async () => {
    const first = await app.request("/10054");
    const again = await app.request("/10054", { headers: { "If-None-Match": first.headers.get("etag") ?? "" } });
    assert.equal(again.status, 304);
  });

  for (const [from, to] of [
    ["/de/10061", "/10061?lang=de"],
    ["/de/10061/", "/10061?lang=de"],
    ["/de", "/?lang=de"],
    ["/de/", "/?lang=de"],
    ["/en/WSAECONNRESET/?x=1", "/WSAECONNRESET?x=1&lang=en"],
    // (Never another site: "//evil.example" is one, a backslash turns into a slash.)
    ["/de//evil.example", "/evil.example?lang=de"],
    ["/en//evil.example/x", "/evil.example/x?lang=en"],
    ["/de/%5Cevil.example", "/%5Cevil.example?lang=de"],
  ] as const) {
    it(`sends the static site's ${from} to ${to}`, async () => {
      const response = await app.request(from);
      assert.equal(response.status, 302);
      assert.equal(response.headers.get("location"), to);
    });
  }

  it("answers a browser at a path with no page with a page, other clients with a problem document", async () => {
    const html = { headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } };
    const page = await app.request("/docs/WSAECONNRESTE", html);
    assert.equal(page.status, 404);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    const text = await page.text();
    assert.match(text, /There is no page at “\/docs\/WSAECONNRESTE”/);
    assert.match(text, /href="\/10054"/); // the codes its last part may mean
    const german = await app.request("/x/y", { headers: { ...html.headers, "Accept-Language": "de" } });
    assert.match(await german.text(), /Unter „\/x\/y“ gibt es keine Seite/);
    const plain = await app.request("/docs/WSAECONNRESTE");
    assert.equal(plain.status, 404);
    assert.match(plain.headers.get("content-type") ?? "", /application\/problem\+json/);
    // The API's paths answer a problem document to everyone.
    const api = await app.request("/api/v1/nothing", html);
    assert.match(api.headers.get("content-type") ?? "", /application\/problem\+json/);
    // A path that cannot be decoded is shown as it came.
    const raw = await app.request("/%E0%A4%A/x", html);
    assert.equal(raw.status, 404);
    assertInert(await raw.text(), "raw");
    for (const payload of XSS) {
      const response = await app.request(`/x/${encodeURIComponent(payload)}`, html);
      assertInert(await response.text(), payload);
    }
  });
});

describe("home page", () => {
  it("shows search results for ?q= without JavaScript", async () => {
    const html = await (await app.request("/?q=connection%20refused")).text();
    assert.match(html, /href="\/10061"/);
    assert.match(html, /value="connection refused"/);
  });

  it("links every code and its assets", async () => {
    const html = await (await app.request("/")).text();
    assert.match(html, /href="\/10054"/);
    const script = /src="\/assets\/(app-\w+\.js)"/.exec(html)?.[1];
    const style = /href="\/assets\/(style-\w+\.css)"/.exec(html)?.[1];
    assert.ok(script && style);
    const js = await app.request(`/assets/${script}`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get("content-type") ?? "", /javascript/);
    assert.match(js.headers.get("cache-control") ?? "", /immutable/);
    assert.equal((await app.request(`/assets/${style}`)).status, 200);
  });

  it("serves the search index", async () => {
    const response = await app.request("/search-index.json");
    const index = await response.json();
    assert.ok(index.entries.length > 90 && index.terms.length > 1000);
    assert.ok(response.headers.get("etag"));
  });
});

describe("static files", () => {
  for (const path of [
    "/assets/../package.json",
    "/assets/..%2Fpackage.json",
    "/assets/%2e%2e%2fpackage.json",
    "/assets/..%5Cpackage.json",
    "/assets/%2Fetc%2Fpasswd",
    "/assets/__proto__",
    "/assets/constructor",
    "/assets/app.js",
    "/..%2f..%2fetc%2fpasswd",
  ]) {
    it(`reaches nothing through ${path}`, async () => {
      const response = await app.request(path);
      assert.ok([301, 302, 404].includes(response.status), `${response.status}`);
      const body = await response.text();
      assert.doesNotMatch(body, /"name": "wsaerr"|root:x:0/);
    });
  }
});

describe("user input comes back inert", () => {
  for (const payload of XSS) {
    it(`in search: ${payload}`, async () => {
      const response = await app.request(`/?q=${encodeURIComponent(payload)}`);
      assertInert(await response.text(), "search");
    });

    it(`in a code URL: ${payload}`, async () => {
      const response = await app.request(`/${encodeURIComponent(payload)}`);
      assert.equal(response.status, 404);
      const html = await response.text();
      assertInert(html, "code URL");
      assert.ok(html.includes("&lt;") || html.includes("&quot;") || payload.startsWith("javascript"), "escaped");
    });

    it(`in the API's problem documents and explain: ${payload}`, async () => {
      const problem = await app.request(`/api/v1/errors/${encodeURIComponent(payload)}`);
      assert.equal(problem.headers.get("content-type"), "application/problem+json");
      const explained = await app.request("/api/v1/explain", { method: "POST", body: `${payload} [WinError 10054]` });
      assert.match(explained.headers.get("content-type") ?? "", /^application\/json/);
      assert.equal(explained.headers.get("x-content-type-options"), "nosniff");
    });
  }
});
