import { describe, expect, it } from 'vitest';
import { SlicedQueue, UBO_SLICES, type Timers } from '../../src/content/slices';
import { fakeTimers } from './fake-timers';

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
