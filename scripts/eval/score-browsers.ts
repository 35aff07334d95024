/**
 * `npx tsx scripts/eval/score-browsers.ts CASE…` (a case name or folder; after `npm run build`) — the same per-category score as
 * scripts/eval/score-page.ts, but in real Chromium and Firefox ESR with the built extension: each annotated page is
 * served under its real URL (tools/browser/server.ts), cleaned by the content script, and read back as the reader
 * sees it (`document.body.innerText` skips display:none). BROWSERS=chrome or BROWSERS=firefox for one.
 * tests/e2e/unseen.test.ts holds the floors; this prints the figures.
 */
import { pathToFileURL } from 'node:url';
import type { Category } from '../../src/core/types';
import { BROWSERS, type BrowserKind, type Harness, launchWithExtension } from '../../tools/browser/harness';
import { caseFromArg, casePart } from '../../src/offline/fixtures';
import { type CategoryTally, formatTally, type PageTally, type ScoredGold, sumTallies } from './score-page';

/**
 * innerText applies the page's CSS `text-transform` (24h prints its menus `text-transform: uppercase`), which is
 * presentation, not a different text: compare case-folded.
 */
const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Chromium speaks https to the fixture server; Firefox reaches it as an http proxy. */
export function urlFor(kind: BrowserKind, url: string): string {
  return kind === 'chrome' ? url.replace(/^http:/, 'https:') : url.replace(/^https:/, 'http:');
}

/** One page in one browser: what the reader sees once the content script has answered. */
export async function scoreInBrowser(h: Harness, gold: ScoredGold, name = gold.file): Promise<PageTally> {
  const page = await h.open(urlFor(h.kind, gold.url));
  try {
    const stats = await h.stats(page);
    if (!stats) throw new Error(`${name}: the content script did not answer`);
    const seen = norm(await page.evaluate(() => document.body.innerText));
    const t: PageTally = { name, article: 0, kept: 0, byCategory: new Map<Category, CategoryTally>(), chrome: 0, chromeKept: 0, misses: [] };
    for (const p of gold.article) {
      t.article++;
      if (seen.includes(norm(p))) t.kept++;
      else t.misses.push(`ARTICLE HIDDEN "${p.slice(0, 60)}"`);
    }
    for (const c of gold.clutter) {
      const tally = t.byCategory.get(c.category) ?? { clutter: 0, hidden: 0 };
      t.byCategory.set(c.category, tally);
      tally.clutter++;
      if (!seen.includes(norm(c.text))) tally.hidden++;
      else t.misses.push(`${c.category} kept "${c.text.slice(0, 60)}"`);
    }
    for (const c of gold.chrome ?? []) {
      t.chrome++;
      if (seen.includes(norm(c))) t.chromeKept++;
      else t.misses.push(`CHROME HIDDEN "${c}"`);
    }
    return t;
  } finally {
    await page.close();
  }
}

async function main(files: string[]): Promise<void> {
  if (files.length === 0) throw new Error('usage: score-browsers.ts CASE…');
  const kinds = (process.env.BROWSERS?.split(',') as BrowserKind[] | undefined) ?? BROWSERS;
  for (const kind of kinds) {
    const h = await launchWithExtension(kind);
    try {
      const tallies: PageTally[] = [];
      for (const file of files) {
        const c = caseFromArg(file);
        const gold = casePart<ScoredGold>(c, 'gold.json');
        if (!gold) throw new Error(`${c.name}: no gold.json`);
        const t = await scoreInBrowser(h, gold, c.name);
        tallies.push(t);
        console.log(`[${kind}] ${formatTally(t)}`);
        for (const m of t.misses) console.log(`    - ${m}`);
      }
      if (tallies.length > 1) console.log(`[${kind}] ${formatTally(sumTallies(tallies))}`);
    } finally {
      await h.close();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
