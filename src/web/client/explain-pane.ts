// "Explain a log": paste and press Explain, open a file, or drop one on the pane.
// Event handling lives in the page script (a drop must be accepted at once); the
// scanner, with the catalogue core, is a chunk of its own loaded on first use.
import { SNIFF_BYTES, sniffEncoding } from "../../scan/encoding.ts";
import { WEB_WORDS } from "../words.ts";
import { el, type PageData } from "./dom.ts";

/** Files above this are cut: the scanner runs on the page's main thread. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

export function setUpExplainPane(page: PageData): void {
  const form = document.getElementById("explain-form") as HTMLFormElement | null;
  const textarea = document.getElementById("explain-text") as HTMLTextAreaElement | null;
  const fileInput = document.getElementById("explain-file") as HTMLInputElement | null;
  const output = document.getElementById("explain-output");
  if (!form || !textarea || !fileInput || !output) return;
  const chunk = () => import("./explain.ts");
  const explain = (text: string, file: string | null, note?: string) =>
    chunk().then((module) => module.explainInto(output, text, file, page, note));
  const words = WEB_WORDS[page.lang];

  // Warm the chunk as soon as the pane is touched, so Explain answers at once.
  for (const type of ["focusin", "dragenter", "pointerenter"])
    form.addEventListener(type, () => void chunk(), { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void explain(textarea.value, null);
  });
  const openFile = async (file: File) => {
    let read: FileText;
    try {
      read = await readText(file);
    } catch {
      // A broken or mislabelled .gz (or a file the browser cannot read): say so rather than fail silently.
      const gzip = /\.gz$/i.test(file.name);
      output.replaceChildren(
        el(
          "p",
          { class: "error", role: "alert" },
          gzip ? words.gzipUnreadable(file.name) : words.fileUnreadable(file.name),
        ),
      );
      return;
    }
    // Show small files in the box, so the text can be edited and explained again.
    textarea.value = read.text.length <= 256 * 1024 ? read.text : "";
    const note = read.broken
      ? words.gzipCutShort(file.name)
      : read.cut
        ? words.fileCut(MAX_FILE_BYTES / 1024 / 1024)
        : undefined;
    await explain(read.text, file.name, note);
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

/** A file's text: `cut` when it was longer than MAX_FILE_BYTES, `broken` when its gzip data ended early. */
interface FileText {
  readonly text: string;
  readonly cut: boolean;
  readonly broken?: boolean;
}

/**
 * The file's text, at most MAX_FILE_BYTES of it; .gz files are decompressed in the
 * browser, and cut at the same size however small the compressed file (a gzip bomb
 * stops there). A .gz whose data fails part way (cut short) gives what came before;
 * throws when a .gz gives nothing at all.
 */
async function readText(file: File): Promise<FileText> {
  if (!/\.gz$/i.test(file.name)) {
    // UTF-8, or UTF-16 as Windows PowerShell writes logs (told from the first bytes).
    const start = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const decoder = new TextDecoder(sniffEncoding(start));
    return { text: decoder.decode(await file.slice(0, MAX_FILE_BYTES).arrayBuffer()), cut: file.size > MAX_FILE_BYTES };
  }
  const reader = file.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  let decoder: TextDecoder | undefined;
  let text = "";
  let bytes = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      if (bytes === 0) throw error;
      return { text: text + (decoder?.decode() ?? ""), cut: false, broken: true };
    }
    const { done, value } = next;
    if (done) return { text: text + (decoder?.decode() ?? ""), cut: false };
    // (The first piece of the decompressed data tells its encoding.)
    decoder ??= new TextDecoder(sniffEncoding(value));
    const room = MAX_FILE_BYTES - bytes;
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      await reader.cancel();
      return { text: text + decoder.decode(value.subarray(0, room)), cut: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}
