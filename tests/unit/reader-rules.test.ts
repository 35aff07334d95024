import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { planDeclutter } from '../../src/core/declutter';
import { KEEP_ATTR } from '../../src/core/marks';
import type { PageGold } from '../../src/core/gold';
import { pageSignatures, selectorCandidates } from '../../src/core/reader-signatures';
import { siteKeyOf } from '../../src/core/hosts';
import { isSafeSelector, judgeSignature, linkTurnover, mergeReaderRules, parseReaderExport, readerCss, recordPage, exportRules, type SiteRecord } from '../../src/core/reader-rules';
import { normalizeSpace } from '../../src/core/text';
import { CATEGORIES } from '../../src/core/types';
import { learnedRules } from '../../src/rules';
import { caseDocument, casePart, fixtureCase } from '../../src/offline/fixtures';

const DAY = 86_400_000;

interface Page {
  doc: Document;
  gold: PageGold & { chrome?: string[] };
  url: string;
}

/** A held-out or revisit case (the kind is checked: the test is about a template seen twice). */
function load(kind: 'heldout' | 'revisit', name: string): Page {
  const c = fixtureCase(name);
  expect(c.meta.kind).toBe(kind);
  const gold = casePart<PageGold & { chrome?: string[] }>(c, 'gold.json');
  if (!gold) throw new Error(`${name}: no gold.json`);
  return { doc: caseDocument(c), gold, url: gold.url };
}

function html(body: string, url: string): Page {
  const doc = new JSDOM(`<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`, { url }).window.document;
  return { doc, gold: { file: '', site: '', url, article: [], clutter: [] }, url };
}

/** Visit `pages` in order like the content script does: plan with what is learned so far, then learn. */
function visit(pages: Page[], start = Date.UTC(2026, 11, 1)): SiteRecord {
  let record: SiteRecord | undefined;
  pages.forEach((page, i) => {
    const rules = record?.rules ?? [];
    const plan = planDeclutter(page.doc, learnedRules, { url: page.url, extraSiteRules: rules });
    // planners write nothing (core/marks.ts does): what the guard spared comes with the plan
    const sigs = pageSignatures(page.doc, { url: page.url, article: plan.article, items: plan.items, learnedSelectors: rules.map((r) => r.selector), keep: plan.keep });
    record = recordPage(record, sigs, siteKeyOf(new URL(page.url).hostname), start + i * DAY);
  });
  return record!;
}

/** The innermost element whose text holds `text`. */
function locate(doc: Document, text: string): Element | null {
  const want = normalizeSpace(text);
  let best: Element | null = null;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) if (normalizeSpace(el.textContent ?? '').includes(want)) best = el;
  return best;
}

const covered = (el: Element, selectors: string[]): boolean => selectors.some((s) => el.closest(s) !== null);

describe('on-device learning over two pages of one template', () => {
  for (const [a, b] of [
    ['tuoitre.vn__xe-buyt-ket-noi-metro-so-1', 'tuoitre.vn__ha-noi-thi-diem-vung-phat-thai-thap'],
    ['znews.vn__nhat-ban-tai-khoi-dong-dien-hat-nhan', 'znews.vn__indonesia-duong-sat-toc-do-cao'],
  ] as const) {
    it(`${a.split('__')[0]}: after A and B, the rules cover ≥ 90 % of A's clutter and none of its article or menus`, () => {
      const record = visit([load('heldout', a), load('revisit', b)]);
      expect(record.rules.length).toBeGreaterThan(0);
      for (const r of record.rules) {
        expect(r.kind).toBe('site-selector');
        expect(r.evidence.source).toBe('reader');
        expect(r.evidence.count).toBeGreaterThanOrEqual(2);
        expect(r.evidence.firstSeen! <= r.evidence.lastSeen!).toBe(true);
      }
      const selectors = record.rules.map((r) => r.selector);
      const pageA = load('heldout', a);
      const clutter = pageA.gold.clutter.map((c) => locate(pageA.doc, c.text)).filter((e): e is Element => e !== null);
      expect(clutter.length).toBe(pageA.gold.clutter.length);
      const hit = clutter.filter((e) => covered(e, selectors)).length;
      expect(hit / clutter.length).toBeGreaterThanOrEqual(0.9);
      for (const text of [...pageA.gold.article, ...(pageA.gold.chrome ?? [])]) {
        const el = locate(pageA.doc, text);
        expect(el, text).not.toBeNull();
        expect(covered(el!, selectors), text).toBe(false);
      }
    });
  }

  it('learns nothing from one page, nor from the same page read twice', () => {
    const a = 'tuoitre.vn__xe-buyt-ket-noi-metro-so-1';
    expect(visit([load('heldout', a)]).rules).toEqual([]);
    const twice = visit([load('heldout', a), load('heldout', a)]);
    expect(Object.keys(twice.pages)).toHaveLength(1);
    expect(twice.rules).toEqual([]);
  });

  it('keeps no article text: the record holds hashes and short labels only', () => {
    const record = visit([load('heldout', 'tuoitre.vn__xe-buyt-ket-noi-metro-so-1'), load('revisit', 'tuoitre.vn__ha-noi-thi-diem-vung-phat-thai-thap')]);
    const stored = JSON.stringify(record);
    for (const text of load('revisit', 'tuoitre.vn__ha-noi-thi-diem-vung-phat-thai-thap').gold.article) expect(stored).not.toContain(text.slice(0, 30));
    expect(stored).not.toContain('tuoitre.vn/ha-noi');
    for (const sig of record.sigs) expect(sig.label.length).toBeLessThanOrEqual(60);
  });
});

