// Screenshots of the published pages for the README: results/index.html and one drill-down page,
// opened in headless Chromium from the system (never downloaded) at 1,400 px, as a reader would.
// Usage: node --import tsx scripts/screenshots.ts [results-dir]
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const dir = path.resolve(process.argv[2] ?? 'results');
if (!existsSync(CHROMIUM)) {
  console.error(`screenshots skipped: ${CHROMIUM} is absent (apt-get install -y chromium; set CHROMIUM to use another)`);
  process.exit(1);
}
const shots = path.join(dir, 'screenshots');
mkdirSync(shots, { recursive: true });
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'threadline-shots-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1400, height: 900 },
});
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
  await page.screenshot({ path: path.join(shots, 'leaderboard.png'), fullPage: true });
  // The drill-down of the first ranked row, filtered to its failures: what a reader opens next.
  const links = page.locator('tbody.ranked a[href^="runs/"]');
  const href = (await links.count()) > 0 ? await links.first().getAttribute('href') : null;
  const runs = path.join(dir, 'runs');
  const target = href ? path.join(dir, decodeURIComponent(href)) : existsSync(runs) ? path.join(runs, readdirSync(runs)[0] ?? '') : '';
  if (target && existsSync(target)) {
    await page.goto(pathToFileURL(target).href, { waitUntil: 'load' });
    await page.selectOption('select[data-filter="outcome"]', 'fail');
    await page.screenshot({ path: path.join(shots, 'drilldown.png'), fullPage: false });
  }
  console.log(`screenshots in ${shots}`);
} finally {
  await context.close();
}
