// The installed mem0ai version. Its package.json is not in its exports map, so it is found by
// walking up from the resolved entry point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function installedMem0Version(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('mem0ai'));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mem0ai' && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('mem0: cannot find the package.json of mem0ai');
    dir = parent;
  }
}
