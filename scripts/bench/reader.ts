/**
 * Speed where the reader is, in one browser: for every page, LOADS times (interleaved, so a busy
 * moment of the machine hits all columns alike)
 *  - with the built extension loaded (content script at document_start): DOMContentLoaded → cleaned and
 *    the content script's own `timings.declutterMs` (the `tin-gon/stats` reply);
 *  - in a browser without the extension, each in a fresh page: a cold Readability.parse() of the page, and
 *    the same engine run as a page script (PageCleaner.apply, as the content script runs it).
 * Firefox coarsens timers for pages and content scripts to 1 ms: the benchmark profiles turn that off.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type BrowserKind, CHROMIUM_ARGS, launchFirefox, launchWithExtension } from '../../tools/browser/harness';
import { startFixtureServer } from '../../tools/browser/server';
import { type BenchPage, loadUrl } from './pages';
import type { ColdResult, Probe, StartupResult } from './page-probe';

export interface PageRow {
  page: BenchPage;
  elements: number;
  hidden: number;
  /** per load, in load order (NaN when that load gave no figure) */
  dclToCleaned: number[];
  declutter: number[];
  pageScript: number[];
  pageScriptWarm: number[];
  readability: number[];
  readabilityWarm: number[];
  /** Chromium: long tasks (> 50 ms) seen with the extension, most in one load */
  longTasks: number;
}

export interface BrowserRun {
  kind: BrowserKind;
  version: string;
  rows: PageRow[];
  startup: StartupResult[];
}

const NO_TIMER_COARSENING = { 'privacy.reduceTimerPrecision': false };
/** BENCH_EXT_CHROMIUM_ARGS: flags for the Chromium WITH the extension (an A/B of a browser setting, e.g. site isolation) */
const EXT_ARGS = (process.env.BENCH_EXT_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);
/** BENCH_EXT_FIREFOX_PREFS: JSON of preferences for the Firefox WITH the extension (e.g. {"fission.autostart":false}) */
const EXT_PREFS = JSON.parse(process.env.BENCH_EXT_FIREFOX_PREFS ?? '{}') as Record<string, unknown>;
/** A busy shared machine can take far longer than puppeteer's 30 s to load a page. */
const NAVIGATION_TIMEOUT_MS = 120_000;

/** One load's figure, or NaN (and a line on stderr) when that load failed: one bad load must not lose a run. */
async function orNaN<T>(what: string, run: () => Promise<T>, failed: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`bench: ${what} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return failed;
  }
}

/** The probe as a page script, and the CSP hash that lets exactly it run. */
async function probeScript(): Promise<{ code: string; hash: string }> {
  // the content script's own build options (minified, syntax target of the oldest supported browsers)
  const { scriptBuildOptions } = await import('../build/build');
  const out = await build({ ...scriptBuildOptions(true), entryPoints: ['scripts/bench/page-probe.ts'], write: false, charset: 'ascii' });
  const code = out.outputFiles[0]?.text ?? '';
  return { code, hash: createHash('sha256').update(code, 'utf8').digest('base64') };
}

const LONG_TASKS = (): void => {
  const w = globalThis as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** A browser without the extension, pages allowed to run only the probe. */
async function plainBrowser(kind: BrowserKind, hash: string, extraArgs: string[]): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const server = await startFixtureServer({ scriptHashes: [hash] });
  const profile = await mkdtemp(join(tmpdir(), 'tin-gon-bench-'));
  const browser =
    kind === 'chrome'
      ? await puppeteer.launch({
          executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
          headless: true,
          pipe: true,
          userDataDir: profile,
          args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`, '--ignore-certificate-errors', ...extraArgs],
        })
      : await launchFirefox(server.port, profile, NO_TIMER_COARSENING);
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Load `url` in a fresh tab, insert the probe as a page script, run one of its calls. */
async function probeIn<T>(browser: Browser, code: string, url: string, call: keyof Probe): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    await page.addScriptTag({ content: code });
    return (await page.evaluate((name) => (globalThis as unknown as { __tinGonBench: Record<string, () => unknown> }).__tinGonBench[name]!(), call)) as T;
  } finally {
    await page.close();
  }
}

