/**
 * Hostile pages (tools/browser/hostile-pages.ts), each with and without the extension, in one browser:
 *  - no main-thread task over EXTRA_STALL_MS (50 ms) of ours. Attributed in both browsers: each task's time is
 *    split into our code's and the rest from samples with an extension frame on the stack — Chromium from a
 *    trace and a CPU profile of the page (tools/browser/chrome-tasks.ts), Firefox from its own profiler, started
 *    with a browser of its own for each run and read when it quits (tools/browser/gecko-tasks.ts). Beside it
 *    the page-side measures the issue names: the largest long task with and without the extension (Chromium) and
 *    the largest gap of a page-side 10 ms timer with and without it (both browsers);
 *  - the stats answer within one second, as the reader gets them: the popup's own ask (src/popup/stats-source.ts
 *    askStats: the background's snapshot and the tab's live reply at once), run in an extension page right after
 *    DOMContentLoaded; the live reply's time is printed beside it;
 *  - article text never hidden, the page not broken (its own scripts ran to the end).
 * Why attribution: the page's own tasks vary more than the budget. Chromium 150, the 20-iframe page's last parser
 * task: 15–385 ms with no extension, 92–205 with an empty content script, 42–203 with ours (2026-12-06, load 4–5;
 * docs/speed-2026-12-06d.md). Firefox ESR 140, the same page's largest timer gap: 345–1,133 ms without the
 * extension in CI on 2026-12-06, where the floor of five runs with it minus the floor of five without was 141 ms
 * — a failure on noise alone (medians had failed the same way before: 556 / 423). 10,000 unclosed <div>s in
 * Firefox: a parse stall of 442–1,363 ms over a day, with or without us (docs/firefox-2026-12-06.md).
 * A page that fails its first run is measured RUNS times in all (with and without, interleaved) and the floor
 * counts: the machine's noise only ever adds (a busy core stretches our slices too), so the smallest of several
 * runs is the best estimate of the cost itself, while a task of ours over the budget is there in every run and
 * raises the floor as much (stop 12's 72–105 ms recogniser slice would still fail). The re-runs alternate the
 * order (without first, then with first, …): the first load of a page in a browser carries cold costs of its own.
 *
 * Figures are printed as a table row per page (docs/budgets.md). HOSTILE_FULL=1 runs the appending page
 * for the full 60 s; by default 6 s. HOSTILE_QUICK=1 runs only the `quick` pages (the appending page and the
 * iframes: about a minute per browser): that is what `npm test` runs; `npm run test:hostile` runs all seven.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, type BrowserKind, type Harness } from '../../tools/browser/harness';
import { startFixtureServer, type FixtureServer } from '../../tools/browser/server';
import { launchForContentTests, writeSettings } from './helpers-content';
import { HOSTILE_HOST } from '../../tools/browser/hostile-pages';
import { startTaskTrace, type TaskShare } from '../../tools/browser/chrome-tasks';
import { closeWritingProfile, geckoProfilerEnv, geckoTasks, type GeckoProfile } from '../../tools/browser/gecko-tasks';
import type { StatsReply } from '../../src/shared/messages';
import { askStats, type StatsApi } from '../../src/popup/stats-source';

/** A stall of ours over 50 ms on top of the page's own, less what a busy shared machine adds by itself. */
const EXTRA_STALL_MS = 50;
const STATS_LIMIT_MS = 1000;
const FULL = process.env.HOSTILE_FULL === '1';
const QUICK = process.env.HOSTILE_QUICK === '1';
/** HOSTILE_PAGES=regex: only the pages whose name matches */
const ONLY = process.env.HOSTILE_PAGES ? new RegExp(process.env.HOSTILE_PAGES) : null;
const APPEND_MS = FULL ? 60_000 : 6_000;
/** runs of a page that failed its first */
const RUNS = Math.max(1, Number(process.env.HOSTILE_RUNS ?? 5));
/** HOSTILE_ALL_RUNS=1: measure every page RUNS times even when its first run passes (a figure per run, not only the floor) */
const ALL_RUNS = process.env.HOSTILE_ALL_RUNS === '1';
/** HOSTILE_KEEP_PROFILES=DIR: keep each Firefox run's Gecko profile there (read it with scripts/dev/gecko-ours.mjs) */
const KEEP_PROFILES = process.env.HOSTILE_KEEP_PROFILES;

