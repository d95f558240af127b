// The CLI: argument parsing over one library call per command.
import packageJson from "../../package.json" with { type: "json" };
import { helpText, parseArgs } from "./args.ts";
import { type CliIo, type CommandContext, contextFor } from "./io.ts";
import { runList } from "./list.ts";
import { runLookup } from "./lookup.ts";
import { runSearch } from "./search.ts";

const RUNNERS: Record<string, (context: CommandContext) => number> = {
  lookup: runLookup,
  list: runList,
  search: runSearch,
};

/** Runs the CLI and returns the exit status: 0 found, 1 not found, 2 usage error. */
export function run(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { command, positionals, options } = parsed.args;
  if (options["help"]) {
    io.out(`${helpText(packageJson.version)}\n`);
    return 0;
  }
  if (options["version"]) {
    io.out(`${packageJson.version}\n`);
    return 0;
  }
  if (command !== "list" && positionals.length === 0)
    return usageError(io, command === "lookup" ? "nothing to look up" : `${command} needs words to search for`);
  const tooLong = positionals.find((value) => value.length > 65536);
  if (tooLong !== undefined) return usageError(io, "an argument is longer than 64 KiB");
  const runner = RUNNERS[command] as (context: CommandContext) => number;
  return runner(contextFor(io, positionals, options));
}

function usageError(io: CliIo, message: string): number {
  io.err(`wsaerr: ${message} (see wsaerr --help)\n`);
  return 2;
}

/** Real process streams; a closed pipe (`wsaerr list | head -1`) ends quietly. */
export function main(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
  });
}
