// "Every function is total" (README): the public functions given what a careless caller, a
// hostile object or an unknown input hands them, as a hunt through real inputs did. Each
// call must return (the documented value for nothing), never throw.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  classify,
  crosswalkRows,
  format,
  fromError,
  isRetryable,
  isWinsockError,
  lookup,
  pickLang,
  resolve,
  SummaryBuilder,
  scan,
  scanStream,
  search,
  sourcesFor,
  summarize,
  textFor,
  WinsockError,
} from "../src/index.ts";

function hostile(): unknown[] {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwing = Object.defineProperty({}, "code", {
    get() {
      throw new Error("g");
    },
  });
  const cyclic: Record<string, unknown> = { code: "ECONNRESET" };
  cyclic["cause"] = cyclic;
  return [proxy, throwing, cyclic, null, undefined, 0, "", Symbol("x"), 10n, () => 1, [], { errno: "x" }];
}

describe("every public function is total", () => {
  it("classifies, retries and wraps anything without throwing", () => {
    for (const value of hostile()) {
      assert.doesNotThrow(() => classify(value), String(typeof value));
      assert.doesNotThrow(() => classify(value, null as never));
      assert.equal(typeof isRetryable(value), "boolean");
      assert.doesNotThrow(() => WinsockError.from(value));
      assert.equal(typeof isWinsockError(value), "boolean");
      assert.doesNotThrow(() => fromError(value));
      assert.ok(Array.isArray(resolve(value)));
    }
  });

  it("formats nothing as nothing, and an unknown language as English", () => {
    const entry = lookup(10054);
    assert.ok(entry);
    assert.equal(format(lookup("no such thing") as never), "");
    assert.equal(format(undefined as never), "");
    assert.equal(format({} as never), "");
    // (Found by a review: these still threw.)
    assert.equal(format({ symbol: "X", crosswalk: null } as never), "");
    assert.doesNotThrow(() => format({ ...entry, messages: undefined } as never));
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(format(proxy as never), "");
    assert.equal(textFor(proxy as never).title, "");
    assert.deepEqual(crosswalkRows(proxy as never), []);
    assert.equal(format(entry, null as never), format(entry));
    assert.equal(format(entry, { lang: "xx" as never }), format(entry));
    // Options that cannot be read are left out, the rest used (a review found "" for these).
    const throwingLang = {
      get lang(): never {
        throw new Error("getter");
      },
      width: 60,
    };
    assert.equal(format(entry, throwingLang as never), format(entry, { width: 60 }));
    assert.equal(format(entry, proxy as never), format(entry));
    assert.deepEqual(crosswalkRows(undefined as never), []);
    assert.equal(textFor(undefined as never).title, "");
    assert.equal(textFor(entry, "xx" as never).title, textFor(entry).title);
  });

  it("summarises, searches and picks a language from nothing", () => {
    assert.deepEqual(summarize(undefined as never), summarize([]));
    const builder = new SummaryBuilder();
    builder.add(null as never);
    builder.add({
      get code() {
        throw new Error("g");
      },
    } as never);
    assert.equal(builder.result().total, 0);
    // A getter that throws after the code was read: the summary stays as it was.
    builder.add({
      code: 10054,
      get symbol() {
        throw new Error("g");
      },
    } as never);
    assert.deepEqual(builder.result(), { total: 0, codes: [] });
    // A line that arithmetic throws on, after a good finding of the same code: counted once.
    builder.add({ code: 10054, symbol: "WSAECONNRESET", line: 1, platform: "windows" } as never);
    builder.add({ code: 10054, symbol: "WSAECONNRESET", line: 2n, platform: "windows" } as never);
    assert.equal(builder.result().total, 1);
    assert.equal(builder.result().codes[0]?.count, 1);
    assert.ok(Array.isArray(search("reset", null as never)));
    assert.equal(pickLang(null as never), "en");
    assert.equal(pickLang(undefined, null as never), "en");
  });

  it("survives revoked proxies and throwing lists inside an error, and options that are no options", () => {
    // (A red-team pass found these still threw.)
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwingList = new Proxy([], {
      get(target, key) {
        if (key === "length") throw new Error("g");
        return Reflect.get(target, key);
      },
    });
    for (const value of [{ message: "fetch failed", cause: proxy }, { errors: proxy }, { errors: throwingList }]) {
      assert.doesNotThrow(() => fromError(value));
      assert.equal(typeof isRetryable(value), "boolean");
      assert.doesNotThrow(() => WinsockError.from(value));
    }
    assert.equal(
      fromError({ message: "x", errors: [proxy, { code: "ECONNRESET", syscall: "read" }] })?.entry.symbol,
      "WSAECONNRESET",
    );
    assert.deepEqual(sourcesFor(lookup("no such thing") as never), {});
    assert.deepEqual(sourcesFor(null as never), {});
    assert.equal(search("reset", { limit: Object.create(null) }).length, 10);
    assert.equal(search("reset", proxy as never).length, 10);
    assert.equal(search("connection", { limit: Number.POSITIVE_INFINITY }).length > 10, true);
    assert.equal(search("reset", { limit: "3" as never }).length, 3);
    assert.equal(classify(10054, proxy as never)?.entry.symbol, "WSAECONNRESET");
    assert.equal(summarize(proxy as never).total, 0);
    assert.equal(pickLang(proxy as never, proxy as never), "en");
  });

  it("reads what it can of options that throw, and of sources that are no streams (a review)", async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("g");
        },
        has() {
          throw new Error("g");
        },
      },
    );
    const text = "x [WinError 10054] y";
    for (const options of [proxy, throwing, null, 42, "file"]) {
      assert.equal(scan(text, options as never)[0]?.symbol, "WSAECONNRESET");
      const streamed: string[] = [];
      for await (const finding of scanStream([text], options as never)) streamed.push(finding.symbol);
      assert.deepEqual(streamed, ["WSAECONNRESET"]);
    }
    // A getter that throws leaves that option out; the others are read.
    const oneBad = Object.defineProperty({ file: "app.log" }, "lines", {
      get() {
        throw new Error("g");
      },
    });
    assert.equal(scan(text, oneBad as never)[0]?.file, "app.log");
    assert.deepEqual(sourcesFor(throwing as never), {});
    // A source that is a whole text, bytes, or nothing of the kind.
    const from = async (source: unknown) => {
      const found: string[] = [];
      for await (const finding of scanStream(source as never)) found.push(finding.symbol);
      return found;
    };
    assert.deepEqual(await from(text), ["WSAECONNRESET"]);
    assert.deepEqual(await from(new TextEncoder().encode(text)), ["WSAECONNRESET"]);
    assert.deepEqual(await from([new Uint16Array(new TextEncoder().encode(`${text}\n`).buffer.slice(0, 20))]), [
      "WSAECONNRESET",
    ]);
    for (const source of [null, 42, {}, proxy, throwing, [1, {}, null]]) assert.deepEqual(await from(source), []);
    // Shapes that only look like streams (a second review), and a locked stream.
    const locked = new ReadableStream({ start: (controller) => controller.enqueue(text) });
    locked.getReader();
    const lying = new Proxy(
      {},
      {
        has: () => true,
        get: () => {
          throw new Error("g");
        },
      },
    );
    for (const source of [
      { [Symbol.iterator]: 42 },
      { getReader: () => 42 },
      { [Symbol.asyncIterator]: () => ({}) },
      locked,
      lying,
    ])
      assert.deepEqual(await from(source), []);
    // A stream read through; one left early is told so (a Node stream is destroyed).
    const whole = new ReadableStream({
      start(controller) {
        controller.enqueue(text);
        controller.close();
      },
    });
    assert.deepEqual(await from(whole), ["WSAECONNRESET"]);
    let returned = false;
    const endless = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ done: false, value: `${text}\n` }),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    for await (const _ of scanStream(endless as never)) break;
    assert.equal(returned, true);
    // Option values of the wrong type are left out, not called or parsed.
    for (const options of [
      { onProgress: 42 },
      { encoding: 42 },
      {
        blockSize: {
          valueOf: () => {
            throw new Error("g");
          },
        },
      },
      { lines: "yes" },
    ]) {
      const streamed: string[] = [];
      for await (const finding of scanStream([text], options as never)) streamed.push(finding.symbol);
      assert.deepEqual(streamed, ["WSAECONNRESET"], JSON.stringify(Object.keys(options)));
    }
    // The one constructor that needs an entry says so in words.
    for (const value of [undefined, null, {}, 42])
      assert.throws(() => new WinsockError(value as never), /catalogue entry/);
    // Its options, and WinsockError.from's, are read as far as they can be (a review found these
    // threw): a getter that throws, a revoked Proxy, null, a huge string.
    const entry = lookup(10054) as NonNullable<ReturnType<typeof lookup>>;
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const throwingLang = {
      get lang(): never {
        throw new Error("getter");
      },
      cause: "kept",
    };
    for (const options of [throwingLang, revocable.proxy, null, 42, "x".repeat(1 << 22)]) {
      assert.equal(new WinsockError(entry, options as never).code, "WSAECONNRESET");
      assert.equal(WinsockError.from(10054, options as never)?.errno, 10054);
    }
    assert.equal(new WinsockError(entry, throwingLang as never).cause, "kept");
    assert.match(new WinsockError(entry, { lang: "de" }).message, /Gegenstelle/);
  });
});
