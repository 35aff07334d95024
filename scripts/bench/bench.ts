/**
 * `npm run bench`: speed and size in real Chromium (never a timed unit test).
 *  - per fixture page: plan+apply of our engine vs Readability.parse() on a clone, entity extraction
 *    (median of LOADS fresh loads each)
 *  - with the built extension loaded: DOMContentLoaded → cleaned, and long tasks (> 50 ms)
 *  - content-script bundle size (minified), with and without Readability
 * Prints a Markdown table to paste into the README.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { type BrowserKind, CHROMIUM_ARGS, fixtureUrl, launchFirefox, launchWithExtension } from '../../tools/browser/harness';
import { ROOT, startFixtureServer } from '../../tools/browser/server';
import type { ProbeResult, StartupResult } from './page-probe';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number): string => x.toFixed(2);

async function probeBundle(kind: BrowserKind): Promise<string> {
  const target = kind === 'chrome' ? 'chrome121' : 'firefox128';
  const out = await build({ absWorkingDir: ROOT, entryPoints: ['scripts/bench/page-probe.ts'], bundle: true, minify: true, format: 'iife', write: false, target });
  return out.outputFiles[0]?.text ?? '';
}

/**
 * Minified bytes of one content-script bundle by part (esbuild metafile), built with the build's own
 * options (runtime rules included): `content` (cleaning, at document_start) or `entities` (recogniser,
 * gazetteers and panel, injected after the first clean).
 */
async function contentParts(bundle: 'content' | 'entities' = 'content'): Promise<Map<string, number>> {
  const { ENTRIES, scriptBuildOptions } = await import('../build/build');
  const out = await build({ ...scriptBuildOptions(true), entryPoints: [ENTRIES[bundle] ?? ''], write: false, metafile: true });
  const parts = new Map<string, number>();
  const partOf = (path: string): string =>
    path.startsWith('src/core/entities') || path.startsWith('src/data') ? 'entity recogniser + gazetteers'
      : path.startsWith('src/rules') ? 'learned rules, runtime form (src/rules)'
      : path.startsWith('src/core') ? 'declutter engine (src/core)'
      : path.startsWith('src/panel') || path.startsWith('src/ui') ? 'entity panel (src/panel)'
      : 'content adapter + shared (src/content, src/shared)';
  for (const [path, info] of Object.entries(Object.values(out.metafile.outputs)[0]?.inputs ?? {})) {
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + info.bytesInOutput);
  }
  return parts;
}

/** The benchmark's own flags for the engine-vs-Readability browser (BENCH_CHROMIUM_ARGS="--js-flags=--no-lazy": what compiling costs). */
const EXTRA_ARGS = (process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);

/**
 * Both engines in the page's own context (Chromium: a script tag; Firefox: WebDriver BiDi evaluation,
 * timers not coarsened), each load a fresh page.
 */
