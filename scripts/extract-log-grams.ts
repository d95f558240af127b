// Counts how common each four-byte piece ("gram") of text is in real logs, from Loghub's
// samples of sixteen systems' logs (2 000 lines each: Android, Apache, BGL, Hadoop, HDFS,
// HealthApp, HPC, Linux, Mac, OpenSSH, OpenStack, Proxifier, Spark, Thunderbird, Windows,
// Zookeeper), into data/scan/log-grams.json. scripts/build-scan-tables.ts samples each
// anchor of the byte prefilter where its grams are rarest by these counts: every sampled
// position holding one of an anchor's grams costs a look, and logs are full of "connection",
// "failed", "listening" and "attempt", which the catalogue's own prose alone rated too low.
//
// Only counts leave the samples, not their text. Each system counts alike (per million
// grams of its sample, summed over the systems), so that no one system's vocabulary rules.
// Kept: grams of printable ASCII with fewer than two digits (numbers are rated apart, by
// their digits) and a sum of 100 or more; anything rarer rates as 0.
//
// Usage: npx tsx scripts/extract-log-grams.ts <loghub checkout> <commit>
// (a clone of https://github.com/logpai/loghub at that commit).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeJson } from "./lib/json.ts";
import { ROOT } from "./lib/paths.ts";

const SYSTEMS = [
  "Android",
  "Apache",
  "BGL",
  "HDFS",
  "HPC",
  "Hadoop",
  "HealthApp",
  "Linux",
  "Mac",
  "OpenSSH",
  "OpenStack",
  "Proxifier",
  "Spark",
  "Thunderbird",
  "Windows",
  "Zookeeper",
];
const KEPT_FROM = 100;

const [checkout, commit] = process.argv.slice(2);
if (!checkout || !commit || !/^[0-9a-f]{40}$/.test(commit)) {
  console.error("usage: npx tsx scripts/extract-log-grams.ts <loghub checkout> <40-hex commit>");
  process.exit(2);
}

const paths = SYSTEMS.map((system) => `${system}/${system}_2k.log`);
const sums = new Map<string, number>();
for (const path of paths) {
  const bytes = readFileSync(join(checkout, path));
  const counts = new Map<string, number>();
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const gram = bytes.toString("latin1", at, at + 4);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  const grams = bytes.length - 3;
  for (const [gram, count] of counts) sums.set(gram, (sums.get(gram) ?? 0) + (count / grams) * 1e6);
}

const kept = [...sums]
  .filter(([gram, sum]) => sum >= KEPT_FROM && /^[\x20-\x7e]{4}$/.test(gram) && (gram.match(/[0-9]/g)?.length ?? 0) < 2)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

writeJson(join(ROOT, "data/scan/log-grams.json"), {
  provenance: {
    what: "How common each four-byte piece of text (gram) is in real logs: per million grams of each system's sample, summed over sixteen systems",
    source: paths.map((path) => `logpai/loghub@${commit}:${path}`),
    read: new Date().toISOString().slice(0, 10),
    notes:
      "Written by scripts/extract-log-grams.ts. Counts only: no text of the samples is kept. Grams of printable ASCII with fewer than two digits and a sum of 100 or more. Loghub's licence (its LICENSE file): the datasets are freely available for research or academic work, on condition that any use refers to the repository (https://github.com/logpai/loghub) and cites its paper where applicable: Jieming Zhu, Shilin He, Pinjia He, Jinyang Liu, Michael R. Lyu. Loghub: A Large Collection of System Log Datasets for AI-driven Log Analytics. In ISSRE, 2023. Only these counts, derived from the samples, are kept here.",
  },
  grams: Object.fromEntries(kept.map(([gram, sum]) => [gram, Math.round(sum)])),
});
console.error(`kept ${kept.length} grams of ${sums.size}`);
