/**
 * Run async jobs one after another. Script registration is read-compare-write against the browser:
 * two overlapping syncs would both register the same id and one would fail with "duplicate id".
 */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
