/**
 * Options page DOM from an OptionsView. No browser APIs here: the entry passes translate + actions.
 */
import type { Category } from '../core/types';
import { h } from '../ui/dom';
import type { Translate } from '../ui/i18n';
import type { OptionsView } from './model';

export interface OptionsActions {
  setGlobal(on: boolean): void;
  setShowHidden(on: boolean): void;
  setCategory(category: Category, on: boolean): void;
  setFloatingButton(on: boolean): void;
  setAutoOpenPanel(on: boolean): void;
  removeOrigin(origin: string): void;
  reenableSite(siteKey: string): void;
  reset(): void;
}

function switchRow(doc: Document, id: string, label: string, desc: string | null, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h(doc, 'input', { type: 'checkbox', role: 'switch', class: 'switch', id, 'data-testid': id, 'aria-describedby': desc ? `${id}-desc` : null });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h(
    doc,
    'div',
    { class: 'row' },
    h(
      doc,
      'span',
      { class: 'text' },
      h(doc, 'label', { class: 'label', for: id }, label),
      desc ? h(doc, 'span', { class: 'desc', id: `${id}-desc` }, desc) : null,
    ),
    input,
  );
}

function card(doc: Document, id: string, title: string, intro: string | null, ...body: (Node | null)[]): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h(doc, 'h2', { id: `${id}-title` }, title),
    intro ? h(doc, 'p', { class: 'intro muted' }, intro) : null,
    ...body,
  );
}

function actionButton(doc: Document, label: string, attrs: Record<string, string>, onClick: () => void, cls = 'btn small'): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', class: cls, ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function sitesCard(doc: Document, view: OptionsView, t: Translate, actions: OptionsActions): HTMLElement {
  const added = view.added.length
    ? h(
        doc,
        'ul',
        { class: 'sites', 'data-testid': 'added-sites' },
        ...view.added.map((site) =>
          h(
            doc,
            'li',
            { 'data-origin': site.origin },
            h(doc, 'span', { class: 'site' }, site.origin),
            site.disabled ? h(doc, 'span', { class: 'tag' }, t('options_site_off')) : null,
            actionButton(doc, t('options_remove_site'), { 'data-testid': 'remove-origin', 'aria-label': t('options_remove_site_aria', site.host) }, () => actions.removeOrigin(site.origin)),
          ),
        ),
      )
    : h(doc, 'p', { class: 'muted empty' }, t('options_added_none'));

  const builtIn = new Set(view.builtIn.map((b) => b.domain));
  const disabled = view.disabledSites.length
    ? h(
        doc,
        'ul',
        { class: 'sites', 'data-testid': 'disabled-sites' },
        ...view.disabledSites.map((key) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'span', { class: 'site' }, key),
            builtIn.has(key) ? h(doc, 'span', { class: 'tag' }, t('options_builtin_tag')) : null,
            actionButton(doc, t('options_reenable_site'), { 'data-testid': 'reenable-site', 'aria-label': t('options_reenable_site_aria', key) }, () => actions.reenableSite(key)),
          ),
        ),
      )
    : h(doc, 'p', { class: 'muted empty' }, t('options_disabled_none'));

  const builtInList = h(
    doc,
    'details',
    { class: 'builtin' },
    h(doc, 'summary', {}, t('options_builtin_summary', view.builtIn.length)),
    h(
      doc,
      'ul',
      { class: 'domains', 'data-testid': 'builtin-sites' },
      ...view.builtIn.map((b) => h(doc, 'li', { class: b.disabled ? 'off' : null, title: b.disabled ? t('options_site_off') : null }, b.domain)),
    ),
  );

  return card(
    doc,
    'sites',
    t('options_sites_title'),
    t('options_sites_intro'),
    h(doc, 'h3', {}, t('options_added_title')),
    added,
    h(doc, 'h3', {}, t('options_disabled_title')),
    disabled,
    builtInList,
  );
}

export function renderOptions(doc: Document, view: OptionsView, t: Translate, actions: OptionsActions, confirmingReset: boolean): HTMLElement {
  const general = card(
    doc,
    'general',
    t('options_general_title'),
    null,
    switchRow(doc, 'opt-global', t('options_global'), t('options_global_desc'), view.globalEnabled, actions.setGlobal),
    switchRow(doc, 'opt-show-hidden', t('options_show_hidden'), t('options_show_hidden_desc'), view.showHidden, actions.setShowHidden),
  );
  const categories = card(
    doc,
    'categories',
    t('options_categories_title'),
    t('options_categories_intro'),
    ...view.categories.map((c) =>
      switchRow(doc, `category-${c.category}`, t(`options_category_${c.category}`), t(`options_category_${c.category}_desc`), c.enabled, (on) =>
        actions.setCategory(c.category, on),
      ),
    ),
  );
  const panel = card(
    doc,
    'panel',
    t('options_panel_title'),
    t('options_panel_intro'),
    switchRow(doc, 'opt-floating-button', t('options_floating_button'), t('options_floating_button_desc'), view.floatingButton, actions.setFloatingButton),
    switchRow(doc, 'opt-auto-open', t('options_auto_open'), t('options_auto_open_desc'), view.autoOpenPanel, actions.setAutoOpenPanel),
  );
  const reset = card(
    doc,
    'reset',
    t('options_reset_title'),
    t('options_reset_intro'),
    h(
      doc,
      'div',
      { class: 'actions' },
      actionButton(doc, confirmingReset ? t('options_reset_confirm') : t('options_reset'), { 'data-testid': 'reset' }, actions.reset, confirmingReset ? 'btn danger-solid' : 'btn danger'),
    ),
  );
  return h(doc, 'div', { class: 'cards' }, general, categories, panel, sitesCard(doc, view, t, actions), reset);
}
