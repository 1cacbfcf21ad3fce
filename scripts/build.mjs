// Builds the package into dist/ (JavaScript, .d.ts and source maps) with tsc, from a clean slate,
// and stamps the build so bin/threadline.js can tell whether the sources changed since.
// `--if-stale` skips the build when dist/ is already current.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../bin/build-is-current.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

if (process.argv.includes('--if-stale') && buildIsCurrent(root)) process.exit(0);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
writeFileSync(path.join(dist, 'BUILD'), `${new Date().toISOString()}\n`);
