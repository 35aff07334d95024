/**
 * Scratch-grade: one fixture case in Firefox with the built extension, LOADS times (as the bench's content-script
 * column: a fresh tab, `?bench=ext-i`), printing the stats reply's timings (declutterMs, slices) against the page's
 * DOMContentLoaded. Meant to run under the Gecko profiler (issue 10: the 24h.com.vn portal page's content-script
 * declutter, 4.5× the same engine as a page script), then read with scripts/dev/gecko-ours.mjs:
 *   MOZ_PROFILER_STARTUP=1 MOZ_PROFILER_STARTUP_ENTRIES=20000000 MOZ_PROFILER_STARTUP_INTERVAL=1 \
 *   MOZ_PROFILER_STARTUP_FEATURES=js,stackwalk,cpu MOZ_PROFILER_STARTUP_FILTERS=GeckoMain \
 *   MOZ_PROFILER_SHUTDOWN=/tmp/ffprof.json flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/ff-page.ts 24h.com.vn__4 3
 * FF_PAGE_PREFS='{"…":…}' adds Firefox preferences (an A/B of a browser setting).
 */
import { launchWithExtension } from '../../tools/browser/harness';
import { closeWritingProfile } from '../../tools/browser/gecko-tasks';
import { caseFromArg, caseUrl } from '../../src/offline/fixtures';
import { loadUrl } from '../bench/pages';

const c = caseFromArg(process.argv[2] ?? '24h.com.vn__4-ti-phu-giau-nhat-viet-nam');
const loads = Number(process.argv[3] ?? 3);
const prefs = JSON.parse(process.env.FF_PAGE_PREFS ?? '{}') as Record<string, unknown>;
const h = await launchWithExtension('firefox', { firefoxPrefs: { 'privacy.reduceTimerPrecision': false, ...prefs } });
try {
  for (let i = 0; i < loads; i++) {
    const page = await h.browser.newPage();
    await page.goto(loadUrl(caseUrl(c), i, 'ext'), { waitUntil: 'load', timeout: 120_000 });
    const stats = await h.stats(page);
    const nav = (await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventStart, load: n.loadEventStart, origin: performance.timeOrigin }; })()`)) as { dcl: number; load: number; origin: number };
    const t = stats?.timings;
    console.log(`load ${i}: timeOrigin ${Math.round(nav.origin)}, DCL ${nav.dcl.toFixed(1)}, load ${nav.load.toFixed(1)}, cleanedAt ${t?.cleanedAt?.toFixed(1)} (DCL→cleaned ${t?.cleanedAt === undefined ? '?' : (t.cleanedAt - nav.dcl).toFixed(1)}), timings ${JSON.stringify(t)}`);
    await page.close();
  }
} finally {
  // with MOZ_PROFILER_SHUTDOWN: quit so that Firefox writes the profile (tools/browser/gecko-tasks.ts)
  if (process.env.MOZ_PROFILER_SHUTDOWN) await closeWritingProfile(h.browser, 120_000);
  await h.close();
}
