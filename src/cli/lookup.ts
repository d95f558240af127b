// `wsaerr <anything>…`: a card per input, or one card for a message split over several arguments.

import { ENTRIES } from "../catalogue/index.ts";
import { format } from "../format.ts";
import { UI } from "../i18n/ui.ts";
import { type Candidate, resolve } from "../resolve.ts";
import { search } from "../search.ts";
import { type CommandContext, printJson } from "./io.ts";
import { candidateJson, entryJson } from "./json-shapes.ts";
import { printableShort } from "./printable.ts";

interface Answer {
  readonly input: string;
  readonly candidates: Candidate[];
  readonly suggestions: string[];
}

export async function runLookup(context: CommandContext): Promise<number> {
  const answers = await answer(context.positionals);
  if (context.json) {
    printJson(context, {
      results: answers.map(({ input, candidates, suggestions }) => ({
        input,
        found: candidates.length > 0,
        entry: candidates[0] ? entryJson(candidates[0].entry, context.lang) : null,
        candidates: candidates.map(candidateJson),
        suggestions,
      })),
    });
  } else {
    const blocks = answers.map((item) => describe(item, context));
    context.io.out(`${blocks.join("\n\n")}\n`);
  }
  return answers.every((item) => item.candidates.length > 0) ? 0 : 1;
}

/**
 * What the resolver reads in a text, else what the log explainer does (loaded only then): every
 * shape `explain` knows can be looked up ("Connection refused: connect"). The library's
 * resolveOrScanned (src/scan/candidates.ts) without loading the explainer at start-up.
 */
async function read(text: string): Promise<Candidate[]> {
  const candidates = resolve(text);
  if (candidates.length > 0) return candidates;
  const { scannedCandidates } = await import("./explain.ts");
  return scannedCandidates(text);
}

/**
 * Each argument on its own where every one finds something (`wsaerr 10054 ECONNREFUSED`: a card
 * each). Otherwise the arguments are one text, as a message or a log line pasted without
 * quotes (`wsaerr connect ECONNREFUSED 127.0.0.1:3000`), with two exceptions where the text's
 * reading would hide something: a word that is a mistyped code name (`wsaerr 10061
 * WSAECONNRESTE`) is an input of its own, which finds nothing and gets its "did you mean"; and
 * a run of words between the found arguments that reads as another code than the text does
 * (`wsaerr 10061 An existing connection was …`) is a card of its own. Where the text finds
 * nothing, each argument is its own input (`wsaerr after 10052 ms`: no code there).
 */
async function answer(inputs: readonly string[]): Promise<Answer[]> {
  const single = await Promise.all(inputs.map(async (input) => ({ input, candidates: await read(input) })));
  if (inputs.length < 2 || single.every((item) => item.candidates.length > 0)) return single.map(withSuggestions);
  const whole = await read(inputs.join(" "));
  if (whole.length === 0) return single.map(withSuggestions);
  const named = new Set(whole.map((candidate) => candidate.entry.symbol));
  /** Inputs of their own, each by the arguments [first, last] it is. */
  const apart: { first: number; last: number; input: string; candidates: Candidate[] }[] = [];
  for (const [index, item] of single.entries())
    if (item.candidates.length === 0 && isMistypedName(item.input))
      apart.push({ first: index, last: index, input: item.input, candidates: [] });
  const isApart = (index: number) => apart.some(({ first, last }) => index >= first && index <= last);
  for (let first = 0; first < single.length; ) {
    let end = first;
    while (end < single.length && (single[end] as { candidates: Candidate[] }).candidates.length === 0 && !isApart(end))
      end++;
    // Words [first, end) found nothing alone: together another code than the whole text names?
    if (end - first >= 2 && end - first < single.length) {
      const input = inputs.slice(first, end).join(" ");
      const candidates = await read(input);
      if (candidates[0] && !named.has(candidates[0].entry.symbol))
        apart.push({ first, last: end - 1, input, candidates });
    }
    first = end + 1;
  }
  if (apart.length === 0) return [withSuggestions({ input: inputs.join(" "), candidates: whole })];
  // The rest is read again without what stands apart, at its first argument's place.
  const rest = inputs.flatMap((input, index) => (isApart(index) ? [] : [{ input, index }]));
  const answers = [...apart];
  if (rest.length > 0) {
    const input = rest.map((item) => item.input).join(" ");
    const candidates = await read(input);
    const at = (rest[0] as { index: number }).index;
    answers.push({ first: at, last: at, input, candidates: candidates.length > 0 ? candidates : whole });
  }
  return answers.sort((a, b) => a.first - b.first).map(withSuggestions);
}

