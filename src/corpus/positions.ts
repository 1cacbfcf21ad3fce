// Maps a path inside a parsed YAML document to the line and column where it was written.
import { isCollection, LineCounter, type Document, type Node } from 'yaml';
import type { SourcePosition } from './model.js';

export class YamlPositions {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of the deepest node that exists along `path` (a missing key points at its parent). */
  at(path: ReadonlyArray<PropertyKey>): SourcePosition {
    let node: unknown = this.doc.contents;
    let best = this.offsetOf(node) ?? 0;
    for (const part of path) {
      if (!isCollection(node)) break;
      const next: unknown = node.get(typeof part === 'symbol' ? String(part) : part, true);
      if (next === undefined) {
        const keyNode = this.keyNodeOf(node, part);
        if (keyNode !== undefined) best = keyNode;
        break;
      }
      node = next;
      best = this.offsetOf(node) ?? best;
    }
    const { line, col } = this.lines.linePos(best);
    return { file: this.file, line, column: col };
  }

  private offsetOf(node: unknown): number | undefined {
    const range = (node as Node | null)?.range;
    return range ? range[0] : undefined;
  }

  private keyNodeOf(collection: unknown, key: PropertyKey): number | undefined {
    const items = (collection as { items?: Array<{ key?: unknown }> }).items ?? [];
    const pair = items.find((item) => (item.key as { value?: unknown } | undefined)?.value === key);
    return pair ? this.offsetOf(pair.key) : undefined;
  }
}
