/**
 * The in-page entity panel: who, where and which organisations the article names.
 *
 * Usage (content script):
 * ```ts
 * import { mountPanel, panelLabels } from '../panel';
 * const panel = mountPanel(document, {
 *   entities,                       // Entity[] from the recogniser
 *   articleRoot,                    // the element whose textContent the mention offsets index into
 *   open: settings.panel.open,      // start open (the reader left it open last time)
 *   floatingButton: settings.panel.floatingButton,
 *   labels: panelLabels(browser.i18n.getMessage),   // optional; Vietnamese by default
 *   onOpen: () => remember(true), onClose: () => remember(false),
 * });
 * panel.update(newEntities, newArticleRoot?); panel.open(); panel.close(); panel.isOpen(); panel.destroy();
 * ```
 *
 * Contract:
 * - Mention offsets `{start, end}` index into `articleRoot.textContent` (all text nodes under it, in
 *   order). If an offset does not point at `mention.text`, the panel searches that text instead.
 * - Everything lives in an open shadow root on one `<tin-gon-panel>` element appended to
 *   `document.documentElement`; page CSS cannot style it and its CSS cannot reach the page.
 * - Page text is rendered only as text nodes/attribute values (hostile names stay inert).
 * - Highlights use the CSS Custom Highlight API (no page DOM changes), else the page selection.
 * - `destroy()` removes the host element, the highlights, the highlight stylesheet and every listener.
 * - `open()`/`close()` from code never fire `onOpen`/`onClose`; those report the reader's own actions.
 */
import { PANEL_HOST_TAG } from '../core/marks';
import type { Entity, EntityType } from '../core/types';
import { replaceChildren } from '../ui/dom';
import { createHighlighter, type Highlighter } from './highlighter';
import { VI_LABELS, type PanelLabels } from './labels';
import { entityKey, groupEntities, type EntityGroup } from './model';
import { PANEL_CSS } from './styles';
import { buildTextIndex, locateMentions } from './text-map';
import { buildFrame, renderGroups, type PanelElements } from './view';

export { panelLabels, VI_LABELS, type PanelLabels } from './labels';
export { groupEntities, type EntityGroup } from './model';


export interface PanelOptions {
  entities: Entity[];
  /** element holding the article; mentions are looked up under it (falls back to `document.body`) */
  articleRoot: Element | null;
  /** start with the panel open (default false) */
  open?: boolean;
  /** show the floating button that opens the panel (default true) */
  floatingButton?: boolean;
  labels?: PanelLabels;
  /** the reader opened the panel (floating button) */
  onOpen?: () => void;
  /** the reader closed the panel (close button or Esc) */
  onClose?: () => void;
}

export interface PanelHandle {
  /**
   * Replace the entities (e.g. after the article changed); keeps the highlighted entity if it is still
   * there. Pass `articleRoot` when the article element changed too (omit it to keep the current one).
   */
  update(entities: Entity[], articleRoot?: Element | null): void;
  /** Show the panel. `focus: true` moves keyboard focus into it. */
  open(options?: { focus?: boolean }): void;
  /** Hide the panel and remove highlights. */
  close(): void;
  isOpen(): boolean;
  /** Show or hide the floating button. */
  setFloatingButton(visible: boolean): void;
  /** Remove everything the panel added to the page. */
  destroy(): void;
}

interface ActiveEntity {
  key: string;
  name: string;
  ranges: Range[];
  index: number;
}

