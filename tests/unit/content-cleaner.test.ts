// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { HIDE_ATTR, HIGHLIGHT_STYLE_ATTR, PANEL_HOST_TAG, STYLE_ID } from '../../src/core/marks';
import { learnedRules } from '../../src/rules';
import { PageCleaner, isPanelNode } from '../../src/content/cleaner';
import { addedElements } from '../../src/content/observer';
import { CATEGORIES } from '../../src/core/types';
import { countHidden, statsReply } from '../../src/content/stats';
import { isMessage } from '../../src/shared/messages';
import { caseSource } from '../../src/offline/fixtures';

const ALL = new Set(CATEGORIES);
const FAST = { maxItems: 64, budgetMs: 4, debounceMs: 5, idleMs: 30_000 };

function load(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

/** The HTML of a fixture case. */
const page = (name: string): string => caseSource(name);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cleaner: PageCleaner | null = null;
afterEach(() => {
  cleaner?.restore();
  cleaner = null;
});

function makeCleaner(counts: number[] = [], errors: unknown[] = []): PageCleaner {
  cleaner = new PageCleaner(document, learnedRules, (n) => counts.push(n), (_w, e) => errors.push(e), FAST);
  return cleaner;
}

describe('PageCleaner', () => {
  it('hides clutter on a Vietnamese article and restores the DOM byte for byte', () => {
    const doc = load(page('vnexpress.net__e2e-bai-viet'));
    const before = doc.documentElement.outerHTML;
    const counts: number[] = [];
    const c = makeCleaner(counts);
    c.marks.setSiteCss('div.x{display:none}');
    c.apply({ url: 'https://vnexpress.net/e2e-bai-viet.html', categories: ALL, showHidden: false });
    expect(c.applied).toBe(true);
    expect(c.items.map((i) => i.category).sort()).toEqual(['related', 'trending']);
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(2);
    expect(c.timings.declutterMs).toBeGreaterThanOrEqual(0);
    expect(counts.at(-1)).toBe(2);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    c.restore();
    expect(doc.getElementById(STYLE_ID)).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(counts.at(-1)).toBe(0);
  });

  it('cleans without the recogniser; entities come later, once per apply, from the text it cleaned', () => {
    load(page('vnexpress.net__e2e-bai-viet'));
    const c = makeCleaner();
    c.apply({ url: 'https://vnexpress.net/a', categories: ALL, showHidden: false });
    expect(c.applied).toBe(true);
    expect(c.entities).toEqual([]);
    expect(c.needsEntities).toBe(true);
    const texts: string[] = [];
    const extract = (text: string) => {
      texts.push(text);
      return [{ type: 'PERSON' as const, name: 'X', aliases: [], count: 1, firstSentence: '', mentions: [] }];
    };
    c.recognise(extract);
    c.recognise(extract);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.length).toBeGreaterThan(200);
    expect(c.entities.map((e) => e.name)).toEqual(['X']);
    expect(c.needsEntities).toBe(false);
    c.restore();
    expect(c.entities).toEqual([]);
    c.recognise(extract); // nothing cleaned: nothing to recognise
    expect(texts).toHaveLength(1);
  });

  it('only the enabled categories, and outline mode marks without a hiding stylesheet', () => {
    load(page('vnexpress.net__e2e-bai-viet'));
    const c = makeCleaner();
    c.apply({ url: 'https://vnexpress.net/a', categories: new Set(['trending']), showHidden: true });
    expect(c.items.map((i) => i.category)).toEqual(['trending']);
    expect(document.getElementById('tin-gon-style')?.textContent).toContain('outline');
  });

  it('re-applying (categories changed) does not stack marks', () => {
    load(page('vnexpress.net__e2e-bai-viet'));
    const c = makeCleaner();
    c.apply({ url: 'https://vnexpress.net/a', categories: ALL, showHidden: false });
    c.apply({ url: 'https://vnexpress.net/a', categories: new Set(['related']), showHidden: false });
    expect(document.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(1);
  });

  it.each([
    ['an English page', 'english-news.test__article', 'https://english-news.test/article.html'],
    ['a page with no article', 'cua-hang.test__index', 'https://cua-hang.test/'],
  ])('leaves %s untouched (and says so)', (_name, file, url) => {
    const doc = load(page(file));
    const before = doc.documentElement.outerHTML;
    const c = makeCleaner();
    c.marks.setSiteCss('ul{display:none}');
    c.apply({ url, categories: ALL, showHidden: false });
    expect(c.applied).toBe(false);
    expect(c.skipped).toBe(true);
    expect(c.items).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides clutter the page adds later, in slices, ignoring its own nodes', async () => {
    const doc = load(page('vnexpress.net__e2e-bai-viet'));
    const counts: number[] = [];
    const c = makeCleaner(counts);
    c.apply({ url: 'https://vnexpress.net/a', categories: ALL, showHidden: false });
    const box = doc.createElement('div');
    box.className = 'lazy-box';
    const heading = doc.createElement('h3');
    heading.textContent = 'Xem nhiều';
    const list = doc.createElement('ul');
    for (const [i, text] of [
      'Giá xăng dầu đồng loạt giảm từ chiều nay theo điều hành liên bộ',
      'Sân bay Long Thành đón chuyến bay thử nghiệm đầu tiên vào cuối năm',
      'Thủ đô mở thêm ba tuyến phố đi bộ quanh hồ Hoàn Kiếm dịp lễ',
    ].entries()) {
      const a = doc.createElement('a');
      a.href = `/c${i}.html`;
      a.textContent = text;
      const li = doc.createElement('li');
      li.append(a);
      list.append(li);
    }
    box.append(heading, list);
    doc.body.append(box);
    await wait(60);
    expect(box.hasAttribute(HIDE_ATTR) || box.querySelector(`[${HIDE_ATTR}]`) !== null).toBe(true);
    expect(c.items.length).toBe(3);
    expect(counts.at(-1)).toBe(3);
    const before = c.items.length;
    const style = doc.createElement('style');
    style.setAttribute(HIGHLIGHT_STYLE_ATTR, '');
    style.textContent = '.lazy-box{color:red}';
    doc.head.append(style); // the highlighter's (entities.js): ignored
    await wait(30);
    expect(c.items.length).toBe(before);
    c.restore();
    doc.body.append(box.cloneNode(true)); // after restore the observer is gone
    await wait(30);
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(0);
  });
});

describe('own nodes and mutation records', () => {
  it('recognises the nodes the extension adds, and not a page node named like them', () => {
    load(page('vnexpress.net__e2e-bai-viet'));
    const c = makeCleaner();
    c.apply({ url: 'https://vnexpress.net/a', categories: ALL, showHidden: false });
    const style = [...document.querySelectorAll('style')].find((s) => c.marks.owns(s));
    expect(style?.id).toBe(STYLE_ID);
    const impostor = document.createElement('style');
    impostor.id = STYLE_ID;
    expect(c.isOwnNode(style!)).toBe(true);
    expect(c.isOwnNode(impostor)).toBe(false);
    expect(isPanelNode(document.createElement(PANEL_HOST_TAG))).toBe(true);
    expect(c.isOwnNode(document.createElement('style'))).toBe(false);
    expect(c.isOwnNode(document.createTextNode('x'))).toBe(false);
    const div = document.createElement('div');
    const records = [{ addedNodes: [div, style, impostor, document.createTextNode('t')] }] as unknown as MutationRecord[];
    expect(addedElements(records, c.isOwnNode)).toEqual([div, impostor]);
  });
});

describe('stats reply', () => {
  it('groups hidden blocks by category and label, most first', () => {
    expect(
      countHidden([
        { category: 'related', label: 'Tin liên quan' },
        { category: 'trending', label: 'Đọc nhiều' },
        { category: 'related', label: 'Tin liên quan' },
      ]),
    ).toEqual([
      { category: 'related', label: 'Tin liên quan', count: 2 },
      { category: 'trending', label: 'Đọc nhiều', count: 1 },
    ]);
  });

  it('has the shape the popup, tests and benchmarks read, and survives structured clone', () => {
    const reply = statsReply({
      url: 'https://vnexpress.net/a',
      enabled: false,
      reason: 'site-disabled',
      items: [],
      timings: { declutterMs: 1.23456, entitiesMs: 0.5, cleanedAt: 100.001 },
      entities: [],
      panelOpen: false,
    });
    expect(reply).toEqual({
      url: 'https://vnexpress.net/a',
      enabled: false,
      reason: 'site-disabled',
      hidden: [],
      timings: { declutterMs: 1.23, entitiesMs: 0.5, cleanedAt: 100 },
      entities: [],
      panelOpen: false,
    });
    expect(structuredClone(reply)).toEqual(reply);
    expect(isMessage({ type: 'tin-gon/stats' })).toBe(true);
    expect(isMessage({ type: 'other/stats' })).toBe(false);
    expect(isMessage(null)).toBe(false);
  });
});
