/**
 * DOM reads remembered per plan (core/reads.ts; issue 10: the Firefox content script reads the page through
 * Xray wrappers, ~1 µs a call):
 *  - one whole-page plan of every held-out page reads each element's text, parent, tag name and each attribute
 *    at most once (before core/reads.ts: textContent 3.3 reads per element read, parentElement 6.1);
 *  - the memo lives for one plan: outside a plan every read goes to the DOM, a later plan sees the page as it
 *    is then, and two plans run in interleaved slices keep their own;
 *  - the climbs remembered per plan (selfOrAncestor) answer as a plain climb does.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { caseSource, caseUrl, cases } from '../../src/offline/fixtures';
import { planDeclutter } from '../../src/core/declutter';
import { attrOf, MEMO_MAX, parentOf, planScope, selfOrAncestor, tagOf, textOf } from '../../src/core/reads';
import type { Steps } from '../../src/core/steps';
import { learnedRules } from '../../src/rules';
import { CATEGORIES } from '../../src/core/types';

type Getter = (this: object) => unknown;

/** Whether the caller of the function calling this is the engine (not jsdom's selector engine, inside a query). */
const fromEngine = (): boolean => !/node_modules/.test((new Error().stack ?? '').split('\n')[3] ?? '');

/** Counts reads of `name` on `proto` per receiver (and first argument, for a method) while `counting()`, made by the engine. */
function countReads(proto: object, name: string, counting: () => boolean, counts: Map<string, number>): void {
  const d = Object.getOwnPropertyDescriptor(proto, name)!;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (receiver: object, arg: unknown): string => {
    let id = ids.get(receiver);
    if (id === undefined) ids.set(receiver, (id = next++));
    return `${name} ${id} ${String(arg)}`;
  };
  const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
  if (d.get) {
    const get = d.get as Getter;
    Object.defineProperty(proto, name, { ...d, get(this: object) {
      if (counting() && fromEngine()) bump(key(this, ''));
      return get.call(this);
    } });
  } else {
    const fn = d.value as (this: object, a: unknown) => unknown;
    Object.defineProperty(proto, name, { ...d, value(this: object, a: unknown) {
      if (counting() && fromEngine()) bump(key(this, a));
      return fn.call(this, a);
    } });
  }
}

describe('a plan reads each thing once', () => {
  for (const c of cases('heldout')) {
    it(c.name, () => {
      const dom = new JSDOM(caseSource(c.name), { url: caseUrl(c.name) });
      const w = dom.window as unknown as Record<string, { prototype: object }>;
      const counts = new Map<string, number>();
      let counting = false;
      countReads(w.Node!.prototype, 'textContent', () => counting, counts);
      countReads(w.Node!.prototype, 'parentElement', () => counting, counts);
      countReads(w.Element!.prototype, 'tagName', () => counting, counts);
      countReads(w.Element!.prototype, 'getAttribute', () => counting, counts);
      counting = true;
      const plan = planDeclutter(dom.window.document, learnedRules, { url: caseUrl(c.name), categories: new Set(CATEGORIES) });
      counting = false;
      expect(plan.article).not.toBeNull();
      expect(counts.size).toBeGreaterThan(100);
      expect([...counts].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
    });
  }
});

describe('the memo lives for one plan', () => {
  const doc = new JSDOM('<div id="a" class="x"><p>one</p></div>').window.document;
  const div = doc.getElementById('a')!;
  const p = div.firstElementChild!;
  const read = function* (): Steps<string> {
    const before = `${textOf(div)} ${tagOf(p)} ${attrOf(div, 'class')} ${parentOf(p) === div}`;
    yield;
    return `${before} | ${textOf(div)} ${attrOf(div, 'class')} ${parentOf(p) === div}`;
  };
  const change = (): void => {
    p.textContent = 'two';
    div.setAttribute('class', 'y');
  };
  const reset = (): void => {
    p.textContent = 'one';
    div.setAttribute('class', 'x');
  };

  it('inside a plan a read is remembered across its slices', () => {
    reset();
    const steps = planScope(read());
    steps.next();
    change();
    expect(steps.next().value).toBe('one P x true | one x true');
  });

  it('outside a plan every read goes to the page, and the next plan sees it as it is', () => {
    reset();
    expect(textOf(div)).toBe('one');
    change();
    expect(textOf(div)).toBe('two');
    expect(attrOf(div, 'class')).toBe('y');
    const steps = planScope(read());
    steps.next();
    expect(steps.next().value).toBe('two P y true | two y true');
  });

  it('a memo keeps at most MEMO_MAX answers: past it, reads go to the page (a 180k-element page does not fill the heap with them)', () => {
    const big = new JSDOM(`<div>${'<p>old</p>'.repeat(MEMO_MAX + 10)}</div>`).window.document;
    const ps = [...big.querySelectorAll('p')];
    const read = function* (): Steps<string> {
      for (const el of ps) textOf(el);
      yield;
      return `${textOf(ps[0]!)} ${textOf(ps[MEMO_MAX - 1]!)} ${textOf(ps[MEMO_MAX + 5]!)}`;
    };
    const steps = planScope(read());
    steps.next();
    for (const el of ps) el.textContent = 'new';
    // the first MEMO_MAX were remembered; the rest are read again
    expect(steps.next().value).toBe('old old new');
  });

  it('two plans in interleaved slices keep their own memo', () => {
    reset();
    const first = planScope(read());
    first.next();
    change();
    const second = planScope(read());
    second.next();
    expect(first.next().value).toBe('one P x true | one x true');
    expect(second.next().value).toBe('two P y true | two y true');
  });

  it('a remembered climb answers as a climb does, for every element, in any order', () => {
    const page = new JSDOM(`<body>${'<section><div><p>a</p><ul><li>b</li><li><em>c</em></li></ul></div></section>'.repeat(3)}</body>`).window.document;
    const all = Array.from(page.querySelectorAll('*'));
    const marked = new Set([all.find((e) => e.localName === 'ul')!, page.querySelectorAll('section')[2]!]);
    const plain = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) if (marked.has(e)) return true;
      return false;
    };
    const key = {};
    const steps = planScope(
      (function* (): Steps<boolean[]> {
        // leaves first, then their ancestors: every climb after the first stops on a remembered answer
        return [...all].reverse().map((el) => selfOrAncestor(el, (e) => marked.has(e), key));
      })(),
    );
    const answers = steps.next().value as boolean[];
    expect(answers).toEqual([...all].reverse().map(plain));
    expect(answers.filter(Boolean).length).toBeGreaterThan(0);
    expect(answers.filter((a) => !a).length).toBeGreaterThan(0);
  });
});
