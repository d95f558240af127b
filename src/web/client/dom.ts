// Building DOM without innerHTML: text always goes in as text, so whatever a user
// types or pastes can never become markup.

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "number" ? String(child) : child);
  }
  return node;
}

/** The page's settings, written by the server into <body data-…>. */
export interface PageData {
  readonly mode: "server" | "static";
  readonly root: string;
  readonly lang: "en" | "de";
  readonly index: string;
}

export function pageData(): PageData {
  const data = document.body.dataset;
  return {
    mode: data["mode"] === "static" ? "static" : "server",
    root: data["root"] ?? "/",
    lang: data["lang"] === "de" ? "de" : "en",
    index: data["index"] ?? "/search-index.json",
  };
}
