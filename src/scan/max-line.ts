// The longest line the explainer reads, and how many lines after a block it sees, in a module
// of their own: the read-ahead thread's script (read-ahead-worker.ts) and the browser's text
// streams (stream.ts) need them without the engine (scanner.ts) or node:fs (block-reader.ts).

/** Longest line read; the rest of a longer line is passed over (binary junk, minified blobs). */
export const MAX_LINE = 1 << 20;

/**
 * Bytes a file's block reads past its last line (block-reader.ts), and so as far as a rule may
 * read below a line on every path: a byte stream holds as much past a segment before reading it
 * (byte-stream.ts), a text stream as many characters (stream.ts).
 */
export const LOOKAHEAD = 64 << 10;

/**
 * The most lines a JavaScript error's stack may take between its first line and its object (`    at
 * TCP.onStreamRead (…) {`): Error.stackTraceLimit is 10, and an unhandled 'error' event adds
 * "Emitted 'error' event on Server instance at:" and the emitter's own frames (Node's "... N lines
 * matching cause stack trace ..." besides); and the most of the object's property lines read for
 * its errno and code (axios puts them fourth and fifth): scanner.ts's errorObjectBelow.
 */
export const STACK_LINES_MAX = 24;
export const OBJECT_LINES_MAX = 6;
/** The lines after an error object's errno and code read for a child process's `syscall: 'spawn…'`. */
export const SPAWN_LINES = 2;

/**
 * The lines after a block's last that the engine sees (in a file, each only as far as the block
 * reader's lookahead holds): a text broken over two lines is found from its first, a rule may read
 * two lines below a line (an errno's `syscall: 'spawnSync …'`, scanner.ts), and a JavaScript
 * error's first line is read with its stack and its object's errno and code below it (and the
 * two lines after those). A file's
 * blocks read as many (block-reader.ts), a byte stream holds as many before it reads a segment
 * (byte-stream.ts), and a text stream keeps as many back (stream.ts).
 */
export const LINES_AFTER = STACK_LINES_MAX + OBJECT_LINES_MAX + SPAWN_LINES;
