// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/reader/extract';
import { defaultReaderPrefs, parseReaderPrefs, stepFontSize } from '../../src/reader/prefs';
import { buildSafeArticle, safeUrl } from '../../src/reader/sanitize';

const BASE = 'https://vnexpress.net/bai-viet.html';

function inert(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('reader sanitiser', () => {
  it('keeps text structure, drops scripts, handlers, frames, styles and unsafe URLs', () => {
    const source = inert(`<div>
      <h1>Tiêu đề phụ</h1>
      <p onclick="alert(1)" style="color:red" class="x">Đoạn <b>một</b> <a href="/lien-ket" onmouseover="x()">liên kết</a>
        <a href="javascript:alert(1)">xấu</a></p>
      <script>window.__pwned = 1</script><style>p{}</style>
      <iframe src="https://evil.example/"></iframe>
      <img src="x" onerror="window.__pwned=2" alt="ảnh">
      <img data-src="https://i.vnecdn.net/anh.jpg" src="data:image/gif;base64,R0lGOD" alt="ảnh lười">
      <svg><script>alert(1)</script></svg>
      <form><input value="x"></form>
      <span>chữ trong span</span>
      <!-- comment -->
    </div>`).body;
    const frag = buildSafeArticle(document, source, BASE);
    const box = document.createElement('div');
    box.append(frag);
    expect(box.querySelector('h2')?.textContent).toBe('Tiêu đề phụ');
    expect(box.querySelectorAll('h1, script, style, iframe, svg, form, input, span')).toHaveLength(0);
    const p = box.querySelector('p')!;
    expect(p.getAttributeNames()).toEqual([]);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://vnexpress.net/lien-ket', null]);
    expect(links[0]?.getAttributeNames().sort()).toEqual(['href', 'rel', 'target']);
    const imgs = [...box.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['https://vnexpress.net/x', 'https://i.vnecdn.net/anh.jpg']);
    expect(imgs.every((i) => !i.hasAttribute('onerror') && i.getAttribute('referrerpolicy') === 'no-referrer')).toBe(true);
    expect(box.textContent).toContain('chữ trong span');
    expect(box.textContent).not.toContain('__pwned');
  });

  it('drops tracking pixels before any <img> exists in the reader document (never fetched)', () => {
    const source = inert(`<div><p>Bài viết</p>
      <img src="https://i.vnecdn.net/anh-that.jpg" width="680" height="400" alt="ảnh thật">
      <img src="https://cdn.example/p.gif" width="1" height="1">
      <img src="https://cdn.example/q.gif" width="0" height="0">
      <img src="https://cdn.example/r.gif" style="width:1px;height:1px">
      <img src="https://cdn.example/h.jpg" hidden>
      <img src="https://cdn.example/d.jpg" style="display: none">
      <img src="https://cdn.example/v.jpg" style="visibility:hidden">
      <img src="https://www.google-analytics.com/collect?v=1&tid=UA-1">
      <img src="https://www.facebook.com/tr?id=1&ev=PageView">
      <img src="https://stats.g.doubleclick.net/r/collect">
      <img src="https://log.example.vn/pixel.gif?u=1">
      <img src="https://cdn.example/img/spacer.gif">
      <img src="https://i.vnecdn.net/anh-hai.jpg" alt="ảnh hai">
      <p>Hết</p></div>`).body;
    const made: string[] = [];
    const real = document.createElement.bind(document);
    const spy = vi.spyOn(document, 'createElement').mockImplementation(((tag: string, options?: ElementCreationOptions) => {
      made.push(tag);
      return real(tag, options);
    }) as typeof document.createElement);
    let frag: DocumentFragment;
    try {
      frag = buildSafeArticle(document, source, BASE);
    } finally {
      spy.mockRestore();
    }
    const box = document.createElement('div');
    box.append(frag);
    expect(made.filter((t) => t === 'img')).toHaveLength(2);
    expect([...box.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['https://i.vnecdn.net/anh-that.jpg', 'https://i.vnecdn.net/anh-hai.jpg']);
    expect(box.textContent).toContain('Hết');
  });

  it("keeps content nested deeper than 64 levels (up to 1,000 here; a browser builds at most 512), in order", () => {
    for (const depth of [66, 200, 1000]) {
      const open = '<div><blockquote>'.repeat(depth / 2 + 1);
      const source = inert(`<div><p>Đầu</p>${open}<p>Đoạn <b>sâu</b> ${depth}</p><img src="https://i.vnecdn.net/sau.jpg" width="600" height="400"></div><p>Cuối</p>`).body;
      const box = document.createElement('div');
      box.append(buildSafeArticle(document, source, BASE));
      const text = box.textContent ?? '';
      expect(text).toContain(`Đoạn sâu ${depth}`);
      expect(text.indexOf('Đầu')).toBeLessThan(text.indexOf('Đoạn sâu'));
      expect(box.querySelectorAll('img')).toHaveLength(1);
      let deepest = 0;
      for (const el of box.querySelectorAll('*')) {
        let d = 0;
        for (let e: Element | null = el; e && e !== box; e = e.parentElement) d++;
        deepest = Math.max(deepest, d);
      }
      expect(deepest).toBeLessThanOrEqual(66);
    }
  });

  it('safeUrl allows only http(s)', () => {
    expect(safeUrl('https://a.vn/x', BASE)).toBe('https://a.vn/x');
    expect(safeUrl(' javascript:alert(1)', BASE)).toBeNull();
    expect(safeUrl('data:text/html,x', BASE)).toBeNull();
    expect(safeUrl('//cdn.vn/a.jpg', BASE)).toBe('https://cdn.vn/a.jpg');
    expect(safeUrl(null, BASE)).toBeNull();
  });
});

describe('reader extraction', () => {
  it('finds the article on an inert copy with the core findArticleRoot, without blocks Tin Gọn hid', () => {
    const para = (n: number) =>
      `<p>Đoạn ${n}: Ngoại trưởng Mỹ Antony Blinken hôm nay gặp Ủy viên Quốc vụ Trung Quốc Vương Nghị tại Bắc Kinh để bàn về quan hệ song phương, thương mại và an ninh khu vực trong bối cảnh nhiều căng thẳng.</p>`;
    const html = `<html><head><title>Ông Blinken gặp ông Vương Nghị - VnExpress</title></head><body>
      <nav><a href="/">Trang chủ</a></nav>
      <article><h1>Ông Blinken gặp ông Vương Nghị</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}
        <div data-tin-gon-hide="related"><h3>Tin liên quan</h3><a href="/khac">Tin khác hẳn</a></div>
      </article><tin-gon-panel></tin-gon-panel></body></html>`;
    const article = extractArticle(new DOMParser(), html, BASE);
    expect(article).not.toBeNull();
    expect(article!.title).toContain('Blinken');
    const box = document.createElement('div');
    box.append(buildSafeArticle(document, article!.content, BASE));
    expect(box.querySelectorAll('p').length).toBeGreaterThanOrEqual(6);
    expect(box.textContent).not.toContain('Tin khác hẳn');
  });

  it('returns null when there is no article', () => {
    expect(extractArticle(new DOMParser(), '<html><body><p>ngắn</p></body></html>', BASE)).toBeNull();
  });
});

describe('reader prefs', () => {
  it('validates stored prefs and steps the font size within bounds', () => {
    expect(parseReaderPrefs({ fontSize: 21, theme: 'sepia' })).toEqual({ fontSize: 21, theme: 'sepia' });
    expect(parseReaderPrefs({ fontSize: 999, theme: 'neon' }, true)).toEqual(defaultReaderPrefs(true));
    expect(parseReaderPrefs('junk')).toEqual({ fontSize: 19, theme: 'light' });
    expect(stepFontSize(19, 1)).toBe(21);
    expect(stepFontSize(28, 1)).toBe(28);
    expect(stepFontSize(15, -1)).toBe(15);
  });
});