interface Probe {
  longTasks: { start: number; ms: number }[];
  maxGap: number;
  maxGapAt: number;
  gaps: { at: number; ms: number }[];
  dcl: number;
}

interface Case {
  name: string;
  path: string;
  /** wait until the page's own work is done (and the extension had time for its share); `withExt`: the extension's run */
  settle: (page: Page, withExt: boolean) => Promise<void>;
  /** the page's own scripts ran to the end / it still works */
  check?: (page: Page, stats: StatsReply | null) => Promise<void>;
  /** the page has an article whose paragraphs (p.body-text) must stay visible */
  article: boolean;
  /** cheap enough for every `npm test` (HOSTILE_QUICK) */
  quick?: boolean;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const waitFor = async (page: Page, fn: string, timeoutMs: number): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await page.evaluate(fn).catch(() => false)) return;
    await pause(200);
  }
  throw new Error(`timed out waiting for ${fn}`);
};

const CASES: Case[] = [
  {
    name: 'big article, 60,000 comments in <article>',
    path: '/big-article?comments=60000',
    article: true,
    // with the extension, the whole sliced clean is measured (its marks are on: the related box is hidden),
    // then what follows it (entities.js, recognition, learning)
    settle: (page, withExt) => (withExt ? waitFor(page, 'document.querySelector("[data-tin-gon-hide]") !== null', 180_000) : Promise.resolve()).then(() => pause(4000)),
  },
  {
    name: `appends 100 nodes every 10 ms for ${APPEND_MS / 1000} s`,
    path: `/appender?ms=${APPEND_MS}&every=10&batch=100`,
    article: true,
    quick: true,
    settle: (page) => waitFor(page, 'window.__appendDone !== undefined', APPEND_MS + 60_000).then(() => pause(1500)),
    check: async (page) => {
      const n = (await page.evaluate('document.querySelectorAll("#feed li").length')) as number;
      expect(n).toBe(await page.evaluate('window.__appendDone'));
    },
  },
  {
    name: 'removes our stylesheet and marks',
    path: '/fighter',
    article: true,
    settle: () => pause(5000),
    check: async (page, stats) => {
      const fights = (await page.evaluate('window.__fights')) as number;
      expect(fights).toBeLessThanOrEqual(10);
      expect(stats?.gaveUp).toBe('page-removes-marks');
    },
  },
  {
    name: '5,000 teasers by infinite scroll',
    path: '/infinite?teasers=5000',
    article: true,
    settle: (page) => waitFor(page, 'window.__teasers === 5000', 60_000).then(() => pause(1500)),
  },
  { name: '20 same-site and cross-site iframes', path: '/iframes', article: true, quick: true, settle: () => pause(2500) },
  { name: 'empty page', path: '/empty', article: false, settle: () => pause(1500) },
  { name: '10,000 unclosed <div>s', path: '/deep?depth=10000', article: true, settle: () => pause(2500) },
];

/** The popup's ask, timed: its first answer (`ms`, `reply`) and when the live reply came. */
interface TimedStats {
  ms: number;
  reply: StatsReply | null;
  liveMs: number | null;
}

interface Run {
  largestTask: number;
  maxGap: number;
  /** the largest timer gap that started after DOMContentLoaded (the clean starts there) */
  gapAfterDcl: number;
  statsMs: number | null;
  stats: StatsReply | null;
  /** when the content script's own (live) reply came, ms after the ask (null: none within the popup's wait) — printed */
  liveMs: number | null;
  /** Chromium with the extension: the task in which our code ran longest (tools/browser/chrome-tasks.ts) */
  ours: TaskShare | null;
}

