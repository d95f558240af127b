// The library's rarely used parts, search and the text card, are dist/extras.cjs, required
// on first call, so importing the library does not compile them. They work on the library's
// own table and prose (bindHost): search hits are the entries ENTRIES holds, and languages
// loaded with loadLanguage() serve the card too.
import { ENTRIES, LANGS } from "../../src/catalogue/index.ts";
import { textFor } from "../../src/i18n/text.ts";
import { requireHere } from "./read-pack.js";

let extras;

export function extrasModule() {
  if (extras === undefined) {
    extras = requireHere("./extras.cjs");
    extras.bindHost({ ENTRIES, LANGS, textFor });
  }
  return extras;
}
