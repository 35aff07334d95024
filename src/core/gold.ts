/**
 * Gold annotation formats (gold.json of a fixture case: fixtures/cases/NAME/gold.json, src/offline/fixtures.ts).
 * The learner reads them as labels; the evaluation scores against them.
 */
import type { Category } from './types';

/** Seed text dump: every non-blank line (1-based numbers in the raw file) is article or clutter. */
export interface SeedGold {
  file: string;
  site: string;
  /** line ranges "1-9" or single lines "12" */
  article: string[];
  clutter: { lines: string; category: Category; note?: string }[];
  notes?: string;
}

/** HTML page: passages that must stay visible and clutter texts that must be hidden. */
export interface PageGold {
  file: string;
  site: string;
  url: string;
  article: string[];
  clutter: { text: string; category: Category; note?: string }[];
  notes?: string;
}

/** "3-7" → [3,4,5,6,7]; "12" → [12]. */
export function expandRange(range: string): number[] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`bad line range "${range}"`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

/** Category of every non-blank line by 1-based line number ('article' for article lines). */
export function seedLineLabels(gold: SeedGold, lines: string[]): Map<number, Category | 'article'> {
  const labels = new Map<number, Category | 'article'>();
  const blank = (n: number): boolean => (lines[n - 1] ?? '').trim() === '';
  for (const r of gold.article) for (const n of expandRange(r)) if (!blank(n)) labels.set(n, 'article');
  for (const c of gold.clutter) for (const n of expandRange(c.lines)) if (!blank(n)) labels.set(n, c.category);
  return labels;
}
