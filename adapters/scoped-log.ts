// An in-memory log of utterances per tenant, shared by the buffer-style baselines.
import type { Scope } from '../src/adapter/contract.js';

export class ScopedLog {
  private readonly byTenant = new Map<string, string[]>();

  append(scope: Scope, text: string): void {
    const key = scope.tenant ?? '';
    const list = this.byTenant.get(key) ?? [];
    list.push(text);
    this.byTenant.set(key, list);
  }

  entries(scope: Scope): readonly string[] {
    return this.byTenant.get(scope.tenant ?? '') ?? [];
  }

  clear(): void {
    this.byTenant.clear();
  }
}
