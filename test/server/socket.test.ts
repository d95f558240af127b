// Over a real socket on 127.0.0.1: the server as `wsaerr serve` runs it, the
// slow-client guard, and a graceful stop that lets a request in flight finish.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { request } from "node:http";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import { listen, type Running } from "../../src/server/node.ts";

const CLI = new URL("../fixtures/web/run-cli.ts", import.meta.url).pathname;

describe("listen()", () => {
  let running: Running;
  before(async () => {
    running = await listen({ port: 0, host: "127.0.0.1", headersTimeoutMs: 300, requestTimeoutMs: 2000 });
  });
  after(() => running.close());

  it("answers the API and the page on loopback", async () => {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const api = await fetch(`${running.url}/api/v1/errors/10054`);
    assert.equal(api.status, 200);
    assert.equal((await api.json()).entry.symbol, "WSAECONNRESET");
    const page = await fetch(`${running.url}/WSAECONNRESET`);
    assert.equal(page.url, `${running.url}/10054`);
    assert.match(await page.text(), /Connection reset by peer/);
  });

  it("answers a path whose percent-encoding does not decode with a 400 problem document", async () => {
    const response = await fetch(`${running.url}/api/v1/errors/%E0%A4%A`);
    assert.equal(response.status, 400);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.match((await response.json()).detail, /path cannot be decoded/);
  });

  it("answers what Node rejects before the app with a problem document: long paths, garbage", async () => {
    // (Node's own answer was a bare status line, 431 with no body.)
    const long = await fetch(`${running.url}/api/v1/errors/${"a".repeat(20_000)}`);
    assert.equal(long.status, 431);
    assert.equal(long.headers.get("content-type"), "application/problem+json");
    assert.equal((await long.json()).status, 431);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(running.url).port), "127.0.0.1", () =>
        socket.write("NOT HTTP AT ALL\r\n\r\n"),
      );
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.equal(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)).status, 400);
    // With the security headers every other answer has (a review).
    assert.match(raw, /\r\nX-Content-Type-Options: nosniff\r\n/i);
    assert.match(raw, /\r\nContent-Security-Policy: /i);
  });

  it("answers a request the adapter cannot make a URL of with a problem document: a bad Host, OPTIONS *", async () => {
    // (Found by a review: an empty 400, no type, no body.)
    for (const head of [
      "GET /api/v1/errors/10054 HTTP/1.1\r\nHost: [::::bad\r\n",
      "GET /api/v1/errors/10054 HTTP/1.1\r\nHost: a b\r\n",
      "OPTIONS * HTTP/1.1\r\nHost: x\r\n",
    ]) {
      const raw = await exchange(`${head}Connection: close\r\n\r\n`);
      assert.match(raw, /^HTTP\/1\.1 400 Bad Request\r\n/, head);
      assert.match(raw, /\r\ncontent-type: application\/problem\+json\r\n/i, head);
      const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
      // (The adapter sends it chunked: the JSON is between the chunk's size line and the last chunk.)
      const json = body.slice(body.indexOf("{"), body.lastIndexOf("}") + 1);
      assert.equal(JSON.parse(json).status, 400, head);
    }
  });

  it("answers an HTTP/1.1 request without Host (400) and CONNECT (501) with problem documents", async () => {
    // (Found by a review: Node answered the first with an empty 400 and closed the connection
    // on the second with no answer at all.)
    for (const [head, status] of [
      ["GET /healthz HTTP/1.1\r\n", 400],
      ["POST /api/v1/explain HTTP/1.1\r\nContent-Length: 5\r\n", 400],
      ["CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n", 501],
    ] as const) {
      const raw = await exchange(`${head}\r\n${head.startsWith("POST") ? "hello" : ""}`);
      assert.match(raw, new RegExp(`^HTTP/1\\.1 ${status} `), head);
      assert.match(raw, /\r\ncontent-type: application\/problem\+json\r\n/i, head);
      assert.match(raw, /\r\nX-Content-Type-Options: nosniff\r\n/i, head);
      assert.match(raw, /\r\nContent-Security-Policy: default-src 'none'/i, head);
      assert.match(raw, /\r\nAccess-Control-Allow-Origin: \*\r\n/i, head);
      const problem = JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4));
      assert.equal(problem.status, status, head);
      assert.match(problem.detail, status === 400 ? /Host/ : /CONNECT/, head);
    }
    // HTTP/1.0 may leave Host out, as before.
    assert.match(await exchange("GET /healthz HTTP/1.0\r\n\r\n"), /^HTTP\/1\.1 200 OK\r\n/);
  });

  it("logs nothing when a client goes away in the middle of a body, and answers the next", async () => {
    // (Found by a review: each such client wrote Node's "aborted" stack trace to stderr.)
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(new URL(running.url).port), "127.0.0.1", () => {
          socket.write(
            "POST /api/v1/explain HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nabc",
          );
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on("close", () => resolve());
        socket.on("error", reject);
      });
      const next = await fetch(`${running.url}/api/v1/explain`, { method: "POST", body: "read ECONNRESET" });
      assert.equal(next.status, 200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(logged, []);
    } finally {
      console.error = original;
    }
  });

  it("answers a body that never finishes with a 408 problem document once the request's time is up", async () => {
    // (Found by a review: the connection was closed with no answer.)
    const started = Date.now();
    const raw = await exchange(
      "POST /api/v1/explain HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nabc",
    );
    assert.ok(Date.now() - started >= 1500, `${Date.now() - started} ms`);
    assert.match(raw, /^HTTP\/1\.1 408 Request Timeout\r\n/);
    assert.equal(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)).status, 408);
  });

  /** What the server answers these bytes, until it closes the connection. */
  function exchange(bytes: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(running.url).port), "127.0.0.1", () => socket.write(bytes));
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
  }

  it("closes a rejected connection even when the client keeps its half open", async () => {
    // (A handler that only ended its side kept such sockets until the client closed: the
    // slow-client guard no longer freed them.)
    const port = Number(new URL(running.url).port);
    const clients = Array.from({ length: 3 }, () => {
      const socket = connect({ port, host: "127.0.0.1", allowHalfOpen: true });
      socket.on("error", () => {});
      socket.write("GET / HTTP/1.1\r\nHost: x\r\n"); // headers never finished
      return socket;
    });
    const connections = () =>
      new Promise<number>((resolve, reject) =>
        running.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
    const deadline = Date.now() + 5_000;
    await new Promise((resolve) => setTimeout(resolve, 200));
    while ((await connections()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await connections(), 0);
    for (const client of clients) client.destroy();
  });

  it("writes the hot path's answer whole: length, type, validators and security headers", async () => {
    const api = await fetch(`${running.url}/api/v1/errors/10054`, { headers: { "Accept-Encoding": "identity" } });
    const body = Buffer.from(await api.arrayBuffer());
    assert.equal(api.headers.get("content-length"), String(body.length));
    assert.equal(api.headers.get("content-type"), "application/json; charset=utf-8");
    assert.match(api.headers.get("etag") ?? "", /^W\/"/);
    // The same answer may be sent gzipped: caches must key it on Accept-Encoding too.
    assert.equal(api.headers.get("vary"), "Accept-Language, Accept-Encoding");
    assert.match(api.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.equal(api.headers.get("x-content-type-options"), "nosniff");
    // With no Origin too: a shared cache may hand this copy to another origin.
    assert.equal(api.headers.get("access-control-allow-origin"), "*");
    assert.equal(JSON.parse(body.toString()).entry.symbol, "WSAECONNRESET");
    const again = await fetch(`${running.url}/api/v1/errors/10054`, {
      headers: { "Accept-Encoding": "identity", "If-None-Match": api.headers.get("etag") ?? "" },
    });
    assert.equal(again.status, 304);
  });

  it("drops a client that never finishes its headers", async () => {
    const socket = connect({ host: "127.0.0.1", port: Number(new URL(running.url).port) });
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // and nothing more
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("close", () => resolve(text));
    });
    assert.match(answer, /^HTTP\/1\.1 408|^$/);
    assert.ok(Date.now() - started < 5000, "closed within the timeout and one check");
  });
});

describe("wsaerr serve", () => {
  it("prints its URL, finishes a request in flight on SIGTERM, then exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "serve", "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
        if (found) resolve(found[0]);
      });
      child.on("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // A POST whose body arrives in two parts, with SIGTERM in between.
    const { port } = new URL(url);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, method: "POST", path: "/api/v1/explain", headers: { "Content-Type": "text/plain" } },
        (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.write("first line\n");
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(() => req.end("[WinError 10054] after the signal\n"), 200);
      }, 200);
    });
    const { status, body } = await response;
    assert.equal(status, 200);
    assert.equal(JSON.parse(body).findings[0].code, 10054);
    assert.equal(await exited, 0);
  });
});
