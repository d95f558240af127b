import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { search } from "../src/index.ts";

const top = (query: string) => search(query)[0]?.entry.symbol;

describe("search", () => {
  it("finds by English words", () => assert.equal(top("connection refused"), "WSAECONNREFUSED"));
  it("finds by German words", () => assert.equal(top("Zielcomputer verweigert"), "WSAECONNREFUSED"));
  it("tolerates typos", () => assert.equal(top("conection reffused"), "WSAECONNREFUSED"));
  it("finds by a misspelt symbol", () => assert.equal(top("WSAECONRESET"), "WSAECONNRESET"));
  it("finds German words written without umlauts", () => {
    assert.ok(search("Verbindung zurueckgesetzt").some((hit) => hit.entry.symbol === "WSAECONNRESET"));
  });
  it("ranks an entry matching all words above one matching a single word", () => {
    const hits = search("host not found");
    assert.equal(hits[0]?.entry.symbol, "WSAHOST_NOT_FOUND");
  });
  it("answers [] for empty and non-string queries", () => {
    for (const query of ["", "  ", "!!", null, 42, {}]) assert.deepEqual(search(query), []);
  });
  it("respects the limit", () => assert.equal(search("socket", { limit: 3 }).length, 3));
});
