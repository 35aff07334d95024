/**
 * The held-out cases (kind heldout) measure generalisation to unseen portals (scripts/eval/eval-heldout.ts): the
 * learner must never read them, and none of their portals may appear in the training corpus.
 */
import { describe, expect, it } from 'vitest';
import { cases, loadCorpus } from '../../src/offline/fixtures';
import { learnedRules } from '../../src/rules/index';

const heldout = cases('heldout');
const heldoutSites = heldout.map((c) => c.meta.site);

/**
 * Held-out portals that are also training data, on purpose: the real 24h.com.vn page (a training case, 2026-12-05)
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

  it('the corpus reads only the seed and training cases', () => {
    const learnable = new Set(cases('seed', 'train').map((c) => c.name));
    expect(corpus.seeds.length + corpus.pages.length).toBe(learnable.size);
    for (const doc of [...corpus.seeds, ...corpus.pages]) expect(learnable.has(doc.name), doc.name).toBe(true);
    for (const c of heldout) expect(learnable.has(c.name), c.name).toBe(false);
  });

  it('no held-out portal is in the training pages or seeds, nor in the evidence of a shipped rule', () => {
    const trained = new Set([...corpus.seeds.map((s) => s.gold?.site), ...corpus.pages.map((p) => p.gold?.site)]);
    for (const site of unseenSites) expect(trained.has(site), site).toBe(false);
    for (const p of corpus.pages) for (const site of unseenSites) expect(p.document.URL.includes(site), `${p.name} ${site}`).toBe(false);
    const taught = new Set(learnedRules.rules.flatMap((r) => r.evidence.sites));
    for (const site of unseenSites) expect(taught.has(site), site).toBe(false);
  });
});
