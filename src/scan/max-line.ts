// The longest line the explainer reads, and how many lines after a block it sees, in a module
// of their own: the read-ahead thread's script (read-ahead-worker.ts) and the browser's text
// streams (stream.ts) need them without the engine (scanner.ts) or node:fs (block-reader.ts).

/** Longest line read; the rest of a longer line is passed over (binary junk, minified blobs). */
export const MAX_LINE = 1 << 20;

/**
 * The lines after a block's last that the engine sees (in a file, each only as far as the block
 * reader's lookahead holds): a text broken over two lines is found from its first, and a rule may
 * read two lines below a line (an errno's `syscall: 'spawnSync …'`, scanner.ts). A file's blocks
 * read as many (block-reader.ts), a byte stream holds as many before it reads a segment
 * (byte-stream.ts), and a text stream keeps as many back (stream.ts).
 */
export const LINES_AFTER = 2;
