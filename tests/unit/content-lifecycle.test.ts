// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ browser: { runtime: { id: undefined } } }));
const { claimPage, contextAlive } = await import('../../src/content/lifecycle');
const { guarded, reportOnce } = await import('../../src/content/report');

describe('content lifecycle', () => {
  it('a newer instance on the page ends the older one, not itself', () => {
    const first = claimPage(document);
    expect(first.signal.aborted).toBe(false);
    const second = claimPage(document);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
  });

  it('a context without runtime.id is dead', () => {
    expect(contextAlive()).toBe(false);
  });

  it('errors never reach the page, and each place logs once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const boom = guarded('boom', () => {
      throw new Error('x');
    });
    expect(() => boom()).not.toThrow();
    boom();
    guarded('async boom', async () => Promise.reject(new Error('y')))();
    await new Promise((r) => setTimeout(r, 0));
    reportOnce('boom', new Error('again'));
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