describe('story list or navigation: link turnover', () => {
  // a heading-less list the generic detectors do not take for teasers, and a category bar outside <nav>
  const page = (n: number, stories: string[]): Page =>
    html(
      `<div class="catbar"><a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/van-hoa">Văn hóa</a> <a href="/the-thao">Thể thao</a></div>
       <div class="page-main"><div class="col-main">
         <article class="story"><h1>Bài số ${n}: một tiêu đề đủ dài cho bài viết</h1>
           ${[1, 2, 3, 4, 5].map((p) => `<p>Đoạn văn thứ ${p} của bài ${n} kể lại sự việc với đủ chữ để thành một đoạn văn của bài báo, có chủ ngữ, vị ngữ và dấu chấm ở cuối câu.</p>`).join('\n')}
         </article>
         <div class="nl-box">Nhận bản tin mỗi sáng qua thư điện tử</div>
         <div class="more-box">${stories.map((s) => `<span><a href="/${s}">${s}</a></span>`).join(' ')}</div>
       </div></div>`,
      `https://bao-vi-du.vn/bai-${n}.html`,
    );

  it('learns the list whose links change and the recurring box next to the article; leaves the bar whose links stay', () => {
    const record = visit([page(1, ['a-1', 'b-1', 'c-1', 'd-1']), page(2, ['a-2', 'b-2', 'c-2', 'd-2'])]);
    const bySelector = new Map(record.rules.map((r) => [r.selector, r]));
    expect(bySelector.get('div.more-box')?.category).toBe('related');
    expect(bySelector.get('div.nl-box')?.category).toBe('inline');
    expect(bySelector.has('div.catbar')).toBe(false);
    expect(record.sigs.some((s) => s.sel === 'div.catbar')).toBe(true); // seen, judged navigation
  });

  it('does not learn a list whose links stay the same', () => {
    const same = ['a-1', 'b-1', 'c-1', 'd-1'];
    const record = visit([page(1, same), page(2, same)]);
    expect(record.rules.map((r) => r.selector)).not.toContain('div.more-box');
  });

  it('turnover: 0 for the same links, 1 for all new, in between for some', () => {
    expect(linkTurnover([['a', 'b'], ['a', 'b']])).toBe(0);
    expect(linkTurnover([['a', 'b'], ['c', 'd']])).toBe(1);
    expect(linkTurnover([['a', 'b', 'c'], ['a', 'b', 'd']])).toBeCloseTo(0.5);
  });

  it('drops a learned rule once it would hide article text on another page', () => {
    const record = visit([page(1, ['a-1', 'b-1', 'c-1', 'd-1']), page(2, ['a-2', 'b-2', 'c-2', 'd-2'])]);
    expect(record.rules.some((r) => r.selector === 'div.nl-box')).toBe(true);
    // a third page of the site puts its article inside a div.nl-box
    const odd = html(
      `<div class="nl-box"><article><h1>Bài số 3: một tiêu đề đủ dài cho bài viết</h1>${[1, 2, 3, 4, 5].map((p) => `<p>Đoạn ${p} của bài thứ ba, đủ dài để là một đoạn văn thật của bài báo, có chủ ngữ, vị ngữ và dấu chấm ở cuối câu.</p>`).join('')}</article></div>`,
      'https://bao-vi-du.vn/bai-3.html',
    );
    const plan = planDeclutter(odd.doc, learnedRules, { url: odd.url, extraSiteRules: record.rules });
    expect(plan.items.some((i) => i.ruleId === 'reader:bao-vi-du.vn:div.nl-box')).toBe(false); // the guard keeps it
    const sigs = pageSignatures(odd.doc, { url: odd.url, article: plan.article, items: plan.items, learnedSelectors: record.rules.map((r) => r.selector), keep: plan.keep });
    expect(sigs.unsafe).toContain('div.nl-box');
    const after = recordPage(record, sigs, 'bao-vi-du.vn', Date.UTC(2026, 11, 9));
    expect(after.rules.some((r) => r.selector === 'div.nl-box')).toBe(false);
  });

  it('drops a learned rule the guard spares inside the article (the plan keeps it), whatever the page says of itself', () => {
    const record = visit([page(1, ['a-1', 'b-1', 'c-1', 'd-1']), page(2, ['a-2', 'b-2', 'c-2', 'd-2'])]);
    expect(record.rules.some((r) => r.selector === 'div.nl-box')).toBe(true);
    // a third page wraps article paragraphs in a div.nl-box inside the article: not around it, but article text
    const odd = html(
      `<div class="page-main"><div class="col-main"><article class="story"><h1>Bài số 3: một tiêu đề đủ dài cho bài viết</h1>
         <div class="nl-box">${[1, 2, 3].map((p) => `<p>Đoạn ${p} của bài thứ ba, đủ dài để là một đoạn văn thật của bài báo, có chủ ngữ, vị ngữ và dấu chấm ở cuối câu.</p>`).join('')}</div>
         ${[4, 5].map((p) => `<p>Đoạn ${p} của bài thứ ba, đủ dài để là một đoạn văn thật của bài báo, có chủ ngữ, vị ngữ và dấu chấm ở cuối câu.</p>`).join('')}
       </article></div></div>`,
      'https://bao-vi-du.vn/bai-3.html',
    );
    const plan = planDeclutter(odd.doc, learnedRules, { url: odd.url, extraSiteRules: record.rules });
    const box = odd.doc.querySelector('div.nl-box')!;
    expect(plan.keep).toContain(box);
    expect(box.hasAttribute(KEEP_ATTR)).toBe(false); // planners write nothing
    const learnedSelectors = record.rules.map((r) => r.selector);
    expect(pageSignatures(odd.doc, { url: odd.url, article: plan.article, items: plan.items, learnedSelectors, keep: plan.keep }).unsafe).toContain('div.nl-box');
    // a page's own keep attribute is not ours: it makes no selector unsafe
    const other = page(3, ['a-3', 'b-3', 'c-3', 'd-3']);
    other.doc.querySelector('div.more-box')!.setAttribute(KEEP_ATTR, '');
    const otherPlan = planDeclutter(other.doc, learnedRules, { url: other.url, extraSiteRules: record.rules });
    expect(pageSignatures(other.doc, { url: other.url, article: otherPlan.article, items: otherPlan.items, learnedSelectors, keep: otherPlan.keep }).unsafe).toEqual([]);
  });
});

