/**
 * Word sets built on first use, not when entities.js is evaluated (issue 10: no main-thread task over 50 ms).
 * Evaluating the bundle built every module-level set of the recogniser in one task; a `LazySet` keeps only its
 * source and builds the set the first time it is read. The sliced recogniser builds the ones still pending in
 * steps of their own (`wordSetSteps`, before the lexicon's), so a page never pays for them in one task; any other
 * entry point builds each set where it first reads it. The sets' contents and order are those of `new Set(source)`.
 */
const pending: LazySet<unknown>[] = [];

/**
 * A value made on its first read. For Unicode-property patterns (`\p{L}`): creating the first costs about a
 * millisecond cold (V8 loads the property's character set), and entities.js had eight at its top level.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export class LazySet<T> implements ReadonlySet<T> {
  private set: Set<T> | null = null;

  constructor(private readonly source: () => Iterable<T>) {
    pending.push(this);
  }

  /** The set, built now if it was not. */
  get built(): ReadonlySet<T> {
    return (this.set ??= new Set(this.source()));
  }

  get isBuilt(): boolean {
    return this.set !== null;
  }

  get size(): number {
    return this.built.size;
  }

  has(value: T): boolean {
    return this.built.has(value);
  }

  forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const v of this.built) callback.call(thisArg, v, v, this);
  }

  entries(): SetIterator<[T, T]> {
    return this.built.entries();
  }

  keys(): SetIterator<T> {
    return this.built.keys();
  }

  values(): SetIterator<T> {
    return this.built.values();
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.built[Symbol.iterator]();
  }
}

/** Sets per step (the largest has a few thousand words: well under a millisecond each). */
const SETS_PER_STEP = 4;

/** Build the sets not built yet, a few per `yield` (nothing when all are built). */
export function* wordSetSteps(): Generator<void, void> {
  let n = 0;
  while (pending.length > 0) {
    const next = pending.shift();
    if (next?.isBuilt === false) {
      void next.built;
      if (++n % SETS_PER_STEP === 0 && pending.length > 0) yield;
    }
  }
}

/** How many sets are not built yet (tests). */
export const pendingWordSets = (): number => pending.filter((s) => !s.isBuilt).length;
