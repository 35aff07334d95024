import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { learnRules, serializeRules } from '../../src/core/learn';
import { mergeReaderRules, parseReaderExport, type ReaderRule } from '../../src/core/reader-rules';
import type { LearnedRule, LearnedRules } from '../../src/core/rules';
import { learnedRules } from '../../src/rules';
import { learnerPriors } from '../../src/rules/priors';
import schema from '../../src/rules/learned.schema.json';
import { loadCorpus } from '../../src/offline/fixtures';
import { mergeReaderFile, readExport } from '../../src/offline/learn-file';
import { type Schema, validate } from '../../tools/json-schema';

const dir = mkdtempSync(join(tmpdir(), 'tin-gon-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = (site: string, selector: string, pages: string[], category: ReaderRule['category'] = 'related'): ReaderRule => ({
  id: `reader:${site}:${selector}`,
  kind: 'site-selector',
  site,
  selector,
  label: 'Tin liên quan',
  category,
  evidence: { pages, sites: [site], count: pages.length, source: 'reader', firstSeen: '2026-12-01', lastSeen: '2026-12-03' },
});

const exportOf = (rules: ReaderRule[]): LearnedRules => ({ version: 1, corpus: { pages: [], sites: [...new Set(rules.map((r) => r.site))] }, rules });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run learn -- --import FILE', () => {
  it('merges an export into the reader rules file, evidence kept and joined', () => {
    const first = mergeReaderFile([], readExport(file('a.json', JSON.stringify(exportOf([rule('tuoitre.vn', 'div.box-category[data-layout="related"]', ['aa', 'bb'])])))), learnedRules);
    const again = mergeReaderFile(
      parseReaderExport(JSON.parse(first)),
      [rule('tuoitre.vn', 'div.box-category[data-layout="related"]', ['bb', 'cc']), rule('znews.vn', '#related-news', ['dd', 'ee'])],
      learnedRules,
    );
    const rules = parseReaderExport(JSON.parse(again));
    expect(rules.map((r) => r.id)).toEqual(['reader:tuoitre.vn:div.box-category[data-layout="related"]', 'reader:znews.vn:#related-news']);
    expect(rules[0]!.evidence).toMatchObject({ pages: ['aa', 'bb', 'cc'], count: 3, source: 'reader', firstSeen: '2026-12-01', lastSeen: '2026-12-03' });
    expect(JSON.parse(again).corpus.sites).toEqual(['tuoitre.vn', 'znews.vn']);
  });

  it('the learner ships them in learned.json with their evidence, sorted; a selector the fixtures taught stays theirs', () => {
    const shipped = learnedRules.rules.find((r): r is Extract<LearnedRule, { kind: 'site-selector' }> => r.kind === 'site-selector')!;
    const readerRules = [rule('znews.vn', '#related-news', ['dd', 'ee']), rule('tuoitre.vn', 'div.detail-tab', ['aa', 'bb'], 'inline'), rule(shipped.site, shipped.selector, ['x1', 'x2'])];
    // one learner run (it reads every fixture page: slow on a busy machine)
    const out = learnRules({ ...loadCorpus(), readerRules }, learnerPriors);
    // learned.json with reader rules in it still follows its schema (evidence source, firstSeen, lastSeen; ids reader:…)
    expect(validate(schema as Schema, JSON.parse(serializeRules(out)))).toEqual([]);
    const reader = out.rules.filter((r) => r.evidence.source === 'reader');
    expect(reader.map((r) => r.id)).toEqual(['reader:tuoitre.vn:div.detail-tab', 'reader:znews.vn:#related-news']);
    expect(reader[0]!.evidence.pages).toEqual(['aa', 'bb']);
    const ids = out.rules.map((r) => r.id);
    expect(ids.slice(-7)).toEqual([...ids.slice(-7)].sort());
    expect(out.rules.filter((r) => r.kind === 'site-selector' && r.selector === shipped.selector && r.site === shipped.site)).toHaveLength(1);
    // the order readers' rules come in does not change the output
    expect(serializeRules({ ...out, rules: mergeReaderRules([], [...readerRules].reverse(), learnedRules.rules) })).toBe(
      serializeRules({ ...out, rules: mergeReaderRules([], readerRules, learnedRules.rules) }),
    );
  }, 180_000);

  it('says clearly what is wrong with a bad file, and changes nothing', () => {
    expect(() => readExport(join(dir, 'missing.json'))).toThrow(/no such file/);
    expect(() => readExport(file('bad.json', '{ nope'))).toThrow(/not JSON/);
    expect(() => readExport(file('old.json', JSON.stringify({ rules: [] })))).toThrow(/version/);
    expect(() => readExport(file('css.json', JSON.stringify(exportOf([rule('a.vn', 'div}body{x', ['1', '2'])]))))).toThrow(/rules\[0\]: unsafe or empty selector/);
    expect(() => readExport(file('shipped.json', JSON.stringify(learnedRules)))).toThrow(/only site-selector rules/);
  });
});
