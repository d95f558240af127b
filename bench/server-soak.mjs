// 30 s at 100 connections over a mix of API and page requests: errors must be zero
// and memory flat. RSS of the server process is sampled every 5 s and printed.
// Run: node --import tsx bench/server-soak.mjs [seconds, default 30]
import { fork } from "node:child_process";
import autocannon from "autocannon";
import { serverModule } from "./server-app.mjs";

if (process.argv[2] === "child") {
  const { listen } = await serverModule();
  const running = await listen({ port: 0, host: "127.0.0.1" });
  process.on("message", () => process.send({ rss: process.memoryUsage().rss }));
  process.send({ url: running.url });
} else {
  const seconds = Number(process.argv[2] ?? 30);
  const child = fork(new URL(import.meta.url).pathname, ["child"], { execArgv: process.execArgv });
  const { url } = await new Promise((resolve) => child.once("message", resolve));
  const rss = () =>
    new Promise((resolve) => {
      child.once("message", (message) => resolve(Math.round(message.rss / 1048576)));
      child.send("rss");
    });
  const samples = [await rss()];
  const sampler = setInterval(async () => samples.push(await rss()), 5000);
  const run = await autocannon({
    url,
    connections: 100,
    duration: seconds,
    requests: [
      { path: "/api/v1/errors/10054" },
      { path: "/api/v1/errors/WSAECONNREFUSED?lang=de" },
      { path: "/api/v1/search?q=connection%20refused" },
      { path: "/api/v1/errors/no-such-thing" },
      { path: "/10054" },
      { method: "POST", path: "/api/v1/explain", body: "[WinError 10054] x\nconnect ECONNREFUSED 1.2.3.4:80\n" },
    ],
  });
  clearInterval(sampler);
  samples.push(await rss());
  child.kill();
  // 404 for no-such-thing is expected: count only connection errors, timeouts and 5xx.
  const failures = run.errors + run.timeouts + (run["5xx"] ?? 0);
  console.log(
    `server-soak       ${run.requests.total} requests in ${seconds} s at 100 connections, ${Math.round(run.requests.average)} req/s, p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms`,
  );
  console.log(
    `server-soak       errors ${failures} (connection ${run.errors}, timeouts ${run.timeouts}, 5xx ${run["5xx"] ?? 0})  (goal 0)`,
  );
  console.log(`server-soak       RSS MB every 5 s: ${samples.join(" ")}  (goal: flat)`);
}