describe('record bounds', () => {
  const sig = (sel: string, links: string[]) => ({ selector: sel, kind: 'list' as const, decision: 'kept' as const, named: false, label: 'x'.repeat(60), links });

  it('keeps at most pagesPerSite pages, the least recently read going first, and their observations with them', () => {
    let record: SiteRecord | undefined;
    const limits = { pagesPerSite: 3, signaturesPerSite: 80, rulesPerSite: 30, bytesPerSite: 1e9 };
    for (let i = 0; i < 5; i++) record = recordPage(record, { pageId: `p${i}`, signatures: [sig('div.box', [`a${i}`, `b${i}`, `c${i}`])], unsafe: [] }, 's.vn', i * DAY, limits);
    expect(Object.keys(record!.pages).sort()).toEqual(['p2', 'p3', 'p4']);
    expect(Object.keys(record!.sigs[0]!.obs).sort()).toEqual(['p2', 'p3', 'p4']);
    expect(record!.rules[0]?.evidence.pages).toEqual(['p2', 'p3', 'p4']);
  });

  it('keeps at most signaturesPerSite signatures and rulesPerSite rules, and fits bytesPerSite', () => {
    let record: SiteRecord | undefined;
    const limits = { pagesPerSite: 50, signaturesPerSite: 10, rulesPerSite: 4, bytesPerSite: 6_000 };
    for (let i = 0; i < 8; i++) {
      const signatures = Array.from({ length: 6 }, (_, k) => sig(`div.box${(i * 6 + k) % 14}`, [`a${i}`, `b${i}`, `c${i}`]));
      record = recordPage(record, { pageId: `p${i}`, signatures, unsafe: [] }, 's.vn', i * DAY, limits);
    }
    expect(record!.sigs.length).toBeLessThanOrEqual(10);
    expect(record!.rules.length).toBeLessThanOrEqual(4);
    expect(JSON.stringify(record).length).toBeLessThanOrEqual(6_000);
    expect(record!.pages.p7).toBeDefined(); // the newest page stays
  });

  it('never stores a selector that could break out of a CSS rule', () => {
    expect(isSafeSelector('div.box[data-layout="a b"]')).toBe(true);
    for (const bad of ['div{}', 'a;b', 'div/*', '@import', 'a:has(b)', '']) expect(isSafeSelector(bad), bad).toBe(false);
    const record = recordPage(undefined, { pageId: 'p', signatures: [sig('div}body{display:none', ['a', 'b', 'c'])], unsafe: [] }, 's.vn', 0);
    expect(record.sigs).toEqual([]);
  });
});

