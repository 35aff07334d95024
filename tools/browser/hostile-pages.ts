/**
 * Hostile pages for the budget suite (tests/e2e/hostile.test.ts), generated when served: nothing multi-MB
 * is committed. The fixture server (server.ts) answers http://hostile.vnexpress.net/NAME?… from here — a
 * subdomain of a built-in portal, so the content script runs there as on the real site — and lets these
 * pages run their own scripts.
 *
 * Every page carries a probe (PROBE_SCRIPT) that records what a reader would feel: Chromium's long tasks
 * (PerformanceObserver) and, for every browser, the largest gap of a 10 ms interval timer (a stall), each
 * with its time, into `window.__probe` (page world; tests read it with page.evaluate).
 *
 * Also used by scripts/dev/gen-big-article.ts (the CLI budget table) for the same big article.
 */
import { seededRandom } from '../../src/offline/random';

export const HOSTILE_HOST = 'hostile.vnexpress.net';

/** Page-side stall probe. Gaps are only counted while the page is visible and after the first tick. */
export const PROBE_SCRIPT = `<script>
(() => {
  const probe = { longTasks: [], maxGap: 0, maxGapAt: 0, gaps: [], dcl: 0, started: performance.now() };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    if (gap > 50) probe.gaps.push({ at: Math.round(now), ms: Math.round(gap) });
    if (gap > probe.maxGap) { probe.maxGap = Math.round(gap); probe.maxGapAt = Math.round(now); }
  }, 10);
  document.addEventListener('DOMContentLoaded', () => { probe.dcl = performance.now(); });
})();
</script>`;

// Written for this suite (not copied from any page): plain Vietnamese news prose.
const SENTENCES = [
  'Ủy ban nhân dân thành phố Hà Nội cho biết dự án cải tạo tuyến đường ven sông sẽ hoàn thành trong quý tới.',
  'Theo Bộ Giao thông Vận tải, lưu lượng phương tiện qua khu vực này đã tăng gần gấp đôi so với năm ngoái.',
  'Ông Nguyễn Văn Minh, giám đốc ban quản lý dự án, nói rằng nhà thầu đang làm việc cả ngày lẫn đêm.',
  'Người dân sống hai bên đường mong công trình sớm xong để việc đi lại bớt khó khăn vào giờ cao điểm.',
  'Các chuyên gia tại Đại học Quốc gia Hà Nội khuyến nghị bổ sung thêm cây xanh và làn đường cho xe đạp.',
  'Trong buổi họp chiều qua, lãnh đạo thành phố yêu cầu các đơn vị bảo đảm an toàn lao động trên công trường.',
  'Kinh phí cho giai đoạn hai ước tính hơn một nghìn tỷ đồng, chủ yếu từ ngân sách địa phương.',
  'Tại Thành phố Hồ Chí Minh, một dự án tương tự cũng đang được triển khai dọc kênh Nhiêu Lộc.',
];
const COMMENT_WORDS = ['rất', 'hay', 'đồng', 'ý', 'bài', 'viết', 'cảm', 'ơn', 'tác', 'giả', 'mong', 'sớm', 'xong', 'đường', 'đẹp', 'quá', 'người', 'dân', 'vui', 'lòng'];
const NAMES = ['Lan', 'Hùng', 'Mai', 'Tuấn', 'Hoa', 'Nam', 'Thu', 'Long'];

function paragraphs(count: number, rnd: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 0; j < 4; j++) parts.push(SENTENCES[Math.floor(rnd() * SENTENCES.length)]!);
    out.push(`<p class="body-text">${parts.join(' ')}</p>`);
  }
  return out.join('\n');
}

const RELATED = `<div class="box-related"><h3>Tin liên quan</h3><ul>
${Array.from({ length: 5 }, (_, i) => `<li><a href="/tin-${i}.html">Thành phố khởi công thêm dự án giao thông số ${i + 1} trong năm nay</a></li>`).join('\n')}
</ul></div>`;

