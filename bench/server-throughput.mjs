// GET /api/v1/errors/10054 on `wsaerr serve` against a bare node:http server that
// answers a constant body of the same size and type: both in a child process of
// their own, both loaded by autocannon on loopback in this run. Goal: ratio ≥ 0.8.
// Run: node --import tsx bench/server-throughput.mjs [seconds per run, default 10]
import { fork } from "node:child_process";
import { createServer } from "node:http";
import autocannon from "autocannon";
import { serverModule } from "./server-app.mjs";

const PATH = "/api/v1/errors/10054";

if (process.argv[2] === "child") {
  const { listen } = await serverModule();
  const running = await listen({ port: 0, host: "127.0.0.1" });
  const probe = await fetch(`${running.url}${PATH}`);
  const body = Buffer.from(await probe.arrayBuffer());
  const type = probe.headers.get("content-type");
  if (process.argv[3] === "bare") {
    await running.close();
    const bare = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
      res.end(body);
    });
    bare.listen(0, "127.0.0.1", () =>
      process.send({ url: `http://127.0.0.1:${bare.address().port}`, bytes: body.length }),
    );
  } else process.send({ url: running.url, bytes: body.length });
} else {
  const seconds = Number(process.argv[2] ?? 10);
  const results = {};
  for (const kind of ["bare", "wsaerr"]) {
    const child = fork(new URL(import.meta.url).pathname, ["child", kind], { execArgv: process.execArgv });
    const { url, bytes } = await new Promise((resolve) => child.once("message", resolve));
    await autocannon({ url: `${url}${PATH}`, connections: 10, duration: 2 }); // warm-up
    const run = await autocannon({ url: `${url}${PATH}`, connections: 10, duration: seconds });
    child.kill();
    results[kind] = run;
    console.log(
      `server-throughput ${kind.padEnd(7)} ${String(Math.round(run.requests.average)).padStart(6)} req/s  p50 ${run.latency.p50} ms  p99 ${run.latency.p99} ms  errors ${run.errors + run.non2xx}  (${bytes} B body, 10 connections, ${seconds} s)`,
    );
  }
  const ratio = results.wsaerr.requests.average / results.bare.requests.average;
  console.log(`server-throughput ratio  ${ratio.toFixed(2)}x of bare node:http  (goal >= 0.8)`);
}
