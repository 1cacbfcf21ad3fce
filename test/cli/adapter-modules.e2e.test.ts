// A user's adapter outside the repository, with nothing beside it: TypeScript, ESM .js in a folder
// without package.json, .mjs, .mts, and an installed package by name all load as `--adapter`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';

const JS_ADAPTER = `const lines = [];
export default {
  name: 'my-memory', version: '0.0.1', description: 'everything it was told',
  create: () => ({
    open: async () => {}, close: async () => {}, reset: async () => { lines.length = 0; },
    ingest: async (turn) => { lines.push(turn.text); },
    query: async () => ({ text: lines.join('\\n') }),
  }),
};
`;
// TypeScript-only syntax (an interface, annotations), so it cannot load as plain JavaScript.
const TS_ADAPTER = `interface Turn { text: string }
${JS_ADAPTER.replace('const lines = [];', 'const lines: string[] = [];').replace('async (turn) =>', 'async (turn: Turn) =>')}`;

describe('adapter modules in their own folders', () => {
  const dir = tempDir('threadline-my-adapters-');
  writeFileSync(path.join(dir, 'my-memory.ts'), TS_ADAPTER);
  writeFileSync(path.join(dir, 'my-memory.mts'), TS_ADAPTER);
  writeFileSync(path.join(dir, 'my-memory.js'), JS_ADAPTER);
  writeFileSync(path.join(dir, 'my-memory.mjs'), JS_ADAPTER);
  const pkg = path.join(dir, 'node_modules/my-memory-pkg');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'my-memory-pkg', version: '1.0.0', type: 'module', exports: './index.js' }),
  );
  writeFileSync(path.join(pkg, 'index.js'), JS_ADAPTER);

  it.each([path.join(dir, 'my-memory.ts'), './my-memory.mts', './my-memory.js', './my-memory.mjs', 'my-memory-pkg'])('%s', async (spec) => {
    const result = await runCli(['run', corpusFixture('mini'), '--adapter', spec, '--db', path.join(dir, 'runs.db'), '-q'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('my-memory@0.0.1');
  });
});
