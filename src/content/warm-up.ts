/**
 * The first clean's code run once at document_start, on a small page of our own, while the page itself is
 * still arriving (issue 10: what the reader feels is the wait after DOMContentLoaded). A first call of the
 * engine in a fresh content-script world pays for compiling its functions, its regular expressions and the
 * Unicode tables behind `normalize`: on a page of a hundred elements that fixed cost was most of the clean
 * (bench 2026-12-06: 27.7 ms for a 20-element page against 14.3 ms warm). Here it is paid before the page is
 * parsed, in a task of its own; the page's clean then runs code already compiled.
 *
 * The page is parsed by DOMParser: an inert document (no scripts, no loads), never the reader's. Nothing the
 * engine keeps between calls depends on it: its caches are keyed by element (WeakMaps) or by word (the same
 * token whatever the page).
 */
import type { Rules } from '../core/rules';
import { CATEGORIES } from '../core/types';
import { PageCleaner, type PlanSlicing } from './cleaner';

/** A headline, two paragraphs, a follow-us line and a related list: every pass of the planner has something to look at. */
export const WARM_PAGE =
  '<html lang=vi><nav><a href=/>Trang chủ</a></nav><article><h1>Hà Nội mở rộng phố đi bộ</h1><p>Theo kế hoạch, các tuyến mới cấm xe từ 19h thứ sáu, người dân gửi xe quanh hồ.</p>' +
  '<p>Sở Giao thông cho biết, xe buýt sẽ tăng chuyến, lực lượng chức năng được tăng cường, bảo đảm trật tự.</p>' +
  '<p>Theo dõi VGT trên <a href=/g>Google News</a></article><div><h3>Tin liên quan</h3><ul><li><a href=/b>Phố cổ đông người dịp cuối tuần</a>' +
  '<li><a href=/c>Người dân hào hứng với phố đi bộ mới</a><li><a href=/d>Thí điểm thêm tuyến phố đi bộ quanh hồ</a></ul></div>';

/** The content script's: the sliced code path, in one slice (the whole warm-up is done when warmUp returns). */
export const WARM_UP: PlanSlicing = { budgetMs: Infinity };

/**
 * Clean WARM_PAGE once with `rules` as if it were at `url` (the site's own rules compiled too), through the
 * sliced code path the page's own clean takes, then restore it (when its last slice is done).
 */
export function warmUp(rules: Rules, url: string, planning: PlanSlicing): PageCleaner {
  const doc = new DOMParser().parseFromString(WARM_PAGE, 'text/html');
  const cleaner: PageCleaner = new PageCleaner(doc, rules, () => {}, () => {}, undefined, undefined, planning, () => cleaner.restore());
  cleaner.apply({ url, categories: new Set(CATEGORIES), showHidden: false });
  return cleaner;
}
