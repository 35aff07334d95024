/**
 * Bundled by scripts/bench.ts and injected into each fixture page in real Chromium.
 * Times our engine and Readability on the same live DOM, in the same browser: cold (the first run in a
 * fresh page, as the content script runs at DOMContentLoaded) and warm (the same work again), and the
 * fixed cost of a first run on a 20-element page (compiling and first executing the code). The rules'
 * lookup tables are built before the timer, as the content script builds them at document_start.
 */
import { Readability } from '@mozilla/readability';
import { planDeclutter } from '../../src/core/declutter';
import { PageMarks } from '../../src/core/marks';
import { articleText } from '../../src/core/article';
import { extractEntities } from '../../src/core/entities';
import { compileRules } from '../../src/core/rules';
import { learnedRules } from '../../src/rules';

export interface ProbeResult {
  declutterMs: number;
  /** the same plan+apply again on the same page (code compiled, DOM wrappers made) */
  declutterWarmMs: number;
  hidden: number;
  readabilityMs: number;
  readabilityWarmMs: number;
  entitiesMs: number;
  articleChars: number;
  entities: number;
}

function planAndApply(marks: PageMarks, doc: Document, url: string): number {
  const plan = planDeclutter(doc, learnedRules, { url });
  marks.apply(plan, { showHidden: false });
  return plan.items.length;
}

function run(): ProbeResult {
  // as the content script does at document_start (src/content/session.ts), not in the timed clean
  compileRules(learnedRules);
  const marks = new PageMarks(document);
  const t0 = performance.now();
  const hidden = planAndApply(marks, document, location.href);
  const t1 = performance.now();
  marks.restore();
  const t2 = performance.now();
  planAndApply(marks, document, location.href);
  const t3 = performance.now();
  marks.restore();

  const plan = planDeclutter(document, learnedRules, { url: location.href });
  const text = plan.article ? articleText(plan.article, plan.paragraphs) : '';
  const t4 = performance.now();
  const entities = extractEntities(text);
  const t5 = performance.now();

  // Readability mutates the document it parses: give it a clone (not timed), time parse() alone.
  const clone = document.cloneNode(true) as Document;
  const t6 = performance.now();
  new Readability(clone).parse();
  const t7 = performance.now();
  const again = document.cloneNode(true) as Document;
  const t8 = performance.now();
  new Readability(again).parse();
  const t9 = performance.now();

  return {
    declutterMs: t1 - t0,
    declutterWarmMs: t3 - t2,
    hidden,
    readabilityMs: t7 - t6,
    readabilityWarmMs: t9 - t8,
    entitiesMs: t5 - t4,
    articleChars: text.length,
    entities: entities.length,
  };
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
  declutterMs: number;
  readabilityMs: number;
}

/** Fixed cost: each engine's first run in a fresh page, on SMALL_PAGE (parsed, not timed). */
function startup(): StartupResult {
  const ours = new DOMParser().parseFromString(SMALL_PAGE, 'text/html');
  const theirs = new DOMParser().parseFromString(SMALL_PAGE, 'text/html');
  compileRules(learnedRules);
  const t0 = performance.now();
  planAndApply(new PageMarks(ours), ours, 'https://example.vn/tin');
  const t1 = performance.now();
  new Readability(theirs).parse();
  const t2 = performance.now();
  return { declutterMs: t1 - t0, readabilityMs: t2 - t1 };
}

(globalThis as unknown as { __tinGonProbe: () => ProbeResult; __tinGonStartup: () => StartupResult }).__tinGonProbe = run;
(globalThis as unknown as { __tinGonStartup: () => StartupResult }).__tinGonStartup = startup;
