// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ browser: { runtime: { id: undefined } } }));
const { claimPage, contextAlive } = await import('../../src/content/lifecycle');
const { guarded, reportOnce } = await import('../../src/content/report');

describe('content lifecycle', () => {
  it('a newer instance on the page ends the older one, not itself', () => {
    const world = {};
    const first = claimPage(world);
    expect(first.signal.aborted).toBe(false);
    const second = claimPage(world);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    // another world (another extension's content script) is not ours to end
    claimPage({});
    expect(second.signal.aborted).toBe(false);
  });

  it('nothing the page dispatches ends the instance (the old DOM event, on document or window)', () => {
    const life = claimPage(window);
    for (const target of [document, window, document.documentElement]) {
      target.dispatchEvent(new Event('tin-gon:content-instance', { bubbles: true }));
      target.dispatchEvent(new CustomEvent('tin-gon:content-instance', { bubbles: true, detail: {} }));
    }
    window.postMessage({ type: 'tin-gon:content-instance' }, '*');
    expect(life.signal.aborted).toBe(false);
    life.abort();
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
