import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { planDeclutter, planSubtree } from '../../src/core/declutter';
import { HIDE_ATTR, KEEP_ATTR, PageMarks, siteCss } from '../../src/core/marks';
import { findArticleRoot } from '../../src/core/article';
import type { Rules } from '../../src/core/rules';
import { learnedRules } from '../../src/rules/index';

const PARA = (n: number): string =>
  `<p>Đoạn ${n}: Bộ trưởng cho biết chính phủ sẽ tiếp tục theo dõi sát diễn biến thị trường, đồng thời yêu cầu các bộ, ngành phối hợp chặt chẽ để bảo đảm ổn định.</p>`;
const TEASERS = (titles: string[]): string => titles.map((t) => `<li class="item"><a href="/${encodeURIComponent(t)}.html">${t}</a></li>`).join('');

/** An unseen portal: nav with a "Tiêu điểm" link, an article with an in-body link box, a related section and a celebrity sidebar. */
function page(): Document {
  const html = `<!DOCTYPE html><html><head><title>t</title></head><body>
<div class="top-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tieu-diem">Tiêu điểm</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></div>
<main><div class="story"><h1>Tiêu đề bài báo về thị trường vàng</h1>
<div class="story-body">${PARA(1)}${PARA(2)}
<div class="inline-links"><a href="/x.html">Giá vàng hôm nay tăng mạnh phiên đầu tuần</a></div>
${PARA(3)}${PARA(4)}<p>Theo dõi ABC trên</p></div></div>
<div class="box-related"><div class="box-head"><span>Tin liên quan</span></div><ul class="list">${TEASERS([
    'Ngân hàng nhà nước điều chỉnh tỷ giá trung tâm',
    'Giá xăng dầu tăng mạnh trong kỳ điều hành mới',
    'Chứng khoán châu Á giảm điểm phiên sáng nay',
  ])}</ul></div>
<aside class="sidebar"><div class="blk"><h3>Giải trí</h3><ul class="l">${['Sao Việt', 'Netizen', 'Sao châu á']
    .map((l, i) => `<li class="it"><a href="/s${i}.html">Nữ ca sĩ nổi tiếng tung ảnh mới gây sốt mạng xã hội ${i}</a><span>${l}</span></li>`)
    .join('')}</ul></div></aside></main>
<footer class="site-footer"><p>© Báo ABC</p></footer></body></html>`;
  return new JSDOM(html, { url: 'https://unseen.example.vn/bai-bao.html' }).window.document;
}

describe('planDeclutter on an unseen site', () => {
  const doc = page();
  const plan = planDeclutter(doc, learnedRules);
  const hidden = (sel: string): boolean => plan.items.some((i) => i.element === doc.querySelector(sel));

  it('finds the article by paragraph density', () => {
    expect(plan.article).toBe(doc.querySelector('.story-body'));
    expect(findArticleRoot(doc)).toBe(plan.article);
  });

  it('hides the related section as the smallest container of heading + list', () => {
    const item = plan.items.find((i) => i.element === doc.querySelector('.box-related'));
    expect(item?.category).toBe('related');
    expect(item?.label).toBe('Tin liên quan');
  });

  it('calls a list celebrity from its teasers\' labels', () => {
    const item = plan.items.find((i) => i.element.contains(doc.querySelector('.sidebar .l')!));
    expect(item?.category).toBe('celebrity');
  });

  it('hides the in-body link box and the follow-us line, never a paragraph', () => {
    expect(hidden('.inline-links')).toBe(true);
    expect(plan.items.some((i) => i.category === 'inline' && /Theo dõi ABC/.test(i.element.textContent ?? ''))).toBe(true);
    for (const p of Array.from(doc.querySelectorAll('.story-body p')).filter((p) => /Đoạn/.test(p.textContent ?? ''))) {
      expect(plan.items.some((i) => i.element === p || i.element.contains(p) || p.contains(i.element))).toBe(false);
    }
  });

  it('leaves menus alone even when a link reads "Tiêu điểm"', () => {
    const menu = doc.querySelector('.top-menu')!;
    expect(plan.items.some((i) => menu.contains(i.element) || i.element.contains(menu))).toBe(false);
  });

  it('respects the category switch', () => {
    const only = planDeclutter(page(), learnedRules, { categories: new Set(['celebrity']) });
    expect(only.items.length).toBeGreaterThan(0);
    expect(only.items.every((i) => i.category === 'celebrity')).toBe(true);
  });
});

