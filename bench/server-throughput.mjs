// GET /api/v1/errors/10054 on `wsaerr serve` against a bare node:http server that
// answers a constant body of the same size and type: each in a child process of its
// own, both loaded by autocannon on loopback (10 connections, keep-alive) in this run.
// A third server, bare node:http sending wsaerr's own header set (security headers,
// ETag, Cache-Control, Vary) with the same body, shows what those headers cost by
// themselves. The servers are measured in rotating rounds, so a busy moment of the
// machine hits them alike; ratios are of the totals, p50/p99 the medians of the
// rounds'. Goal: wsaerr / bare ≥ 0.8.
// Run: node --import tsx bench/server-throughput.mjs [seconds per server, default 10] [rounds, default 5]
import { fork } from "node:child_process";
import { createServer } from "node:http";
import autocannon from "autocannon";
import { median } from "./lib.mjs";
import { serverModule } from "./server-app.mjs";

const PATH = "/api/v1/errors/10054";
const KINDS = ["bare", "bare+headers", "wsaerr"];
/** Headers node:http adds by itself. */
const OWN = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);

if (process.argv[2] === "child") {
  const { listen } = await serverModule();
  const running = await listen({ port: 0, host: "127.0.0.1" });
  const probe = await fetch(`${running.url}${PATH}`);
  const body = Buffer.from(await probe.arrayBuffer());
  const type = probe.headers.get("content-type");
  const kind = process.argv[3];
  if (kind !== "wsaerr") {
    await running.close();
    const same = {};
    probe.headers.forEach((value, name) => {
      if (!OWN.has(name)) same[name] = value;
    });
    const bare = createServer(
      kind === "bare"
        ? (_req, res) => {
            res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
            res.end(body);
          }
        : (_req, res) => {
            res.writeHead(200, { ...same, "Content-Length": body.length });
            res.end(body);
          },
    );
    bare.listen(0, "127.0.0.1", () =>
      process.send({ url: `http://127.0.0.1:${bare.address().port}`, bytes: body.length }),
    );
  } else process.send({ url: running.url, bytes: body.length });
} else {
  const seconds = Number(process.argv[2] ?? 10);
  const rounds = Number(process.argv[3] ?? 5);
  const servers = {};
  for (const kind of KINDS) {
    const child = fork(new URL(import.meta.url).pathname, ["child", kind], { execArgv: process.execArgv });
    const { url, bytes } = await new Promise((resolve) => child.once("message", resolve));
    servers[kind] = { child, url: `${url}${PATH}`, bytes, runs: [] };
    await autocannon({ url: servers[kind].url, connections: 10, duration: 2 }); // warm-up
  }
  for (let round = 0; round < rounds; round++) {
    for (const kind of [...KINDS.slice(round % KINDS.length), ...KINDS.slice(0, round % KINDS.length)]) {
      const server = servers[kind];
      server.runs.push(await autocannon({ url: server.url, connections: 10, duration: seconds / rounds }));
    }
  }
  const rate = {};
  for (const kind of KINDS) {
    const { child, runs, bytes } = servers[kind];
    child.kill();
    const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
    const errors = runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0);
    rate[kind] = total / seconds;
    const p50 = median(runs.map((run) => run.latency.p50));
    const p99 = median(runs.map((run) => run.latency.p99));
    console.log(
      `server-throughput ${kind.padEnd(12)} ${String(Math.round(rate[kind])).padStart(6)} req/s  p50 ${p50} ms  p99 ${p99} ms  errors ${errors}  (${bytes} B body, 10 connections, ${seconds} s in ${rounds} rounds)`,
    );
  }
  const perRound = servers.wsaerr.runs.map((run, i) => run.requests.total / servers.bare.runs[i].requests.total);
  console.log(
    `server-throughput ratio        ${(rate.wsaerr / rate.bare).toFixed(2)}x of bare node:http  (rounds ${perRound.map((r) => r.toFixed(2)).join(" ")}; goal >= 0.8)`,
  );
  console.log(
    `server-throughput              bare node:http with wsaerr's headers ${(rate["bare+headers"] / rate.bare).toFixed(2)}x of bare; wsaerr ${(rate.wsaerr / rate["bare+headers"]).toFixed(2)}x of it`,
  );
}
