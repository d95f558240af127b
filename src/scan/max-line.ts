// The longest line the explainer reads, in a module of its own: the read-ahead thread's
// script (read-ahead-worker.ts) needs it without the engine (scanner.ts).

/** Longest line read; the rest of a longer line is passed over (binary junk, minified blobs). */
export const MAX_LINE = 1 << 20;