describe('CSS, export and import', () => {
  const rule = (site: string, selector: string, pages: string[]) => ({
    id: `reader:${site}:${selector}`,
    kind: 'site-selector' as const,
    site,
    selector,
    label: 'Tin liên quan',
    category: 'related' as const,
    evidence: { pages, sites: [site], count: pages.length, source: 'reader' as const, firstSeen: '2026-12-01', lastSeen: '2026-12-02' },
  });

  it('compiles to one rule that spares what the guard kept, per enabled category', () => {
    const rules = [rule('a.vn', 'div.x', ['1', '2'])];
    expect(readerCss(rules, new Set(CATEGORIES), KEEP_ATTR)).toBe(`div.x:not([${KEEP_ATTR}]){display:none!important}\n`);
    expect(readerCss(rules, new Set(['inline']), KEEP_ATTR)).toBe('');
  });

  it('exports in the schema of learned.json, and an export parses back', () => {
    const record = visit([load('heldout', 'znews.vn__nhat-ban-tai-khoi-dong-dien-hat-nhan'), load('revisit', 'znews.vn__indonesia-duong-sat-toc-do-cao')]);
    const exported = JSON.parse(JSON.stringify(exportRules([record])));
    expect(exported.version).toBe(1);
    expect(exported.corpus.sites).toEqual(['znews.vn']);
    const parsed = parseReaderExport(exported);
    expect(parsed.map((r) => r.id)).toEqual(record.rules.map((r) => r.id));
    expect(parsed.every((r) => r.evidence.source === 'reader')).toBe(true);
  });

  it('rejects a bad export with a message that says where', () => {
    expect(() => parseReaderExport({ rules: [] })).toThrow(/version/);
    expect(() => parseReaderExport({ version: 1, rules: [{ ...rule('a.vn', 'div.x', ['1', '2']), selector: 'div{x}' }] })).toThrow(/rules\[0\].*selector/);
    expect(() => parseReaderExport({ version: 1, rules: [rule('a.vn', 'div.x', ['1'])] })).toThrow(/at least 2/);
    expect(() => parseReaderExport({ version: 1, rules: [{ ...rule('a.vn', 'div.x', ['1', '2']), kind: 'heading' }] })).toThrow(/site-selector/);
  });

  it('merges: evidence of the same rule is joined, a selector the shipped rules already have is not added', () => {
    const merged = mergeReaderRules([rule('a.vn', 'div.x', ['1', '2'])], [rule('a.vn', 'div.x', ['2', '3']), rule('b.vn', 'div.y', ['4', '5'])]);
    expect(merged.map((r) => r.id)).toEqual(['reader:a.vn:div.x', 'reader:b.vn:div.y']);
    expect(merged[0]!.evidence.pages).toEqual(['1', '2', '3']);
    expect(merged[0]!.evidence.count).toBe(3);
    const shipped = learnedRules.rules.find((r) => r.kind === 'site-selector');
    expect(shipped?.kind).toBe('site-selector');
    if (shipped?.kind !== 'site-selector') return;
    expect(mergeReaderRules([], [rule(shipped.site, shipped.selector, ['1', '2'])], learnedRules.rules)).toEqual([]);
  });
});

describe('selectors', () => {
  it('are made of stable names: no long digit runs or hashes, the CMS block type kept', () => {
    const { doc } = html('<div class="wrap-91827 box a1b2c3d4e5" data-layout="related"><div type="RelatedOneNews" class="VCSortable"></div></div>', 'https://x.vn/a');
    const outer = doc.querySelector('.box')!;
    expect(selectorCandidates(outer)).toEqual(['div.box[data-layout="related"]', 'div.box']);
    expect(selectorCandidates(doc.querySelector('[type]')!)[0]).toBe('div.VCSortable[type="RelatedOneNews"]');
  });

  it('judges a signature from pages the record still knows only', () => {
    const sigRec = { sel: 'div.x', kind: 'block' as const, label: '', obs: { p1: { d: 'inline' as const }, gone: { d: 'inline' as const } } };
    expect(judgeSignature(sigRec, { p1: { first: 0, last: 0 } })).toBeNull();
    expect(judgeSignature(sigRec, { p1: { first: 0, last: 0 }, gone: { first: 0, last: 0 } })).toBe('inline');
  });
});
