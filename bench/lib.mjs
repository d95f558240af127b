// Shared timing helpers: medians over alternating rounds, so a slow moment of
// the machine hits the baseline and the subject alike.

/** Nanoseconds per call of fn, median over `rounds` rounds of `calls` calls. */
export function nsPerCall(fn, { calls = 200_000, rounds = 15 } = {}) {
  const samples = [];
  let sink;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink = fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / calls);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return median(samples);
}

/** Runs baseline and subject alternately; returns both medians (ns per call). */
export function compare(baseline, subject, options) {
  const a = [];
  const b = [];
  for (let round = 0; round < (options?.pairs ?? 7); round++) {
    a.push(nsPerCall(baseline, { ...options, rounds: 3 }));
    b.push(nsPerCall(subject, { ...options, rounds: 3 }));
  }
  return { baseline: median(a), subject: median(b) };
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const fmt = (value, digits = 1) => value.toFixed(digits);
