// Writes a reproducible mixed log for the explain benchmark: ordinary service
// lines full of near misses (ports like :10054, ids, sizes, timestamps, hex
// addresses) and about 1% socket-error lines in every dialect wsaerr reads.
// Usage: node bench/gen-log.mjs <out-file> [megabytes=200] [seed=1] [error share=0.01]
import { createWriteStream } from "node:fs";

const [out, megabytes = "200", seed = "1", share = "0.01"] = process.argv.slice(2);
if (!out) {
  console.error("usage: node bench/gen-log.mjs <out-file> [megabytes] [seed] [error share]");
  process.exit(2);
}

// xorshift32: the same file for the same seed, on every machine.
let state = Number(seed) >>> 0 || 1;
const random = () => {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 0x100000000;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (low, high) => low + Math.floor(random() * (high - low + 1));

const ERROR_LINES = [
  () => `ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host`,
  () =>
    `ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it`,
  () => `socket.gaierror: [Errno 11001] getaddrinfo failed`,
  () =>
    `System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.`,
  () => `   SocketErrorCode: ConnectionReset`,
  () => `java.net.ConnectException: Connection refused: connect`,
  () => `java.net.SocketException: Connection reset by peer: socket write error`,
  () =>
    `dial tcp 10.0.${int(0, 255)}.${int(1, 254)}:${int(1024, 65535)}: connectex: No connection could be made because the target machine actively refused it.`,
  () =>
    `read tcp 127.0.0.1:${int(1024, 65535)}->127.0.0.1:443: wsarecv: An existing connection was forcibly closed by the remote host.`,
  () =>
    `Error: Os { code: 10054, kind: ConnectionReset, message: "An existing connection was forcibly closed by the remote host." }`,
  () =>
    `error sending request: connection error: An existing connection was forcibly closed by the remote host. (os error 10054)`,
  () => `Error: read ECONNRESET`,
  () => `Error: connect ECONNREFUSED 127.0.0.1:${int(1024, 65535)}`,
  () => `  errno: -4077,`,
  () => `curl: (56) Recv failure: Connection was reset`,
  () => `could not connect to server: Connection refused (0x0000274D/10061)`,
  () =>
    `[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: An existing connection was forcibly closed by the remote host. error: 10054`,
  () => `Socket Error # 10054`,
  () => `Eine vorhandene Verbindung wurde vom Remotehost geschlossen.`,
  () => `read: Connection reset by peer (errno 104)`,
];

const WORDS = [
  "request",
  "handled",
  "user",
  "cache",
  "miss",
  "hit",
  "upstream",
  "worker",
  "queue",
  "job",
  "session",
  "token",
  "refresh",
  "GET",
  "POST",
  "completed",
  "started",
  "scheduled",
  "flush",
  "segment",
];
const NORMAL_LINES = [
  () => `${pick(WORDS)} ${pick(WORDS)} id=${int(10000, 11999)} took ${int(1, 900)}ms`,
  () => `listening on 0.0.0.0:${pick([10054, 10053, 10061, 8080, 443, int(1024, 65535)])}`,
  () => `CoreDNS-1.11.1 .:10053 on ${pick(WORDS)}`,
  () => `ptr=0x${int(0x10000000, 0x7fffffff).toString(16)} size=${int(10000, 11999)} bytes`,
  () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} status=200 bytes=${int(100, 99999)}`,
  () => `connection from 192.168.${int(0, 255)}.${int(1, 254)}:${int(1024, 65535)} accepted`,
  () => `retrying ${pick(WORDS)} in ${int(1, 30)}s (attempt ${int(1, 5)})`,
  () => `ERROR ${pick(WORDS)} failed: validation error in field ${pick(WORDS)}`,
];

const pad = (n, width = 2) => String(n).padStart(width, "0");
const target = Number(megabytes) * 1024 * 1024;
const stream = createWriteStream(out);
let written = 0;
let second = 0;
while (written < target) {
  let block = "";
  for (let i = 0; i < 2000; i++) {
    second++;
    const time = `2026-11-23T${pad(Math.floor(second / 3600) % 24)}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}.${pad(second % 1000, 3)}Z`;
    const body = random() < Number(share) ? pick(ERROR_LINES)() : pick(NORMAL_LINES)();
    block += `${time} ${pick(["INFO", "INFO", "INFO", "DEBUG", "WARN"])} [${pick(WORDS)}-${int(1, 16)}] ${body}\n`;
  }
  if (!stream.write(block)) await new Promise((resolve) => stream.once("drain", resolve));
  written += Buffer.byteLength(block);
}
stream.end();
await new Promise((resolve) => stream.once("finish", resolve));
console.error(`wrote ${(written / 1024 / 1024).toFixed(1)} MB to ${out}`);
