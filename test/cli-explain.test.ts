// `wsaerr explain`: output forms, stdin, exit codes, and a real process with a pipe.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { run } from "../src/cli/main.ts";
import { findingJson, NdjsonChunks } from "../src/cli/ndjson.ts";
import { scan } from "../src/scan/index.ts";
import type { Finding } from "../src/scan/types.ts";
import { ROOT } from "./helpers/catalogue.ts";

const LOG = [
  "2026-11-23 INFO listening on 0.0.0.0:10054",
  "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
  "java.net.ConnectException: Connection refused: connect",
  "read: Connection reset by peer (errno 104)",
  "",
].join("\n");
const dir = mkdtempSync(join(tmpdir(), "wsaerr-explain-"));
const file = join(dir, "app.log");
writeFileSync(file, LOG);

async function explain(args: string[], stdin?: string | AsyncIterable<Uint8Array>) {
  let out = "";
  let err = "";
  const status = await run(["explain", ...args], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: {},
    isTTY: false,
    columns: 100,
    ...(stdin === undefined ? {} : { stdin: typeof stdin === "string" ? Readable.from([stdin]) : stdin }),
  });
  return { status, out, err };
}

describe("wsaerr explain", () => {
  it("writes each NDJSON line exactly as JSON.stringify writes the finding's object", () => {
    const dir = join(ROOT, "test/fixtures/explain");
    const lines = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .flatMap((name) => (JSON.parse(readFileSync(join(dir, name), "utf8")).positive as { line: string }[]) ?? [])
      .map((positive) => positive.line);
    const findings = scan(lines.join("\n"));
    assert.ok(findings.length > 100);
    // File names that need escaping, a finding whose text does, line numbers of every width,
    // a finding without a dialect (left out, as JSON.stringify leaves it out), and enough lines
    // to fill several chunks.
    const files = [null, "app.log", 'C:\\logs\\"quoted"\u2028.log', "żółw.log", "x".repeat(70_000)];
    const texts = findings.concat(scan('x "\\ \u0001 Connection reset by peer (errno 104) \ud83d\ude00 \u00e4'));
    const all: Finding[] = [];
    for (let round = 0; round < 40; round++)
      for (const [index, finding] of texts.entries())
        all.push({
          ...finding,
          line: finding.line * 10 ** (round % 16),
          file: files[(index + round) % files.length] as string | null,
        });
    const { dialect: _dialect, ...undialected } = all[0] as Finding;
    all.push(undialected as Finding);
    const chunks: Buffer[] = [];
    const writer = new NdjsonChunks((bytes) => chunks.push(Buffer.from(bytes)));
    let handedOn = 0;
    for (const finding of all) if (writer.add(finding)) handedOn++;
    writer.flush();
    assert.ok(handedOn > 10 && chunks.length > handedOn);
    const expected = all.map((finding) => `${JSON.stringify(findingJson(finding))}\n`).join("");
    assert.equal(Buffer.concat(chunks).toString("utf8"), expected);
    // Each chunk ends with a whole line.
    for (const chunk of chunks) assert.equal(chunk[chunk.length - 1], 0x0a);
  });

  it("writes any finding as JSON.stringify writes it: numbers of every kind, any text and file, a chunk of whole lines", () => {
    const [base] = scan("ConnectionResetError: [WinError 10054]") as [Finding];
    const num = fc.oneof(
      fc.integer(),
      fc.integer({ min: 0x7ffffff0, max: 0x80000010 }),
      fc.constantFrom(
        0,
        -0,
        NaN,
        Infinity,
        -Infinity,
        2 ** 31,
        2 ** 32,
        2 ** 53,
        -(2 ** 31),
        1e21,
        -1.2345678901234567e-6,
        -2.2250738585072014e-308,
        0.5,
        9.999999999999999e20,
      ),
      fc.double(),
      fc.nat(),
    );
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('"', "\\", "\u2028", "\ud83d\ude00", "\ud800", "\udfff", "é"),
    );
    const text = fc.oneof(
      fc.string({ unit, maxLength: 40 }),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
      fc.nat(3).map((k) => "x".repeat([0, 30_000, 70_000, 200_000][k] as number)),
      fc.nat(2).map((k) => "\u20ac".repeat([1, 30_000, 70_000][k] as number)),
    );
    const finding = fc.record({
      file: fc.oneof(fc.constant(null), fc.string({ unit, maxLength: 8 })),
      line: num,
      column: num,
      text,
      lang: fc.constantFrom(null, "en", "日本"),
      code: fc.constantFrom(10054, 10061, 111),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (list) => {
        const chunks: Buffer[] = [];
        const writer = new NdjsonChunks((bytes) => chunks.push(Buffer.from(bytes)));
        const all = list.map((f) => ({ ...base, ...f }) as Finding);
        for (const f of all) writer.add(f);
        writer.flush();
        const expected = all.map((f) => `${JSON.stringify(findingJson(f))}\n`).join("");
        assert.equal(Buffer.concat(chunks).toString("utf8"), expected);
        for (const chunk of chunks) assert.equal(chunk[chunk.length - 1], 0x0a);
      }),
      { numRuns: 400 },
    );
  });

  it("prints NDJSON with the documented fields, one object per finding", async () => {
    const { status, out } = await explain([file, "--json"]);
    assert.equal(status, 0);
    const rows = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      rows.map((row) => [row.line, row.symbol, row.platform, row.evidence]),
      [
        [2, "WSAECONNRESET", "windows", "decimal"],
        [3, "WSAECONNREFUSED", "windows", "message"],
        [4, "WSAECONNRESET", "posix", "decimal"],
      ],
    );
    assert.deepEqual(Object.keys(rows[0]), [
      "file",
      "line",
      "column",
      "text",
      "code",
      "symbol",
      "platform",
      "evidence",
      "lang",
      "dialect",
    ]);
    assert.equal(rows[0].file, file);
    assert.equal(rows[0].code, 10054);
  });

  it("explains each finding beneath its place by default, in German when asked", async () => {
    const { out } = await explain([file, "--lang", "de"]);
    // The finding's line as it stands, then what was read in it.
    assert.ok(out.includes(`app.log:2:23  ${LOG.split("\n")[1]}\n`), out);
    assert.match(out, /\(decimal “\[WinError 10054\]”\)/);
    assert.ok(out.includes(`app.log:3:28  ${LOG.split("\n")[2]}\n`), out);
    assert.match(out, /WSAECONNRESET 10054: Verbindung von der Gegenstelle zurückgesetzt/);
  });

  it("explains each code once: its later findings point back to where (the same paragraphs for every repeat hid the lines)", async () => {
    const { out } = await explain([file]);
    const cards = out.split("\n\n").filter(Boolean);
    assert.equal(cards.length, 3, out);
    // Line 2's [WinError 10054] is explained; line 4's POSIX text of the same code points back.
    assert.match(cards[0] as string, /\n {4}Retry: retry\./);
    assert.ok((cards[2] as string).endsWith(`\n    Explained above, at ${file}:2:23.`), cards[2]);
    assert.match(cards[2] as string, /POSIX; Winsock equivalent\)/);
    assert.doesNotMatch(cards[2] as string, /Retry:/);
    // Across files too, and in German.
    const german = (await explain([file, file, "--lang", "de"])).out.split("\n\n").filter(Boolean);
    assert.equal(german.length, 6);
    assert.ok((german[4] as string).endsWith(`\n    Siehe oben: ${file}:3:28.`), german[4]);
    assert.match(german[2] as string, /POSIX; Winsock-Entsprechung\)/);
    // --every: each in full.
    const every = (await explain([file, "--every"])).out.split("\n\n").filter(Boolean);
    assert.equal(every.length, 3);
    for (const card of every) assert.match(card, /\n {4}Retry: /);
    assert.doesNotMatch(every.join(""), /Explained above/);
  });

  it("shows a line's control characters as U+FFFD, not as a terminal would act on them", async () => {
    // (A terminal's colour codes are read through: the line as it shows, column counted so.)
    const { out } = await explain([], "x \u001b[31m[WinError 10054]\u001b[0m\tend\n");
    assert.ok(!out.includes("\u001b"), JSON.stringify(out));
    assert.ok(out.startsWith("-:1:3  x [WinError 10054] end\n"), JSON.stringify(out));
    // Another escape (a title's OSC, a lone ESC) is shown as U+FFFD.
    const other = await explain([], "x \u001b]0;title\u0007 \u001b [WinError 10054]\n");
    assert.ok(
      other.out.startsWith("-:1:16  x \uFFFD]0;title\uFFFD \uFFFD [WinError 10054]\n"),
      JSON.stringify(other.out),
    );
    // A bidirectional override (which would reorder the line shown), and a message's own line break.
    const bidi = await explain([], "user=\u202Eadmin [WinError 10054]\n");
    assert.ok(bidi.out.startsWith("-:1:13  user=\uFFFDadmin [WinError 10054]\n"), JSON.stringify(bidi.out));
    const broken = await explain(
      [],
      "Eine bestehende Verbindung wurde softwaregesteuert\r\ndurch den Hostcomputer abgebrochen.\r\n",
    );
    assert.match(
      broken.out,
      /\(message “Eine bestehende Verbindung wurde softwaregesteuert durch den Hostcomputer abgebrochen”\)/,
    );
  });

  it("summarises codes with counts, lines, platforms and a bar", async () => {
    const { out } = await explain([file, "--summary"]);
    assert.match(out, /2\s+10054\s+WSAECONNRESET\s+lines 2–4\s+posix,windows\s+█+/);
    assert.match(out, /3\s+findings/);
    // Columns line up whatever the widths of line numbers and platform lists (they did not).
    const mixed = join(dir, "summary-widths.log");
    const many = Array.from({ length: 1200 }, (_, index) =>
      index === 0 ? "[WinError 10054] x" : index === 1199 ? "read: Connection reset by peer" : "fine",
    );
    writeFileSync(mixed, `${[...many, "[WinError 10061] y", "connect ECONNREFUSED 1.2.3.4:5"].join("\n")}\n`);
    const rows = (await explain([mixed, "--summary"])).out.split("\n").filter((row) => /\d+\s+1\d{4}\s/.test(row));
    assert.equal(rows.length, 2);
    const titleAt = rows.map((row) => row.search(/Connection re(?:set|fused)/));
    assert.equal(titleAt[0], titleAt[1], rows.join("\n"));
    const barAt = rows.map((row) => row.indexOf("█"));
    assert.equal(barAt[0], barAt[1], rows.join("\n"));
  });

  it("summarises several files with each end's file, not one range of their line numbers (a review found 'lines 1–100')", async () => {
    const hundred = join(dir, "summary-a100.log");
    const one = join(dir, "summary-b1.log");
    writeFileSync(hundred, `${"fine\n".repeat(99)}[WinError 10054] x\n`);
    writeFileSync(one, "[WinError 10054] y\n");
    const json = JSON.parse((await explain([hundred, one, "--summary", "--json"])).out);
    assert.deepEqual(
      json.codes.map((row: Record<string, unknown>) => [row.firstFile, row.firstLine, row.lastFile, row.lastLine]),
      [[hundred, 100, one, 1]],
    );
    assert.match((await explain([hundred, one, "--summary"])).out, /summary-a100\.log:100 – \S*summary-b1\.log:1\s/);
    // Several files whose findings of a code lie in one of them: still named (a review found them hidden).
    const none = join(dir, "summary-none.log");
    writeFileSync(none, "fine\n");
    assert.match(
      (await explain([hundred, none, "--summary"])).out,
      /summary-a100\.log:100 – \S*summary-a100\.log:100\s/,
    );
    // One file: its range, as before.
    assert.match((await explain([hundred, "--summary"])).out, /lines 100–100\s/);
  });

  it("clears its progress bar before output on a terminal, and shows file names without their control characters (a review found both)", async () => {
    const odd = join(dir, "odd\u001b[31mname.log");
    writeFileSync(odd, `${"fine\n".repeat(20_000)}[WinError 10054] x\n`);
    // stdout and stderr on one terminal, as a person sees them.
    let screen = "";
    const status = await run(["explain", odd], {
      out: (text) => (screen += text),
      err: (text) => (screen += text),
      env: {},
      isTTY: false,
      errIsTTY: true,
      columns: 100,
    });
    assert.equal(status, 0);
    assert.match(screen, /%/, "a bar was drawn");
    // The finding's line starts a line of its own on the screen: after a newline or the bar's clearing.
    const at = screen.indexOf(`${odd.replace("\u001b", "\uFFFD")}:20001:`);
    assert.ok(at !== -1, JSON.stringify(screen.slice(-300)));
    assert.ok(
      at === 0 || screen.endsWith("\n", at) || screen.endsWith("\r\u001b[K", at),
      JSON.stringify(screen.slice(at - 40, at)),
    );
    // No escape of the name's own reaches the screen (the bar's clearing is the only one).
    assert.equal(screen.replaceAll("\r\u001b[K", "").includes("\u001b"), false);
  });

  it("reads standard input when given - or no file", async () => {
    const { status, out } = await explain(["--json"], LOG);
    assert.equal(status, 0);
    assert.equal(out.trim().split("\n").length, 3);
    assert.equal(JSON.parse(out.split("\n")[0] as string).file, "-");
  });

  it("writes what a truncated .gz file holds, then one line saying it is cut short, and exits 2", async () => {
    const lines = Array.from({ length: 40_000 }, (_, index) =>
      index % 100 === 7 ? `${index} ConnectionResetError: [WinError 10054] reset` : `${index} fine ${"x".repeat(40)}`,
    );
    const whole = gzipSync(`${lines.join("\n")}\n`);
    const cut = join(dir, "cut.log.gz");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const { status, out, err } = await explain([cut, "--json"]);
    assert.equal(status, 2);
    const found = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.ok(found.length > 10, `${found.length} findings`);
    assert.ok(found.every((finding) => finding.symbol === "WSAECONNRESET"));
    assert.equal(err.trim().split("\n").length, 1);
    assert.match(err, /cut short/);
    // Not gzip at all: one line, exit 2, nothing found.
    const fake = join(dir, "fake.log.gz");
    writeFileSync(fake, "[WinError 10054] but not compressed\n");
    const bad = await explain([fake, "--json"]);
    assert.equal(bad.status, 2);
    assert.equal(bad.out, "");
    assert.match(bad.err, /^wsaerr: cannot read .*fake\.log\.gz: it is not gzip data\n$/);
  });

  it("reads every file it can when another cannot be read, one line for each that cannot, status 2", async () => {
    // (Found by a review: a missing file stopped the command before any file was read, and a
    // file failing part way stopped it before the files after it.)
    const first = join(dir, "first.log");
    const last = join(dir, "last.log");
    writeFileSync(first, "x [WinError 10054] y\n");
    writeFileSync(last, "read ECONNRESET\n");
    const notGzip = join(dir, "not-gzip.gz");
    writeFileSync(notGzip, "plain words\n");
    const cut = join(dir, "cut.log.gz");
    const whole = gzipSync(
      Array.from({ length: 5000 }, (_, index) => `${index * 7919} [WinError 10061] refused\n`).join(""),
    );
    writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    for (const [bad, why] of [
      [join(dir, "missing.log"), "no such file"],
      [dir, "a folder, not a file"],
      [notGzip, "it is not gzip data"],
      [cut, "cut short"],
    ] as const) {
      const result = await explain([first, bad, last, "--json"]);
      assert.equal(result.status, 2, bad);
      const files = result.out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).file);
      assert.equal(files[0], first, bad);
      assert.equal(files.at(-1), last, bad);
      assert.equal(result.err.trim().split("\n").length, 1, result.err);
      assert.ok(result.err.includes(bad) && result.err.includes(why), result.err);
    }
    // And --summary counts both files.
    const summary = await explain([first, join(dir, "missing.log"), last, "--summary", "--json"]);
    assert.equal(summary.status, 2);
    assert.equal(JSON.parse(summary.out).total, 2);
  });

  it("reads all of a .gz file's members, and all of its data when other bytes follow it", async () => {
    const lines = (from: number) =>
      Array.from({ length: 30_000 }, (_, index) =>
        index % 1000 === 999 ? `${from + index} [WinError 10061] refused` : `${from + index} fine ${index * 7919}`,
      ).join("\n");
    // The last line of each member has a finding: Node's Gunzip stream dropped the output
    // of the write the junk came in with, the first member's last lines among it.
    const members = [gzipSync(`${lines(0)}\n`), gzipSync(`${lines(30_000)}\n`)];
    const path = join(dir, "rotated.log.gz");
    writeFileSync(path, Buffer.concat([...members, Buffer.from("junk from a bad copy\n")]));
    // A warning, as gzip -d gives: the next file is still read, and the status is 2.
    const { status, out, err } = await explain([path, file, "--json"]);
    const found = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.equal(found.filter((finding) => finding.file === path).length, 60);
    assert.deepEqual(found[59], { ...found[59], line: 60_000, symbol: "WSAECONNREFUSED" });
    assert.ok(found.some((finding) => finding.file === file));
    assert.equal(status, 2);
    assert.match(err, /^wsaerr: .*rotated\.log\.gz: bytes after the end of its gzip data were ignored\n$/);
    // The last line, without its newline, is read like any other.
    writeFileSync(path, Buffer.concat([gzipSync("ok\n[WinError 10054] reset"), Buffer.from("junk")]));
    const unfinished = await explain([path, "--json"]);
    assert.equal(unfinished.status, 2);
    assert.deepEqual(
      unfinished.out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).line),
      [2],
    );
    // Padding with zero bytes is not reported.
    writeFileSync(path, Buffer.concat([...members, Buffer.alloc(512)]));
    const padded = await explain([path, "--json"]);
    assert.deepEqual(
      [padded.status, padded.err, padded.out],
      [
        0,
        "",
        out
          .split(/(?<=\n)/)
          .filter((line) => line.includes(JSON.stringify(path)))
          .join(""),
      ],
    );
  });

  it("reads standard input whose reader refills one buffer, however the first bytes come", async () => {
    // The CLI's standard input reads into one buffer again and again; a first chunk of two
    // bytes once stayed in view of that buffer while the next was read, and was overwritten.
    const refilled = (chunks: Buffer[]) => ({
      async *[Symbol.asyncIterator]() {
        const buffer = Buffer.alloc(1 << 16);
        for (const chunk of chunks) {
          chunk.copy(buffer);
          yield buffer.subarray(0, chunk.length);
          buffer.fill(0x41);
        }
      },
    });
    const text = Buffer.from("a\n[WinError 10054] x\n[WinError 10061] y\n");
    const gzipped = gzipSync(text);
    for (const chunks of [
      [text.subarray(0, 2), text.subarray(2)],
      [gzipped.subarray(0, 1), gzipped.subarray(1, 5), gzipped.subarray(5)],
    ]) {
      const { status, out } = await explain(["--json"], refilled(chunks));
      assert.equal(status, 0);
      assert.deepEqual(
        out
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line).line),
        [2, 3],
      );
    }
  });

  it("reads gzip data by its first bytes: on standard input, and in a file not named .gz", async () => {
    const gzipped = gzipSync(LOG);
    const rotated = join(dir, "app.log.1");
    writeFileSync(rotated, gzipped);
    const expected = (await explain([file, "--json"])).out.replaceAll(JSON.stringify(file), "%");
    const named = await explain([rotated, "--json"]);
    assert.equal(named.out.replaceAll(JSON.stringify(rotated), "%"), expected);
    const { status, out } = await explain(["--json"], Readable.from([gzipped.subarray(0, 2), gzipped.subarray(2)]));
    assert.equal(status, 0);
    assert.equal(out.replaceAll('"-"', "%"), expected);
  });

  it("exits 1 when nothing is found and 2 for a missing file", async () => {
    assert.equal((await explain(["--json"], "all quiet\n")).status, 1);
    const missing = await explain([join(dir, "nope.log")]);
    assert.equal(missing.status, 2);
    assert.equal(missing.err.trim().split("\n").length, 1);
  });

  it("reads a pipe named as a file (`<(zcat app.log.gz)`) and refuses a folder in one line", async () => {
    const fifo = join(dir, "pipe");
    spawnSync("mkfifo", [fifo]);
    const write = `require("fs").writeFileSync(${JSON.stringify(fifo)}, "ok\\nrecv failed [WinError 10061]\\n")`;
    const exited = once(spawn(process.execPath, ["-e", write]), "exit");
    const { status, out } = await explain(["--json", fifo]);
    await exited;
    assert.equal(status, 0);
    assert.deepEqual(
      out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).code),
      [10061],
    );
    const folder = await explain([dir]);
    assert.equal(folder.status, 2);
    assert.equal(folder.err, `wsaerr: cannot read ${dir}: a folder, not a file\n`);
  });

  it("scans with more threads when asked, with the same findings, and refuses a bad count", async () => {
    const big = join(dir, "big.log");
    // Several 4 MiB segments (whether the workers start in time to take some depends on the
    // machine: test/scan/file.test.ts leaves segments to workers alone).
    writeFileSync(big, `${`${"x".repeat(120)}\n`.repeat(20_000)}${LOG}`.repeat(8) + LOG.repeat(1_000));
    const one = await explain([big, "--json"]);
    const three = await explain([big, "--json", "--threads", "3"]);
    assert.equal(three.status, 0);
    assert.equal(three.out, one.out);
    assert.equal(one.out.trim().split("\n").length, 3 * 1_008);
    for (const bad of ["0", "9", "two"]) {
      const refused = await explain([big, "--threads", bad]);
      assert.equal(refused.status, 2);
      assert.match(refused.err, /--threads must be a whole number from 1 to 8/);
    }
  });

  it("streams through a pipe from the real binary", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "bin/wsaerr.cjs"), "explain", "--json"], {
      input: LOG,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split("\n").length, 3);
  });

  it("says that its own data file is missing, not that the log could not be read", () => {
    // A copy of the built CLI without the prefilter's tables (an installation cut short).
    const copy = mkdtempSync(join(tmpdir(), "wsaerr-install-"));
    cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    writeFileSync(join(copy, "package.json"), readFileSync(join(ROOT, "package.json")));
    rmSync(join(copy, "dist/prefilter-image.bin"));
    const result = spawnSync(process.execPath, [join(copy, "bin/wsaerr.cjs"), "explain", "--json"], {
      input: LOG,
      encoding: "utf8",
    });
    rmSync(copy, { recursive: true, force: true });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^wsaerr: its own data file prefilter-image\.bin cannot be read \(ENOENT\)/);
    assert.doesNotMatch(result.stderr, /cannot read all of -/);
  });

  it("reads standard input as a file, as a slow pipe, and as a pipe set non-blocking", () => {
    const binary = join(ROOT, "bin/wsaerr.cjs");
    const codes = (stdout: string) =>
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).code);
    // A file on fd 0.
    const fromFile = spawnSync("sh", ["-c", `"${process.execPath}" "${binary}" explain --json < "${file}"`], {
      encoding: "utf8",
    });
    assert.deepEqual(codes(fromFile.stdout), [10054, 10061, 10054]);
    // A pipe whose lines come late, and one set O_NONBLOCK before the CLI reads it (fd 0 then
    // answers EAGAIN, and the rest is read through process.stdin): python3 holds the other end.
    const writer = `
import fcntl, os, subprocess, sys, time
read, write = os.pipe()
if sys.argv[1] == "nonblocking":
    fcntl.fcntl(read, fcntl.F_SETFL, fcntl.fcntl(read, fcntl.F_GETFL) | os.O_NONBLOCK)
child = subprocess.Popen(sys.argv[2:], stdin=read, stdout=subprocess.PIPE)
os.close(read)
for line in ["[WinError 10054] first\\n", "waiting...\\n", "Socket Error # 10061\\n"]:
    time.sleep(0.2)
    os.write(write, line.encode())
os.close(write)
sys.stdout.write(child.communicate()[0].decode())
sys.exit(child.returncode)
`;
    for (const mode of ["blocking", "nonblocking"]) {
      const result = spawnSync("python3", ["-c", writer, mode, process.execPath, binary, "explain", "--json"], {
        encoding: "utf8",
      });
      assert.equal(result.status, 0, `${mode}: ${result.stderr}`);
      assert.deepEqual(codes(result.stdout), [10054, 10061], mode);
    }
  });
});
