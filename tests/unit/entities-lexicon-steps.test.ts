/**
 * Evaluating entities.js built every gazetteer and cue trie in one task (~70 ms on a slow machine: over issue 10's
 * 50 ms budget on every cleaned page). The tries are now filled on first use — in steps when the sliced recogniser
 * runs (lexiconSteps), at once for any other entry point (ensureLexicon) — with the same result.
 */
import { describe, expect, it } from 'vitest';
import gazetteer from '../../src/entities/data/gazetteer.json';
import { lexiconReady, lexiconSteps } from '../../src/entities/lexicon';
import { extractEntities } from '../../src/entities';
import { extractEntitiesSteps } from '../../src/entities/sliced';

const TEXT = 'Thủ tướng Phạm Minh Chính đến tỉnh Quảng Nam, làm việc với UBND tỉnh Quảng Nam và Bộ Công an tại Đà Nẵng.';

describe('the lexicon is filled on first use, in steps', () => {
  it('loading the recogniser builds no trie; the sliced run fills them over many steps, then recognises as one pass does', () => {
    expect(lexiconReady()).toBe(false);
    const entries = Object.values(gazetteer as Record<string, string>).reduce((n, packed) => n + packed.split(';').length, 0);
    const steps = extractEntitiesSteps(TEXT);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(lexiconReady()).toBe(true);
    // one pause per 150 gazetteer entries at least (a step stays a few ms on a slow machine)
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(entries / 150));
    expect(r.value).toEqual(extractEntities(TEXT));
    expect(r.value.map((e) => e.name)).toEqual(expect.arrayContaining(['Phạm Minh Chính', 'UBND tỉnh Quảng Nam', 'Đà Nẵng']));
    // filled: nothing more to do
    expect(lexiconSteps().next().done).toBe(true);
  });
});
