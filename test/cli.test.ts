// The CLI in-process through run() for behaviour, and as a real process for
// exit codes, pipes and the environment.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../src/cli/main.ts";
import { ROOT } from "./helpers/catalogue.ts";

async function cli(args: string[], env: Record<string, string> = {}, isTTY = false) {
  let out = "";
  let err = "";
  const status = await run(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env,
    isTTY,
    columns: 100,
  });
  return { status, out, err };
}

const BIN = join(ROOT, "bin/wsaerr.cjs");
function spawn(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
}

describe("wsaerr <anything>", () => {
  it("prints a card and exits 0", async () => {
    const { status, out } = await cli(["10054"]);
    assert.equal(status, 0);
    assert.match(out, /WSAECONNRESET/);
    assert.match(out, /0x80072746/);
  });

  it("prints a card per input", async () => {
    const { out } = await cli(["10054", "ECONNREFUSED"]);
    assert.match(out, /WSAECONNRESET[\s\S]*WSAECONNREFUSED/);
  });

  it("joins arguments that only together are a message", async () => {
    const { status, out } = await cli("An existing connection was forcibly closed by the remote host".split(" "));
    assert.equal(status, 0);
    assert.equal(out.match(/^WSAECONNRESET/gm)?.length, 1);
  });

  it("keeps each input that finds something, and a typo beside one, apart (a review found them merged)", async () => {
    const results = async (args: string[]) => {
      const { status, out } = await cli(["--json", ...args]);
      const json = JSON.parse(out) as { results: { input: string; entry: { symbol: string } | null }[] };
      return { status, rows: json.results.map((item) => `${item.input} → ${item.entry?.symbol ?? "-"}`) };
    };
    // A code beside a typo: the typo finds nothing (its suggestions), and the status says so.
    const typo = await cli(["10061", "WSAECONNRESTE"]);
    assert.equal(typo.status, 1);
    assert.match(typo.out, /^WSAECONNREFUSED[\s\S]*"WSAECONNRESTE"[\s\S]*WSAECONNRESET/m);
    assert.deepEqual(await results(["10061", "WSAECONNRESTE"]), {
      status: 1,
      rows: ["10061 → WSAECONNREFUSED", "WSAECONNRESTE → -"],
    });
    // A code, then a message split over arguments: two cards.
    assert.deepEqual(
      await results(["10061", ..."An existing connection was forcibly closed by the remote host".split(" ")]),
      {
        status: 0,
        rows: [
          "10061 → WSAECONNREFUSED",
          "An existing connection was forcibly closed by the remote host → WSAECONNRESET",
        ],
      },
    );
    // Words around a code are read with it; all words finding nothing are one input.
    assert.deepEqual(await results(["socket", "error", "10054"]), {
      status: 0,
      rows: ["socket error 10054 → WSAECONNRESET"],
    });
    // Where the text finds nothing, each argument is its own input (as README's "port 10054" gives nothing).
    assert.deepEqual(await results(["unexpected", "EOF"]), { status: 1, rows: ["unexpected → -", "EOF → -"] });
    assert.equal((await results(["after", "10052", "ms"])).status, 1);
    // A line pasted unquoted is one text: its addresses, times and log levels are no inputs of
    // their own (a review found "127.0.0.1:3000" and "ERROR" said not found).
    for (const line of [
      "connect ECONNREFUSED 127.0.0.1:3000",
      "2024-01-01 12:00:00 ERROR recv failed with error 10054",
      "WSARecv failed with error 10054",
      "errno: -4077, code: 'ECONNRESET', syscall: 'read'",
      "[Errno 111] Connection refused",
    ]) {
      const { status, rows } = await results(line.split(" "));
      assert.equal(status, 0, line);
      assert.equal(rows.length, 1, rows.join("; "));
    }
    // A mistyped E name beside a code is apart too; an upper-case word that is no name is not.
    assert.deepEqual((await results(["10061", "ECONNRESTE"])).rows, ["10061 → WSAECONNREFUSED", "ECONNRESTE → -"]);
    assert.deepEqual((await results(["ERROR", "10054"])).rows, ["ERROR 10054 → WSAECONNRESET"]);
    // A typo in lower case is one too; an API's or a constant's name, or a code of its own, is not.
    assert.deepEqual((await results(["10061", "wsaeconnreste"])).rows, [
      "10061 → WSAECONNREFUSED",
      "wsaeconnreste → -",
    ]);
    for (const line of [
      "WSAIoctl WSAID_CONNECTEX failed: 10045",
      "WSASTARTUP FAILED 10091",
      "accept ENFILE too many open files 10024",
    ]) {
      const { status, rows } = await results(line.split(" "));
      assert.deepEqual({ status, count: rows.length }, { status: 0, count: 1 }, rows.join("; "));
    }
    // Neighbours naming the same code are one error said twice: one card.
    for (const line of [
      "[WinError 10054] An existing connection was forcibly closed by the remote host",
      "Socket Error # 10054 Connection reset by peer.",
    ])
      assert.deepEqual(await results(line.split(" ")), { status: 0, rows: [`${line} → WSAECONNRESET`] });
  });

  it("answers in German with --lang de and from LANG", async () => {
    assert.match((await cli(["10054", "--lang", "de"])).out, /Typische Ursachen/);
    assert.match((await cli(["10054"], { LANG: "de_DE.UTF-8" })).out, /Typische Ursachen/);
    // --lang spelt as LANG is, or in capitals (a review found these refused).
    assert.match((await cli(["10054", "--lang", "C"])).out, /Typical causes/);
    assert.match((await cli(["10054", "--lang", "POSIX"])).out, /Typical causes/);
    // A refused language is quoted as it was typed.
    assert.match((await cli(["10054", "--lang", "FR-fr"])).err, /got "FR-fr"/);
    for (const lang of ["DE", "de-DE", "de_AT.UTF-8", "--lang=De"])
      assert.match(
        (await cli(lang.startsWith("--") ? ["10054", lang] : ["10054", "--lang", lang])).out,
        /Typische Ursachen/,
        lang,
      );
  });

  it("shows an input's control characters as U+FFFD, never sends them to the terminal", async () => {
    // (A review: `wsaerr $'\e]0;pwned\aX'` set the terminal's title.)
    for (const args of [
      ["\u001b]0;pwned\u0007X"],
      ["\u001b[2J10054x"],
      ["list", "\u001b[31mx"],
      ["--lang", "\u001b[2J"],
    ]) {
      const { out, err } = await cli(args);
      assert.doesNotMatch(out + err, /[\u0000-\u0008\u000b-\u001f\u007f]/, JSON.stringify(args));
      // (Shown as U+FFFD, or escaped where the message quotes the argument as JSON.)
      assert.match(out + err, /\uFFFD|\\u001b/, JSON.stringify(args));
    }
  });

  it("exits 1 with suggestions for an unknown code", async () => {
    const { status, out } = await cli(["WSAECONRESET"]);
    assert.equal(status, 1);
    assert.match(out, /no socket error matches/);
    assert.match(out, /WSAECONNRESET/);
  });

  it("exits 2 with one line on stderr for usage errors", async () => {
    for (const args of [
      [],
      ["--bogus"],
      ["10054", "--lang", "fr"],
      ["list", "--category", "nope"],
      ["--limit", "3", "x"],
      // Blank input is nothing to look up (it once answered "no socket error matches", status 1).
      [""],
      ["   "],
      ["search", " "],
      // Commands that take no arguments, or one (a typo went unseen).
      ["list", "extra"],
      ["serve", "extra", "--port", "1"],
      ["build-site", "a", "b"],
    ]) {
      const { status, err, out } = await cli(args);
      assert.equal(status, 2, args.join(" "));
      assert.equal(err.trim().split("\n").length, 1);
      assert.equal(out, "");
    }
  });

  it("looks up what the log explainer reads, where the resolver finds nothing", async () => {
    const java = await cli(["java.net.ConnectException: Connection refused: connect"]);
    assert.equal(java.status, 0);
    assert.match(java.out, /^WSAECONNREFUSED/);
    assert.match(java.out, /message \(java\)/);
    // Words given as separate arguments are read together.
    const split = await cli(["Connection", "reset", "by", "peer"]);
    assert.equal(split.status, 0);
    assert.match(split.out, /^WSAECONNRESET/);
    const json = JSON.parse((await cli(["--json", "lookup example.invalid: no such host"])).out);
    assert.equal(json.results[0].entry.symbol, "WSAHOST_NOT_FOUND");
    assert.equal((await cli(["nothing of the kind here"])).status, 1);
  });

  it("treats a negative number as input, not as an option", async () => {
    assert.match((await cli(["-4077"])).out, /WSAECONNRESET/);
  });

  it("prints the documented JSON", async () => {
    const parsed = JSON.parse((await cli(["10054", "--json"])).out);
    const [result] = parsed.results;
    assert.equal(result.found, true);
    assert.equal(result.entry.symbol, "WSAECONNRESET");
    assert.equal(result.entry.text.title.length > 0, true);
    assert.equal(result.candidates[0].reason, "decimal");
    const missing = JSON.parse((await cli(["nothing-here", "--json"])).out).results[0];
    assert.equal(missing.found, false);
    assert.equal(missing.entry, null);
  });
});

