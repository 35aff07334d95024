/** mulberry32: a small seeded pseudo-random generator, so training runs and generated test pages repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffle `items` in place (Fisher–Yates) with `rnd`. */
export function shuffle<T>(items: T[], rnd: () => number): void {
  for (let k = items.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [items[k], items[j]] = [items[j] as T, items[k] as T];
  }
}
