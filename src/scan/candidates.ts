// What the log explainer reads in a text, as the resolver's candidates: what a lookup (the
// CLI's, the HTTP API's) falls back to when resolve() finds nothing, so that every shape
// `explain` knows can be looked up too: Java's "Connection refused: connect", glibc's and
// the BSDs' texts, curl's, Go's "lookup x: no such host".
import { BY_VALUE } from "../catalogue/index.ts";
import { type Candidate, MAX_RESOLVE_INPUT, resolve } from "../resolve.ts";
import { scan } from "./index.ts";

/** Below resolve()'s exact forms: a reading of a shape in a longer text. */
const SCANNED_SCORE = 80;

/**
 * The last input read and what was found in it: fromError meets one message many times (an
 * AggregateError's errors, a cause chain repeating its wrapper's text).
 */
let last: { readonly input: string; readonly candidates: readonly Candidate[] } | undefined;

/** The codes the explainer finds in the text, each once, in the order found. */
export function scannedCandidates(input: string): Candidate[] {
  if (last?.input === input) return [...last.candidates];
  const candidates = scanned(input);
  // (Not a longer input than is read: the memo would keep it alive for nothing.)
  last = input.length <= MAX_RESOLVE_INPUT ? { input, candidates } : undefined;
  return [...candidates];
}

function scanned(input: string): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const finding of scan(input.slice(0, MAX_RESOLVE_INPUT))) {
    const entry = BY_VALUE.get(finding.code);
    if (!entry || seen.has(entry.symbol)) continue;
    seen.add(entry.symbol);
    const reason = `${finding.evidence} (${finding.dialect})`;
    candidates.push({
      entry,
      reason,
      reasons: [reason],
      score: SCANNED_SCORE,
      platform: finding.platform,
      match: finding.text,
    });
  }
  return candidates;
}

/** resolve()'s candidates, else what the explainer reads in the input (the HTTP API's and the page's lookup). */
export function resolveOrScanned(input: string): Candidate[] {
  const resolved = resolve(input);
  return resolved.length > 0 ? resolved : scannedCandidates(input);
}
