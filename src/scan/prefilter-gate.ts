// The byte prefilter's gate (byte-prefilter.wat): a sampled position whose gram is indexed
// walks its bucket's groups only when one of the bucket's checks lets it through. A check
// compares eight input bytes that hold the gram (at a distance from it chosen per check)
// under a mask: the bytes that the anchors behind the check agree on there. An anchor
// occurring at the position passes its own check, so the gate drops no hit; everyday text
// that merely shares a gram with an anchor ("attempt 3" and "attempt was", ":10053" and
// "(10053") fails all of them, at the cost of five compares instead of a walk through the
// tables.

/** Checks per bucket. */
export const GATE_CHECKS = 5;
/**
 * Bytes per bucket: GATE_CHECKS × (u64 value, u64 mask), then GATE_CHECKS × i32: where each
 * check's window starts, relative to the sampled position (the gram's first byte).
 */
export const GATE_ENTRY = 128;
const STARTS_AT = GATE_CHECKS * 16;
const WIDTH = 8;
const GRAM = 4;
/** Window starts tried: each window holds the whole gram. */
const EARLIEST = GRAM - WIDTH;
/** Preferred among windows as good: the gram in the middle, two bytes on either side. */
const CENTRED = -2;

/** The anchors holding one gram at one offset (a group of the prefilter's tables). */
export interface GateGroup {
  readonly offset: number;
  readonly anchors: readonly Uint8Array[];
}

type Cluster = { readonly offset: number; readonly members: readonly Uint8Array[] };
type Check = { readonly start: number; readonly value: bigint; readonly mask: bigint; readonly score: number };

/** The gate entry of a bucket holding these groups. */
export function gateEntry(groups: readonly GateGroup[]): Uint8Array {
  const entry = new Uint8Array(GATE_ENTRY);
  const data = new DataView(entry.buffer);
  const initial = groups.map((group) => ({ offset: group.offset, members: group.anchors }));
  // More groups than checks: one check masked to nothing, which passes everything.
  const always = initial.length > GATE_CHECKS;
  const clusters = always ? [] : refined(initial);
  for (let index = 0; index < GATE_CHECKS; index++) {
    const cluster = clusters[index];
    // (An unused check never passes: no input masked to nothing equals 1.)
    const check = cluster ? bestCheck(cluster) : { start: 0, value: always && index === 0 ? 0n : 1n, mask: 0n };
    data.setBigUint64(index * 16, check.value, true);
    data.setBigUint64(index * 16 + 8, check.mask, true);
    data.setInt32(STARTS_AT + index * 4, check.start, true);
  }
  return entry;
}

/**
 * Clusters split while checks are spare, the weakest check first: "(10050" … "(10059" and
 * "[10050" … "[10059" agree only on the gram; split by their first byte, each half checks
 * its bracket too.
 */
function refined(initial: readonly Cluster[]): Cluster[] {
  let clusters = [...initial];
  for (;;) {
    const spare = GATE_CHECKS - clusters.length;
    if (spare === 0) return clusters;
    let best: { index: number; parts: Cluster[]; current: number; score: number } | undefined;
    clusters.forEach((cluster, index) => {
      const current = bestCheck(cluster).score;
      if (best && current > best.current) return;
      for (let at = Math.max(0, cluster.offset + EARLIEST); at < cluster.offset + WIDTH; at++) {
        const values = [...new Set(cluster.members.map((member) => member[at]))];
        if (values.length < 2 || values.length > spare + 1) continue;
        const parts = values.map((value) => ({
          offset: cluster.offset,
          members: cluster.members.filter((member) => member[at] === value),
        }));
        const score = Math.min(...parts.map((part) => bestCheck(part).score));
        if (score > current && (!best || current < best.current || score > best.score))
          best = { index, parts, current, score };
      }
    });
    if (!best) return clusters;
    const { index, parts } = best;
    clusters = [...clusters.slice(0, index), ...parts, ...clusters.slice(index + 1)];
  }
}

/** The window where the cluster's anchors (the gram at `offset` in each) agree on the most bytes beyond the gram. */
function bestCheck(cluster: Cluster): Check {
  let best: Check | undefined;
  for (let start = EARLIEST; start <= 0; start++) {
    const check = agreed(cluster, start);
    if (
      !best ||
      check.score > best.score ||
      (check.score === best.score && Math.abs(start - CENTRED) < Math.abs(best.start - CENTRED))
    )
      best = check;
  }
  return best as Check;
}

/** The bytes of the window at `start` that every anchor of the cluster holds, the same in each. */
function agreed({ offset, members }: Cluster, start: number): Check {
  let value = 0n;
  let mask = 0n;
  let score = 0;
  for (let byte = 0; byte < WIDTH; byte++) {
    const at = offset + start + byte;
    // (A byte before an anchor's start or past its end is not checked: undefined never agrees.)
    const first = (members[0] as Uint8Array)[at];
    if (at < 0 || first === undefined || !members.every((member) => member[at] === first)) continue;
    value |= BigInt(first) << BigInt(8 * byte);
    mask |= 0xffn << BigInt(8 * byte);
    if (at < offset || at >= offset + GRAM) score++;
  }
  return { start, value, mask, score };
}
