/**
 * The blind batch of 2026-12-05 (fixtures/entities/blind-2026-12-05, issue 14): the annotations strip back to the
 * texts exactly, and the recogniser stays above floors. The floors are IN-SAMPLE: they were set after the rules were
 * changed in view of this batch's errors (the blind figure, 0.656 typed F1, is in docs/entities.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAnnDir, parseAnn, prf, scoreAnn } from '../../src/offline/entity-ann';
import { extractEntities } from '../../src/entities/index';
import { scoreBlindDir } from '../../src/offline/entity-eval';

const DIR = 'fixtures/entities/blind-2026-12-05';

describe('inline annotations (.ann.txt)', () => {
  it('parse tags into spans over the stripped text', () => {
    const doc = parseAnn('Ông [[PER|Nguyễn Văn A]] đến [[LOC|tỉnh Nghệ An]] gặp [[IGN|ông S.]].');
    expect(doc.text).toBe('Ông Nguyễn Văn A đến tỉnh Nghệ An gặp ông S..');
    expect(doc.spans.map((s) => [s.type, doc.text.slice(s.start, s.end)])).toEqual([
      ['PERSON', 'Nguyễn Văn A'],
      ['LOCATION', 'tỉnh Nghệ An'],
      ['IGNORE', 'ông S.'],
    ]);
  });

  it('read a literal "[" before a tag as article text', () => {
    const doc = parseAnn('Họ nói: [[[LOC|Đông Nam Á]] là...', 'x');
    expect(doc.text).toBe('Họ nói: [Đông Nam Á là...');
    expect(doc.spans.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Đông Nam Á']);
  });

  it('count a top-10 entry shown by a name the text never writes as real only in the alias-aware figure', () => {
    const doc = { ...parseAnn('Cầu thủ của [[ORG|M.U]] ghi bàn. [[ORG|M.U]] thắng.'), id: 'x' };
    const shown = [{ type: 'ORGANIZATION' as const, name: 'Manchester United', aliases: ['M.U'], count: 2, firstSentence: '',
      mentions: [{ start: 12, end: 15, text: 'M.U' }, { start: 25, end: 28, text: 'M.U' }] }];
    const s = scoreAnn(doc, shown);
    expect([s.top.shown, s.top.real, s.top.realAlias]).toEqual([1, 0, 1]);
    // an entry whose shown name is written in the text and is not gold stays wrong in both figures
    const cut = [{ ...shown[0], name: 'M', mentions: [{ start: 12, end: 13, text: 'M' }] }] as typeof shown;
    expect(scoreAnn(doc, cut).top.realAlias).toBe(0);
  });

  it('say where a malformed or unknown tag is', () => {
    expect(() => parseAnn('a [[PER|b', 'x')).toThrow(/offset 2/);
    expect(() => parseAnn('a [[FOO|b]]', 'x')).toThrow(/unknown tag "FOO"/);
  });

  const batches = readdirSync('fixtures/entities').filter((d) => d.startsWith('blind-') || d.startsWith('train-'));
  it.each(batches)('strip back to their .txt exactly, for every article of batch %s', (batch) => {
    const dir = `fixtures/entities/${batch}`;
    const docs = loadAnnDir(dir);
    expect(docs.length).toBe(readdirSync(dir).filter((f) => /^\d+_\d+\.txt$/.test(f)).length);
    expect(docs.length).toBeGreaterThanOrEqual(30);
    for (const d of docs) expect(d.text === d.plain, d.id).toBe(true);
    const gold = docs.reduce((n, d) => n + d.spans.filter((s) => s.type !== 'IGNORE').length, 0);
    expect(gold).toBeGreaterThanOrEqual(1000);
    expect(readFileSync(`${dir}/README.md`, 'utf8')).toMatch(/before the recogniser ever ran/);
  });
  it('include every batch', () => expect(batches.length).toBeGreaterThanOrEqual(5));
});

describe('blind batch 2026-12-05, in-sample floors', () => {
  const { total } = scoreBlindDir(DIR);
  const f1 = (t: 'ALL' | 'ORGANIZATION' | 'PERSON' | 'LOCATION'): number => prf(total.mention.get(t) ?? { tp: 0, fp: 0, fn: 0 })[2];
  it('typed exact-span F1 and organisations stay above their floors', () => {
    // raised 2026-12-06 (issue 14, second session) just under 0.812 / 0.724 / 0.850 / 0.847: still in-sample
    // raised 2026-12-06 (third session) just under 0.828 / 0.731 / 0.882 / 0.847: still in-sample
    expect(f1('ALL')).toBeGreaterThanOrEqual(0.82);
    expect(f1('ORGANIZATION')).toBeGreaterThanOrEqual(0.72);
    expect(f1('PERSON')).toBeGreaterThanOrEqual(0.87);
    expect(f1('LOCATION')).toBeGreaterThanOrEqual(0.84);
  });
  it('most top-10 summary entries are real names', () => {
    expect(total.top.real / total.top.shown).toBeGreaterThanOrEqual(0.74);
  });
});

/*
 * The second blind batch (fixtures/entities/blind-2026-12-05b): its blind score (0.739 typed F1, code 3d2e16d) is in
 * docs/entities.md; rules were then changed in view of its errors (third session), so these floors are IN-SAMPLE.
 */
describe('blind batch 2026-12-05b, in-sample floors', () => {
  const { total } = scoreBlindDir('fixtures/entities/blind-2026-12-05b');
  const f1 = (t: 'ALL' | 'ORGANIZATION' | 'PERSON' | 'LOCATION'): number => prf(total.mention.get(t) ?? { tp: 0, fp: 0, fn: 0 })[2];
  it('typed exact-span F1 stays above its floors', () => {
    // set 2026-12-06 just under 0.809 / 0.785 / 0.823 / 0.808
    expect(f1('ALL')).toBeGreaterThanOrEqual(0.8);
    expect(f1('ORGANIZATION')).toBeGreaterThanOrEqual(0.77);
    expect(f1('PERSON')).toBeGreaterThanOrEqual(0.81);
    expect(f1('LOCATION')).toBeGreaterThanOrEqual(0.8);
  });
  it('most top-10 summary entries are real names', () => {
    expect(total.top.real / total.top.shown).toBeGreaterThanOrEqual(0.72);
    expect(total.top.realAlias / total.top.shown).toBeGreaterThanOrEqual(0.77);
  });
});

/*
 * The dev batch of 2026-12-06 (8 articles, 220 mentions): annotated before the recogniser ran on it (first score 0.783
 * typed F1, in its README); rules were then changed in view of its errors, so these floors are IN-SAMPLE too.
 */
describe('dev batch 2026-12-06, annotations and in-sample floors', () => {
  const DEV = 'fixtures/entities/dev-2026-12-06';
  it('strips back to its .txt exactly', () => {
    const docs = loadAnnDir(DEV);
    expect(docs.length).toBe(8);
    for (const d of docs) expect(d.text === d.plain, d.id).toBe(true);
    expect(readFileSync(`${DEV}/README.md`, 'utf8')).toMatch(/before the recogniser ever ran/);
  });
  it('typed exact-span F1 stays above its floors', () => {
    const { total } = scoreBlindDir(DEV);
    const f1 = (t: 'ALL' | 'ORGANIZATION'): number => prf(total.mention.get(t) ?? { tp: 0, fp: 0, fn: 0 })[2];
    expect(f1('ALL')).toBeGreaterThanOrEqual(0.9);
    expect(f1('ORGANIZATION')).toBeGreaterThanOrEqual(0.83);
  });
});