function shell(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${PROBE_SCRIPT}${head}</head><body>
<header class="site-header"><nav class="main-nav"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav></header>
${body}
<footer class="site-footer">© Báo thử nghiệm</footer>
</body></html>`;
}

/** The article body every page shares: ~14 paragraphs of prose, known clutter after it. */
function article(extraInside = '', seed = 1): string {
  const rnd = seededRandom(seed);
  return `<main><article class="fck_detail"><h1 class="title-detail">Hà Nội đẩy nhanh tiến độ cải tạo tuyến đường ven sông</h1>
${paragraphs(14, rnd)}
${extraInside}
</article>
${RELATED}
</main>`;
}

/**
 * A long article whose comment section (inside <article>, as on some portals) holds `comments` short
 * comments of ~3 nodes each: 60,000 → ~180k nodes, ~10 MB.
 */
export function bigArticle(comments: number): string {
  const rnd = seededRandom(7);
  const parts: string[] = ['<section class="comment-section"><h3>Ý kiến bạn đọc</h3>'];
  for (let i = 0; i < comments; i++) {
    const words: string[] = [];
    const n = 5 + Math.floor(rnd() * 8);
    for (let j = 0; j < n; j++) words.push(COMMENT_WORDS[Math.floor(rnd() * COMMENT_WORDS.length)]!);
    parts.push(`<div class="comment-item" id="c${i}"><span class="comment-author">${NAMES[i % NAMES.length]} ${i}</span><p class="comment-text">${words.join(' ')}, ${SENTENCES[i % SENTENCES.length]!.slice(0, 12)}</p></div>`);
  }
  parts.push('</section>');
  return shell('Bài dài với nhiều bình luận', article(parts.join('\n')));
}

/** Appends `batch` nodes every `every` ms for `ms` ms into a list after the article (a live feed). */
function appender(ms: number, every: number, batch: number): string {
  const script = `<script>
(() => {
  const feed = document.getElementById('feed');
  let n = 0;
  const end = performance.now() + ${ms};
  const timer = setInterval(() => {
    if (performance.now() > end) { clearInterval(timer); window.__appendDone = n; return; }
    const frag = document.createDocumentFragment();
    for (let i = 0; i < ${batch}; i++, n++) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/dong-' + n + '.html';
      a.textContent = 'Cập nhật trực tiếp số ' + n + ' về tình hình giao thông trên địa bàn thành phố';
      li.appendChild(a);
      frag.appendChild(li);
    }
    feed.appendChild(frag);
    window.__appended = n;
  }, ${every});
})();
</script>`;
  return shell('Trang thêm nội dung liên tục', `${article()}<section class="live"><h3>Tin mới nhất</h3><ul id="feed"></ul></section>${script}`);
}

/** Removes the extension's stylesheet and hide/keep tokens as soon as they appear, and counts its rounds. */
function fighter(): string {
  const script = `<script>
(() => {
  window.__fights = 0;
  new MutationObserver((records) => {
    let fought = false;
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName && r.attributeName.startsWith('data-tin-gon') && r.target.hasAttribute(r.attributeName)) {
        r.target.removeAttribute(r.attributeName); fought = true;
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && node.localName === 'style' && /tin-gon/.test(node.id || '')) { node.remove(); fought = true; }
      }
    }
    if (fought) window.__fights++;
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
})();
</script>`;
  return shell('Trang chống tiện ích', article(), script);
}

/** "Infinite scroll": `teasers` teaser items appended in batches of 50 as if the reader scrolled. */
function infinite(teasers: number): string {
  const script = `<script>
