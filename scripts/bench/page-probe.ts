/**
 * Bundled by scripts/bench/bench.ts and inserted into a fixture page as a page script (a <script> element the
 * page's CSP allows by hash), in a browser without the extension. Each call is meant to be the first
 * work of its kind in a fresh page: the bundle was just parsed, nothing of it compiled or run yet, no
 * DOM wrappers made — as the content script is at DOMContentLoaded.
 *  - engineCold: the content script's own clean (PageCleaner.apply: plan, article text, language check,
 *    apply; what the content script does at document_start done before: the rules' lookup tables built and
 *    the warm-up run, src/content/warm-up.ts),
 *    timed as the content script times it (`timings.declutterMs`); then the same again (warm).
 *  - readabilityCold: Readability.parse() on a clone of the page (cloning not timed), then again (warm).
 *  - startup: each engine's first run on a 20-element page (the fixed cost of compiling and first running).
 */
import { Readability } from '@mozilla/readability';
import { compileRules } from '../../src/core/rules';
import { CATEGORIES } from '../../src/core/types';
import { learnedRules } from '../../src/rules';
import { PageCleaner, PLAN_SLICES } from '../../src/content/cleaner';
import { warmUp } from '../../src/content/warm-up';

export interface ColdResult {
  /** the first run in this page */
  ms: number;
  /** the same work again, same page */
  warmMs: number;
  /** elements on the page */
  elements: number;
  /** blocks hidden (engine only) */
  hidden: number;
}

const categories = new Set(CATEGORIES);

/** One clean as the content script does it; its own timing (PageCleaner.timings.declutterMs). */
function clean(doc: Document): { ms: number; hidden: number } {
  const cleaner = new PageCleaner(doc, learnedRules, () => {}, (where, error) => {
    throw new Error(`${where}: ${String(error)}`);
  });
  cleaner.apply({ url: doc.location?.href ?? '', categories, showHidden: false });
  const result = { ms: cleaner.timings.declutterMs, hidden: cleaner.items.length };
  cleaner.restore();
  return result;
}

/** What the content script does at document_start (src/content/session.ts), in one go here: ms it took. */
function documentStart(url: string): number {
  const t0 = performance.now();
  compileRules(learnedRules);
  // (one slice of unbounded budget: done, and restored, before it returns; not in Firefox, as session.ts)
  if (!navigator.userAgent.includes('Firefox/')) warmUp(learnedRules, url, { budgetMs: Infinity });
  return performance.now() - t0;
}

function engineCold(): ColdResult {
  // document_start work in the content script, not in the timed clean
  documentStart(document.location?.href ?? '');
  const first = clean(document);
  const again = clean(document);
  return { ms: first.ms, warmMs: again.ms, elements: document.getElementsByTagName('*').length, hidden: first.hidden };
}

/** The same clean in 8 ms slices with real timers, as the content script runs it (cleaner.ts PLAN_SLICES). */
function cleanSliced(doc: Document, budgetMs: number): Promise<{ ms: number; hidden: number }> {
  return new Promise((resolve, reject) => {
    const cleaner: PageCleaner = new PageCleaner(doc, learnedRules, () => {}, (where, error) => reject(new Error(`${where}: ${String(error)}`)), undefined, undefined, { ...PLAN_SLICES, budgetMs }, () => {
      const result = { ms: cleaner.timings.declutterMs, hidden: cleaner.items.length };
      cleaner.restore();
      resolve(result);
    });
    cleaner.apply({ url: doc.location?.href ?? '', categories, showHidden: false });
  });
}

/** engineCold, the clean sliced as in the content script (scripts/dev/isolated-world.ts compares the two). */
async function engineSliced(budgetMs = PLAN_SLICES.budgetMs): Promise<ColdResult> {
  documentStart(document.location?.href ?? '');
  const first = await cleanSliced(document, budgetMs);
  const again = await cleanSliced(document, budgetMs);
  return { ms: first.ms, warmMs: again.ms, elements: document.getElementsByTagName('*').length, hidden: first.hidden };
}

/** Readability mutates the document it parses: it gets a clone (not timed); parse() alone is timed. */
function parseOnce(): number {
  const clone = document.cloneNode(true) as Document;
  const t0 = performance.now();
  new Readability(clone).parse();
  return performance.now() - t0;
}

function readabilityCold(): ColdResult {
  const ms = parseOnce();
  const warmMs = parseOnce();
  return { ms, warmMs, elements: document.getElementsByTagName('*').length, hidden: 0 };
}

/** A small article page: a menu, a headline, three paragraphs, a follow-us line and a related box (20 elements). */
const SMALL_PAGE = `<!doctype html><html lang="vi"><head><title>Tin</title></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Hà Nội mở rộng phố đi bộ quanh hồ Hoàn Kiếm từ tháng sau</h1>
<div class="content"><p>Ủy ban nhân dân thành phố Hà Nội cho biết, phố đi bộ sẽ mở rộng thêm ba tuyến phố, thời gian hoạt động kéo dài.</p>
<p>Theo kế hoạch, các tuyến mới sẽ cấm xe từ 19h thứ sáu đến 24h chủ nhật, người dân được hướng dẫn gửi xe ở các điểm quanh khu vực.</p>
<p>Sở Giao thông vận tải cho biết sẽ bố trí thêm xe buýt, lực lượng chức năng được tăng cường để bảo đảm trật tự.</p>
<p>Theo dõi VGT trên <a href="https://news.google.com/">Google News</a></p></div></article>
<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Hà Nội thí điểm thêm tuyến phố đi bộ mới</a></li>
<li><a href="/b">Phố cổ đông nghịt người dịp cuối tuần qua</a></li><li><a href="/c">Người dân hào hứng với không gian đi bộ mới</a></li></ul></div>
</body></html>`;

export interface StartupResult {
  /** the content script's document_start work (tables, warm-up), before DOMContentLoaded */
  documentStartMs: number;
  declutterMs: number;
  readabilityMs: number;
}

/** Fixed cost: each engine's first run in a fresh page, on SMALL_PAGE (parsed, not timed); ours after its document_start work, timed apart. */
function startup(): StartupResult {
  const ours = new DOMParser().parseFromString(SMALL_PAGE, 'text/html');
  const theirs = new DOMParser().parseFromString(SMALL_PAGE, 'text/html');
  const documentStartMs = documentStart('https://example.vn/tin');
  const t0 = performance.now();
  const cleaner = new PageCleaner(ours, learnedRules, () => {}, () => {});
  cleaner.apply({ url: 'https://example.vn/tin', categories, showHidden: false });
  const t1 = performance.now();
  new Readability(theirs).parse();
  const t2 = performance.now();
  cleaner.restore();
  return { documentStartMs, declutterMs: t1 - t0, readabilityMs: t2 - t1 };
}

export interface Probe {
  engineCold: () => ColdResult;
  engineSliced: (budgetMs?: number) => Promise<ColdResult>;
  readabilityCold: () => ColdResult;
  startup: () => StartupResult;
}

(globalThis as unknown as { __tinGonBench: Probe }).__tinGonBench = { engineCold, engineSliced, readabilityCold, startup };
