// The last lines an adapter process wrote to stderr, kept (bounded) to explain its failures and
// never printed: the harness's own output stays the harness's.

const MAX_CHARS = 8_000;
const LINES_SHOWN = 8;
const LINE_CHARS = 300;

export class StderrTail {
  private text = '';

  append(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-MAX_CHARS);
  }

  lastLines(): string[] {
    return this.text
      .split(/\r?\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .slice(-LINES_SHOWN)
      .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line));
  }

  /** "; last stderr lines: a | b" when there is something to say, else "". */
  suffix(): string {
    const lines = this.lastLines();
    return lines.length > 0 ? `; last stderr lines: ${lines.join(' | ')}` : '';
  }
}
