/**
 * Every fixture page the benchmark loads, with the address it is served under (tools/browser/server.ts):
 * the training cases (saved portal pages and the pages reconstructed from the seeds) and the held-out cases
 * (unseen portals, never learned from), listed by src/offline/fixtures.ts. New cases are picked up as they come.
 */
import { statSync } from 'node:fs';
import { caseUrl, cases, pageFile, type FixtureCase } from '../../src/offline/fixtures';

/** portal: a saved page of a portal the rules were learned from; seed: a reconstructed seed page; unseen: a held-out portal */
export type PageSet = 'portal' | 'seed' | 'unseen';

export interface BenchPage {
  /** the case name */
  name: string;
  set: PageSet;
  url: string;
  kb: number;
}

/** A training case is a saved portal page, or a page reconstructed from a seed; a held-out case is an unseen portal. */
function setOf(c: FixtureCase): PageSet | null {
  if (c.meta.kind === 'heldout') return 'unseen';
  if (c.meta.kind === 'train') return c.meta.origin === 'reconstructed' ? 'seed' : 'portal';
  return null;
}

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const c of [...cases('train'), ...cases('heldout')]) {
    const set = setOf(c);
    if (set) pages.push({ name: c.name, set, url: caseUrl(c), kb: statSync(pageFile(c)).size / 1024 });
  }
  return pages;
}

/** The same URL with a query that makes each load its own (no cache, no bfcache). */
export function loadUrl(url: string, load: number, what: string): string {
  const u = new URL(url);
  u.searchParams.set('bench', `${what}-${load}`);
  return u.href;
}
