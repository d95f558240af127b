// What a command needs from the outside world, so commands run the same in
// tests (captured strings) and for real (process streams).
import type { Lang } from "../catalogue/index.ts";
import { pickLang } from "../i18n/locale.ts";

export interface CliIo {
  readonly out: (text: string) => void;
  /** The same for bytes (UTF-8), where the output takes them as they are; absent: decoded for `out`. */
  readonly outBytes?: (bytes: Uint8Array) => void;
  readonly err: (text: string) => void;
  readonly env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour). */
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (progress bar); false when absent. */
  readonly errIsTTY?: boolean;
  readonly columns: number | undefined;
  /** Resolves when the output can take more (backpressure for long outputs); absent: always at once. */
  readonly drain?: () => Promise<void>;
  /** Standard input, for `explain` without files; absent in tests that give none. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
  readonly lang: Lang;
  readonly json: boolean;
  readonly color: boolean;
}

export function contextFor(
  io: CliIo,
  positionals: readonly string[],
  options: Record<string, string | true>,
): CommandContext {
  const lang = pickLang(typeof options["lang"] === "string" ? options["lang"] : undefined, io.env);
  // Colour only on a terminal, never with NO_COLOR (any non-empty value) or TERM=dumb.
  const color = io.isTTY && !io.env["NO_COLOR"] && io.env["TERM"] !== "dumb";
  return { io, positionals, options, lang, json: options["json"] === true, color };
}

/** Stable JSON for machines: two-space indent, one trailing newline. */
export function printJson(context: CommandContext, value: unknown): void {
  context.io.out(`${JSON.stringify(value, null, 2)}\n`);
}
