// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity, Mention } from '../../src/core/types';
import { PANEL_HOST_TAG } from '../../src/core/marks';
import { mountPanel as mountReal, panelLabels, type PanelHandle, type PanelOptions } from '../../src/panel';
import { extractEntities } from '../../src/entities/index';
import { groupEntities, visibleAliases } from '../../src/panel/model';
import { buildTextIndex, locateMentions, rangeFor } from '../../src/panel/text-map';

const ARTICLE = '<article id="a"><p>Ông <b>Joe Biden</b> gặp ông Tập Cận Bình tại Hà Nội.</p><p>Ông Biden nói Hà Nội đẹp.</p></article>';

/** Test markup (constants only) into the body. */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

function mentionsOf(text: string, needle: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length, text: needle });
  return out;
}

function entity(type: Entity['type'], name: string, count: number, extra: Partial<Entity> = {}): Entity {
  return { type, name, aliases: [], count, firstSentence: '', mentions: [], ...extra };
}

/**
 * The panel's shadow root is closed: `host.shadowRoot` is null for everyone but the panel. The tests get
 * it the way only code in the panel's own JS world could: by watching attachShadow.
 */
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const realAttachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = realAttachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};

function shadowOf(): ShadowRoot {
  const host = document.querySelector(PANEL_HOST_TAG);
  const root = host ? shadowRoots.get(host) : undefined;
  if (!host || !root) throw new Error('no panel host');
  return root;
}

/** jsdom cannot make trusted events (`.click()` is untrusted): behaviour tests accept every event. */
const mountPanel = (doc: Document, options: PanelOptions): PanelHandle => mountReal(doc, { trusted: () => true, ...options });

describe('panel isolation', () => {
  afterEach(() => document.querySelector(PANEL_HOST_TAG)?.remove());

  it('is in a closed shadow root, and events a script dispatches do nothing (no open, no saved choice)', () => {
    setBody(ARTICLE);
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const panel = mountReal(document, { entities: [entity('PERSON', 'Joe Biden', 2)], articleRoot: document.getElementById('a'), onOpen, onClose });
    const host = document.querySelector(PANEL_HOST_TAG)!;
    expect(host.shadowRoot).toBeNull();
    const root = shadowOf();
    const fab = root.querySelector<HTMLButtonElement>('.fab')!;
    for (let i = 0; i < 180; i++) fab.click();
    expect(panel.isOpen()).toBe(false);
    panel.open();
    root.querySelector<HTMLButtonElement>('[data-part="close"]')!.click();
    root.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    root.querySelector<HTMLButtonElement>('button.entity')!.click();
    expect(panel.isOpen()).toBe(true);
    expect(root.querySelector('button.entity')!.getAttribute('aria-pressed')).toBe('false');
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    panel.destroy();
  });
});

describe('panel model', () => {
  it('groups people, places, organisations in that order, each in the order given (the summary ranking), drops junk', () => {
    const groups = groupEntities([
      entity('ORGANIZATION', 'Bộ Ngoại giao', 2),
      entity('LOCATION', 'Hà Nội', 1),
      entity('PERSON', 'Vương Nghị', 2),
      entity('PERSON', 'Joe Biden', 5),
      entity('PERSON', 'An', 2),
      entity('PERSON', '  ', 9),
      { ...entity('PERSON', 'X', 1), type: 'MISC' as Entity['type'] },
    ]);
    expect(groups.map((g) => g.type)).toEqual(['PERSON', 'LOCATION', 'ORGANIZATION']);
    expect(groups[0]?.entities.map((e) => e.name)).toEqual(['Vương Nghị', 'Joe Biden', 'An']);
  });

  it('shows the recogniser\'s own order: a name in the title before one mentioned more often only in the body', () => {
    const text = 'Đà Nẵng đón khách\nHôm qua, Hà Nội và Hải Phòng có mưa. Hà Nội lạnh. Hà Nội rét. Đà Nẵng nắng.';
    const groups = groupEntities(extractEntities(text));
    expect(groups[0]?.entities.map((e) => e.name)).toEqual(['Đà Nẵng', 'Hà Nội', 'Hải Phòng']);
  });

  it('shows distinct aliases other than the name', () => {
    expect(visibleAliases(entity('PERSON', 'Tập Cận Bình', 1, { aliases: ['Tập Cận Bình', 'Tập', 'tập', 'ông Tập'] }))).toEqual(['Tập', 'ông Tập']);
  });
});

