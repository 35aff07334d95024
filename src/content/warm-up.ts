/**
 * While the page is still arriving: run the cleaner once on a small article page of our own, parsed
 * apart from the page, so that the engine's code is compiled and first run before DOMContentLoaded and
 * not in the clean the reader waits for after it (issue 10: "code compiled at document_start" is
 * welcome — what the reader feels is the wait after the page is parsed). The page is not touched.
 * The sample is written for this purpose (not a real article) and walks the main paths: menu, headline,
 * lead, body, a follow-us line, a tag row, a related box with a heading, a heading-less teaser list.
 */
import type { Rules } from '../core/rules';
import { CATEGORIES } from '../core/types';
import { PageCleaner } from './cleaner';

const SAMPLE = `<!doctype html><html lang="vi"><head><title>Tin</title></head><body>
<header class="site-header"><nav class="main-nav"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<div class="container"><article class="detail"><h1 class="title">Thành phố mở thêm tuyến xe buýt điện nối các khu dân cư với ga tàu</h1>
<p class="sapo">Từ đầu tháng tới, ba tuyến xe buýt điện mới sẽ chạy qua các khu dân cư đông đúc, đưa người dân tới ga tàu gần nhất.</p>
<div class="content"><p>Theo sở giao thông, các tuyến mới dài từ 12 đến 18 km, mỗi chuyến cách nhau 15 phút vào giờ cao điểm, 20 phút vào giờ thấp điểm.</p>
<p>Giá vé mỗi lượt không đổi so với xe buýt thường, người dùng thẻ tháng được đi miễn phí, học sinh và người cao tuổi được giảm một nửa.</p>
<figure><img src="data:," alt=""><figcaption>Xe buýt điện chạy thử trên tuyến mới, sáng thứ bảy.</figcaption></figure>
<p>Người dân ở các khu dân cư ven thành phố cho biết, tuyến mới giúp họ bớt phải đi xe máy tới ga, nhất là vào những ngày mưa lớn.</p>
<p>Theo dõi Tin Gọn trên <a href="https://news.google.com/">Google News</a></p></div>
<div class="tags">Từ khóa: <a href="/tag/xe-buyt">xe buýt</a> <a href="/tag/giao-thong">giao thông</a></div></article>
<div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/a.html">Thành phố lắp thêm trạm sạc cho xe buýt điện ở bến cuối</a></li>
<li><a href="/b.html">Người dân đi tàu tăng gấp đôi sau ba tháng vận hành chính thức</a></li></ul></div>
<ul class="list-news"><li class="item"><a href="/c.html">Nhiều tuyến đường được lát lại vỉa hè trước dịp cuối năm</a></li>
<li class="item"><a href="/d.html">Bãi giữ xe gần ga tàu kín chỗ ngay từ sáng sớm</a></li>
<li class="item"><a href="/e.html">Học sinh được đi xe buýt miễn phí trong năm học mới</a></li></ul></div>
<footer class="site-footer"><p>Bản quyền thuộc về tòa soạn.</p></footer></body></html>`;

const ALL = new Set(CATEGORIES);

/** Clean the sample once, then undo it. Never throws into the caller's page (the caller guards it). */
export function warmUp(rules: Rules): void {
  const doc = new DOMParser().parseFromString(SAMPLE, 'text/html');
  const cleaner = new PageCleaner(doc, rules, () => {}, () => {});
  cleaner.apply({ url: 'https://tin-gon.invalid/warm-up.html', categories: ALL, showHidden: false });
  cleaner.restore();
}
