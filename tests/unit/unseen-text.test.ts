/**
 * Text no reader sees (inline scripts, styles, <noscript> markup) is not article text, does not score a
 * block as a paragraph and does not hide a heading; and the planner's one walk reads the article exactly
 * as the stand-alone functions (reader view, CLI) do.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, articleText, findArticleRoot, paragraphBlocks, visibleText } from '../../src/core/article';
import { planDeclutter } from '../../src/core/declutter';
import { learnedRules } from '../../src/rules/index';
import { loadPage, pageNames, pageUrl } from '../../src/offline/fixtures';

const doc = (body: string): Document => new JSDOM(`<!doctype html><html lang="vi"><body>${body}</body></html>`, { url: 'https://example.vn/a' }).window.document;

const SENTENCES = [
  'Ủy ban nhân dân thành phố cho biết, phố đi bộ sẽ mở rộng thêm ba tuyến phố, thời gian hoạt động kéo dài đến nửa đêm.',
  'Theo kế hoạch, các tuyến mới sẽ cấm xe từ 19h thứ sáu đến 24h chủ nhật, người dân được hướng dẫn gửi xe quanh khu vực.',
  'Sở Giao thông vận tải cho biết sẽ bố trí thêm xe buýt, lực lượng chức năng được tăng cường để bảo đảm trật tự, an toàn.',
];
const SCRIPT = 'window.adConfig = {"zone": "article-inline", "sizes": [[300, 250], [336, 280]], "lazy": true, "refresh": 30};';

describe('text no reader sees', () => {
  it('visibleText leaves out scripts, styles and <noscript> markup, and is textContent otherwise', () => {
    const d = doc(`<p id="a">Một <b>câu</b><script>${SCRIPT}</script><style>.x{color:red}</style> văn<noscript><img src="x.gif"></noscript></p><p id="b">Hai <i>câu</i></p>`);
    expect(visibleText(d.getElementById('a')!)).toBe('Một câu văn');
    expect(visibleText(d.getElementById('b')!)).toBe(d.getElementById('b')!.textContent);
  });

  it('a block holding only a script is no article paragraph, and its code is not article text', () => {
    const d = doc(`<div class="main"><h1>Hà Nội mở rộng phố đi bộ quanh hồ Hoàn Kiếm</h1><div class="body">
      <p>${SENTENCES[0]}</p><p><script>${SCRIPT.repeat(3)}</script></p><p>${SENTENCES[1]}</p><p>${SENTENCES[2]}</p></div></div>`);
    const plan = planDeclutter(d, learnedRules, { url: 'https://example.vn/a' });
    expect(plan.article?.className).toBe('body');
    const text = articleText(plan.article!, plan.paragraphs);
    expect(text).not.toContain('adConfig');
    expect(text.split('\n\n')).toHaveLength(3);
    expect(articleText(plan.article!)).toBe(text);
  });

  it('a CSS blob in the sidebar does not draw the article root to it', () => {
    const css = '.box{margin:0;padding:0;}'.repeat(40);
    const d = doc(`<div class="side"><div><style>${css}</style></div><div><style>${css}</style></div><div><style>${css}</style></div></div>
      <div class="body"><p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p><p>${SENTENCES[2]}</p></div>`);
    expect(findArticleRoot(d)?.className).toBe('body');
  });

  it('a section heading carrying a script is still a heading', () => {
    const d = doc(`<div class="body"><p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p><p>${SENTENCES[2]}</p></div>
      <div class="box"><h3>Tin liên quan<script>${SCRIPT}</script></h3><ul>
      <li><a href="/a">Hà Nội thí điểm thêm tuyến phố đi bộ mới quanh hồ</a></li>
      <li><a href="/b">Phố cổ đông nghịt người dịp cuối tuần vừa qua</a></li></ul></div>`);
    const plan = planDeclutter(d, learnedRules, { url: 'https://example.vn/a' });
    expect(plan.items.map((i) => i.element.className)).toContain('box');
  });
});

describe("the planner's one walk reads the article as the stand-alone functions do", () => {
  for (const name of pageNames()) {
    it(name, { timeout: 180_000 }, () => {
      const page = loadPage(name);
      const d = page.document;
      const plan = planDeclutter(d, learnedRules, { url: pageUrl(page.gold, name) });
      const article = findArticleRoot(d);
      expect(plan.article).toBe(article);
      expect(plan.paragraphs.map((p) => p.el)).toEqual(articleParagraphs(article!).map((p) => p.el));
      expect(plan.paragraphs.map((p) => p.raw)).toEqual(paragraphBlocks(article!).filter((b) => plan.paragraphs.some((p) => p.el === b.el)).map((b) => b.raw));
    });
  }
});
