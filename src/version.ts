// The harness version, read once from package.json; every run records it.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const HARNESS_VERSION: string = pkg.version;
