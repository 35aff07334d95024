/**
 * Time-boxed processing of work that arrives in bursts (nodes added by a page after load).
 * uBO's numbers: wait 64 ms after the first item of a burst, then work in slices of at most
 * 64 items or 4 ms, yielding to the page between slices; after 30 s without new work, call `onIdle`
 * (the observer sleeps) and arm no timer until the next `push` wakes the queue again. Pure: the clock
 * and timers are injected, so the unit test drives them.
 */

export interface SliceOptions {
  /** most items per slice */
  maxItems: number;
  /** most milliseconds per slice (checked after each item) */
  budgetMs: number;
  /** delay between the first item of a burst and the first slice */
  debounceMs: number;
  /** quiet time after which `onIdle` runs */
  idleMs: number;
}

export const UBO_SLICES: SliceOptions = { maxItems: 64, budgetMs: 4, debounceMs: 64, idleMs: 30_000 };

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class SlicedQueue<T> {
  private readonly pending = new Set<T>();
  private sliceTimer: unknown = null;
  private idleTimer: unknown = null;
  private disposed = false;
  /** slices run so far (for tests and stats) */
  slices = 0;

  constructor(
    private readonly process: (item: T) => void,
    private readonly onIdle: () => void,
    private readonly options: SliceOptions = UBO_SLICES,
    private readonly timers: Timers = realTimers,
  ) {
    this.armIdle();
  }

  get size(): number {
    return this.pending.size;
  }

  /** Queue items (duplicates collapse). A burst is throttled, not reset: steady mutations cannot starve it. */
  push(items: Iterable<T>): void {
    if (this.disposed) return;
    for (const item of items) this.pending.add(item);
    this.armIdle();
    if (this.pending.size > 0 && this.sliceTimer === null) {
      this.sliceTimer = this.timers.setTimeout(() => this.runSlice(), this.options.debounceMs);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.pending.clear();
    if (this.sliceTimer !== null) this.timers.clearTimeout(this.sliceTimer);
    if (this.idleTimer !== null) this.timers.clearTimeout(this.idleTimer);
    this.sliceTimer = this.idleTimer = null;
  }

  private runSlice(): void {
    this.sliceTimer = null;
    if (this.disposed) return;
    this.slices += 1;
    const started = this.timers.now();
    let done = 0;
    for (const item of this.pending) {
      this.pending.delete(item);
      this.process(item);
      done += 1;
      if (done >= this.options.maxItems || this.timers.now() - started >= this.options.budgetMs) break;
    }
    // yield to the page, then continue with what is left
    if (this.pending.size > 0 && !this.disposed) this.sliceTimer = this.timers.setTimeout(() => this.runSlice(), 0);
  }

  private armIdle(): void {
    if (this.idleTimer !== null) this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = this.timers.setTimeout(() => {
      this.idleTimer = null;
      if (this.pending.size > 0 || this.sliceTimer !== null) {
        this.armIdle();
        return;
      }
      if (!this.disposed) this.onIdle();
    }, this.options.idleMs);
  }
}