/**
 * Whether a word is a code's name mistyped: one letter off (added, dropped, changed, or two
 * swapped) a Winsock symbol or a POSIX or Node name the catalogue knows, in any case
 * (`WSAECONNRESTE`, `wsaeconnreste`, `ECONREFUSED`), quotes and punctuation around it aside; not
 * an API's or a constant's name (`WSAStartup`, `WSAID_CONNECTEX`), nor a code name of its own the
 * catalogue has no entry for (`ENFILE`, Node's DNS codes `ETIMEOUT`, `ECANCELLED`).
 */
function isMistypedName(word: string): boolean {
  const name = word.replace(/^[^A-Za-z]+|[^A-Za-z0-9_]+$/g, "").toUpperCase();
  if (name.length < 7 || !/^(?:WSA|E)[A-Z0-9_]+$/.test(name) || OTHER_CODES.has(name)) return false;
  return knownNames().some((known) => nearlyEqual(name, known));
}

/**
 * Code names of their own one letter off a catalogue name: Node's DNS codes (node@20.20.2's
 * doc/api/dns.md "Error codes": ETIMEOUT, ECANCELLED, ENOTFOUND…). (Shorter names, the C
 * library's ENFILE beside EMFILE, are not measured: under seven letters one letter is too much.)
 */
const OTHER_CODES = new Set([
  "ENOTFOUND",
  "ETIMEOUT",
  "ECANCELLED",
  "ESERVFAIL",
  "EREFUSED",
  "EBADQUERY",
  "EBADNAME",
  "EBADFAMILY",
  "EBADRESP",
  "EBADFLAGS",
  "EBADHINTS",
  "EDESTRUCTION",
]);

let names: string[] | undefined;
/** The names a mistyped word is measured against: Winsock symbols and aliases, POSIX and Node names. */
function knownNames(): string[] {
  names ??= [
    ...new Set(
      ENTRIES.flatMap((entry) => [
        entry.symbol,
        ...entry.spellings,
        entry.crosswalk.posix?.name,
        entry.crosswalk.libuv?.nodeCode,
      ]).filter((name): name is string => typeof name === "string" && /^(?:WSA|E)[A-Z0-9_]+$/.test(name)),
    ),
  ];
  return names;
}

/** Whether two words differ by one letter added, dropped or changed, or two neighbours swapped. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  const x = a.slice(start);
  const y = b.slice(start);
  return (
    x.slice(1) === y.slice(1) ||
    x.slice(1) === y ||
    x === y.slice(1) ||
    (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2))
  );
}

function withSuggestions({ input, candidates }: { input: string; candidates: Candidate[] }): Answer {
  return {
    input,
    candidates,
    suggestions: candidates.length > 0 ? [] : search(input, { limit: 3 }).map((hit) => hit.entry.symbol),
  };
}

function describe({ input, candidates, suggestions }: Answer, context: CommandContext): string {
  const ui = UI[context.lang];
  const [best, ...others] = candidates;
  if (!best) {
    const line = ui.notFound(printableShort(input));
    return suggestions.length > 0 ? `${line}\n${ui.didYouMean}: ${suggestions.join(", ")}?` : line;
  }
  const card = format(best.entry, { lang: context.lang, color: context.color, width: context.io.columns });
  // Say how the input was read, unless it was the symbol itself.
  const obvious = best.reason === "symbol" && others.length === 0;
  // (The input cut short as the "not found" line cuts it: thousands of words unquoted are one input.)
  const shown = printableShort(input);
  const why = obvious ? [] : ["", `(${shown} → ${best.entry.symbol}: ${best.reasons.join(", ")})`];
  const rest = others.map((other) => `  also: ${other.entry.symbol} ${other.entry.value} (${other.reason})`);
  return [card, ...why, ...rest].join("\n");
}
