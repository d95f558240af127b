// Goal: resolve() median ≤ 1 µs per input form, ≤ 5 µs for message text.
// Baseline printed alongside: the same loop calling String.prototype.trim.
import { resolve } from "../dist/index.js";
import { fmt, nsPerCall } from "./lib.mjs";

const FORMS = [
  ["decimal", "10054", 1000],
  ["number", 10054, 1000],
  ["symbol", "WSAECONNRESET", 1000],
  ["posix name", "econnreset", 1000],
  ["hex", "0x2746", 1000],
  ["hresult", "0x80072746", 1000],
  ["hresult decimal", "-2147014842", 1000],
  [".NET member", "SocketError.ConnectionReset", 1000],
  ["node errno win32", "errno: -4077", 1000],
  ["node errno linux", "errno: -104", 1000],
  ["python", "[WinError 10061]", 1000],
  ["rust", "os error 10060", 1000],
  ["message en", "An existing connection was forcibly closed by the remote host.", 5000],
  [
    "message de",
    "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.",
    5000,
  ],
  ["message in a Go line", "wsarecv: An existing connection was forcibly closed by the remote host.", 5000],
];

const baseline = nsPerCall((i) => FORMS[i % FORMS.length][0].trim(), { calls: 100_000 });
console.log(`resolve()        baseline loop+trim ${fmt(baseline, 1)} ns/call`);
let worst = 0;
for (const [name, input, goalNs] of FORMS) {
  const ns = nsPerCall(() => resolve(input), { calls: 20_000, rounds: 9 });
  worst = Math.max(worst, ns / goalNs);
  console.log(
    `  ${name.padEnd(22)} ${fmt(ns / 1000, 3)} µs  (goal <= ${goalNs / 1000} µs) ${ns <= goalNs ? "ok" : "OVER"}`,
  );
}
console.log(`  worst form at ${fmt(worst * 100, 0)}% of its goal`);

// Long texts (no goal): resolve() reads the first 4 KiB; texts full of ": " separators once cost
// time by the square of their length (each separator's rest was normalised).
for (const [name, input] of [
  ["4 KiB of separators", "a: ".repeat(1365)],
  [
    "3.5 KB of JSON",
    JSON.stringify({ error: { message: "Request failed", details: Array(60).fill({ a: 1, b: "x" }) } }, null, 2),
  ],
]) {
  const ns = nsPerCall(() => resolve(input), { calls: 200, rounds: 5 });
  console.log(`  ${name.padEnd(22)} ${fmt(ns / 1e6, 2)} ms  (no goal)`);
}
