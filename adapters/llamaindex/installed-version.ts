// The installed llamaindex version. Its package.json is not in its exports map, so it is found by
// walking up from the resolved entry point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function installedVersion(packageName: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(packageName));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === packageName && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${packageName}`);
    dir = parent;
  }
}