describe("wsaerr list and search", () => {
  it("lists every code, and filters by category", async () => {
    const all = await (await cli(["list"])).out.trim().split("\n");
    const qos = await (await cli(["list", "--category", "qos"])).out.trim().split("\n");
    assert.ok(all.length >= 100);
    assert.equal(qos.length, 27);
  });

  it("searches in both languages", async () => {
    assert.match((await cli(["search", "actively", "refused"])).out.split("\n")[0] ?? "", /WSAECONNREFUSED/);
    assert.match((await cli(["search", "Zielcomputer"])).out, /WSAECONNREFUSED/);
    assert.equal((await cli(["search", "qqqqzzzz"])).status, 1);
  });
});

describe("wsaerr as a process", () => {
  it("prints --version from package.json and --help from the options table", async () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    assert.equal(spawn(["--version"]).stdout.trim(), version);
    const help = spawn(["--help"]).stdout;
    for (const option of ["--json", "--lang", "--category", "--limit"]) assert.ok(help.includes(option), option);
  });

  it("looks up Windows' texts in other languages, read from the built files", () => {
    // (dist/other-messages.json: the library and the CLI read it on first use.)
    const result = spawn(["Varolan bir bağlantı uzaktaki bir ana bilgisayar tarafından zorla kapatıldı."]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /WSAECONNRESET/);
    assert.match(spawn(["远程主机强迫关闭了一个现有的连接。"]).stdout, /WSAECONNRESET/);
  });

  it("uses the exit codes 0, 1, 2", async () => {
    assert.equal(spawn(["10054"]).status, 0);
    assert.equal(spawn(["99999"]).status, 1);
    assert.equal(spawn(["--nope"]).status, 2);
  });

  it("prints no colour when not on a terminal, and none with NO_COLOR", async () => {
    assert.doesNotMatch(spawn(["10054"]).stdout, /\u001b\[/);
    assert.doesNotMatch((await cli(["10054"], { NO_COLOR: "1" }, true)).out, /\u001b\[/);
    assert.match((await cli(["10054"], {}, true)).out, /\u001b\[/);
  });

  it("ends cleanly when the reader closes the pipe", async () => {
    const result = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" list | head -1`], {
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split("\n").length, 1);
    assert.equal(result.stderr, "");
  });

  // The CLI writes to its descriptors itself (src/cli/fd-output.ts); these run it on the real thing.
  it("prints colour on a real terminal", () => {
    const result = spawnSync("python3", ["-c", UNDER_A_TERMINAL, process.execPath, BIN, "10054"], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /WSAECONNRESET/);
    assert.match(result.stdout, /\u001b\[/);
  });

  describe("with more output than a pipe holds", () => {
    const dir = mkdtempSync(join(tmpdir(), "wsaerr-cli-"));
    const log = join(dir, "many.log");
    // ~20 000 findings: megabytes of NDJSON.
    writeFileSync(log, "recv failed (10054)\nconnect: Connection refused\n".repeat(10_000));
    const args = [BIN, "explain", "--json", log];
    const expected = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });

    it("writes all of it to a non-blocking pipe its reader is slow to empty", () => {
      assert.equal(expected.status, 0, expected.stderr);
      assert.equal(expected.stdout.split("\n").length - 1, 20_000);
      // As NDJSON and as text: text is written in pieces that a full pipe takes only in part.
      for (const command of [args, args.filter((arg) => arg !== "--json")]) {
        const direct =
          command === args ? expected : spawnSync(process.execPath, command, { encoding: "utf8", maxBuffer: 1 << 28 });
        const result = spawnSync("python3", ["-c", INTO_A_SLOW_NONBLOCKING_PIPE, process.execPath, ...command], {
          encoding: "utf8",
          maxBuffer: 1 << 28,
        });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, direct.stdout);
      }
    });

    it("ends cleanly when the reader closes the pipe part way", () => {
      const result = spawnSync(
        "bash",
        ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" explain --json "${log}" | head -1`],
        {
          encoding: "utf8",
        },
      );
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `${expected.stdout.split("\n")[0]}\n`);
      assert.equal(result.stderr, "");
      rmSync(dir, { recursive: true, force: true });
    });
  });
});

/** Runs argv[1:] with a pseudo-terminal as its standard output; prints what it wrote. */
const UNDER_A_TERMINAL = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
out = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
`;

/**
 * Runs argv[1:] with a non-blocking pipe as its standard output, left unread until it is
 * full (a write then fails with EAGAIN), then read slowly; prints what came through.
 */
const INTO_A_SLOW_NONBLOCKING_PIPE = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
child = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(0.5)
chunks = []
while True:
    chunk = os.read(r, 16384)
    if not chunk:
        break
    chunks.append(chunk)
    time.sleep(0.0005)
sys.stdout.buffer.write(b"".join(chunks))
sys.exit(child.wait())
`;

describe("the package", () => {
  it("names an existing bin file", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const path of Object.values(pkg.bin as Record<string, string>)) assert.ok(existsSync(join(ROOT, path)), path);
  });
});
