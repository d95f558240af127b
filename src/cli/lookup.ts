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
 * shape `explain` knows can be looked up ("Connection refused: connect").
 */
async function read(text: string): Promise<Candidate[]> {
  const candidates = resolve(text);
  if (candidates.length > 0) return candidates;
  const { scannedCandidates } = await import("./explain.ts");
  return scannedCandidates(text);
}

/**
 * A word that stands for a code of its own when it finds nothing: a number, a hex value, a
 * WSA… or E… name, a SocketError member. Such a word is an input of its own (a typo gets its
 * "did you mean"); other words are read together with their neighbours.
 */
const CODE_LIKE = /^(?:[-+]?\d|0[xX]|[Ww][Ss][Aa]|E[A-Z0-9_]{2,}$|SocketError\.)/;

/**
 * Each argument on its own where it finds something; words that find nothing alone are read
 * together, as one message split over arguments (`wsaerr An existing connection was …`): their
 * own card if together they find something; else the words around an input that found
 * something (`wsaerr socket error 10054`), read with it. A code-like argument that finds
 * nothing is an input of its own, so that `wsaerr 10061 WSAECONNRESTE` says the typo finds
 * nothing instead of reading 10061 for both. All arguments finding nothing are one input.
 */
async function answer(inputs: readonly string[]): Promise<Answer[]> {
  const single = await Promise.all(inputs.map(async (input) => ({ input, candidates: await read(input) })));
  if (inputs.length > 1 && single.some((item) => item.candidates.length === 0)) {
    const groups: { input: string; candidates: Candidate[]; words: boolean }[] = [];
    for (const item of single) {
      const last = groups.at(-1);
      if (item.candidates.length > 0 || CODE_LIKE.test(item.input)) groups.push({ ...item, words: false });
      else if (last?.words) last.input += ` ${item.input}`;
      else groups.push({ input: item.input, candidates: [], words: true });
    }
    for (const group of groups) if (group.words) group.candidates = await read(group.input);
    // Words that find nothing together join the input before them (else the one after) that did.
    const merged: { input: string; candidates: Candidate[] }[] = [];
    for (const [index, group] of groups.entries()) {
      if (!group.words || group.candidates.length > 0)
        merged.push({ input: group.input, candidates: group.candidates });
      else {
        const found = merged.at(-1)?.candidates.length ? merged.at(-1) : undefined;
        const next = groups[index + 1];
        if (found) found.input += ` ${group.input}`;
        else if (next && !next.words && next.candidates.length > 0) next.input = `${group.input} ${next.input}`;
        else merged.push({ input: group.input, candidates: [] });
      }
    }
    if (!merged.some((item) => item.candidates.length > 0))
      return [withSuggestions({ input: inputs.join(" "), candidates: await read(inputs.join(" ")) })];
    // Neighbours that name the same code are one error said twice (`[WinError 10054] An existing
    // connection was forcibly closed …` unquoted): one card, for the words together.
    const answers: { input: string; candidates: Candidate[] }[] = [];
    for (const item of merged) {
      const last = answers.at(-1);
      const same = last?.candidates[0] && last.candidates[0].entry.symbol === item.candidates[0]?.entry.symbol;
      if (!last || !same) answers.push(item);
      else {
        const input = `${last.input} ${item.input}`;
        const together = await read(input);
        answers[answers.length - 1] = { input, candidates: together.length > 0 ? together : last.candidates };
      }
    }
    return answers.map(withSuggestions);
  }
  return single.map(withSuggestions);
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
