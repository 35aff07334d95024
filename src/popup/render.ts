/**
 * Popup DOM from a PopupView. Pure DOM building (no browser APIs): the entry file passes the
 * translate function and the action handlers. Page-derived text (host, entity names) goes in as text.
 */
import type { EntityType } from '../core/types';
import { h } from '../ui/dom';
import type { Translate } from '../ui/i18n';
import { mentionCount } from '../panel/model';
import type { PopupNotice, PopupView } from './model';

export interface PopupActions {
  setPage(on: boolean): void;
  setGlobal(on: boolean): void;
  setShowHidden(on: boolean): void;
  /** must call permissions.request synchronously: it runs inside the click handler */
  enableHere(): void;
  reload(): void;
  togglePanel(open: boolean): void;
  /** "Chọn khối để ẩn": start the element picker in the page */
  pick(): void;
  openOptions(): void;
  /** open the reader view of this tab in a new tab */
  openReader(): void;
}

/** How many entities per group the popup lists (the panel shows all). */
export const POPUP_ENTITY_LIMIT = 4;

const GROUP_KEY: Record<EntityType, string> = {
  PERSON: 'popup_group_person',
  LOCATION: 'popup_group_location',
  ORGANIZATION: 'popup_group_organization',
};

function switchRow(doc: Document, opts: { label: string; desc?: string | null; checked: boolean; testId: string; onChange: (on: boolean) => void }): HTMLLabelElement {
  const input = h(doc, 'input', { type: 'checkbox', role: 'switch', class: 'switch', 'data-testid': opts.testId });
  input.checked = opts.checked;
  input.addEventListener('change', () => opts.onChange(input.checked));
  return h(
    doc,
    'label',
    { class: 'row' },
    h(doc, 'span', { class: 'text' }, h(doc, 'span', { class: 'label' }, opts.label), opts.desc ? h(doc, 'span', { class: 'desc' }, opts.desc) : null),
    input,
  );
}

function button(doc: Document, label: string, testId: string, onClick: () => void, cls = 'btn'): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', class: cls, 'data-testid': testId }, label);
  b.addEventListener('click', onClick);
  return b;
}

function noticeBox(doc: Document, notice: PopupNotice, view: PopupView, t: Translate, actions: PopupActions): HTMLElement {
  const host = view.host ?? '';
  const text: Record<PopupNotice, string> = {
    unsupported: t('popup_notice_unsupported'),
    'unknown-page': t('popup_notice_unknown_page'),
    'not-listed': t('popup_notice_not_listed', host),
    reload: t('popup_notice_reload'),
    loading: t('popup_notice_loading'),
    'global-off': t('popup_notice_global_off'),
    'site-off': t('popup_notice_site_off', host),
    'not-article': t('popup_notice_not_article'),
  };
  const actionsRow =
    notice === 'not-listed'
      ? h(doc, 'div', { class: 'actions' }, button(doc, t('popup_enable_here'), 'enable-here', actions.enableHere, 'btn primary'))
      : notice === 'reload'
        ? h(doc, 'div', { class: 'actions' }, button(doc, t('popup_reload'), 'reload', actions.reload, 'btn small'))
        : null;
  return h(doc, 'div', { class: 'notice', role: 'status', 'data-testid': 'notice', 'data-notice': notice }, h(doc, 'div', {}, text[notice]), actionsRow);
}

function hiddenSection(doc: Document, view: PopupView, t: Translate): HTMLElement {
  const rows = view.hidden.map((c) =>
    h(
      doc,
      'li',
      { 'data-category': c.category },
      h(doc, 'span', { class: 'cat' }, t(`options_category_${c.category}`)),
      h(doc, 'span', { class: 'badge' }, c.count),
    ),
  );
  return h(
    doc,
    'section',
    // data-source: e2e tests tell the snapshot from the live reply
    { class: 'card', 'aria-labelledby': 'hidden-title', 'data-testid': 'hidden-counts', 'data-source': view.source },
    h(
      doc,
      'div',
      { class: 'card-head' },
      h(doc, 'h2', { id: 'hidden-title' }, t('popup_hidden_title')),
      h(doc, 'span', { class: 'total', 'data-testid': 'hidden-total' }, view.hiddenTotal),
    ),
    rows.length ? h(doc, 'ul', { class: 'counts' }, ...rows) : h(doc, 'p', { class: 'muted empty' }, t(view.partial ? 'popup_hidden_none_yet' : 'popup_hidden_none')),
    view.partial ? h(doc, 'p', { class: 'muted', role: 'status', 'data-testid': 'stats-pending' }, t('popup_stats_pending')) : null,
    view.gaveUp ? h(doc, 'p', { class: 'muted', 'data-testid': 'gave-up' }, t('popup_gave_up')) : null,
  );
}

