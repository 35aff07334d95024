import { describe, expect, it } from 'vitest';
import { SlicedQueue, UBO_SLICES, type Timers } from '../../src/content/slices';

/** A hand-cranked clock: `advance` runs due timers in order; `cost` is what each processed item "takes". */
function fakeTimers(): Timers & { advance(ms: number): void; runNext(): void; t: number; cost: number; pending(): number } {
  let t = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const api = {
    t: 0,
    cost: 0,
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => {
      const id = ++seq;
      timers.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    pending: () => timers.size,
    /** run only the next due timer (one slice) */
    runNext() {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) return;
      timers.delete(next[0]);
      t = Math.max(t, next[1].at);
      next[1].fn();
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
      api.t = t;
    },
  };
  return api as typeof api & Timers;
}

describe('SlicedQueue (uBO: 64 ms debounce, 64 items / 4 ms per slice, 30 s idle)', () => {
  it('waits for the debounce, then processes at most 64 items per slice, yielding between slices', () => {
    const timers = fakeTimers();
    const seen: number[] = [];
    const q = new SlicedQueue<number>((n) => void seen.push(n), () => {}, UBO_SLICES, timers);
    q.push(Array.from({ length: 150 }, (_, i) => i));
    timers.advance(63);
    expect(seen).toHaveLength(0);
    timers.runNext(); // t = 64 (the idle timer is due at 30 s, later)
    expect(timers.now()).toBe(64);
    expect(seen).toHaveLength(64);
    timers.runNext();
    expect(seen).toHaveLength(128);
    timers.runNext();
    expect(seen).toHaveLength(150);
    expect(q.slices).toBe(3);
    expect(seen).toEqual(Array.from({ length: 150 }, (_, i) => i));
  });

  it('stops a slice when its 4 ms budget is spent', () => {
    const timers = fakeTimers();
    let t = 0;
    const clock: Timers = { ...timers, now: () => t };
    const seen: number[] = [];
    const q = new SlicedQueue<number>((n) => {
      seen.push(n);
      t += 1.5; // each item costs 1.5 ms
    }, () => {}, UBO_SLICES, { ...clock, setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
    q.push([1, 2, 3, 4, 5, 6, 7]);
    timers.runNext();
    expect(seen).toEqual([1, 2, 3]); // 1.5, 3.0, 4.5 ≥ 4 → yield
    timers.runNext();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('collapses duplicates and throttles (a steady stream cannot starve it)', () => {
    const timers = fakeTimers();
    const seen: string[] = [];
    const q = new SlicedQueue<string>((s) => void seen.push(s), () => {}, UBO_SLICES, timers);
    q.push(['a', 'b', 'a']);
    timers.advance(40);
    q.push(['c', 'b']);
    timers.advance(24); // 64 ms after the first push, not after the last
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('calls onIdle after 30 s without new items, not before', () => {
    const timers = fakeTimers();
    let idle = 0;
    const q = new SlicedQueue<number>(() => {}, () => void idle++, UBO_SLICES, timers);
    timers.advance(20_000);
    q.push([1]);
    timers.advance(29_999);
    expect(idle).toBe(0);
    timers.advance(1);
    expect(idle).toBe(1);
    expect(q.size).toBe(0);
  });

  it('dispose drops pending work and timers', () => {
    const timers = fakeTimers();
    const seen: number[] = [];
    const q = new SlicedQueue<number>((n) => void seen.push(n), () => {}, UBO_SLICES, timers);
    q.push([1, 2]);
    q.dispose();
    q.push([3]);
    timers.advance(60_000);
    expect(seen).toEqual([]);
    expect(timers.pending()).toBe(0);
  });
});
