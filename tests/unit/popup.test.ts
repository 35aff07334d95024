// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/core/types';
import { countByCategory, popupView } from '../../src/popup/model';
import { withPageEnabled } from '../../src/shared/enablement';
import { tabIdFromQuery } from '../../src/ui/tab-query';
import { renderPopup, type PopupActions } from '../../src/popup/render';
import type { StatsReply } from '../../src/shared/messages';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { makeTranslate } from '../../src/ui/i18n';

const vi_messages = JSON.parse(readFileSync('src/_locales/vi/messages.json', 'utf8')) as Record<string, { message: string }>;
const t = makeTranslate((key, subs) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (vi_messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
});

const URL_VNE = 'https://vnexpress.net/cach-cac-nuoc.html';

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

function stats(patch: Partial<StatsReply> = {}): StatsReply {
  return {
    url: URL_VNE,
    enabled: true,
    hidden: [
      { category: 'related', label: 'Tin liên quan', count: 3 },
      { category: 'trending', label: 'Đọc nhiều', count: 1 },
      { category: 'related', label: 'Xem thêm', count: 2 },
    ],
    timings: { declutterMs: 3, entitiesMs: 2 },
    entities: [
      { type: 'PERSON', name: 'Joe Biden', aliases: [], role: 'Tổng thống Mỹ', count: 4, firstSentence: '', mentions: [] },
      { type: 'LOCATION', name: 'Mỹ', aliases: ['Hoa Kỳ'], count: 6, firstSentence: '', mentions: [] },
    ] satisfies Entity[],
    panelOpen: false,
    ...patch,
  };
}

function actions(): PopupActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    setPage: vi.fn(),
    setGlobal: vi.fn(),
    setShowHidden: vi.fn(),
    enableHere: vi.fn(),
    reload: vi.fn(),
    togglePanel: vi.fn(),
    pick: vi.fn(),
    openOptions: vi.fn(),
    openReader: vi.fn(),
  };
}

