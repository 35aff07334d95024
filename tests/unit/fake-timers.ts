import type { Timers } from '../../src/content/slices';

/** A hand-cranked clock for slices.ts / observer.ts: `advance` runs due timers in order; `cost` ms pass per `tick()`. */
export interface FakeTimers extends Timers {
  advance(ms: number): void;
  /** let `ms` pass without running timers (work that takes time) */
  spend(ms: number): void;
  pending(): number;
}

export function fakeTimers(): FakeTimers {
  let t = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
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
    advance(ms: number) {
      const until = t + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, x]) => x.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        t = Math.max(t, due[1].at);
        due[1].fn();
      }
      t = until;
    },
  };
}
