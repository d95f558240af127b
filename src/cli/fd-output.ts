// The CLI's standard output and error, written straight to their file descriptors (Node
// only). Creating process.stdout for a pipe loads node:net and Node's stream machinery,
// ~8 ms at every start (more than `wsaerr 10054` spends on its own work); fs.writeSync
// writes the same bytes, in order, synchronously, as process.stdout does for files and
// pipes on Linux. Where the descriptor cannot take writes synchronously (a non-blocking
// pipe left full: EAGAIN), the rest, and everything after it, goes through the stream; so
// does everything written to a Windows console, which reads bytes in its own code page
// (process.stdout writes it UTF-16; "→", "ü" would come out garbled).
import { fstatSync, writeSync } from "node:fs";

export class FdOutput {
  /** The process stream, once it has taken over (the descriptor would have blocked, or is a Windows console). */
  private stream: NodeJS.WriteStream | undefined;
  private terminal: boolean | undefined;

  constructor(
    private readonly fd: 1 | 2,
    /** process.stdout or process.stderr (created when first asked for). */
    private readonly processStream: () => NodeJS.WriteStream,
    /** Called when the reader has gone (EPIPE: `wsaerr list | head -1`). */
    private readonly onClosed: () => void,
  ) {}

  write(chunk: string | Uint8Array): void {
    if (this.stream === undefined && process.platform === "win32" && this.isTTY) this.toStream();
    if (this.stream) {
      this.stream.write(chunk);
      return;
    }
    let bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(this.fd, bytes));
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      // (A reader gone: EPIPE; on Windows libuv may call a broken pipe EOF.)
      if (code === "EPIPE" || code === "EOF") this.onClosed();
      else if (code === "EAGAIN") this.toStream().write(bytes);
      else throw error;
    }
  }

  /** Resolves when the output can take more: at once, unless the stream took over and is full. */
  drain(): Promise<void> {
    const stream = this.stream;
    return stream?.writableNeedDrain ? new Promise((resolve) => stream.once("drain", resolve)) : Promise.resolve();
  }

  /**
   * Whether the descriptor is a terminal. A pipe or a file is told apart by fstat, without
   * loading node:tty (it loads node:net); so are Linux's memory devices (major number 1:
   * /dev/null, as `> /dev/null` and a spawn's "ignore" give). Other character devices are
   * asked.
   */
  get isTTY(): boolean {
    if (this.terminal === undefined) {
      let device = false;
      try {
        const stat = fstatSync(this.fd);
        device = stat.isCharacterDevice() && !(process.platform === "linux" && (stat.rdev & 0xfff00) >> 8 === 1);
      } catch {
        // (A closed descriptor is no terminal.)
      }
      const tty = device ? process.getBuiltinModule?.("node:tty") : undefined;
      this.terminal = device && (tty ? tty.isatty(this.fd) : this.processStream().isTTY === true);
    }
    return this.terminal;
  }

  /** The terminal's width, when it is one. */
  get columns(): number | undefined {
    return this.isTTY ? this.processStream().columns : undefined;
  }

  private toStream(): NodeJS.WriteStream {
    const stream = this.processStream();
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "EOF") throw error;
      this.onClosed();
    });
    this.stream = stream;
    return stream;
  }
}