describe('popup view model', () => {
  it('a cleaned portal page: switch on, counts per category, entities grouped', () => {
    const v = popupView(URL_VNE, settings(), stats());
    expect(v).toMatchObject({ host: 'vnexpress.net', siteKey: 'vnexpress.net', siteToggle: { visible: true, checked: true }, notice: null, live: true, hiddenTotal: 6 });
    expect(v.hidden).toEqual([
      { category: 'related', count: 5 },
      { category: 'trending', count: 1 },
    ]);
    expect(v.entityGroups.map((g) => g.type)).toEqual(['PERSON', 'LOCATION']);
  });

  it('subdomains toggle under the built-in domain', () => {
    expect(popupView('http://m.vnexpress.net/a', settings(), stats()).siteKey).toBe('vnexpress.net');
  });

  it('explains why clean mode is off', () => {
    expect(popupView(URL_VNE, settings({ disabledSites: ['vnexpress.net'] }), null)).toMatchObject({ notice: 'site-off', siteToggle: { visible: true, checked: false } });
    expect(popupView(URL_VNE, settings({ enabled: false }), null)).toMatchObject({ notice: 'global-off', siteToggle: { checked: false } });
    expect(popupView(URL_VNE, settings(), null)).toMatchObject({ notice: 'reload', live: false });
    expect(popupView(URL_VNE, settings(), stats({ reason: 'not-article', hidden: [] })).notice).toBe('not-article');
  });

  it('offers to enable on other http(s) sites, not on browser pages', () => {
    expect(popupView('https://example.com:8443/x', settings(), null)).toMatchObject({ notice: 'not-listed', origin: 'https://example.com:8443', siteToggle: { visible: false } });
    expect(popupView('chrome://extensions/', settings(), null).notice).toBe('unsupported');
    expect(popupView('about:blank', settings(), null).notice).toBe('unsupported');
    expect(popupView(undefined, settings(), null).notice).toBe('unknown-page');
  });

  it('an added origin gets the per-site switch under its hostname', () => {
    const v = popupView('https://example.com/a', settings({ addedOrigins: ['https://example.com'] }), stats({ url: 'https://example.com/a' }));
    expect(v).toMatchObject({ siteKey: 'example.com', siteToggle: { visible: true, checked: true }, live: true });
  });

  it('ignores malformed hidden entries', () => {
    expect(countByCategory([{ category: 'bogus' as 'related', label: '', count: 3 }, { category: 'inline', label: '', count: -1 }])).toEqual([]);
    expect(countByCategory(undefined)).toEqual([]);
  });

  it('page switch writes disabledSites; switching on also restores the global switch', () => {
    const off = withPageEnabled(settings(), 'vnexpress.net', false);
    expect(off.disabledSites).toEqual(['vnexpress.net']);
    const on = withPageEnabled({ ...off, enabled: false }, 'vnexpress.net', true);
    expect(on).toMatchObject({ enabled: true, disabledSites: [] });
  });

  it('reads ?tabId=N', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=abc')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});

describe('popup render', () => {
  it('shows the clean toggle, counts and entities in Vietnamese', () => {
    const a = actions();
    const root = renderPopup(document, popupView(URL_VNE, settings(), stats()), t, a, 'Alt+Shift+G');
    document.body.replaceChildren(root);
    expect(root.querySelector('[data-testid="shortcut"]')?.textContent).toBe('Phím tắt: Alt+Shift+G');
    const toggle = root.querySelector<HTMLInputElement>('[data-testid="clean-toggle"]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.closest('label')?.textContent).toContain('Chế độ gọn trên trang này');
    expect(root.querySelector('[data-testid="hidden-total"]')?.textContent).toBe('6');
    expect([...root.querySelectorAll('.counts li')].map((li) => li.textContent)).toEqual(['Tin liên quan5', 'Tin nóng, đọc nhiều1']);
    expect(root.querySelector('[data-testid="entities"] .chip-name')?.textContent).toBe('Joe Biden');
    expect(root.textContent).not.toMatch(/popup_|options_/);
    toggle.click();
    expect(a.setPage).toHaveBeenCalledWith(false);
    root.querySelector<HTMLButtonElement>('[data-testid="open-panel"]')!.click();
    expect(a.togglePanel).toHaveBeenCalledWith(true);
  });

  it('not-listed pages get "Bật trên trang này" and no clean toggle', () => {
    const a = actions();
    const root = renderPopup(document, popupView('https://example.com/', settings(), null), t, a);
    expect(root.querySelector('[data-testid="clean-toggle"]')).toBeNull();
    const enable = root.querySelector<HTMLButtonElement>('[data-testid="enable-here"]')!;
    expect(enable.textContent).toBe('Bật trên trang này');
    expect(root.querySelector('[data-testid="notice"]')?.textContent).toContain('example.com');
    enable.click();
    expect(a.enableHere).toHaveBeenCalledOnce();
  });

  it('renders hostile entity names and hosts as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = renderPopup(
      document,
      popupView(URL_VNE, settings(), stats({ entities: [{ type: 'PERSON', name: evil, aliases: [], role: '<b>x</b>', count: 1, firstSentence: '', mentions: [] }] })),
      t,
      actions(),
    );
    expect(root.querySelector('.chip-name')?.textContent).toBe(evil);
    expect(root.querySelectorAll('.chips img, .chips b')).toHaveLength(0);
  });
});

describe('popup: budgets reported by the content script', () => {
  it('says when the summary covers only the first part of a very long article, and when the page fought back', () => {
    const view = popupView(URL_VNE, settings(), stats({ entitiesCover: { read: 20_000, total: 80_000 }, gaveUp: 'page-removes-marks', partial: true }));
    expect(view).toMatchObject({ entitiesCoverPercent: 25, gaveUp: true, partial: true });
    const root = renderPopup(document, view, t, actions());
    expect(root.querySelector('[data-testid="entities-partial"]')?.textContent).toBe('Bài rất dài: tóm tắt chỉ đọc 25% đầu của bài.');
    expect(root.querySelector('[data-testid="gave-up"]')?.textContent).toContain('Tin Gọn đã dừng');
    const plain = renderPopup(document, popupView(URL_VNE, settings(), stats()), t, actions());
    expect(plain.querySelector('[data-testid="entities-partial"]')).toBeNull();
    expect(plain.querySelector('[data-testid="gave-up"]')).toBeNull();
  });
});
