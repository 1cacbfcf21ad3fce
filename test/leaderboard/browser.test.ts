// index.html in a real browser (headless Chromium from the system, never downloaded): the table
// and both charts render, sorting works, nothing logs an error, and no hostile string runs.
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
import { buildLeaderboardStore } from './store-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`\n!!! SKIPPING the leaderboard browser test: ${CHROMIUM} is absent (install it with \`apt-get install -y chromium\`; browsers are never downloaded) !!!\n`);
}

describe.skipIf(!haveChromium)('index.html in headless Chromium', () => {
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
      const board = await buildLeaderboard(store, { latestOnly: true, summary: { bootstrapResamples: 200 } });
      dir = path.join(fixture.dir, 'site');
      await writeLeaderboard(board, dir);
    } finally {
      store.close();
    }
    context = await chromium.launchPersistentContext(tempDir('threadline-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 900 },
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

  it('renders one visible table row per adapter × mode × scope', async () => {
    const rows = page.locator('table.board tbody tr');
    await expect(rows.count()).resolves.toBe(expectedRows);
    for (const row of await rows.all()) {
      const box = await row.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
    }
    // The hostile adapter's name is text in its row headers, not an element.
    await expect(page.getByRole('rowheader', { name: HOSTILE_NAME, exact: true }).count()).resolves.toBe(2);
  });

  it('renders both charts as visible SVG with marks', async () => {
    for (const id of ['accuracy-cost', 'retention']) {
      const svg = page.locator(`#${id} svg`);
      await expect(svg.count()).resolves.toBe(1);
      const box = await svg.boundingBox();
      expect(box?.width, id).toBeGreaterThan(200);
      expect(box?.height, id).toBeGreaterThan(150);
      await expect(svg.locator('.role-mark path, .role-mark text').count()).resolves.toBeGreaterThan(0);
    }
  });

  it('sorts the table when a column heading is clicked', async () => {
    const heading = page.locator('thead th.c-pte');
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
    const keys = await page.locator('tbody td.c-pte').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort ?? ''));
    const numbers = keys.filter((k) => k !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(keys.slice(numbers.length).every((k) => k === '')).toBe(true);
  });

  it('leaves a screenshot in test-artifacts/, and logs no error, opens no dialog, fetches nothing', async () => {
    const shot = path.join(dir, 'leaderboard.png');
    await page.reload({ waitUntil: 'load' });
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
