// A tenant's namespace in the LangGraph store. Namespace labels may not be empty nor contain '.', ':'
// or NUL, so the tenant id is percent-encoded (which also encodes ':' and NUL) with '.' encoded too.
import type { Scope } from '../../src/adapter/contract.js';

const ROOT = 'threadline';
const DEFAULT_TENANT = 'default';

export function tenantNamespace(scope: Scope): string[] {
  const tenant = scope.tenant === undefined || scope.tenant === '' ? DEFAULT_TENANT : scope.tenant;
  return [ROOT, encodeURIComponent(tenant).replace(/\./g, '%2E')];
}