async function measure(page: Page, c: Case, url: string, stats: () => Promise<TimedStats | null>, withExt: boolean, kind: BrowserKind): Promise<Run> {
  page.setDefaultNavigationTimeout(180_000);
  page.setDefaultTimeout(180_000);
  const trace = kind === 'chrome' && withExt ? await startTaskTrace(page) : null;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // asked right after DOMContentLoaded: mid-clean on the big page
  const early = await stats();
  await page.waitForFunction('document.readyState === "complete"', { timeout: 180_000 });
  await c.settle(page, withExt);
  const probe = (await page.evaluate('window.__probe')) as Probe;
  const tasks = trace ? (await trace.stop()).tasks : [];
  const afterDcl = probe.longTasks.filter((t) => t.start + t.ms >= probe.dcl);
  return {
    largestTask: Math.max(0, ...afterDcl.map((t) => t.ms)),
    maxGap: probe.maxGap,
    gapAfterDcl: Math.max(0, ...probe.gaps.filter((g) => g.at - g.ms >= probe.dcl).map((g) => g.ms)),
    statsMs: early?.ms ?? null,
    stats: early?.reply ?? null,
    liveMs: early?.liveMs ?? null,
    ours: tasks.length > 0 ? tasks.reduce((a, b) => (b.oursMs > a.oursMs ? b : a)) : null,
  };
}

