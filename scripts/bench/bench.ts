/**
 * `npm run bench`: speed as the reader gets it, in real Chromium and Firefox ESR (never a timed unit test).
 *  - every fixture page (saved portal pages, reconstructed seeds, unseen portals), in both browsers: the
 *    content script's own declutter time and DOMContentLoaded → cleaned with the built extension loaded,
 *    next to a cold Readability.parse() and the same engine run as a page script (scripts/bench/reader.ts);
 *    ratio per page, median and 95th percentile over pages, the issue-10 goals checked
 *  - content-script bundle sizes (minified)
 * Prints Markdown tables (docs/speed.md). Knobs: BENCH_LOADS (loads per page and column, default 7),
 * BENCH_FIREFOX=0 / BENCH_CHROMIUM=0 (one browser), BENCH_PAGES=regex (some pages), BENCH_SIZES=0,
 * BENCH_CHROMIUM_ARGS (flags for the Chromium without the extension), BENCH_EXT_CHROMIUM_ARGS (with it),
 * BENCH_EXT_FIREFOX_PREFS (JSON: preferences of the Firefox with it),
 * CHROMIUM_BIN / FIREFOX_BIN.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/browser/server';
import { benchPages, type PageSet } from './pages';
import { type BrowserRun, measureBrowser, type PageRow } from './reader';
import { median, ms, percentile, ratio } from './stats';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);

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
    path.startsWith('src/entities') ? 'entity recogniser + gazetteers'
      : path.startsWith('src/rules') ? 'learned rules, runtime form (src/rules)'
      : path.startsWith('src/core') ? 'declutter engine (src/core)'
      : path.startsWith('src/panel') || path.startsWith('src/ui') ? 'entity panel (src/panel)'
      : 'content adapter + shared (src/content, src/shared)';
  for (const [path, info] of Object.entries(Object.values(out.metafile.outputs)[0]?.inputs ?? {})) {
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + info.bytesInOutput);
  }
  return parts;
}

/** The benchmark's own flags for the browsers without the extension (BENCH_CHROMIUM_ARGS="--js-flags=--no-lazy": what compiling costs). */
const EXTRA_ARGS = (process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);

const SET_NAMES: Record<PageSet, string> = { portal: 'saved portal pages', seed: 'reconstructed seed pages', unseen: 'unseen portals (held-out cases)' };

/** Per-page medians of one browser run. */
function pageMedians(row: PageRow): { dcl: number; ours: number; script: number; theirs: number; scriptWarm: number; theirsWarm: number } {
  const m = (xs: number[]): number => median(xs.filter(Number.isFinite));
  return { dcl: m(row.dclToCleaned), ours: m(row.declutter), script: m(row.pageScript), theirs: m(row.readability), scriptWarm: m(row.pageScriptWarm), theirsWarm: m(row.readabilityWarm) };
}

/** The median over pages of load round i alone, for every round: how much a whole table moves from run to run. */
function roundSpread(rows: PageRow[], pick: (row: PageRow, i: number) => number): string {
  const rounds = Math.max(0, ...rows.map((r) => r.declutter.length));
  const per: number[] = [];
  for (let i = 0; i < rounds; i++) per.push(median(rows.map((r) => pick(r, i)).filter(Number.isFinite)));
  const ok = per.filter(Number.isFinite);
  return ok.length ? `${ms(Math.min(...ok))}–${ms(Math.max(...ok))}` : '–';
}

