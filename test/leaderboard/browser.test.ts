// index.html and a drill-down page in a real browser (headless Chromium from the system, never
// downloaded) at 1,400 px, as a reader would look at them: the table fits without scrolling
// sideways, every chart label lies inside its chart, legend entries are unique and whole, the
// drill-down filters change the visible rows, nothing logs an error, and no hostile string runs.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeaderboard } from '../../src/leaderboard/leaderboard.js';
import { writeLeaderboard } from '../../src/leaderboard/write.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { HOSTILE_NAME } from '../fixtures/adapters/script-injection.js';
import { REPO, tempDir } from '../helpers/paths.js';
import { withBudgetCurves } from './budget-fixture.js';
import { buildLeaderboardStore } from './store-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const WIDTH = 1400;
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `\n!!! SKIPPING the leaderboard browser test: ${CHROMIUM} is absent (install it with \`apt-get install -y chromium\`; browsers are never downloaded) !!!\n`,
  );
}

describe.skipIf(!haveChromium)('the leaderboard and a drill-down page in headless Chromium at 1,400 px', () => {
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let expectedRows: number;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const externalRequests: string[] = [];

  beforeAll(async () => {
    const fixture = await buildLeaderboardStore();
    expectedRows = fixture.expectedRows;
    const store = openResultsStore(fixture.dbPath);
    try {
      const board = withBudgetCurves(await buildLeaderboard(store, { latestOnly: true, summary: { bootstrapResamples: 200 } }));
      dir = path.join(fixture.dir, 'site');
      await writeLeaderboard(board, dir, store);
    } finally {
      store.close();
    }
    context = await chromium.launchPersistentContext(tempDir('threadline-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: WIDTH, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!/^(file|data):/.test(request.url())) externalRequests.push(request.url());
    });
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('renders one visible row per labelled run, with the hostile name as text', async () => {
    const rows = page.locator('table.board tbody tr:not(.group)');
    await expect(rows.count()).resolves.toBe(expectedRows);
    for (const row of await rows.all()) {
      const box = await row.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
    }
    await expect(page.getByRole('rowheader', { name: HOSTILE_NAME }).count()).resolves.toBe(2);
  });

  it('fits the main table in the window: no horizontal scroll', async () => {
    const widths = await page.evaluate(() => {
      const scroller = document.querySelector('.table-scroll') as HTMLElement;
      return { scroll: scroller.scrollWidth, client: scroller.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.page).toBeLessThanOrEqual(WIDTH);
  });

  it('draws the three charts, with every visible label inside its chart and the point labels inside the plot frame', async () => {
    for (const id of ['budget-curve', 'accuracy-cost', 'retention']) {
      const svg = page.locator(`#${id} svg`);
      await expect(svg.count(), id).resolves.toBe(1);
      const outside = await svg.evaluate((root) => {
        const frame = root.getBoundingClientRect();
        const bad: string[] = [];
        for (const text of root.querySelectorAll('text')) {
          if (Number(getComputedStyle(text).opacity) === 0 || text.getAttribute('opacity') === '0' || !text.textContent) continue;
          const box = text.getBoundingClientRect();
          if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
            bad.push(text.textContent);
        }
        return bad;
      });
      expect(outside, id).toEqual([]);
      await expect(svg.locator('.role-mark path, .role-mark text').count(), id).resolves.toBeGreaterThan(0);
    }
    const labels = await page.locator('#accuracy-cost svg').evaluate((root) => {
      const plot = root.querySelector('.role-frame.root > g > path.background')?.getBoundingClientRect();
      const shown = [...root.querySelectorAll('.point_labels text')].filter((t) => t.getAttribute('opacity') !== '0');
      const outside = shown.filter((t) => {
        const b = t.getBoundingClientRect();
        return !plot || b.left < plot.left - 0.5 || b.right > plot.right + 0.5 || b.top < plot.top - 0.5 || b.bottom > plot.bottom + 0.5;
      });
      return { shown: shown.length, outside: outside.map((t) => t.textContent) };
    });
    expect(labels.shown).toBeGreaterThan(0);
    expect(labels.outside).toEqual([]);
  });

  it('has unique, whole legend entries in every chart', async () => {
    for (const svg of await page.locator('figure.card svg').all()) {
      const entries = await svg.locator('.role-legend-label text').allTextContents();
      expect(new Set(entries).size).toBe(entries.length);
      for (const entry of entries) expect(entry).not.toMatch(/…$/);
    }
  });

  it('sorts within each group when a column heading is clicked', async () => {
    const heading = page.locator('thead th.c-pte');
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
    for (const body of await page.locator('table.board tbody').all()) {
      const keys = await body.locator('td.c-pte').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort ?? ''));
      const numbers = keys.filter((k) => k !== '').map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      expect(keys.slice(numbers.length).every((k) => k === '')).toBe(true);
    }
  });

  it('opens a drill-down page from a row whose filters change the visible rows', async () => {
    // sqlite-fts (top-5 sentences) passes some questions of the mini corpus and fails others.
    await page.locator('tbody.ranked tr', { hasText: 'sqlite-fts' }).locator('a', { hasText: 'questions' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/runs\/[^/]+\.html$/);
    const rows = page.locator('tbody.questions tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(0);
    const visible = () => page.locator('tbody.questions tr:not([hidden])').count();
    await page.selectOption('select[data-filter="outcome"]', 'pass');
    const passed = await visible();
    expect(passed).toBe(await page.locator('tbody.questions tr[data-outcome="pass"]').count());
    expect(passed).toBeLessThan(all);
    await expect(page.locator('#shown').textContent()).resolves.toBe(String(passed));
    const story = await page.locator('select[data-filter="story"] option').nth(1).getAttribute('value');
    await page.selectOption('select[data-filter="story"]', story ?? '');
    expect(await visible()).toBeLessThanOrEqual(passed);
    await page.click('#reset');
    expect(await visible()).toBe(all);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'drilldown.png') });
  });

  it('leaves screenshots in test-artifacts/, and logs no error, opens no dialog, fetches nothing', async () => {
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
    const shot = path.join(dir, 'leaderboard.png');
    await page.screenshot({ path: shot, fullPage: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(shot, path.join(ARTIFACTS, 'leaderboard.png'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'leaderboard-dark.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
