/**
 * Never throw into the page. Errors from our handlers are caught and logged once per place,
 * so a broken page or a bug cannot flood the page's console.
 */
const reported = new Set<string>();

export function reportOnce(where: string, error: unknown): void {
  if (reported.has(where)) return;
  reported.add(where);
  try {
    console.warn(`[Tin Gọn] ${where}:`, error);
  } catch {
    // a page that replaced console
  }
}

/** `fn` wrapped so that it cannot throw or reject; failures are reported under `where`. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A): void => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => reportOnce(where, error));
    } catch (error) {
      reportOnce(where, error);
    }
  };
}
