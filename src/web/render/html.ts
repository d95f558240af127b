// A tagged template that escapes every interpolated value, so user input can only
// ever become text. Trusted fragments (other templates) pass through as Html.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(part);
}

/** html`<p>${text}</p>`: strings are escaped, Html and arrays of Html are inserted as they are. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] as string;
  for (let i = 0; i < parts.length; i++) out += render(parts[i] as Part) + (strings[i + 1] as string);
  return new Html(out);
}

/** Marks a string that is already safe HTML (only for constants and our own output). */
export function trusted(value: string): Html {
  return new Html(value);
}