export function mountPanel(doc: Document, options: PanelOptions): PanelHandle {
  const labels = options.labels ?? VI_LABELS;
  const listeners = new AbortController();
  const signal = listeners.signal;
  const highlighter: Highlighter = createHighlighter(doc);

  const host = doc.createElement(PANEL_HOST_TAG);
  // Inline !important beats page rules that might target the host box itself.
  host.setAttribute('style', 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const ui: PanelElements = buildFrame(doc, labels);
  shadow.append(style, ui.root);

  let entities: Entity[] = [];
  let groups: EntityGroup[] = [];
  let active: ActiveEntity | null = null;
  let opened = false;
  let floating = options.floatingButton ?? true;
  let destroyed = false;
  const expanded = new Set<EntityType>();

  let root: Element | null = options.articleRoot;
  const articleRoot = (): Element | null => (root?.isConnected ? root : doc.body);

  function renderBody(): void {
    const focusedKey = (shadow.activeElement as HTMLElement | null)?.getAttribute?.('data-key') ?? null;
    replaceChildren(ui.body, ...renderGroups(doc, groups, labels, { activeKey: active?.key ?? null, expanded }));
    if (focusedKey) buttonFor(focusedKey)?.focus();
    ui.fabCount.textContent = String(entities.length);
    ui.fabCount.hidden = entities.length === 0;
  }

  function buttonFor(key: string): HTMLButtonElement | null {
    for (const b of ui.body.querySelectorAll<HTMLButtonElement>('button.entity')) if (b.getAttribute('data-key') === key) return b;
    return null;
  }

  function syncChrome(): void {
    ui.panel.hidden = !opened;
    ui.fab.hidden = opened || !floating;
    ui.fab.setAttribute('aria-expanded', String(opened));
    for (const b of ui.body.querySelectorAll('button.entity')) b.setAttribute('aria-pressed', String(b.getAttribute('data-key') === active?.key));
    ui.nav.hidden = !active;
    if (active) {
      ui.navName.textContent = active.name;
      ui.navPos.textContent = labels.position(active.index + 1, active.ranges.length);
      ui.prev.disabled = active.ranges.length < 2;
      ui.next.disabled = active.ranges.length < 2;
    }
  }

  function rangesOf(entity: Entity): Range[] {
    const root = articleRoot();
    if (!root) return [];
    const ranges = locateMentions(buildTextIndex(root), Array.isArray(entity.mentions) ? entity.mentions : []);
    // Skip mentions inside hidden blocks where layout is known (real browsers); jsdom has no range layout.
    const visible = ranges.filter((r) => typeof r.getClientRects !== 'function' || r.getClientRects().length > 0);
    return visible;
  }

  function show(scroll: boolean): void {
    if (!active) {
      highlighter.clear();
      syncChrome();
      return;
    }
    const current = active.ranges[active.index] ?? null;
    highlighter.show(active.ranges, current);
    if (scroll && current) {
      scrollToRange(doc, current);
      keepClearOf(current);
    }
    syncChrome();
  }

  /** Move the panel to the other side when it would cover the current mention (horizontal overlap). */
  function keepClearOf(range: Range): void {
    if (typeof range.getBoundingClientRect !== 'function') return;
    const r = range.getBoundingClientRect();
    const p = ui.panel.getBoundingClientRect();
    if (r.width === 0 || p.width === 0) return;
    const width = doc.documentElement.clientWidth;
    const overlaps = (left: number): boolean => r.left < left + p.width && r.right > left;
    const margin = 16;
    const onLeft = ui.panel.dataset.side === 'left';
    const here = onLeft ? margin : width - margin - p.width;
    const there = onLeft ? width - margin - p.width : margin;
    if (overlaps(here) && !overlaps(there)) ui.panel.dataset.side = onLeft ? 'right' : 'left';
  }

  function activate(key: string): void {
    if (active?.key === key) {
      step(1);
      return;
    }
    const entity = entities.find((e) => entityKey(e) === key);
    if (!entity) return;
    const ranges = rangesOf(entity);
    if (ranges.length === 0) {
      active = null;
      ui.status.textContent = labels.notFound;
      show(false);
      return;
    }
    ui.status.textContent = '';
    active = { key, name: entity.name, ranges, index: 0 };
    show(true);
  }

  function step(delta: number): void {
    if (!active || active.ranges.length === 0) return;
    const n = active.ranges.length;
    active.index = (active.index + delta + n) % n;
    show(true);
  }

  function clearActive(): void {
    active = null;
    ui.status.textContent = '';
    show(false);
  }

  function open(opts: { focus?: boolean } = {}): void {
    if (destroyed) return;
    opened = true;
    syncChrome();
    if (opts.focus) ui.title.focus();
  }

  function close(): void {
    if (destroyed) return;
    const focusWasInside = shadow.activeElement !== null;
    opened = false;
    clearActive();
    if (focusWasInside) {
      if (!ui.fab.hidden) ui.fab.focus();
      else (shadow.activeElement as HTMLElement | null)?.blur();
    }
  }

  // ── events (all on nodes inside the shadow root; the AbortController removes them) ──
  ui.fab.addEventListener(
    'click',
    () => {
      open({ focus: true });
      options.onOpen?.();
    },
    { signal },
  );
  ui.close.addEventListener(
    'click',
    () => {
      close();
      options.onClose?.();
    },
    { signal },
  );
  ui.prev.addEventListener('click', () => step(-1), { signal });
  ui.next.addEventListener('click', () => step(1), { signal });
  ui.clear.addEventListener('click', clearActive, { signal });
  ui.body.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      const more = target?.closest?.('button.more');
      if (more) {
        const type = more.getAttribute('data-more') as EntityType;
        if (expanded.has(type)) expanded.delete(type);
        else expanded.add(type);
        renderBody();
        syncChrome();
        ui.body.querySelector<HTMLButtonElement>(`button.more[data-more="${type}"]`)?.focus();
        return;
      }
      const button = target?.closest?.('button.entity');
      const key = button?.getAttribute('data-key');
      if (key) activate(key);
    },
    { signal },
  );
  ui.root.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && opened) {
        event.preventDefault();
        event.stopPropagation();
        close();
        options.onClose?.();
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const buttons = [...ui.body.querySelectorAll<HTMLButtonElement>('button.entity')];
        const at = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
        if (at === -1) return;
        event.preventDefault();
        buttons[Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      }
    },
    { signal },
  );

  function update(next: Entity[], nextRoot?: Element | null): void {
    if (destroyed) return;
    if (nextRoot !== undefined) root = nextRoot;
    entities = Array.isArray(next) ? next : [];
    groups = groupEntities(entities);
    if (active) {
      const still = entities.find((e) => entityKey(e) === active?.key);
      if (still) {
        const ranges = rangesOf(still);
        active = ranges.length ? { ...active, ranges, index: Math.min(active.index, ranges.length - 1) } : null;
      } else active = null;
    }
    renderBody();
    show(false);
  }

  doc.documentElement.appendChild(host);
  update(options.entities);
  if (options.open) open();
  else syncChrome();

  return {
    update,
    open,
    close,
    isOpen: () => opened,
    setFloatingButton(visible: boolean) {
      floating = visible;
      syncChrome();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.abort();
      highlighter.destroy();
      host.remove();
    },
  };
}

function scrollToRange(doc: Document, range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element || typeof element.scrollIntoView !== 'function') return;
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
