// A finding about a corpus file: where it is, what field, and what is wrong.

/** `info`: worth knowing, never a defect (`lint --strict` does not fail on it). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `batches[2].user_input`; empty for the whole file. */
  field: string;
  message: string;
  /** Stable rule name, e.g. `schema`, `duplicate-id`, `unanswerable`. */
  rule: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const field = d.field ? ` ${d.field}:` : '';
  return `${where} ${d.severity} [${d.rule}]${field} ${d.message}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
