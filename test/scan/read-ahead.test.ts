// The read-ahead thread (src/scan/read-ahead.ts): the blocks it reads and prefilters are the
// blocks this thread reads, and scanFile gives scan()'s findings with it, however the two
// threads share the segments.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { BlockReader, fileBytes, type ReadBlock } from "../../src/scan/block-reader.ts";
import { READ_AHEAD_FROM, readsAhead, scanFile } from "../../src/scan/file.ts";
import { scan } from "../../src/scan/index.ts";
import { ReadAhead, readAheadStats } from "../../src/scan/read-ahead.ts";
import { bytePrefilter } from "../../src/scan/thread-prefilter.ts";
import type { Finding } from "../../src/scan/types.ts";
import { ROOT } from "../helpers/catalogue.ts";

const dir = mkdtempSync(join(tmpdir(), "wsaerr-read-ahead-"));
const log = join(dir, "mixed.log");
// (Dense with findings: half the lines errors, so every block has anchors.)
execFileSync(process.execPath, [join(ROOT, "bench/gen-log.mjs"), log, "2", "11", "0.5"], { stdio: "ignore" });
after(() => execFileSync("rm", ["-rf", dir]));

const SEGMENT = 64 << 10;
const segmentsOf = (size: number) => {
  const segments: [number, number][] = [];
  for (let start = 0; start < size; start += SEGMENT) segments.push([start, Math.min(size, start + SEGMENT)]);
  return segments;
};

/** A block as plain data: its bytes as text, its anchors and their lines. */
const plain = (block: ReadBlock) => ({
  kind: block.kind,
  text: block.bytes.toString("latin1", 0, block.length),
  from: block.from,
  to: block.to,
  candidatesTo: block.candidatesTo,
  firstLine: block.firstLine,
  nextLine: block.nextLine,
  hits: [...block.hits],
  hitLines: [...block.hitLines],
});

