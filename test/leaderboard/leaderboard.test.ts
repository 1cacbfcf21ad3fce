// The leaderboard computed from a results store: which runs become rows, what the Markdown and the
// HTML say, and that markup from a system under test stays text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLeaderboard, type Leaderboard } from '../../src/leaderboard/leaderboard.js';
import { headline } from '../../src/report/budget-fields.js';
import { renderLeaderboardHtml } from '../../src/leaderboard/html-page.js';
import { renderLeaderboardMarkdown } from '../../src/leaderboard/markdown.js';
import { rowKey } from '../../src/leaderboard/select.js';
import { SORT_SCRIPT } from '../../src/leaderboard/sort-script.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { HOSTILE_ANSWER, HOSTILE_NAME, HOSTILE_VERSION } from '../fixtures/adapters/script-injection.js';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { buildLeaderboardStore, HOSTILE_CONFIG, HOSTILE_CORPUS_PATH, type LeaderboardFixture } from './store-fixture.js';

const SUMMARY = { bootstrapResamples: 200 };
const HOSTILE_STRINGS = [HOSTILE_NAME, HOSTILE_VERSION, HOSTILE_ANSWER, HOSTILE_CONFIG.note, HOSTILE_CORPUS_PATH];

let fixture: LeaderboardFixture;
let board: Leaderboard;
let html: string;
let markdown: string;

async function boardFor(options: { corpusHash?: string; latestOnly?: boolean } = {}): Promise<Leaderboard> {
  const store = openResultsStore(fixture.dbPath);
  try {
    return await buildLeaderboard(store, { latestOnly: options.latestOnly ?? true, corpusHash: options.corpusHash, summary: SUMMARY });
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  fixture = await buildLeaderboardStore();
  board = await boardFor();
  html = await renderLeaderboardHtml(board, { drillDowns: true });
  markdown = renderLeaderboardMarkdown(board);
});

describe('choosing the rows', () => {
  it('keeps one row per adapter × mode × scope: the latest complete run over the latest corpus', () => {
    expect(board.rows).toHaveLength(fixture.expectedRows);
    expect(new Set(board.rows.map((r) => rowKey(r.run))).size).toBe(fixture.expectedRows);
    const ids = board.rows.map((r) => r.run.id);
    expect(ids).toContain(fixture.latestFullContextIsolated.id);
    expect(ids).not.toContain(fixture.olderFullContextIsolated.id);
    expect(ids).not.toContain(fixture.otherCorpusRun.id);
    expect(board.rows.every((r) => r.run.status === 'complete')).toBe(true);
    expect(board.corpus.hash).toBe(fixture.latestFullContextIsolated.corpusHash);
    expect(board.otherCorpora).toEqual([{ corpusHash: fixture.otherCorpusRun.corpusHash, runs: 1 }]);
  });

  it('lists every complete run with --no-latest-only, and tells same-named rows apart', async () => {
    const all = await boardFor({ latestOnly: false });
    expect(all.rows).toHaveLength(fixture.expectedRows + 1);
    expect(new Set(all.rows.map((r) => r.label)).size).toBe(all.rows.length);
  });

  it('restricts to the corpus a hash prefix names, and refuses an unknown one', async () => {
    const other = await boardFor({ corpusHash: fixture.otherCorpusRun.corpusHash.slice(0, 8).toUpperCase() });
    expect(other.rows.map((r) => r.run.id)).toEqual([fixture.otherCorpusRun.id]);
    await expect(boardFor({ corpusHash: 'ffffffffffff-none' })).rejects.toMatchObject({ code: 'UNKNOWN_CORPUS' });
  });

  it('puts the cumulative (headline) mode first, and within each mode/scope ranked systems by headline before the reference baselines', () => {
    const groups = board.rows.map((r) => `${r.run.mode}/${r.run.scope}`);
    expect(groups.lastIndexOf('cumulative/none')).toBeLessThan(groups.indexOf('isolated/none'));
    for (const group of new Set(groups)) {
      const rows = board.rows.filter((r) => `${r.run.mode}/${r.run.scope}` === group);
      const flags = rows.map((r) => r.reference);
      expect(flags, group).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
      const ranked = rows.filter((r) => !r.reference).map((r) => headline(r.summary).rate);
      expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    }
    expect(
      board.rows
        .filter((r) => r.reference)
        .map((r) => r.run.adapterName)
        .sort(),
    ).toEqual(['full-context', 'full-context', 'null', 'null']);
  });
});

describe('LEADERBOARD.md', () => {
  it('has one table row per adapter × mode × scope, with the interval, checkpoints, properties and provenance', () => {
    const tableLines = markdown.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines).toHaveLength(2 + fixture.expectedRows);
    expect(tableLines[0]).toContain('| CP8 questions | Stories | Compliance |');
    expect(tableLines[0]).toMatch(/CP1 \|.*\| CP10 \| P1 \|.*\| P7 \| Run \| Version \| Config \| Grading \| Corpus \| Harness \| Date \|/);
    const fullContext = tableLines.find((l) => l.includes(fixture.latestFullContextIsolated.id));
    expect(fullContext).toMatch(/\| 100\.0% \(\d+\/\d+ · 95% CI [\d.]+–100\.0\) \|/);
    expect(fullContext).toContain('| n/r |');
    expect(markdown).toContain(`sha256 ${board.corpus.hash}`);
    expect(markdown).toContain('**Grading rule:** strict');
    expect(markdown).toMatch(/\*\*Legend\.\*\* n\/r: not reported.*n\/a: not applicable/);
  });

  it('escapes the hostile adapter\u2019s strings', () => {
    expect(markdown).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(markdown).not.toMatch(/<script|<img/i);
  });
});

