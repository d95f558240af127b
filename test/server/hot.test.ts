// The hot path (src/server/hot.ts) answers GET /api/v1/errors/{input} before routing:
// its answers must be the routed app's, byte for byte, and whatever it does not
// handle must reach the app.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { Memo } from "../../src/server/cache.ts";
import { hotAnswer, langParameter } from "../../src/server/hot.ts";
import { app } from "./helpers.ts";

const BASE = "http://localhost";

/** Status, headers and body bytes, for comparing two answers. */
async function parts(response: Response) {
  const body = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get("content-encoding");
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== "content-length" && name !== "transfer-encoding") headers[name] = value;
  });
  return {
    status: response.status,
    headers,
    body: encoding === "gzip" ? gunzipSync(body).toString() : body.toString(),
  };
}

describe("the hot path", () => {
  const cases: [string, Record<string, string>][] = [
    ["/api/v1/errors/10054", {}],
    ["/api/v1/errors/WSAECONNREFUSED?lang=de", {}],
    ["/api/v1/errors/0x2746?x=1&lang=en&lang=de", {}],
    ["/api/v1/errors/-4077?lang=", { "Accept-Language": "de-DE,de;q=0.9" }],
    ["/api/v1/errors/110", { "Accept-Encoding": "identity" }],
    ["/api/v1/errors/econnreset", { "Accept-Encoding": "gzip;q=0, deflate;q=0" }],
    // (The answer is the same for every origin, and for none: CORS's header is always sent.)
    ["/api/v1/errors/10054", { Origin: "https://dashboard.example" }],
  ];
  for (const [path, headers] of cases) {
    it(`answers ${path} ${JSON.stringify(headers)} as the routed app does`, async () => {
      const hot = hotAnswer(new Request(`${BASE}${path}`, { headers }), new Memo());
      assert.ok(hot, "answered on the hot path");
      // A trailing slash is the same route to the app (strict: false), but not plain to the hot path.
      const routedPath = path.replace(/(\?|$)/, "/$1");
      assert.equal(hotAnswer(new Request(`${BASE}${routedPath}`, { headers }), new Memo()), undefined);
      const routed = await app.request(routedPath, { headers });
      assert.deepEqual(await parts(hot), await parts(routed));
      assert.equal(hot.status, 200);
    });
  }

  it("answers 304 for a matching If-None-Match, as the routed app does", async () => {
    const etag = (await app.request("/api/v1/errors/10054")).headers.get("etag") ?? "";
    const headers = { "If-None-Match": `W/"other", ${etag}` };
    const hot = hotAnswer(new Request(`${BASE}/api/v1/errors/10054`, { headers }), new Memo());
    assert.equal(hot?.status, 304);
    assert.deepEqual(await parts(hot), await parts(await app.request("/api/v1/errors/10054/", { headers })));
  });

  it("sends gzip once the body is compressed, with the routed app's headers", async () => {
    const memo = new Memo();
    const headers = { "Accept-Encoding": "gzip, deflate, br" };
    const request = () => new Request(`${BASE}/api/v1/errors/10060`, { headers });
    assert.equal(hotAnswer(request(), memo), undefined, "the first asks the app while compressing");
    let hot: Response | undefined;
    for (let tries = 0; hot === undefined && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      hot = hotAnswer(request(), memo);
    }
    assert.ok(hot, "compressed within half a second");
    assert.equal(hot.headers.get("content-encoding"), "gzip");
    assert.deepEqual(await parts(hot), await parts(await app.request("/api/v1/errors/10060/", { headers })));
  });

  it("leaves everything else to the app", async () => {
    const declined: [string, RequestInit][] = [
      ["/api/v1/errors/10054", { method: "HEAD" }],
      ["/api/v1/errors/10054", { method: "OPTIONS", headers: { Origin: "https://dashboard.example" } }],
      ["/api/v1/errors/10054", { headers: { "Accept-Encoding": "deflate" } }],
      ["/api/v1/errors/10054", { headers: { "Accept-Encoding": "gzip;q=0.5, deflate" } }],
      ["/api/v1/errors/10054/", {}],
      ["/api/v1/errors/%31%30%30%35%34", {}],
      ["/api/v1/errors/connection%20reset", {}],
      ["/api/v1/errors/10054?lang=fr", {}],
      ["/api/v1/errors/10054?lang=d%65", {}],
      ["/api/v1/errors/10054?q=a+b&lang=de", {}],
      ["/api/v1/errors/WSAECONNRESTE", {}],
      ["/api/v1/errors", {}],
      ["/api/v1/search?q=10054", {}],
      ["/10054", {}],
    ];
    for (const [path, init] of declined)
      assert.equal(
        hotAnswer(new Request(`${BASE}${path}`, init), new Memo()),
        undefined,
        `${path} ${JSON.stringify(init)}`,
      );
    // …which answers them as before.
    assert.equal((await app.request("/api/v1/errors/10054?lang=fr")).status, 400);
    assert.equal(
      (await app.request("/api/v1/errors/10054?lang=d%65")).headers.get("vary"),
      "Accept-Language, Accept-Encoding",
    );
    const missed = await app.request("/api/v1/errors/WSAECONNRESTE");
    assert.equal(missed.status, 404);
    assert.equal(missed.headers.get("content-type"), "application/problem+json");
    const head = await app.request("/api/v1/errors/10054", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
    const preflight = await app.request("/api/v1/errors/10054", {
      method: "OPTIONS",
      headers: { Origin: "https://dashboard.example", "Access-Control-Request-Method": "GET" },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "*");
  });

  it("reads ?lang= as the app's query parser does", () => {
    assert.equal(langParameter(""), undefined);
    assert.equal(langParameter("lang=de"), "de");
    assert.equal(langParameter("x=1&lang=de&lang=en"), "de");
    assert.equal(langParameter("language=de"), undefined);
    assert.equal(langParameter("lang"), undefined);
    assert.equal(langParameter("lang="), undefined);
    assert.equal(langParameter("lang=fr"), null);
    assert.equal(langParameter("lang=de%20"), null);
    assert.equal(langParameter("l%61ng=de"), null);
  });
});
