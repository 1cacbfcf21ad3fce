// The harness version, read once from package.json; every run records it.
import { existsSync, readFileSync } from 'node:fs';

// From src/ the package root is one level up; from the build in dist/src/, two.
const candidates = ['../package.json', '../../package.json'].map((p) => new URL(p, import.meta.url));
const manifest = candidates.find((url) => existsSync(url));
if (!manifest) throw new Error('threadline: cannot find its package.json');
const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };

export const HARNESS_VERSION: string = pkg.version;
