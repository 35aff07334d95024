import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { learnRules, serializeRules } from '../../src/core/learn';
import { learnerPriors } from '../../src/rules/priors';
import { CATEGORIES } from '../../src/core/types';
import { learnedRules } from '../../src/rules/index';
import { RULES_FILE, loadCorpus, loadPage } from '../../src/offline/fixtures';
import { type Schema, validate } from '../../tools/json-schema';
import schema from '../../src/rules/learned.schema.json';

/**
 * The two corpus-wide checks parse every fixture page (the real 24h.com.vn page alone is 1.1 MB of markup, most of
 * it inline scripts and styles the capture kept): they get more time than a unit test, on a loaded machine.
 */
const CORPUS_TIMEOUT_MS = 180_000;

describe('src/rules/learned.json', () => {
  it('is not stale: re-running the learner in memory gives the committed bytes', () => {
    const fresh = serializeRules(learnRules(loadCorpus(), learnerPriors));
    expect(readFileSync(RULES_FILE, 'utf8'), 'run `npm run learn` and commit src/rules/learned.json').toBe(fresh);
  }, CORPUS_TIMEOUT_MS);

  it('follows src/rules/learned.schema.json (the shape core/rules.ts LearnedRules describes)', () => {
    const file: unknown = JSON.parse(readFileSync(RULES_FILE, 'utf8'));
    expect(validate(schema as Schema, file)).toEqual([]);
  });

  it('the schema check fails on a broken rule file (an unknown field, a bad kind, a missing evidence)', () => {
    const broken = structuredClone(learnedRules) as unknown as { rules: Record<string, unknown>[] };
    broken.rules[0]!.action = 'hide-section';
    broken.rules[1]!.kind = 'headline';
    delete broken.rules[2]!.evidence;
    const errors = validate(schema as Schema, broken);
    expect(errors.some((e) => e.startsWith('$.rules[0]') && e.includes('unexpected "action"'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.rules[1]'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.rules[2]') && e.includes('missing "evidence"'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.rules[3]'))).toBe(false);
    expect(() => validate({ format: 'uri' }, 'x')).toThrow(/unsupported/);
  });

  it('is canonical: sorted by kind then id, ids unique, evidence sorted', () => {
    const order = { heading: 0, 'teaser-label': 1, vocab: 2, boilerplate: 3, 'site-selector': 4 } as const;
    const ids = learnedRules.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sorted = [...learnedRules.rules].sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
    expect(learnedRules.rules.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    for (const r of learnedRules.rules) {
      expect([...r.evidence.pages].sort()).toEqual(r.evidence.pages);
      expect([...r.evidence.sites].sort()).toEqual(r.evidence.sites);
      // every rule was taught by the corpus or is a declared prior
      expect(r.evidence.count > 0 || r.evidence.prior === true, r.id).toBe(true);
      if (r.category !== null) expect(CATEGORIES).toContain(r.category);
    }
  });

  it('has no duplicate patterns within a kind', () => {
    const seen = new Set<string>();
    for (const r of learnedRules.rules) {
      const key = r.kind === 'site-selector' ? `${r.kind}|${r.site}|${r.selector}` : `${r.kind}|${r.pattern}|${'match' in r ? r.match : ''}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('every site selector parses and still matches the fixture pages that taught it', () => {
    const probe = new JSDOM('<p></p>').window.document;
    // each page parsed once, however many of its selectors are checked
    const pages = new Map<string, Document>();
    const pageDoc = (name: string): Document => {
      let doc = pages.get(name);
      if (!doc) pages.set(name, (doc = loadPage(name).document));
      return doc;
    };
    for (const r of learnedRules.rules) {
      if (r.kind !== 'site-selector') continue;
      expect(() => probe.querySelectorAll(r.selector), r.selector).not.toThrow();
      expect(r.evidence.pages.length).toBeGreaterThan(0);
      // rules readers gave back were taught by their pages (hashes), not by fixtures
      if (r.evidence.source === 'reader') continue;
      for (const page of r.evidence.pages) expect(pageDoc(page).querySelector(r.selector), `${r.selector} on ${page}`).not.toBeNull();
    }
  }, CORPUS_TIMEOUT_MS);

  it('stays small enough for the content script', () => {
    expect(readFileSync(RULES_FILE, 'utf8').length).toBeLessThan(40_000);
  });
});
