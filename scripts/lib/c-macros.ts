// Reads `#define NAME value` lines from C headers and evaluates the small
// expression language Windows headers use for error codes: integers (decimal,
// hex, with L/U suffixes), casts such as ((DWORD)0x0), __MSABI_LONG(n),
// references to other macros, and + / - between them. Anything richer
// evaluates to undefined, which callers treat as "not a number macro".
import { readFileSync } from "node:fs";

export interface MacroDefinition {
  readonly name: string;
  readonly body: string;
  readonly file: string;
  readonly line: number;
}

/** Every object-like `#define` in the files, first definition wins (as `#ifndef` guards do). */
export function readMacros(files: readonly string[]): Map<string, MacroDefinition> {
  const macros = new Map<string, MacroDefinition>();
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    lines.forEach((text, index) => {
      const match = /^\s*#\s*define\s+([A-Za-z_]\w*)(?!\()\s+(.*?)\s*(?:\/\/.*|\/\*.*)?$/.exec(text);
      if (match && !macros.has(match[1] as string)) {
        macros.set(match[1] as string, {
          name: match[1] as string,
          body: match[2] as string,
          file,
          line: index + 1,
        });
      }
    });
  }
  return macros;
}

/** Numeric value of a macro, or undefined when it is not a plain integer expression. */
export function evaluateMacro(
  name: string,
  macros: ReadonlyMap<string, MacroDefinition>,
  depth = 0,
): number | undefined {
  const definition = macros.get(name);
  if (!definition || depth > 16) return undefined;
  return evaluateExpression(definition.body, macros, depth + 1);
}

/** The name a macro is defined as, when its body is just another macro name (`#define A (B)`). */
export function macroTarget(name: string, macros: ReadonlyMap<string, MacroDefinition>): string | undefined {
  const body = macros.get(name)?.body.replace(/[()\s]/g, "");
  return body && /^[A-Za-z_]\w*$/.test(body) && !/^__MSABI_LONG$/.test(body) ? body : undefined;
}

function evaluateExpression(
  expression: string,
  macros: ReadonlyMap<string, MacroDefinition>,
  depth: number,
): number | undefined {
  const cleaned = expression
    .replace(/__MSABI_LONG\(([^)]*)\)/g, "($1)")
    .replace(/\(\s*(?:DWORD|LONG|ULONG|HRESULT|NTSTATUS|int|unsigned\s+long|long)\s*\)/g, "")
    .trim();
  const tokens = cleaned.match(/0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_]\w*|[()+-]|\S/g);
  if (!tokens) return undefined;
  let position = 0;
  const parsePrimary = (): number | undefined => {
    const token = tokens[position++];
    if (token === undefined) return undefined;
    if (token === "(") {
      const value = parseSum();
      return tokens[position++] === ")" ? value : undefined;
    }
    if (token === "-") {
      const value = parsePrimary();
      return value === undefined ? undefined : -value;
    }
    if (/^\d|^0[xX]/.test(token)) return Number.parseInt(token.replace(/[uUlL]+$/, ""), /^0[xX]/.test(token) ? 16 : 10);
    if (/^[A-Za-z_]/.test(token)) return evaluateMacro(token, macros, depth);
    return undefined;
  };
  const parseSum = (): number | undefined => {
    let value = parsePrimary();
    while (value !== undefined && (tokens[position] === "+" || tokens[position] === "-")) {
      const operator = tokens[position++];
      const right = parsePrimary();
      if (right === undefined) return undefined;
      value = operator === "+" ? value + right : value - right;
    }
    return value;
  };
  const value = parseSum();
  return position === tokens.length ? value : undefined;
}
