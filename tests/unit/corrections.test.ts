import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { correctPlan, PICK_RULE_PREFIX, type SiteCorrections } from '../../src/core/corrections';
import type { HideItem } from '../../src/core/types';
import { correctionsFor, MAX_PER_SITE, MAX_SITES, parseCorrections, withCorrection, withoutCorrection, emptyCorrections } from '../../src/shared/corrections-model';
import { correctionsModel } from '../../src/options/corrections-view';

const doc = new JSDOM(`<body><div id="a" class="box-a"><p class="x">x</p></div><div class="box-b"><div class="inner">y</div></div><div class="story"><p class="body">z</p></div></body>`).window.document;
const el = (sel: string): Element => doc.querySelector(sel)!;
const item = (sel: string): HideItem => ({ element: el(sel), category: 'related', ruleId: 'heading:x', label: 'x' });
const c = (selector: string, extra: Partial<{ confirmed: boolean }> = {}) => ({ selector, label: '', at: 1, ...extra });
const never = (): boolean => false;
/** elements by class (comparing jsdom elements deeply walks their window) */
const names = (els: readonly Element[]): string[] => els.map((e) => e.className);

describe('corrections beat every rule (core/corrections.ts)', () => {
  it('a picked block is hidden; a block shown again, and anything holding it, is not', () => {
    const corrections: SiteCorrections = { hide: [c('.box-b')], show: [c('.x')] };
    const out = correctPlan(doc.body, [item('#a')], [], corrections, never);
    expect(names(out.items.map((i) => i.element))).toEqual(['box-b']);
    expect(out.items[0]!.ruleId).toBe(`${PICK_RULE_PREFIX}.box-b`);
    // the shown block and its ancestors are spared by the site CSS
    expect(out.keep.includes(el('.x'))).toBe(true);
    expect(out.keep.includes(el('#a'))).toBe(true);
  });

  it('a pick obeys the article guard unless the reader confirmed it; a bad selector is ignored', () => {
    const guard = (e: Element): boolean => e.classList.contains('story');
    expect(correctPlan(doc.body, [], [], { hide: [c('.story'), c('[[bad')], show: [] }, guard).items).toEqual([]);
    expect(correctPlan(doc.body, [], [], { hide: [c('.story', { confirmed: true })], show: [] }, guard).items.map((i) => i.element.className)).toEqual(['story']);
  });

  it('an added subtree gets the picks inside it, the subtree itself included', () => {
    const out = correctPlan(el('.box-b'), [], [], { hide: [c('.box-b'), c('.inner')], show: [] }, never);
    expect(names(out.items.map((i) => i.element))).toEqual(['box-b']);
  });
});

describe('the corrections store model (src/shared/corrections-store.ts)', () => {
  it('parses anything into a valid state and never throws', () => {
    for (const raw of [undefined, null, 3, 'x', { version: 2 }, { version: 1, sites: 5 }]) expect(parseCorrections(raw)).toEqual(emptyCorrections());
    const parsed = parseCorrections({ version: 1, sites: { 'www.Bao.vn': { hide: [{ selector: '.a', label: 7, at: 'x' }, { selector: '' }, { selector: '.a' }], show: 'no' } } });
    expect(parsed.sites).toEqual({ 'bao.vn': { hide: [{ selector: '.a', label: '', at: 0 }], show: [] } });
  });

  it('a correction undoes its opposite; undo removes it and the empty site', () => {
    let s = withCorrection(emptyCorrections(), 'www.bao.vn', 'hide', c('.a'));
    s = withCorrection(s, 'bao.vn', 'show', c('.a'));
    expect(correctionsFor(s, 'bao.vn')).toEqual({ hide: [], show: [c('.a')] });
    s = withoutCorrection(s, 'bao.vn', 'show', '.a');
    expect(s.sites).toEqual({});
  });

  it('is bounded per site and in sites, the least recently corrected site first to go', () => {
    let s = emptyCorrections();
    for (let i = 0; i < MAX_PER_SITE + 5; i++) s = withCorrection(s, 'bao.vn', 'hide', { selector: `.s${i}`, label: '', at: i });
    expect(correctionsFor(s, 'bao.vn').hide).toHaveLength(MAX_PER_SITE);
    expect(correctionsFor(s, 'bao.vn').hide[0]!.selector).toBe('.s5');
    for (let i = 0; i < MAX_SITES + 1; i++) s = withCorrection(s, `site${i}.vn`, 'hide', { selector: '.x', label: '', at: 1000 + i });
    expect(Object.keys(s.sites)).toHaveLength(MAX_SITES);
    expect(s.sites['bao.vn']).toBeUndefined();
  });

  it('the options list: sites by name, newest first', () => {
    let s = withCorrection(emptyCorrections(), 'b.vn', 'hide', { selector: '.old', label: 'cũ', at: 1 });
    s = withCorrection(s, 'b.vn', 'show', { selector: '.new', label: 'mới', at: 2 });
    s = withCorrection(s, 'a.vn', 'hide', { selector: '.z', label: 'z', at: 3 });
    expect(correctionsModel(s).map((r) => `${r.site} ${r.kind} ${r.selector}`)).toEqual(['a.vn hide .z', 'b.vn show .new', 'b.vn hide .old']);
  });
});
