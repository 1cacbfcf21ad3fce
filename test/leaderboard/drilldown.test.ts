// The drill-down pages: one per leaderboard row, every question on it, the budgeted part and the
// keywords marked, adapter output kept as text, and `report --format html` writing the same page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLeaderboard, type Leaderboard } from '../../src/leaderboard/leaderboard.js';
import { writeLeaderboard, type WrittenLeaderboard } from '../../src/leaderboard/write.js';
import { answerView, keywordSpans, markSpans, splitAtBudget } from '../../src/report/html/answer-view.js';
import { FILTER_SCRIPT } from '../../src/report/html/filter-script.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { HOSTILE_ANSWER } from '../fixtures/adapters/script-injection.js';
import { runCli } from '../helpers/cli.js';
import { buildLeaderboardStore, type LeaderboardFixture } from './store-fixture.js';

let fixture: LeaderboardFixture;
let board: Leaderboard;
let written: WrittenLeaderboard;
let site: string;

beforeAll(async () => {
  fixture = await buildLeaderboardStore();
  const store = openResultsStore(fixture.dbPath);
  try {
    board = await buildLeaderboard(store, { latestOnly: true, summary: { bootstrapResamples: 200 } });
    site = path.join(fixture.dir, 'site');
    written = await writeLeaderboard(board, site, store);
  } finally {
    store.close();
  }
});

describe('drill-down pages', () => {
  it('writes one page per row, linked from the leaderboard, listing every question asked during play', () => {
    expect(written.drillDownPaths).toHaveLength(board.rows.length);
    const index = readFileSync(written.htmlPath, 'utf8');
    const store = openResultsStore(fixture.dbPath);
    try {
      for (const row of board.rows) {
        const file = path.join(site, 'runs', `${row.run.id}.html`);
        expect(existsSync(file)).toBe(true);
        expect(index).toContain(`href="runs/${row.run.id}.html"`);
        const page = readFileSync(file, 'utf8');
        const asked = store.loadRun(row.run.id).questions.filter((q) => ['final', 'mid', 'trap'].includes(q.phase));
        expect(page.match(/<tr data-outcome=/g)).toHaveLength(asked.length);
        expect(page).toContain(`<script>${FILTER_SCRIPT}</script>`);
        expect(page).toContain('href="../index.html"');
      }
    } finally {
      store.close();
    }
  });

  it('keeps the hostile adapter\u2019s answers as text', () => {
    const hostile = board.rows.find((r) => r.run.adapterName.includes('<script>'));
    const page = readFileSync(path.join(site, 'runs', `${hostile?.run.id}.html`), 'utf8');
    expect(page.replace(`<script>${FILTER_SCRIPT}</script>`, '')).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;answer&quot;)&lt;/script&gt;');
    expect(page).not.toContain(HOSTILE_ANSWER);
  });

  it('names the first failing checkpoint of every failed question and lists every violation', () => {
    for (const row of board.rows) {
      const page = readFileSync(path.join(site, 'runs', `${row.run.id}.html`), 'utf8');
      expect(page.match(/class="viol"/g)?.length ?? 0, row.label).toBe(row.summary.trajectory.violations.length);
      const failed = (page.match(/<tr data-outcome="fail"[\s\S]*?<\/tr>/g) ?? []).filter((r) => !r.includes('data-phase="trap"'));
      for (const r of failed) expect(r).toMatch(/<b>CP\d+<\/b> first failed/);
    }
    const sqlite = board.rows.find((r) => r.run.adapterName === 'sqlite-fts');
    expect(readFileSync(path.join(site, 'runs', `${sqlite?.run.id}.html`), 'utf8')).toMatch(/<tr data-outcome="fail"/);
  });

  it('is what `report <run> --format html` writes', async () => {
    const row = board.rows[0];
    const out = path.join(fixture.dir, 'report.html');
    const result = await runCli(['report', row.run.id, '--db', fixture.dbPath, '--format', 'html', '--out', out]);
    expect(result.code).toBe(0);
    const fromReport = readFileSync(out, 'utf8');
    const fromBoard = readFileSync(path.join(site, 'runs', `${row.run.id}.html`), 'utf8').replace(
      '<a class="back" href="../index.html">← leaderboard</a>',
      '',
    );
    expect(fromReport).toBe(fromBoard);
  }, 60_000);
});

describe('answer view', () => {
  it('splits an answer at its first B o200k tokens', () => {
    const answer = 'alpha beta gamma delta epsilon '.repeat(50);
    const { budgeted, beyond } = splitAtBudget(answer, 10);
    expect(budgeted + beyond).toBe(answer);
    expect(budgeted.length).toBeGreaterThan(10);
    expect(budgeted.length).toBeLessThan(80);
    expect(splitAtBudget('short', 10)).toEqual({ budgeted: 'short', beyond: '' });
  });

  it('marks keywords case-insensitively and escapes everything around them', () => {
    const text = '<b>Dr MacLeod</b> & dr   macleod';
    const spans = keywordSpans(text, ['dr macleod']);
    expect(spans).toHaveLength(2);
    expect(markSpans(text, spans)).toBe('&lt;b&gt;<mark>Dr MacLeod</mark>&lt;/b&gt; &amp; <mark>dr   macleod</mark>');
  });

  it('shows what lies beyond the budget only in part, and says how much is cut', () => {
    const answer = `${'filler words here '.repeat(40)}MacLeod ${'more text '.repeat(200)}`;
    const view = answerView(answer, ['MacLeod'], 16, false);
    expect(view.matchedInBudget).toEqual([]);
    expect(view.html).toMatch(/more characters beyond the budget not shown/);
    expect(view.html.length).toBeLessThan(answer.length);
  });
});