describe('index.html', () => {
  it('leads with the headline, then one table row per labelled run with references apart, then the charts', () => {
    expect(html.match(/<tr class="(ranked|ref)"/g)).toHaveLength(fixture.expectedRows);
    expect(html.match(/<tbody class="refs">/g)?.length).toBeGreaterThan(0);
    expect(html.indexOf('id="headline"')).toBeLessThan(html.indexOf('id="results"'));
    expect(html.indexOf('id="results"')).toBeLessThan(html.indexOf('id="budget-curve"'));
    expect(html).toMatch(/id="accuracy-cost"[\s\S]*?<svg/);
    expect(html).toMatch(/id="retention"[\s\S]*?<svg/);
    expect(html).toContain('PTE per passed question (log scale)');
    // Every row links to its drill-down page.
    for (const row of board.rows) expect(html).toContain(`href="runs/${row.run.id}.html"`);
  });

  it('shows P1–P7 on every row, and says where no second configuration exists for P6', () => {
    const rows = html.match(/<tr class="(ranked|ref)"[\s\S]*?<\/tr>/g) ?? [];
    for (const row of rows) for (const p of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']) expect(row).toContain(`>${p} `);
    expect(html).toContain('full-context offers no second configuration that reads what the first wrote');
  });

  it('collapses the checkpoints of a system that reports none into one diagnostics cell', () => {
    const nullRow = (html.match(/<tr class="ref"[^>]*>[\s\S]*?<\/tr>/g) ?? []).find((r) =>
      r.includes('<span class="v">null <span class="badge">'),
    );
    expect(nullRow).toMatch(/class="c-diagnostics[^"]*absent"[^>]*>.*none reported/);
  });

  it('is self-contained: no external resource, one inline script that only sorts', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain(`<script>${SORT_SCRIPT}</script>`);
  });

  it('renders every hostile string as text, in the table, the charts and the attributes', () => {
    const withoutOurScript = html.replace(`<script>${SORT_SCRIPT}</script>`, '');
    expect(withoutOurScript).not.toMatch(/<script|<img|<\/script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(html).toContain('1.0&lt;img src=x onerror=alert(&quot;version&quot;)&gt;');
    expect(html).toContain('&quot;note&quot;: &quot;&lt;script&gt;alert(\\&quot;config\\&quot;)&lt;/script&gt;&quot;');
    expect(html).toContain('alert(&quot;path&quot;)');
    for (const hostile of HOSTILE_STRINGS) expect(html).not.toContain(hostile);
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.some((svg) => svg.includes('&lt;script&gt;alert('))).toBe(true);
  });

  it('states the corpus, the grading rule and the legend', () => {
    expect(html).toContain(`title="${board.corpus.hash}">sha256 ${board.corpus.hash.slice(0, 16)}`);
    expect(html).toContain('<strong>strict</strong>');
    expect(html).toMatch(/<span class="key">n\/r<\/span><span>not reported/);
    expect(html).toMatch(/<span class="key">n\/a<\/span><span>not applicable/);
  });
});

describe('threadline leaderboard', () => {
  it('writes LEADERBOARD.md and index.html from the store, takes --no-latest-only, and refuses an unknown corpus', async () => {
    const out = path.join(tempDir(), 'site');
    const result = await runCli(['leaderboard', corpusFixture('mini'), '--db', fixture.dbPath, '--out', out]);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.startsWith('leaderboard: left out'))).toEqual([
      expect.stringMatching(/^leaderboard: left out 1 run\(s\) that are not complete: \S+-unfinished \(running\)$/),
    ]);
    expect(
      lines
        .filter((line) => !line.startsWith('leaderboard: left out'))
        .every((line) => /^leaderboard: summarising run \d+\/\d+ /.test(line)),
    ).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${fixture.expectedRows} rows over corpus ${board.corpus.hash.slice(0, 12)}`);
    expect(readFileSync(path.join(out, 'LEADERBOARD.md'), 'utf8')).toContain('# Threadline leaderboard');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<table class="board">');
    const everyRun = await runCli(['leaderboard', corpusFixture('mini'), '--db', fixture.dbPath, '--out', out, '--no-latest-only']);
    expect(everyRun.stdout).toContain(`${fixture.expectedRows + 1} rows over corpus`);
    const unknown = await runCli(['leaderboard', '--db', fixture.dbPath, '--out', out, '--corpus-hash', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no complete run over a corpus whose hash starts with "nope"');
    // The corpus is chosen explicitly, never by whichever run came last.
    const other = await runCli(['leaderboard', corpusFixture('dialects'), '--db', fixture.dbPath, '--out', out]);
    expect(other.stdout).toMatch(/^1 rows over corpus /);
  });
});
