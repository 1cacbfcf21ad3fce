// Keeps the last few kilobytes a child process wrote to stderr, to explain its failures.

const LIMIT = 4_000;

export class StderrTail {
  private text = '';

  append(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-LIMIT);
  }

  /** Forgets the startup chatter once the server is up, so later errors show only what is new. */
  clear(): void {
    this.text = '';
  }

  /** " (server stderr: …)" when there is something to say, else "". */
  suffix(): string {
    const trimmed = this.text.trim();
    return trimmed ? ` (server stderr: ${trimmed})` : '';
  }
}
