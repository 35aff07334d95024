/**
 * fixtures/heldout/ measures generalisation to unseen portals (scripts/eval-heldout.ts): the learner must never
 * read it, and none of its portals may appear in the training corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, ROOT, SEEDS_DIR, loadCorpus } from '../../src/offline/fixtures';
import { learnedRules } from '../../src/rules/index';

const HELDOUT = join(ROOT, 'fixtures', 'heldout');
const heldoutSites = readdirSync(HELDOUT)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => (JSON.parse(readFileSync(join(HELDOUT, f), 'utf8')) as { site: string }).site);

/**
 * Held-out portals that are also training data, on purpose: the real 24h.com.vn page (fixtures/pages, 2026-12-05)
 * is learned from, so the synthetic 24h held-out page is no longer unseen *for its site*
 * (docs/corrections-and-detectors.md). Its page itself is still never read by the learner.
 */
const ALSO_TRAINED = new Set(['24h.com.vn']);
const unseenSites = heldoutSites.filter((s) => !ALSO_TRAINED.has(s));

describe('held-out pages stay out of the learning corpus', () => {
  const corpus = loadCorpus();
  it('there are at least 6, each from a different portal', () => {
    expect(heldoutSites.length).toBeGreaterThanOrEqual(6);
    expect(new Set(heldoutSites).size).toBe(heldoutSites.length);
  });

  it('the corpus reads only fixtures/seeds and fixtures/pages', () => {
    expect([SEEDS_DIR, PAGES_DIR].some((d) => d.startsWith(HELDOUT))).toBe(false);
    const heldoutNames = new Set(readdirSync(HELDOUT).map((f) => f.replace(/\.(gold|entities)?\.?(json|html)$/, '')));
    for (const p of corpus.pages) expect(heldoutNames.has(p.name), p.name).toBe(false);
  });

  it('no held-out portal is in the training pages or seeds, nor in the evidence of a shipped rule', () => {
    const trained = new Set([...corpus.seeds.map((s) => s.gold?.site), ...corpus.pages.map((p) => p.gold?.site)]);
    for (const site of unseenSites) expect(trained.has(site), site).toBe(false);
    for (const p of corpus.pages) for (const site of unseenSites) expect(p.document.URL.includes(site), `${p.name} ${site}`).toBe(false);
    const taught = new Set(learnedRules.rules.flatMap((r) => r.evidence.sites));
    for (const site of unseenSites) expect(taught.has(site), site).toBe(false);
  });
});
