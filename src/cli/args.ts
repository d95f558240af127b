// Parses argv against the options table. Returns a usage error as a value, never throws.
import { isEncodingLabel } from "../scan/encoding.ts";
import { COMMANDS, OPTIONS, type OptionSpec } from "./options.ts";

export interface ParsedArgs {
  readonly command: string;
  readonly positionals: string[];
  readonly options: Record<string, string | true>;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

const SUBCOMMANDS = new Set(COMMANDS.map((command) => command.name).filter((name) => name !== "lookup"));

export function parseArgs(argv: readonly string[]): ParseResult {
  const positionals: string[] = [];
  const options: Record<string, string | true> = Object.create(null);
  let command = "lookup";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A negative number (-4077) is an input, not an option.
    if (arg.startsWith("-") && arg !== "-" && !/^-\d/.test(arg)) {
      const [flag, inline] = arg.startsWith("--") ? splitInline(arg.slice(2)) : [arg.slice(1), undefined];
      const spec = OPTIONS.find((option) => option.name === flag || option.short === flag);
      if (!spec) return { ok: false, error: `unknown option ${arg}` };
      if (!spec.value) {
        if (inline !== undefined) return { ok: false, error: `--${spec.name} takes no value` };
        options[spec.name] = true;
        continue;
      }
      const given = inline ?? argv[++i];
      if (given === undefined) return { ok: false, error: `--${spec.name} needs a value (${spec.value})` };
      const value = spec.normalise ? spec.normalise(given) : given;
      const problem = checkValue(spec, value, given);
      if (problem) return { ok: false, error: problem };
      options[spec.name] = value;
      continue;
    }
    if (positionals.length === 0 && command === "lookup" && SUBCOMMANDS.has(arg)) command = arg;
    else positionals.push(arg);
  }
  for (const name of Object.keys(options)) {
    const spec = OPTIONS.find((option) => option.name === name);
    if (spec?.commands && !spec.commands.includes(command))
      return { ok: false, error: `--${name} only works with: ${spec.commands.join(", ")}` };
  }
  return { ok: true, args: { command, positionals, options } };
}

function splitInline(flag: string): [string, string | undefined] {
  const at = flag.indexOf("=");
  return at === -1 ? [flag, undefined] : [flag.slice(0, at), flag.slice(at + 1)];
}

function checkValue(spec: OptionSpec, value: string, given = value): string | undefined {
  if (spec.choices && !spec.choices.includes(value))
    return `--${spec.name} must be one of ${spec.choices.join(", ")} (got "${given}")`;
  if (spec.name === "limit" && !/^[1-9]\d{0,2}$/.test(value)) return `--limit must be a whole number from 1 to 999`;
  if (spec.name === "threads" && !/^[1-8]$/.test(value)) return `--threads must be a whole number from 1 to 8`;
  if (spec.name === "encoding" && !isEncodingLabel(value))
    return /^(?:cp)?(?:437|850)$/i.test(value.trim())
      ? `--encoding ${value} is a console (OEM) code page, which is not read: name the ANSI one (such as windows-1252)`
      : `--encoding must be an encoding's label, such as windows-1252 or shift_jis (got "${value}")`;
  if (spec.name === "port" && !(/^\d{1,5}$/.test(value) && Number(value) <= 65535))
    return `--port must be a whole number from 0 to 65535`;
  // (Node listens on every interface for an empty host: a typo must not expose the server.)
  if (spec.name === "host" && value.trim() === "")
    return `--host needs an address, such as 127.0.0.1 or 0.0.0.0 (got ${JSON.stringify(given)})`;
  return undefined;
}

/** The --help text, built from the tables. */
export function helpText(version: string): string {
  const lines = [`wsaerr ${version} — explain Windows Sockets errors`, "", "Usage:"];
  for (const command of COMMANDS) lines.push(`  ${command.usage}`, `      ${command.description}`);
  lines.push("", "Options:");
  for (const option of OPTIONS) {
    const names = `${option.short ? `-${option.short}, ` : ""}--${option.name}${option.value ? ` <${option.value}>` : ""}`;
    const scope = option.commands ? ` (${option.commands.join(", ")})` : "";
    lines.push(`  ${names.padEnd(26)}${option.description}${scope}`);
  }
  lines.push("", "Exit status: 0 found, 1 not found, 2 usage error.");
  return lines.join("\n");
}

/** The README's CLI reference, built from the same tables (test/readme.test.ts keeps it in sync). */
export function optionsMarkdown(): string {
  const lines = ["| command | what it does |", "| --- | --- |"];
  for (const command of COMMANDS) lines.push(`| \`${command.usage}\` | ${command.description} |`);
  lines.push("", "| option | applies to | meaning |", "| --- | --- | --- |");
  for (const option of OPTIONS) {
    const names = `${option.short ? `\`-${option.short}\`, ` : ""}\`--${option.name}${option.value ? ` <${option.value}>` : ""}\``;
    lines.push(`| ${names} | ${option.commands?.join(", ") ?? "all"} | ${option.description} |`);
  }
  return lines.join("\n");
}
