// "Explain a log": paste and press Explain, open a file, or drop one on the pane.
// Event handling lives in the page script (a drop must be accepted at once); the
// scanner, with the catalogue core, is a chunk of its own loaded on first use.
import type { PageData } from "./dom.ts";

/** Files above this are cut: the scanner runs on the page's main thread. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

export function setUpExplainPane(page: PageData): void {
  const form = document.getElementById("explain-form") as HTMLFormElement | null;
  const textarea = document.getElementById("explain-text") as HTMLTextAreaElement | null;
  const fileInput = document.getElementById("explain-file") as HTMLInputElement | null;
  const output = document.getElementById("explain-output");
  if (!form || !textarea || !fileInput || !output) return;
  const chunk = () => import("./explain.ts");
  const explain = (text: string, file: string | null) =>
    chunk().then((module) => module.explainInto(output, text, file, page));

  // Warm the chunk as soon as the pane is touched, so Explain answers at once.
  for (const type of ["focusin", "dragenter", "pointerenter"])
    form.addEventListener(type, () => void chunk(), { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void explain(textarea.value, null);
  });
  const openFile = async (file: File) => {
    const text = await readText(file);
    // Show small files in the box, so the text can be edited and explained again.
    textarea.value = text.length <= 256 * 1024 ? text : "";
    await explain(text, file.name);
  };
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file);
  });
  form.addEventListener("dragover", (event) => {
    event.preventDefault();
    form.classList.add("dragging");
  });
  form.addEventListener("dragleave", () => form.classList.remove("dragging"));
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    form.classList.remove("dragging");
    const file = event.dataTransfer?.files?.[0];
    if (file) void openFile(file);
  });
}

/** The file's text; .gz files are decompressed in the browser. */
async function readText(file: File): Promise<string> {
  const blob = file.slice(0, MAX_FILE_BYTES);
  if (!/\.gz$/i.test(file.name)) return blob.text();
  const stream = blob.stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
