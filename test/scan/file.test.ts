// scanFile: parallel segments and .gz give exactly what scan() gives the whole text.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { scanFile } from "../../src/scan/file.ts";
import { scan } from "../../src/scan/index.ts";
import type { Finding } from "../../src/scan/types.ts";
import { ROOT } from "../helpers/catalogue.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-scan-"));
const log = join(dir, "mixed.log");
execFileSync(process.execPath, [join(ROOT, "bench/gen-log.mjs"), log, "3", "7"], { stdio: "ignore" });
after(() => execFileSync("rm", ["-rf", dir]));

async function collect(findings: AsyncIterable<Finding>): Promise<Finding[]> {
  const all: Finding[] = [];
  for await (const finding of findings) all.push(finding);
  return all;
}

describe("scanFile", () => {
  const expected = scan(readFileSync(log, "utf8"), { file: "mixed.log" });

  it("finds the generated error lines", () => assert.ok(expected.length > 200));

  it("gives scan()'s findings in one thread", async () => {
    assert.deepEqual(await collect(scanFile(log, { file: "mixed.log", threads: 1 })), expected);
  });

  it("gives scan()'s findings with segments on worker threads", async () => {
    // Left to the workers alone (this thread would otherwise scan the file before they start).
    for (const threads of [2, 3])
      assert.deepEqual(
        await collect(scanFile(log, { file: "mixed.log", threads, segmentSize: 256 << 10, scanHere: false })),
        expected,
      );
    // And shared with this thread.
    assert.deepEqual(await collect(scanFile(log, { file: "mixed.log", threads: 2, segmentSize: 64 << 10 })), expected);
  });

  it("takes a file: URL as its path, as README says (a review found it failed)", async () => {
    assert.deepEqual(await collect(scanFile(pathToFileURL(log), { file: "mixed.log", threads: 1 })), expected);
    await assert.rejects(collect(scanFile(42 as never)), TypeError);
    await assert.rejects(collect(scanFile(new URL("https://example.com/app.log"))), TypeError);
  });

  it("closes the file when the reader breaks off early", async () => {
    const open = () => readdirSync("/proc/self/fd").length;
    const before = open();
    for (let round = 0; round < 5; round++) {
      for await (const _ of scanFile(log, { file: "mixed.log", threads: 1, segmentSize: 64 << 10 })) break;
    }
    assert.equal(open(), before);
  });

  it("carries a line longer than MAX_LINE's findings into the next segment's rules", async () => {
    // Indy: the POSIX text continuing the Windows message on the line above is not reported again,
    // though that line is too long for the next segment to read back.
    const path = join(dir, "indy-long.log");
    const text = `ok\nSocket Error # 10054 ${"y".repeat((1 << 20) + 5000)}\nConnection reset by peer.\nnext\n`;
    writeFileSync(path, text);
    const expected = scan(text).map((finding) => `${finding.line}:${finding.code}:${finding.evidence}`);
    assert.deepEqual(expected, ["2:10054:decimal"]);
    const found = await collect(scanFile(path, { threads: 1, segmentSize: 64 << 10 }));
    assert.deepEqual(
      found.map((finding) => `${finding.line}:${finding.code}:${finding.evidence}`),
      expected,
    );
    const gz = join(dir, "indy-long.log.gz");
    writeFileSync(gz, gzipSync(text));
    assert.deepEqual(
      (await collect(scanFile(gz))).map((finding) => `${finding.line}:${finding.code}:${finding.evidence}`),
      expected,
    );
  });

  it("reads a line of up to MAX_LINE bytes with the line after it, as scan() does", async () => {
    // The German 10053 text broken over two lines, its first half ending a line of 1 MiB.
    const first = "Eine bestehende Verbindung wurde softwaregesteuert";
    // (And lines longer than a block of the reader, 256 KiB, but not than MAX_LINE: read whole too.)
    for (const length of [300_000, 800_000, (1 << 20) - 1, 1 << 20]) {
      const text = `${"x".repeat(length - first.length)}${first}\ndurch den Hostcomputer abgebrochen.\n`;
      const path = join(dir, `exact-${length}.log`);
      writeFileSync(path, text);
      const expected = scan(text).map((finding) => `${finding.line}:${finding.column}:${finding.code}`);
      assert.deepEqual(expected, [`1:${length - first.length + 1}:10053`]);
      assert.deepEqual(
        (await collect(scanFile(path, { threads: 1 }))).map(
          (finding) => `${finding.line}:${finding.column}:${finding.code}`,
        ),
        expected,
        `a line of ${length} bytes`,
      );
    }
  });

  it("reads a message broken over a segment or block boundary when the second line is long (past the reader's lookahead, or not)", async () => {
    // The Windows text ends on the segment's (or block's) first line, which runs on past the
    // reader's lookahead: its POSIX words only continue the message above (Indy rule), as
    // scan() reads them.
    const first = "An existing connection was forcibly closed by the remote";
    for (const [boundary, options] of [
      [64 << 10, { threads: 1, segmentSize: 64 << 10 }],
      // (A block of the reader is 256 KiB; its last line ends just before.)
      [(256 << 10) - 40, { threads: 1 }],
    ] as const) {
      const filler = `${"f".repeat(boundary - first.length - 2)}\n`;
      for (const tail of [70_000, 20_000])
        for (const second of ["host. Connection reset by peer", "host."]) {
          const text = `${filler}${first}\n${second} ${"y".repeat(tail)}\nok\n`;
          const path = join(dir, "split-long-second.log");
          writeFileSync(path, text);
          const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.platform}`;
          const expected = scan(text).map(key);
          assert.deepEqual(expected, ["2:1:10054:windows"]);
          assert.deepEqual(
            (await collect(scanFile(path, options))).map(key),
            expected,
            `${boundary} ${tail} ${second}`,
          );
        }
    }
  });

  it("reads .gz files transparently", async () => {
    const gz = join(dir, "mixed.log.gz");
    writeFileSync(gz, gzipSync(readFileSync(log)));
    assert.deepEqual(await collect(scanFile(gz, { file: "mixed.log" })), expected);
  });

  it("gives scan()'s line numbers around lines longer than a block and than MAX_LINE", async () => {
    const long = join(dir, "long.log");
    const lines = Array.from({ length: 20_750 }, () => "a".repeat(100));
    lines.push(`[WinError 10054] ${"x".repeat(200_000)} [WinError 10061] `, "ok", "[WinError 10060]");
    lines.push(`${"z".repeat(3_000_000)} [WinError 10013]`, "[WinError 10048]", "");
    writeFileSync(long, lines.join("\n"));
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}`;
    const whole = scan(readFileSync(long, "utf8")).map(key);
    assert.deepEqual(whole, ["20751:1:10054", "20751:200019:10061", "20753:1:10060", "20755:1:10048"]);
    for (const threads of [1, 3]) {
      assert.deepEqual(
        (await collect(scanFile(long, { threads, segmentSize: 1 << 20 }))).map(key),
        whole,
        `${threads} threads`,
      );
    }
  });

  it("keeps the rules between blocks in segments after the first, in one thread", async () => {
    // Several blocks per segment and segments after the first: the line numbers made absolute
    // must not change the findings a block hands the next as context (a message that only
    // repeats the line above's code is dropped there, as scan() drops it).
    const a =
      "TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a";
    const b = "period of time, or established connection failed because connected host has failed to respond";
    const text = `${"p".repeat(65)}\n${"filler line without anything of note here\n".repeat(100_000)}${`${a}\n${b}\nfiller\n`.repeat(9_000)}`;
    const path = join(dir, "blocks.log");
    writeFileSync(path, text);
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.evidence}`;
    const expected = scan(text).map(key);
    assert.equal(expected.length, 9_000);
    assert.deepEqual((await collect(scanFile(path, { threads: 1 }))).map(key), expected);
  });

  it("finds a message broken over a segment boundary, and one after a line longer than a block", async () => {
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.platform}`;
    // The message's first line starts just before the 64 KiB boundary and crosses it; its
    // second line (the only one with an anchor) starts in the next segment.
    const first = "ConnectEx tcp: No connection";
    const filler = `${"f".repeat(99)}\n`;
    const before = "x".repeat((64 << 10) - 10 - 655 * filler.length);
    const start = `${filler.repeat(655)}${before}\n`;
    const cases = [
      `${start}${first}\ncould be made because the target machine actively refused it.\nok\n`,
      // The second line is the file's last, without a newline.
      `${start}${first}\ncould be made because the target machine actively refused it.`,
      // A Windows message broken over the boundary, and a POSIX text that only continues it
      // (dropped, as scan() drops it: found only if the line before is read with the next).
      `${start}An existing connection was forcibly closed by the remote\nhost. Connection reset by peer\nok\n`,
    ];
    for (const [index, text] of cases.entries()) {
      const split = join(dir, `split-${index}.log`);
      writeFileSync(split, text);
      const expected = scan(text).map(key);
      assert.equal(expected.length, 1, `case ${index}`);
      for (const options of [{ threads: 1 }, { threads: 2, scanHere: false }])
        assert.deepEqual(
          (await collect(scanFile(split, { ...options, segmentSize: 64 << 10 }))).map(key),
          expected,
          `case ${index}, ${JSON.stringify(options)}`,
        );
    }
    // Indy prints the code, then the message on the next line: one finding, even when that
    // line is too long to be read whole.
    const indy = `EIdSocketError: Socket Error # 10061\nConnection refused. ${"y".repeat(1_200_000)}\n`;
    const long = join(dir, "indy.log");
    writeFileSync(long, indy);
    assert.deepEqual((await collect(scanFile(long))).map(key), scan(indy).map(key));
  });

  it("reads a UTF-16 file, as Windows PowerShell writes logs", async () => {
    const text = `ok\r\n[WinError 10054] An existing connection was forcibly closed by the remote host\r\nerrno: -4077\r\n`;
    const path = join(dir, "utf16.log");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}`;
    assert.deepEqual((await collect(scanFile(path))).map(key), scan(text).map(key));
    assert.equal((await collect(scanFile(path))).length, 2);
  });

  it("reads a pipe by its name as a stream, gzip data too (`wsaerr explain <(zcat app.log.gz)`)", async () => {
    for (const [name, data] of [
      ["fifo", Buffer.from("ok\nrecv failed [WinError 10054]\n")],
      ["fifo-gz", gzipSync("ok\nrecv failed [WinError 10054]\n")],
    ] as const) {
      const fifo = join(dir, name);
      execFileSync("mkfifo", [fifo]);
      // A writer in another process: opening a pipe waits for the other end, as `cat` does.
      const write = `require("fs").writeFileSync(${JSON.stringify(fifo)}, Buffer.from(${JSON.stringify(data.toString("base64"))}, "base64"))`;
      const exited = once(spawn(process.execPath, ["-e", write]), "exit");
      const found = await collect(scanFile(fifo, { file: "pipe" }));
      await exited;
      assert.deepEqual(
        found.map((finding) => `${finding.file}:${finding.line}:${finding.code}`),
        ["pipe:2:10054"],
        name,
      );
    }
  });

  it("fails on a folder", async () => {
    await assert.rejects(collect(scanFile(dir)), /EISDIR/);
  });

  it("counts columns from after a byte order mark, as decoded text does", async () => {
    const path = join(dir, "bom.log");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("[WinError 10054] x\n")]));
    const [finding] = await collect(scanFile(path));
    assert.equal(finding?.column, 1);
    assert.equal(finding?.line, 1);
  });

  it("reads the whole lines of a .gz cut short, not the line it breaks off in", async () => {
    const lines = Array.from({ length: 3_000 }, (_, index) => `${index} connect failed: errno: 10061`);
    const whole = gzipSync(`${lines.join("\n")}\n`, { level: 0 });
    // Cut inside "errno: 10061" so that the line reads "errno: 100" (ENETDOWN on Linux).
    const cutAt = whole.indexOf("errno: 10061", whole.length / 2) + "errno: 100".length;
    const path = join(dir, "cut-line.log.gz");
    writeFileSync(path, whole.subarray(0, cutAt));
    const found: Finding[] = [];
    await assert.rejects(async () => {
      for await (const finding of scanFile(path)) found.push(finding);
    }, /ends early/);
    assert.ok(found.length > 1000);
    assert.ok(found.every((finding) => finding.symbol === "WSAECONNREFUSED"));
  });

  it("agrees with scan() across many small segments of mixed fixture lines", async () => {
    const fixtures = join(ROOT, "test/fixtures/explain");
    const pool = readdirSync(fixtures).flatMap((name) => {
      const fixture = JSON.parse(readFileSync(join(fixtures, name), "utf8"));
      return [...fixture.positive, ...fixture.negative].map((item: { line: string }) => item.line);
    });
    const key = (finding: Finding) => `${finding.line}:${finding.column}:${finding.code}:${finding.platform}`;
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 4; round++) {
      const lines: string[] = [];
      for (let size = 0; size < 200_000; size += (lines.at(-1)?.length ?? 0) + 1) {
        lines.push(
          next() < 0.5
            ? (pool[Math.floor(next() * pool.length)] as string)
            : `filler ${"x".repeat(Math.floor(next() * 300))}`,
        );
      }
      const text = `${lines.join("\n")}\n`;
      const path = join(dir, `fuzz-${round}.log`);
      writeFileSync(path, text);
      assert.deepEqual(
        (await collect(scanFile(path, { threads: 3, segmentSize: 64 << 10 }))).map(key),
        scan(text).map(key),
      );
    }
  });

  it("ends with the error when a .gz file cannot be read", async () => {
    const bad = join(dir, "bad.log.gz");
    writeFileSync(bad, "not gzip");
    await assert.rejects(collect(scanFile(bad)), /not gzip data/);
  });

  it("handles a file without a final newline and an empty file", async () => {
    const cut = join(dir, "cut.log");
    writeFileSync(cut, "ok\n[WinError 10061] refused");
    assert.deepEqual(
      (await collect(scanFile(cut))).map((finding) => [finding.line, finding.symbol]),
      [[2, "WSAECONNREFUSED"]],
    );
    const empty = join(dir, "empty.log");
    writeFileSync(empty, "");
    assert.deepEqual(await collect(scanFile(empty)), []);
  });
});
