/** The outside world as the CLI sees it; tests pass their own. */
export interface OutputStream {
  write(text: string): Promise<void>;
  isTTY: boolean;
  columns: number | undefined;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
}

/** Error codes that mean the reader went away: not an error for a CLI writing to a pipe. */
export const CLOSED_PIPE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/** An output stream over a Node.js writable (process.stdout/stderr) that reports write errors. */
export function nodeOutput(stream: NodeJS.WriteStream): OutputStream {
  return {
    write: (text: string) =>
      new Promise<void>((resolve, reject) => {
        stream.write(text, (err) => (err ? reject(err) : resolve()));
      }),
    isTTY: Boolean(stream.isTTY),
    columns: stream.columns,
  };
}
