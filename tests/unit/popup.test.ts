// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../src/core/types';
import { countByCategory, pickStats, popupView } from '../../src/popup/model';
import { askStats, type StatsApi } from '../../src/popup/stats-source';
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
    expect(v).toMatchObject({ host: 'vnexpress.net', siteKey: 'vnexpress.net', siteToggle: { visible: true, checked: true }, notice: null, hasStats: true, source: 'live', hiddenTotal: 6 });
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
    expect(popupView(URL_VNE, settings(), null)).toMatchObject({ notice: 'reload', hasStats: false });
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
    expect(v).toMatchObject({ siteKey: 'example.com', siteToggle: { visible: true, checked: true }, hasStats: true });
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

describe('popup: the snapshot first, then the live reply (issue 10: a page busy with its own work)', () => {
  it('the live reply wins whenever there is one; until then the snapshot, if it is of this page', () => {
    const snapshot = stats({ partial: true, hidden: [] });
    const live = stats();
    expect(pickStats(URL_VNE, snapshot, null)).toEqual({ source: 'snapshot', reply: snapshot });
    expect(pickStats(URL_VNE, snapshot, live)).toEqual({ source: 'live', reply: live });
    expect(pickStats(URL_VNE, null, live)).toEqual({ source: 'live', reply: live });
    expect(pickStats(`${URL_VNE}#binh-luan`, snapshot, null)?.source).toBe('snapshot');
    expect(pickStats('https://vnexpress.net/bai-khac.html', snapshot, null)).toBeNull();
    // the tab's URL hidden from the popup: the background checked it
    expect(pickStats(undefined, snapshot, null)?.source).toBe('snapshot');
    expect(pickStats(URL_VNE, null, null)).toBeNull();
  });

  it('a partial snapshot is shown at once, marked as not final; the live reply replaces it unmarked', () => {
    const early = popupView(URL_VNE, settings(), stats({ partial: true, hidden: [], entities: [] }), { source: 'snapshot', waiting: true });
    expect(early).toMatchObject({ hasStats: true, source: 'snapshot', partial: true, notice: null, hiddenTotal: 0 });
    const root = renderPopup(document, early, t, actions());
    expect(root.querySelector('[data-testid="hidden-counts"]')?.getAttribute('data-source')).toBe('snapshot');
    expect(root.querySelector('[data-testid="stats-pending"]')?.textContent).toBe('Tin Gọn vẫn đang dọn trang: số liệu có thể còn thay đổi.');
    expect(root.querySelector('[data-testid="hidden-counts"] .empty')?.textContent).toBe('Chưa ẩn khối nào.');
    const done = renderPopup(document, popupView(URL_VNE, settings(), stats(), { source: 'live' }), t, actions());
    expect(done.querySelector('[data-testid="hidden-counts"]')?.getAttribute('data-source')).toBe('live');
    expect(done.querySelector('[data-testid="stats-pending"]')).toBeNull();
  });

  it('neither has anything: the page is loading while the live reply may still come, then "reload"', () => {
    const loading = popupView(URL_VNE, settings(), null, { waiting: true });
    expect(loading).toMatchObject({ notice: 'loading', hasStats: false, source: null });
    const root = renderPopup(document, loading, t, actions());
    expect(root.querySelector('[data-testid="notice"]')?.textContent).toBe('Trang đang tải. Số liệu sẽ hiện ra ngay khi có.');
    expect(root.querySelector('[data-testid="reload"]')).toBeNull();
    expect(popupView(URL_VNE, settings(), null, { waiting: false }).notice).toBe('reload');
    // what the settings say comes first
    expect(popupView(URL_VNE, settings({ enabled: false }), null, { waiting: true }).notice).toBe('global-off');
  });
});

describe('askStats: the popup asks the background and the tab at once', () => {
  /** a fake extension API whose two answers come when the test says */
  function api() {
    const asked: unknown[] = [];
    let answerSnapshot: (v: unknown) => void = () => {};
    let answerLive: (v: unknown) => void = () => {};
    const fake: StatsApi = {
      runtime: { sendMessage: (m) => (asked.push(m), new Promise((r) => (answerSnapshot = r))) },
      tabs: { sendMessage: (id, m) => (asked.push({ id, m }), new Promise((r) => (answerLive = r))) },
    };
    return { fake, asked, snapshot: (v: unknown) => answerSnapshot(v), live: (v: unknown) => answerLive(v) };
  }
  // run from its source text, as the e2e tests run it in an extension page (Harness.inExtension): it must not use
  // anything of its module
  // eslint-disable-next-line no-new-func -- the point of the test: the function rebuilt from its source text
  const rebuilt = new Function(`return (${askStats.toString()})`)() as typeof askStats;

  it('runs from its source text alone', () => {
    expect(typeof rebuilt).toBe('function');
  });

  it('the snapshot answers first: that is the first answer; the live reply follows', async () => {
    const a = api();
    const ask = rebuilt(a.fake, 7);
    expect(a.asked).toEqual([{ type: 'tin-gon/stats-snapshot-of', tabId: 7 }, { id: 7, m: { type: 'tin-gon/stats', sentAt: expect.any(Number) } }]);
    a.snapshot(stats({ partial: true }));
    expect(await ask.first).toEqual({ source: 'snapshot', reply: stats({ partial: true }) });
    a.live(stats());
    expect(await ask.live).toEqual(stats());
  });

  it('no snapshot: the first answer is the live reply; neither: null', async () => {
    const a = api();
    const ask = rebuilt(a.fake, 7);
    a.snapshot(null);
    a.live(stats());
    expect(await ask.first).toEqual({ source: 'live', reply: stats() });
    const b = api();
    const none = rebuilt(b.fake, 7);
    b.snapshot(undefined);
    b.live(undefined);
    expect(await none.first).toBeNull();
  });

  it('a live reply that does not come within the timeout counts as none', async () => {
    vi.useFakeTimers();
    try {
      const a = api();
      const ask = rebuilt(a.fake, 7, 1500);
      a.snapshot(null);
      await vi.advanceTimersByTimeAsync(1500);
      expect(await ask.live).toBeNull();
      expect(await ask.first).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
