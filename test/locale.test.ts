import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickLang } from "../src/index.ts";

describe("pickLang", () => {
  it("takes --lang first", () => assert.equal(pickLang("de", { LANG: "en_US.UTF-8" }), "de"));
  it("then LC_ALL over LC_MESSAGES over LANG", () => {
    assert.equal(pickLang(undefined, { LC_ALL: "de_DE.UTF-8", LANG: "en_US" }), "de");
    assert.equal(pickLang(undefined, { LC_MESSAGES: "de_AT", LANG: "en_US" }), "de");
    assert.equal(pickLang(undefined, { LC_ALL: "C", LANG: "de_DE" }), "en");
  });
  it("falls back to English for unknown languages and empty settings", () => {
    assert.equal(pickLang(undefined, { LANG: "fr_FR.UTF-8" }), "en");
    assert.equal(pickLang(undefined, { LC_ALL: "", LANG: "de_DE" }), "de");
    assert.equal(pickLang("xx", {}), "en");
  });
});
