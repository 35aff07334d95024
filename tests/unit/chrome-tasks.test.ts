/** The hostile suite's attribution of Chromium tasks to our code (tools/browser/chrome-tasks.ts), on a made-up trace. */
import { describe, expect, it } from 'vitest';
import { tasksWithShare, type Profile, type TraceEvent } from '../../tools/browser/chrome-tasks';

const EXT = 'chrome-extension://abcdefghijklmnop/content.js';
const ev = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid: 7, ...(url ? { args: { data: { url } } } : {}) });

/** samples every 250 µs from `from` to `to` (µs) on node `id` */
function samples(ranges: { from: number; to: number; id: number }[], end: number): Pick<Profile, 'samples' | 'timeDeltas' | 'startTime'> {
  const out: number[] = [];
  const deltas: number[] = [];
  let last = 0;
  for (let t = 0; t < end; t += 250) {
    out.push(ranges.find((r) => t >= r.from && t < r.to)?.id ?? 1);
    deltas.push(t - last);
    last = t;
  }
  return { samples: out, timeDeltas: deltas, startTime: 0 };
}

const nodes: Profile['nodes'] = [
  { id: 1, children: [2, 3], callFrame: { url: '' } }, // (root)
  { id: 2, children: [4], callFrame: { url: EXT } }, // one of ours
  { id: 3, callFrame: { url: 'http://page.test/app.js' } }, // the page's
  { id: 4, callFrame: { url: '' } }, // a native our code called
];

describe('tasks with our share (chrome-tasks.ts)', () => {
  it('a listener of ours inside the parser\'s task counts its whole duration; the page\'s own script counts nothing', () => {
    const events = [ev('ParseHTML', 0, 100), ev('RunTask', 0, 150_000), ev('FunctionCall', 100_000, 40_000, EXT), ev('RunTask', 200_000, 90_000), ev('FunctionCall', 200_000, 90_000, 'http://page.test/app.js')];
    // the sampler saw only a little of the listener (it was in a native call)
    const profile: Profile = { nodes, ...samples([{ from: 100_000, to: 105_000, id: 4 }, { from: 200_000, to: 290_000, id: 3 }], 300_000) };
    const [parse, page] = tasksWithShare(events, profile);
    expect(parse!.ms).toBe(150);
    expect(parse!.oursMs).toBeCloseTo(40, 0);
    expect(page!.oursMs).toBe(0);
  });

  it('promise continuations of ours (a microtask run, no script named in the trace) count from the samples', () => {
    const events = [ev('ParseHTML', 0, 100), ev('RunTask', 0, 70_000), ev('FunctionCall', 0, 100, EXT)];
    const profile: Profile = { nodes, ...samples([{ from: 5_000, to: 65_000, id: 2 }], 80_000) };
    const [task] = tasksWithShare(events, profile);
    expect(task!.oursMs).toBeGreaterThan(55);
    expect(task!.oursMs).toBeLessThanOrEqual(70);
  });
});
