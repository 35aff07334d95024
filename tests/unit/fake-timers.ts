import type { Timers } from '../../src/content/slices';

/** A hand-cranked clock for slices.ts / observer.ts: `advance` runs due timers in order, `runNext` only the next one. */
export interface FakeTimers extends Timers {
  advance(ms: number): void;
  /** run only the next timer, whenever it is due (one slice), moving the clock to it */
  runNext(): void;
  /** let `ms` pass without running timers (work that takes time) */
  spend(ms: number): void;
  pending(): number;
}

export function fakeTimers(): FakeTimers {
  let t = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  /** the next timer due by `until` (all of them when omitted), first by time, then by order of setting */
  const next = (until = Infinity) => [...timers.entries()].filter(([, x]) => x.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
  const run = ([id, x]: [number, { at: number; fn: () => void }]): void => {
    timers.delete(id);
    t = Math.max(t, x.at);
    x.fn();
  };
  return {
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => {
      const id = ++seq;
      timers.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    pending: () => timers.size,
    spend(ms: number) {
      t += ms;
    },
    runNext() {
      const due = next();
      if (due) run(due);
    },
    advance(ms: number) {
      const until = t + ms;
      for (let due = next(until); due; due = next(until)) run(due);
      t = until;
    },
  };
}
