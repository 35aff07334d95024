import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTR, KEEP_ATTR, OWNER_ATTR, PageMarks, STYLE_ID } from '../../src/core/marks';
import type { HideItem } from '../../src/core/types';

// Chromium keeps an updated extension's old content script running (orphaned) next to the new one; both mark
// the same page with the same names and neither can reach the other. Each must leave the other's marks alone.
const html = `<!doctype html><html lang="vi"><head></head><body>
<article><p class="lead">Đoạn mở đầu của bài báo.</p><p class="spared">Đoạn thân bài mà quy tắc của trang sẽ ẩn.</p></article>
<div class="related">Tin liên quan</div><div class="hot">Tin đang nóng</div><div class="late">Tin mới nhất</div></body></html>`;

function setup() {
  const doc = new JSDOM(html).window.document;
  const before = doc.documentElement.outerHTML;
  const q = (s: string) => doc.querySelector(s)!;
  const item = (s: string): HideItem => ({ element: q(s), category: 'related', ruleId: 'r', label: s });
  return { doc, before, q, item };
}

const hidden = (doc: Document) => [...doc.querySelectorAll(`[${HIDE_ATTR}]`)].map((e) => e.className).sort();
const style = { showHidden: false };

describe('two instances marking one page (an orphan and its successor)', () => {
  it('the orphan ends first: the new instance keeps its marks, and its own restore leaves the page exact', () => {
    const { doc, before, q, item } = setup();
    const orphan = new PageMarks(doc);
    orphan.apply({ items: [item('.related'), item('.hot')], keep: [q('.spared')] }, style);
    const fresh = new PageMarks(doc);
    fresh.apply({ items: [item('.related'), item('.hot'), item('.late')], keep: [q('.spared')] }, style);
    expect(orphan.token).not.toBe(fresh.token);
    orphan.restore(); // the orphan notices it is one, and takes away what it still owns
    expect(hidden(doc)).toEqual(['hot', 'late', 'related']);
    expect(q('.spared').getAttribute(KEEP_ATTR)).toBe(fresh.token);
    expect(doc.querySelectorAll(`style#${STYLE_ID}`)).toHaveLength(1);
    fresh.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the new instance restores first (clean mode off) while the orphan lives: the orphan\'s marks stay its own, then go with it', () => {
    const { doc, before, q, item } = setup();
    const orphan = new PageMarks(doc);
    orphan.apply({ items: [item('.related')], keep: [q('.spared')] }, style);
    const fresh = new PageMarks(doc);
    fresh.apply({ items: [item('.related'), item('.hot')], keep: [q('.spared')] }, style);
    fresh.restore();
    expect(hidden(doc)).toEqual(['related']);
    expect(q('.related').getAttribute(OWNER_ATTR)).toBe(orphan.token);
    expect(q('.spared').getAttribute(KEEP_ATTR)).toBe(orphan.token);
    orphan.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a mark the orphan makes late, over the new instance\'s, goes back to the new instance when the orphan ends', () => {
    const { doc, before, item } = setup();
    const orphan = new PageMarks(doc);
    orphan.apply({ items: [item('.related')] }, style);
    const fresh = new PageMarks(doc);
    fresh.apply({ items: [item('.related'), item('.late')] }, style);
    orphan.apply({ items: [item('.late')] }, style); // its observer, before it noticed
    orphan.restore();
    expect(hidden(doc)).toEqual(['late', 'related']);
    fresh.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a saved copy of a cleaned page keeps the marks and sheet it was saved with', () => {
    const { doc, item } = setup();
    const saver = new PageMarks(doc);
    saver.apply({ items: [item('.related')] }, style);
    const saved = new JSDOM(doc.documentElement.outerHTML).window.document;
    const before = saved.documentElement.outerHTML;
    const marks = new PageMarks(saved);
    marks.apply({ items: [{ element: saved.querySelector('.related')!, category: 'trending', ruleId: 'r', label: 'x' }] }, style);
    marks.restore();
    expect(saved.documentElement.outerHTML).toBe(before);
  });
});
