import { describe, expect, it } from 'vitest';
import { annotationFiles, caseNameOf, ENTITY_F1_TARGET, loadGold, score } from '../../src/offline/entity-eval';
import { fixtureCase } from '../../src/offline/fixtures';
import { extractBaseline } from '../../src/entities/baseline';
import { extractEntities } from '../../src/entities/index';

describe('entity annotations (fixtures/cases/*/entities.json)', () => {
  const docs = annotationFiles().map(loadGold);

  it('covers every seed and every saved page, and every gold entity occurs in its text', () => {
    expect(docs.length).toBeGreaterThanOrEqual(13);
    // the pages reconstructed from the seeds hold only part of their seed (the engine keeps the first story)
    for (const d of docs.filter((x) => fixtureCase(caseNameOf(x.file)).meta.origin !== 'reconstructed')) {
      const present = new Set(d.spans.filter((s) => s.entity >= 0).map((s) => s.entity));
      const missing = d.gold.filter((_, k) => !present.has(k)).map((g) => g.name);
      expect({ file: d.file, missing }).toEqual({ file: d.file, missing: [] });
    }
  });

  it(`scores entity-level F1 ≥ ${ENTITY_F1_TARGET} overall, far above the capitalisation baseline`, () => {
    const f1 = (run: (t: string) => ReturnType<typeof extractEntities>): number => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const d of docs) {
        for (const c of score(d, run(d.text)).entity.values()) {
          tp += c.tp;
          fp += c.fp;
          fn += c.fn;
        }
      }
      return (2 * tp) / (2 * tp + fp + fn);
    };
    const rules = f1(extractEntities);
    expect(rules).toBeGreaterThanOrEqual(ENTITY_F1_TARGET);
    expect(rules - f1(extractBaseline)).toBeGreaterThan(0.3);
  });
});
