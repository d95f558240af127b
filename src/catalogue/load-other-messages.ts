// Windows' message texts in UI languages other than the entries' own (English, German) for
// the resolver's message index: the match texts' "windows-message" rows (data/, each cited
// there). Here, from the generated module. scripts/compile.mjs swaps this module: the Node
// bundles read the rows from a file on first use (scripts/node-lazy/load-other-messages.js),
// so importing the library does not parse them; the browser core leaves them out
// (scripts/browser-lazy/), as they would take it past its 15 KB budget.
import { matchTexts } from "./match-texts.generated.ts";
import type { MatchText } from "./types.ts";

export function loadOtherMessages(): readonly MatchText[] {
  return matchTexts().filter((text) => text.dialect === "windows-message");
}