async function engineVsReadability(pages: string[], kind: BrowserKind): Promise<void> {
  const server = await startFixtureServer();
  const chrome = kind === 'chrome';
  const browser = chrome
    ? await puppeteer.launch({
        executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
        headless: true,
        pipe: true,
        args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`, '--ignore-certificate-errors', ...EXTRA_ARGS],
      })
    : await launchFirefox(server.port, await mkdtemp(join(tmpdir(), 'tin-gon-bench-')), { 'privacy.reduceTimerPrecision': false });
  const probe = await probeBundle(kind);
  /** Run `call` (a global the probe defines) in a fresh page showing `url` (or an empty page). */
  const inFreshPage = async <T,>(url: string | null, call: '__tinGonProbe' | '__tinGonStartup'): Promise<T> => {
    const page = await browser.newPage();
    try {
      if (chrome) await page.setBypassCSP(true);
      if (url) await page.goto(url, { waitUntil: 'load' });
      else await page.setContent('<!doctype html><title>bench</title>');
      if (chrome) {
        await page.addScriptTag({ content: probe });
        return (await page.evaluate((name) => (globalThis as unknown as Record<string, () => T>)[name]!(), call)) as T;
      }
      // BiDi evaluation is not bound by the fixture pages' CSP (script-src 'none')
      return (await page.evaluate(`${probe};globalThis.${call}()`)) as T;
    } finally {
      await page.close();
    }
  };
  const name = chrome ? 'Chromium' : 'Firefox ESR';
  console.log(`\n### Engine vs Readability in ${name}, same page (median of ${LOADS} loads)${EXTRA_ARGS.length ? ` — flags: ${EXTRA_ARGS.join(' ')}` : ''}\n`);
  console.log('Cold: the first run in a fresh page, as at DOMContentLoaded (code compiled and run for the first time). Warm: the same work again, same page.\n');
  console.log('| page | KB | ours plan+apply ms, cold | Readability.parse ms, cold | ratio, cold | ours warm | Readability warm | ratio, warm | hidden | entities ms (chars) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cols: Record<'ours' | 'theirs' | 'oursWarm' | 'theirsWarm', number[]> = { ours: [], theirs: [], oursWarm: [], theirsWarm: [] };
  try {
    for (const file of pages) {
      const results: ProbeResult[] = [];
      for (let i = 0; i < LOADS; i++) results.push(await inFreshPage<ProbeResult>(fixtureUrl(file), '__tinGonProbe'));
      const o = median(results.map((r) => r.declutterMs));
      const t = median(results.map((r) => r.readabilityMs));
      const ow = median(results.map((r) => r.declutterWarmMs));
      const tw = median(results.map((r) => r.readabilityWarmMs));
      cols.ours.push(o);
      cols.theirs.push(t);
      cols.oursWarm.push(ow);
      cols.theirsWarm.push(tw);
      const kb = (await stat(join(ROOT, 'fixtures', 'pages', file))).size / 1024;
      const last = results.at(-1);
      console.log(`| ${file.replace(/\.html$/, '')} | ${kb.toFixed(0)} | ${ms(o)} | ${ms(t)} | ${(o / t).toFixed(2)}× | ${ms(ow)} | ${ms(tw)} | ${(ow / tw).toFixed(2)}× | ${last?.hidden ?? 0} | ${ms(median(results.map((r) => r.entitiesMs)))} (${last?.articleChars ?? 0}) |`);
    }
    const [o, t, ow, tw] = [median(cols.ours), median(cols.theirs), median(cols.oursWarm), median(cols.theirsWarm)];
    console.log(`| **median over pages** | | **${ms(o)}** | **${ms(t)}** | **${(o / t).toFixed(2)}×** | **${ms(ow)}** | **${ms(tw)}** | **${(ow / tw).toFixed(2)}×** | | |`);
    // the fixed part of a cold run: the first run of each engine on a 20-element page, in a fresh page
    const startups: StartupResult[] = [];
    for (let i = 0; i < LOADS; i++) startups.push(await inFreshPage<StartupResult>(null, '__tinGonStartup'));
    const so = median(startups.map((r) => r.declutterMs));
    const st = median(startups.map((r) => r.readabilityMs));
    console.log(`\nFixed cost of a first run (a 20-element page in a fresh page, median of ${LOADS}): ours ${ms(so)} ms, Readability ${ms(st)} ms.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const LONG_TASKS = () => {
  const w = globalThis as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** The page's own long tasks (parsing a 400 KB page is one), in a context without the extension: the most over LOADS loads. */
async function longTasksWithoutExtension(browser: Browser, url: string): Promise<number> {
  const context = await browser.createBrowserContext();
  let most = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      await page.evaluateOnNewDocument(LONG_TASKS);
      await page.goto(`${url}?load=${i}`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 200));
      most = Math.max(most, await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks.length));
      await page.close();
    }
  } finally {
    await context.close();
  }
  return most;
}

/**
 * With the built extension loaded in `kind`: DOMContentLoaded → cleaned, the content script's own timings,
 * and (Chromium: Firefox has no Long Tasks API) long tasks. Firefox's timers are coarsened to 1 ms for
 * pages and content scripts; the benchmark profile turns that off (privacy.reduceTimerPrecision).
 */
async function withExtension(pages: string[], kind: BrowserKind): Promise<void> {
  const h = await launchWithExtension(kind, { firefoxPrefs: { 'privacy.reduceTimerPrecision': false } });
  const chrome = kind === 'chrome';
  const version = await h.browser.version();
  console.log(`\n### With the extension loaded in ${chrome ? 'Chromium' : 'Firefox ESR'} (content script at document_start; median of ${LOADS} loads)\n`);
  console.log(`| page | DOMContentLoaded → cleaned ms | declutter ms | entities ms |${chrome ? ' long tasks > 50 ms, with / without the extension |' : ''}`);
  console.log(`|---|---:|---:|---:|${chrome ? '---:|' : ''}`);
  try {
    for (const file of pages) {
      const rows: { dclToClean: number; declutter: number; entities: number; longTasks: number }[] = [];
      for (let i = 0; i < LOADS; i++) {
        const page = await h.browser.newPage();
        if (chrome) await page.evaluateOnNewDocument(LONG_TASKS);
        await page.goto(`${fixtureUrl(file)}?load=${i}`, { waitUntil: 'load' });
        const stats = await h.stats(page);
        const nav = await page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return { dcl: n?.domContentLoadedEventStart ?? 0, longTasks: (globalThis as unknown as { __longTasks?: number[] }).__longTasks?.length ?? 0 };
        });
        if (stats) {
          rows.push({
            dclToClean: Math.max(0, (stats.timings.cleanedAt ?? nav.dcl) - nav.dcl),
            declutter: stats.timings.declutterMs,
            entities: stats.timings.entitiesMs,
            longTasks: nav.longTasks,
          });
        }
        await page.close();
      }
      const cells = [median(rows.map((r) => r.dclToClean)), median(rows.map((r) => r.declutter)), median(rows.map((r) => r.entities))].map(ms);
      if (chrome) cells.push(`${Math.max(0, ...rows.map((r) => r.longTasks))} / ${await longTasksWithoutExtension(h.browser, fixtureUrl(file))}`);
      console.log(`| ${file.replace(/\.html$/, '')} | ${cells.join(' | ')} |`);
    }
  } finally {
    await h.close();
  }
  if (!chrome) console.log(`\n(${version})`);
}

async function sizes(): Promise<void> {
  const shipped = async (file: string): Promise<number> => (await stat(join(ROOT, 'dist', 'chrome', file))).size;
  const readability = (await build({ absWorkingDir: ROOT, entryPoints: ['node_modules/@mozilla/readability/Readability.js'], bundle: true, minify: true, format: 'iife', write: false, charset: 'utf8' })).outputFiles[0]?.contents.length ?? 0;
  console.log('\n### Content-script bundles (minified; neither includes Readability)\n');
  console.log('content.js runs at document_start and cleans; entities.js is injected by the background after the first clean.\n');
  console.log('| bundle | part | bytes |');
  console.log('|---|---|---:|');
  for (const bundle of ['content', 'entities'] as const) {
    for (const [part, bytes] of [...(await contentParts(bundle))].sort((a, b) => b[1] - a[1])) console.log(`| ${bundle}.js | ${part} | ${bytes} |`);
    console.log(`| **${bundle}.js** | **dist/chrome/${bundle}.js as shipped** | **${await shipped(`${bundle}.js`)}** |`);
  }
  console.log(`| | Readability.js alone, for comparison | ${readability} |`);
}

async function main(): Promise<void> {
  // BENCH_PART=engine: only the engine-vs-Readability tables (quick, while working on the engine; no build);
  // BENCH_FIREFOX=0: Chromium only
  const part = process.env.BENCH_PART;
  if (part !== 'engine') execFileSync('npx', ['tsx', 'scripts/build/build.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const chromium = execFileSync(process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`## Tin Gọn benchmark — ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${chromium}; Node ${process.version}`);
  const pages = (await readdir(join(ROOT, 'fixtures', 'pages'))).filter((f) => f.endsWith('.html') && f.includes('__')).sort();
  await engineVsReadability(pages, 'chrome');
  if (process.env.BENCH_FIREFOX !== '0') await engineVsReadability(pages, 'firefox');
  if (part === 'engine') return;
  await withExtension(pages, 'chrome');
  if (process.env.BENCH_FIREFOX !== '0') await withExtension(pages, 'firefox');
  await sizes();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
