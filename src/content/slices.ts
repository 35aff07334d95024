/**
 * Time-boxed processing of work that arrives in bursts (nodes added by a page after load).
 * uBO's numbers: wait 64 ms after the first item of a burst, then work in slices of at most
 * 64 items or 4 ms, yielding to the page between slices; after 30 s without new work, call `onIdle`
 * (the observer sleeps) and arm no timer until the next `push` wakes the queue again. Pure: the clock
 * and timers are injected, so the unit test drives them.
 *
 * One item can be more than a slice's work (a container of 20,000 children appended at once): `process`
 * gets the slice's deadline and returns false when it paused; the same item is processed again, before any
 * other, in the next slice. `runSliced` drives one pausable job (the first clean of a page) the same way.
 */
import { type Deadline, resume, type RunSteps, type Steps } from '../core/steps';

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

/** The page is in a background tab (or a minimised window): nobody sees it, and its timers are throttled. */
export function pageHidden(doc: Document | undefined = globalThis.document): boolean {
  return doc?.visibilityState === 'hidden';
}

interface NextTask {
  cancelled: boolean;
}

/**
 * `fn` in a task of its own, right after what is queued now, without a timer: a message on a fresh
 * MessageChannel. A hidden page's timers are throttled — at least 1 s each in both browsers, and Firefox
 * delays them more (seconds) once the tab has used its CPU budget, which the first clean and the recogniser do —
 * so a sliced job that yields through setTimeout(0) in a background tab takes a second or more per slice, and
 * the stats reply waits that long (Firefox ESR 140, measured: 2–3.7 s per reply, docs/firefox-2026-12-06.md).
 * Messages are not throttled. Slices stay as short: only the pause between them is no longer seconds.
 */
export function nextTask(fn: () => void): NextTask {
  const task: NextTask = { cancelled: false };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!task.cancelled) fn();
  };
  channel.port2.postMessage(null);
  return task;
}

/** Real timers, except a zero-delay one in a hidden page: the next task (`nextTask`), not a throttled timer. */
export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => (ms <= 0 && pageHidden() && typeof MessageChannel === 'function' ? nextTask(fn) : setTimeout(fn, ms)),
  clearTimeout: (handle) => {
    if (typeof handle === 'object' && handle !== null && 'cancelled' in handle) (handle as NextTask).cancelled = true;
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * What one item costs: done (true, or nothing returned), or paused at the deadline (false) to be
 * continued in the next slice.
 */
export type ProcessItem<T> = (item: T, expired: Deadline) => boolean | void;

export class SlicedQueue<T> {
  private readonly pending = new Set<T>();
  /** an item paused at the end of the last slice: continued first */
  private current: { item: T } | null = null;
  private sliceTimer: unknown = null;
  private idleTimer: unknown = null;
  private disposed = false;
  /** slices run so far (for tests and stats) */
  slices = 0;

  constructor(
    private readonly process: ProcessItem<T>,
    private readonly onIdle: () => void,
    private readonly options: SliceOptions = UBO_SLICES,
    private readonly timers: Timers = realTimers,
  ) {
    this.armIdle();
  }

  get size(): number {
    return this.pending.size + (this.current ? 1 : 0);
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
    this.current = null;
    if (this.sliceTimer !== null) this.timers.clearTimeout(this.sliceTimer);
    if (this.idleTimer !== null) this.timers.clearTimeout(this.idleTimer);
    this.sliceTimer = this.idleTimer = null;
  }

  private runSlice(): void {
    this.sliceTimer = null;
    if (this.disposed) return;
    this.slices += 1;
    const started = this.timers.now();
    const expired = (): boolean => this.timers.now() - started >= this.options.budgetMs;
    let done = 0;
    const paused = this.current;
    this.current = null;
    if (paused) {
      if (this.process(paused.item, expired) === false) this.current = paused;
      else done += 1;
    }
    if (!this.current && !expired()) {
      for (const item of this.pending) {
        this.pending.delete(item);
        if (this.process(item, expired) === false) {
          this.current = { item };
          break;
        }
        done += 1;
        if (done >= this.options.maxItems || expired()) break;
      }
    }
    // yield to the page, then continue with what is left
    if (this.size > 0 && !this.disposed) this.sliceTimer = this.timers.setTimeout(() => this.runSlice(), 0);
  }

  private armIdle(): void {
    if (this.idleTimer !== null) this.timers.clearTimeout(this.idleTimer);
    this.idleTimer = this.timers.setTimeout(() => {
      this.idleTimer = null;
      if (this.size > 0 || this.sliceTimer !== null) {
        this.armIdle();
        return;
      }
      if (!this.disposed) this.onIdle();
    }, this.options.idleMs);
  }
}

/** A job run by `runSliced`: cancel it (nothing more runs), or ask how far it got. */
export interface SlicedJob {
  cancel(): void;
  /** slices run so far */
  readonly slices: number;
}

/**
 * Run a pausable job (core/steps.ts) in slices of at most `budgetMs`, yielding to the page between them:
 * the first slice now (a small page is done at once, as before) unless `deferFirst`, the rest in later tasks. `done` gets the
 * value and the time spent working (the slices, not the pauses between them).
 */
export function runSliced<T>(
  steps: Steps<T>,
  budgetMs: number,
  done: (value: T, workMs: number, slices: number) => void,
  fail: (error: unknown) => void,
  timers: Timers = realTimers,
  /** start in a task of its own, not in the caller's (which may be the page's own long task) */
  deferFirst = false,
): SlicedJob {
  let cancelled = false;
  let timer: unknown = null;
  let workMs = 0;
  const job = {
    slices: 0,
    cancel(): void {
      cancelled = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
  const slice = (): void => {
    timer = null;
    if (cancelled) return;
    job.slices += 1;
    const started = timers.now();
    let result: { value: T } | undefined;
    try {
      result = resume(steps, () => timers.now() - started >= budgetMs);
    } catch (error) {
      cancelled = true;
      fail(error);
      return;
    }
    workMs += timers.now() - started;
    if (result) done(result.value, workMs, job.slices);
    else if (!cancelled) timer = timers.setTimeout(slice, 0);
  };
  if (deferFirst) timer = timers.setTimeout(slice, 0);
  else slice();
  return job;
}

/**
 * runSliced as a promise: resolves with the value once the job is done, rejects when it throws or when
 * `signal` aborts (the job is cancelled: nothing more runs).
 */
export function slicedRunner(budgetMs: number, signal: AbortSignal, timers: Timers = realTimers): RunSteps {
  return <T>(steps: Steps<T>) =>
    new Promise<T>((resolve, reject) => {
      if (signal.aborted) {
        reject(new Error('aborted'));
        return;
      }
      let settled = false;
      const abort = (): void => {
        job.cancel();
        reject(new Error('aborted'));
      };
      const settle = (): void => {
        settled = true;
        signal.removeEventListener('abort', abort);
      };
      const job: SlicedJob = runSliced(
        steps,
        budgetMs,
        (value) => {
          settle();
          resolve(value);
        },
        (error) => {
          settle();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
        timers,
        // never in the caller's task: learning starts when entities.js arrives, in the same microtask checkpoint
        // as the render that mounts the panel (one 16–28 ms task, 127 ms once at load 5, in Chromium 150)
        true,
      );
      if (!settled) signal.addEventListener('abort', abort, { once: true });
    });
}
