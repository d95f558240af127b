// `wsaerr <anything>…`: a card per input, or one card for a message split over several arguments.
import { format } from "../format.ts";
import { UI } from "../i18n/ui.ts";
import { type Candidate, resolve } from "../resolve.ts";
import { search } from "../search.ts";
import { type CommandContext, printJson } from "./io.ts";
import { candidateJson, entryJson } from "./json-shapes.ts";
import { printable } from "./printable.ts";

interface Answer {
  readonly input: string;
  readonly candidates: Candidate[];
  readonly suggestions: string[];
}

export async function runLookup(context: CommandContext): Promise<number> {
  const answers = await withScanned(answer(context.positionals), context.positionals);
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

/** Each argument on its own; if some find nothing, all of them together may be one message. */
function answer(inputs: readonly string[]): Answer[] {
  const single = inputs.map((input) => ({ input, candidates: resolve(input) }));
  if (inputs.length > 1 && single.some((item) => item.candidates.length === 0)) {
    const joined = inputs.join(" ");
    const candidates = resolve(joined);
    if (candidates.length > 0) return [{ input: joined, candidates, suggestions: [] }];
  }
  return single.map(({ input, candidates }) => ({
    input,
    candidates,
    suggestions: candidates.length > 0 ? [] : search(input, { limit: 3 }).map((hit) => hit.entry.symbol),
  }));
}

/**
 * Inputs resolve() found nothing in, read by the log explainer (loaded only then): every
 * shape `explain` knows can be looked up ("Connection refused: connect").
 */
async function withScanned(answers: Answer[], inputs: readonly string[]): Promise<Answer[]> {
  if (answers.every((item) => item.candidates.length > 0)) return answers;
  const { scannedCandidates } = await import("./explain.ts");
  const scanned = answers.map((item) =>
    item.candidates.length > 0 ? item : { ...item, candidates: scannedCandidates(item.input) },
  );
  if (inputs.length > 1 && scanned.some((item) => item.candidates.length === 0)) {
    const joined = inputs.join(" ");
    const candidates = scannedCandidates(joined);
    if (candidates.length > 0) return [{ input: joined, candidates, suggestions: [] }];
  }
  return scanned.map((item) => (item.candidates.length > 0 ? { ...item, suggestions: [] } : item));
}

function describe({ input, candidates, suggestions }: Answer, context: CommandContext): string {
  const ui = UI[context.lang];
  const [best, ...others] = candidates;
  if (!best) {
    const line = ui.notFound(printable(input.length > 80 ? `${input.slice(0, 77)}…` : input));
    return suggestions.length > 0 ? `${line}\n${ui.didYouMean}: ${suggestions.join(", ")}?` : line;
  }
  const card = format(best.entry, { lang: context.lang, color: context.color, width: context.io.columns });
  // Say how the input was read, unless it was the symbol itself.
  const obvious = best.reason === "symbol" && others.length === 0;
  const why = obvious ? [] : ["", `(${printable(input)} → ${best.entry.symbol}: ${best.reasons.join(", ")})`];
  const rest = others.map((other) => `  also: ${other.entry.symbol} ${other.entry.value} (${other.reason})`);
  return [card, ...why, ...rest].join("\n");
}
