// Library stand-in for src/scan/candidates.ts: what the log explainer reads in an input, as
// the resolver's candidates, from dist/scan.cjs (required on first call, see scan.js).
import { scanEngine } from "./scan.js";

export function scannedCandidates(input) {
  return scanEngine().scannedCandidates(input);
}