describe('text map', () => {
  beforeEach(() => {
    setBody(ARTICLE);
  });

  it('maps offsets across element boundaries to ranges', () => {
    const index = buildTextIndex(document.getElementById('a')!);
    expect(index.text).toBe(document.getElementById('a')!.textContent);
    const at = index.text.indexOf('Joe Biden gặp');
    expect(rangeFor(index, at, at + 13)?.toString()).toBe('Joe Biden gặp');
  });

  it('falls back to a whole-word search when offsets do not match', () => {
    const index = buildTextIndex(document.getElementById('a')!);
    const ranges = locateMentions(index, [
      { start: 0, end: 5, text: 'Biden' },
      { start: 999, end: 1004, text: 'Biden' },
    ]);
    expect(ranges.map((r) => r.toString())).toEqual(['Biden', 'Biden']);
    expect(ranges[0]?.startContainer.parentElement?.tagName).toBe('B');
  });
});

describe('mountPanel', () => {
  let panel: PanelHandle | null = null;
  let text = '';
  let entities: Entity[] = [];

  beforeEach(() => {
    setBody(ARTICLE);
    text = document.getElementById('a')!.textContent ?? '';
    entities = [
      entity('PERSON', 'Joe Biden', 2, { role: 'Tổng thống Mỹ', aliases: ['Biden'], mentions: [...mentionsOf(text, 'Joe Biden'), ...mentionsOf(text, 'Ông Biden').map((m) => ({ start: m.start + 4, end: m.end, text: 'Biden' }))] }),
      entity('PERSON', 'Tập Cận Bình', 1, { mentions: mentionsOf(text, 'Tập Cận Bình') }),
      entity('LOCATION', 'Hà Nội', 2, { mentions: mentionsOf(text, 'Hà Nội') }),
      entity('ORGANIZATION', 'Ghost Org', 1, { mentions: [{ start: 0, end: 3, text: 'Không có' }] }),
    ];
  });

  afterEach(() => {
    panel?.destroy();
    panel = null;
    document.getSelection()?.removeAllRanges();
  });

  it('renders groups with Vietnamese labels, roles and counts in a shadow root', () => {
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true });
    const root = shadowOf();
    const titles = [...root.querySelectorAll('.group-title')].map((el) => el.firstChild?.textContent);
    expect(titles).toEqual(['Người', 'Địa điểm', 'Tổ chức']);
    const first = root.querySelector('button.entity')!;
    expect(first.querySelector('.name')?.textContent).toBe('Joe Biden');
    expect(first.querySelector('.role')?.textContent).toBe('Tổng thống Mỹ');
    expect(first.querySelector('.count')?.textContent).toBe('2');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('tg-title');
    expect(panel.isOpen()).toBe(true);
  });

  it('starts closed with only the floating button, which opens it and reports the choice', () => {
    const onOpen = vi.fn();
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), onOpen });
    const root = shadowOf();
    const fab = root.querySelector<HTMLButtonElement>('.fab')!;
    expect(root.querySelector<HTMLElement>('.panel')!.hidden).toBe(true);
    expect(fab.hidden).toBe(false);
    expect(fab.querySelector('.n')?.textContent).toBe('4');
    fab.click();
    expect(panel.isOpen()).toBe(true);
    expect(onOpen).toHaveBeenCalledOnce();
    expect(root.activeElement?.id).toBe('tg-title');
  });

  it('can hide the floating button', () => {
    panel = mountPanel(document, { entities, articleRoot: null, floatingButton: false });
    expect(shadowOf().querySelector<HTMLElement>('.fab')!.hidden).toBe(true);
    panel.setFloatingButton(true);
    expect(shadowOf().querySelector<HTMLElement>('.fab')!.hidden).toBe(false);
  });

  it('clicking an entity selects its mentions and steps through them (selection fallback in jsdom)', () => {
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true });
    const root = shadowOf();
    const biden = root.querySelector<HTMLButtonElement>('button.entity[data-key^="PERSON"]')!;
    biden.click();
    expect(biden.getAttribute('aria-pressed')).toBe('true');
    expect(document.getSelection()?.toString()).toBe('Joe Biden');
    expect(root.querySelector('.nav-pos')?.textContent).toBe('1/2');
    biden.click();
    expect(document.getSelection()?.toString()).toBe('Biden');
    expect(root.querySelector('.nav-pos')?.textContent).toBe('2/2');
    root.querySelector<HTMLButtonElement>('[data-part="next"]')!.click();
    expect(root.querySelector('.nav-pos')?.textContent).toBe('1/2');
    root.querySelector<HTMLButtonElement>('[data-part="prev"]')!.click();
    expect(root.querySelector('.nav-pos')?.textContent).toBe('2/2');
    root.querySelector<HTMLButtonElement>('[data-part="clear"]')!.click();
    expect(document.getSelection()?.toString()).toBe('');
    expect(root.querySelector<HTMLElement>('.nav')!.hidden).toBe(true);
    expect(document.body.innerHTML.startsWith(ARTICLE)).toBe(true);
  });

  it('says so when an entity cannot be found on the page', () => {
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true });
    const root = shadowOf();
    root.querySelector<HTMLButtonElement>('button.entity[data-key^="ORGANIZATION"]')!.click();
    expect(root.querySelector('.status')?.textContent).toContain('Không tìm thấy');
  });

  it('uses the CSS Custom Highlight API when present, and removes highlights and styles on destroy', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const win = window as unknown as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = FakeHighlight;
    try {
      panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true });
      shadowOf().querySelector<HTMLButtonElement>('button.entity[data-key^="LOCATION"]')!.click();
      expect(registry.get('tin-gon-mention')?.ranges.map((r) => r.toString())).toEqual(['Hà Nội', 'Hà Nội']);
      expect(registry.get('tin-gon-mention-current')?.ranges.map((r) => r.toString())).toEqual(['Hà Nội']);
      expect(document.querySelector('style[data-tin-gon-highlight]')).not.toBeNull();
      panel.destroy();
      panel = null;
      expect(registry.size).toBe(0);
      expect(document.querySelector('style[data-tin-gon-highlight]')).toBeNull();
      expect(document.body.innerHTML).toBe(ARTICLE);
    } finally {
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });

  it('Escape closes, clears highlights, reports it and returns focus to the floating button', () => {
    const onClose = vi.fn();
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), onClose });
    const root = shadowOf();
    root.querySelector<HTMLButtonElement>('.fab')!.click();
    const first = root.querySelector<HTMLButtonElement>('button.entity')!;
    first.focus();
    first.click();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(root.activeElement?.querySelector('.name')?.textContent).toBe('Tập Cận Bình');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.isOpen()).toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.getSelection()?.toString()).toBe('');
    expect(root.activeElement).toBe(root.querySelector('.fab'));
  });

  it('update() re-renders and keeps the active entity when it is still there', () => {
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true });
    const root = shadowOf();
    root.querySelector<HTMLButtonElement>('button.entity[data-key^="LOCATION"]')!.click();
    panel.update(entities.filter((e) => e.type !== 'PERSON'));
    expect(root.querySelectorAll('.group')).toHaveLength(2);
    expect(root.querySelector('button.entity[aria-pressed="true"] .name')?.textContent).toBe('Hà Nội');
    panel.update([]);
    expect(root.querySelector('.empty')?.textContent).toContain('Chưa tìm thấy');
    expect(root.querySelector<HTMLElement>('.nav')!.hidden).toBe(true);
  });

  it('collapses long groups behind "Xem thêm"', () => {
    const many = Array.from({ length: 11 }, (_, i) => entity('LOCATION', `Nơi ${i}`, 20 - i));
    panel = mountPanel(document, { entities: many, articleRoot: null, open: true });
    const root = shadowOf();
    expect(root.querySelectorAll('button.entity')).toHaveLength(8);
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe('Xem thêm 3');
    more.click();
    expect(root.querySelectorAll('button.entity')).toHaveLength(11);
    expect(root.querySelector('button.more')?.textContent).toBe('Thu gọn');
  });

  it('renders hostile names, roles and aliases as inert text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    (window as unknown as { __pwned?: number }).__pwned = 0;
    panel = mountPanel(document, {
      entities: [entity('PERSON', hostile, 3, { role: '<b>role</b>', aliases: ['<svg onload=alert(1)>'], firstSentence: '"><img src=y>' })],
      articleRoot: null,
      open: true,
    });
    const root = shadowOf();
    expect(root.querySelector('.name')?.textContent).toBe(hostile);
    expect(root.querySelector('.role')?.textContent).toBe('<b>role</b>');
    expect(root.querySelector('.aliases')?.textContent).toContain('<svg onload=alert(1)>');
    expect(root.querySelectorAll('img, script, svg, b')).toHaveLength(0);
    expect(document.querySelectorAll('img, svg')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBe(0);
  });

  it('destroy() removes the host and stops reacting', () => {
    const onClose = vi.fn();
    panel = mountPanel(document, { entities, articleRoot: document.getElementById('a'), open: true, onClose });
    const root = shadowOf();
    const closeButton = root.querySelector<HTMLButtonElement>('[data-part="close"]')!;
    panel.destroy();
    expect(document.querySelector(PANEL_HOST_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('tin-gon');
    closeButton.click();
    expect(onClose).not.toHaveBeenCalled();
    panel.destroy();
    panel = null;
  });

  it('takes labels from i18n and falls back to Vietnamese for missing keys', () => {
    const labels = panelLabels((key, subs) => (key === 'panel_title' ? 'In this article' : key === 'panel_position' ? `${subs?.[0]} of ${subs?.[1]}` : ''));
    expect(labels.title).toBe('In this article');
    expect(labels.position(2, 5)).toBe('2 of 5');
    expect(labels.groups.PERSON).toBe('Người');
  });
});

