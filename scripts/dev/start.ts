/**
 * `npm start`: build, then open fixture pages where clutter really is with the extension loaded in
 * Chromium: the pages reconstructed from the seeds (fixtures/pages/seed-*) and the pages of portals the
 * learner never saw (fixtures/heldout: synthetic, and the 24h.com.vn page). The saved vnexpress/dantri
 * pages lost their story lists when they were saved, so they show little.
 * With a display: a real window you can use (close it to stop). Without one: headless, writing
 * before/after screenshots of the article area into artifacts/start/ and printing what was hidden and
 * the entity summary. No network: every hostname is mapped to a local server that serves fixtures/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension } from '../../tools/browser/harness';
import { ROOT } from '../../tools/browser/server';
import type { Page } from 'puppeteer-core';
import type { PageGold } from '../../src/core/gold';
import type { StatsReply } from '../../src/shared/messages';

const OUT = join(ROOT, 'artifacts', 'start');
const GROUP_LABEL = { PERSON: 'Người', LOCATION: 'Địa điểm', ORGANIZATION: 'Tổ chức' } as const;

interface StartPage {
  name: string;
  /** the page's real address (the fixture server answers it), https as Chromium asks for it */
  url: string;
  /** the first article passage of its gold: the screenshots scroll to it */
  passage: string;
}

/** The annotated pages of one fixtures folder whose name passes `keep`. */
async function annotated(dir: string, keep: (name: string) => boolean): Promise<StartPage[]> {
  const out: StartPage[] = [];
  for (const file of (await readdir(join(ROOT, 'fixtures', dir))).sort()) {
    const name = file.replace(/\.gold\.json$/, '');
    if (name === file || !keep(name)) continue;
    const gold = JSON.parse(await readFile(join(ROOT, 'fixtures', dir, file), 'utf8')) as PageGold;
    if (!gold.url) continue;
    out.push({ name, url: gold.url.replace(/^http:/, 'https:'), passage: gold.article[0] ?? '' });
  }
  return out;
}

async function fixturePages(): Promise<StartPage[]> {
  return [...(await annotated('pages', (n) => n.startsWith('seed-'))), ...(await annotated('heldout', () => true))];
}

/** Scroll so the article's first passage is near the top: a screenshot of the article area, not the page's header. */
async function scrollToArticle(page: Page, passage: string): Promise<void> {
  // no named functions inside: tsx would wrap them in a helper the page does not have
  await page.evaluate((start: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // the text node that starts the passage (its parent may be <body> itself for loose text: look at the node)
      const el = n.parentElement;
      if (el && start && (n.nodeValue ?? '').replace(/\s+/g, ' ').includes(start)) {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -40);
        return;
      }
    }
  }, passageStart(passage));
}

const passageStart = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 25);

function printStats(file: string, stats: StatsReply | null): void {
  console.log(`\n■ ${file}`);
  if (!stats) {
    console.log('  (the content script did not answer)');
    return;
  }
  const total = stats.hidden.reduce((n, h) => n + h.count, 0);
  console.log(`  clean mode ${stats.enabled ? 'on' : 'off'} — ${total} blocks hidden in ${stats.timings.declutterMs.toFixed(1)} ms`);
  for (const h of stats.hidden) console.log(`   - [${h.category}] ${h.label} ×${h.count}`);
  for (const type of ['PERSON', 'LOCATION', 'ORGANIZATION'] as const) {
    const names = stats.entities.filter((e) => e.type === type).slice(0, 8);
    if (names.length) console.log(`  ${GROUP_LABEL[type]}: ${names.map((e) => `${e.name}${e.role ? ` (${e.role})` : ''} ×${e.count}`).join(', ')}`);
  }
}

async function main(): Promise<void> {
  execFileSync('npx', ['tsx', 'scripts/build/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && process.env.HEADLESS !== '1';
  const pages = await fixturePages();
  if (headed) {
    const h = await launchWithExtension('chrome', { headless: false });
    for (const p of pages) await h.open(p.url);
    console.log(`Opened ${pages.length} fixture pages with Tin Gọn in Chromium. Close the window to stop.`);
    await new Promise<void>((resolve) => h.browser.on('disconnected', () => resolve()));
    await h.close();
    return;
  }
  await mkdir(OUT, { recursive: true });
  const h = await launchWithExtension('chrome');
  try {
    for (const { name, url, passage } of pages) {
      const before = await (await h.browser.createBrowserContext()).newPage();
      await before.setViewport({ width: 1280, height: 900 });
      await before.goto(url, { waitUntil: 'load' });
      await scrollToArticle(before, passage);
      await before.screenshot({ path: join(OUT, `${name}.before.png`), captureBeyondViewport: false });
      await before.browserContext().close();
      const page = await h.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      const stats = await h.stats(page);
      await scrollToArticle(page, passage);
      await page.screenshot({ path: join(OUT, `${name}.after.png`), captureBeyondViewport: false });
      printStats(name, stats);
      await page.close();
    }
  } finally {
    await h.close();
  }
  console.log(`\nScreenshots (before/after) written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
