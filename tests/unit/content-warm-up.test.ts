// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { learnedRules } from '../../src/rules';
import { warmUp } from '../../src/content/warm-up';
import * as cleanerModule from '../../src/content/cleaner';

describe('warm-up at document_start', () => {
  it('cleans its own sample apart from the page and leaves the page byte for byte as it was', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'fixtures', 'e2e', 'vnexpress.net', 'e2e-bai-viet.html'), 'utf8');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
    const before = document.documentElement.outerHTML;
    // what the cleaner had hidden, and in which document, just before the warm-up undid it
    const original = cleanerModule.PageCleaner.prototype.restore;
    const seen: { hidden: number; own: boolean }[] = [];
    const restore = vi.spyOn(cleanerModule.PageCleaner.prototype, 'restore').mockImplementation(function (this: cleanerModule.PageCleaner, ...args) {
      seen.push({ hidden: this.items.length, own: this.items.every((i) => i.element.ownerDocument !== document) });
      return original.apply(this, args);
    });
    warmUp(learnedRules);
    restore.mockRestore();
    // the sample's article was found and its clutter hidden (the engine's paths ran), in a document of its own
    expect(seen).toHaveLength(1);
    expect(seen[0]!.hidden).toBeGreaterThanOrEqual(3);
    expect(seen[0]!.own).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
