// The byte prefilter (WebAssembly) against a plain search, and the long anchors
// against the short ones: files (read through the byte prefilter) must give what
// scan() (regular expressions over text) gives, shape by shape.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { BY_VALUE, indexes } from "../../src/catalogue/index.ts";
import { anchorWindows, BytePrefilter, prefilterTables } from "../../src/scan/byte-prefilter.ts";
import { byteAnchorTables, byteDispatchTable, bytePrefilterTables } from "../../src/scan/byte-tables.ts";
import { scan } from "../../src/scan/index.ts";
import { isSocketSpecific, SOCKET_SYSCALLS } from "../../src/scan/policy.ts";
import { RECOGNISERS, WHITESPACE } from "../../src/scan/recognisers.ts";
import { byteDispatch } from "../../src/scan/scanner.ts";
import { bytePrefilter } from "../../src/scan/thread-prefilter.ts";
import { fileFindings, hitsOf, naiveHits, randomRating, TEST_ANCHORS, TEST_PIECES } from "../helpers/prefilter.ts";

describe("byte prefilter", () => {
  const anchors = TEST_ANCHORS.map((anchor) => Buffer.from(anchor));
  const filter = new BytePrefilter(prefilterTables(anchors), 1 << 16);
  const rate = randomRating;
  const variants = [
    ["first windows", filter],
    ["rarest windows", new BytePrefilter(prefilterTables(anchors, anchorWindows(anchors, rate)), 1 << 16)],
    // One to three hits read back per call: every call ends with the output full and resumes.
    ["first windows, output of 1", new BytePrefilter(prefilterTables(anchors), 1 << 16, 1)],
    [
      "rarest windows, output of 2",
      new BytePrefilter(prefilterTables(anchors, anchorWindows(anchors, rate)), 1 << 16, 2),
    ],
    [
      "rarest windows, output of 3",
      new BytePrefilter(prefilterTables(anchors, anchorWindows(anchors, rate)), 1 << 16, 3),
    ],
  ] as const;

  it("samples every (shortest anchor − 3)rd position", () => assert.equal(filter.stride, 3));

  for (const [name, prefilter] of variants) {
    it(`finds the anchors a plain search finds, at every boundary (${name})`, () => {
      const pieces = TEST_PIECES;
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...pieces, "  "), { maxLength: 60 }),
          fc.nat(),
          fc.nat(),
          (parts, a, b) => {
            const text = Buffer.from(parts.join(""));
            const input = prefilter.ensure(text.length);
            input.fill(0x7a, 0, text.length + 64);
            text.copy(input, 0);
            const from = text.length === 0 ? 0 : a % (text.length + 1);
            const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
            const found = hitsOf(prefilter.hits(from, to, text.length));
            assert.deepEqual(found, naiveHits(input, anchors, from, to, text.length));
          },
        ),
        { numRuns: 1_500 },
      );
    });
  }

  it("finds with the stored tables what a plain search finds: their anchors, near misses of them, everyday words", () => {
    const stored = byteAnchorTables().anchors.map((anchor) => Buffer.from(anchor));
    const prefilter = bytePrefilter();
    const word = fc.constantFrom(" ", "\n", "error ", "failed: ", "connection ", ":10053 ", "attempt 3 ", "listening ");
    // A stored anchor, whole, cut short, or with one byte changed (the gate's checks must
    // still pass the first and turn away what the search turns away).
    const anchor = fc
      .tuple(fc.nat(stored.length - 1), fc.nat(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 32, max: 126 }))
      .map(([index, at, how, value]) => {
        const bytes = Buffer.from(stored[index] as Buffer);
        if (how === 1) return bytes.subarray(0, Math.max(1, at % bytes.length));
        if (how === 2) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            anchor,
            word.map((text) => Buffer.from(text)),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = Buffer.concat(parts);
          const input = prefilter.ensure(text.length);
          input.fill(0x20, 0, text.length + 64);
          text.copy(input, 0);
          const found = hitsOf(prefilter.hits(0, text.length, text.length));
          assert.deepEqual(found, naiveHits(input, stored, 0, text.length, text.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads its whole input, an anchor in the last bytes too (the gate reads past a gram)", () => {
    const prefilter = new BytePrefilter(bytePrefilterTables(), 1 << 12);
    const { input } = prefilter;
    const anchor = Buffer.from("WinError");
    for (let shift = 0; shift < 8; shift++) {
      input.fill(0x20);
      anchor.copy(input, input.length - anchor.length - shift);
      const found = hitsOf(prefilter.hits(input.length - 4096, input.length, input.length));
      assert.deepEqual(
        found.map((hit) => hit.at),
        [input.length - anchor.length - shift],
      );
    }
  });

  it("reads every hit back when there are more than one call's worth, each anchor once a line", () => {
    const text = Buffer.from(`${"WinError\n".repeat(40_000)}${"ECONNRESET WinError ".repeat(5_000)}\n`);
    const input = filter.ensure(text.length);
    text.copy(input, 0);
    const hits = hitsOf(filter.hits(0, text.length, text.length));
    assert.equal(hits.length, 40_000 + 2);
    assert.equal(hits[39_999]?.at, 39_999 * 9);
    assert.deepEqual(
      hits.slice(40_000).map((hit) => hit.at),
      [40_000 * 9, 40_000 * 9 + 11],
    );
  });

  it("counts newlines like a plain loop", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", "é"), maxLength: 400 }), (text) => {
        const bytes = Buffer.from(text);
        bytes.copy(filter.ensure(bytes.length), 0);
        assert.equal(filter.newlines(0, bytes.length), bytes.filter((byte) => byte === 10).length);
      }),
    );
    // Past 255 rounds of sixteen bytes each lane's count is carried over: a long run of newlines
    // (every lane full) and long texts from odd offsets.
    const long = Buffer.from(`${"\n".repeat(70_000)}x${"a\nb".repeat(30_000)}\n`);
    long.copy(filter.ensure(long.length), 0);
    for (const [from, to] of [
      [0, long.length],
      [1, long.length - 3],
      [7, 70_001],
      [4_080, 4_097],
    ] as const)
      assert.equal(filter.newlines(from, to), long.subarray(from, to).filter((byte) => byte === 10).length);
  });

  it("is given anchors of six bytes or more (a stride of three)", () => {
    for (const anchor of byteDispatch().anchors) assert.ok(anchor.length >= 6, JSON.stringify(anchor));
    assert.ok(bytePrefilter().stride >= 3);
  });

  it("reads the anchors and what they dispatch from tables that match the rules", () => {
    const built = byteDispatch();
    assert.deepEqual(
      byteAnchorTables().anchors.map((anchor) => Buffer.from(anchor).toString("latin1")),
      built.anchors,
    );
    const plain = (dispatch: typeof built.dispatch) =>
      dispatch.map((item) => ({
        recognisers: item.recognisers,
        keys: item.keys.map((key) => ({ ...key, entry: key.entry.symbol })),
      }));
    assert.deepEqual(plain(byteDispatchTable()), plain(built.dispatch));
    // The stored tables are those the stored anchors and windows lay out.
    const { anchors, windows } = byteAnchorTables();
    const stored = bytePrefilterTables();
    const laid = prefilterTables(anchors, windows);
    assert.ok(stored.packed, "the sources hold the image packed");
    assert.deepEqual({ ...stored, packed: Buffer.from(stored.packed) }, { ...laid, packed: Buffer.from(laid.packed) });
  });
});

