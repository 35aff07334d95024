/**
 * Store the reader's correction of one block (picker.js: only a pick or a "Hiện lại" click makes one).
 * The block is stored as the shortest selector that finds it again (core/pick-selector.ts), with a short label
 * for the options page; making a correction undoes its opposite (shared/corrections-model.ts).
 */
import { selectorForPick } from '../core/pick-selector';
import { normalizeSpace } from '../core/text';
import { updateCorrections, withCorrection, type CorrectionKind, type CorrectionsState } from '../shared/corrections-store';

/** The new state, or null when the block has no selector that finds it again (nothing is stored). */
export async function saveCorrection(hostname: string, kind: CorrectionKind, el: Element, confirmed: boolean): Promise<CorrectionsState | null> {
  const selector = selectorForPick(el);
  if (!selector) return null;
  // a short label for the options page: the block's first words, never more
  const label = normalizeSpace(el.textContent ?? '').slice(0, 60);
  return updateCorrections((s) => withCorrection(s, hostname, kind, { selector, label, at: Date.now(), ...(confirmed ? { confirmed: true } : {}) }));
}
