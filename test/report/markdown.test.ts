// The Markdown report of a real run: provenance, the score with its interval, categories, every
// section, and the failed questions with their reasons — not just the heading.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { corpusFixture } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

let md = '';
let lines: string[] = [];
let runId = '';

beforeAll(async () => {
  // sqlite-fts on the mini corpus (isolated): everything passes except 403_q1 and 403_q2, whose
  // questions share no word with the batch that answers them.
  const { stored, summary } = await runInProcess(corpusFixture('mini'), 'sqlite-fts', { config: { note: 'a|b' } });
  stored.run.adapterVersion = '1.0 | <b>beta</b>';
  runId = stored.run.id;
  md = renderMarkdown(stored, summary);
  lines = md.split('\n');
}, 60_000);

describe('Markdown run report', () => {
  it('starts with the run heading and its provenance, escaping what the adapter reported', () => {
    expect(lines[0]).toBe(`# Threadline run ${runId}`);
    expect(md).toContain(`- **run**: ${runId} (complete)`);
    expect(md).toContain('- **adapter**: sqlite-fts@1.0 \\| &lt;b&gt;beta&lt;/b&gt; {&quot;note&quot;:&quot;a\\|b&quot;}');
    expect(md).toContain('- **mode / scope**: isolated / none');
    expect(md).toContain('- **grading rule**: strict');
    expect(md).toMatch(/- \*\*corpus\*\*: .*mini \(3 stories, sha256 [0-9a-f]{16}\)/);
    expect(md).toContain('- **LLM in the loop**: no');
    expect(md).not.toContain('<b>');
  });

  it('gives the score with its outward-rounded Wilson interval, stories and retention', () => {
    // 8/10: Wilson 95% [0.4902, 0.9433] → [49.0, 94.4]; 2/3 stories: [0.2077, 0.9385] → [20.7, 93.9].
    expect(lines).toContain('| questions (CP8, strict, whole answer) | 8/10 80.0% [49.0, 94.4] |');
    expect(lines).toContain('| ATANT v1.0 (strict, whole answer) | 8/10 80.0% [49.0, 94.4] |');
    expect(lines).toContain('| stories | 2/3 66.7% [20.7, 93.9] |');
    expect(lines).toContain('| end-of-run retention | n/a (isolated) |');
    expect(lines).toContain('| adapter errors | 0 |');
  });

  it('breaks the score down by category', () => {
    // Life Events: 401's mid question and three finals, all passing; Learning: 1 of 403's 3.
    expect(lines).toContain('| Life Events | 4/4 100.0% [51.0, 100.0] |');
    expect(lines).toContain('| Daily Life | 3/3 100.0% [43.8, 100.0] |');
    expect(lines).toContain('| Learning | 1/3 33.3% [6.1, 79.3] |');
  });

  it('has every section, with one row per checkpoint', () => {
    for (const title of ['## Checkpoints', '## Continuity properties', '## Trajectory safety', '## Efficiency', '## Failed questions'])
      expect(lines).toContain(title);
    const checkpoints = lines.slice(lines.indexOf('## Checkpoints'), lines.indexOf('## Continuity properties'));
    expect(checkpoints.filter((l) => /^\| CP\d+ \|/.test(l)).map((l) => l.split(' | ')[0])).toEqual([
      '| CP1',
      '| CP2',
      '| CP3',
      '| CP4',
      '| CP5',
      '| CP6',
      '| CP7',
      '| CP8',
      '| CP9',
      '| CP10',
    ]);
    expect(lines).toContain('| CP8 | 8 | 2 | 0 | 0 | 80.0% |');
    expect(lines).toContain('| trajectory-safe stories | 100.0% |  |');
  });

  it('lists exactly the failed questions with their reasons', () => {
    const failed = lines.slice(lines.indexOf('## Failed questions') + 4).filter((l) => l.startsWith('|'));
    expect(failed).toHaveLength(2);
    expect(failed).toEqual([
      '| 403\\_q1: What language am I learning? | final | fail | missing: Italian |',
      '| 403\\_q2: Who is my teacher? | final | fail | missing: Signora Bruni |',
    ]);
  });
});
