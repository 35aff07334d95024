/**
 * `npx tsx scripts/eval/score-page.ts CASE…` — score annotated page cases (a case name or folder, e.g.
 * fixtures/cases/NAME or fixtures/cases/NAME/page.html; its gold.json) in jsdom,
 * per clutter category: article passages kept, clutter hidden by category, menu/footer texts (`chrome`) kept,
 * and for every miss the element and the rule that hid it (or none).
 *   --rules FILE   score with these rules instead of the shipped src/rules/learned.json (a blind run keeps the
 *                  rules of the day in a file and scores with them)
 *   --no-site      leave out every site-selector rule (what a portal the learner never saw gets)
 * Prints figures only; the test suite holds the floors.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { PageGold } from '../../src/core/gold';
import type { Rules } from '../../src/core/rules';
import type { Category, HideItem } from '../../src/core/types';
import { cleanAndRead, describeElement, hiderOf, holder } from '../../src/offline/declutter-eval';
import { learnedRules } from '../../src/rules/index';
import { caseFromArg, casePart, caseSource } from '../../src/offline/fixtures';

export interface ScoredGold extends PageGold {
  chrome?: string[];
}

export interface CategoryTally {
  clutter: number;
  hidden: number;
}

export interface PageTally {
  name: string;
  article: number;
  kept: number;
  byCategory: Map<Category, CategoryTally>;
  chrome: number;
  chromeKept: number;
  misses: string[];
}

/** Score one page: plan, apply, read what a reader still sees. */
export function scoreAnnotatedPage(html: string, gold: ScoredGold, rules: Rules, name = gold.file): PageTally {
  const doc = new JSDOM(html, { url: gold.url }).window.document;
  const { plan, seen } = cleanAndRead(doc, rules, gold.url);
  const hiderOfText = (text: string): HideItem | undefined => {
    const el = doc.body ? holder(doc.body, text) : null;
    return el ? hiderOf(el, plan.items) : undefined;
  };
  const t: PageTally = { name, article: 0, kept: 0, byCategory: new Map(), chrome: 0, chromeKept: 0, misses: [] };
  for (const p of gold.article) {
    t.article++;
    if (seen(p)) t.kept++;
    else t.misses.push(`ARTICLE HIDDEN "${p.slice(0, 60)}" by ${hiderOfText(p)?.ruleId ?? '?'}`);
  }
  for (const c of gold.clutter) {
    const tally = t.byCategory.get(c.category) ?? { clutter: 0, hidden: 0 };
    t.byCategory.set(c.category, tally);
    tally.clutter++;
    if (!seen(c.text)) tally.hidden++;
    else {
      const el = doc.body ? holder(doc.body, c.text) : null;
      t.misses.push(`${c.category} kept "${c.text.slice(0, 60)}" in ${el ? describeElement(el) : '?'} < ${el?.parentElement ? describeElement(el.parentElement) : ''}`);
    }
  }
  for (const c of gold.chrome ?? []) {
    t.chrome++;
    if (seen(c)) t.chromeKept++;
    else t.misses.push(`CHROME HIDDEN "${c}" by ${hiderOfText(c)?.ruleId ?? '?'}`);
  }
  return t;
}

export function sumTallies(tallies: PageTally[]): PageTally {
  const total: PageTally = { name: 'TOTAL', article: 0, kept: 0, byCategory: new Map(), chrome: 0, chromeKept: 0, misses: [] };
  for (const t of tallies) {
    total.article += t.article;
    total.kept += t.kept;
    total.chrome += t.chrome;
    total.chromeKept += t.chromeKept;
    for (const [cat, c] of t.byCategory) {
      const into = total.byCategory.get(cat) ?? { clutter: 0, hidden: 0 };
      into.clutter += c.clutter;
      into.hidden += c.hidden;
      total.byCategory.set(cat, into);
    }
  }
  return total;
}

/** Teasers are every story-list category; inline is boilerplate (the two figures). */
export function teaserAndInline(t: PageTally): { teasers: CategoryTally; inline: CategoryTally } {
  const teasers = { clutter: 0, hidden: 0 };
  const inline = { clutter: 0, hidden: 0 };
  for (const [cat, c] of t.byCategory) {
    const into = cat === 'inline' ? inline : teasers;
    into.clutter += c.clutter;
    into.hidden += c.hidden;
  }
  return { teasers, inline };
}

export function formatTally(t: PageTally): string {
  const cats = [...t.byCategory].map(([cat, c]) => `${cat} ${c.hidden}/${c.clutter}`).join(', ');
  const { teasers, inline } = teaserAndInline(t);
  return `${t.name}: article kept ${t.kept}/${t.article}; hidden — ${cats}; teasers ${teasers.hidden}/${teasers.clutter}, inline ${inline.hidden}/${inline.clutter}; menu/footer kept ${t.chromeKept}/${t.chrome}`;
}

function main(argv: string[]): void {
  let rules: Rules = learnedRules;
  let noSite = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--rules') rules = JSON.parse(readFileSync(argv[++i] ?? '', 'utf8')) as Rules;
    else if (a === '--no-site') noSite = true;
    else files.push(a);
  }
  if (files.length === 0) throw new Error('usage: score-page.ts [--rules FILE] [--no-site] CASE…');
  if (noSite) rules = { ...rules, rules: rules.rules.filter((r) => r.kind !== 'site-selector') };
  const tallies: PageTally[] = [];
  for (const file of files) {
    const c = caseFromArg(file);
    const gold = casePart<ScoredGold>(c, 'gold.json');
    if (!gold) throw new Error(`${c.name}: no gold.json`);
    const t = scoreAnnotatedPage(caseSource(c), gold, rules, c.name);
    tallies.push(t);
    console.log(formatTally(t));
    for (const m of t.misses) console.log(`    - ${m}`);
  }
  if (tallies.length > 1) console.log(formatTally(sumTallies(tallies)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
