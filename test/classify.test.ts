import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classify, ENTRIES, isRetryable, isWinsockError, lookup, WinsockError } from "../src/index.ts";

describe("classify", () => {
  it("reads category, severity and advice from the catalogue", () => {
    const result = classify("WSAEWOULDBLOCK");
    assert.equal(result?.severity, "non-fatal");
    assert.equal(result.category, "async");
    assert.equal(result.retryable, true);
  });

  it("agrees with the entry's own fields for every entry", () => {
    for (const entry of ENTRIES) {
      const result = classify(entry);
      assert.equal(result?.entry, entry);
      assert.equal(result.retry, entry.retry);
      assert.equal(result.retryable, entry.retry === "retry" || entry.retry === "retry-later");
      assert.ok(result.reason.length > 0);
    }
  });

  it("gives the reason in German when asked", () => {
    const en = classify(10054)?.reason;
    const de = classify(10054, { lang: "de" })?.reason;
    assert.ok(en && de && en !== de);
  });

  it("answers undefined for what names nothing", () => {
    for (const value of [null, undefined, "", "nothing", {}, Number.NaN]) assert.equal(classify(value), undefined);
  });
});

describe("isRetryable", () => {
  it("says yes to a reset and a timeout, no to a usage error and to unknown errors", () => {
    assert.equal(isRetryable({ code: "ECONNRESET" }), true);
    assert.equal(isRetryable(Object.assign(new Error("x"), { code: "ETIMEDOUT", errno: -110 })), true);
    assert.equal(isRetryable({ code: "ENOTSOCK" }), false);
    assert.equal(isRetryable(new Error("something else")), false);
    assert.equal(isRetryable(undefined), false);
  });
});

describe("WinsockError", () => {
  it("carries code, errno, retry advice, a localised message and the cause", () => {
    const cause = { code: "ECONNRESET", errno: -4077 };
    const error = WinsockError.from(cause, { lang: "de" });
    assert.ok(error instanceof Error);
    assert.equal(error?.code, "WSAECONNRESET");
    assert.equal(error.errno, 10054);
    assert.equal(error.retry, "retry");
    assert.equal(error.cause, cause);
    assert.match(error.message, /^WSAECONNRESET \(10054\): /);
    assert.notEqual(error.message, WinsockError.from(cause)?.message);
  });

  it("is recognised across realms by shape, not only by instanceof", () => {
    const error = new WinsockError(lookup(10061)!);
    assert.equal(isWinsockError(error), true);
    const foreign = { name: "WinsockError", code: "WSAECONNREFUSED", errno: 10061, message: "x" };
    assert.equal(isWinsockError(foreign), true);
    assert.equal(isWinsockError(new Error("x")), false);
    assert.equal(isWinsockError({ name: "WinsockError" }), false);
    assert.equal(isWinsockError(null), false);
  });

  it("answers undefined for values that name no socket error", () => {
    assert.equal(WinsockError.from(new Error("plain")), undefined);
  });

  it("returns an existing WinsockError unchanged", () => {
    const error = new WinsockError(lookup(10060)!);
    assert.equal(WinsockError.from(error), error);
  });
});