export function hostileSuite(kind: BrowserKind): void {
  describe(`hostile pages in ${kind}`, () => {
    /** Chromium: the browser with the extension, for every run (its trace is per page). Firefox: a fresh one per run (withExtension) */
    let h: Harness | undefined;
    let plain: { browser: Browser; profile?: string; server?: FixtureServer };
    const rows: string[] = [];

    beforeAll(async () => {
      if (kind === 'chrome') {
        h = await launchForContentTests(kind);
        await writeSettings(h);
        plain = { browser: h.browser };
      } else {
        const profile = await mkdtemp(join(tmpdir(), 'tin-gon-plain-'));
        const server = await startFixtureServer();
        plain = { browser: await launchFirefox(server.port, profile), profile, server };
      }
    }, 180_000);
    afterAll(async () => {
      console.log(`\n| page (${kind}) | our code in one task: most, of that task (ms) | largest task with / without (ms) | largest timer gap with / without (ms) | largest gap after DOMContentLoaded with / without (ms) | stats: the popup's first answer (ms) | the live reply (ms) |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`);
      if (plain?.profile) {
        await plain.browser.close().catch(() => {});
        await rm(plain.profile, { recursive: true, force: true });
        await plain.server?.close();
      }
      await h?.close();
    });

    /**
     * The browser with the extension for one run, and what to do when the run is over. Firefox: a browser of its
     * own whose profiler starts with it; when the run is over it quits, writes its profile, and our code's tasks
     * are read from it (gecko-tasks.ts) — so the profile holds this run and nothing else.
     */
    const withExtension = async (): Promise<{ x: Harness; ours: () => Promise<TaskShare | null>; close: () => Promise<void> }> => {
      if (kind === 'chrome') return { x: h!, ours: () => Promise.resolve(null), close: () => Promise.resolve() };
      const dir = await mkdtemp(join(tmpdir(), 'tin-gon-gecko-'));
      const file = join(dir, 'profile.json');
      const x = await launchForContentTests('firefox', { firefoxEnv: geckoProfilerEnv(file) });
      await writeSettings(x);
      let closed = false;
      const close = async (): Promise<void> => {
        if (closed) return;
        closed = true;
        await x.close();
        await rm(dir, { recursive: true, force: true });
      };
      const ours = async (): Promise<TaskShare | null> => {
        try {
          await closeWritingProfile(x.browser);
          if (KEEP_PROFILES) await cp(file, join(KEEP_PROFILES, `${kind}-${Date.now()}.json`));
          const tasks = geckoTasks(JSON.parse(await readFile(file, 'utf8')) as GeckoProfile, x.extensionOrigin);
          return tasks.length > 0 ? tasks.reduce((a, b) => (b.oursMs > a.oursMs ? b : a)) : null;
        } finally {
          await close();
        }
      };
      return { x, ours, close };
    };

    /**
     * The popup's path, timed in an extension page: the popup's own ask (src/popup/stats-source.ts askStats, run as it
     * is) of the background's snapshot and the tab's live reply at once, until the first has an answer; `reply` is
     * what the popup renders first.
     */
    const timedStats = (x: Harness, tabId: number): Promise<TimedStats> =>
      x.inExtension(
        async (api, id: number, lib) => {
          const t0 = performance.now();
          const ask = lib.askStats(api as unknown as StatsApi, id);
          const first = await ask.first;
          const ms = performance.now() - t0;
          const live = await ask.live;
          return { ms, reply: first?.reply ?? null, liveMs: live ? performance.now() - t0 : null };
        },
        tabId,
        { askStats },
      );

    for (const c of CASES.filter((x) => (!QUICK || x.quick) && (!ONLY || ONLY.test(x.name)))) {
      it(c.name, async () => {
        const url = `http://${HOSTILE_HOST}${c.path}`;
        /** the page without the extension, in a fresh context (Chromium) or the plain browser (Firefox) */
        const measureWithout = async (): Promise<Run> => {
          const context = kind === 'chrome' ? await plain.browser.createBrowserContext() : null;
          const bare = context ? await context.newPage() : await plain.browser.newPage();
          try {
            return await measure(bare, c, url, () => Promise.resolve(null), false, kind);
          } finally {
            await bare.close().catch(() => {});
            await context?.close().catch(() => {});
          }
        };
        /** One run of the page with and without the extension; `withoutFirst`: in the other order (a re-run alternates, so the first load's cold costs do not always fall on one side). */
        const run = async (withoutFirst = false): Promise<{ withExt: Run; without: Run }> => {
          const before = withoutFirst ? await measureWithout() : null;
          const ext = await withExtension();
          let withExt: Run;
          try {
            // the tab is opened on a small page first, so its id is known before the big page loads
            const page = await ext.x.open(`http://${HOSTILE_HOST}/empty?tab=${encodeURIComponent(c.path)}`);
            try {
              const tabId = await ext.x.tabIdOf(page);
              withExt = await measure(page, c, url, () => timedStats(ext.x, tabId), true, kind);
              if (c.article) {
                const hidden = (await page.evaluate(`[...document.querySelectorAll('p.body-text')].filter((p) => p.getClientRects().length === 0 || p.closest('[data-tin-gon-hide]')).length`)) as number;
                expect(hidden, 'article paragraphs hidden').toBe(0);
              }
              await c.check?.(page, (await timedStats(ext.x, tabId)).reply);
            } finally {
              await page.close().catch(() => {});
            }
            if (kind === 'firefox') withExt.ours = await ext.ours();
          } finally {
            await ext.close();
          }
          return { withExt, without: before ?? (await measureWithout()) };
        };
        // our code's time in any one task, attributed: from a trace (Chromium) or the profiler (Firefox)
        const over = (r: { withExt: Run; without: Run }): number => r.withExt.ours?.oursMs ?? 0;
        const runs = [await run()];
        if (ALL_RUNS || over(runs[0]!) > EXTRA_STALL_MS) while (runs.length < RUNS) runs.push(await run(runs.length % 2 === 1));
        const excess = Math.min(...runs.map(over));
        const list = (f: (r: Run) => number, side: 'withExt' | 'without'): string => runs.map((r) => f(r[side])).join(', ');
        const pair = (f: (r: Run) => number): string => (runs.length === 1 ? `${f(runs[0]!.withExt)} / ${f(runs[0]!.without)}` : `${list(f, 'withExt')} / ${list(f, 'without')}`);
        const ours = runs.map((r) => (r.withExt.ours ? `${Math.round(r.withExt.ours.oursMs)} of ${Math.round(r.withExt.ours.ms)}` : 'n/a')).join(', ');
        const { withExt } = runs[0]!;
        rows.push(`| ${c.name} | ${ours} | ${kind === 'chrome' ? pair((r) => r.largestTask) : 'n/a'} | ${pair((r) => r.maxGap)} | ${pair((r) => r.gapAfterDcl)} | ${withExt.statsMs === null ? 'none' : Math.round(withExt.statsMs)}${withExt.stats?.partial ? ' (partial)' : ''} | ${withExt.liveMs === null ? 'none' : Math.round(withExt.liveMs)} |`);
        expect(withExt.statsMs, 'stats answered').not.toBeNull();
        expect(withExt.statsMs!).toBeLessThan(STATS_LIMIT_MS);
        expect(excess, `the extension's code in one task (ms), smallest of ${runs.length} run(s)`).toBeLessThanOrEqual(EXTRA_STALL_MS);
      }, 600_000);
    }
  });
}
