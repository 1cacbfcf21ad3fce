// Whether dist/ was built after the last change to the TypeScript sources. In the published
// package there are no sources, so a present build is always current.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['src', 'adapters', 'checkpoints'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

export function buildIsCurrent(root) {
  const stamp = path.join(root, 'dist', 'BUILD');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return SOURCE_DIRS.every((dir) => !existsSync(path.join(root, dir)) || newestSource(path.join(root, dir)) <= built);
}
