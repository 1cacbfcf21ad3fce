// Everything the CLI prints goes through here, so text from corpora, stored runs and systems under
// test cannot reach the terminal as control sequences.
import { safeText } from '../text/sanitize.js';

export function printOut(text: string): void {
  process.stdout.write(safeText(text));
}

export function printErr(text: string): void {
  process.stderr.write(safeText(text));
}
