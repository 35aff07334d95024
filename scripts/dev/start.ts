/**
 * `npm start`: build, then open fixture pages where clutter really is with the extension loaded in
 * Chromium: the pages reconstructed from the seeds (training cases of origin reconstructed) and the pages of
 * portals the learner never saw (the held-out cases: synthetic, e.g. the 24h.com.vn page). The saved vnexpress/dantri
 * pages lost their story lists when they were saved, so they show little.
 * With a display: a real window you can use (close it to stop). Without one: headless, writing
 * before/after screenshots of the article area into artifacts/start/ and printing what was hidden and
 * the entity summary. No network: every hostname is mapped to a local server that serves the fixture cases.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension } from '../../tools/browser/harness';
import { ROOT } from '../../tools/browser/server';
import type { Page } from 'puppeteer-core';
import type { PageGold } from '../../src/core/gold';
import { casePart, cases } from '../../src/offline/fixtures';
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

/** The annotated page cases where clutter really is: the pages reconstructed from the seeds, then the held-out portals. */
function fixturePages(): StartPage[] {
  const reconstructed = cases('train').filter((c) => c.meta.origin === 'reconstructed');
  const out: StartPage[] = [];
  for (const c of [...reconstructed, ...cases('heldout')]) {
    const gold = casePart<PageGold>(c, 'gold.json');
    if (!gold?.url) continue;
    out.push({ name: c.name, url: gold.url.replace(/^http:/, 'https:'), passage: gold.article[0] ?? '' });
  }
  return out;
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
  const pages = fixturePages();
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
      // asking for the stats may have opened the extension's probe page as a new tab: a background tab draws no
      // frames in headless Chromium, and its screenshot waits for one (it timed out once, 2026-12-06)
      await page.bringToFront();
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