/** One load with the extension: its stats reply against the page's DOMContentLoaded. */
async function withExtensionOnce(
  h: Awaited<ReturnType<typeof launchWithExtension>>,
  url: string,
): Promise<{ dclToCleaned: number; declutter: number; longTasks: number; hidden: number }> {
  const page: Page = await h.browser.newPage();
  try {
    if (h.kind === 'chrome') await page.evaluateOnNewDocument(LONG_TASKS);
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    const stats = await h.stats(page);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { dcl: n?.domContentLoadedEventStart ?? NaN, longTasks: (globalThis as unknown as { __longTasks?: number[] }).__longTasks?.length ?? 0 };
    });
    if (!stats?.enabled || stats.timings.cleanedAt === undefined) return { dclToCleaned: NaN, declutter: NaN, longTasks: nav.longTasks, hidden: 0 };
    return {
      dclToCleaned: stats.timings.cleanedAt - nav.dcl,
      declutter: stats.timings.declutterMs,
      longTasks: nav.longTasks,
      hidden: stats.hidden.reduce((n, c) => n + c.count, 0),
    };
  } finally {
    await page.close();
  }
}

export async function measureBrowser(kind: BrowserKind, pages: BenchPage[], loads: number, extraArgs: string[] = []): Promise<BrowserRun> {
  const { code, hash } = await probeScript();
  const h = await launchWithExtension(kind, { firefoxPrefs: { ...NO_TIMER_COARSENING, ...EXT_PREFS }, chromiumArgs: EXT_ARGS });
  const plain = await plainBrowser(kind, hash, extraArgs);
  const version = await plain.browser.version();
  const rows: PageRow[] = [];
  const startup: StartupResult[] = [];
  try {
    for (const page of pages) {
      const row: PageRow = { page, elements: 0, hidden: 0, dclToCleaned: [], declutter: [], pageScript: [], pageScriptWarm: [], readability: [], readabilityWarm: [], longTasks: 0 };
      for (let i = 0; i < loads; i++) {
        const noFigure = { ms: NaN, warmMs: NaN, elements: 0, hidden: 0 };
        const ext = await orNaN(`${page.name} with the extension`, () => withExtensionOnce(h, loadUrl(page.url, i, 'ext')), { dclToCleaned: NaN, declutter: NaN, longTasks: 0, hidden: 0 });
        row.dclToCleaned.push(ext.dclToCleaned);
        row.declutter.push(ext.declutter);
        row.longTasks = Math.max(row.longTasks, ext.longTasks);
        row.hidden = Math.max(row.hidden, ext.hidden);
        const engine = await orNaN(`${page.name} page script`, () => probeIn<ColdResult>(plain.browser, code, loadUrl(page.url, i, 'engine'), 'engineCold'), noFigure);
        row.pageScript.push(engine.ms);
        row.pageScriptWarm.push(engine.warmMs);
        row.elements = Math.max(row.elements, engine.elements);
        const theirs = await orNaN(`${page.name} Readability`, () => probeIn<ColdResult>(plain.browser, code, loadUrl(page.url, i, 'readability'), 'readabilityCold'), noFigure);
        row.readability.push(theirs.ms);
        row.readabilityWarm.push(theirs.warmMs);
      }
      rows.push(row);
      process.stderr.write(`bench ${kind}: ${page.name}\n`);
    }
    for (let i = 0; i < loads; i++) {
      startup.push(await orNaN('startup', () => probeIn<StartupResult>(plain.browser, code, `http://cua-hang.test/?bench=startup-${i}`, 'startup'), { documentStartMs: NaN, declutterMs: NaN, readabilityMs: NaN }));
    }
  } finally {
    await h.close();
    await plain.close();
  }
  return { kind, version, rows, startup };
}
