// Search as you type, as an ARIA combobox: arrows move through the results, Enter
// opens one, Escape closes the list, "/" anywhere focuses the box. Without this
// script the same form submits to the server (or does nothing on a static host).
import { codeHref, type Site } from "../links.ts";
import { querySearchIndex, type SearchIndex } from "../search-index.ts";
import { WEB_WORDS } from "../words.ts";
import { el, type PageData } from "./dom.ts";
import { searchIndex } from "./index-data.ts";

const LIMIT = 8;

export function setUpSearch(page: PageData): void {
  const input = document.getElementById("q") as HTMLInputElement | null;
  const list = document.getElementById("q-results") as HTMLUListElement | null;
  const status = document.getElementById("q-status");
  const form = input?.form;
  if (!input || !list || !status || !form) return;
  const site: Site = page;
  const words = WEB_WORDS[page.lang];
  let active = -1;
  let hrefs: string[] = [];
  let index: SearchIndex | undefined;
  const load = () =>
    searchIndex(page.index).then(
      (loaded) => {
        index = loaded;
        update();
        return loaded;
      },
      () => undefined,
    );

  const options = () => Array.from(list.querySelectorAll<HTMLLIElement>("[role=option]"));
  const open = (isOpen: boolean) => {
    list.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    if (!isOpen) setActive(-1);
  };
  const setActive = (next: number) => {
    const all = options();
    active = all.length === 0 ? -1 : next < -1 ? all.length - 1 : next >= all.length ? -1 : next;
    for (const [i, option] of all.entries()) option.setAttribute("aria-selected", String(i === active));
    const current = all[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  function update(): void {
    const query = input?.value ?? "";
    if (!index || !list || !status) return;
    const hits = query.trim() === "" ? [] : querySearchIndex(index, query, LIMIT);
    hrefs = hits.map((hit) => codeHref(site, hit.entry.value));
    list.replaceChildren(
      ...hits.map((hit, i) =>
        el(
          "li",
          { role: "option", id: `q-option-${i}`, "aria-selected": "false" },
          el(
            "a",
            { href: hrefs[i], tabindex: "-1" },
            el("span", { class: "num" }, hit.entry.value),
            " ",
            el("code", {}, hit.entry.symbol),
            " ",
            el("span", { class: "title" }, hit.entry.title[page.lang]),
          ),
        ),
      ),
    );
    if (query.trim() !== "" && hits.length === 0) list.append(el("li", { class: "empty" }, words.noResults(query)));
    status.textContent =
      query.trim() === "" ? "" : hits.length > 0 ? words.results(hits.length) : words.noResults(query);
    open(query.trim() !== "");
    active = -1;
  }

  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", () => (index ? update() : void load()));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) update();
      setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Escape") {
      if (!list.hidden) open(false);
      else input.value = "";
    } else if (event.key === "Enter") {
      const href = hrefs[active] ?? hrefs[0];
      if (href) {
        event.preventDefault();
        location.assign(href);
      } else if (page.mode === "static") event.preventDefault(); // a static host cannot answer ?q=
    }
  });
  list.addEventListener("mousedown", (event) => event.preventDefault()); // keep focus in the box while clicking
  document.addEventListener("click", (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
      event.preventDefault();
      input.focus();
    }
  });
  if (document.activeElement === input || input.value !== "") void load();
}
