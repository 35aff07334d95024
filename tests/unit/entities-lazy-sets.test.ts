/**
 * Evaluating entities.js built every module-level word set of the recogniser (cues.ts, words.ts, caps.ts' corpus
 * tables, the surnames) in its one top-level task (issue 10: no main-thread task over 50 ms). They are now built on
 * first use (lazy.ts), in steps of their own when the sliced recogniser runs. Counted in work, not time: the values
 * the project adds to sets while the recogniser's modules are evaluated, then during its first sliced run.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const TEXT = 'Thủ tướng Phạm Minh Chính đến tỉnh Quảng Nam, làm việc với UBND tỉnh Quảng Nam và Bộ Công an tại Đà Nẵng.';

let added = 0;
const NativeSet = globalThis.Set;
/** Whether the code adding to a set is the project's (not the test runner's module loader). */
const byProject = (): boolean => {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const caller = frames.find((f) => !f.includes('entities-lazy-sets.test') && !f.includes('new Set') && !f.includes('<anonymous>'));
  return caller?.includes('/src/') === true;
};
/** A Set that counts the values the project adds to it (`new Set(iterable)` adds through `add` too). */
class CountingSet<T> extends NativeSet<T> {
  override add(value: T): this {
    if (byProject()) added++;
    return super.add(value);
  }
}

afterEach(() => {
  globalThis.Set = NativeSet;
});

describe('the word sets are built on first use, not when the bundle is evaluated', () => {
  it('evaluating the recogniser adds only small literal sets; its first sliced run builds the rest, in steps', async () => {
    vi.resetModules();
    globalThis.Set = CountingSet as SetConstructor;
    const { extractEntitiesSteps } = await import('../../src/entities/sliced');
    const { extractEntities } = await import('../../src/entities');
    const { SURNAMES } = await import('../../src/entities/lexicon');
    const { MIDDLE_NAMES } = await import('../../src/entities/cues');
    const { GIVEN_NAMES } = await import('../../src/entities/words');
    const atLoad = added;

    // the module top levels: a few literal sets of punctuation and prefixes, no word list (those have thousands)
    expect(atLoad).toBeLessThan(100);

    const steps = extractEntitiesSteps(TEXT);
    let r = steps.next();
    const afterFirstStep = added;
    while (!r.done) r = steps.next();
    const afterRun = added;
    globalThis.Set = NativeSet;

    // the sliced run builds them, the first step only a few of them
    expect(afterRun - atLoad).toBeGreaterThan(1_000);
    expect(afterFirstStep - atLoad).toBeLessThan((afterRun - atLoad) / 2);
    const { pendingWordSets } = await import('../../src/entities/lazy');
    expect(pendingWordSets()).toBe(0);
    expect(SURNAMES.has('nguyễn') && MIDDLE_NAMES.has('văn') && GIVEN_NAMES.size > 0).toBe(true);
    expect(r.value).toEqual(extractEntities(TEXT));
  });
});
