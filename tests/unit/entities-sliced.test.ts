/**
 * The recogniser in time slices (src/entities/sliced.ts; issue 10: yield at least every 8 ms): the text is
 * cut into chunks of whole paragraphs, each recognised by `extractEntities` in steps of a few dozen words, and the
 * chunks' entities merged.
 * Built from a real fixture article (vnexpress, 7,369 characters of article text).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/core/article';
import { planDeclutter } from '../../src/core/declutter';
import { drain } from '../../src/core/steps';
import { extractEntities } from '../../src/entities';
import { CHUNK_CHARS, chunkBounds, extractEntitiesSteps } from '../../src/entities/sliced';
import { learnedRules } from '../../src/rules';
import { caseDocument } from '../../src/offline/fixtures';

const PAGE = 'vnexpress.net__cach-cac-nuoc-doi-pho-cu-soc-nang-luong';

function fixtureText(): string {
  const doc = caseDocument(PAGE);
  const plan = planDeclutter(doc, learnedRules);
  return articleText(plan.article!, plan.paragraphs);
}

describe('entities in slices', () => {
  it('cuts the text into whole paragraphs of at most CHUNK_CHARS (a longer paragraph alone)', () => {
    const text = fixtureText();
    expect(text.length).toBeGreaterThan(CHUNK_CHARS * 3);
    const bounds = chunkBounds(text);
    expect(bounds.length).toBeGreaterThanOrEqual(4);
    expect(bounds.map(([s, e]) => text.slice(s, e)).join('\n\n')).toBe(text);
    for (const [s, e] of bounds) {
      const chunk = text.slice(s, e);
      if (chunk.length > CHUNK_CHARS) expect(chunk).not.toContain('\n\n');
    }
  });

  it('a short text is exactly extractEntities', () => {
    const text = fixtureText().slice(0, CHUNK_CHARS - 1);
    expect(drain(extractEntitiesSteps(text))).toEqual(extractEntities(text));
  });

  it('a long text: chunk by chunk, mentions at their place in the whole text, the summary of one pass at the top', () => {
    const text = fixtureText();
    const steps = extractEntitiesSteps(text);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const sliced = next.value;
    // a stop at least at every chunk's end, and many within each (the recogniser's own steps)
    expect(pauses).toBeGreaterThan(chunkBounds(text).length * 10);
    for (const e of sliced) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const whole = extractEntities(text);
    // the same first entry and the same five at the top; two entries of equal salience are ordered by the model's
    // confidence, which a chunk's narrower view can shift ("Mỹ" and "Trung Quốc" here, both named 4–6 times)
    expect(sliced[0]?.name).toBe(whole[0]?.name);
    expect(sliced.slice(0, 5).map((e) => `${e.type}:${e.name}`).sort()).toEqual(whole.slice(0, 5).map((e) => `${e.type}:${e.name}`).sort());
    // (measured on the 24 fixture articles: 391 of 398 entities with the same name and count as one pass;
    // the rest differ by one mention the recogniser finds only with an earlier paragraph in view)
    const names = new Set(whole.map((e) => `${e.type}:${e.name}`));
    const shared = sliced.filter((e) => names.has(`${e.type}:${e.name}`)).length;
    expect(shared / whole.length).toBeGreaterThan(0.9);
  });

  it('a step is a few dozen words, not a chunk: one long paragraph pauses all along, and drained it is one pass', () => {
    // one paragraph of 7,000+ characters: a single chunk (chunkBounds cannot cut it), recognised in many steps
    const text = fixtureText().replace(/\n\n/g, ' ');
    expect(chunkBounds(text)).toHaveLength(1);
    const steps = extractEntitiesSteps(text);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(text.length / 500);
    // where it stopped does not change what it found
    expect(next.value).toEqual(extractEntities(text));
  });
});
