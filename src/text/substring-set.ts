// Aho–Corasick: which of many patterns occur in a text, in one pass over the text. Used where the
// same large text (a cumulative store's dump) must be checked for every story's values, which would
// otherwise cost one scan of the text per value.

export class SubstringSet {
  /** goto edges keyed `node * 2^16 + char code`. */
  private readonly edges = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Nearest node on the failure chain (itself included) that ends a pattern, or -1. */
  private readonly outLink: number[] = [-1];
  private readonly patternAt: number[] = [-1];
  private readonly patterns: string[] = [];
  private readonly depth: number[] = [0];

  constructor(patterns: Iterable<string>) {
    for (const pattern of new Set(patterns)) if (pattern.length > 0) this.insert(pattern);
    this.link();
  }

  private child(node: number, code: number): number | undefined {
    return this.edges.get(node * 0x10000 + code);
  }

  private insert(pattern: string): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.child(node, code);
      if (next === undefined) {
        next = this.fail.length;
        this.fail.push(0);
        this.outLink.push(-1);
        this.patternAt.push(-1);
        this.depth.push(this.depth[node] + 1);
        this.edges.set(node * 0x10000 + code, next);
      }
      node = next;
    }
    this.patternAt[node] = this.patterns.length;
    this.patterns.push(pattern);
  }

  private link(): void {
    const byDepth: Array<Array<[number, number, number]>> = [];
    for (const [key, child] of this.edges) {
      const parent = Math.floor(key / 0x10000);
      (byDepth[this.depth[child]] ??= []).push([parent, key % 0x10000, child]);
    }
    for (const level of byDepth) {
      for (const [parent, code, child] of level ?? []) {
        let f = this.fail[parent];
        let target = parent === 0 ? 0 : undefined;
        while (target === undefined) {
          const next = this.child(f, code);
          if (next !== undefined && next !== child) target = next;
          else if (f === 0) target = 0;
          else f = this.fail[f];
        }
        this.fail[child] = target;
        this.outLink[child] = this.patternAt[child] >= 0 ? child : this.outLink[target];
      }
    }
  }

  /** The patterns that occur in `text`. */
  foundIn(text: string): Set<string> {
    const found = new Set<string>();
    const seen = new Uint8Array(this.fail.length);
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      for (;;) {
        const next = this.child(node, code);
        if (next !== undefined) {
          node = next;
          break;
        }
        if (node === 0) break;
        node = this.fail[node];
      }
      for (let out = this.outLink[node]; out >= 0 && !seen[out]; out = this.outLink[this.fail[out]]) {
        seen[out] = 1;
        found.add(this.patterns[this.patternAt[out]]);
      }
    }
    return found;
  }
}
