// The retry presets with the real libraries against a real loopback server
// that resets its first connections: with the preset the request succeeds on
// a later attempt; without it the same request fails.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import axios from "axios";
import axiosRetry from "axios-retry";
import got from "got";
import pRetry from "p-retry";
import { Agent, RetryAgent, request } from "undici";
import { RETRYABLE_ERROR_CODES, retryPresets } from "../src/index.ts";
import { closedPort, type FlakyServer, flakyHttpServer, resetAfterRequestServer } from "./helpers/sockets.ts";

const servers: FlakyServer[] = [];
async function flaky(resets: number) {
  const server = await flakyHttpServer(resets);
  servers.push(server);
  return server;
}
after(() => Promise.all(servers.map((server) => server.close())));

describe("retry presets", () => {
  it("lists the Node codes of retryable socket errors and not of usage errors", () => {
    for (const code of ["ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "EAI_AGAIN"])
      assert.ok(RETRYABLE_ERROR_CODES.includes(code), code);
    for (const code of ["ENOTSOCK", "EFAULT", "EINVAL"]) assert.ok(!RETRYABLE_ERROR_CODES.includes(code), code);
  });

  it("makes got retry a reset connection", async () => {
    const server = await flaky(2);
    const body = await got(server.url, { retry: { limit: 3, backoffLimit: 5, ...retryPresets.got } }).text();
    assert.equal(body, "ok");
    assert.equal(server.connections(), 3);
    const control = await flaky(1);
    await assert.rejects(got(control.url, { retry: { limit: 3, backoffLimit: 5, errorCodes: [] } }), {
      code: "ECONNRESET",
    });
  });

  it("makes undici's RetryAgent retry a reset connection", async () => {
    const server = await flaky(2);
    const dispatcher = new RetryAgent(new Agent(), {
      ...retryPresets.undici,
      maxRetries: 3,
      minTimeout: 5,
      maxTimeout: 10,
    });
    const response = await request(server.url, { dispatcher });
    assert.equal(await response.body.text(), "ok");
    assert.equal(server.connections(), 3);
    const control = await flaky(1);
    const plain = new RetryAgent(new Agent(), { errorCodes: [], maxRetries: 3, minTimeout: 5 });
    await assert.rejects(request(control.url, { dispatcher: plain }));
  });

  it("makes axios-retry retry a reset connection", async () => {
    const server = await flaky(2);
    const client = axios.create();
    axiosRetry(client, { retries: 3, retryDelay: () => 5, ...retryPresets.axiosRetry });
    const response = await client.get(server.url);
    assert.equal(response.data, "ok");
    assert.equal(server.connections(), 3);
    const control = await flaky(1);
    const plain = axios.create();
    axiosRetry(plain, { retries: 3, retryCondition: () => false });
    await assert.rejects(plain.get(control.url), { code: "ECONNRESET" });
  });

  it("makes axios-retry send a POST again only when it never reached the server (a red-team pass)", async () => {
    // A POST reset after the server read it may have been done: not sent twice (a GET is). A
    // refused one never left: sent again.
    const server = await resetAfterRequestServer();
    servers.push(server);
    const client = axios.create();
    axiosRetry(client, { retries: 3, retryDelay: () => 5, ...retryPresets.axiosRetry });
    await assert.rejects(client.post(server.url, "order=1"), { code: "ECONNRESET" });
    assert.equal(server.connections(), 1);
    await assert.rejects(client.get(server.url), { code: "ECONNRESET" });
    assert.equal(server.connections(), 1 + 4);
    let retries = 0;
    const refused = axios.create();
    axiosRetry(refused, { retries: 2, retryDelay: () => 5, onRetry: () => void retries++, ...retryPresets.axiosRetry });
    await assert.rejects(refused.post(`http://127.0.0.1:${await closedPort()}/`, "order=1"), { code: "ECONNREFUSED" });
    assert.equal(retries, 2);
  });

  it("keeps the codes got and undici retry by default for a connection the peer broke", () => {
    assert.ok(retryPresets.got.errorCodes.includes("EPIPE"));
    for (const code of ["EPIPE", "UND_ERR_SOCKET", "ECONNRESET"])
      assert.ok(retryPresets.undici.errorCodes.includes(code), code);
  });

  it("answers p-retry's hook for any value, a revoked Proxy too", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(retryPresets.pRetry.shouldRetry(proxy), false);
    assert.equal(
      retryPresets.pRetry.shouldRetry({ error: { code: "ECONNRESET", errno: -104, syscall: "read" } }),
      true,
    );
  });

  it("makes p-retry retry a reset fetch, and give up at once on a usage error", async () => {
    const server = await flaky(2);
    const body = await pRetry(async () => (await fetch(server.url)).text(), {
      retries: 3,
      minTimeout: 5,
      ...retryPresets.pRetry,
    });
    assert.equal(body, "ok");
    assert.equal(server.connections(), 3);
    let attempts = 0;
    const usage = () => {
      attempts++;
      throw Object.assign(new Error("not a socket"), { code: "ENOTSOCK" });
    };
    await assert.rejects(pRetry(usage, { retries: 3, minTimeout: 5, ...retryPresets.pRetry }));
    assert.equal(attempts, 1);
  });
});
