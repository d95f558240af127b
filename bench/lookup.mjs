// Goal: lookup(10054) ≤ 1.5× a plain Map.get on a number-keyed Map, same run.
import { ENTRIES, lookup } from "../dist/index.js";
import { compare, fmt } from "./lib.mjs";

const map = new Map(ENTRIES.map((entry) => [entry.value, entry]));
// A few keys in rotation so neither side can fold the call into a constant.
const keys = [10054, 10061, 10060, 10053, 10048, 10013, 11001, 10065];
const { baseline, subject } = compare(
  (i) => map.get(keys[i & 7]),
  (i) => lookup(keys[i & 7]),
  { calls: 500_000 },
);
console.log(
  `lookup(number)   baseline Map.get ${fmt(baseline, 2)} ns   lookup ${fmt(subject, 2)} ns   ratio ${fmt(subject / baseline, 2)}x (goal <= 1.5x)`,
);
