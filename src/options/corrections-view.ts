/**
 * Options page, "Khối bạn đã chỉnh": the reader's corrections per site (src/shared/corrections-store.ts), each
 * with "Bỏ" to undo it. Its own model and render functions, mounted in its own section by options.ts, so other
 * sections of the page stay independent. Labels are the blocks' first words, written through textContent.
 */
import type { CorrectionKind, CorrectionsState } from '../shared/corrections-model';
import { h } from '../ui/dom';
import type { Translate } from '../ui/i18n';

export interface CorrectionRow {
  site: string;
  kind: CorrectionKind;
  selector: string;
  label: string;
  at: number;
}

/** Sites in name order; within a site, newest first. */
export function correctionsModel(state: CorrectionsState): CorrectionRow[] {
  const rows: CorrectionRow[] = [];
  for (const site of Object.keys(state.sites).sort()) {
    const s = state.sites[site]!;
    const list: CorrectionRow[] = [
      ...s.hide.map((c) => ({ site, kind: 'hide' as const, selector: c.selector, label: c.label, at: c.at })),
      ...s.show.map((c) => ({ site, kind: 'show' as const, selector: c.selector, label: c.label, at: c.at })),
    ];
    rows.push(...list.sort((a, b) => b.at - a.at));
  }
  return rows;
}

export function renderCorrections(doc: Document, rows: readonly CorrectionRow[], t: Translate, onUndo: (row: CorrectionRow) => void): HTMLElement {
  const body = rows.length
    ? h(
        doc,
        'ul',
        { class: 'site-list', 'data-testid': 'corrections-list' },
        ...rows.map((row) => {
          const undo = h(doc, 'button', { type: 'button', class: 'btn small', 'data-testid': 'correction-undo' }, t('options_corrections_undo'));
          undo.addEventListener('click', () => onUndo(row));
          return h(
            doc,
            'li',
            { 'data-testid': 'correction', 'data-site': row.site, 'data-kind': row.kind },
            h(doc, 'strong', {}, row.site),
            ' · ',
            h(doc, 'span', { class: 'muted' }, row.kind === 'hide' ? t('options_corrections_hidden') : t('options_corrections_shown')),
            ' · ',
            h(doc, 'span', {}, row.label || row.selector),
            ' ',
            undo,
          );
        }),
      )
    : h(doc, 'p', { class: 'muted', 'data-testid': 'corrections-empty' }, t('options_corrections_empty'));
  return h(doc, 'section', { class: 'card', id: 'corrections', 'aria-labelledby': 'corrections-title' }, h(doc, 'h2', { id: 'corrections-title' }, t('options_corrections_title')), body);
}