describe('PageMarks apply / restore', () => {
  it('marks with one attribute and one stylesheet, and restores byte-identical', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const plan = planDeclutter(doc, learnedRules);
    expect(doc.documentElement.outerHTML).toBe(before); // planning writes nothing
    const marks = new PageMarks(doc);
    marks.apply(plan, { showHidden: false });
    marks.apply(plan, { showHidden: true });
    expect(doc.querySelectorAll('style#tin-gon-style').length).toBe(1);
    expect(doc.getElementById('tin-gon-style')?.textContent).toContain('attr(data-tin-gon-hide)');
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`).length).toBe(plan.items.length);
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('one sheet: the site CSS set before <head> exists moves into it, marks follow, restore takes both', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.replaceChildren(); // document_start: no <head>, no <body> yet
    const marks = new PageMarks(doc);
    marks.setSiteCss('div.box-related{display:none!important}\n');
    const sheet = doc.documentElement.querySelector('style');
    expect(sheet?.parentNode).toBe(doc.documentElement);
    const head = doc.createElement('head');
    const pageStyle = doc.createElement('style');
    head.append(pageStyle);
    const body = doc.createElement('body');
    body.innerHTML = '<div class="box-related">x</div><div class="ad">y</div>';
    doc.documentElement.append(head, body);
    const before = doc.documentElement.outerHTML;
    marks.apply({ items: [{ element: body.lastElementChild!, category: 'inline', ruleId: 'r', label: 'y' }] }, { showHidden: false });
    expect(doc.querySelectorAll('style#tin-gon-style')).toHaveLength(1);
    expect(head.lastElementChild).toBe(sheet); // after the page's own sheets
    expect(sheet?.textContent).toBe(`div.box-related{display:none!important}\n[${HIDE_ATTR}]{display:none!important}`);
    marks.restore({ keepSiteCss: true });
    expect(sheet?.textContent).toBe('div.box-related{display:none!important}\n');
    expect(body.querySelector(`[${HIDE_ATTR}]`)).toBeNull();
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before.replace(sheet!.outerHTML, ''));
    expect(doc.querySelector('style#tin-gon-style')).toBeNull();
  });
});

describe('a page that uses our names (issue 11)', () => {
  // A saved copy of a cleaned page, or a hostile page: its own style#tin-gon-style and data-tin-gon-* attributes.
  const html = `<!doctype html><html lang="vi"><head><style id="tin-gon-style">.own{color:red}</style></head><body>
<div class="own" data-tin-gon-hide="page-own">the page's own attribute</div>
<p data-tin-gon-keep="x">kept by the page</p>
<div class="bar" data-tin-gon-hide="page-value">a bar the page marked itself</div>
<div class="box">a box</div></body></html>`;

  it('is cleaned with a sheet of our own, and restored byte for byte, leaving the page its nodes and attributes', () => {
    const doc = new JSDOM(html).window.document;
    const before = doc.documentElement.outerHTML;
    const pageSheet = doc.getElementById('tin-gon-style')!;
    const bar = doc.querySelector('.bar')!;
    const box = doc.querySelector('.box')!;
    const keep = doc.querySelector('p')!;
    const marks = new PageMarks(doc);
    marks.setSiteCss('.box:not([data-tin-gon-keep]){display:none!important}\n');
    marks.apply({ items: [{ element: box, category: 'related', ruleId: 'r', label: 'x' }, { element: bar, category: 'inline', ruleId: 'b', label: 'y' }], keep: [keep] }, { showHidden: false });
    const sheets = [...doc.querySelectorAll('style#tin-gon-style')];
    expect(sheets).toHaveLength(2);
    const ours = sheets.find((s) => marks.owns(s));
    expect(ours).toBeDefined();
    expect(ours).not.toBe(pageSheet);
    expect(pageSheet.textContent).toBe('.own{color:red}');
    expect(ours?.textContent).toContain(`[${HIDE_ATTR}]{display:none!important}`);
    expect(box.getAttribute(HIDE_ATTR)).toBe('related');
    expect(bar.getAttribute(HIDE_ATTR)).toBe('inline');
    expect(marks.hides(box)).toBe(true);
    expect(marks.hides(doc.querySelector('.own')!)).toBe(false); // the page's own mark is not ours
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementById('tin-gon-style')).toBe(pageSheet);
  });
});

describe('planSubtree (content added later)', () => {
  it('plans only inside the added node and skips what is already hidden', () => {
    const doc = page();
    const plan = planDeclutter(doc, learnedRules);
    const marks = new PageMarks(doc);
    marks.apply(plan, { showHidden: false });
    // built with DOM calls, as a page script would add a lazy sidebar
    const lazy = doc.createElement('div');
    lazy.className = 'lazy-box';
    const h2 = doc.createElement('h2');
    h2.textContent = 'Đọc nhiều';
    const ul = doc.createElement('ul');
    for (const title of ['Một tin đọc nhiều thứ nhất hôm nay', 'Một tin đọc nhiều thứ hai hôm nay', 'Một tin đọc nhiều thứ ba hôm nay']) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = `/${encodeURIComponent(title)}.html`;
      a.textContent = title;
      li.appendChild(a);
      ul.appendChild(li);
    }
    lazy.append(h2, ul);
    doc.body.appendChild(lazy);
    const hidden = (el: Element): boolean => marks.hides(el);
    const items = planSubtree(lazy, plan.article, learnedRules, { hidden });
    expect(items.map((i) => i.category)).toContain('trending');
    expect(items.every((i) => lazy.contains(i.element))).toBe(true);
    const related = doc.querySelector('.box-related')!;
    expect(planSubtree(related, plan.article, learnedRules)).not.toEqual([]);
    expect(planSubtree(related, plan.article, learnedRules, { hidden })).toEqual([]);
  });
});

describe('site selectors', () => {
  const rules: Rules = {
    version: 1,
    corpus: { pages: [], sites: [] },
    rules: [
      { id: 'site:unseen.example.vn:div.box-related', kind: 'site-selector', site: 'unseen.example.vn', selector: 'div.box-related', label: 'Tin liên quan', action: 'hide-section', category: 'related', evidence: { pages: ['x'], sites: ['unseen.example.vn'], count: 1 } },
      // a bad rule that would hide the article: the guard must spare it and mark it for the early CSS
      { id: 'site:unseen.example.vn:div.story', kind: 'site-selector', site: 'unseen.example.vn', selector: 'div.story', label: 'x', action: 'hide-section', category: 'related', evidence: { pages: ['x'], sites: ['unseen.example.vn'], count: 1 } },
    ],
  };

  it('siteCss wraps every selector so kept elements are spared', () => {
    const css = siteCss(rules, 'www.unseen.example.vn', new Set(['related']));
    expect(css).toContain(`div.box-related:not([${KEEP_ATTR}])`);
    expect(css).toContain('{display:none!important}');
    expect(siteCss(rules, 'other.vn', new Set(['related']))).toBe('');
    expect(siteCss(rules, 'unseen.example.vn', new Set(['trending']))).toBe('');
  });

  it('plans selector matches, and marks (not hides) a match holding the article', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const plan = planDeclutter(doc, rules, { url: 'https://unseen.example.vn/a.html' });
    expect(plan.items.find((i) => i.element === doc.querySelector('.box-related'))?.ruleId).toBe('site:unseen.example.vn:div.box-related');
    expect(plan.items.some((i) => i.element === doc.querySelector('.story'))).toBe(false);
    expect(plan.keep).toEqual([doc.querySelector('.story')]);
    expect(doc.documentElement.outerHTML).toBe(before); // the planner only says so
    const marks = new PageMarks(doc);
    marks.apply(plan, { showHidden: false });
    expect(doc.querySelector('.story')?.hasAttribute(KEEP_ATTR)).toBe(true);
    marks.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

import { cleanTextLines } from '../../src/core/textclean';

describe('cleanTextLines (seed-style text)', () => {
  const para = (n: number): string =>
    `Đoạn ${n} của bài: Bộ trưởng cho biết chính phủ sẽ tiếp tục theo dõi sát diễn biến thị trường, yêu cầu các bộ, ngành phối hợp chặt chẽ để bảo đảm ổn định giá cả trong thời gian tới.`;

  it('hides a mid-body related box and resumes the article after it', () => {
    const lines = [
      'Tiêu đề bài báo về giá cả thị trường',
      para(1),
      para(2),
      'Tin liên quan',
      'Giá xăng dầu tăng mạnh trong kỳ điều hành mớiGiá xăng dầu tăng mạnh trong kỳ điều hành mới',
      '10:00:00 01/02/2025',
      'Ngân hàng nhà nước điều chỉnh tỷ giá trung tâmNgân hàng nhà nước điều chỉnh tỷ giá trung tâm',
      '09:00:00 01/02/2025',
      para(3),
      para(4),
      para(5),
    ];
    const { kept, hidden } = cleanTextLines(lines, learnedRules);
    expect(kept).toEqual([lines[0], para(1), para(2), para(3), para(4), para(5)]);
    expect(hidden[0]).toMatchObject({ category: 'related', label: 'Tin liên quan' });
  });

  it('matches boilerplate whatever the Unicode form and site name', () => {
    const { kept } = cleanTextLines(['Tiêu đề', para(1), 'Theo dõi ABC.VN trên'.normalize('NFD'), para(2)], learnedRules);
    expect(kept).toEqual(['Tiêu đề', para(1), para(2)]);
  });
});

describe('section headers are not site chrome', () => {
  it('finds "Tin liên quan" inside a .box-header, but not a "Tiêu điểm" item of .main-menu', () => {
    const doc = new JSDOM(`<!DOCTYPE html><html><body>
<ul class="main-menu"><li><a href="/a">Tiêu điểm</a></li><li><a href="/b">Thời sự</a></li><li><a href="/c">Thế giới</a></li></ul>
<div class="content"><h1>Tiêu đề bài báo thử nghiệm cho khung tiêu đề</h1><div class="body">${PARA(1)}${PARA(2)}${PARA(3)}</div></div>
<div class="box"><div class="box-header"><h3>Tin liên quan</h3></div><div class="box-body">${TEASERS(['Tin thứ nhất có tiêu đề đủ dài', 'Tin thứ hai có tiêu đề đủ dài'])}</div></div>
</body></html>`, { url: 'https://another.example.vn/' }).window.document;
    const plan = planDeclutter(doc, learnedRules);
    expect(plan.items.map((i) => i.element)).toContain(doc.querySelector('.box'));
    const menu = doc.querySelector('.main-menu')!;
    expect(plan.items.some((i) => menu.contains(i.element) || i.element.contains(menu))).toBe(false);
  });
});

describe('celebrity vocabulary', () => {
  it('calls an unlabelled list celebrity from its teasers\' words', () => {
    const titles = ['Nhan sắc tuổi 40 của nữ diễn viên gạo cội gây sốt', 'Sao Việt đón Tết: nữ diễn viên khoe nhan sắc rạng rỡ', 'Nam diễn viên điển trai lộ diện sau ồn ào'];
    const doc = new JSDOM(`<!DOCTYPE html><html><body><div class="content"><h1>Tiêu đề bài báo thử nghiệm cho phần từ vựng</h1><div class="body">${PARA(1)}${PARA(2)}${PARA(3)}</div></div>
<div class="side"><ul class="l">${TEASERS(titles)}</ul></div></body></html>`, { url: 'https://vocab.example.vn/' }).window.document;
    const plan = planDeclutter(doc, learnedRules);
    expect(plan.items.find((i) => i.element.contains(doc.querySelector('.l')!))?.category).toBe('celebrity');
  });
});

describe('buttons are not empty widgets', () => {
  it('leaves a "Đọc tiếp" expand button inside the article alone', () => {
    const doc = new JSDOM(`<!DOCTYPE html><html><body><div class="content"><h1>Tiêu đề bài báo thử nghiệm cho nút đọc tiếp</h1>
<div class="body">${PARA(1)}${PARA(2)}<div class="more"><span class="btn">Đọc tiếp</span></div>${PARA(3)}</div></div></body></html>`, { url: 'https://button.example.vn/' }).window.document;
    expect(planDeclutter(doc, learnedRules).items).toEqual([]);
  });
});

describe('short article text is article text', () => {
  it('never hides a "Không" cell of a table in the body', () => {
    const doc = new JSDOM(`<!DOCTYPE html><html><body><div class="content"><h1>Tiêu đề bài báo thử nghiệm có bảng số liệu</h1>
<div class="body">${PARA(1)}${PARA(2)}<table><tr><td>Miễn thuế</td><td>Không</td></tr><tr><td>Giảm trừ</td><td>Có</td></tr></table>${PARA(3)}</div></div></body></html>`, { url: 'https://table.example.vn/' }).window.document;
    const plan = planDeclutter(doc, learnedRules);
    for (const td of Array.from(doc.querySelectorAll('td'))) expect(plan.items.some((i) => i.element === td || i.element.contains(td))).toBe(false);
  });
});

describe('teasers the collect walk does not enter', () => {
  // jsdom parses <noscript> content as elements (scripting off), like the learner and the CLI see it
  const html = (inside: string): string => `<!DOCTYPE html><html><body><main><div class="story-body">${PARA(1)}${PARA(2)}${PARA(3)}</div>
<div class="box"><h3>Tin liên quan</h3>${inside}</div></main></body></html>`;
  const plan = (inside: string): { doc: Document; items: Element[] } => {
    const doc = new JSDOM(html(inside), { url: 'https://unseen.example.vn/bai.html' }).window.document;
    return { doc, items: planDeclutter(doc, learnedRules).items.map((i) => i.element) };
  };

  it('still count for the section around them (a teaser inside <noscript>)', () => {
    const { doc, items } = plan('<noscript><a href="/x.html">Ngân hàng nhà nước điều chỉnh tỷ giá trung tâm</a></noscript>');
    expect(items).toContain(doc.querySelector('.box'));
  });

  it('and a section without any teaser stays', () => {
    const { doc, items } = plan('<noscript><a href="/x.html">Trang chủ</a></noscript>');
    expect(items).not.toContain(doc.querySelector('.box'));
  });
});

describe('boilerplate labels with links, in wrappers', () => {
  it('hides the outermost wrapper of "Theo dõi … trên <a>Google News</a>", as a top-down walk would', () => {
    const html = `<!DOCTYPE html><html><body><main><div class="story-body">${PARA(1)}${PARA(2)}${PARA(3)}</div>
<section class="follow"><div class="w"><p>Theo dõi ABC trên <a href="https://news.google.com/x">Google News</a></p></div>
<span>Một dòng chữ khác của trang</span></section></main></body></html>`;
    const doc = new JSDOM(html, { url: 'https://unseen.example.vn/bai.html' }).window.document;
    const items = planDeclutter(doc, learnedRules).items;
    const follow = items.find((i) => i.ruleId.includes('boilerplate') || i.category === 'inline');
    expect(follow?.element).toBe(doc.querySelector('.w'));
    expect(follow?.label).toBe('Theo dõi ABC trên Google News');
  });
});
