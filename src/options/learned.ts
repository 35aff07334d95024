/**
 * Options page: what Tin Gọn learned on this device (shared/learned-store.ts) — per site its rules, pages
 * seen and last seen; "Quên trang này", "Quên tất cả", and an export in the schema of learned.json that
 * `npm run learn -- --import FILE` takes back. Rendering is a pure function of the list; `mountLearned`
 * wires storage and re-renders when storage.local changes (a page learned meanwhile, another window forgot).
 */
import type { LearnedSite } from '../shared/learned-store';
import type { LearnedRules } from '../core/rules';
import { h, replaceChildren } from '../ui/dom';
import type { Translate } from '../ui/i18n';

export interface LearnedActions {
  forgetSite(site: string): void;
  forgetAll(): void;
  exportAll(): void;
}

const dateOf = (ms: number, lang: string): string => new Date(ms).toLocaleDateString(lang, { year: 'numeric', month: '2-digit', day: '2-digit' });

export function renderLearned(doc: Document, sites: readonly LearnedSite[], t: Translate, actions: LearnedActions): HTMLElement {
  const button = (label: string, attrs: Record<string, string>, onClick: () => void, cls = 'btn small'): HTMLButtonElement => {
    const b = h(doc, 'button', { type: 'button', class: cls, ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const lang = t('options_lang') || 'vi';
  const list = sites.length
    ? h(
        doc,
        'ul',
        { class: 'sites learned', 'data-testid': 'learned-sites' },
        ...sites.map((s) =>
          h(
            doc,
            'li',
            { 'data-site': s.site },
            h(doc, 'span', { class: 'site' }, s.site),
            h(
              doc,
              'span',
              { class: 'tag', 'data-testid': 'learned-summary' },
              t('options_learned_summary', s.rules.length, s.pagesSeen, dateOf(s.lastSeen, lang)),
            ),
            button(t('options_learned_forget_site'), { 'data-testid': 'learned-forget-site', 'aria-label': t('options_learned_forget_site_aria', s.site) }, () => actions.forgetSite(s.site)),
            s.rules.length
              ? h(doc, 'ul', { class: 'rules muted' }, ...s.rules.map((r) => h(doc, 'li', { 'data-testid': 'learned-rule' }, `${t(`options_category_${r.category}`)}: ${r.label || r.selector}`)))
              : null,
          ),
        ),
      )
    : h(doc, 'p', { class: 'muted empty', 'data-testid': 'learned-none' }, t('options_learned_none'));
  return h(
    doc,
    'section',
    { class: 'card', id: 'learned', 'aria-labelledby': 'learned-title' },
    h(doc, 'h2', { id: 'learned-title' }, t('options_learned_title')),
    h(doc, 'p', { class: 'intro muted' }, t('options_learned_intro')),
    list,
    h(
      doc,
      'div',
      { class: 'actions' },
      button(t('options_learned_export'), { 'data-testid': 'learned-export', ...(sites.length ? {} : { disabled: '' }) }, actions.exportAll),
      button(t('options_learned_forget_all'), { 'data-testid': 'learned-forget-all', ...(sites.length ? {} : { disabled: '' }) }, actions.forgetAll, 'btn danger'),
    ),
  );
}

/** The export as a file: a JSON download (the link stays in the page so it can be downloaded again). */
export function exportLink(doc: Document, rules: LearnedRules, previous: HTMLAnchorElement | null): HTMLAnchorElement {
  if (previous) URL.revokeObjectURL(previous.href);
  const blob = new Blob([`${JSON.stringify(rules, null, 2)}\n`], { type: 'application/json' });
  const a = previous ?? h(doc, 'a', { 'data-testid': 'learned-export-file', hidden: true, download: 'tin-gon-learned.json' });
  a.href = URL.createObjectURL(blob);
  return a;
}

export interface LearnedStore {
  list(): Promise<LearnedSite[]>;
  forgetSite(site: string): Promise<void>;
  forgetAll(): Promise<void>;
  exportAll(): Promise<LearnedRules>;
  /** call `listener` when what was learned changes */
  onChange(listener: () => void): void;
}

export function mountLearned(host: HTMLElement, store: LearnedStore, t: Translate, say: (text: string) => void): void {
  const doc = host.ownerDocument;
  let link: HTMLAnchorElement | null = null;
  const render = async (): Promise<void> => {
    const sites = await store.list();
    replaceChildren(host, renderLearned(doc, sites, t, actions));
    if (link) host.appendChild(link);
    host.dataset.ready = 'true';
  };
  const after = (done: string) => (): void => {
    void render();
    say(t(done));
  };
  const actions: LearnedActions = {
    forgetSite: (site) => void store.forgetSite(site).then(after('options_learned_forgotten'), () => say(t('options_save_failed'))),
    forgetAll: () => void store.forgetAll().then(after('options_learned_forgotten'), () => say(t('options_save_failed'))),
    exportAll: () =>
      void store.exportAll().then((rules) => {
        link = exportLink(doc, rules, link);
        if (!link.isConnected) host.appendChild(link);
        link.click();
      }),
  };
  store.onChange(() => void render());
  void render();
}
