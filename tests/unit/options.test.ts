// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../src/core/types';
import { optionsView, resetSettings, withAutoOpenPanel, withCategory, withFloatingButton, withSiteReenabled } from '../../src/options/model';
import { renderOptions, type OptionsActions } from '../../src/options/render';
import { defaultSettings, parseSettings, type Settings } from '../../src/shared/settings';
import { NEWS_SITES } from '../../src/shared/sites';
import { makeTranslate } from '../../src/ui/i18n';

const messages = (lang: string) => JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const vi_messages = messages('vi');
const t = makeTranslate((key, subs) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (vi_messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
});

function actions(): OptionsActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    setGlobal: vi.fn(),
    setShowHidden: vi.fn(),
    setCategory: vi.fn(),
    setFloatingButton: vi.fn(),
    setAutoOpenPanel: vi.fn(),
    removeOrigin: vi.fn(),
    reenableSite: vi.fn(),
    reset: vi.fn(),
  };
}

const custom: Settings = {
  ...defaultSettings(),
  enabled: false,
  disabledSites: ['example.com', 'vnexpress.net'],
  addedOrigins: ['https://example.com'],
  categories: { ...defaultSettings().categories, celebrity: false },
  showHidden: true,
  panel: { floatingButton: false, open: true },
};

describe('options model', () => {
  it('lists categories, added and switched-off sites, and the built-in portals', () => {
    const v = optionsView(custom);
    expect(v.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(v.categories.find((c) => c.category === 'celebrity')?.enabled).toBe(false);
    expect(v.added).toEqual([{ origin: 'https://example.com', host: 'example.com', disabled: true }]);
    expect(v.builtIn).toHaveLength(NEWS_SITES.length);
    expect(v.builtIn.find((b) => b.domain === 'vnexpress.net')?.disabled).toBe(true);
  });

  it('changes stay valid settings', () => {
    const s = withAutoOpenPanel(withFloatingButton(withCategory(defaultSettings(), 'inline', false), false), true);
    expect(parseSettings(s)).toEqual(s);
    expect(s.categories.inline).toBe(false);
    expect(s.panel).toEqual({ floatingButton: false, open: true });
    expect(withSiteReenabled(custom, 'vnexpress.net').disabledSites).toEqual(['example.com']);
  });

  it('reset returns to defaults but keeps added sites', () => {
    expect(resetSettings(custom)).toEqual({ ...defaultSettings(), addedOrigins: ['https://example.com'] });
  });
});

describe('options render', () => {
  it('renders every section with Vietnamese labels and wires the switches', () => {
    const a = actions();
    const root = renderOptions(document, optionsView(custom), t, a, false);
    document.body.replaceChildren(root);
    expect(root.textContent).not.toMatch(/options_|popup_/);
    const celebrity = root.querySelector<HTMLInputElement>('[data-testid="category-celebrity"]')!;
    expect(celebrity.checked).toBe(false);
    expect(root.querySelector('label[for="category-celebrity"]')?.textContent).toBe('Tin sao, giải trí');
    celebrity.click();
    expect(a.setCategory).toHaveBeenCalledWith('celebrity', true);
    root.querySelector<HTMLInputElement>('[data-testid="opt-floating-button"]')!.click();
    expect(a.setFloatingButton).toHaveBeenCalledWith(true);
    root.querySelector<HTMLButtonElement>('[data-testid="remove-origin"]')!.click();
    expect(a.removeOrigin).toHaveBeenCalledWith('https://example.com');
    const reenable = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="reenable-site"]')];
    expect(reenable).toHaveLength(2);
    reenable[1]!.click();
    expect(a.reenableSite).toHaveBeenCalledWith('vnexpress.net');
    expect(root.querySelectorAll('[data-testid="builtin-sites"] li')).toHaveLength(NEWS_SITES.length);
    root.querySelector<HTMLButtonElement>('[data-testid="reset"]')!.click();
    expect(a.reset).toHaveBeenCalledOnce();
  });

  it('the reset button asks for a second click', () => {
    const root = renderOptions(document, optionsView(defaultSettings()), t, actions(), true);
    expect(root.querySelector('[data-testid="reset"]')?.textContent).toBe('Bấm lần nữa để xác nhận');
  });
});

describe('locales', () => {
  it('vi and en define the same popup/options/panel keys, with the same placeholders', () => {
    const vi = messages('vi');
    const en = messages('en');
    const mine = (m: Record<string, unknown>) => Object.keys(m).filter((k) => /^(popup|options|panel|reader)_/.test(k)).sort();
    expect(mine(en)).toEqual(mine(vi));
    for (const key of mine(vi)) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(holes(en[key]!.message), key).toBe(holes(vi[key]!.message));
    }
  });

  it('every key the UI code uses exists', () => {
    const sources = ['src/popup/render.ts', 'src/popup/popup.ts', 'src/options/render.ts', 'src/options/options.ts', 'src/options/options.html', 'src/panel/labels.ts', 'src/reader/reader.ts']
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/['"]((?:popup|options|panel|reader)_[a-z_]+)['"]/g)].map((m) => m[1]!));
    for (const c of CATEGORIES) used.add(`options_category_${c}`).add(`options_category_${c}_desc`);
    for (const theme of ['light', 'dark', 'sepia']) used.add(`reader_theme_${theme}`);
    const missing = [...used].filter((k) => !vi_messages[k]);
    expect(missing).toEqual([]);
  });
});
