/**
 * The README's before/after pair: a real portal fixture, full page, in headless Chromium —
 * "before" in a browser context without the extension, "after" with it.
 *   npx tsx scripts/readme-shots.ts
 */
import { join } from 'node:path';
import { fixtureUrl, launchWithExtension } from '../../tools/browser/harness';
import { ROOT } from '../../tools/browser/server';

const FIXTURE = 'dantri.com.vn__gia-vang-giam-van-cao-hon-the-gioi.html';
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 0.4 };

const h = await launchWithExtension('chrome');
try {
  const context = await h.browser.createBrowserContext();
  const before = await context.newPage();
  await before.setViewport(VIEWPORT);
  await before.goto(fixtureUrl(FIXTURE), { waitUntil: 'load' });
  await before.screenshot({ path: join(ROOT, 'docs/screenshots/dantri-before.png'), fullPage: true });
  await context.close();

  const after = await h.browser.newPage();
  await after.setViewport(VIEWPORT);
  await after.goto(fixtureUrl(FIXTURE), { waitUntil: 'load' });
  const stats = await h.stats(after);
  await after.screenshot({ path: join(ROOT, 'docs/screenshots/dantri-after.png'), fullPage: true });
  console.log('hidden:', stats?.hidden.map((x) => `${x.category}: ${x.label}`).join('; '));
} finally {
  await h.close();
}
