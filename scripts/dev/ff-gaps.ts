/**
 * Scratch-grade timeline for the budget work (issue 10), in Firefox (no long-task API there): opens a hostile page
 * with the built extension, and prints the page-side 10 ms timer's gaps over 50 ms against DOMContentLoaded, the
 * extension's marks (first hide attribute, its style element, the panel host) as a page MutationObserver saw them,
 * and the stats reply's timings. Run under the browser lock:
 *   flock /tmp/tin-gon-browser.lock npx tsx scripts/dev/ff-gaps.ts /iframes [runs] [chrome] [--plain]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox, launchWithExtension } from '../../tools/browser/harness';
import { HOSTILE_HOST } from '../../tools/browser/hostile-pages';
import { HIDE_ATTR, PANEL_HOST_TAG, STYLE_ID } from '../../src/core/marks';

const path = process.argv[2] ?? '/iframes';
const runs = Number(process.argv[3] ?? 3);
const kind = process.argv[4] === 'chrome' ? 'chrome' : 'firefox';
/** --plain (Firefox): the same pages in a browser without the extension; a Gecko profile (MOZ_PROFILER_*) is of that browser only */
const plainRun = process.argv.includes('--plain');
const profilerEnv = Object.entries(process.env).filter(([k]) => k.startsWith('MOZ_PROFILER'));
if (plainRun) for (const [k] of profilerEnv) delete process.env[k];
const h = await launchWithExtension(kind);
if (plainRun) for (const [k, v] of profilerEnv) process.env[k] = v;
const plainDir = plainRun ? await mkdtemp(join(tmpdir(), 'tin-gon-plain-')) : null;
const plain = plainDir ? await launchFirefox(h.server.port, plainDir) : null;
try {
  // the background wrote its defaults (as tests/e2e/helpers-content.ts waitReady)
  for (let i = 0; i < 200 && !(await h.inExtension(async (api) => (await api.storage.local.get('ready')).ready === true, null)); i++) await new Promise((r) => setTimeout(r, 100));
  for (let r = 0; r < runs; r++) {
    const page = plain ? await plain.newPage() : await h.open(`http://${HOSTILE_HOST}/empty?run=${r}`);
    const tabId = plain ? -1 : await h.tabIdOf(page);
    await page.goto(`http://${HOSTILE_HOST}${path}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    // marks, as the page sees them appear (polled from the page: a MutationObserver set now misses the early ones)
    // (a string: tsx's helpers do not exist in the page)
    await page.evaluate(`(() => {
      window.__marks = {};
      const seen = (k) => { window.__marks[k] ??= Math.round(performance.now()); };
      const check = () => {
        if (document.querySelector('[${HIDE_ATTR}]')) seen('hide');
        if (document.getElementById('${STYLE_ID}')) seen('style');
        if (document.querySelector('${PANEL_HOST_TAG}')) seen('panel');
      };
      check();
      new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    })()`);
    await page.waitForFunction('document.readyState === "complete"', { timeout: 180_000 });
    await new Promise((res) => setTimeout(res, 3000));
    const stats = (plain ? {} : await h.inExtension(async (api, id: number) => api.tabs.sendMessage(id, { type: 'tin-gon/stats' }), tabId)) as { timings?: Record<string, number> };
    const probe = (await page.evaluate('({ probe: window.__probe, marks: window.__marks, hidden: document.hidden })')) as { probe: { gaps: { at: number; ms: number }[]; dcl: number; maxGap: number }; marks: Record<string, number>; hidden: boolean };
    const dcl = probe.probe.dcl;
    const rel = (t: number): string => `${t - dcl >= 0 ? '+' : ''}${Math.round(t - dcl)}`;
    console.log(`run ${r}: dcl ${Math.round(dcl)} ms, hidden ${probe.hidden}, max gap ${probe.probe.maxGap}; marks ${Object.entries(probe.marks).map(([k, v]) => `${k} ${rel(v)}`).join(', ')}; timings ${JSON.stringify(stats.timings)}`);
    console.log(`  gaps (end rel. DCL / ms): ${probe.probe.gaps.map((g) => `${rel(g.at)}/${g.ms}`).join('  ')}`);
    await page.close();
  }
} finally {
  await plain?.close();
  if (plainDir) await rm(plainDir, { recursive: true, force: true });
  await h.close();
}
