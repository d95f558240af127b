// "Explain a log": paste and press Explain, open a file, or drop one on the pane.
// Event handling lives in the page script (a drop must be accepted at once); the
// scanner, with the catalogue core, is a chunk of its own loaded on first use.
import { decoderFor, SNIFF_BYTES } from "../../scan/encoding.ts";
import { startsAsGzip } from "../../scan/gunzip.ts";
import { WEB_WORDS } from "../words.ts";
import { el, type PageData } from "./dom.ts";
import { gunzipMembers } from "./gzip-members.ts";

/** Files above this are cut: the scanner runs on the page's main thread. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

export function setUpExplainPane(page: PageData): void {
  const form = document.getElementById("explain-form") as HTMLFormElement | null;
  const textarea = document.getElementById("explain-text") as HTMLTextAreaElement | null;
  const fileInput = document.getElementById("explain-file") as HTMLInputElement | null;
  const encodingSelect = document.getElementById("explain-encoding") as HTMLSelectElement | null;
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
  /** The file last opened: read again when another encoding is chosen for it. */
  let lastFile: File | undefined;
  const openFile = async (file: File) => {
    lastFile = file;
    let read: FileText;
    try {
      read = await readText(file, encodingSelect?.value || undefined);
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
      : read.trailing
        ? words.gzipTrailing(file.name)
        : read.cut
          ? words.fileCut(MAX_FILE_BYTES / 1024 / 1024)
          : undefined;
    await explain(read.text, file.name, note);
  };
  encodingSelect?.addEventListener("change", () => {
    if (lastFile) void openFile(lastFile);
  });
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

/**
 * A file's text: `cut` when it was longer than MAX_FILE_BYTES, `broken` when its gzip data
 * ended early, `trailing` when bytes that are not gzip followed it.
 */
interface FileText {
  readonly text: string;
  readonly cut: boolean;
  readonly broken?: boolean;
  readonly trailing?: boolean;
}

/**
 * The file's text, at most MAX_FILE_BYTES of it; gzip data (a .gz name, or its first bytes)
 * is decompressed in the browser, every member of it, and cut at the same size however
 * small the compressed file (a gzip bomb stops there). Gzip data that fails part way (cut
 * short) gives what came before; throws when it gives nothing at all. `encoding` is the
 * code page chosen for it (a TextDecoder label), which the first bytes overrule as the
 * CLI's --encoding does: a byte order mark, UTF-16's zero bytes, valid UTF-8 beyond ASCII.
 */
async function readText(file: File, encoding?: string): Promise<FileText> {
  const start = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  if (!/\.gz$/i.test(file.name) && !startsAsGzip(start)) {
    // UTF-8, or UTF-16 as Windows PowerShell writes logs (told from the first bytes), or the code page chosen.
    const decoder = decoderFor(start, encoding);
    const bytes = new Uint8Array(await file.slice(0, MAX_FILE_BYTES).arrayBuffer());
    return { text: decoder.decode(bytes, { stream: true }) + decoder.decode(), cut: file.size > MAX_FILE_BYTES };
  }
  const members = gunzipMembers(new Uint8Array(await file.arrayBuffer()));
  let decoder: TextDecoder | undefined;
  let text = "";
  let bytes = 0;
  for (;;) {
    const next = await members.next();
    if (next.done) {
      if (next.value === "broken" && bytes === 0) throw new Error("no gzip data could be read");
      const rest = decoder?.decode() ?? "";
      return { text: text + rest, cut: false, broken: next.value === "broken", trailing: next.value === "trailing" };
    }
    const value = next.value;
    // (The first piece of the decompressed data tells its encoding.)
    decoder ??= decoderFor(value.subarray(0, SNIFF_BYTES), encoding);
    const room = MAX_FILE_BYTES - bytes;
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      await members.return("whole");
      return { text: text + decoder.decode(value.subarray(0, room)), cut: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}
