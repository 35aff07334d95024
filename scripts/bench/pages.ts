/**
 * Every fixture page the benchmark loads, with the address it is served under (tools/browser/server.ts):
 * saved portal pages and the reconstructed seed pages (fixtures/pages), and the unseen-portal pages
 * (fixtures/heldout, never learned from). New pages in those folders are picked up as they come.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureUrl, ROOT } from '../../tools/browser/server';

/** portal: a saved page of a portal the rules were learned from; seed: a reconstructed seed page; unseen: a held-out portal */
export type PageSet = 'portal' | 'seed' | 'unseen';

export interface BenchPage {
  /** file name without .html */
  name: string;
  set: PageSet;
  url: string;
  kb: number;
}

const FOLDERS: { dir: string; set: (file: string) => PageSet }[] = [
  { dir: join(ROOT, 'fixtures', 'pages'), set: (file) => (file.includes('__') ? 'portal' : 'seed') },
  { dir: join(ROOT, 'fixtures', 'heldout'), set: () => 'unseen' },
];

/** The page's real address from its gold annotation, else HOST__SLUG.html's. */
function urlOf(dir: string, file: string): string | null {
  const gold = join(dir, file.replace(/\.html$/, '.gold.json'));
  if (existsSync(gold)) {
    const url = (JSON.parse(readFileSync(gold, 'utf8')) as { url?: unknown }).url;
    if (typeof url === 'string') return url;
  }
  return file.includes('__') ? fixtureUrl(file) : null;
}

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const { dir, set } of FOLDERS) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      const url = urlOf(dir, file);
      if (!url) throw new Error(`bench: no address for ${join(dir, file)} (name it HOST__SLUG.html or give it a gold.json with "url")`);
      pages.push({ name: file.replace(/\.html$/, ''), set: set(file), url, kb: statSync(join(dir, file)).size / 1024 });
    }
  }
  return pages;
}

/** The same URL with a query that makes each load its own (no cache, no bfcache). */
export function loadUrl(url: string, load: number, what: string): string {
  const u = new URL(url);
  u.searchParams.set('bench', `${what}-${load}`);
  return u.href;
}