(() => {
  const list = document.getElementById('more');
  let n = 0;
  const step = () => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 50 && n < ${teasers}; i++, n++) {
      const item = document.createElement('div');
      item.className = 'story-item';
      item.innerHTML = '<a href="/bai-' + n + '.html"><img alt="" width="120" height="80"></a><h4><a href="/bai-' + n + '.html">Bài viết đề xuất số ' + n + ': người dân vui mừng khi đường mới thông xe</a></h4>';
      frag.appendChild(item);
    }
    list.appendChild(frag);
    window.__teasers = n;
    if (n < ${teasers}) setTimeout(step, 20);
  };
  setTimeout(step, 200);
})();
</script>`;
  return shell('Trang cuộn vô hạn', `${article()}<section class="box-more"><h3>Có thể bạn quan tâm</h3><div id="more"></div></section>${script}`);
}

function iframes(): string {
  const frames: string[] = [];
  for (let i = 0; i < 10; i++) frames.push(`<iframe src="http://${HOSTILE_HOST}/frame?n=${i}" width="300" height="120"></iframe>`);
  for (let i = 0; i < 10; i++) frames.push(`<iframe src="http://quang-cao.test/frame?n=${i}" width="300" height="120"></iframe>`);
  return shell('Trang nhiều khung', article(`<div class="frames">${frames.join('\n')}</div>`));
}

function frame(n: string): string {
  return `<!doctype html><html lang="vi"><body><p>Khung quảng cáo ${n}</p>${RELATED}</body></html>`;
}

/** 10,000 unclosed <div>s: the parser nests them (at its own depth limit), the article text inside the deepest. */
function deep(depth: number): string {
  const rnd = seededRandom(3);
  return shell('Trang lồng sâu', `<main><article><h1>Hà Nội đẩy nhanh tiến độ cải tạo tuyến đường ven sông</h1>${'<div>'.repeat(depth)}${paragraphs(14, rnd)}</article>${RELATED}</main>`);
}

/**
 * An article whose own script, at the end of the body, keeps the main thread busy for `ms` in one task (a heavy page's
 * own start-up): DOMContentLoaded, the content script's clean and every message to it wait for it, while the content
 * script's first snapshot (pushed at document_start) is already with the background. Before it, a synchronous request
 * for /busy-from (a 404) tells the server (and a test) that the busy task has begun. `window.__busy` holds its start
 * and end.
 */
function busy(ms: number): string {
  const script = `<script>
(() => {
  // a synchronous request first: once the server has seen it, the page is in its busy task (tests wait for it)
  const mark = new XMLHttpRequest();
  mark.open('GET', '/busy-from', false);
  mark.send();
  const from = performance.now();
  while (performance.now() < from + ${ms}) {}
  window.__busy = { from, until: performance.now() };
})();
</script>`;
  return shell('Trang bận', article() + script);
}

/** The page for a path on HOSTILE_HOST (or the cross-site frame host), or null. */
export function hostilePage(host: string, path: string, query: URLSearchParams): string | null {
  const num = (name: string, fallback: number, max: number): number => {
    const v = Number(query.get(name) ?? fallback);
    return Number.isFinite(v) && v >= 0 ? Math.min(v, max) : fallback;
  };
  if (host === 'quang-cao.test' && path === '/frame') return frame(query.get('n') ?? '');
  if (host !== HOSTILE_HOST) return null;
  switch (path) {
    case '/big-article':
      return bigArticle(num('comments', 60_000, 200_000));
    case '/appender':
      return appender(num('ms', 60_000, 600_000), num('every', 10, 1000), num('batch', 100, 10_000));
    case '/fighter':
      return fighter();
    case '/infinite':
      return infinite(num('teasers', 5_000, 100_000));
    case '/iframes':
      return iframes();
    case '/frame':
      return frame(query.get('n') ?? '');
    case '/empty':
      return '<!doctype html><html><head><meta charset="utf-8">' + PROBE_SCRIPT + '</head><body></body></html>';
    case '/busy':
      return busy(num('ms', 3_000, 60_000));
    case '/deep':
      return deep(num('depth', 10_000, 100_000));
    default:
      return null;
  }
}