describe("long anchors", () => {
  it("WHITESPACE is every character \\s matches", () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) =>
      /\s/.test(char),
    );
    assert.deepEqual([...WHITESPACE].sort(), all.sort());
  });

  it("are never an empty list (which would leave the recogniser without anchors)", () => {
    for (const recogniser of RECOGNISERS)
      if (recogniser.longAnchors) assert.ok(recogniser.longAnchors().length > 0, recogniser.dialect);
  });

  it("cover every socket-specific code name the catalogue knows, short and long", () => {
    const runtime = RECOGNISERS.find((recogniser) => recogniser.dialect === "runtime-code");
    assert.ok(runtime?.longAnchors);
    const long = runtime.longAnchors();
    const names = [...indexes().posixName.keys(), ...indexes().nodeCode.keys()].map(String).filter(isSocketSpecific);
    assert.ok(names.length > 20);
    for (const name of names) {
      assert.ok(
        runtime.anchors.some((anchor) => name.startsWith(anchor)),
        `${name}: no anchor`,
      );
      assert.ok(
        long.some((anchor) => name.startsWith(anchor)),
        `${name}: no long anchor`,
      );
    }
  });

  it("each contains one of its recogniser's anchors", () => {
    for (const recogniser of RECOGNISERS) {
      for (const long of recogniser.longAnchors?.() ?? []) {
        assert.ok(
          recogniser.anchors.some((anchor) => long.includes(anchor)),
          `${recogniser.dialect}: ${JSON.stringify(long)}`,
        );
      }
    }
  });

  it("find in a file what the short ones find in a text, for every shape and number", async () => {
    const numbers = [...BY_VALUE.keys()].filter((value) => value >= 10_000).concat([61, 104, 110, 111, 113, 54, 4]);
    const shapes = [
      (n: number) => `SysCallError: (${n}, 'WSAECONNRESET')`,
      (n: number) => `error (${n}, "Connection refused")`,
      (n: number) => `OSError:(${n}, 'x')`,
      (n: number) => `errno: ${n}`,
      (n: number) => `"errno":-${n}`,
      (n: number) => `ERRNO=${n}`,
      (n: number) => `Errno\u00a0${n}`,
      (n: number) => `connect failed (${n})`,
      (n: number) => `socket error [${n}]: refused`,
      (n: number) => `Os { code: ${n}, kind: Other }`,
      (n: number) => `error: ${n}`,
      (n: number) => `Connection refused (0x0000${n.toString(16).toUpperCase().padStart(4, "0")}/${n})`,
      (n: number) => `hr=0x8007${n.toString(16).padStart(4, "0")}`,
      (n: number) => `Connection reset by peer [system:${n}]`,
      (n: number) => `error: system: ${n} at accept`,
      (n: number) => `connection error: Connection refused (os error ${n})`,
    ];
    const names = [
      "ECONNRESET",
      "EADDRINUSE",
      "ENETUNREACH",
      "EHOSTUNREACH",
      "EAI_AGAIN",
      "EAI_NONAME",
      "EACCES",
    ].concat(["EDESTADDRREQ", "ESOCKTNOSUPPORT", "EPFNOSUPPORT", "EPROTONOSUPPORT"]);
    const lines = numbers.flatMap((n) => shapes.map((shape) => shape(n)));
    lines.push(...names.flatMap((name) => [`read ${name}`, `code: '${name}'`, `bind ${name} 0.0.0.0:80`]));
    // Names that count only after a socket syscall word, after each of them.
    const afterSyscall = ["EACCES", "EPERM", "EINVAL", "EAGAIN", "ECANCELED", "ENOENT", "EMFILE", "ECONNRESET"];
    lines.push(...SOCKET_SYSCALLS.flatMap((syscall) => afterSyscall.map((name) => `Error: ${syscall} ${name} x`)));
    lines.push(
      "system:0010054",
      "[system:00]",
      "system: 0",
      "(os error 0)",
      "listen EACCES: permission denied 0.0.0.0:80",
    );
    lines.push(...[...BY_VALUE.values()].map((entry) => `failed with ${entry.symbol} (${entry.value})`));
    // Shapes that once told the two apart: leading zeros, a hex code elsewhere on the line,
    // a name that only starts like a socket one, many anchors on one line.
    lines.push("X:(038, 'boom')", "Error 0x00002746 (0x80072746/10054)", "pool ECONN_LIMIT reached: EDESTADDRREQ");
    lines.push(`${'{"code":"ECONNRESET","errno":-4077} '.repeat(40)}WSAETIMEDOUT`);
    lines.push(
      `queue=${"['job', ".repeat(70)}] ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host`,
    );
    const text = `${lines.join("\n")}\n`;
    const expected = scan(text);
    assert.ok(expected.length > lines.length * 0.8, `only ${expected.length} findings in ${lines.length} lines`);
    assert.deepEqual(await fileFindings(text), expected);
  });
});
