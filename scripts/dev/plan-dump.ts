/**
 * Scratch-grade: every fixture page's plan (and the big hostile article's), written as JSON — elements as their
 * child-index paths — so that two builds of the engine can be compared byte for byte (a change meant to read the
 * page through fewer DOM calls must plan the same):
 *   npx tsx scripts/dev/plan-dump.ts > /tmp/after.json; git stash; npx tsx scripts/dev/plan-dump.ts > /tmp/before.json; git stash pop; cmp …
 */
import { JSDOM } from 'jsdom';
import { caseSource, caseUrl, cases, hasPart, CASE_KINDS } from '../../src/offline/fixtures';
import { planDeclutter } from '../../src/core/declutter';
import { learnedRules } from '../../src/rules';
import { CATEGORIES } from '../../src/core/types';
import { bigArticle } from '../../tools/browser/hostile-pages';

const path = (el: Element | null | undefined): string => {
  const out: number[] = [];
  for (let e = el; e?.parentElement; e = e.parentElement) out.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  return el ? out.join('.') : '-';
};
const pages: { name: string; html: string; url: string }[] = cases(...CASE_KINDS)
  .filter((c) => hasPart(c, 'page.html'))
  .map((c) => ({ name: c.name, html: caseSource(c), url: caseUrl(c) }));
pages.push({ name: 'hostile bigArticle(3000)', html: bigArticle(3000), url: 'http://hostile.vnexpress.net/big' });
const out: Record<string, unknown> = {};
for (const p of pages) {
  const dom = new JSDOM(p.html, { url: p.url });
  for (const name of ['MutationObserver', 'Node', 'Element', 'HTMLElement', 'NodeFilter', 'getComputedStyle']) (globalThis as Record<string, unknown>)[name] = (dom.window as unknown as Record<string, unknown>)[name];
  const plan = planDeclutter(dom.window.document, learnedRules, { url: p.url, categories: new Set(CATEGORIES) });
  out[p.name] = {
    article: path(plan.article),
    items: plan.items.map((i) => [path(i.element), i.category, i.ruleId, i.label]),
    keep: plan.keep.map(path),
    paragraphs: plan.paragraphs.map((b) => [path(b.el), b.raw, b.text]),
  };
}
process.stdout.write(JSON.stringify(out, null, 1));