function printBrowser(run: BrowserRun, loads: number): void {
  const chrome = run.kind === 'chrome';
  const name = chrome ? 'Chromium' : 'Firefox ESR';
  console.log(`\n### ${name} (${run.version}): the content script against a cold Readability.parse() (median of ${loads} loads per page)\n`);
  console.log('Content script: the built extension, content.js at document_start; its own `timings.declutterMs` (plan, article text, language check, apply) and DOMContentLoaded → cleaned.');
  console.log('Page script: the same code (PageCleaner.apply) inserted as a page script in a fresh page of a browser without the extension, first run. Readability: `parse()` of a clone, the first in a fresh page (its code compiled and run for the first time).\n');
  console.log(`| page | set | KB | elements | hidden | DCL → cleaned ms | content script declutter ms | page script ms | Readability ms | declutter ÷ Readability | content ÷ page script |${chrome ? ' long tasks > 50 ms |' : ''}`);
  console.log(`|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|${chrome ? '---:|' : ''}`);
  const meds = run.rows.map(pageMedians);
  run.rows.forEach((row, i) => {
    const m = meds[i]!;
    const cells = [row.page.name, row.page.set, row.page.kb.toFixed(0), String(row.elements), String(row.hidden), ms(m.dcl), ms(m.ours), ms(m.script), ms(m.theirs), ratio(m.ours / m.theirs), ratio(m.ours / m.script)];
    if (chrome) cells.push(String(row.longTasks));
    console.log(`| ${cells.join(' | ')} |`);
  });
  const col = (f: (m: ReturnType<typeof pageMedians>) => number, rows = meds): number[] => rows.map(f).filter(Number.isFinite);
  const line = (label: string, pick: (xs: number[]) => number, rows = meds): void => {
    const cells = [`**${label}**`, '', '', '', '', ms(pick(col((m) => m.dcl, rows))), ms(pick(col((m) => m.ours, rows))), ms(pick(col((m) => m.script, rows))), ms(pick(col((m) => m.theirs, rows))),
      ratio(pick(col((m) => m.ours / m.theirs, rows))), ratio(pick(col((m) => m.ours / m.script, rows)))];
    if (chrome) cells.push('');
    console.log(`| ${cells.join(' | ')} |`);
  };
  line('median over pages', median);
  line('95th percentile over pages', (xs) => percentile(xs, 95));
  line('most', (xs) => Math.max(...xs));
  for (const set of ['portal', 'seed', 'unseen'] as const) {
    const rows = meds.filter((_, i) => run.rows[i]!.page.set === set);
    if (rows.length) line(`median, ${SET_NAMES[set]}`, median, rows);
  }
  const ratios = col((m) => m.ours / m.theirs);
  const over = run.rows.filter((_, i) => meds[i]!.ours > meds[i]!.theirs).map((r) => r.page.name);
  const p95 = percentile(col((m) => m.ours), 95);
  console.log('\nGoals (issue 10):');
  console.log(`- declutter ≤ a cold Readability.parse() on every page: ${over.length === 0 ? 'met' : `not met on ${over.length} of ${ratios.length} pages (${over.join(', ')})`}; worst ${ratio(Math.max(...ratios))}`);
  console.log(`- declutter ≤ 16 ms at the 95th percentile: ${p95 <= 16 ? 'met' : 'not met'} (${ms(p95)} ms)`);
  if (!chrome) {
    const cs = col((m) => m.ours / m.script);
    const overCs = cs.filter((x) => x > 1.3).length;
    console.log(`- content script within 1.3× of the page script: ${overCs === 0 ? 'met' : `not met on ${overCs} of ${cs.length} pages`} (median ${ratio(median(cs))}, worst ${ratio(Math.max(...cs))})`);
  }
  console.log(`\nSpread between load rounds (median over pages of round i alone, min–max over the ${loads} rounds): content script ${roundSpread(run.rows, (r, i) => r.declutter[i] ?? NaN)} ms, page script ${roundSpread(run.rows, (r, i) => r.pageScript[i] ?? NaN)} ms, Readability ${roundSpread(run.rows, (r, i) => r.readability[i] ?? NaN)} ms.`);
  console.log(`Warm (the same work again, same page; medians over pages): page script ${ms(median(col((m) => m.scriptWarm)))} ms, Readability ${ms(median(col((m) => m.theirsWarm)))} ms.`);
  console.log(`Fixed cost of a first run (a 20-element page, fresh page, median of ${run.startup.length}): ours ${ms(median(run.startup.map((s) => s.declutterMs)))} ms after the content script's document_start work (rules' tables and warm-up, ${ms(median(run.startup.map((s) => s.documentStartMs)))} ms, before DOMContentLoaded), Readability ${ms(median(run.startup.map((s) => s.readabilityMs)))} ms.`);
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
  // BENCH_FIREFOX=0: Chromium only; BENCH_CHROMIUM=0: Firefox only; BENCH_PAGES=regex: only matching pages
  execFileSync('npx', ['tsx', 'scripts/build/build.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const chromium = execFileSync(process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const firefox = execFileSync(process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
  const pages = benchPages().filter((p) => !only || only.test(p.name));
  console.log(`## Tin Gọn benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at start ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${chromium}; ${firefox}; Node ${process.version}`);
  console.log(`Command: ${['BENCH_LOADS', 'BENCH_FIREFOX', 'BENCH_CHROMIUM', 'BENCH_PAGES', 'BENCH_CHROMIUM_ARGS', 'BENCH_EXT_CHROMIUM_ARGS', 'BENCH_EXT_FIREFOX_PREFS', 'CHROMIUM_BIN', 'FIREFOX_BIN'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`).join(' ')} npm run bench; ${pages.length} pages`);
  if (process.env.BENCH_CHROMIUM !== '0') printBrowser(await measureBrowser('chrome', pages, LOADS, EXTRA_ARGS), LOADS);
  if (process.env.BENCH_FIREFOX !== '0') printBrowser(await measureBrowser('firefox', pages, LOADS), LOADS);
  if (process.env.BENCH_SIZES !== '0') await sizes();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