function entitySection(doc: Document, view: PopupView, t: Translate, actions: PopupActions): HTMLElement {
  const groups = view.entityGroups.map((g) =>
    h(
      doc,
      'div',
      { class: 'egroup', 'data-type': g.type },
      h(doc, 'h3', {}, t(GROUP_KEY[g.type]), ' ', h(doc, 'span', { class: 'muted' }, g.entities.length)),
      h(
        doc,
        'ul',
        { class: 'chips' },
        ...g.entities.slice(0, POPUP_ENTITY_LIMIT).map((e) =>
          h(
            doc,
            'li',
            { class: 'chip', title: e.role ?? null },
            h(doc, 'span', { class: 'chip-name' }, e.name),
            h(doc, 'span', { class: 'chip-n' }, mentionCount(e)),
          ),
        ),
        g.entities.length > POPUP_ENTITY_LIMIT ? h(doc, 'li', { class: 'chip more muted' }, `+${g.entities.length - POPUP_ENTITY_LIMIT}`) : null,
      ),
    ),
  );
  return h(
    doc,
    'section',
    { class: 'card', 'aria-labelledby': 'entities-title', 'data-testid': 'entities' },
    h(
      doc,
      'div',
      { class: 'card-head' },
      h(doc, 'h2', { id: 'entities-title' }, t('popup_entities_title')),
      view.entityCount > 0
        ? button(doc, view.panelOpen ? t('popup_close_panel') : t('popup_open_panel'), 'open-panel', () => actions.togglePanel(!view.panelOpen), 'btn small')
        : null,
    ),
    groups.length ? h(doc, 'div', { class: 'egroups' }, ...groups) : h(doc, 'p', { class: 'muted empty' }, t('popup_entities_none')),
    view.entitiesCoverPercent !== null
      ? h(doc, 'p', { class: 'muted', 'data-testid': 'entities-partial' }, t('popup_entities_partial', String(view.entitiesCoverPercent)))
      : null,
  );
}

/**
 * The whole popup body. `shortcut` is the toggle command's current key (the reader may have changed
 * it in the browser's shortcut settings); null hides the hint.
 */
export function renderPopup(doc: Document, view: PopupView, t: Translate, actions: PopupActions, shortcut: string | null = null): HTMLElement {
  const header = h(
    doc,
    'header',
    { class: 'top' },
    h(doc, 'img', { src: 'icons/icon-32.png', width: 24, height: 24, alt: '' }),
    h(doc, 'div', { class: 'titles' }, h(doc, 'h1', {}, t('popup_title')), view.host ? h(doc, 'div', { class: 'host muted', 'data-testid': 'host' }, view.host) : null),
    button(doc, '⚙', 'open-options', actions.openOptions, 'btn icon'),
  );
  const settingsButton = header.querySelector('[data-testid="open-options"]');
  settingsButton?.setAttribute('aria-label', t('popup_options'));
  settingsButton?.setAttribute('title', t('popup_options'));

  const pageSwitch = view.siteToggle.visible
    ? switchRow(doc, {
        label: t('popup_clean_here'),
        desc: view.siteToggle.checked ? t('popup_clean_here_on') : t('popup_clean_here_off'),
        checked: view.siteToggle.checked,
        testId: 'clean-toggle',
        onChange: actions.setPage,
      })
    : null;

  const main = h(
    doc,
    'main',
    {},
    pageSwitch ? h(doc, 'section', { class: 'card primary-card' }, pageSwitch) : null,
    view.notice ? noticeBox(doc, view.notice, view, t, actions) : null,
    view.origin
      ? h(
          doc,
          'div',
          { class: 'tools' },
          button(doc, t('popup_open_reader'), 'open-reader', actions.openReader, 'btn small'),
          view.hasStats ? button(doc, t('popup_pick'), 'pick', actions.pick, 'btn small') : null,
        )
      : null,
    view.hasStats ? hiddenSection(doc, view, t) : null,
    view.hasStats ? entitySection(doc, view, t, actions) : null,
    h(
      doc,
      'section',
      { class: 'card switches' },
      switchRow(doc, { label: t('popup_show_hidden'), desc: t('popup_show_hidden_desc'), checked: view.showHidden, testId: 'show-hidden', onChange: actions.setShowHidden }),
      switchRow(doc, { label: t('popup_global'), desc: t('popup_global_desc'), checked: view.globalEnabled, testId: 'global-toggle', onChange: actions.setGlobal }),
    ),
  );
  const footer = h(
    doc,
    'footer',
    { class: 'bottom muted' },
    shortcut ? h(doc, 'span', { 'data-testid': 'shortcut' }, t('popup_shortcut_hint', shortcut)) : h(doc, 'span', {}),
    button(doc, t('popup_options'), 'options-link', actions.openOptions, 'link'),
  );
  return h(doc, 'div', { class: 'popup' }, header, main, footer);
}
