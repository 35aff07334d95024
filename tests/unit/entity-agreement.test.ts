import { describe, expect, it } from 'vitest';
import { annAsEntities, parseAnn, prf, scoreAnn } from '../../src/offline/entity-ann';

// scripts/eval/eval-agreement.ts scores a second annotation of the same articles as if a recogniser had written it.
describe('annotation agreement (annAsEntities + scoreAnn)', () => {
  const a = parseAnn('[[PER|Nguyễn Văn An]] gặp [[ORG|UBND TP Hà Nội]] tại [[LOC|Hà Nội]]; [[PER|ông An]] nói.', 'a');
  it('an annotation agrees with itself fully, one entity per distinct string', () => {
    const entities = annAsEntities(a);
    expect(entities.map((e) => `${e.type}:${e.name}×${e.count}`)).toEqual(['PERSON:Nguyễn Văn An×1', 'ORGANIZATION:UBND TP Hà Nội×1', 'LOCATION:Hà Nội×1', 'PERSON:ông An×1']);
    expect(prf(scoreAnn(a, entities).mention.get('ALL')!)).toEqual([1, 1, 1]);
  });
  it('a span cut differently, a type changed and a mention left out each count against agreement', () => {
    const b = parseAnn('[[PER|Nguyễn Văn An]] gặp UBND TP [[LOC|Hà Nội]] tại [[ORG|Hà Nội]]; ông [[PER|An]] nói.', 'b');
    const c = scoreAnn(a, annAsEntities(b)).mention.get('ALL')!;
    expect(c).toEqual({ tp: 1, fp: 3, fn: 3 });
  });
});
