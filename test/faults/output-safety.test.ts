// Defects 6 and 9: JUnit XML broke on an answer holding U+FFFE; control characters from an
// adapter's name, its answers and errors reached the terminal (clearing the screen, retitling the
// window) and stayed in the Markdown report as raw ESC, BEL and NUL bytes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';
import { CONTROL_CHARACTERS } from './helpers.js';

const HOSTILE_NAME = 'kw\u001b[2J\u001b]0;owned\u0007';
const XML_FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

describe('safe output', () => {
  it('keeps control characters out of the terminal, Markdown and JUnit, and U+FFFE out of XML', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.db');
    const config = { name: HOSTILE_NAME, fault: 'text', text: 'bell\u0007 nul\u0000 esc\u001b[31m nonchar\ufffe end' };
    const md = path.join(dir, 'run.md');
    const junit = path.join(dir, 'run.xml');
    const run = await runCli([
      'run',
      corpusFixture('mini'),
      '--adapter',
      adapterFixture('hostile'),
      '--adapter-config',
      JSON.stringify(config),
      '--db',
      db,
      '--md',
      md,
      '--junit',
      junit,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL_CHARACTERS);
    expect(run.stderr).not.toMatch(CONTROL_CHARACTERS);
    expect(run.stdout).toContain('kw\\u001b[2J');

    const list = await runCli(['report', '--list', '--db', db]);
    expect(list.stdout).toContain('kw\\u001b');
    expect(list.stdout).not.toMatch(CONTROL_CHARACTERS);

    expect(readFileSync(md, 'utf8')).not.toMatch(CONTROL_CHARACTERS);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).toContain('nonchar end');
    expect(xml).toMatch(/<failure /);
  }, 60_000);

  it('escapes control characters in file names printed by lint', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'evil\u001b[2J.yaml'), 'story_id: 1\n');
    const lint = await runCli(['lint', dir]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('evil\\u001b[2J.yaml');
    expect(lint.stdout).not.toMatch(CONTROL_CHARACTERS);
  }, 60_000);
});
