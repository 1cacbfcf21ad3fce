// The package as npm publishes it: packs the repository, installs the tarball in a folder outside
// it, and uses it the way a user would — a plain Node ESM script importing 'threadline', the
// example adapter package's own test, and the `threadline` bin on a TypeScript adapter.
// The tarball's own dependencies are linked from this repository's node_modules, so the test needs
// no registry (offline-safe) and stays fast.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIsCurrent } from '../../bin/build-is-current.js';
import { REPO, tempDir } from '../helpers/paths.js';

const EXAMPLE = path.join(REPO, 'examples/adapter-package');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

let packed: PackResult;
let tarball: string;

/** A folder outside the repository with the tarball installed as node_modules/threadline. */
function installInto(dir: string): void {
  const target = path.join(dir, 'node_modules/threadline');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  symlinkSync(path.join(REPO, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  // The example's own dependency besides threadline.
  symlinkSync(path.join(REPO, 'node_modules/zod'), path.join(dir, 'node_modules/zod'), 'dir');
}

const node = (args: string[], cwd: string) =>
  execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the published package', () => {
  beforeAll(() => {
    if (!buildIsCurrent(REPO)) execFileSync(process.execPath, [path.join(REPO, 'scripts/build.mjs')], { stdio: 'inherit' });
    const out = tempDir('threadline-pack-');
    const json = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: REPO, encoding: 'utf8' });
    packed = (JSON.parse(json) as PackResult[])[0];
    tarball = path.join(out, packed.filename);
  }, 300_000);

  it("ships the build, the bin, the corpus and the docs, and nothing of the repository's own", () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/src/index.js.map');
    expect(files).toContain('bin/threadline.js');
    expect(files).toContain('package.json');
    const foreign = files.filter(
      (f) =>
        /^(test|results|src|adapters|checkpoints|scripts|examples|node_modules)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    );
    expect(foreign).toEqual([]);
  });

  it('runs a custom adapter from a plain Node ESM script importing threadline', () => {
    const dir = tempDir('threadline-user-');
    installInto(dir);
    cpSync(path.join(EXAMPLE, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    writeFileSync(
      path.join(dir, 'bench.mjs'),
      `import { runBenchmark, defineAdapter } from 'threadline';
const notes = [];
const adapter = defineAdapter({
  name: 'everything', version: '1.0.0',
  create: () => ({
    open: async () => {}, close: async () => {}, reset: async () => { notes.length = 0; },
    ingest: async (turn) => { notes.push(turn.text); },
    query: async () => ({ text: notes.join('\\n') }),
  }),
});
const { passRate, run } = await runBenchmark({ corpus: 'corpus', adapter });
console.log(\`\${run.storyCount} stories, pass rate \${(passRate * 100).toFixed(1)}%\`);
`,
    );
    expect(node(['bench.mjs'], dir)).toMatch(/^2 stories, pass rate \d+\.\d%\n$/);
  });

  it("passes the example adapter package's own test, and its bin runs the TypeScript adapter", () => {
    const dir = tempDir('threadline-example-');
    cpSync(EXAMPLE, dir, { recursive: true });
    installInto(dir);
    node(['--test', 'test/'], dir);
    const bin = path.join(dir, 'node_modules/threadline/bin/threadline.js');
    const db = path.join(dir, 'runs.db');
    const out = node([bin, 'run', 'corpus', '--adapter', './src/keyword-memory.ts', '--adapter-config', '{"k":3}', '--db', db, '-q'], dir);
    expect(out).toMatch(/keyword-memory@1\.0\.0/);
    // With no --adapter, the run threadline.config.ts describes; a flag given overrides it.
    node([bin, 'run', '--mode', 'cumulative', '--db', db, '-q'], dir);
    expect(node([bin, 'report', '--list', '--db', db], dir)).toMatch(/keyword-memory@1\.0\.0 \[keyword-memory ci\]\s+cumulative\/none/);
  });
});
