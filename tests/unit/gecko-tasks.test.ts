/** The hostile suite's attribution of Firefox tasks to our code (tools/browser/gecko-tasks.ts), on a made-up profile. */
import { describe, expect, it } from 'vitest';
import { geckoTasks, type GeckoProfile, type GeckoThread } from '../../tools/browser/gecko-tasks';

const ORIGIN = 'moz-extension://6f1c0d2e/';
const OURS = `u (${ORIGIN}content.js:9:2476)`;
/** a built-in add-on of the browser's (webcompat shims), in the page's process */
const BUILT_IN = 'Shims (moz-extension://9a310967/lib/shims.js:565:14)';
const PAGE = '<anonymous> (http://page.test/iframes:11)';
/** stacks: 0 = (root), 1 = ours, 2 = the page's, 3 = a DOM call under ours, 4 = a built-in add-on's */
const strings = ['(root)', OURS, PAGE, 'Element.getClientRects', BUILT_IN, 'setTimeout callback', 'Perform microtasks', 'DOMEvent', 'Awake'];
const name = (s: string): number => strings.indexOf(s);

/** a marker row: [name, start, end, phase] (phase 1: both times; 2: start only; 3: end only) */
type Marker = [string, number | null, number | null, number];

function thread(spans: { from: number; to: number; stack: number }[], markers: Marker[], end: number, processName = 'Web Content'): GeckoThread {
  const samples: unknown[][] = [];
  for (let t = 0; t < end; t += 1) samples.push([spans.find((s) => t >= s.from && t < s.to)?.stack ?? 0, t]);
  return {
    name: 'GeckoMain',
    processType: 'tab',
    processName,
    pid: 7,
    stringTable: strings,
    samples: { schema: { stack: 0, time: 1 }, data: samples },
    stackTable: { schema: { prefix: 0, frame: 1 }, data: [[null, 0], [0, 1], [0, 2], [1, 3], [0, 4]] },
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2], [3], [4]] },
    markers: { schema: { name: 0, startTime: 1, endTime: 2, phase: 3 }, data: markers.map(([n, a, b, p]) => [name(n), a, b, p]) },
  };
}

const profile = (...threads: GeckoThread[]): GeckoProfile => ({
  meta: { startTime: 1000, interval: 1 },
  threads: [],
  processes: threads.map((t) => ({ meta: { startTime: 1000, interval: 1 }, threads: [t], processes: [] })),
});

describe('tasks with our share (gecko-tasks.ts)', () => {
  it('back-to-back timer callbacks of ours are separate tasks, not one run', () => {
    // two 20 ms slices 0.25 ms apart: a contiguity rule would see one 41 ms run
    const t = thread(
      [{ from: 10, to: 30, stack: 1 }, { from: 31, to: 51, stack: 3 }],
      [['setTimeout callback', 9.9, 30.05, 1], ['setTimeout callback', 30.3, 51, 1]],
      60,
    );
    const tasks = geckoTasks(profile(t), ORIGIN);
    expect(tasks.map((x) => Math.round(x.oursMs))).toEqual([20, 20]);
    expect(tasks[0]!.at).toBeCloseTo(1009.9, 5);
  });

  it('a callback and the microtask checkpoint inside it are one task; markers recorded as start and end apart pair up', () => {
    const t = thread(
      [{ from: 10, to: 40, stack: 1 }, { from: 40, to: 70, stack: 1 }],
      [['DOMEvent', 9.5, null, 2], ['Perform microtasks', 40.01, null, 2], ['Perform microtasks', null, 70.2, 3], ['DOMEvent', null, 70.5, 3]],
      80,
    );
    const [task, ...rest] = geckoTasks(profile(t), ORIGIN);
    expect(rest).toEqual([]);
    expect(task!.oursMs).toBe(60);
    expect(task!.ms).toBeCloseTo(61, 5);
  });

  it('a message reply\'s microtasks and a timer callback 30 µs later are two tasks', () => {
    const t = thread(
      [{ from: 10, to: 40, stack: 1 }, { from: 41, to: 70, stack: 1 }],
      [['Perform microtasks', 9.5, 40.5, 1], ['setTimeout callback', 40.53, 70.5, 1]],
      80,
    );
    expect(geckoTasks(profile(t), ORIGIN).map((x) => x.oursMs)).toEqual([30, 29]);
  });

  it('samples of ours under no marker are grouped by contiguity; the page\'s own, a built-in add-on\'s and the WebExtensions process\'s count nothing', () => {
    const t = thread(
      [{ from: 0, to: 30, stack: 1 }, { from: 33, to: 38, stack: 1 }, { from: 40, to: 200, stack: 2 }, { from: 200, to: 260, stack: 4 }],
      [['setTimeout callback', 39.5, 200, 1], ['Awake', 0, 200, 1]],
      270,
    );
    const extensionProcess = thread([{ from: 0, to: 200, stack: 1 }], [], 210, 'WebExtensions');
    const tasks = geckoTasks(profile(t, extensionProcess), ORIGIN);
    expect(tasks.map((x) => x.oursMs)).toEqual([30, 5]);
  });

  it('a stalled sampler does not stretch one sample over the stall', () => {
    const t = thread([{ from: 10, to: 11, stack: 1 }], [['setTimeout callback', 9, 400, 1]], 11);
    // the next sample comes 300 ms later
    t.samples.data.push([0, 311]);
    const [task] = geckoTasks(profile(t), ORIGIN);
    expect(task!.oursMs).toBe(4);
  });
});
