import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isStableName, stableSelector } from '../../src/core/pick-selector';

const doc = (html: string): Document => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('stable selectors for picked blocks (core/pick-selector.ts)', () => {
  it('drops volatile ids and classes: numbers, hashes, state classes, our own marks', () => {
    for (const name of ['box-related', 'tin-lien-quan', 'bv-lq', 'newsletter']) expect(isStableName(name), name).toBe(true);
    for (const name of ['news-1690792', 'css-1x2y3z', 'AV66b47cb11ecc21ce49085356', 'active', 'show', 'tin-gon-hide']) expect(isStableName(name), name).toBe(false);
  });

  it('builds the shortest selector that matches the picked block, verified in the document', () => {
    const d = doc(`<div class="main"><div class="box-related active" id="box-1690792"><a>x</a></div><div class="box-other"></div></div>`);
    const el = d.querySelector('.box-related')!;
    const sel = stableSelector(el)!;
    expect(sel).toBe('div.box-related');
    expect(d.querySelector(sel)).toBe(el);
  });

  it('climbs to a named ancestor when the block itself has no stable name, and refuses when nothing identifies it', () => {
    const d = doc(`<section class="sidebar"><div class="x-9f8e7d6c"><ul><li>a</li></ul></div></section><div><div><p>y</p></div></div>`);
    const el = d.querySelector('section.sidebar > div')!;
    const sel = stableSelector(el);
    expect(sel).not.toBeNull();
    expect(d.querySelector(sel!)).toBe(el);
    expect(stableSelector(d.querySelector('p')!)).toBeNull();
  });
});
