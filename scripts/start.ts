/**
 * `npm start`: build, then open the bundled fixture pages with the extension loaded in Chromium.
 * With a display: a real window you can use (close it to stop). Without one: headless, writing
 * before/after screenshots into artifacts/start/ and printing what was hidden and the entity summary.
 * No network: every hostname is mapped to a local server that serves fixtures/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, fixtureUrl } from '../tests/e2e/harness';
import { ROOT } from '../tests/e2e/server';
import type { StatsReply } from '../src/shared/messages';

const OUT = join(ROOT, 'artifacts', 'start');
const GROUP_LABEL = { PERSON: 'Người', LOCATION: 'Địa điểm', ORGANIZATION: 'Tổ chức' } as const;

async function fixturePages(): Promise<string[]> {
  const files = await readdir(join(ROOT, 'fixtures', 'pages'));
  return files.filter((f) => f.endsWith('.html') && f.includes('__')).sort();
}

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
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && process.env.HEADLESS !== '1';
  const pages = await fixturePages();
  if (headed) {
    const h = await launchWithExtension('chrome', { headless: false });
    for (const file of pages) await h.open(fixtureUrl(file));
    console.log(`Opened ${pages.length} fixture pages with Tin Gọn in Chromium. Close the window to stop.`);
    await new Promise<void>((resolve) => h.browser.on('disconnected', () => resolve()));
    await h.close();
    return;
  }
  await mkdir(OUT, { recursive: true });
  const h = await launchWithExtension('chrome');
  try {
    for (const file of pages) {
      const url = fixtureUrl(file);
      const name = file.replace(/\.html$/, '');
      const before = await (await h.browser.createBrowserContext()).newPage();
      await before.setViewport({ width: 1280, height: 900 });
      await before.goto(url, { waitUntil: 'load' });
      await before.screenshot({ path: join(OUT, `${name}.before.png`) });
      await before.browserContext().close();
      const page = await h.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      const stats = await h.stats(page);
      await page.screenshot({ path: join(OUT, `${name}.after.png`) });
      printStats(file, stats);
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