/** Polls until `done` or the time is up (the thread loads tsx first under the tests). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !done(); await sleep(10))
    if (Date.now() - started > 30_000) throw new Error(`timed out waiting until ${what}`);
}

describe("read-ahead thread", () => {
  it("reads and prefilters a segment into the blocks this thread would", async () => {
    const fd = openSync(log, "r");
    const segments = segmentsOf(statSync(log).size);
    const ahead = await ReadAhead.start(fd, segments);
    try {
      // This thread stays at segment 0: the other takes the segments after it, one by one.
      assert.equal(ahead.take(0), true);
      let compared = 0;
      for (let index = 1; compared < 4; index++) {
        // (It takes the next once it has a free region: this thread frees them as it reads. One
        // it passed over, as this thread had caught up, is this thread's.)
        await until(
          () => ahead.takenAhead(index) || ahead.takenAhead(index + 1),
          `the thread reaches segment ${index}`,
        );
        if (ahead.take(index)) continue;
        const [start, end] = segments[index] as [number, number];
        const here = () => new BlockReader(fileBytes(fd), bytePrefilter).blocks(start, end);
        const expected: ReturnType<typeof plain>[] = [];
        const mine = here();
        let next = mine.next();
        for (; !next.done; next = mine.next()) expected.push(plain(next.value));
        const expectedNewlines = next.value;
        assert.equal(ahead.take(index), false, `segment ${index} is the other thread's`);
        const found: ReturnType<typeof plain>[] = [];
        const blocks = ahead.blocks(index, () => {
          throw new Error("read here, not by the read-ahead thread");
        });
        let block = await blocks.next();
        for (; !block.done; block = await blocks.next()) found.push(plain(block.value));
        assert.ok(expected.length > 1, "more than the context block");
        assert.deepEqual(found, expected, `segment ${index}`);
        assert.equal(block.value, expectedNewlines);
        compared++;
      }
    } finally {
      await ahead.close();
      closeSync(fd);
    }
  });

  it("reads the rest of a segment here when the thread ends part way through it", async () => {
    // A segment of more blocks than the thread has regions: it cannot post them all at once.
    const big = join(dir, "big.log");
    execFileSync(process.execPath, [join(ROOT, "bench/gen-log.mjs"), big, "24", "13"], { stdio: "ignore" });
    const size = statSync(big).size;
    const segments: [number, number][] = [
      [0, 1 << 20],
      [1 << 20, size],
    ];
    const fd = openSync(big, "r");
    const ahead = await ReadAhead.start(fd, segments);
    try {
      assert.equal(ahead.take(0), true);
      await until(() => ahead.takenAhead(1), "the thread takes segment 1");
      assert.equal(ahead.take(1), false);
      const here = () => new BlockReader(fileBytes(fd), bytePrefilter).blocks(...(segments[1] as [number, number]));
      const expected: ReturnType<typeof plain>[] = [];
      const mine = here();
      let next = mine.next();
      for (; !next.done; next = mine.next()) expected.push(plain(next.value));
      assert.ok(expected.length > 12, `${expected.length} blocks`);
      const found: ReturnType<typeof plain>[] = [];
      const blocks = ahead.blocks(1, here);
      let block = await blocks.next();
      // After its first block, the thread is stopped from outside (as if it had run out of memory).
      await (ahead as unknown as { worker: import("node:worker_threads").Worker }).worker.terminate();
      for (; !block.done; block = await blocks.next()) found.push(plain(block.value));
      assert.deepEqual(found, expected);
      assert.equal(block.value, next.value);
    } finally {
      await ahead.close();
      closeSync(fd);
    }
  });

  it("fails the scan with the thread's error", async () => {
    const fd = openSync(log, "r");
    const segments = segmentsOf(statSync(log).size);
    // A descriptor the thread cannot read from: a folder's.
    const bad = openSync(dir, "r");
    const ahead = await ReadAhead.start(bad, segments);
    try {
      assert.equal(ahead.take(0), true);
      await until(() => ahead.takenAhead(1), "the thread takes segment 1");
      assert.equal(ahead.take(1), false);
      const [start, end] = segments[1] as [number, number];
      const blocks = ahead.blocks(1, () => new BlockReader(fileBytes(fd), bytePrefilter).blocks(start, end));
      await assert.rejects(
        async () => {
          for (let block = await blocks.next(); !block.done; block = await blocks.next());
        },
        (error: NodeJS.ErrnoException) => error.code === "EISDIR" && error.syscall === "read",
      );
    } finally {
      await ahead.close();
      closeSync(bad);
      closeSync(fd);
    }
  });

  it("gives scan()'s findings through scanFile, the two threads sharing the segments", async () => {
    const expected = scan(readFileSync(log, "utf8"), { file: "mixed.log" });
    assert.ok(expected.length > 1000);
    // A slow reader of the findings: the read-ahead thread starts meanwhile and takes segments.
    const found: Finding[] = [];
    const before = readAheadStats.segments;
    for await (const finding of scanFile(log, { file: "mixed.log", segmentSize: SEGMENT, readAhead: true })) {
      found.push(finding);
      if (found.length % 100 === 0) await sleep(5);
    }
    assert.deepEqual(found, expected);
    assert.ok(readAheadStats.segments > before, "the read-ahead thread read segments");
  });

  it("stops the thread and closes the file when the reader breaks off early", async () => {
    // Descriptors open on the log, and this process's threads.
    const onLog = () =>
      readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === log;
        } catch {
          return false;
        }
      }).length;
    const threads = () => readdirSync("/proc/self/task").length;
    const breakOff = async () => {
      let seen = 0;
      for await (const _ of scanFile(log, { file: "mixed.log", segmentSize: SEGMENT, readAhead: true })) {
        if (++seen === 3000) break;
        if (seen % 300 === 0) await sleep(5);
      }
    };
    // (After a first round: the first thread started leaves the pool of libuv's threads behind.)
    await breakOff();
    const before = threads();
    for (let round = 0; round < 3; round++) await breakOff();
    assert.equal(onLog(), 0);
    assert.equal(threads(), before);
  });

  it("is used by default for a file of READ_AHEAD_FROM or more, with more than one CPU", async () => {
    const many = availableParallelism() > 1;
    assert.equal(await readsAhead({}, READ_AHEAD_FROM - 1), false);
    assert.equal(await readsAhead({}, READ_AHEAD_FROM), many);
    // `threads` given (1 is this thread alone), or readAhead, decide.
    assert.equal(await readsAhead({ threads: 1 }, READ_AHEAD_FROM), false);
    assert.equal(await readsAhead({ readAhead: false }, READ_AHEAD_FROM), false);
    assert.equal(await readsAhead({ readAhead: true }, 1), true);
  });
});
