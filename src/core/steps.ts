/**
 * Work that can pause (issue 10: budgets per unit of work, not per item). A planner written as a generator
 * `yield`s at points where it may stop — every few elements of a walk, between passes — and keeps its
 * state (an explicit stack, its loop indexes) across the pause. Whoever drives it decides at each of those
 * points whether to go on: `drain` never stops (CLI, tests, a small subtree), `resume` stops once the
 * slice's deadline has passed and picks up there in a later task (the content script).
 *
 * The deadline is injected: the content script passes a clock ("8 ms since the slice began"), the unit
 * tests a counter, so what a test sees does not depend on the machine's speed.
 */

/** A pausable computation of a T: `yield` marks a point where it may stop. */
export type Steps<T> = Generator<void, T, void>;

/** True once the current slice has used its time. Asked at each point where the work may stop. */
export type Deadline = () => boolean;

/** How many units of a loop (elements walked, blocks scored) between two points where the work may stop. */
export const STEP_EVERY = 32;

/** Runs pausable work to its end, asynchronously: the content script in slices between the page's tasks (content/slices.ts). */
export type RunSteps = <T>(steps: Steps<T>) => Promise<T>;

/** Run to the end in one go. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Run until done or until `expired()` says the slice is over (asked at each stopping point, after at least
 * one step: every slice makes progress). Returns the value when done, `undefined` when paused.
 */
export function resume<T>(steps: Steps<T>, expired: Deadline): { value: T } | undefined {
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value };
    if (expired()) return undefined;
  }
}
