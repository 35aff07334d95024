/**
 * The same gold, scored for Firefox Reader View's engine (@mozilla/readability) next to Tin Gọn:
 * does the extracted article keep every passage, and does it leave the clutter out?
 * Reader View replaces the page (so it "removes" menus and all), Tin Gọn keeps it: this compares
 * only the part both do — keeping the article and dropping lists of other stories.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { normalizeSpace } from '../../src/core/text';
import { loadPageGold, loadPageHtml, pageNames, pageUrl } from '../../src/offline/fixtures';

export interface ReadabilityScore {
  name: string;
  article: number;
  kept: number;
  clutter: number;
  dropped: number;
}

export function scoreReadability(name: string): ReadabilityScore | null {
  const gold = loadPageGold(name);
  if (!gold) return null;
  return scoreReadabilityOn(name, new JSDOM(loadPageHtml(name), { url: pageUrl(gold, name) }).window.document, gold);
}

/** Readability's output against a gold: passages in it, clutter left out of it. */
export function scoreReadabilityOn(name: string, doc: Document, gold: { article: string[]; clutter: { text: string }[] }): ReadabilityScore {
  const parsed = new Readability(doc).parse();
  const text = normalizeSpace(`${parsed?.title ?? ''}\n${parsed?.excerpt ?? ''}\n${parsed?.textContent ?? ''}`);
  const score: ReadabilityScore = { name, article: 0, kept: 0, clutter: 0, dropped: 0 };
  for (const passage of gold.article) {
    score.article++;
    if (text.includes(normalizeSpace(passage))) score.kept++;
  }
  for (const c of gold.clutter) {
    score.clutter++;
    if (!text.includes(normalizeSpace(c.text))) score.dropped++;
  }
  return score;
}

export function evalReadability(): ReadabilityScore {
  const total: ReadabilityScore = { name: 'TOTAL', article: 0, kept: 0, clutter: 0, dropped: 0 };
  const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  console.log('\nReadability (Firefox Reader View engine) on the same HTML gold, in jsdom');
  console.log(`  ${'case'.padEnd(64)} ${'passages kept'.padStart(16)} ${'clutter dropped'.padStart(18)}`);
  for (const name of pageNames()) {
    const s = scoreReadability(name);
    if (!s) continue;
    for (const k of ['article', 'kept', 'clutter', 'dropped'] as const) total[k] += s[k];
    console.log(`  ${name.slice(0, 64).padEnd(64)} ${`${s.kept}/${s.article}`.padStart(9)} ${pct(s.kept, s.article)} ${`${s.dropped}/${s.clutter}`.padStart(11)} ${pct(s.dropped, s.clutter)}`);
  }
  console.log(`  ${'TOTAL'.padEnd(64)} ${`${total.kept}/${total.article}`.padStart(9)} ${pct(total.kept, total.article)} ${`${total.dropped}/${total.clutter}`.padStart(11)} ${pct(total.dropped, total.clutter)}`);
  return total;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) evalReadability();