describe('text map with the recogniser’s own text', () => {
  it('finds mentions across collapsed whitespace, nbsp and decomposed (NFD) Vietnamese', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    setBody(`<div id="r"><p>Ông Joe&nbsp;Biden\n   gặp ${nfd}.</p><p>Joe\n Biden về.</p><script>var x = "Joe Biden";</script></div>`);
    const index = buildTextIndex(document.getElementById('r')!);
    // offsets into "paragraphs joined by \n\n, NFC, spaces collapsed": not the DOM text
    const text = 'Ông Joe Biden gặp Nguyễn Văn An.\n\nJoe Biden về.';
    const ranges = locateMentions(index, [...mentionsOf(text, 'Joe Biden'), ...mentionsOf(text, 'Nguyễn Văn An')]);
    expect(ranges.map((r) => r.toString().normalize('NFC').replace(/\s+/g, ' '))).toEqual(['Joe Biden', 'Nguyễn Văn An', 'Joe Biden']);
    expect(ranges.every((r) => r.startContainer.parentElement?.tagName === 'P')).toBe(true);
  });

  it('matches whole words and prefers stand-alone ones over parts of longer names', () => {
    setBody('<div id="r"><p>Người Mỹ Tho và người Mỹ. Mỹ Latinh.</p></div>');
    const index = buildTextIndex(document.getElementById('r')!);
    const my = locateMentions(index, [{ start: 1, end: 3, text: 'Mỹ' }]);
    expect(my.map((r) => r.startOffset)).toEqual([22]);
    const tho = locateMentions(index, [{ start: 1, end: 7, text: 'Mỹ Tho' }]);
    expect(tho.map((r) => r.toString())).toEqual(['Mỹ Tho']);
    expect(locateMentions(index, [{ start: 0, end: 2, text: 'Tho và' }, { start: 0, end: 1, text: 'M' }]).map((r) => r.toString())).toEqual(['Tho và']);
  });
});
