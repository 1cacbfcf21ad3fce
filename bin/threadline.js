#!/usr/bin/env node
// The `threadline` command. Runs the build in dist/ when it is current. In a clone whose sources
// changed since the last build (or that was never built), it runs the TypeScript sources through
// tsx instead, so an edit takes effect without a build step.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from './build-is-current.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (buildIsCurrent(root)) {
  await import(pathToFileURL(path.join(root, 'dist/src/cli/main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src/cli/main.ts')).href);
}
