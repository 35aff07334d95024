import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { containsArticleText, findArticleRoot } from '../../src/core/article';
import { boilerplatePredicate, planDeclutter } from '../../src/core/declutter';
import { PageMarks } from '../../src/core/marks';
import type { Rules } from '../../src/core/rules';
import { learnedRules } from '../../src/rules/index';
import { normalizeSpace } from '../../src/core/text';
import { visibleBlocks } from '../../src/core/visible';
import { loadPage, pageNames, pageUrl } from '../../scripts/corpus';

/** Hostile rules: every common tag as a site selector. Whatever the rules say, the guard must hold. */
const HOSTILE: Rules = {
  version: 1,
  corpus: { pages: [], sites: [] },
  rules: ['body', 'main', 'article', 'div', 'section', 'p', 'figure', 'figcaption', 'li', 'h1', 'h2', 'span'].map((selector) => ({
    id: `site:hostile:${selector}`,
    kind: 'site-selector' as const,
    site: 'hostile.test',
    selector,
    label: selector,
    action: 'hide-section' as const,
    category: 'related' as const,
    evidence: { pages: [], sites: [], count: 1 },
  })),
};

describe('the article guard is absolute', () => {
  for (const name of pageNames()) {
    const cases: [string, Rules, string | undefined][] = [
      ['learned rules', learnedRules, undefined],
      ['hostile rules', { ...HOSTILE, rules: [...HOSTILE.rules, ...learnedRules.rules] }, 'https://hostile.test/'],
    ];
    for (const [label, rules, url] of cases) {
      it(`${name} (${label}): no hidden element holds article text; every gold passage stays visible`, () => {
        const page = loadPage(name);
        const doc = page.document;
        const article = findArticleRoot(doc);
        expect(article).not.toBeNull();
        const plan = planDeclutter(doc, rules, { url: url ?? pageUrl(page.gold, name) });
        for (const item of plan.items) {
          expect(containsArticleText(item.element, article, boilerplatePredicate(rules)), `${item.ruleId} hides article text`).toBe(false);
          expect(item.element.contains(article!)).toBe(false);
        }
        new PageMarks(doc).apply(plan, { showHidden: false });
        const visible = visibleBlocks(doc.body).join('\n');
        for (const passage of page.gold?.article ?? []) expect(visible.includes(normalizeSpace(passage)), passage).toBe(true);
      });
    }
  }
});

describe('a whole-page plan guards the article as it is now', () => {
  it('a paragraph added to the article after a first plan is protected by the next plan', () => {
    const sentence = (n: number): string => `Đoạn văn thứ ${n} của bài báo, có dấu phẩy, đủ dài để được tính là một đoạn văn của bài viết này.`;
    const doc = new JSDOM(`<!doctype html><html lang="vi"><body><div class="body"><p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p></div></body></html>`, {
      url: 'https://hostile.test/a',
    }).window.document;
    const rules: Rules = { ...HOSTILE, rules: [...HOSTILE.rules, ...learnedRules.rules] };
    const first = planDeclutter(doc, rules, { url: 'https://hostile.test/a' });
    expect(first.items.filter((i) => i.element.tagName === 'P')).toEqual([]);
    const added = doc.createElement('p');
    added.textContent = sentence(4);
    doc.querySelector('.body')!.appendChild(added);
    const second = planDeclutter(doc, rules, { url: 'https://hostile.test/a' });
    expect(second.article).toBe(first.article);
    expect(second.items.map((i) => i.element)).not.toContain(added);
    expect(second.paragraphs.map((p) => p.el)).toContain(added);
  });
});
