import { describe, expect, it } from 'vitest';
import { SNAPSHOT_BURST, SNAPSHOT_WINDOW_MS, snapshotPusher } from '../../src/content/snapshot';
import { compactStats, SNAPSHOT_ENTITY_LIMIT } from '../../src/content/stats';
import type { StatsReply } from '../../src/shared/messages';
import { fakeTimers } from './fake-timers';

const reply = (hidden: number, patch: Partial<StatsReply> = {}): StatsReply => ({
  url: 'https://vnexpress.net/a.html',
  enabled: true,
  hidden: hidden > 0 ? [{ category: 'related', label: 'Tin liên quan', count: hidden }] : [],
  timings: { declutterMs: 1, entitiesMs: 0 },
  entities: [],
  panelOpen: false,
  ...patch,
});

/** a pusher over a counter the test turns, and what it sent */
function setup() {
  const timers = fakeTimers();
  const state = { hidden: 0 };
  const sent: number[] = [];
  const pusher = snapshotPusher(() => reply(state.hidden), (s) => sent.push(s.hidden[0]?.count ?? 0), timers);
  return { timers, state, sent, pusher };
}
const microtasks = () => Promise.resolve();

describe('content: the stats snapshot pushed to the background', () => {
  it('one push per task however many callers queue it, none when nothing changed', async () => {
    const { state, sent, pusher } = setup();
    pusher.changed();
    pusher.changed();
    await microtasks();
    expect(sent).toEqual([0]);
    pusher.changed();
    await microtasks();
    expect(sent).toEqual([0]); // the same as the last: skipped
    state.hidden = 2;
    pusher.changed();
    pusher.changed();
    await microtasks();
    expect(sent).toEqual([0, 2]);
  });

  it(`at most ${SNAPSHOT_BURST} in any ${SNAPSHOT_WINDOW_MS} ms: the milestones go at once, the rest in one push at the end of the window, as of then`, async () => {
    const { timers, state, sent, pusher } = setup();
    for (let i = 1; i <= 10; i++) {
      state.hidden = i;
      pusher.changed();
      await microtasks();
      timers.spend(10);
    }
    expect(sent).toEqual([1, 2, 3]);
    expect(timers.pending()).toBe(1);
    timers.advance(SNAPSHOT_WINDOW_MS);
    expect(sent).toEqual([1, 2, 3, 10]);
  });

  it('stops with the page instance: nothing queued goes out', async () => {
    const { timers, state, sent, pusher } = setup();
    for (let i = 1; i <= 4; i++) {
      state.hidden = i;
      pusher.changed();
      await microtasks();
    }
    pusher.stop();
    timers.advance(SNAPSHOT_WINDOW_MS * 2);
    pusher.changed();
    await microtasks();
    expect(sent).toEqual([1, 2, 3]);
  });

  it('a snapshot carries what the popup renders: no mentions, aliases or first sentences, at most the first entities', () => {
    const entity = (i: number) => ({ type: 'PERSON' as const, name: `Người ${i}`, aliases: ['A'], role: 'Bộ trưởng', count: 3, firstSentence: 'Một câu rất dài.', mentions: [{ start: 0, end: 3, text: 'Ngư' }] });
    const full = reply(2, { entities: Array.from({ length: SNAPSHOT_ENTITY_LIMIT + 5 }, (_, i) => entity(i)), partial: true });
    const compact = compactStats(full);
    expect(compact.entities).toHaveLength(SNAPSHOT_ENTITY_LIMIT);
    expect(compact.entities[0]).toEqual({ type: 'PERSON', name: 'Người 0', aliases: [], role: 'Bộ trưởng', count: 3, firstSentence: '', mentions: [] });
    expect({ ...compact, entities: [] }).toEqual({ ...full, entities: [] });
  });
});
