/**
 * Builds the panel's DOM (inside the shadow root). Every piece of page text goes in through `h()`,
 * i.e. as text nodes or attribute values — never as markup.
 */
import type { Entity, EntityType } from '../core/types';
import { h } from '../ui/dom';
import type { PanelLabels } from './labels';
import { entityKey, mentionCount, visibleAliases, type EntityGroup } from './model';

/** How many entities a group shows before "Xem thêm". */
export const GROUP_LIMIT = 8;

export interface PanelElements {
  root: HTMLDivElement;
  fab: HTMLButtonElement;
  fabCount: HTMLSpanElement;
  panel: HTMLElement;
  title: HTMLHeadingElement;
  close: HTMLButtonElement;
  nav: HTMLDivElement;
  navName: HTMLSpanElement;
  navPos: HTMLSpanElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  clear: HTMLButtonElement;
  status: HTMLParagraphElement;
  body: HTMLDivElement;
}

/** The static frame: floating button, panel with header, navigator, body and hint. */
/** `coverPercent`: the summary read only this first part of a very long article (said under the list). */
export function buildFrame(doc: Document, labels: PanelLabels, coverPercent: number | null = null): PanelElements {
  const fabCount = h(doc, 'span', { class: 'n', 'aria-hidden': 'true' });
  const fab = h(
    doc,
    'button',
    { type: 'button', class: 'fab', 'aria-expanded': 'false', 'aria-controls': 'tg-panel', title: labels.openButtonTitle, 'data-part': 'fab' },
    h(doc, 'span', { class: 'dot', 'aria-hidden': 'true' }),
    labels.openButton,
    fabCount,
  );
  const title = h(doc, 'h2', { class: 'title', id: 'tg-title', tabindex: '-1' }, labels.title);
  const close = h(doc, 'button', { type: 'button', class: 'icon-btn', 'aria-label': labels.close, title: labels.close, 'data-part': 'close' }, '×');
  const navName = h(doc, 'span', { class: 'nav-name' });
  const navPos = h(doc, 'span', { class: 'nav-pos', 'aria-live': 'polite' });
  const prev = h(doc, 'button', { type: 'button', class: 'icon-btn', 'aria-label': labels.prev, title: labels.prev, 'data-part': 'prev' }, '‹');
  const next = h(doc, 'button', { type: 'button', class: 'icon-btn', 'aria-label': labels.next, title: labels.next, 'data-part': 'next' }, '›');
  const clear = h(doc, 'button', { type: 'button', class: 'icon-btn', 'aria-label': labels.clear, title: labels.clear, 'data-part': 'clear' }, '✕');
  const nav = h(doc, 'div', { class: 'nav', role: 'group', 'aria-label': labels.title, hidden: true }, navName, navPos, prev, next, clear);
  const status = h(doc, 'p', { class: 'status', role: 'status' });
  const body = h(doc, 'div', { class: 'body' });
  const panel = h(
    doc,
    'section',
    { class: 'panel', id: 'tg-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'tg-title', 'aria-label': labels.region, hidden: true },
    h(doc, 'div', { class: 'head' }, h(doc, 'span', { class: 'brand', 'aria-hidden': 'true' }), title, close),
    nav,
    status,
    body,
    coverPercent !== null ? h(doc, 'p', { class: 'hint', 'data-part': 'partial' }, labels.partial(coverPercent)) : null,
    h(doc, 'p', { class: 'hint' }, labels.hint),
  );
  const root = h(doc, 'div', { class: 'root', lang: 'vi' }, panel, fab);
  return { root, fab, fabCount, panel, title, close, nav, navName, navPos, prev, next, clear, status, body };
}

export interface GroupsViewState {
  activeKey: string | null;
  expanded: ReadonlySet<EntityType>;
}

/** The groups (Người / Địa điểm / Tổ chức), or the empty message. */
export function renderGroups(doc: Document, groups: readonly EntityGroup[], labels: PanelLabels, state: GroupsViewState): Node[] {
  if (groups.length === 0) return [h(doc, 'p', { class: 'empty' }, labels.empty)];
  return groups.map((group) => {
    const headingId = `tg-group-${group.type.toLowerCase()}`;
    const expanded = state.expanded.has(group.type);
    const shown = expanded ? group.entities : group.entities.slice(0, GROUP_LIMIT);
    const hiddenCount = group.entities.length - shown.length;
    const list = h(doc, 'ul', { class: 'list', role: 'list' }, ...shown.map((e) => h(doc, 'li', {}, entityButton(doc, e, labels, state.activeKey))));
    const toggle =
      group.entities.length > GROUP_LIMIT
        ? h(
            doc,
            'button',
            { type: 'button', class: 'more', 'data-more': group.type, 'aria-expanded': String(expanded) },
            expanded ? labels.less : labels.more(hiddenCount),
          )
        : null;
    return h(
      doc,
      'section',
      { class: 'group', 'aria-labelledby': headingId, 'data-type': group.type },
      h(doc, 'h3', { class: 'group-title', id: headingId }, labels.groups[group.type], h(doc, 'span', { class: 'n' }, group.entities.length)),
      list,
      toggle,
    );
  });
}

function entityButton(doc: Document, entity: Entity, labels: PanelLabels, activeKey: string | null): HTMLButtonElement {
  const key = entityKey(entity);
  const count = mentionCount(entity);
  const aliases = visibleAliases(entity);
  return h(
    doc,
    'button',
    {
      type: 'button',
      class: 'entity',
      'data-key': key,
      'aria-pressed': String(key === activeKey),
      title: typeof entity.firstSentence === 'string' ? entity.firstSentence.slice(0, 300) : null,
    },
    h(
      doc,
      'span',
      { class: 'text' },
      h(doc, 'span', { class: 'name' }, entity.name),
      typeof entity.role === 'string' && entity.role ? h(doc, 'span', { class: 'role' }, entity.role) : null,
      aliases.length ? h(doc, 'span', { class: 'aliases' }, `${labels.aliases}: ${aliases.join(', ')}`) : null,
    ),
    h(doc, 'span', { class: 'count', 'aria-hidden': 'true' }, count),
    h(doc, 'span', { class: 'sr' }, labels.mentions(count)),
  );
}
